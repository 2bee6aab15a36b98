import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';
import type { DemoWorld } from '../../demo/demo-seeders';
import { users } from '../../modules/identity/identity.tables';
import { peerSettings } from '../../modules/peer-space/peer-space.tables';
import { FACTORY_PASSWORD, createOtherPractice, createPerson } from '../factories';
import { SESSION_COOKIE } from '../../http/auth';
import { ApiContract } from '../contract/api-contract';
import { operationsOf, type OpenApiDocument, type Operation } from './openapi-arbitraries';
import { signInDecoyEmails } from './odd-values';

export type PracticeTag = 'harbour' | 'other';

/** Someone the fuzzer sends requests as; the anonymous caller has no email. */
export interface FuzzActor {
  name: string;
  email?: string;
  password?: string;
  practice?: PracticeTag;
  cookie?: string;
  /** The clients whose records this caller may reach (their own, or their care team's). */
  reaches?: string[];
}

/** Everything the runner needs: the app, its operations, the callers, and the ids worth aiming at. */
export interface FuzzWorld {
  app: FastifyInstance;
  operations: Operation[];
  /** The API description as a contract: every response is held to it (issue 21). */
  contract: ApiContract;
  actors: FuzzActor[];
  /** Clients of both practices, so a request can aim at another practice's client. */
  clients: { id: string; practice: PracticeTag }[];
  /** The people and clients of both practices: always worth aiming at. */
  anchorIds: string[];
  /** Ids seen in successful responses since (bounded, oldest dropped): messages, flags, shifts… */
  seenIds: string[];
  /**
   * Real rows named by the path segment before their id (`appointments/{appointmentId}`), with the
   * client each belongs to: a by-id route can then name a row of the client its path names, which a
   * random pick from all known ids almost never does.
   */
  rows: Partial<Record<RowCollection, FuzzRow[]>>;
}

export type RowCollection = 'appointments' | 'appointment-requests' | 'reassurance-notes' | 'caring-contacts' | 'notes' | 'care-team' | 'posts' | 'items' | 'members';

export interface FuzzRow {
  id: string;
  clientId: string;
}

/** How many seen ids to keep: enough for variety, few enough that real rows are hit often. */
export const MAX_SEEN_IDS = 400;

const demoActors: DemoKey[] = ['ada', 'dana', 'patel', 'omar', 'sam', 'alex'];

/**
 * Builds the world on a seeded app: a second practice with its own admin, clinician and client,
 * and a decoy account for sign-in attempts (wrong passwords lock an account, so the fuzzer never
 * guesses the passwords of the people it acts as).
 */
export async function prepareFuzzWorld(app: FastifyInstance, db: Db, demo: DemoWorld): Promise<FuzzWorld> {
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as OpenApiDocument;
  const other = await createOtherPractice(db);
  const decoy = await createPerson(db, demo.practiceId, 'clinician', 'Fuzz Decoy');
  // Care-team members the by-clinician routes can change and end (the demo's only non-primary member is Dr Patel).
  const members = await Promise.all([1, 2, 3].map((n) => createPerson(db, demo.practiceId, 'clinician', `Fuzz Member ${n}`)));
  await db.update(users).set({ email: signInDecoyEmails[0] }).where(eq(users.id, decoy.id));
  const otherActors: FuzzActor[] = [
    { name: 'other-admin', email: other.admin.email, password: FACTORY_PASSWORD, practice: 'other' },
    { name: 'other-clinician', email: other.clinician.email, password: FACTORY_PASSWORD, practice: 'other', reaches: [other.client.id] },
    { name: 'other-client', email: other.clientPerson.email, password: FACTORY_PASSWORD, practice: 'other', reaches: [other.client.id] },
  ];
  // The demo's care teams (seed-demo.ts): Dana has Sam and Alex, Dr Patel has Sam; each client has themself.
  const demoReaches: Partial<Record<DemoKey, string[]>> = {
    dana: [demo.clients.sam, demo.clients.alex],
    patel: [demo.clients.sam],
    sam: [demo.clients.sam],
    alex: [demo.clients.alex],
  };
  const world: FuzzWorld = {
    app,
    operations: operationsOf(doc),
    contract: await ApiContract.from(doc),
    actors: [
      { name: 'anonymous' },
      { name: 'stale-cookie', cookie: `${SESSION_COOKIE}=not-a-real-session-token` },
      ...demoActors.map((key) => ({
        name: key,
        email: demoPeople[key].email,
        password: DEMO_PASSWORD,
        practice: 'harbour' as const,
        reaches: demoReaches[key],
      })),
      ...otherActors,
    ],
    clients: [
      { id: demo.clients.sam, practice: 'harbour' },
      { id: demo.clients.alex, practice: 'harbour' },
      { id: other.client.id, practice: 'other' },
    ],
    seenIds: [],
    anchorIds: [
      ...Object.values(demo.people),
      demo.clients.sam,
      demo.clients.alex,
      other.admin.id,
      other.clinician.id,
      other.clientPerson.id,
      other.client.id,
      decoy.id,
    ],
    rows: {},
  };
  // The other practice opens its peer space too: its client can join under the fuzzer.
  await db.insert(peerSettings).values({ practiceId: other.practice.id, enabled: true });
  world.rows = await seedRows(
    world,
    demo,
    members.map((m) => m.id),
  );
  return world;
}

/**
 * The rows the by-id routes of scheduling, reassurance notes, caring contacts and clinical notes act on, made and
 * read through the real routes as the people who would: Sam asks for two sessions and Dana offers
 * another time for one, so both "decide" (pending) and "answer an offer" (offered) have a row.
 */
async function seedRows(world: FuzzWorld, demo: DemoWorld, members: string[]): Promise<FuzzWorld['rows']> {
  const dana = actorNamed(world, 'dana');
  const sam = actorNamed(world, 'sam');
  const clients = [demo.clients.sam, demo.clients.alex];
  const [asked, toOffer] = [await askForSession(world, sam, demo, 10), await askForSession(world, sam, demo, 11)];
  await call(world, dana, 'POST', `/api/v1/clients/${demo.clients.sam}/appointment-requests/${toOffer}/decision`, {
    decision: 'offer',
    start: localDateTime(demo.now, 12),
    note: 'That afternoon is full; could this time work instead?',
  });
  const rows: FuzzWorld['rows'] = { 'appointment-requests': [asked, toOffer].map((id) => ({ id, clientId: demo.clients.sam })) };
  for (const clientId of clients) {
    const appointments = (await call(world, dana, 'GET', `/api/v1/clients/${clientId}/appointments`)) as { appointments: { id: string }[] };
    const notes = (await call(world, dana, 'GET', `/api/v1/clients/${clientId}/reassurance-notes`)) as { notes: { id: string }[] };
    const contacts = (await call(world, dana, 'GET', `/api/v1/clients/${clientId}/caring-contacts`)) as { contacts: { id: string; status: string }[] };
    const clinicalNotes = (await call(world, dana, 'GET', `/api/v1/clients/${clientId}/notes`)) as { notes: { id: string }[] };
    // A few of each is variety enough; only a planned caring contact can still be changed.
    add(rows, 'appointments', clientId, appointments.appointments.slice(0, 4));
    add(rows, 'reassurance-notes', clientId, notes.notes);
    add(rows, 'caring-contacts', clientId, contacts.contacts.filter((c) => c.status === 'planned').slice(0, 4));
    add(rows, 'notes', clientId, clinicalNotes.notes);
  }
  for (const clientId of clients) {
    for (const clinicianId of members)
      await call(world, dana, 'POST', `/api/v1/clients/${clientId}/care-team`, { clinicianId, role: 'other', scopes: ['appointments'] });
    add(
      rows,
      'care-team',
      clientId,
      members.map((id) => ({ id })),
    );
  }
  add(rows, 'care-team', demo.clients.sam, [{ id: demo.people.patel }]);
  await seedPeerSpace(world, rows);
  for (const collection of ['appointments', 'reassurance-notes', 'caring-contacts', 'notes'] as const) {
    if (!rows[collection]?.length) throw new Error(`the fuzz world found no ${collection} in the demo`);
  }
  return rows;
}

/**
 * The peer space (open in the demo): Sam and Alex join and Sam writes a post with a reply, so its
 * by-id routes have real posts, items and members to name (no client in their path). The other
 * practice's client joins its own space under the fuzzer.
 */
async function seedPeerSpace(world: FuzzWorld, rows: FuzzWorld['rows']): Promise<void> {
  const sam = actorNamed(world, 'sam');
  const member = (await call(world, sam, 'POST', '/api/v1/peer/members', { pseudonym: 'Fuzz Harbour', agreeToHouseRules: true })) as { id: string };
  const other = (await call(world, actorNamed(world, 'alex'), 'POST', '/api/v1/peer/members', { pseudonym: 'Fuzz Fox', agreeToHouseRules: true })) as { id: string };
  const post = (await call(world, sam, 'POST', '/api/v1/peer/posts', { title: 'A calm week', body: 'Things have been quiet.' })) as { post: { id: string } };
  const reply = (await call(world, sam, 'POST', `/api/v1/peer/posts/${post.post.id}/replies`, { body: 'Still quiet.' })) as { reply: { id: string } };
  add(rows, 'posts', '', [post.post]);
  add(rows, 'items', '', [post.post, reply.reply]);
  add(rows, 'members', '', [member, other]);
}

function add(rows: FuzzWorld['rows'], collection: RowCollection, clientId: string, found: { id: string }[]): void {
  rows[collection] = [...(rows[collection] ?? []), ...found.map(({ id }) => ({ id, clientId }))];
}

/** Sam asks for a session `days` ahead, at an hour none of the demo's sessions use. */
async function askForSession(world: FuzzWorld, sam: FuzzActor, demo: DemoWorld, days: number): Promise<string> {
  const body = { start: localDateTime(demo.now, days), durationMinutes: 50, kind: 'video', note: 'Could we meet?' };
  return ((await call(world, sam, 'POST', `/api/v1/clients/${demo.clients.sam}/appointment-requests`, body)) as { id: string }).id;
}

function localDateTime(now: Date, days: number): string {
  return `${new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10)}T16:00`;
}

function actorNamed(world: FuzzWorld, name: string): FuzzActor {
  return world.actors.find((a) => a.name === name)!;
}

/** One request the world needs to succeed: anything else means the demo changed under the fuzzer. */
async function call(world: FuzzWorld, actor: FuzzActor, method: 'GET' | 'POST', url: string, payload?: object): Promise<unknown> {
  if (!(await ensureSignedIn(world, actor))) throw new Error(`the fuzz world could not sign ${actor.name} in`);
  const res = await world.app.inject({ method, url, headers: { cookie: actor.cookie! }, ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`the fuzz world's ${method} ${url} answered ${res.statusCode}: ${res.body}`);
  return res.json();
}

let addressCounter = 0;

/** Signs the actor in when they have no live session (the fuzzer may have signed them out). */
export async function ensureSignedIn(world: FuzzWorld, actor: FuzzActor): Promise<boolean> {
  if (actor.cookie || !actor.email) return true;
  addressCounter += 1;
  // A fresh address per sign-in keeps the per-address sign-in limit (which the fuzzer also hits) out of the way.
  const address = `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
  const res = await world.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers: { 'x-forwarded-for': address },
    payload: { email: actor.email, password: actor.password },
  });
  if (res.statusCode !== 200) return false;
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  actor.cookie = cookie ? `${SESSION_COOKIE}=${cookie.value}` : undefined;
  return actor.cookie !== undefined;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Remembers ids from a successful response, so later requests aim at rows that exist. */
export function rememberIds(world: FuzzWorld, body: string): void {
  const known = new Set([...world.anchorIds, ...world.seenIds]);
  for (const id of body.match(UUID) ?? []) {
    if (known.has(id)) continue;
    known.add(id);
    world.seenIds.push(id);
  }
  if (world.seenIds.length > MAX_SEEN_IDS) world.seenIds.splice(0, world.seenIds.length - MAX_SEEN_IDS);
}
