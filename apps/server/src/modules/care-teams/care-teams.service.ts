import type { ClientProfile } from '@steadfast/contracts';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { audit } from '../audit/audit.service';
import { careTeamsOf, clientsWithNames } from './care-teams.queries';

/** One client's profile and care team, for anyone allowed to see the client (route checks 'client.view'). */
export async function getClientProfile(ctx: Ctx, clientId: string): Promise<ClientProfile> {
  const now = ctx.clock.now();
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (!client) throw notFound('client');
  const teams = await careTeamsOf(ctx.db, ctx.actor.practiceId, [clientId], now);
  await audit(ctx, { action: 'client.view', clientId, subjectType: 'client', subjectId: clientId });
  return { clientId, name: client.name, careTeam: teams.get(clientId) ?? [], status: client.status };
}
