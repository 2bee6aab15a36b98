import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PersonRef, ShiftView } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { ShiftForm } from './ShiftForm';
import { useDeleteShift, useEndShift, useOnCallNow, useRota } from './on-call.api';
import { onCallWords as words } from './on-call.words';

/** The on-call rota: who is on call now, the shifts around it, and (for the admin) the editor. */
export default function RotaPage() {
  const timeZone = useMe().data?.practice.timeZone;
  const rota = useRota();
  const now = useOnCallNow();
  const [adding, setAdding] = useState(false);
  return (
    <Page title={words.title} intro={words.intro}>
      <Stack gap="xs" component="section" aria-labelledby="now-heading">
        <Title order={2} id="now-heading">
          {words.nowHeading}
        </Title>
        {now.error ? <ErrorNotice error={now.error} /> : null}
        {now.data ? (
          <Paper withBorder p="md">
            {now.data.shift ? (
              <Stack gap={2}>
                <Text fw={600}>{words.onCall(now.data.shift.clinician.name)}</Text>
                <Text size="sm">{now.data.shift.backup ? words.backup(now.data.shift.backup.name) : words.noBackup}</Text>
                <Text size="sm">{words.until(formatDateTime(now.data.shift.endsAt, timeZone))}</Text>
              </Stack>
            ) : (
              <Text>{words.nobodyNow}</Text>
            )}
            <Text size="sm" c="dimmed" mt="xs">
              {words.windows(now.data.policy.imminentMinutes, now.data.policy.highMinutes)}
            </Text>
          </Paper>
        ) : null}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="shifts-heading">
        <Title order={2} id="shifts-heading">
          {words.shiftsHeading}
        </Title>
        {rota.isPending ? <Loading /> : null}
        {rota.error ? <ErrorNotice error={rota.error} onRetry={() => void rota.refetch()} /> : null}
        {rota.data?.shifts.length === 0 ? <Text>{words.noShifts}</Text> : null}
        {rota.data?.shifts.map((shift) => (
          <ShiftCard key={shift.id} shift={shift} clinicians={rota.data.clinicians} timeZone={timeZone} />
        ))}
      </Stack>
      {rota.data?.canManage ? (
        <Paper withBorder p="md">
          {adding ? (
            <ShiftForm clinicians={rota.data.clinicians} onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
          ) : (
            <Button onClick={() => setAdding(true)}>{words.addHeading}</Button>
          )}
        </Paper>
      ) : null}
    </Page>
  );
}

function ShiftCard({ shift, clinicians, timeZone }: { shift: ShiftView; clinicians: PersonRef[]; timeZone?: string }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'end' | 'delete'>('view');
  const end = useEndShift();
  const remove = useDeleteShift();
  const error = end.error ?? remove.error;
  return (
    <Paper withBorder p="md" component="article" aria-label={`${shift.clinician.name}: ${formatDateTime(shift.startsAt, timeZone)}`} data-testid="shift">
      {mode === 'edit' ? (
        <ShiftForm clinicians={clinicians} shift={shift} onDone={() => setMode('view')} onCancel={() => setMode('view')} />
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{shift.clinician.name}</Text>
            <Badge variant={shift.status === 'live' ? 'filled' : 'light'} color={shift.status === 'past' ? 'gray' : 'harbour'}>
              {words.status[shift.status]}
            </Badge>
          </Group>
          <Text size="sm">{words.from(formatDateTime(shift.startsAt, timeZone), formatDateTime(shift.endsAt, timeZone))}</Text>
          <Text size="sm">{shift.backup ? words.backup(shift.backup.name) : words.noBackup}</Text>
          {shift.handoverNote ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              <strong>{words.handover}:</strong> {shift.handoverNote}
            </Text>
          ) : null}
          {error ? <ErrorNotice error={error} /> : null}
          {mode === 'end' || mode === 'delete' ? (
            <Alert color="gray">
              <Group gap="sm">
                <Text size="sm">{mode === 'end' ? words.confirmEnd(shift.clinician.name) : words.confirmDelete}</Text>
                <Button
                  size="xs"
                  loading={end.isPending || remove.isPending}
                  onClick={() => (mode === 'end' ? end : remove).mutate(shift.id, { onSuccess: () => setMode('view') })}
                >
                  {words.yes}
                </Button>
                <Button size="xs" variant="default" onClick={() => setMode('view')}>
                  {words.cancel}
                </Button>
              </Group>
            </Alert>
          ) : (
            <Group gap="sm">
              {shift.can.edit ? (
                <Button size="xs" variant="default" onClick={() => setMode('edit')}>
                  {words.edit}
                </Button>
              ) : null}
              {shift.can.edit && shift.status === 'live' ? (
                <Button size="xs" variant="default" onClick={() => setMode('end')}>
                  {words.endNow}
                </Button>
              ) : null}
              {shift.can.delete ? (
                <Button size="xs" variant="default" onClick={() => setMode('delete')}>
                  {words.remove}
                </Button>
              ) : null}
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
