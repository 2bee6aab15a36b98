import type { DemoSeeder } from '../../demo/demo-world';
import { withDb } from '../../http/context';
import { localDateOf } from '../reply-windows';
import { scheduleCaringSend, sendCaringContact } from './caring-contacts.job';
import { insertCaringContacts } from './caring-contacts.queries';
import { caringDueTimes } from './caring-contacts.schedule';
import { caringTemplates, fillTemplate } from './caring-contacts.words';

const DAY_MS = 86_400_000;

/**
 * Sam's caring contacts from Dana (SPEC §3, issue 16): a tapering schedule begun 13 days ago, so
 * the first note was sent about a week ago (sent by the same code the job runs, at its own time)
 * and the second falls due this week.
 */
export const seedCaringContactsDemo: DemoSeeder = async (ctx, world) => {
  const startsOn = localDateOf(new Date(world.now.getTime() - 13 * DAY_MS), 'Europe/London');
  const due = caringDueTimes('tapering', startsOn, 'Europe/London', `demo:${world.clients.sam}`);
  const rows = await insertCaringContacts(
    ctx.db,
    due.map((dueAt, i) => ({
      practiceId: world.practiceId,
      clientId: world.clients.sam,
      clinicianId: world.people.dana,
      dueAt,
      body: fillTemplate(caringTemplates[i % caringTemplates.length]!, 'Sam Taylor', 'Dana Reyes'),
    })),
  );
  for (const row of rows) {
    if (row.dueAt <= world.now) await sendCaringContact(withDb({ ...ctx, clock: { now: () => row.dueAt } }, ctx.db), row.id, row.dueAt);
    else await scheduleCaringSend(ctx.db, row);
  }
};
