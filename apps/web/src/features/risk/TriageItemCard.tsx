import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { TriageItem } from '@steadfast/contracts';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { AcknowledgeForm } from './AcknowledgeForm';
import { FlagExcerpt } from './FlagExcerpt';
import { LevelBadge } from './LevelBadge';
import { ageWords, clockWords, spanWords } from './risk.time';
import { triageWords as words } from './risk.words';
import classes from './risk.module.css';

interface TriageItemCardProps {
  item: TriageItem;
  now: number;
  timeZone?: string;
  /** False on the flag's own page, where its history is already shown. */
  showHistoryLink?: boolean;
}

/** One item of the queue: who, what level, the marked words, how long it has waited, and the ladder. */
export function TriageItemCard({ item, now, timeZone, showHistoryLink = true }: TriageItemCardProps) {
  const [acknowledging, setAcknowledging] = useState(false);
  const headingId = useId();
  const open = !item.acknowledgedAt;
  const left = Date.parse(item.dueBy) - now;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      data-testid="triage-item"
      className={open ? (item.level === 'imminent' ? classes.open : classes.openHigh) : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="xs">
            <Title order={3} size="h4" id={headingId}>
              <Anchor component={Link} to={`/clients/${item.clientId}/risk`} aria-label={words.clientLink(item.clientName)}>
                {item.clientName}
              </Anchor>
            </Title>
            <LevelBadge level={item.level} />
            <Text size="sm" c="dimmed">
              {words.source[item.sourceType]}
            </Text>
          </Group>
          <Text size="sm">
            <time dateTime={item.createdAt}>{words.raised(ageWords(item.createdAt, now))}</time>
          </Text>
        </Group>
        {item.excerpt ? <FlagExcerpt excerpt={item.excerpt} /> : <Text size="sm">{words.wordsHidden}</Text>}
        <Reasons item={item} />
        {open ? (
          <Stack gap={2}>
            <Text size="sm" className={left < 0 ? classes.overdue : undefined}>
              {left >= 0
                ? words.dueIn(clockWords(item.dueBy, now, timeZone), spanWords(left))
                : words.overdue(clockWords(item.dueBy, now, timeZone), spanWords(left))}
            </Text>
            <Text size="sm" c="dimmed">
              {item.escalationStep === null ? words.noStepYet : words.step[item.escalationStep]}
              {item.nextEscalationAt ? ` · ${words.nextStep(clockWords(item.nextEscalationAt, now, timeZone))}` : ''}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{words.handledBy(item.acknowledgedBy?.name ?? '', ageWords(item.acknowledgedAt!, now))}</Text>
        )}
        {acknowledging && item.flagId ? (
          <AcknowledgeForm flagId={item.flagId} timeZone={timeZone} onCancel={() => setAcknowledging(false)} />
        ) : (
          <Group gap="sm">
            {item.canAcknowledge ? <Button onClick={() => setAcknowledging(true)}>{words.acknowledge}</Button> : null}
            {item.flagId && showHistoryLink ? (
              <Button component={Link} to={`/flags/${item.flagId}`} variant="default">
                {words.openFlag}
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Reasons({ item }: { item: TriageItem }) {
  if (item.reasons.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {words.whyHeading}
      </Text>
      <List size="sm" spacing={2}>
        {item.reasons.map((r, i) => (
          <List.Item key={i}>
            {r.phrase ? `“${r.phrase}”: ` : ''}
            {words.construct(r.construct)}
          </List.Item>
        ))}
      </List>
    </div>
  );
}
