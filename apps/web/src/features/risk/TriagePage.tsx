import { Alert, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { TriageItemCard } from './TriageItemCard';
import { useFlagUpdates, useNow, useTriageQueue } from './risk.api';
import { triageWords as words } from './risk.words';

/** The clinician's triage queue (SPEC §2.8, §2.9): open flags first, most urgent at the top. */
export default function TriagePage() {
  const timeZone = useMe().data?.practice.timeZone;
  const live = useFlagUpdates();
  const queue = useTriageQueue(live);
  const now = useNow();
  const items = queue.data?.items ?? [];
  const open = items.filter((i) => !i.acknowledgedAt);
  const handled = items.filter((i) => i.acknowledgedAt);
  return (
    <Page title={words.title} intro={words.intro}>
      <Alert color="gray" variant="light">
        <Stack gap={4}>
          <Text size="sm">{words.screeningNote}</Text>
          {queue.data ? <Text size="sm">{queue.data.onCallNow ? words.onCallNow : words.notOnCall}</Text> : null}
          <Text size="sm" c="dimmed">
            {live ? words.live : words.polling}
          </Text>
        </Stack>
      </Alert>
      {queue.isPending ? <Loading /> : null}
      {queue.error ? <ErrorNotice error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {queue.data ? <VisuallyHidden role="status">{words.openCount(open.length)}</VisuallyHidden> : null}
      <Stack gap="sm" component="section" aria-labelledby="open-heading">
        <Title order={2} id="open-heading">
          {words.openHeading} ({open.length})
        </Title>
        {queue.data && open.length === 0 ? <Text>{words.empty}</Text> : null}
        {open.map((item) => (
          <TriageItemCard key={item.flagId ?? `${item.clientId}-${item.createdAt}`} item={item} now={now} timeZone={timeZone} />
        ))}
      </Stack>
      {handled.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="handled-heading">
          <Title order={2} id="handled-heading">
            {words.handledHeading}
          </Title>
          {handled.map((item) => (
            <TriageItemCard key={item.flagId ?? `${item.clientId}-${item.createdAt}`} item={item} now={now} timeZone={timeZone} />
          ))}
        </Stack>
      ) : null}
    </Page>
  );
}
