import type { CareScope } from '@steadfast/contracts';
import type { Db } from '../db/database';
import { careTeamMembers, clients } from '../modules/care-teams/care-teams.tables';
import { onCallShifts } from '../modules/on-call/on-call.tables';
import { users } from '../modules/identity/identity.tables';
import { hashPassword } from '../modules/identity';
import { createPractice } from '../modules/practices';

export const FACTORY_PASSWORD = 'factory-password-1';
let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A person in a practice, able to sign in with FACTORY_PASSWORD; demo-flagged so two-factor is not forced. */
export async function createPerson(db: Db, practiceId: string, role: 'admin' | 'clinician' | 'client', name?: string) {
  counter += 1;
  const email = `${role}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const [user] = await db
    .insert(users)
    .values({
      practiceId,
      email,
      name: name ?? `${role} ${counter}`,
      role,
      passwordHash: await (passwordHash ??= hashPassword(FACTORY_PASSWORD)),
      isDemo: true,
    })
    .returning();
  return user!;
}

/** A client record for a new client person, with a primary clinician. */
export async function createClient(db: Db, practiceId: string, primaryClinicianId: string, createdAt = new Date('2026-01-01T00:00:00Z')) {
  const person = await createPerson(db, practiceId, 'client');
  const [client] = await db.insert(clients).values({ practiceId, userId: person.id, timeZone: 'Europe/London', createdAt }).returning();
  await addToCareTeam(db, practiceId, client!.id, primaryClinicianId, { role: 'therapist', isPrimary: true, startsAt: createdAt });
  return { person, client: client! };
}

export async function addToCareTeam(
  db: Db,
  practiceId: string,
  clientId: string,
  clinicianId: string,
  opts: { role?: 'therapist' | 'gp' | 'co_therapist' | 'other'; isPrimary?: boolean; scopes?: CareScope[]; startsAt?: Date; endsAt?: Date } = {},
) {
  await db.insert(careTeamMembers).values({
    practiceId,
    clientId,
    clinicianId,
    role: opts.role ?? 'other',
    isPrimary: opts.isPrimary ?? false,
    scopes: opts.scopes ?? [],
    startsAt: opts.startsAt ?? new Date('2026-01-01T00:00:00Z'),
    endsAt: opts.endsAt ?? null,
  });
}

export async function addShift(db: Db, practiceId: string, clinicianId: string, startsAt: Date, endsAt: Date, backupClinicianId?: string) {
  await db.insert(onCallShifts).values({ practiceId, clinicianId, startsAt, endsAt, backupClinicianId: backupClinicianId ?? null });
}

/** A second practice with an admin, a clinician and one client of theirs: for cross-practice tests. */
export async function createOtherPractice(db: Db) {
  const practice = await createPractice(db, { name: 'Elsewhere Counselling', country: 'US', timeZone: 'America/New_York' });
  const admin = await createPerson(db, practice.id, 'admin');
  const clinician = await createPerson(db, practice.id, 'clinician');
  const { person, client } = await createClient(db, practice.id, clinician.id);
  return { practice, admin, clinician, clientPerson: person, client };
}
