import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useMe } from '../identity/identity.api';
import { PreferencesForm } from './PreferencesForm';
import { PushDeviceSwitch } from './PushDeviceSwitch';
import { usePreferences } from './notifications.api';
import { notificationsWords } from './notifications.words';

const words = notificationsWords.settings;

/** How the person is told: in the app (always), by e-mail, push and (staff) SMS, and push on this device. */
export default function NotificationSettingsPage() {
  const me = useMe().data;
  const prefs = usePreferences();
  const [pushOn, setPushOn] = useState<boolean | undefined>(undefined);
  const isStaff = me !== undefined && me.user.role !== 'client';
  return (
    <Page title={words.title} intro={words.intro}>
      <Section id="in-app" title={words.inAppHeading}>
        <Text>{words.inAppText}</Text>
        {me?.user.role === 'client' ? <Text>{words.clientNote}</Text> : null}
      </Section>
      <Section id="channels" title={words.channelsHeading}>
        {prefs.isPending || !me ? <Loading /> : null}
        {prefs.error ? <ErrorNotice error={prefs.error} onRetry={() => void prefs.refetch()} /> : null}
        {prefs.data && me ? <PreferencesForm saved={prefs.data} isStaff={isStaff} onPushChange={setPushOn} /> : null}
      </Section>
      <Section id="device" title={notificationsWords.device.heading}>
        <PushDeviceSwitch pushPreferenceOn={pushOn ?? prefs.data?.push ?? true} />
      </Section>
    </Page>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-heading`}>
      <Stack gap="sm">
        <Title order={2} id={`${id}-heading`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
