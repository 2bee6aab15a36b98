import { Alert, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { safetyPlanSections, type SafetyPlanView } from '@steadfast/contracts';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ConflictNotice, TheirVersion } from './ConflictNotice';
import { PlanSectionFields } from './PlanSectionFields';
import { draftErrors, toDraft, toPlan, type DraftErrors, type PlanDraft } from './safety-plans.draft';
import { safetyPlanEditorWords as words, safetyPlanWords } from './safety-plans.words';
import type { SaveConflict, usePlanSaver } from './usePlanSaver';

interface PlanEditorProps {
  saver: ReturnType<typeof usePlanSaver>;
  onSaved: (view: SafetyPlanView) => void;
  onCancel: () => void;
}

/** The whole plan as one form, step by step in order; saving makes a new version. */
export function PlanEditor({ saver, onSaved, onCancel }: PlanEditorProps) {
  const [draft, setDraft] = useState<PlanDraft>(() => toDraft(saver.base.plan));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [failed, setFailed] = useState(false);
  // Save is at the bottom of a long form: bring a conflict or a problem into view at the top.
  const noticeRef = useRef<HTMLDivElement>(null);
  const hasErrors = Object.keys(errors).length > 0;
  useEffect(() => {
    if (conflict || hasErrors) noticeRef.current?.scrollIntoView({ block: 'start' });
  }, [conflict, hasErrors]);

  async function save() {
    const found = draftErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setFailed(false);
    // A clinician saving without changes records that the plan was looked at together.
    const outcome = await saver.submit(toPlan(draft), { evenIfUnchanged: true });
    if (outcome.kind === 'saved') onSaved(outcome.view);
    else if (outcome.kind === 'conflict') {
      setConflict(outcome.conflict);
      setDraft(toDraft(outcome.conflict.merged));
    } else if (outcome.kind === 'failed') setFailed(true);
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="lg">
        <div ref={noticeRef} style={{ scrollMarginTop: 80 }}>
          {conflict ? <ConflictNotice conflict={conflict} /> : null}
        </div>
        {hasErrors ? (
          <Alert color="red" variant="light" role="alert">
            <Text>{words.errors.fixFirst}</Text>
          </Alert>
        ) : null}
        {safetyPlanSections.map((section) => (
          <Fieldset
            key={section}
            legend={
              <Text fw={700} size="lg" component="span">
                {safetyPlanWords.section[section]}
              </Text>
            }
            variant="default"
          >
            <Stack gap="sm">
              <Text size="sm">{words.prompts[section].hint}</Text>
              <PlanSectionFields section={section} draft={draft} onChange={setDraft} errors={errors} />
              <TheirVersion conflict={conflict} section={section} />
            </Stack>
          </Fieldset>
        ))}
        {failed && saver.error ? <ErrorNotice error={saver.error} /> : null}
        <Group className="plan-save-bar" gap="sm">
          <Button type="submit" loading={saver.pending}>
            {words.save}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={saver.pending}>
            {words.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
