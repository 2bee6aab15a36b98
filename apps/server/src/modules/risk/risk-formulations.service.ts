import { and, desc, eq } from 'drizzle-orm';
import type { RiskFormulationBody, RiskFormulationList, RiskFormulationView } from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import { withDb, type Ctx } from '../../http/context';
import { audit } from '../audit';
import { riskFormulations } from './risk.tables';
import { namesOf } from '../../access/people';

type FormulationRow = typeof riskFormulations.$inferSelect;

/**
 * A client's risk formulations, newest first (the route checked 'riskFormulation.read'). They
 * hold no level and no score: the clinician's judgement is theirs, in their words (CLINICAL.md §6).
 */
export async function listRiskFormulations(ctx: Ctx, clientId: string): Promise<RiskFormulationList> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const rows = await tx
      .select()
      .from(riskFormulations)
      .where(and(eq(riskFormulations.practiceId, ctx.actor.practiceId), eq(riskFormulations.clientId, clientId)))
      .orderBy(desc(riskFormulations.createdAt))
      .limit(100);
    await audit(txCtx, { action: 'riskFormulation.read', clientId, subjectType: 'risk_formulation', subjectId: rows[0]?.id ?? clientId });
    const names = await namesOf(
      tx,
      ctx.actor.practiceId,
      rows.map((r) => r.authorId),
    );
    return { formulations: rows.map((r) => toView(r, names)), canWrite: await canOnClient(txCtx, 'riskFormulation.write', clientId) };
  });
}

/**
 * Records a clinician's formulation as written (the route checked 'riskFormulation.write'). Nothing
 * here is taken from a flag or a screen result: the body is the clinician's words alone.
 */
export async function addRiskFormulation(ctx: Ctx, clientId: string, body: RiskFormulationBody): Promise<RiskFormulationView> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(riskFormulations)
      .values({ practiceId: ctx.actor.practiceId, clientId, authorId: ctx.actor.userId, ...body, createdAt: ctx.clock.now() })
      .returning();
    await audit(withDb(ctx, tx), { action: 'riskFormulation.write', clientId, subjectType: 'risk_formulation', subjectId: row!.id });
    return toView(row!, await namesOf(tx, ctx.actor.practiceId, [row!.authorId]));
  });
}

function toView(row: FormulationRow, names: Map<string, string>): RiskFormulationView {
  return {
    id: row.id,
    clientId: row.clientId,
    author: { id: row.authorId, name: names.get(row.authorId) ?? '' },
    createdAt: row.createdAt.toISOString(),
    formulation: row.formulation,
    judgement: row.judgement,
    plan: row.plan,
    changeableFactors: row.changeableFactors,
    reviewBy: row.reviewBy,
  };
}
