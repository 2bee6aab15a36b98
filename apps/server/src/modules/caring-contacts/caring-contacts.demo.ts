import type { DemoSeeder } from '../../demo/demo-seeders';
import { withDb } from '../../http/context';
import { scheduleCaringSend, sendCaringContact } from './caring-contacts.job';
import { insertCaringContacts } from './caring-contacts.queries';
import { caringTemplates, fillTemplate } from './caring-contacts.words';

const DAY_MS = 86_400_000;

/**
 * Sam's caring contacts from Dana (SPEC §3, issue 16): one sent ten days ago (it is in the
 * conversation, sent by the same code the job runs, at its own time), one due this week, then tapering.
 */
export const seedCaringContactsDemo: DemoSeeder = async (ctx, world) => {
  const base = { practiceId: world.practiceId, clientId: world.clients.sam, clinicianId: world.people.dana };
  const at = (days: number) => new Date(world.now.getTime() + days * DAY_MS + 60 * 60_000);
  const [sent, ...planned] = await insertCaringContacts(
    ctx.db,
    [-10, 3, 17, 31, 61].map((days, i) => ({
      ...base,
      dueAt: at(days),
      body: fillTemplate(caringTemplates[i % caringTemplates.length]!, 'Sam Taylor', 'Dana Reyes'),
    })),
  );
  await sendCaringContact(withDb({ ...ctx, clock: { now: () => sent!.dueAt } }, ctx.db), sent!.id, sent!.dueAt);
  for (const row of planned) await scheduleCaringSend(ctx.db, row);
};
