import { Box, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { ClinicalNoteView } from '@steadfast/contracts';
import { useId, useState } from 'react';
import { formatDateTime } from '../../ui/format-date';
import { useAmendClinicalNote } from './clinical-notes.api';
import { clinicalNotesWords as words } from './clinical-notes.words';
import { ClinicalNoteForm } from './ClinicalNoteForm';

/**
 * One note as it now reads, and below it every version its amendments replaced, each with who
 * wrote it and when: the record shows its corrections rather than hiding them.
 */
export function ClinicalNoteCard({ note, canAmend, timeZone }: { note: ClinicalNoteView; canAmend: boolean; timeZone?: string }) {
  const [amending, setAmending] = useState(false);
  const [amendedNow, setAmendedNow] = useState(false);
  const amend = useAmendClinicalNote(note.clientId, note.id);
  const headingId = useId();
  const [current, ...replaced] = note.versions;
  const first = note.versions.at(-1)!;
  const when = (iso: string) => formatDateTime(iso, timeZone);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId} data-testid="clinical-note">
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {words.noteLabel(when(first.createdAt))}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="clinical-note-current">
          {current!.body}
        </Text>
        <Text size="sm" c="dimmed">
          {replaced.length > 0
            ? words.amendedBy(current!.author.name, when(current!.createdAt))
            : words.writtenBy(current!.author.name, when(current!.createdAt))}
        </Text>
        {replaced.length > 0 ? (
          <Stack gap="xs" component="section" aria-label={words.replacedHeading(replaced.length)}>
            <Text size="sm" fw={600}>
              {words.replacedHeading(replaced.length)}
            </Text>
            {replaced.map((v) => (
              <Box key={v.id} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }} data-testid="clinical-note-replaced">
                <Text size="sm" c="dimmed">
                  {words.replacedVersion(v.version, v.author.name, when(v.createdAt))}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {v.body}
                </Text>
              </Box>
            ))}
          </Stack>
        ) : null}
        {amendedNow && !amending ? (
          <Text role="status" size="sm" c="harbour.9">
            {words.amended}
          </Text>
        ) : null}
        {canAmend && amending ? (
          <ClinicalNoteForm
            label={words.amendLabel}
            hint={words.amendHint}
            submitLabel={words.saveAmendment}
            savedMessage={words.amended}
            initial={current!.body}
            pending={amend.isPending}
            error={amend.error}
            onSave={async (body) => {
              await amend.mutateAsync({ body, baseVersion: current!.version });
              setAmending(false);
              setAmendedNow(true);
            }}
            onCancel={() => setAmending(false)}
          />
        ) : null}
        {canAmend && !amending ? (
          <div>
            <Button
              variant="default"
              size="sm"
              onClick={() => {
                amend.reset();
                setAmendedNow(false);
                setAmending(true);
              }}
            >
              {words.amend}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
