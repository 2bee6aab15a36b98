import type { DemoSeeder } from '../../demo/demo-world';
import { insertNoteVersionIfFree } from './clinical-notes.queries';

const DAY_MS = 86_400_000;

/**
 * Dana's private notes on Sam (SPEC §3): one as written after a session, and one she corrected,
 * so the demo shows an amendment beside the words it replaced. Dr Patel (no `notes` scope) sees none.
 */
export const seedClinicalNotesDemo: DemoSeeder = async (ctx, world) => {
  const { practiceId } = world;
  const base = { practiceId, clientId: world.clients.sam, authorId: world.people.dana };
  const daysAgo = (days: number, hours = 0) => new Date(world.now.getTime() - days * DAY_MS + hours * 3_600_000);

  const first = crypto.randomUUID();
  await insertNoteVersionIfFree(ctx.db, {
    ...base,
    id: first,
    noteId: first,
    version: 1,
    body: 'Session 9. Sam named the fear that a calm fortnight means the end of our work. We reviewed the okay plan together; Sam chose to keep the note about choir on the home page.',
    createdAt: daysAgo(14),
  });

  const second = crypto.randomUUID();
  const original = {
    ...base,
    id: second,
    noteId: second,
    version: 1,
    body: 'Session 10. Off-week discussed; Sam agreed to one check-in a day during it. Sister visiting on Saturday.',
    createdAt: daysAgo(7),
  };
  await insertNoteVersionIfFree(ctx.db, original);
  await insertNoteVersionIfFree(ctx.db, {
    ...base,
    noteId: second,
    version: 2,
    replacesId: second,
    body: 'Session 10. Off-week discussed; Sam agreed to one check-in a day during it. Sister visiting on Sunday, not Saturday.',
    createdAt: daysAgo(7, 2),
  });
};
