import { MEASURE_TEXT_VERSION, type Instrument } from '@steadfast/contracts';
import type { DemoSeeder } from '../../demo/demo-world';
import { dateKey, localDateOf } from '../reply-windows';
import { clientZone } from './measures.service';
import { scoreMeasure } from './measures.scoring';
import { measureResults, measureSchedules } from './measures.tables';

const DAY = 86_400_000;

/**
 * Sam's two PHQ-9 and two GAD-7 (SPEC §3): one in her dip five weeks ago, one a week ago in the
 * calm, item 9 "not at all" both times. Every four weeks, so a round opens today.
 */
export const seedMeasuresDemo: DemoSeeder = async (ctx, world) => {
  const { practiceId, clients, people, now } = world;
  const zone = await clientZone(ctx.db, practiceId, clients.sam);
  const results: [Instrument, number[], number, number][] = [
    ['phq9', [2, 2, 1, 2, 1, 2, 1, 0, 0], 1, 37],
    ['gad7', [2, 2, 2, 1, 1, 1, 1], 1, 37],
    ['phq9', [1, 1, 1, 1, 0, 1, 0, 0, 0], 0, 7],
    ['gad7', [1, 1, 1, 0, 0, 1, 0], 0, 7],
  ];
  await ctx.db.insert(measureResults).values(
    results.map(([instrument, answers, functional, daysAgo]) => {
      const at = new Date(now.getTime() - daysAgo * DAY);
      return {
        practiceId,
        clientId: clients.sam,
        instrument,
        answers,
        functional,
        total: scoreMeasure(instrument, answers, functional).total,
        date: dateKey(localDateOf(at, zone)),
        completedAt: at,
        enteredBy: people.sam,
        textVersion: MEASURE_TEXT_VERSION,
      };
    }),
  );
  await ctx.db.insert(measureSchedules).values({
    practiceId,
    clientId: clients.sam,
    phq9EveryWeeks: 4,
    gad7EveryWeeks: 4,
    expiresAfterDays: 4,
    startsOn: dateKey(localDateOf(new Date(now.getTime() - 56 * DAY), zone)),
    updatedAt: new Date(now.getTime() - 56 * DAY),
    updatedBy: people.dana,
  });
};
