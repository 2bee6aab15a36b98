import type { CheckinBody, Taken } from '@steadfast/contracts';
import type { DemoSeeder } from '../../demo/demo-world';
import type { Ctx } from '../../http/context';
import { screenOnly, screenStructured } from '../risk';
import { effectiveConfig } from './check-ins.config';
import { shiftDay, todayIn } from './check-ins.days';
import { checkinConfigs, checkins } from './check-ins.tables';

type Day = Omit<CheckinBody, 'date' | 'clientKey'>;

const calm = (mood: number, selfHarm: number, sabotage: number, extra: Partial<Day> = {}): Day => ({
  mood,
  urges: { selfHarm, sabotage, actUnwellToBeSeen: Math.max(0, sabotage - 1) },
  medication: 'yes',
  water: 'yes',
  meals: 'yes',
  sleepHours: 7,
  emotions: { sadness: Math.max(0, 5 - mood), anxiety: Math.max(0, 4 - Math.floor(mood / 2)), joy: Math.max(0, mood - 4) },
  skills: mood < 5 ? ['slowBreathing', 'reachingOut'] : ['absorbingActivity'],
  ...extra,
});

/**
 * Sam's 60 days (SPEC §3), oldest first, ending yesterday: an ordinary stretch, one dip with a
 * self-harm urge of 4 (a note, medication partly missed), recovery, and 12 stable days at or above
 * her own baseline with low urges, the calm that issue 16's stable stretch finds. A few missed
 * days early on stay empty.
 */
function samDays(): (Day | null)[] {
  const days: (Day | null)[] = [];
  const wobble = [5, 6, 5, 5, 6, 4, 5, 6, 5, 6];
  for (let i = 0; i < 20; i += 1) days.push(i === 5 || i === 14 ? null : calm(wobble[i % 10]!, 1, 1));
  const dip: Day[] = [
    calm(4, 2, 2),
    calm(3, 2, 3, { water: 'partly' }),
    calm(3, 3, 3, { medication: 'partly', sleepHours: 5 }),
    calm(2, 4, 3, {
      medication: 'no',
      meals: 'partly',
      sleepHours: 4.5,
      note: 'Hard day. Work was a lot and I felt far away from everyone. I used my plan and texted my sister.',
    }),
    calm(3, 3, 2, { sleepHours: 5.5 }),
    calm(3, 2, 2),
    calm(4, 2, 2),
    calm(4, 1, 2, { note: 'A bit better. Went for a walk.' }),
  ];
  days.push(...dip);
  const recovery = [5, 5, 6, 5, 6, 5, 6, 6, 5, 6, 6, 5, 6, 6, 5, 6, 6, 6, 5, 6];
  recovery.forEach((mood, i) => days.push(i === 5 ? null : calm(mood, 1, 1)));
  const stable = [6, 7, 6, 7, 7, 6, 7, 7, 6, 7, 7, 7];
  stable.forEach((mood, i) => days.push(calm(mood, 0, i % 4 === 0 ? 1 : 0, i === 8 ? { note: 'Quiet week. Strange how quiet feels.' } : {})));
  return days; // 20 + 8 + 20 + 12 = 60
}

/** Alex checks in now and then: every third or fourth day, a steady middle mood. */
function alexDays(): (Day | null)[] {
  return Array.from({ length: 60 }, (_, i) =>
    i % 4 === 1 || (i % 7 === 3 && i > 30) ? { mood: 5 + (i % 3), urges: { selfHarm: 0, sabotage: i % 2 }, medication: 'yes' as Taken } : null,
  );
}

export const seedCheckinsDemo: DemoSeeder = async (ctx, world) => {
  const { practiceId, clients, now } = world;
  await ctx.db.insert(checkinConfigs).values({
    practiceId,
    clientId: clients.sam,
    items: ['mood', 'urges', 'emotions', 'skills', 'medication', 'water', 'meals', 'sleep', 'note'],
    urges: [{ key: 'actUnwellToBeSeen', label: 'Urge to seem unwell so someone notices me' }],
    emotions: [
      { key: 'sadness', label: 'Sadness' },
      { key: 'anxiety', label: 'Worry or fear' },
      { key: 'joy', label: 'Joy' },
    ],
    skills: [
      { key: 'slowBreathing', label: 'Slow breathing' },
      { key: 'reachingOut', label: 'Reaching out to someone' },
      { key: 'absorbingActivity', label: 'Doing something absorbing' },
    ],
    selfNeglect: { medicationNoDays: 2, waterSkippedDays: 2, mealsSkippedDays: 2 },
    backdateDays: 3,
    updatedAt: new Date(now.getTime() - 61 * 86_400_000),
    updatedBy: world.people.dana,
  });
  await seedSeries(ctx, practiceId, clients.sam, samDays(), now);
  await seedSeries(ctx, practiceId, clients.alex, alexDays(), now);
  // No reminder times are seeded: they are the client's own choice, and a seeded one would e-mail from every demo start.
};

/** Inserts a series ending yesterday in the client's zone, each day screened as a real check-in is (no flags: none reaches high). */
async function seedSeries(ctx: Ctx, practiceId: string, clientId: string, days: (Day | null)[], now: Date) {
  const { timeZone } = await effectiveConfig(ctx.db, practiceId, clientId);
  const yesterday = shiftDay(todayIn(timeZone, now), -1);
  const rows = days.flatMap((day, i) => {
    if (!day) return [];
    const date = shiftDay(yesterday, i - (days.length - 1));
    const screened = screenOnly({
      clientId,
      sourceType: 'checkin',
      sourceId: date,
      text: day.note,
      structured: screenStructured({ urges: day.urges, medicationTaken: day.medication }),
    });
    const at = new Date(`${date}T19:30:00Z`);
    return [
      {
        practiceId,
        clientId,
        date,
        enteredOn: date,
        mood: day.mood,
        urges: day.urges ?? {},
        actedOn: [],
        medication: day.medication ?? null,
        note: day.note ?? null,
        emotions: day.emotions ?? {},
        skills: day.skills ?? [],
        water: day.water ?? null,
        meals: day.meals ?? null,
        sleepHours: day.sleepHours ?? null,
        riskLevel: screened.level,
        riskReasons: screened.reasons,
        createdAt: at,
        updatedAt: at,
      },
    ];
  });
  await ctx.db.insert(checkins).values(rows);
}
