import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReassuranceNoteView } from '@steadfast/contracts';
import { formatDate } from '../../ui/format-date';
import { notesWords as words } from './okay-plan.words';

interface NoteCardProps {
  note: ReassuranceNoteView;
  /** Shown to the client, who may pin a note on their home. */
  onPin?: (pinned: boolean) => void;
  pinPending?: boolean;
}

/** One note as it is kept: the words first, then who wrote it and when. */
export function NoteCard({ note, onPin, pinPending }: NoteCardProps) {
  return (
    <Paper withBorder p="md" component="article" bg={note.pinned ? 'harbour.0' : undefined} data-testid="reassurance-note">
      <Stack gap="xs">
        <Text size="lg" style={{ whiteSpace: 'pre-wrap' }}>
          {note.body}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {note.kind === 'self' ? words.toSelf : words.fromCareTeam(note.author.name)} · {formatDate(note.createdAt)}
          </Text>
          <Group gap="xs">
            {note.pinned ? (
              <Badge variant="light" color="harbour">
                {words.pinned}
              </Badge>
            ) : null}
            {onPin ? (
              <Button size="xs" variant="subtle" loading={pinPending} onClick={() => onPin(!note.pinned)}>
                {note.pinned ? words.unpin : words.pin}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
