import type { ClientProfile, PracticeClient } from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { audit } from '../audit';
import { careTeamsOf, clientsWithNames, practiceClientsWithPrimary } from './care-teams.queries';
import { careTeamMembers, clients } from './care-teams.tables';

/** One client's profile and care team, for anyone allowed to see the client (route checks 'client.view'). */
export async function getClientProfile(ctx: Ctx, clientId: string): Promise<ClientProfile> {
  const now = ctx.clock.now();
  const [client] = await clientsWithNames(ctx.db, ctx.actor.practiceId, [clientId]);
  if (!client) throw notFound('client');
  const teams = await careTeamsOf(ctx.db, ctx.actor.practiceId, [clientId], now);
  await audit(ctx, { action: 'client.view', clientId, subjectType: 'client', subjectId: clientId });
  const can = { readNotes: await canOnClient(ctx, 'notes.read', clientId), exportRecord: await canOnClient(ctx, 'client.export', clientId) };
  return { clientId, name: client.name, careTeam: teams.get(clientId) ?? [], status: client.status, can };
}

/** A new client's record with the inviting clinician as their primary therapist, in the caller's transaction. */
export async function createClientRecord(
  db: Db,
  input: { practiceId: string; userId: string; timeZone: string; primaryClinicianId: string; now: Date },
): Promise<string> {
  const [client] = await db
    .insert(clients)
    .values({ practiceId: input.practiceId, userId: input.userId, timeZone: input.timeZone, createdAt: input.now })
    .returning({ id: clients.id });
  await db.insert(careTeamMembers).values({
    practiceId: input.practiceId,
    clientId: client!.id,
    clinicianId: input.primaryClinicianId,
    role: 'therapist',
    isPrimary: true,
    scopes: [],
    startsAt: input.now,
  });
  return client!.id;
}

/** The practice's clients by name with their primary clinician, for the admin (route checks 'practice.manage'): names only, nothing clinical. */
export async function listPracticeClients(ctx: Ctx): Promise<PracticeClient[]> {
  const rows = await practiceClientsWithPrimary(ctx.db, ctx.actor.practiceId, ctx.clock.now());
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    status: row.status,
    primaryClinician: row.primaryId ? { id: row.primaryId, name: row.primaryName } : null,
  }));
}
