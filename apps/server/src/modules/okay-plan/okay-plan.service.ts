import { changedOkayPlanSections, emptyOkayPlan, type OkayPlanView, type SaveOkayPlanBody } from '@steadfast/contracts';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { conflict } from '../../http/errors';
import { audit } from '../audit';
import { findLatestOkayPlan, insertOkayPlanVersionIfFree, type OkayPlanVersionRow } from './okay-plan.queries';
import { staleOkayPlanMessage } from './okay-plan.words';
import { namesOf } from '../../access/people';

/** The client's okay plan (the route checked 'okayPlan.read'): version 0 and empty before the first save, never a 404. */
export async function getOkayPlan(ctx: Ctx, clientId: string): Promise<OkayPlanView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const latest = await findLatestOkayPlan(tx, ctx.actor.practiceId, clientId);
    await audit(txCtx, { action: 'okayPlan.read', clientId, subjectType: 'okay_plan', subjectId: String(latest?.version ?? 0) });
    return okayPlanView(txCtx, clientId, latest);
  });
}

/**
 * Saves the plan as a new version (the route checked 'okayPlan.write'). A stale `baseVersion`
 * is a 409 carrying the version on the server, so neither person's words are silently replaced.
 */
export async function saveOkayPlan(ctx: Ctx, clientId: string, body: SaveOkayPlanBody): Promise<OkayPlanView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const { practiceId, userId, role } = ctx.actor;
    const latest = await findLatestOkayPlan(tx, practiceId, clientId);
    const current = latest?.version ?? 0;
    const stale = () => conflict(staleOkayPlanMessage, { currentVersion: current, current: latest?.plan ?? emptyOkayPlan() });
    if (body.baseVersion !== current) throw stale();
    const inserted = await insertOkayPlanVersionIfFree(tx, {
      practiceId,
      clientId,
      version: current + 1,
      plan: body.plan,
      authorId: userId,
      authorRole: role === 'client' ? 'client' : 'clinician',
      changedSections: changedOkayPlanSections(latest?.plan ?? emptyOkayPlan(), body.plan),
      createdAt: ctx.clock.now(),
    });
    if (!inserted) throw stale();
    await audit(txCtx, { action: 'okayPlan.write', clientId, subjectType: 'okay_plan', subjectId: String(current + 1) });
    return okayPlanView(txCtx, clientId, await findLatestOkayPlan(tx, practiceId, clientId));
  });
}

async function okayPlanView(ctx: Ctx, clientId: string, latest: OkayPlanVersionRow | undefined): Promise<OkayPlanView> {
  const access = await relationshipsTo(ctx.db, ctx.actor, clientId, ctx.clock.now());
  const names = latest ? await namesOf(ctx.db, ctx.actor.practiceId, [latest.authorId]) : new Map<string, string>();
  return {
    clientId,
    version: latest?.version ?? 0,
    plan: latest?.plan ?? emptyOkayPlan(),
    updatedAt: latest?.createdAt.toISOString() ?? null,
    updatedBy: latest ? { name: names.get(latest.authorId) ?? '', role: latest.authorRole } : null,
    changedSections: latest?.changedSections ?? [],
    can: { edit: Boolean(access && allows(clientRules['okayPlan.write'], access.relationships, access.scopes)) },
  };
}
