import { Button, Checkbox, Stack, Text, Textarea } from '@mantine/core';
import { REASSURANCE_NOTE_MAX } from '@steadfast/contracts';
import { useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useWriteNote } from './okay-plan.api';
import { notesWords as words } from './okay-plan.words';

/** A note to keep: from a clinician to the client, or from the client to their future self. */
export function WriteNoteForm({ clientId, toSelf }: { clientId: string; toSelf: boolean }) {
  const write = useWriteNote(clientId, toSelf);
  const [body, setBody] = useState('');
  const [pinned, setPinned] = useState(false);
  const [done, setDone] = useState(false);
  const tooLong = body.length > REASSURANCE_NOTE_MAX;

  async function submit() {
    if (!body.trim() || tooLong) return;
    await write.mutateAsync({ body: body.trim(), ...(pinned ? { pinned } : {}) });
    setBody('');
    setPinned(false);
    setDone(true);
  }

  return (
    <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void submit().catch(() => undefined))}>
      <Textarea
        label={toSelf ? words.writeToSelfLabel : words.writeNoteLabel}
        description={toSelf ? words.writeToSelfHint : words.writeNoteHint}
        value={body}
        autosize
        minRows={3}
        error={tooLong ? `Please keep it under ${REASSURANCE_NOTE_MAX} characters.` : undefined}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          setDone(false);
        }}
      />
      <Checkbox label={toSelf ? words.pin : words.pinForClient} checked={pinned} onChange={(e) => setPinned(e.currentTarget.checked)} />
      {write.error ? <ErrorNotice error={write.error} /> : null}
      {done ? (
        <Text role="status" c="harbour.9">
          {words.sent}
        </Text>
      ) : null}
      <div>
        <Button type="submit" loading={write.isPending} disabled={!body.trim()}>
          {toSelf ? words.save : words.send}
        </Button>
      </div>
    </Stack>
  );
}
