import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { CLINICAL_NOTE_MAX } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { clinicalNotesWords as words } from './clinical-notes.words';

interface ClinicalNoteFormProps {
  label: string;
  hint: string;
  submitLabel: string;
  savedMessage: string;
  initial?: string;
  pending: boolean;
  error: unknown;
  onSave: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}

/** The text of a new note or of an amendment: one labelled field, saved as written. */
export function ClinicalNoteForm({ label, hint, submitLabel, savedMessage, initial = '', pending, error, onSave, onCancel }: ClinicalNoteFormProps) {
  const [body, setBody] = useState(initial);
  const [done, setDone] = useState(false);
  const tooLong = body.length > CLINICAL_NOTE_MAX;
  const unchanged = !body.trim() || body.trim() === initial.trim();

  async function submit() {
    if (unchanged || tooLong) return;
    await onSave(body.trim());
    setBody('');
    setDone(true);
  }

  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void submit().catch(() => undefined))}>
      <Textarea
        label={label}
        description={hint}
        value={body}
        autosize
        minRows={4}
        error={tooLong ? words.tooLong(CLINICAL_NOTE_MAX) : undefined}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          setDone(false);
        }}
      />
      {error ? <ErrorNotice error={error} /> : null}
      {done ? (
        <Text role="status" c="harbour.9">
          {savedMessage}
        </Text>
      ) : null}
      <Group gap="sm">
        <Button type="submit" loading={pending} disabled={unchanged}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="default" onClick={onCancel}>
            {words.cancel}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
