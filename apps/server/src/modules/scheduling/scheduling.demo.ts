import type { DemoSeeder } from '../../demo/demo-world';
import { demoPeople } from '../../demo/demo-people';
import type { Ctx } from '../../http/context';
import { scheduleAppointment } from './scheduling.service';
import { addLocalDays, formatLocal, wallOf } from './scheduling.time';
import { agreeToStepDownPlan, createStepDownPlan } from './step-down.service';
import { noMoodRuns } from './scheduling.signals';

/**
 * SPEC §3: Sam has met Dana weekly and is stepping down — weekly until the end of this week,
 * one off-week starting within days (so a newcomer sees it coming), then fortnightly, with a
 * review after the first fortnightly session. Alex meets Dana every other week. No step-back-up
 * signal is seeded: the demo shows a plan going as agreed.
 */
export const seedSchedulingDemo: DemoSeeder = async (ctx, { people, clients, now }) => {
  const dana: Ctx = { ...ctx, actor: { ...ctx.actor, userId: people.dana, role: 'clinician', name: demoPeople.dana.name } };
  const today = formatLocal(wallOf(now, 'Europe/London')).slice(0, 10);
  // Sam's sessions fall three days from now each week, so the off-week begins in three days' time.
  const samDay = addLocalDays(today, 3);
  await createStepDownPlan(dana, noMoodRuns, clients.sam, {
    reason:
      'You have had a steadier few months and we want to check, together and gently, that it holds with a little more space between sessions. We planned this in session and can change it at any time.',
    firstSession: `${addLocalDays(samDay, -28)}T10:00`,
    durationMinutes: 50,
    kind: 'video',
    phases: [
      { kind: 'sessions', intervalWeeks: 1, until: addLocalDays(samDay, -1) },
      { kind: 'off', weeks: 1 },
      { kind: 'sessions', intervalWeeks: 2, until: null },
    ],
    reviewDates: [addLocalDays(samDay, 21)],
    stepUpSignals: ['soon_messages', 'checkins_below_baseline'],
    endsOn: addLocalDays(samDay, 7 * 16),
  });
  // Sam said yes in session and in the app: the off-week is part of the signed agreement.
  const sam: Ctx = { ...ctx, actor: { ...ctx.actor, userId: people.sam, role: 'client', name: demoPeople.sam.name, clientId: clients.sam } };
  await agreeToStepDownPlan(sam, noMoodRuns, clients.sam);
  await scheduleAppointment(dana, clients.alex, {
    start: `${addLocalDays(today, 5)}T14:00`,
    durationMinutes: 50,
    kind: 'in_person',
    recurrence: { intervalWeeks: 2, count: 12 },
  });
};
