import { Alert, Text } from '@mantine/core';
import type { SafetyPlanSection } from '@steadfast/contracts';
import type { ReactNode } from 'react';
import { PlanSectionsView } from './PlanSectionsView';
import type { SaveConflict } from './usePlanSaver';
import { safetyPlanEditorWords as words } from './safety-plans.words';

/** Says plainly that someone else saved first, and that nothing typed here was lost. */
export function ConflictNotice({ conflict }: { conflict: SaveConflict }) {
  return (
    <Alert color="yellow" variant="light" role="alert" data-testid="plan-conflict">
      <Text>{conflict.byName ? words.conflict(conflict.byName) : words.conflictSomeone}</Text>
    </Alert>
  );
}

/** Under a step both people changed: the other person's words, read-only, to compare. */
export function TheirVersion({ conflict, section }: { conflict: SaveConflict | null; section: SafetyPlanSection }): ReactNode {
  if (!conflict || !conflict.bothChanged.includes(section)) return null;
  return (
    <Alert color="gray" variant="outline" title={words.theirVersion} mt="sm">
      <Text size="sm" mb="xs">
        {words.bothChanged}
      </Text>
      <PlanSectionsView plan={conflict.newer} level={3} only={[section]} />
    </Alert>
  );
}
