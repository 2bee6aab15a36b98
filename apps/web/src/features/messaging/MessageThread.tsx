import { Button, Group, Text } from '@mantine/core';
import type { Message } from '@steadfast/contracts';
import { useImperativeHandle, type ReactNode, type Ref } from 'react';
import { MessageBubble, type Audience } from './MessageBubble';
import type { OutboxItem } from './messaging.outbox';
import classes from './messaging.module.css';
import { messagingWords as words } from './messaging.words';
import { useThreadScroll } from './useThreadScroll';

export interface MessageThreadProps {
  messages: Message[];
  /** What this device is still to send, shown after the sent messages. */
  pending: readonly OutboxItem[];
  audience: Audience;
  timeZone: string | undefined;
  now: number;
  online: boolean;
  emptyText: string;
  hasOlder: boolean;
  loadingOlder: boolean;
  onLoadOlder: () => void;
  onRetry: (key: string) => void;
  onEdit: (key: string) => void;
  /** Says something in the page's live region. */
  announce: (text: string) => void;
  actionsFor?: (message: Message) => ReactNode;
  /** The scrolling box, for moving focus back into the conversation. */
  boxRef?: Ref<HTMLDivElement>;
}

/**
 * The conversation, newest last, in its own scrolling box. It opens at the newest message, follows
 * new ones while the person is reading at the bottom, and keeps their place when earlier messages
 * are loaded above (by the button, or by scrolling to the top).
 */
export function MessageThread(props: MessageThreadProps) {
  const { messages, pending, hasOlder, loadingOlder } = props;
  const { box, earlier, loadOlder, onScroll } = useThreadScroll(props);
  useImperativeHandle(props.boxRef, () => box.current as HTMLDivElement, [box]);

  return (
    <div ref={box} className={classes.thread} role="region" aria-label={words.thread.label} tabIndex={0} data-testid="message-thread" onScroll={onScroll}>
      <div className={classes.earlier} ref={hasOlder ? earlier : undefined}>
        {hasOlder ? (
          <Button variant="default" size="sm" onClick={loadOlder} loading={loadingOlder} data-testid="show-earlier">
            {words.thread.showEarlier}
          </Button>
        ) : messages.length > 0 ? (
          <Text size="sm" c="dimmed">
            {words.thread.start}
          </Text>
        ) : null}
      </div>
      {messages.length === 0 && pending.length === 0 ? <Text>{props.emptyText}</Text> : null}
      <ol className={classes.list}>
        {messages.map((m) => (
          <MessageBubble key={m.id} message={m} audience={props.audience} now={props.now} timeZone={props.timeZone} actions={props.actionsFor?.(m)} />
        ))}
        {pending.map((item) => (
          <PendingBubble key={item.key} item={item} online={props.online} onRetry={props.onRetry} onEdit={props.onEdit} />
        ))}
      </ol>
    </div>
  );
}

function PendingBubble({
  item,
  online,
  onRetry,
  onEdit,
}: {
  item: OutboxItem;
  online: boolean;
  onRetry: (key: string) => void;
  onEdit: (key: string) => void;
}) {
  const status =
    item.state === 'refused'
      ? words.outbox.refused
      : !online
        ? words.outbox.waitingOffline
        : item.attempts > 0
          ? words.outbox.waitingRetry
          : words.outbox.sending;
  return (
    <li className={`${classes.item} ${classes.mine}`} data-testid="pending-message" data-state={item.state}>
      <article className={`${classes.bubble} ${classes.bubbleMine} ${classes.bubblePending}`} aria-label={status}>
        <div className={classes.meta}>
          <span className={classes.author}>{words.thread.you}</span>
        </div>
        <p className={classes.body}>{item.body}</p>
        <Text className={classes.receipt} fw={600} data-testid="pending-status">
          {status}
        </Text>
        {item.state === 'refused' ? (
          <Group gap="xs" mt="xs">
            <Button size="xs" variant="default" onClick={() => onRetry(item.key)}>
              {words.outbox.tryAgain}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => onEdit(item.key)}>
              {words.outbox.edit}
            </Button>
          </Group>
        ) : null}
      </article>
    </li>
  );
}
