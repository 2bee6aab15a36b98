import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useReassuranceNotes } from './okay-plan.api';
import { notesWords as words } from './okay-plan.words';
import { NoteCard } from './NoteCard';

/**
 * The client's pinned notes on their home, with the way to the okay plan and every note. No
 * loading mark: the home's crisis route never waits for it, and the links work at once.
 */
export function PinnedNotes({ clientId }: { clientId: string | undefined }) {
  const notes = useReassuranceNotes(clientId);
  const pinned = notes.data?.notes.filter((n) => n.pinned) ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="pinned-notes-heading" data-testid="pinned-notes">
      <Title order={2} id="pinned-notes-heading">
        {pinned.length > 0 ? words.pinnedHeading : words.title}
      </Title>
      {notes.data?.offerOkayPlan ? <Text data-testid="okay-plan-offer">{words.calmOffer}</Text> : null}
      {pinned.map((note) => (
        <NoteCard key={note.id} note={note} />
      ))}
      <Group gap="lg">
        <Anchor component={Link} to="/okay-plan" fw={600}>
          {words.okayPlanLink}
        </Anchor>
        <Anchor component={Link} to="/notes" fw={600}>
          {words.allNotes}
        </Anchor>
      </Group>
    </Stack>
  );
}
