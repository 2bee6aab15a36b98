import { Anchor, Badge, Button, Chip, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TimelineEntry, TimelineKind } from '@steadfast/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { formatDate } from '../../ui/format-date';
import { useClientProfile } from '../care-teams/care-teams.api';
import { useMe } from '../identity/identity.api';
import { useTimeline } from './timeline.api';
import { groupsFor, kindsFor, type TimelineGroup } from './timeline.groups';
import { timelineWords as words } from './timeline.words';
import classes from './timeline.module.css';

/** A client's history for their care team (issue 17): one paged list, newest first, filtered by kind. */
export default function ClientTimelinePage() {
  const { clientId } = useParams();
  const profile = useClientProfile(clientId);
  const timeZone = useMe().data?.practice.timeZone;
  const [chosen, setChosen] = useState<TimelineGroup[]>([]);
  const [visible, setVisible] = useState<readonly TimelineKind[] | null>(null);
  const timeline = useTimeline(clientId, visible ? kindsFor(chosen, visible) : null);
  const kinds = timeline.data?.pages[0]?.kinds;
  if (kinds && kinds !== visible && kinds.join() !== visible?.join()) setVisible(kinds);
  if (timeline.isPending && !visible) return <LoadingPage title={words.titleUnnamed} />;
  const entries = timeline.data?.pages.flatMap((p) => p.entries) ?? [];
  const groups = groupsFor(visible ?? []);
  return (
    <Page title={profile.data ? words.title(profile.data.name) : words.titleUnnamed} intro={words.intro}>
      {groups.length > 1 ? (
        <Chip.Group multiple value={chosen} onChange={(value) => setChosen(value as TimelineGroup[])}>
          <Group gap="xs" role="group" aria-label={words.show} data-testid="timeline-filter">
            <Text fw={600} size="sm">
              {words.show}:
            </Text>
            {groups.map((group) => (
              <Chip key={group} value={group} variant="outline">
                {words.group[group]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      ) : null}
      {timeline.error ? <ErrorNotice error={timeline.error} onRetry={() => void timeline.refetch()} /> : null}
      {timeline.isPending ? <Loading /> : null}
      {timeline.data && entries.length === 0 ? <Text>{chosen.length ? words.nothingOfThese : words.nothing}</Text> : null}
      <Text size="sm" role="status" className={classes.count}>
        {timeline.data ? words.shown(entries.length) : ''}
      </Text>
      <Days entries={entries} timeZone={timeZone} />
      {timeline.hasNextPage ? (
        <Button variant="default" onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage} w="fit-content">
          {words.older}
        </Button>
      ) : timeline.data && entries.length > 0 ? (
        <Text size="sm">{words.beginning}</Text>
      ) : null}
      {clientId ? (
        <Anchor component={Link} to={`/clients/${encodeURIComponent(clientId)}`}>
          {words.backToClient}
        </Anchor>
      ) : null}
    </Page>
  );
}

/** The entries under a heading for each day, in the practice's time zone. */
function Days({ entries, timeZone }: { entries: TimelineEntry[]; timeZone?: string }) {
  const days: { day: string; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const day = formatDate(entry.at, timeZone);
    if (days.at(-1)?.day !== day) days.push({ day, entries: [] });
    days.at(-1)!.entries.push(entry);
  }
  return (
    <Stack gap="md" data-testid="timeline">
      {days.map(({ day, entries: ofDay }, i) => (
        <section key={day} aria-labelledby={`timeline-day-${i}`}>
          <Title order={2} size="h4" id={`timeline-day-${i}`} mb="xs">
            {day}
          </Title>
          <Stack component="ol" gap="xs" className={classes.list}>
            {ofDay.map((entry) => (
              <Entry key={entry.key} entry={entry} timeZone={timeZone} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

const clock = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));

function Entry({ entry, timeZone }: { entry: TimelineEntry; timeZone?: string }) {
  return (
    <Paper component="li" withBorder p="sm" data-testid="timeline-entry" data-kind={entry.kind}>
      <Group gap="sm" align="baseline" wrap="nowrap">
        <time dateTime={entry.at} className={classes.time}>
          {clock(entry.at, timeZone)}
        </time>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge variant="light" color={entry.kind === 'flag' ? 'ember' : 'harbour'} radius="sm" style={{ textTransform: 'none' }}>
              {words.kind[entry.kind]}
            </Badge>
            {entry.link ? (
              <Anchor component={Link} to={entry.link} fw={600} size="sm">
                {entry.title}
              </Anchor>
            ) : (
              <Text fw={600} size="sm">
                {entry.title}
              </Text>
            )}
          </Group>
          {entry.detail ? (
            <Text size="sm" className={classes.detail}>
              {entry.detail}
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
