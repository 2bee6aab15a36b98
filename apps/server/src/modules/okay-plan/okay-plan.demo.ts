import { changedOkayPlanSections, emptyOkayPlan, type OkayPlanContent } from '@steadfast/contracts';
import type { DemoSeeder } from '../../demo/demo-world';
import { insertNote, insertOkayPlanVersionIfFree } from './okay-plan.queries';

const DAY_MS = 86_400_000;

/*
 * Sam's okay plan, written with Dana (SPEC §3, §2.6), in Sam's words. What Sam describes is the
 * client in SPEC §1: calm weeks feel unanchored, and the pull is to make trouble to be seen.
 */
const samOkayPlan: OkayPlanContent = {
  feelsLike: ['I sleep through the night and get up without bargaining with myself.', 'I go to choir and actually sing instead of hiding at the back.'],
  harderSigns: [
    'A quiet week starts to feel like nobody is holding the rope.',
    'I catch myself thinking Dana will stop seeing me because I am fine now.',
    'I want to stir something up so that someone notices me.',
  ],
  whatHelps: [
    'Reading Dana’s note that it is okay to be okay.',
    'Telling Jo that it is a wobbly-calm day.',
    'Sending a ‘just sharing’ message about a good thing.',
  ],
  fromCareTeam: ['A short note in a calm week, not only in a bad one.', 'Being reminded that fewer sessions does not mean the end of care.'],
  remember: ['Being okay is not a reason for anyone to leave.', 'I can ask for a new note without anything being wrong.'],
};

/** Sam has an okay plan and two notes from Dana, one pinned; Alex has none yet. */
export const seedOkayPlanDemo: DemoSeeder = async (ctx, world) => {
  const { practiceId } = world;
  const clientId = world.clients.sam;
  await insertOkayPlanVersionIfFree(ctx.db, {
    practiceId,
    clientId,
    version: 1,
    plan: samOkayPlan,
    authorId: world.people.dana,
    authorRole: 'clinician',
    changedSections: changedOkayPlanSections(emptyOkayPlan(), samOkayPlan),
    createdAt: new Date(world.now.getTime() - 14 * DAY_MS),
  });
  const note = { practiceId, clientId, kind: 'clinician' as const, authorId: world.people.dana };
  await insertNote(ctx.db, {
    ...note,
    body: 'It is okay to be okay. I am not going anywhere because things are calmer: our sessions carry on, and so do I.',
    pinnedAt: new Date(world.now.getTime() - 13 * DAY_MS),
    createdAt: new Date(world.now.getTime() - 14 * DAY_MS),
  });
  await insertNote(ctx.db, {
    ...note,
    body: 'I was thinking of you after choir day. However this week goes, you are worth care exactly as you are.',
    pinnedAt: null,
    createdAt: new Date(world.now.getTime() - 3 * DAY_MS),
  });
};
