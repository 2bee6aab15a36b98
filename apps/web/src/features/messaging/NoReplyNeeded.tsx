import { Button, Group, Stack, Textarea } from '@mantine/core';
import type { Message } from '@steadfast/contracts';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useMarkNoReplyNeeded } from './messaging.api';
import { messagingWords } from './messaging.words';

const words = messagingWords.noReply;

/**
 * "No reply needed" on a client's message, with an optional kind word back (sent to the client
 * as a reply). Closed, it is one button; open, focus goes to the kind word and back on cancel.
 */
export function NoReplyNeeded({ message, onDone }: { message: Message; onDone: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const mark = useMarkNoReplyNeeded(message.clientId);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <Button ref={opener} size="xs" variant="default" mt="xs" onClick={() => setOpen(true)} data-testid="no-reply-needed">
        {words.button}
      </Button>
    );
  }
  const close = () => {
    setOpen(false);
    setTimeout(() => opener.current?.focus());
  };
  return (
    <Stack
      gap="xs"
      mt="xs"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        const kind = note.trim();
        mark.mutate({ messageId: message.id, ...(kind ? { note: kind } : {}) }, { onSuccess: () => onDone(words.marked) });
      }}
    >
      <Textarea
        ref={field}
        label={words.noteLabel}
        description={words.noteHint}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {mark.error ? <ErrorNotice error={mark.error} /> : null}
      <Group gap="xs">
        <Button type="submit" size="xs" loading={mark.isPending} data-testid="confirm-no-reply-needed">
          {words.confirm}
        </Button>
        <Button size="xs" variant="subtle" onClick={close}>
          {words.cancel}
        </Button>
      </Group>
    </Stack>
  );
}
