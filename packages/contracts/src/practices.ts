import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { Role } from './identity';

export const PersonView = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  role: Role,
  totpEnabled: z.boolean(),
  lockedUntil: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type PersonView = z.infer<typeof PersonView>;
export const PeopleList = z.object({ people: z.array(PersonView) });

export const MailView = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['queued', 'sent', 'kept', 'failed']),
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.nullable(),
});
export type MailView = z.infer<typeof MailView>;
export const MailList = z.object({ mail: z.array(MailView), delivery: z.enum(['smtp', 'outbox-only']) });
