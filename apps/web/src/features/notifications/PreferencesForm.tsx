import { Button, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { SmsNumber, type NotificationPreferences } from '@steadfast/contracts';
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useSavePreferences } from './notifications.api';
import { notificationsWords } from './notifications.words';

const words = notificationsWords.settings;

interface PreferencesFormProps {
  saved: NotificationPreferences;
  /** Staff get urgent alerts, so they choose about SMS; clients never get urgent notices. */
  isStaff: boolean;
  /** Tells the device section whether push is on, as chosen here (saved or not). */
  onPushChange?: (on: boolean) => void;
}

/** E-mail, push and (staff) SMS choices, saved together. */
export function PreferencesForm({ saved, isStaff, onPushChange }: PreferencesFormProps) {
  const [prefs, setPrefs] = useState(saved);
  const [numberError, setNumberError] = useState<string | undefined>(undefined);
  const save = useSavePreferences();
  const change = (next: Partial<NotificationPreferences>) => {
    setPrefs((p) => ({ ...p, ...next }));
    save.reset();
    if (next.push !== undefined) onPushChange?.(next.push);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNumber(prefs);
    setNumberError(checked.error);
    if (checked.error) return;
    save.mutate({ ...prefs, smsNumber: checked.smsNumber });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="preferences-form">
      <Stack gap="md">
        <Switch
          size="md"
          label={words.email}
          description={emailHelp(isStaff)}
          checked={prefs.email}
          onChange={(e) => change({ email: e.currentTarget.checked })}
        />
        <Switch size="md" label={words.push} description={words.pushHelp} checked={prefs.push} onChange={(e) => change({ push: e.currentTarget.checked })} />
        {isStaff ? (
          <>
            <Switch size="md" label={words.sms} description={words.smsHelp} checked={prefs.sms} onChange={(e) => change({ sms: e.currentTarget.checked })} />
            <TextInput
              label={words.smsNumber}
              description={words.smsNumberHelp}
              type="tel"
              autoComplete="tel"
              value={prefs.smsNumber ?? ''}
              onChange={(e) => change({ smsNumber: e.currentTarget.value })}
              error={numberError}
              required={prefs.sms}
            />
          </>
        ) : null}
        {save.error ? <ErrorNotice error={save.error} /> : null}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {words.save}
          </Button>
          <Text role="status" size="sm">
            {save.isSuccess ? words.saved : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

function emailHelp(isStaff: boolean): string {
  return isStaff ? `${words.emailHelp} ${words.emailUrgentStaff}` : words.emailHelp;
}

/** An empty number is none; one given must be in international form; SMS needs one. */
function checkNumber(prefs: NotificationPreferences): { smsNumber: string | null; error?: string } {
  const typed = prefs.smsNumber?.trim() ?? '';
  if (!typed) return prefs.sms ? { smsNumber: null, error: words.smsNumberMissing } : { smsNumber: null };
  const parsed = SmsNumber.safeParse(typed);
  return parsed.success ? { smsNumber: parsed.data } : { smsNumber: null, error: parsed.error.issues[0]?.message ?? words.smsNumberHelp };
}
