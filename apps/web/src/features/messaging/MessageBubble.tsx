import { Badge, Text } from '@mantine/core';
import type { Message } from '@steadfast/contracts';
import { Fragment, type ReactNode } from 'react';
import { clockWords } from '../risk/risk.time';
import { LevelBadge } from '../risk/LevelBadge';
import { triageWords } from '../risk/risk.words';
import { markedParts, receiptWords } from './messaging.display';
import classes from './messaging.module.css';
import { messagingWords as words } from './messaging.words';

export type Audience = 'client' | 'clinician';

interface MessageBubbleProps {
  message: Message;
  audience: Audience;
  now: number;
  timeZone: string | undefined;
  /** A clinician's actions on this message ("No reply needed"). */
  actions?: ReactNode;
}

/**
 * One message. A client sees their own choice of intent and who has seen what they wrote; a
 * clinician also sees the words the screener noticed, marked, and whether a reply is awaited.
 */
export function MessageBubble({ message, audience, now, timeZone, actions }: MessageBubbleProps) {
  const mine = message.author.isMe;
  const metaId = `message-${message.id}-meta`;
  // Receipts matter to the one who wrote: a client on their own messages, the care team on theirs and the client's.
  const showReceipt = audience === 'clinician' || mine;
  return (
    <li className={`${classes.item} ${mine ? classes.mine : ''}`} data-testid="message" data-message-id={message.id}>
      <article className={`${classes.bubble} ${mine ? classes.bubbleMine : ''}`} aria-labelledby={metaId}>
        <div className={classes.meta} id={metaId}>
          <span className={classes.author}>{mine ? words.thread.you : message.author.name}</span>
          <time dateTime={message.createdAt}>{clockWords(message.createdAt, now, timeZone)}</time>
          {message.intent ? (
            <Badge variant="outline" color="gray.7" radius="sm" size="sm">
              {audience === 'client' ? words.intentTag[message.intent] : words.intentForClinicians[message.intent]}
            </Badge>
          ) : null}
          {audience === 'clinician' && message.risk && message.risk.level !== 'none' ? <LevelBadge level={message.risk.level} /> : null}
        </div>
        <Body message={message} />
        {showReceipt ? (
          <Text className={classes.receipt} data-testid="message-receipt">
            {receiptWords(message, now, timeZone)}
          </Text>
        ) : null}
        {audience === 'clinician' ? <CareTeamNotes message={message} now={now} timeZone={timeZone} /> : null}
        {actions}
      </article>
    </li>
  );
}

function Body({ message }: { message: Message }) {
  const parts = markedParts(message.body, message.risk);
  return (
    <p className={classes.body}>
      {parts.map((part, i) =>
        part.construct ? (
          <mark key={i} className={classes.mark} title={triageWords.construct(part.construct)}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}

/** For the care team only: waiting for a reply, by when, or closed without one. */
function CareTeamNotes({ message, now, timeZone }: { message: Message; now: number; timeZone: string | undefined }) {
  const t = words.clinicianTags;
  const notes: string[] = [];
  if (message.risk && message.risk.reasons.length > 0) notes.push(t.screened);
  if (message.awaitingReply) {
    notes.push(message.expectedReplyBy ? `${t.awaitingReply}. ${t.replyBy(clockWords(message.expectedReplyBy, now, timeZone))}` : t.awaitingReply);
  }
  if (message.noReplyNeeded) notes.push(words.noReply.done(message.noReplyNeeded.byName, clockWords(message.noReplyNeeded.at, now, timeZone)));
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((note) => (
        <Text key={note} size="sm" mt={4} fw={note.startsWith(t.awaitingReply) ? 600 : undefined}>
          {note}
        </Text>
      ))}
    </>
  );
}
