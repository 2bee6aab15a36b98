import { eq } from 'drizzle-orm';
import type { Db } from '../../apps/server/src/db/database';
import { DEMO_PASSWORD, demoPeople } from '../../apps/server/src/demo/demo-people';
import { careTeamMembers, clients } from '../../apps/server/src/modules/care-teams/care-teams.tables';
import { users } from '../../apps/server/src/modules/identity/identity.tables';

/** Someone sending in the run: their session cookie, and the conversation they write into (a client's own). */
export interface Person {
  email: string;
  cookie: string;
  clientId?: string;
}

/**
 * Adds `count` clients to the demo practice, each with Dana as their therapist (as Alex has), and
 * the demo password, so the run has several conversations the way a practice does. Written
 * straight into the run's own throwaway database.
 */
export async function seedExtraClients(db: Db, count: number): Promise<string[]> {
  const [sam] = await db.select().from(users).where(eq(users.email, demoPeople.sam.email));
  const [dana] = await db.select().from(users).where(eq(users.email, demoPeople.dana.email));
  if (!sam || !dana) throw new Error('the demo practice is not seeded: start the server with DEMO=on first');
  const emails: string[] = [];
  for (let i = 1; i <= count; i++) {
    const email = `crash-client-${i}@harbour.example`;
    const [user] = await db
      .insert(users)
      .values({ practiceId: sam.practiceId, email, name: `Crash Client ${i}`, role: 'client', passwordHash: sam.passwordHash, isDemo: true })
      .returning({ id: users.id });
    const [client] = await db.insert(clients).values({ practiceId: sam.practiceId, userId: user!.id, timeZone: 'Europe/London' }).returning({ id: clients.id });
    await db
      .insert(careTeamMembers)
      .values({ practiceId: sam.practiceId, clientId: client!.id, clinicianId: dana.id, role: 'therapist', isPrimary: true, scopes: [] });
    emails.push(email);
  }
  return emails;
}

/** Signs in over HTTP as the web app does (the demo password); the session outlives server restarts. */
export async function signIn(url: string, email: string): Promise<Person> {
  const res = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('steadfast_session='))!
    .split(';')[0]!;
  const { user } = (await res.json()) as { user: { clientId?: string } };
  return { email, cookie, ...(user.clientId ? { clientId: user.clientId } : {}) };
}
