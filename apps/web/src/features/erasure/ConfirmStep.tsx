import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';

interface ConfirmStepProps {
  id: string;
  heading: string;
  children: ReactNode;
  error: Error | null;
  yes: { label: string; color?: string; pending: boolean; testId: string };
  onYes(): void;
  no: string;
  onNo(): void;
}

/**
 * "Are you sure?" for an erasure step (the client asking or withdrawing, the admin carrying it out):
 * a heading that takes the focus when it appears, so a screen reader hears the question at once,
 * what will happen, any error, and the two answers.
 */
export function ConfirmStep({ id, heading, children, error, yes, onYes, no, onNo }: ConfirmStepProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="xs" role="group" aria-labelledby={id}>
      <Title order={3} id={id} ref={headingRef} tabIndex={-1}>
        {heading}
      </Title>
      <Text>{children}</Text>
      {error ? <ErrorNotice error={error} /> : null}
      <Group gap="sm">
        <Button color={yes.color} loading={yes.pending} onClick={onYes} data-testid={yes.testId}>
          {yes.label}
        </Button>
        <Button variant="default" onClick={onNo}>
          {no}
        </Button>
      </Group>
    </Stack>
  );
}
