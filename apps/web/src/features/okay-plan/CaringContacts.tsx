import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { caringSchedulePresets, type CaringContactView, type CaringSchedulePreset } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { useCancelCaringContact, useCaringContacts, useEditCaringContact, usePlanCaringContacts } from './okay-plan.api';
import { caringWords as words } from './okay-plan.words';

/** The therapist's caring-contact schedule for one client: write it, personalise each note, see what was sent. */
export function CaringContacts({ clientId }: { clientId: string }) {
  const list = useCaringContacts(clientId);
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const contacts = list.data.contacts.filter((c) => c.status === 'planned' || c.status === 'sent');
  const planned = contacts.some((c) => c.status === 'planned');
  return (
    <Stack gap="md" data-testid="caring-contacts">
      {contacts.length === 0 ? <Text>{words.none}</Text> : null}
      {contacts.map((contact) => (
        <CaringContactCard key={`${contact.id}:${contact.body}`} clientId={clientId} contact={contact} />
      ))}
      {list.data.can.manage ? <PlanForm clientId={clientId} replaces={planned} /> : null}
    </Stack>
  );
}

function PlanForm({ clientId, replaces }: { clientId: string; replaces: boolean }) {
  const plan = usePlanCaringContacts(clientId);
  const [preset, setPreset] = useState<CaringSchedulePreset>('tapering');
  const [startsOn, setStartsOn] = useState(() => new Date().toISOString().slice(0, 10));
  return (
    <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), plan.mutate({ preset, startsOn }))}>
      <NativeSelect
        label={words.presetLabel}
        value={preset}
        onChange={(e) => setPreset(e.currentTarget.value as CaringSchedulePreset)}
        data={caringSchedulePresets.map((p) => ({ value: p, label: words.presets[p] }))}
      />
      <TextInput type="date" label={words.startsOnLabel} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} required />
      {plan.error ? <ErrorNotice error={plan.error} /> : null}
      <div>
        <Button type="submit" variant={replaces ? 'default' : 'filled'} loading={plan.isPending}>
          {replaces ? words.replan : words.plan}
        </Button>
      </div>
    </Stack>
  );
}

function CaringContactCard({ clientId, contact }: { clientId: string; contact: CaringContactView }) {
  const edit = useEditCaringContact(clientId);
  const cancel = useCancelCaringContact(clientId);
  const [body, setBody] = useState(contact.body);
  const when = formatDateTime(contact.sentAt ?? contact.dueAt);
  return (
    <Paper withBorder p="md" component="article" data-testid="caring-contact">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {contact.status === 'sent' ? words.sent(when) : words.due(when)}
          </Title>
          <Badge variant="light" color={contact.status === 'sent' ? 'harbour' : 'gray'}>
            {words.status[contact.status]}
          </Badge>
        </Group>
        {contact.status === 'planned' ? (
          <>
            <Textarea label={words.noteLabel(when)} value={body} autosize minRows={2} onChange={(e) => setBody(e.currentTarget.value)} />
            {contact.warnings.map((w) => (
              <Alert key={w} color="yellow" variant="light">
                <Text size="sm">{w}</Text>
              </Alert>
            ))}
            {edit.error ? <ErrorNotice error={edit.error} /> : null}
            <Group gap="sm">
              <Button
                size="xs"
                variant="default"
                disabled={body.trim() === contact.body}
                loading={edit.isPending}
                onClick={() => edit.mutate({ contactId: contact.id, body: body.trim() })}
              >
                {words.save}
              </Button>
              <Button size="xs" variant="subtle" color="gray" loading={cancel.isPending} onClick={() => cancel.mutate(contact.id)}>
                {words.cancel}
              </Button>
            </Group>
          </>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{contact.body}</Text>
        )}
      </Stack>
    </Paper>
  );
}
