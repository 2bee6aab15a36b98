import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';
import type { DemoWorld } from '../../demo/demo-seeders';
import { users } from '../../modules/identity/identity.tables';
import { FACTORY_PASSWORD, createOtherPractice, createPerson } from '../factories';
import { SESSION_COOKIE } from '../../http/auth';
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
}

/** Everything the runner needs: the app, its operations, the callers, and the ids worth aiming at. */
export interface FuzzWorld {
  app: FastifyInstance;
  operations: Operation[];
  actors: FuzzActor[];
  /** Clients of both practices, so a request can aim at another practice's client. */
  clients: { id: string; practice: PracticeTag }[];
  /** The people and clients of both practices: always worth aiming at. */
  anchorIds: string[];
  /** Ids seen in successful responses since (bounded, oldest dropped): messages, flags, shifts… */
  seenIds: string[];
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
  await db.update(users).set({ email: signInDecoyEmails[0] }).where(eq(users.id, decoy.id));
  const otherActors: FuzzActor[] = [
    { name: 'other-admin', email: other.admin.email, password: FACTORY_PASSWORD, practice: 'other' },
    { name: 'other-clinician', email: other.clinician.email, password: FACTORY_PASSWORD, practice: 'other' },
    { name: 'other-client', email: other.clientPerson.email, password: FACTORY_PASSWORD, practice: 'other' },
  ];
  return {
    app,
    operations: operationsOf(doc),
    actors: [
      { name: 'anonymous' },
      { name: 'stale-cookie', cookie: `${SESSION_COOKIE}=not-a-real-session-token` },
      ...demoActors.map((key) => ({ name: key, email: demoPeople[key].email, password: DEMO_PASSWORD, practice: 'harbour' as const })),
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
  };
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
