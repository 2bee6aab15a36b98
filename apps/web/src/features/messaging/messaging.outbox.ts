import { messageIntents, type MessageIntent, type SendMessageResponse } from '@steadfast/contracts';
import { Outbox as DeviceOutbox, type NewItem, type OutboxItemBase, type OutboxOptions as DeviceOutboxOptions } from '../../app/outbox';
import { is } from '../../app/local-copy';

/** A message on its way, kept on the device (app/outbox.ts) until the server has answered. */
export interface OutboxItem extends OutboxItemBase {
  /** A client's choice; null on a clinician's reply. */
  intent: MessageIntent | null;
  body: string;
}

export type NewOutboxItem = NewItem<OutboxItem>;

export type OutboxOptions = Omit<DeviceOutboxOptions<OutboxItem, SendMessageResponse>, 'isItem'>;

const intents: readonly unknown[] = messageIntents;

/** The stored shape is the same as before the outbox was shared, so messages kept by an older version still go. */
const isMessage = (v: Record<string, unknown>) => (v.intent === null || intents.includes(v.intent)) && is.string(v.body);

/** The device's outbox of messages. */
export class Outbox extends DeviceOutbox<OutboxItem, SendMessageResponse> {
  constructor(options: OutboxOptions) {
    super({ ...options, isItem: isMessage });
  }
}

export { defaultBackoff, newIdempotencyKey } from '../../app/outbox';
