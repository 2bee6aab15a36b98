import { Anchor, Button, Checkbox, MultiSelect, Paper, Stack, Text } from '@mantine/core';
import type { PeerSettingsView } from '@steadfast/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LoadingPage } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { usePeerSettings, useUpdatePeerSettings } from './peer-space.api';
import { peerWords } from './peer-space.words';

const words = peerWords.settings;

/** The admin opens or closes the peer space and names its moderators. */
export default function PeerSettingsPage() {
  const settings = usePeerSettings();
  // Held here: the form starts again from each saved version, and "Saved." stays after it does.
  const save = useUpdatePeerSettings();
  if (settings.isPending) return <LoadingPage title={words.title} />;
  if (settings.error) return <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Page title={words.title} intro={words.intro}>
      <SettingsForm key={settings.data.version} current={settings.data} save={save} />
      <Anchor component={Link} to="/peer/moderation">
        {words.moderation}
      </Anchor>
    </Page>
  );
}

function SettingsForm({ current, save }: { current: PeerSettingsView; save: ReturnType<typeof useUpdatePeerSettings> }) {
  const [enabled, setEnabled] = useState(current.enabled);
  const [moderatorIds, setModeratorIds] = useState(current.moderatorIds);
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ enabled, moderatorIds, version: current.version });
        }}
      >
        <Stack gap="md">
          <Checkbox label={words.enabled} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} data-testid="peer-enabled" />
          <MultiSelect
            label={words.moderators}
            data={current.staff.map((p) => ({ value: p.id, label: p.name }))}
            value={moderatorIds}
            onChange={setModeratorIds}
            searchable
          />
          {save.error ? <ErrorNotice error={save.error} /> : null}
          {save.isSuccess ? <Text role="status">{words.saved}</Text> : null}
          <div>
            <Button type="submit" loading={save.isPending}>
              {words.save}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
