import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { MESSAGE_MAX_CHARS, type IntentChoice, type MessageIntent } from '@steadfast/contracts';
import { useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { IntentPicker } from './IntentPicker';
import classes from './messaging.module.css';
import { messagingWords } from './messaging.words';
import type { Draft } from './useOutbox';

const words = messagingWords.composer;

interface ClientComposerProps {
  draft: Draft;
  choices: IntentChoice[];
  onChange: (patch: Partial<Omit<Draft, 'key'>>) => void;
  /** Called with a checked message; the page keeps it in the outbox and sends it. */
  onSend: (message: { intent: MessageIntent; body: string }) => void;
  /** The person chose "I'm not safe": show their crisis routes now. */
  onOpenCrisisRoutes: () => void;
  textareaRef: Ref<HTMLTextAreaElement>;
  /** What became of the last message, shown under the Send button. */
  outcome?: ReactNode;
}

interface Errors {
  body?: string;
  intent?: string;
}

/**
 * Writing to the care team: the words first, then what kind of message it is, then Send. Nothing
 * is cut off while typing (a too-long message is explained, not trimmed), and a problem moves
 * focus to the field that needs attention.
 */
export function ClientComposer({ draft, choices, onChange, onSend, onOpenCrisisRoutes, textareaRef, outcome }: ClientComposerProps) {
  const [errors, setErrors] = useState<Errors>({});
  const picker = useRef<HTMLFieldSetElement>(null);
  const localTextarea = useRef<HTMLTextAreaElement | null>(null);
  const left = MESSAGE_MAX_CHARS - draft.body.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = draft.body.trim();
    const found: Errors = {};
    if (!body) found.body = words.writeSomething;
    else if (body.length > MESSAGE_MAX_CHARS) found.body = words.tooLong(MESSAGE_MAX_CHARS);
    if (!draft.intent) found.intent = words.chooseIntent;
    setErrors(found);
    if (found.body) return localTextarea.current?.focus();
    if (found.intent || !draft.intent) return picker.current?.querySelector('input')?.focus();
    onSend({ intent: draft.intent, body });
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="compose-heading" data-testid="client-composer">
      <Stack gap="md">
        <Title order={2} id="compose-heading" size="h3">
          {words.heading}
        </Title>
        <Textarea
          ref={(el) => {
            localTextarea.current = el;
            if (typeof textareaRef === 'function') textareaRef(el);
            else if (textareaRef) textareaRef.current = el;
          }}
          label={words.messageLabel}
          description={left < 500 ? `${words.messageHint} ${words.charactersLeft(Math.max(0, left))}` : words.messageHint}
          autosize
          minRows={3}
          maxRows={10}
          value={draft.body}
          onChange={(e) => {
            onChange({ body: e.currentTarget.value });
            if (errors.body) setErrors((x) => ({ ...x, body: undefined }));
          }}
          error={errors.body}
          data-testid="message-body"
        />
        <IntentPicker
          ref={picker}
          choices={choices}
          value={draft.intent}
          error={errors.intent}
          onChange={(intent) => {
            onChange({ intent });
            setErrors((x) => ({ ...x, intent: undefined }));
          }}
        />
        {draft.intent === 'crisis' ? <CrisisChosen onOpen={onOpenCrisisRoutes} /> : null}
        <div>
          <Button type="submit" size="md" data-testid="send-message">
            {words.send}
          </Button>
        </div>
        {outcome}
      </Stack>
    </Paper>
  );
}

/** Shown the moment "I'm not safe" is chosen, before anything is sent: the routes are one tap away. */
function CrisisChosen({ onOpen }: { onOpen: () => void }) {
  return (
    <Paper p="md" bg="ember.0" className={classes.crisisChosen} data-testid="crisis-chosen">
      <Stack gap="xs">
        <Text fw={650}>{words.crisisChosen.heading}</Text>
        <Text>{words.crisisChosen.body}</Text>
        <div>
          <Button color="ember" onClick={onOpen} data-testid="open-crisis-routes">
            {words.crisisChosen.open}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
