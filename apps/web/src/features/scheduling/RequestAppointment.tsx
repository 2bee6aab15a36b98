import { Anchor, Button, Group, List, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { AppointmentKind, RequestOptions } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useRequestAppointment } from './scheduling.api';
import { schedulingWords } from './scheduling.words';

const words = schedulingWords.request;
const routePath = { message: '/messages', on_call: '/help', crisis_lines: '/help' } as const;

/**
 * "Request an appointment". When the client's agreement pauses requests (an off-week), tapping it
 * shows the words both agreed and the routes that stay open, never a bare refusal (SPEC §2.3).
 */
export function RequestAppointment({ clientId, options }: { clientId: string; options: RequestOptions }) {
  const [open, setOpen] = useState(false);
  if (options.mode === 'off') return null;
  if (options.mode === 'view') return <Text>{words.viewOnly}</Text>;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="request-heading">
      <Stack gap="sm">
        <Title order={2} id="request-heading">
          {words.heading}
        </Title>
        {!open ? (
          <Button onClick={() => setOpen(true)} w="fit-content" aria-expanded={false}>
            {words.open}
          </Button>
        ) : options.allowed ? (
          <RequestForm clientId={clientId} minNoticeHours={options.minNoticeHours} onDone={() => setOpen(false)} />
        ) : (
          <Paused options={options} onClose={() => setOpen(false)} />
        )}
      </Stack>
    </Paper>
  );
}

function Paused({ options, onClose }: { options: RequestOptions; onClose(): void }) {
  return (
    <Stack gap="sm" data-testid="requests-paused" role="status">
      <Title order={3}>{words.pausedHeading}</Title>
      {options.words ? <Text style={{ whiteSpace: 'pre-wrap' }}>{options.words}</Text> : null}
      <Text fw={600}>{words.routesHeading}</Text>
      <List spacing="xs">
        {options.routes.map((route) => (
          <List.Item key={route.kind}>
            <Anchor component={Link} to={routePath[route.kind]} fw={600}>
              {route.label}
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Button variant="subtle" onClick={onClose} w="fit-content">
        {words.cancel}
      </Button>
    </Stack>
  );
}

function RequestForm({ clientId, minNoticeHours, onDone }: { clientId: string; minNoticeHours: number; onDone(): void }) {
  const request = useRequestAppointment(clientId);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [kind, setKind] = useState<AppointmentKind>('video');
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ start: `${date}T${time}`, kind, note, durationMinutes: 50 });
  };
  if (request.isSuccess) return <Text role="status">{words.sent}</Text>;
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{words.notice(minNoticeHours)}</Text>
        <Group grow align="flex-start">
          <TextInput type="date" label={words.date} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          <TextInput type="time" label={words.time} required value={time} onChange={(e) => setTime(e.currentTarget.value)} />
        </Group>
        <Select
          label={words.kind}
          data={(Object.keys(schedulingWords.kind) as AppointmentKind[]).map((k) => ({ value: k, label: schedulingWords.kind[k] }))}
          value={kind}
          onChange={(v) => v && setKind(v as AppointmentKind)}
          allowDeselect={false}
        />
        <Textarea label={words.note} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
        {request.error ? <ErrorNotice error={request.error} /> : null}
        <Group>
          <Button type="submit" loading={request.isPending}>
            {words.send}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {words.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
