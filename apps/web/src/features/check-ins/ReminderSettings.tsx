import { ActionIcon, Button, Checkbox, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import type { ReminderPreferences, ReminderPreferencesBody } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatDateTime } from '../../ui/format-date';
import { useReminderPreferences, useSaveReminderPreferences } from './check-ins.api';
import { reminderWords as words } from './check-ins.words';

/** The client's own reminder times, in their zone; at most three, each skipped once they have checked in. */
export function ReminderSettings({ clientId }: { clientId: string }) {
  const prefs = useReminderPreferences(clientId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reminders-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="reminders-heading">
          {words.heading}
        </Title>
        <Text size="sm">{words.intro}</Text>
        {prefs.isPending ? <Loading /> : null}
        {prefs.error ? <ErrorNotice error={prefs.error} onRetry={() => void prefs.refetch()} /> : null}
        {prefs.data ? <ReminderForm key={prefs.data.nextAt ?? 'none'} clientId={clientId} prefs={prefs.data} /> : null}
      </Stack>
    </Paper>
  );
}

function ReminderForm({ clientId, prefs }: { clientId: string; prefs: ReminderPreferences }) {
  const save = useSaveReminderPreferences(clientId);
  const [form, setForm] = useState<ReminderPreferencesBody>({
    enabled: prefs.enabled,
    times: prefs.times.length > 0 ? prefs.times : ['20:00'],
    channels: prefs.channels,
    missedDayNote: prefs.missedDayNote,
  });
  const set = (patch: Partial<ReminderPreferencesBody>) => {
    save.reset();
    setForm({ ...form, ...patch });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(form);
      }}
    >
      <Stack gap="sm">
        <Switch label={words.enabled} checked={form.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} />
        {form.times.map((time, n) => (
          <Group key={n} gap="xs" align="end" wrap="nowrap">
            <TextInput
              type="time"
              label={words.time(n + 1)}
              value={time}
              disabled={!form.enabled}
              onChange={(e) => set({ times: form.times.map((t, i) => (i === n ? e.currentTarget.value : t)) })}
              w={160}
            />
            {form.times.length > 1 ? (
              <ActionIcon variant="default" size="lg" aria-label={words.removeTime(n + 1)} onClick={() => set({ times: form.times.filter((_, i) => i !== n) })}>
                ×
              </ActionIcon>
            ) : null}
          </Group>
        ))}
        {form.times.length < 3 ? (
          <div>
            <Button variant="subtle" size="compact-sm" disabled={!form.enabled} onClick={() => set({ times: [...form.times, '09:00'] })}>
              {words.addTime}
            </Button>
          </div>
        ) : null}
        <Text size="sm" c="dimmed">
          {words.zone(prefs.timeZone)}
          {prefs.nextAt ? ` ${words.next(formatDateTime(prefs.nextAt, prefs.timeZone))}` : ''}
        </Text>
        <Checkbox.Group label={words.channels}>
          <Stack gap={6} mt={4}>
            {(['inApp', 'email', 'push'] as const).map((channel) => (
              <Checkbox
                key={channel}
                label={words[channel]}
                checked={form.channels[channel]}
                disabled={!form.enabled}
                onChange={(e) => set({ channels: { ...form.channels, [channel]: e.currentTarget.checked } })}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox label={words.missedDayNote} checked={form.missedDayNote} onChange={(e) => set({ missedDayNote: e.currentTarget.checked })} />
        {save.error ? <ErrorNotice error={save.error} /> : null}
        <Group gap="sm">
          <Button type="submit" variant="default" loading={save.isPending}>
            {words.save}
          </Button>
          {save.isSuccess ? (
            <Text role="status" size="sm">
              {words.saved}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
