import { Button, Stack, Text } from '@mantine/core';
import { okayPlanSections } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDate } from '../../ui/format-date';
import { Loading } from '../../ui/Loading';
import { useOkayPlan } from './okay-plan.api';
import { okayPlanWords as words } from './okay-plan.words';
import { OkayPlanEditor } from './OkayPlanEditor';
import { OkayPlanSections } from './OkayPlanSections';

/** The okay plan for whoever may see it: read it, and write or change it one step at a time. */
export function OkayPlanWorkspace({ clientId, viewer }: { clientId: string; viewer: 'client' | 'clinician' }) {
  const plan = useOkayPlan(clientId);
  const [editing, setEditing] = useState(false);
  if (plan.isPending) return <Loading />;
  if (plan.error) return <ErrorNotice error={plan.error} onRetry={() => void plan.refetch()} />;
  const view = plan.data;
  if (editing) return <OkayPlanEditor view={view} onDone={() => setEditing(false)} />;
  const isEmpty = okayPlanSections.every((s) => view.plan[s].length === 0);
  return (
    <Stack gap="md">
      {view.updatedAt && view.updatedBy ? <Text c="dimmed">{words.updated(formatDate(view.updatedAt), view.updatedBy.name)}</Text> : null}
      {isEmpty ? <Text>{words.empty}</Text> : <OkayPlanSections plan={view.plan} />}
      {view.can.edit ? (
        <div>
          <Button onClick={() => setEditing(true)} variant={isEmpty ? 'filled' : 'default'}>
            {isEmpty ? (viewer === 'client' ? words.start : words.startClinician) : words.edit}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
