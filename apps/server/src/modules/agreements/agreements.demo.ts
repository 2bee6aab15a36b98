import type { AgreementTerms } from '@steadfast/contracts';
import type { DemoSeeder, DemoWorld } from '../../demo/demo-world';
import type { Ctx } from '../../http/context';
import { setAbsence } from './agreements.absences';
import { localDate, startOfLocalDay } from './agreements.queries';
import { contactAgreements } from './agreements.tables';

const DAY_MS = 86_400_000;
const ZONE = 'Europe/London';

/**
 * Sam's agreement, as worked out with Dana after the panic when sessions first changed (SPEC §1):
 * messages stay open in an off-week, appointment requests wait, and Omar is there for real
 * emergencies. Her commitment is in her own words. The off-weeks come from her step-down plan.
 */
const samTerms = (world: DemoWorld): AgreementTerms => ({
  channels: ['messages', 'video', 'in_person'],
  sessions: 'weekly',
  replyWindows: { before_session: { workingDays: 2 }, soon: { workingDays: 1 } },
  workingHours: { days: [1, 2, 3, 4, 5], opensAt: '09:00', closesAt: '17:00' },
  offWeeks: [],
  emergency: {
    onCallClinicianId: world.people.omar,
    words: 'If it is a real emergency and it cannot wait, Omar is on call. If I am in danger right now, I call 999 or a crisis line.',
  },
  appointmentRequests: {
    allowed: true,
    inOffWeeks: false,
    minNoticeHours: 24,
    words: 'In an off-week we agreed not to book extra appointments. You can still send a message, and if it is a real emergency, Omar is on call.',
  },
  clientCommitments: 'No promises not to message in the off-week, but I won’t ask for an appointment.',
  twentyFourHourRule: false,
});

const alexTerms = (world: DemoWorld): AgreementTerms => ({
  channels: ['messages', 'video'],
  sessions: 'fortnightly',
  replyWindows: null,
  workingHours: null,
  offWeeks: [],
  emergency: { onCallClinicianId: world.people.omar, words: 'Between sessions, the on-call clinician is there if something cannot wait.' },
  appointmentRequests: { allowed: true, inOffWeeks: true, minNoticeHours: 48, words: '' },
  clientCommitments: 'I’ll use the check-ins, and say so early if a fortnight starts to feel too long.',
  twentyFourHourRule: false,
});

/** Sam and Alex have signed agreements; Dana has a week's absence next month with Omar covering. */
export const seedAgreementsDemo: DemoSeeder = async (ctx, world) => {
  await signed(ctx, world, world.clients.sam, samTerms(world), 30);
  await signed(ctx, world, world.clients.alex, alexTerms(world), 45);
  const start = firstMondayOfNextMonth(world.now);
  const dana: Ctx = { ...ctx, actor: { userId: world.people.dana, practiceId: world.practiceId, role: 'clinician', name: 'Dana Reyes', isDemo: true } };
  await setAbsence(dana, {
    startsAt: start.toISOString(),
    endsAt: new Date(startOfLocalDay(localDate(new Date(start.getTime() + 7.5 * DAY_MS), ZONE), ZONE)).toISOString(),
    coverClinicianId: world.people.omar,
    note: 'Annual leave',
  });
};

async function signed(ctx: Ctx, world: DemoWorld, clientId: string, terms: AgreementTerms, daysAgo: number): Promise<void> {
  const at = new Date(world.now.getTime() - daysAgo * DAY_MS);
  await ctx.db.insert(contactAgreements).values({
    practiceId: world.practiceId,
    clientId,
    clinicianId: world.people.dana,
    version: 1,
    status: 'in_force',
    terms,
    proposedBy: world.people.dana,
    proposedAt: at,
    clinicianSignedAt: at,
    clientSignedAt: new Date(at.getTime() + DAY_MS),
    inForceFrom: new Date(at.getTime() + DAY_MS),
  });
}

/** Midnight (London) on the first Monday of next month: far enough ahead to be told well in advance. */
function firstMondayOfNextMonth(now: Date): Date {
  const [y, m] = localDate(now, ZONE).split('-').map(Number);
  const first = new Date(Date.UTC(m === 12 ? y! + 1 : y!, m === 12 ? 0 : m!, 1));
  while (first.getUTCDay() !== 1) first.setUTCDate(first.getUTCDate() + 1);
  return startOfLocalDay(first.toISOString().slice(0, 10), ZONE);
}
