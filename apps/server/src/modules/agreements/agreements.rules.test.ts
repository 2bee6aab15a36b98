import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../testing/factories';
import { useTestApp } from '../../testing/test-app';
import { findReplyContext } from '../reply-windows';
import { contactRulesFor, contactRulesForMany, contactRulesGrouped, type RulesRequest } from './agreements.queries';
import { clinicianAbsences, contactPauses } from './agreements.tables';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });
const HOUR = 3_600_000;

/**
 * Every client send reads the rules, so a send outside a transaction shares one statement with the
 * sends beside it. What each client is answered must be exactly its own: the agreement, the absence
 * and the 24-hour rule of that client at that instant, never a neighbour's.
 */
describe('the contact rules read for many clients at once', () => {
  it('answers each client at each instant with its own agreement, cover and pause', async () => {
    const db = t.deps.database.db;
    const { practiceId, clients, people } = t.demo;
    const now = t.clock.now();
    const [absence] = await db
      .select()
      .from(clinicianAbsences)
      .where(and(eq(clinicianAbsences.practiceId, practiceId), eq(clinicianAbsences.clinicianId, people.dana)));
    const during = new Date(absence!.startsAt.getTime() + 48 * HOUR);
    const pauseEnds = new Date(now.getTime() + 23 * HOUR);
    await db
      .insert(contactPauses)
      .values({
        practiceId,
        clientId: clients.alex,
        clinicianId: people.dana,
        startsAt: new Date(now.getTime() - HOUR),
        endsAt: pauseEnds,
        createdBy: people.dana,
      });
    const newcomer = await createClient(db, practiceId, people.patel);

    const ask = async (clientId: string, at: Date): Promise<RulesRequest> => ({
      practiceId,
      context: (await findReplyContext(db, practiceId, clientId, at))!,
      at,
    });
    const requests = await Promise.all([
      ask(clients.sam, now),
      ask(clients.sam, during),
      ask(clients.alex, now),
      ask(clients.alex, during),
      ask(newcomer.client.id, now),
    ]);

    const many = await contactRulesForMany(db, requests);
    const [samNow, samAway, alexNow, alexAway, newcomerNow] = many;
    expect(samNow).toMatchObject({ clientId: clients.sam, primaryClinicianName: 'Dana Reyes', cover: null, twentyFourHourRule: { activeUntil: null } });
    expect(samNow!.agreement!.terms.clientCommitments).toContain('won’t ask for an appointment');
    expect(samNow!.emergency).toMatchObject({ onCallClinicianId: people.omar, onCallName: 'Omar Haddad' });
    expect(samAway!.cover).toEqual({ clinicianId: people.omar, name: 'Omar Haddad', reason: 'absence', from: absence!.startsAt, until: absence!.endsAt });
    expect(alexNow).toMatchObject({ clientId: clients.alex, cover: null, twentyFourHourRule: { activeUntil: pauseEnds } });
    expect(alexNow!.agreement!.terms.clientCommitments).toContain('check-ins');
    expect(alexAway).toMatchObject({ cover: { clinicianId: people.omar }, twentyFourHourRule: { activeUntil: null } });
    // No agreement: the practice defaults, the rota's on call, and Patel's absence-free week.
    expect(newcomerNow).toMatchObject({ clientId: newcomer.client.id, agreement: null, cover: null, primaryClinicianName: 'Dr Priya Patel' });
    expect(newcomerNow!.emergency).toMatchObject({ onCallClinicianId: people.omar, onCallName: 'Omar Haddad' });

    // One at a time, and all at once through the shared statement: the same answers, in order.
    const alone = await Promise.all(requests.map((r) => contactRulesFor(db, r.practiceId, r.context, r.at)));
    const grouped = await Promise.all([...requests, ...requests].map((r) => contactRulesGrouped(db, r)));
    expect(alone).toEqual(many);
    expect(grouped).toEqual([...many, ...many]);
  });
});
