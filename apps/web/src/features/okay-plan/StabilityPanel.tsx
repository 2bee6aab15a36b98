import { Alert, Button, Group, List, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import type { StabilitySettings, StabilityView } from '@steadfast/contracts';
import { useState } from 'react';
import { ApiError } from '../../app/api';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useSaveStabilitySettings, useStability } from './okay-plan.api';
import { stabilityWords as words } from './okay-plan.words';

const FIELDS = ['minDays', 'moodFloor', 'maxUrgeSpread', 'dipDays'] as const;
type Field = (typeof FIELDS)[number];

/** The client's stable stretches for the care team: the one going on, the recent ones, and this client's own thresholds. */
export function StabilityPanel({ clientId }: { clientId: string }) {
  const stability = useStability(clientId);
  if (stability.error instanceof ApiError && stability.error.status === 403) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stability-heading" data-testid="stability-panel">
      <Stack gap="sm">
        <Title order={2} id="stability-heading">
          {words.settingsHeading}
        </Title>
        <Text size="sm">{words.settingsIntro}</Text>
        {stability.isPending ? <Loading /> : null}
        {stability.error ? <ErrorNotice error={stability.error} onRetry={() => void stability.refetch()} /> : null}
        {stability.data ? <StabilityDetails clientId={clientId} view={stability.data} /> : null}
      </Stack>
    </Paper>
  );
}

function StabilityDetails({ clientId, view }: { clientId: string; view: StabilityView }) {
  return (
    <>
      <Text fw={600}>{view.current ? words.current(view.current.days, day(view.current.since)) : words.noCurrent}</Text>
      {view.recent.length > 0 ? (
        <>
          <Title order={3} size="h5">
            {words.recentHeading}
          </Title>
          <List size="sm">
            {view.recent.map((s) => (
              <List.Item key={s.since}>{words.stretch(day(s.since), day(s.through), s.days)}</List.Item>
            ))}
          </List>
        </>
      ) : null}
      {view.can.configure ? <ThresholdsForm clientId={clientId} view={view} /> : null}
    </>
  );
}

function ThresholdsForm({ clientId, view }: { clientId: string; view: StabilityView }) {
  const [draft, setDraft] = useState<StabilitySettings>(view.settings);
  const save = useSaveStabilitySettings(clientId);
  const inForce: Record<Field, string> = {
    minDays: String(view.thresholds.minDays),
    moodFloor: view.thresholds.moodFloor === null ? words.floorFrom.none : `${view.thresholds.moodFloor} (${words.floorFrom[view.thresholds.moodFloorFrom]})`,
    maxUrgeSpread: String(view.thresholds.maxUrgeSpread),
    dipDays: String(view.thresholds.dipDays),
  };
  const limits: Record<Field, { min: number; max: number; step: number }> = {
    minDays: { min: 3, max: 60, step: 1 },
    moodFloor: { min: 0, max: 10, step: 0.5 },
    maxUrgeSpread: { min: 0, max: 5, step: 0.1 },
    dipDays: { min: 0, max: 3, step: 1 },
  };
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(draft);
      }}
    >
      <Group gap="md" align="flex-start" wrap="wrap">
        {FIELDS.map((field) => (
          <NumberInput
            key={field}
            w={220}
            size="sm"
            label={words.fields[field]}
            description={words.inForce(inForce[field])}
            value={draft[field] ?? ''}
            {...limits[field]}
            onChange={(v) => setDraft({ ...draft, [field]: typeof v === 'number' ? v : null })}
          />
        ))}
      </Group>
      <Group>
        <Button type="submit" size="sm" loading={save.isPending}>
          {words.save}
        </Button>
      </Group>
      {save.isSuccess ? (
        <Alert color="teal" variant="light" role="status" p="xs">
          {words.saved}
        </Alert>
      ) : null}
      {save.error ? <ErrorNotice error={save.error} /> : null}
    </Stack>
  );
}

function day(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}
