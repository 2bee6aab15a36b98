import type { ErasureCount } from '@steadfast/contracts';
import type { ErasureInput } from '../../access/erasure-source';
import { findPractice } from '../../access/people';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { clientsWithNames } from '../care-teams';
import { findUserById } from '../identity';

export interface Subject {
  name: string;
  practiceName: string;
  practiceId: string;
  clientSince: Date;
  retentionYears: number;
  timeZone: string;
  input: Omit<ErasureInput, 'keepClinical'>;
}

/** Who is being erased, with what the erasure and its e-mail need: read in the caller's transaction (404 when the client is not in the practice). */
export async function subjectOf(db: Db, ctx: Ctx, clientId: string): Promise<Subject> {
  const { practiceId } = ctx.actor;
  const [client] = await clientsWithNames(db, practiceId, [clientId]);
  const user = client ? await findUserById(db, client.userId) : undefined;
  const practice = await findPractice(db, practiceId);
  if (!client || !user || !practice) throw notFound('client');
  return {
    name: client.name,
    practiceName: practice.name,
    practiceId,
    clientSince: client.createdAt,
    retentionYears: practice.retentionYears,
    timeZone: client.timeZone,
    input: { practiceId, clientId, clientUserId: client.userId, clientEmail: user.email, at: ctx.clock.now() },
  };
}

/** Counts for the audit row: numbers and record kinds, never content. */
export function countsInNumbers(counts: ErasureCount[]): string {
  const sum = (pick: (c: ErasureCount) => number) => counts.reduce((n, c) => n + pick(c), 0);
  return `removed=${sum((c) => c.removed)} pseudonymised=${sum((c) => c.pseudonymised)} kept=${sum((c) => c.kept)}`;
}
