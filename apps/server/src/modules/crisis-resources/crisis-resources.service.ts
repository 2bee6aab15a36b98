import { asc, eq } from 'drizzle-orm';
import { crisisDefaultsFor, notMonitoredNotice, type CrisisLineInput, type CrisisLines } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { audit } from '../audit';
import { crisisLines } from './crisis-resources.tables';
import { findPractice } from '../../access/people';

/** The practice's crisis lines, in the order the practice chose. */
export async function getCrisisLines(ctx: Ctx): Promise<CrisisLines> {
  const practice = await findPractice(ctx.db, ctx.actor.practiceId);
  const rows = await ctx.db.select().from(crisisLines).where(eq(crisisLines.practiceId, ctx.actor.practiceId)).orderBy(asc(crisisLines.position));
  return {
    country: practice?.country ?? 'GB',
    lines: rows.map(({ practiceId: _p, createdAt: _c, ...line }) => line),
    notMonitoredNotice,
  };
}

/** Replaces the list in one step, so the lines shown are never half-edited. */
export async function replaceCrisisLines(ctx: Ctx, lines: CrisisLineInput[]): Promise<CrisisLines> {
  await ctx.db.transaction(async (tx) => {
    await writeLines(tx, ctx.actor.practiceId, lines);
    await audit({ ...ctx, db: tx }, { action: 'crisisLines.replace', subjectType: 'practice', subjectId: ctx.actor.practiceId });
  });
  return getCrisisLines(ctx);
}

/** Seeds a new practice with its country's defaults (CLINICAL.md §4.1). */
export async function seedCrisisLines(db: Db, practiceId: string, country: string): Promise<void> {
  await writeLines(db, practiceId, crisisDefaultsFor(country));
}

async function writeLines(db: Db, practiceId: string, lines: CrisisLineInput[]): Promise<void> {
  await db.delete(crisisLines).where(eq(crisisLines.practiceId, practiceId));
  await db.insert(crisisLines).values(lines.map((line, position) => ({ ...line, practiceId, position })));
}
