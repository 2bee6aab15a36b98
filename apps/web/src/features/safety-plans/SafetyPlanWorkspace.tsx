import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { safetyPlanSections, type SafetyPlanSection, type SafetyPlanView } from '@steadfast/contracts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/format-date';
import { GuidedPlan } from './GuidedPlan';
import { PlanEditor } from './PlanEditor';
import { PlanHistory } from './PlanHistory';
import { PlanSectionsView } from './PlanSectionsView';
import { usePlanSaver } from './usePlanSaver';
import { safetyPlanEditorWords as words, safetyPlanWords } from './safety-plans.words';

export interface WorkspaceProps {
  clientId: string;
  view: SafetyPlanView;
  /** Loads the newest plan (after someone else saved first). */
  reload: () => Promise<SafetyPlanView | undefined>;
  /** The client's own plan: first-person words, one-tap links, the device copy kept fresh. */
  ownPlan: boolean;
  printHref: string;
  timeZone?: string | undefined;
}

type Mode = { kind: 'read'; notice?: string } | { kind: 'edit' } | { kind: 'guided'; steps: readonly SafetyPlanSection[] } | { kind: 'done' };

/** Reading, changing and (for clinicians) the history of one plan. An empty plan guides. */
export function SafetyPlanWorkspace(props: WorkspaceProps) {
  const { view, ownPlan } = props;
  const [mode, setMode] = useState<Mode>(() =>
    ownPlan && view.version === 0 && view.can.edit ? { kind: 'guided', steps: safetyPlanSections } : { kind: 'read' },
  );
  // Each editing session starts from the plan as it is now: that version is its base.
  const [session, setSession] = useState(0);
  const begin = (next: Mode) => {
    setSession(session + 1);
    setMode(next);
  };
  const savedNotice = ownPlan ? words.saved : words.savedByClinician;

  if (mode.kind === 'edit') {
    return <EditSession key={session} {...props} kind="edit" onClose={(saved) => setMode({ kind: 'read', ...(saved ? { notice: savedNotice } : {}) })} />;
  }
  if (mode.kind === 'guided') {
    return <EditSession key={session} {...props} kind="guided" steps={mode.steps} onClose={(saved) => setMode(saved ? { kind: 'done' } : { kind: 'read' })} />;
  }
  return (
    <Stack gap="lg">
      {mode.kind === 'done' ? <Done onSee={() => setMode({ kind: 'read' })} /> : null}
      {mode.kind === 'read' && mode.notice ? (
        <Alert color="harbour" variant="light" role="status">
          {mode.notice}
        </Alert>
      ) : null}
      <Status {...props} onEdit={() => begin({ kind: 'edit' })} onGuide={(steps) => begin({ kind: 'guided', steps })} />
      {view.version > 0 || ownPlan ? <PlanSectionsView plan={view.plan} careRoute={view.careRoute} oneTapLinks={ownPlan} /> : null}
      {view.can.viewHistory && view.version > 0 ? <PlanHistory clientId={props.clientId} timeZone={props.timeZone} /> : null}
    </Stack>
  );
}

interface EditSessionProps extends WorkspaceProps {
  kind: 'edit' | 'guided';
  steps?: readonly SafetyPlanSection[];
  onClose: (saved: boolean) => void;
}

function EditSession({ clientId, view, reload, ownPlan, kind, steps = safetyPlanSections, onClose }: EditSessionProps) {
  const saver = usePlanSaver(clientId, ownPlan, view, reload);
  // A ref, not state: the last step saves and finishes in the same tick.
  const savedOnce = useRef(false);
  if (kind === 'edit') return <PlanEditor saver={saver} onSaved={() => onClose(true)} onCancel={() => onClose(false)} />;
  return (
    <Stack gap="md">
      <Paper p="md" bg="harbour.0">
        <Title order={2}>{words.guided.title}</Title>
        <Text mt="xs">{ownPlan ? words.guided.intro : words.guided.clinicianIntro}</Text>
      </Paper>
      <GuidedPlan steps={steps} saver={saver} onSaved={() => (savedOnce.current = true)} onDone={() => onClose(savedOnce.current || view.version > 0)} />
    </Stack>
  );
}

function Done({ onSee }: { onSee: () => void }) {
  return (
    <Alert color="harbour" variant="light" role="status" title={words.guided.doneTitle}>
      <Stack gap="xs">
        <Text>{words.guided.doneText}</Text>
        <div>
          <Button size="xs" variant="default" onClick={onSee}>
            {words.guided.seePlan}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}

interface StatusProps extends WorkspaceProps {
  onEdit: () => void;
  onGuide: (steps: readonly SafetyPlanSection[]) => void;
}

/** Who changed the plan and when, when it was last looked at together, and what is still empty. */
function Status({ view, ownPlan, printHref, timeZone, onEdit, onGuide }: StatusProps) {
  const { filledSteps, totalSteps, missing } = view.completeness;
  const empty = view.version === 0;
  return (
    <Paper withBorder p="md" className="plan-no-print" data-testid="plan-status">
      <Stack gap="sm">
        {empty ? <Text>{words.noPlanYet}</Text> : null}
        {view.updatedBy && view.updatedAt ? <Text size="sm">{words.updatedBy(view.updatedBy.name, formatDateTime(view.updatedAt, timeZone))}</Text> : null}
        {!empty ? <Text size="sm">{view.lastReviewedAt ? words.lastReviewed(formatDateTime(view.lastReviewedAt, timeZone)) : words.notReviewed}</Text> : null}
        <Text fw={600}>{words.completeness(filledSteps, totalSteps)}</Text>
        {missing.length > 0 && !empty ? (
          <div>
            <Text size="sm">{words.missingIntro}</Text>
            <List size="sm">
              {missing.map((s) => (
                <List.Item key={s}>{safetyPlanWords.section[s]}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <Group gap="sm">
          {view.can.edit && empty ? <Button onClick={() => onGuide(safetyPlanSections)}>{words.startGuided}</Button> : null}
          {view.can.edit && missing.length > 0 && !empty ? <Button onClick={() => onGuide(missing)}>{words.fillMissing}</Button> : null}
          {view.can.edit && !empty ? (
            <Button variant={missing.length > 0 ? 'default' : 'filled'} onClick={onEdit}>
              {ownPlan ? words.editOwn : words.edit}
            </Button>
          ) : null}
          {!empty ? (
            <Button component={Link} to={printHref} variant="default">
              {ownPlan ? words.printOwn : words.print}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
