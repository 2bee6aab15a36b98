import type { DemoSeeder } from '../../demo/demo-world';
import { riskFormulations } from './risk.tables';

const DAY = 86_400_000;

/**
 * Dana's own risk formulation of Sam, written after a session two weeks ago (SPEC §3): the
 * clinician's words and plan, with a review date instead of a tier. No flag is seeded: the demo's
 * triage queue fills when someone writes.
 */
export const seedRiskDemo: DemoSeeder = async (ctx, { practiceId, people, clients, now }) => {
  const written = new Date(now.getTime() - 14 * DAY);
  const review = new Date(now.getTime() + 14 * DAY).toISOString().slice(0, 10);
  await ctx.db.insert(riskFormulations).values({
    practiceId,
    clientId: clients.sam,
    authorId: people.dana,
    formulation:
      'Sam finds calm weeks harder than difficult ones: stability brings a fear that care will end, and with it urges to stop medication or to hurt themself so that contact continues. Past self-harm was at times of change in care.',
    judgement:
      'No current plan or intent to end their life. Risk rises around changes in session frequency; the coming off-week is the time to watch. Sam reaches out before acting when the routes are clear.',
    plan: 'Weekly sessions until the step-down begins, then the agreed off-week with messages open and Omar on call. Caring notes twice in the off-week. Review the safety plan together before it starts.',
    changeableFactors: 'Sleep; contact with their sister; knowing the step-down is gradual and reversible.',
    reviewBy: review,
    createdAt: written,
  });
};
