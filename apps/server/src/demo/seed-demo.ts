import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database';
import type { Deps } from '../http/context';
import { systemCtx } from '../http/context';
import { careTeamMembers, clients } from '../modules/care-teams/care-teams.tables';
import { onCallShifts } from '../modules/on-call/on-call.tables';
import { users } from '../modules/identity/identity.tables';
import { hashPassword } from '../modules/identity';
import { createPractice } from '../modules/practices';
import { practices } from '../modules/practices/practices.tables';
import { DEMO_PASSWORD, demoPeople, demoPractice, type DemoKey } from './demo-people';
import { demoSeeders, type DemoWorld } from './demo-seeders';

/** True when the database holds no practice yet: the only time the demo is seeded. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from practices`);
  return Number(row?.n ?? 0) === 0;
}

/** Seeds the demo practice of SPEC §3 in one transaction; each module adds its own demo data. */
export async function seedDemo(deps: Deps): Promise<DemoWorld> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const practice = await createPractice(tx, demoPractice);
    const ids = {} as Record<DemoKey, string>;
    for (const [key, person] of Object.entries(demoPeople) as [DemoKey, (typeof demoPeople)[DemoKey]][]) {
      const [row] = await tx
        .insert(users)
        .values({ practiceId: practice.id, ...person, passwordHash, isDemo: true, createdAt: daysBefore(now, 90) })
        .returning({ id: users.id });
      ids[key] = row!.id;
    }
    await tx
      .update(practices)
      .set({ leadUserId: ids.ada })
      .where(sql`${practices.id} = ${practice.id}`);
    const sam = await addClient(tx, practice.id, ids.sam, daysBefore(now, 75));
    const alex = await addClient(tx, practice.id, ids.alex, daysBefore(now, 40));
    await tx.insert(careTeamMembers).values([
      { practiceId: practice.id, clientId: sam, clinicianId: ids.dana, role: 'therapist', isPrimary: true, scopes: [], startsAt: daysBefore(now, 75) },
      {
        practiceId: practice.id,
        clientId: sam,
        clinicianId: ids.patel,
        role: 'gp',
        isPrimary: false,
        scopes: ['safety_plan', 'measures', 'appointments'],
        startsAt: daysBefore(now, 75),
      },
      { practiceId: practice.id, clientId: alex, clinicianId: ids.dana, role: 'therapist', isPrimary: true, scopes: [], startsAt: daysBefore(now, 40) },
    ]);
    // Omar is on call now and always in demo mode (SPEC §3): one shift spanning the demo's life.
    await tx.insert(onCallShifts).values({
      practiceId: practice.id,
      clinicianId: ids.omar,
      backupClinicianId: ids.dana,
      startsAt: daysBefore(now, 1),
      endsAt: new Date(now.getTime() + 3650 * 86_400_000),
      handoverNote: 'Demo rota: Omar covers on-call; Dana is backup.',
    });
    const world: DemoWorld = { practiceId: practice.id, people: ids, clients: { sam, alex }, now };
    for (const seed of demoSeeders) await seed(systemCtx(deps, practice.id, tx), world);
    return world;
  });
}

async function addClient(tx: Db, practiceId: string, userId: string, createdAt: Date): Promise<string> {
  const [row] = await tx.insert(clients).values({ practiceId, userId, timeZone: demoPractice.timeZone, createdAt }).returning({ id: clients.id });
  return row!.id;
}

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
