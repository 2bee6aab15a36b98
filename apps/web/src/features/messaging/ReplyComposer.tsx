import { Button, NativeSelect, Paper, Stack, Textarea, Title } from '@mantine/core';
import { MESSAGE_MAX_CHARS, type MessageTemplate } from '@steadfast/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { messagingWords } from './messaging.words';
import type { Draft } from './useOutbox';

const words = messagingWords.reply;

interface ReplyComposerProps {
  draft: Draft;
  templates: MessageTemplate[] | undefined;
  onChange: (patch: Partial<Omit<Draft, 'key'>>) => void;
  onSend: (body: string) => void;
}

/** The care team's reply: free words, or a practice template to start from and make one's own. */
export function ReplyComposer({ draft, templates, onChange, onSend }: ReplyComposerProps) {
  const [error, setError] = useState<string>();
  const textarea = useRef<HTMLTextAreaElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = draft.body.trim();
    const problem = !body ? words.writeSomething : body.length > MESSAGE_MAX_CHARS ? messagingWords.composer.tooLong(MESSAGE_MAX_CHARS) : undefined;
    setError(problem);
    if (problem) return textarea.current?.focus();
    onSend(body);
    textarea.current?.focus();
  }

  function insertTemplate(id: string) {
    const template = templates?.find((t) => t.id === id);
    if (!template) return;
    // Added to what is already written, never over it.
    onChange({ body: draft.body.trim() ? `${draft.body.trimEnd()}\n\n${template.body}` : template.body });
    textarea.current?.focus();
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="reply-heading" data-testid="reply-composer">
      <Stack gap="sm">
        <Title order={2} id="reply-heading" size="h3">
          {words.heading}
        </Title>
        {templates && templates.length > 0 ? (
          <NativeSelect
            label={words.templates}
            value=""
            onChange={(e) => insertTemplate(e.currentTarget.value)}
            data={[{ value: '', label: words.templatesNone }, ...templates.map((t) => ({ value: t.id, label: t.title }))]}
            data-testid="reply-template"
          />
        ) : null}
        <Textarea
          ref={textarea}
          label={words.label}
          autosize
          minRows={3}
          maxRows={12}
          value={draft.body}
          onChange={(e) => {
            onChange({ body: e.currentTarget.value });
            if (error) setError(undefined);
          }}
          error={error}
          data-testid="reply-body"
        />
        <div>
          <Button type="submit" data-testid="send-reply">
            {words.send}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
