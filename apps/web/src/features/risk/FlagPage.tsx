import { Alert, Anchor, Group, List, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import type { FlagEvent } from '@steadfast/contracts';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { AcknowledgeForm } from './AcknowledgeForm';
import { TriageItemCard } from './TriageItemCard';
import { useFlag, useFlagUpdates, useNow } from './risk.api';
import { acknowledgeWords, historyWords as words } from './risk.words';

/** One flag: what raised it, every ladder step (who was told, when, how) and the acknowledgement. */
export default function FlagPage() {
  const { flagId = '' } = useParams();
  const timeZone = useMe().data?.practice.timeZone;
  const live = useFlagUpdates();
  const flag = useFlag(flagId, live);
  const now = useNow();
  if (flag.isPending) return <LoadingPage />;
  if (flag.error) {
    return (
      <Stack>
        <ErrorNotice error={flag.error} onRetry={() => void flag.refetch()} />
        <BackLink />
      </Stack>
    );
  }
  const { flag: item, history } = flag.data;
  return (
    <Page title={words.title(item.clientName)}>
      <TriageItemCard item={{ ...item, canAcknowledge: false }} now={now} timeZone={timeZone} showHistoryLink={false} />
      {item.canAcknowledge ? (
        <Paper withBorder p="md">
          <AcknowledgeForm flagId={flagId} timeZone={timeZone} />
        </Paper>
      ) : null}
      <Stack gap="sm" component="section" aria-labelledby="history-heading">
        <Title order={2} id="history-heading">
          {words.historyHeading}
        </Title>
        <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
          {history.map((event, i) => (
            <Timeline.Item key={i} title={titleOf(event)}>
              <HistoryLine event={event} timeZone={timeZone} />
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      <Alert color="gray" variant="light">
        {words.neverEmergency}
      </Alert>
      <Group gap="md">
        <BackLink />
        <Anchor component={Link} to={`/clients/${item.clientId}/risk`}>
          {words.riskPage}
        </Anchor>
      </Group>
    </Page>
  );
}

function titleOf(event: FlagEvent): string {
  if (event.kind === 'raised') return words.raised;
  if (event.kind === 'step') return words.step(event.step);
  return words.acknowledged(event.by.name);
}

function HistoryLine({ event, timeZone }: { event: FlagEvent; timeZone?: string }) {
  const when = (
    <Text size="sm" c="dimmed">
      <time dateTime={event.at}>{formatDateTime(event.at, timeZone)}</time>
    </Text>
  );
  if (event.kind === 'raised') return when;
  if (event.kind === 'step') {
    return (
      <Stack gap={2}>
        {when}
        {event.notified.length === 0 ? <Text size="sm">{words.nobody}</Text> : null}
        <List size="sm" spacing={2}>
          {event.notified.map((n) => (
            <List.Item key={n.person.id}>
              {n.person.name} ({words.reason[n.reason]}): {n.channels.map((c) => words.channel[c] ?? c).join(', ')}
            </List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      {when}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {event.note}
      </Text>
      {event.outcome ? <Text size="sm">{acknowledgeWords.outcomes[event.outcome]}</Text> : null}
    </Stack>
  );
}

function BackLink() {
  return (
    <Anchor component={Link} to="/triage">
      {words.back}
    </Anchor>
  );
}
