import type { DemoSeeder } from '../../demo/demo-world';
import { peerModerators, peerSettings } from './peer-space.tables';

/**
 * The demo practice has its peer space open, moderated by Omar (a clinician who is not Sam's or
 * Alex's therapist) and Ada, the admin. Nobody has joined: clients choose their own pseudonym.
 * Rows only, no events or audit, so other tests' counts of those are unchanged.
 */
export const seedPeerSpaceDemo: DemoSeeder = async (ctx, world) => {
  await ctx.db.insert(peerSettings).values({ practiceId: world.practiceId, enabled: true, updatedBy: world.people.ada, updatedAt: world.now });
  await ctx.db.insert(peerModerators).values([
    { practiceId: world.practiceId, userId: world.people.omar, createdAt: world.now },
    { practiceId: world.practiceId, userId: world.people.ada, createdAt: world.now },
  ]);
};
