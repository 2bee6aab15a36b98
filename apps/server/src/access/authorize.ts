import { forbidden, notFound } from '../http/errors';
import type { Ctx } from '../http/context';
import { relationshipsTo, type ClientAccess } from './relationships';
import { allows, clientRules, hiddenFrom, practiceRules, roleAllows, type ClientAction, type PracticeAction } from './rules';

/**
 * The one gate for client data: invisible → 404, visible but not allowed → 403 (STYLE.md).
 * Routes call it through their declared action; services call it for resources found by id.
 */
export async function authorizeClient(ctx: Ctx, action: ClientAction, clientId: string): Promise<ClientAccess> {
  const access = await relationshipsTo(ctx.db, ctx.actor, clientId, ctx.clock.now());
  if (!access) throw notFound('client');
  const rule = clientRules[action];
  if (!allows(rule, access.relationships, access.scopes)) throw hiddenFrom(rule, access.relationships) ? notFound('record') : forbidden();
  return access;
}

/** True when the actor may perform the client action; never throws for "not allowed". */
export async function canOnClient(ctx: Ctx, action: ClientAction, clientId: string): Promise<boolean> {
  const access = await relationshipsTo(ctx.db, ctx.actor, clientId, ctx.clock.now());
  return Boolean(access && allows(clientRules[action], access.relationships, access.scopes));
}

export function authorizePractice(ctx: Ctx, action: PracticeAction): void {
  if (!roleAllows(action, ctx.actor.role)) throw forbidden();
}

export { clientRules, practiceRules };
