import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { SafetyPlanVersionSummary } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { PlanSectionsView } from './PlanSectionsView';
import { useSafetyPlanVersion, useSafetyPlanVersions } from './safety-plans.editing.api';
import { safetyPlanEditorWords as words, safetyPlanWords } from './safety-plans.words';

/** Every saved version with who, when and which steps changed; any one opens in full. */
export function PlanHistory({ clientId, timeZone }: { clientId: string; timeZone?: string | undefined }) {
  const versions = useSafetyPlanVersions(clientId, true);
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-history-heading" className="plan-no-print" data-testid="plan-history">
      <Title order={2} id="plan-history-heading">
        {words.history.heading}
      </Title>
      <Text>{words.history.intro}</Text>
      {versions.isPending ? <Loading /> : null}
      {versions.error ? <ErrorNotice error={versions.error} onRetry={() => void versions.refetch()} /> : null}
      {versions.data?.versions.length === 0 ? <Text>{words.history.none}</Text> : null}
      <List listStyleType="none" spacing="sm" styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
        {versions.data?.versions.map((v) => (
          <List.Item key={v.version}>
            <VersionEntry
              summary={v}
              timeZone={timeZone}
              open={open === v.version}
              onToggle={() => setOpen(open === v.version ? null : v.version)}
              clientId={clientId}
            />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

interface VersionEntryProps {
  summary: SafetyPlanVersionSummary;
  timeZone?: string | undefined;
  open: boolean;
  onToggle: () => void;
  clientId: string;
}

function VersionEntry({ summary, timeZone, open, onToggle, clientId }: VersionEntryProps) {
  const detail = useSafetyPlanVersion(clientId, open ? summary.version : null);
  const panelId = `plan-version-${summary.version}`;
  const changed = summary.changedSections.map((s) => safetyPlanWords.section[s]);
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Title order={3} size="h5">
            {words.history.version(summary.version)}
          </Title>
          <Text size="sm">{words.history.by(summary.author.name, summary.author.role, formatDateTime(summary.createdAt, timeZone))}</Text>
          <Text size="sm">{changed.length > 0 ? `${words.history.changed} ${changed.join('; ')}` : words.history.reviewed}</Text>
        </div>
        <Button variant="default" size="xs" onClick={onToggle} aria-expanded={open} aria-controls={panelId}>
          {open ? words.history.close(summary.version) : words.history.open(summary.version)}
        </Button>
      </Group>
      {open ? (
        <div id={panelId}>
          {detail.isPending ? <Loading /> : null}
          {detail.error ? <ErrorNotice error={detail.error} /> : null}
          {detail.data ? (
            <Stack mt="sm">
              <PlanSectionsView plan={detail.data.plan} level={4} />
            </Stack>
          ) : null}
        </div>
      ) : null}
    </Paper>
  );
}
