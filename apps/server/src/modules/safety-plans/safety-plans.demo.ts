import type { SafetyPlanContent } from '@steadfast/contracts';
import type { DemoSeeder } from '../../demo/demo-world';
import { appendVersion } from './safety-plans.versions';

const DAY_MS = 86_400_000;

/*
 * Sam's plan, written with Dana in session, in Sam's own words (SPEC §3). Safe-messaging
 * rules apply to demo data too (CLINICAL.md §4.2): no method detail anywhere. Phone numbers
 * are from Ofcom's ranges reserved for drama, so they reach nobody.
 */
const samInSession: SafetyPlanContent = {
  warningSigns: [
    'I start cancelling plans and staying in my room.',
    'I stop answering messages, even from Jo.',
    'Things have been calm for a while and I start to feel nobody needs to check on me.',
    'I am awake past 2am going over the same thoughts.',
  ],
  copingAlone: [
    'Put my headphones on and walk the long way round the harbour.',
    'Splash cold water on my face and breathe out slowly until the wave passes.',
    'Write the feeling down in my notes instead of acting on it.',
    'Read the note Dana wrote me: it is okay to be okay.',
  ],
  distractions: {
    people: [{ name: 'Jo, my sister', phone: '07700 900123' }, { name: 'Priya from choir' }],
    places: ['The café on Harbour Street, with a book.', 'Choir on Thursday evenings.', 'The library reading room.'],
  },
  helpers: [
    { name: 'Jo', relationship: 'My sister', phone: '07700 900123' },
    { name: 'Marcus', relationship: 'My friend from work', phone: '07700 900456' },
  ],
  professionals: [
    { name: 'Harbour Medical Practice (my GP surgery)', phone: '020 7946 0123', note: 'Weekdays 8am to 6:30pm.' },
    { name: 'Harbour General Hospital, A&E', note: 'Queen Street entrance, open day and night.' },
  ],
  saferSurroundings: [
    'Jo keeps the things we talked about in session at her flat for now.',
    'When I notice my warning signs, I go to the living room or out for a walk instead of staying alone in my room.',
  ],
  mattersMost: 'My sister Jo and my nephew Leo. I want to be there while Leo grows up.',
  reasonsForLiving: ['Being there for Leo.', 'Singing with the choir.', 'Pepper, my cat, who needs me.'],
};

/** Sam has a plan in two versions (Dana in session, then Sam on their own); Alex has none yet. */
export const seedSafetyPlanDemo: DemoSeeder = async (ctx, world) => {
  const base = { practiceId: world.practiceId, clientId: world.clients.sam };
  await appendVersion(ctx.db, {
    ...base,
    authorId: world.people.dana,
    authorRole: 'clinician',
    plan: samInSession,
    baseVersion: 0,
    at: new Date(world.now.getTime() - 20 * DAY_MS),
  });
  await appendVersion(ctx.db, {
    ...base,
    authorId: world.people.sam,
    authorRole: 'client',
    plan: { ...samInSession, reasonsForLiving: [...samInSession.reasonsForLiving, 'The trip to the coast Jo and I are planning for the summer.'] },
    baseVersion: 1,
    at: new Date(world.now.getTime() - 6 * DAY_MS),
  });
};
