import { Button, Paper, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { CrisisLineInput } from '@steadfast/contracts';
import { actionLabel } from './crisis-resources.words';
import classes from './crisis-resources.module.css';

interface CrisisLineCardProps {
  line: CrisisLineInput;
  headingOrder: TitleOrder;
}

/** One crisis line with a single large tap target that calls, texts or opens it. */
export function CrisisLineCard({ line, headingOrder }: CrisisLineCardProps) {
  const external = line.href.startsWith('https:');
  return (
    <Paper withBorder p="md" className="crisis-card" data-testid="crisis-line">
      <Stack gap="xs">
        <Title order={headingOrder} size="h4">
          {line.name}
        </Title>
        {line.description ? <Text>{line.description}</Text> : null}
        {line.hours ? (
          <Text size="sm" c="dimmed">
            {line.hours}
          </Text>
        ) : null}
        <Button
          component="a"
          href={line.href}
          size="md"
          color={line.channel === 'emergency' ? 'ember' : undefined}
          className={`crisis-action ${classes.action}`}
          data-href={line.href}
          {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          fullWidth
        >
          {actionLabel(line)}
        </Button>
      </Stack>
    </Paper>
  );
}
