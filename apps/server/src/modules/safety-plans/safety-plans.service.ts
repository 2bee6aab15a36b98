import type { SafetyPlanVersionDetail, SafetyPlanVersionList, SafetyPlanView, SaveSafetyPlanBody } from '@steadfast/contracts';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { conflict, notFound } from '../../http/errors';
import { audit } from '../audit';
import { careTeamsOf } from '../care-teams';
import { findLatestVersion, findVersion, lastClinicianSaveAt, listVersions, type SafetyPlanVersionRow } from './safety-plans.queries';
import { appendVersion } from './safety-plans.versions';
import { toConflictDetails, toSafetyPlanView, toVersionDetail, toVersionSummary } from './safety-plans.views';
import { staleVersionMessage } from './safety-plans.words';
import { findPractice } from '../../access/people';

/**
 * The client's current safety plan (the route checked 'safetyPlan.read'). Before the first
 * save it is version 0 with an empty plan, never a 404, so the app can guide step by step.
 */
export async function getSafetyPlan(ctx: Ctx, clientId: string): Promise<SafetyPlanView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const latest = await findLatestVersion(tx, ctx.actor.practiceId, clientId);
    await audit(txCtx, { action: 'safetyPlan.read', clientId, subjectType: 'safety_plan', subjectId: String(latest?.version ?? 0) });
    return planView(txCtx, clientId, latest);
  });
}

/**
 * Saves the plan as a new version (the route checked 'safetyPlan.write'). A stale
 * `baseVersion` is a 409 carrying the current version: nobody's words are silently replaced.
 */
export async function saveSafetyPlan(ctx: Ctx, clientId: string, body: SaveSafetyPlanBody): Promise<SafetyPlanView> {
  return ctx.db.transaction(async (tx) => {
    const txCtx = withDb(ctx, tx);
    const result = await appendVersion(tx, {
      practiceId: ctx.actor.practiceId,
      clientId,
      authorId: ctx.actor.userId,
      // Only the client themselves and their therapists may write (access/rules.ts).
      authorRole: ctx.actor.role === 'client' ? 'client' : 'clinician',
      plan: body.plan,
      baseVersion: body.baseVersion,
      at: ctx.clock.now(),
    });
    if (!result.saved) throw conflict(staleVersionMessage, toConflictDetails(result.current));
    await audit(txCtx, { action: 'safetyPlan.write', clientId, subjectType: 'safety_plan', subjectId: String(result.version) });
    return planView(txCtx, clientId, await findLatestVersion(tx, ctx.actor.practiceId, clientId));
  });
}

/** Every version with who saved it, when, and which sections changed (route checked 'safetyPlan.history'). */
export async function listSafetyPlanVersions(ctx: Ctx, clientId: string): Promise<SafetyPlanVersionList> {
  return ctx.db.transaction(async (tx) => {
    const rows = await listVersions(tx, ctx.actor.practiceId, clientId);
    await audit(withDb(ctx, tx), { action: 'safetyPlan.history', clientId, subjectType: 'safety_plan', subjectId: String(rows[0]?.version ?? 0) });
    return { clientId, versions: rows.map(toVersionSummary) };
  });
}

/** One earlier version in full (route checked 'safetyPlan.history'). */
export async function getSafetyPlanVersion(ctx: Ctx, clientId: string, version: number): Promise<SafetyPlanVersionDetail> {
  return ctx.db.transaction(async (tx) => {
    const row = await findVersion(tx, ctx.actor.practiceId, clientId, version);
    if (!row) throw notFound('safety plan version');
    await audit(withDb(ctx, tx), { action: 'safetyPlan.version.read', clientId, subjectType: 'safety_plan', subjectId: String(version) });
    return toVersionDetail(row);
  });
}

// The care route is derived at read time, so a new therapist or cover shows without a new version.
async function planView(ctx: Ctx, clientId: string, latest: SafetyPlanVersionRow | undefined): Promise<SafetyPlanView> {
  const now = ctx.clock.now();
  // One after another: these run on the caller's transaction, which is one connection.
  const access = await relationshipsTo(ctx.db, ctx.actor, clientId, now);
  const practice = await findPractice(ctx.db, ctx.actor.practiceId);
  const teams = await careTeamsOf(ctx.db, ctx.actor.practiceId, [clientId], now);
  const lastReviewedAt = await lastClinicianSaveAt(ctx.db, ctx.actor.practiceId, clientId);
  const can = (action: 'safetyPlan.write' | 'safetyPlan.history') => Boolean(access && allows(clientRules[action], access.relationships, access.scopes));
  return toSafetyPlanView({
    clientId,
    latest,
    careTeam: teams.get(clientId) ?? [],
    practiceName: practice?.name ?? '',
    lastReviewedAt,
    can: { edit: can('safetyPlan.write'), viewHistory: can('safetyPlan.history') },
  });
}
