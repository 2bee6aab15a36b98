import type { CaseloadEntry } from '@steadfast/contracts';

/** Which clients the caseload shows (SPEC §2.8): everyone, or those a clinician works through as a group. */
export const caseloadFilters = ['all', 'primary', 'flags', 'stable', 'stepDown'] as const;
export type CaseloadFilter = (typeof caseloadFilters)[number];

/** How the caseload is ordered. `need` keeps the server's order (apps/server/src/modules/caseload/caseload.order.ts). */
export const caseloadSorts = ['need', 'name', 'reply', 'checkin', 'appointment'] as const;
export type CaseloadSort = (typeof caseloadSorts)[number];

export interface CaseloadView {
  filter: CaseloadFilter;
  search: string;
  sort: CaseloadSort;
}

export const defaultView: CaseloadView = { filter: 'all', search: '', sort: 'need' };

const matchesFilter: Record<CaseloadFilter, (c: CaseloadEntry) => boolean> = {
  all: () => true,
  primary: (c) => c.isPrimary,
  flags: (c) => (c.signals.flags?.open ?? 0) > 0,
  stable: (c) => c.signals.stability !== null,
  stepDown: (c) => c.signals.stepUp !== null,
};

/** Lower-cased, without accents, so "zoe" finds "Zoë". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

const last = Number.POSITIVE_INFINITY;
const sortKey: Record<Exclude<CaseloadSort, 'need'>, (c: CaseloadEntry) => number | string> = {
  name: (c) => folded(c.name),
  reply: (c) => (c.signals.messages?.nextReplyDue ? Date.parse(c.signals.messages.nextReplyDue.at) : last),
  // The longest without a check-in first; never checked in before anyone who has; hidden check-ins last.
  checkin: (c) => (c.signals.checkins ? -(c.signals.checkins.daysSinceLast ?? 100_000) : last),
  appointment: (c) => (c.signals.appointments?.next ? Date.parse(c.signals.appointments.next.start) : last),
};

/** The clients to show, in the order asked for; ties keep the order of need. */
export function viewOf(clients: CaseloadEntry[], view: CaseloadView): CaseloadEntry[] {
  const words = folded(view.search).split(/\s+/).filter(Boolean);
  const shown = clients.filter((c) => matchesFilter[view.filter](c) && words.every((w) => folded(c.name).includes(w)));
  if (view.sort === 'need') return shown;
  const key = sortKey[view.sort];
  return shown
    .map((client, need) => ({ client, need, key: key(client) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.need - b.need))
    .map((x) => x.client);
}
