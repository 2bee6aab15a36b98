import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { SafetyPlanSection, SafetyPlanView } from '@steadfast/contracts';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ConflictNotice, TheirVersion } from './ConflictNotice';
import { PlanSectionFields } from './PlanSectionFields';
import { draftErrors, sectionErrors, toDraft, toPlan, type DraftErrors, type PlanDraft } from './safety-plans.draft';
import { safetyPlanEditorWords as words } from './safety-plans.words';
import type { SaveConflict, usePlanSaver } from './usePlanSaver';

interface GuidedPlanProps {
  steps: readonly SafetyPlanSection[];
  saver: ReturnType<typeof usePlanSaver>;
  onSaved: (view: SafetyPlanView) => void;
  onDone: () => void;
}

/**
 * A plan one step at a time (never a blank page). Each step is saved as the person moves on,
 * so stopping halfway keeps what was written; skipped steps wait for later or for a session.
 */
export function GuidedPlan({ steps, saver, onSaved, onDone }: GuidedPlanProps) {
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<PlanDraft>(() => toDraft(saver.base.plan));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const section = steps[index]!;
  const prompt = words.prompts[section];
  const last = index === steps.length - 1;

  // Moving to a step puts focus on its question, so a screen reader reads where the person is.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);

  async function saveThen(next: () => void) {
    const found = sectionErrors(draftErrors(draft), section);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setFailed(false);
    const outcome = await saver.submit(toPlan(draft));
    if (outcome.kind === 'conflict') {
      setConflict(outcome.conflict);
      setDraft(toDraft(outcome.conflict.merged));
      return;
    }
    if (outcome.kind === 'failed') return setFailed(true);
    if (outcome.kind === 'saved') onSaved(outcome.view);
    setConflict(null);
    next();
  }

  return (
    <Stack gap="md" data-testid="guided-plan">
      <Stack gap={4}>
        <Text fw={600}>{words.guided.stepOf(index + 1, steps.length)}</Text>
        <Progress value={((index + 1) / steps.length) * 100} aria-hidden size="sm" />
      </Stack>
      <Title order={3} size="h2" ref={headingRef} tabIndex={-1}>
        {prompt.question}
      </Title>
      <Text>{prompt.hint}</Text>
      {conflict ? <ConflictNotice conflict={conflict} /> : null}
      <PlanSectionFields section={section} draft={draft} onChange={setDraft} errors={errors} />
      <TheirVersion conflict={conflict} section={section} />
      {Object.keys(errors).length > 0 ? (
        <Alert color="red" variant="light" role="alert">
          <Text>{words.errors.fixFirst}</Text>
        </Alert>
      ) : null}
      {failed && saver.error ? <ErrorNotice error={saver.error} /> : null}
      <Group gap="sm">
        <Button loading={saver.pending} onClick={() => void saveThen(last ? onDone : () => setIndex(index + 1))}>
          {last ? words.guided.finish : words.guided.next}
        </Button>
        {!last ? (
          <Button variant="default" onClick={() => setIndex(index + 1)} disabled={saver.pending}>
            {words.guided.skip}
          </Button>
        ) : null}
        {index > 0 ? (
          <Button variant="subtle" onClick={() => setIndex(index - 1)} disabled={saver.pending}>
            {words.guided.back}
          </Button>
        ) : null}
      </Group>
      <div>
        <Button variant="subtle" size="sm" onClick={() => void saveThen(onDone)} disabled={saver.pending}>
          {words.guided.stop}
        </Button>
      </div>
    </Stack>
  );
}
