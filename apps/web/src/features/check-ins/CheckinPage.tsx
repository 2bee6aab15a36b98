import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CheckinConfig, CheckinView } from '@steadfast/contracts';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { newIdempotencyKey } from '../../app/outbox';
import { useOnline } from '../../app/useOnline';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading, LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { useCheckinConfig, useCheckinOn } from './check-ins.api';
import { addDays, clockTime, dayName, todayIn } from './check-ins.dates';
import { draftFrom, toBody, useCheckinDraft } from './check-ins.draft';
import { useCheckinOutbox, type CheckinOutboxItem } from './check-ins.outbox';
import { checkinWords as words } from './check-ins.words';
import { CheckinForm } from './CheckinForm';
import classes from './check-ins.module.css';
import { ReminderSettings } from './ReminderSettings';

/** The client's check-in for today, or for yesterday (`?day=yesterday`) when back-filling is allowed. */
export default function CheckinPage() {
  const me = useMe().data;
  const clientId = me?.user.clientId;
  const config = useCheckinConfig(clientId);
  const [params] = useSearchParams();
  if (!me || !clientId || config.isPending) return <LoadingPage title={words.title} />;
  if (config.error) return <ErrorNotice error={config.error} onRetry={() => void config.refetch()} />;
  const today = todayIn(config.data.timeZone);
  const yesterday = params.get('day') === 'yesterday' && config.data.backdateDays >= 1;
  const date = yesterday ? addDays(today, -1) : today;
  return (
    <Page title={yesterday ? words.titleFor(dayName(date)) : words.title} intro={yesterday ? words.yesterdayIntro : words.intro}>
      <CheckinDay key={date} userId={me.user.id} clientId={clientId} config={config.data} date={date} isToday={!yesterday} timeZone={config.data.timeZone} />
      {!yesterday ? <ReminderSettings clientId={clientId} /> : null}
    </Page>
  );
}

interface CheckinDayProps {
  userId: string;
  clientId: string;
  config: CheckinConfig;
  date: string;
  isToday: boolean;
  timeZone: string;
}

/** One day: the receipt when the care team has it (or it waits on this device), else the form. */
function CheckinDay({ userId, clientId, config, date, isToday, timeZone }: CheckinDayProps) {
  const saved = useCheckinOn(clientId, date);
  const { outbox, items } = useCheckinOutbox(userId);
  const waiting = items.find((i) => i.clientId === clientId && i.body.date === date);
  const draft = useCheckinDraft(userId, clientId, date);
  const [editing, setEditing] = useState(false);
  const [crisis, setCrisis] = useState(false);
  const [updated, setUpdated] = useState(false);

  useEffect(
    () =>
      outbox?.onSent((item, response) => {
        if (item.clientId !== clientId || item.body.date !== date) return;
        setUpdated(response.updated);
        if (response.showCrisisRoutes) setCrisis(true);
      }),
    [outbox, clientId, date],
  );

  if (saved.isPending && !waiting) return <Loading />;
  const held = saved.data ?? null;
  const showForm = editing || (!held && !waiting);
  const current = draft.draft ?? (waiting ? draftFrom(waiting.body) : draftFrom(held));

  function send() {
    const body = toBody(current, config, date);
    if (!body || !outbox) return;
    outbox.add({ key: newIdempotencyKey(), clientId, body });
    draft.forget();
    setEditing(false);
  }

  return (
    <Stack gap="lg">
      {crisis ? <CrisisOffer /> : null}
      {saved.error && !waiting ? <ErrorNotice error={saved.error} onRetry={() => void saved.refetch()} /> : null}
      {showForm ? (
        <CheckinForm config={config} draft={current} onChange={draft.change} onSubmit={send} updating={Boolean(held || waiting)} isToday={isToday} />
      ) : (
        <Receipt
          held={held}
          waiting={waiting}
          updated={updated}
          isToday={isToday}
          timeZone={timeZone}
          onEdit={() => setEditing(true)}
          onRetry={(key) => outbox?.retry(key)}
        />
      )}
    </Stack>
  );
}

interface ReceiptProps {
  held: CheckinView | null;
  waiting: CheckinOutboxItem | undefined;
  updated: boolean;
  isToday: boolean;
  timeZone: string;
  onEdit: () => void;
  onRetry: (key: string) => void;
}

/** What became of the check-in, in plain words: received (and when), or kept on this device. */
function Receipt({ held, waiting, updated, isToday, timeZone, onEdit, onRetry }: ReceiptProps) {
  const online = useOnline();
  const status = waiting
    ? waiting.state === 'refused'
      ? words.refused
      : !online
        ? words.keptOffline
        : waiting.attempts > 0
          ? words.keptRetrying
          : words.sending
    : held
      ? updated
        ? words.receivedUpdated(clockTime(held.updatedAt, timeZone))
        : words.received(clockTime(held.updatedAt, timeZone))
      : '';
  return (
    <Paper withBorder p="md" className={classes.receipt} data-testid="checkin-receipt" data-state={waiting ? 'kept' : 'received'}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {words.receivedHeading}
        </Title>
        <Text role="status" data-testid="checkin-receipt-status">
          {status}
        </Text>
        {isToday ? <Text size="sm">{words.editUntil}</Text> : null}
        <Group gap="sm">
          {waiting?.state === 'refused' ? <Button onClick={() => onRetry(waiting.key)}>{words.tryAgain}</Button> : null}
          {isToday ? (
            <Button variant="default" onClick={onEdit}>
              {words.edit}
            </Button>
          ) : null}
          <Anchor component={Link} to="/trends" fw={600}>
            {words.viewTrends}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Shown when the server says so (never a label): the same safety routes as everywhere else. */
function CrisisOffer() {
  return (
    <Paper withBorder p="md" bg="ember.0" data-testid="checkin-crisis-routes">
      <Stack gap="xs">
        <Title order={2} size="h3">
          {words.crisisHeading}
        </Title>
        <Text>{words.crisisBody}</Text>
        <Anchor component={Link} to="/help" fw={600} c="ember.9">
          {words.crisisLink}
        </Anchor>
      </Stack>
    </Paper>
  );
}
