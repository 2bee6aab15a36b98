import type { MessageIntent, RiskLevel } from '@steadfast/contracts';
import type { CaseloadFilter, CaseloadSort } from './caseload.view';

/** Words of the clinician's caseload and client pages. */
export const caseloadWords = {
  title: 'Your caseload',
  intro:
    'The clients whose care team you are part of, and those you cover while their clinician is away, most pressing first: open risk flags, then replies that are due, then what asks you to look (a step back up, self-neglect, a stable stretch).',
  clientsHeading: 'Clients',
  none: 'No clients yet. Invite a client below and they will appear here once they join.',
  yourRole: 'Your role',
  notOnTeam: 'Not on the care team',
  /** A client the caller covers while the primary clinician is away (SPEC §2.3). */
  coveringFor: (clinician: string, until: string) => `You are covering for ${clinician} until ${until}`,
  coverRole: 'Cover',
  primary: 'Main contact',
  careTeam: 'Also in the care team',
  onlyPrimary: 'No one else yet',
  clientTitle: (name: string) => name,
  backToCaseload: 'Back to your caseload',
} as const;

/**
 * What each client card says about messages and flags, for clinicians only. Plain and calm: an
 * overdue reply is stated, not alarmed about, and every signal is in words (never colour alone).
 */
export const signalWords = {
  intent: { share: 'share', before_session: 'before session', soon: 'soon', crisis: 'crisis' } satisfies Record<MessageIntent, string>,
  waiting: (n: number) => (n === 1 ? '1 message waiting' : `${n} messages waiting`),
  /** "(1 ‘soon’, 1 ‘before session’)", when more than one kind waits. */
  waitingKinds: (parts: { intent: MessageIntent; count: number }[]) => `(${parts.map((p) => `${p.count} ‘${signalWords.intent[p.intent]}’`).join(', ')})`,
  /** The one kind that waits, when only one does: "2 ‘soon’ messages waiting". */
  waitingOfKind: (n: number, intent: MessageIntent) => `${n} ‘${signalWords.intent[intent]}’ ${n === 1 ? 'message' : 'messages'} waiting`,
  due: (intent: MessageIntent, when: string) => `‘${signalWords.intent[intent]}’ reply due by ${when}`,
  overdue: (intent: MessageIntent, when: string) => `‘${signalWords.intent[intent]}’ reply overdue since ${when}`,
  nothingWaiting: 'Nothing waiting for a reply',
  unseen: (n: number) => (n === 1 ? '1 message not opened by you yet' : `${n} messages not opened by you yet`),
  lastMessage: (when: string) => `Last message ${when}`,
  noMessages: 'No messages yet',
  messagesNotShared: 'Messages are not shared with you for this client.',
  flagLevel: { none: 'none', concern: 'concern', high: 'high', imminent: 'imminent' } satisfies Record<RiskLevel, string>,
  flag: (level: RiskLevel, open: number) =>
    open === 1 ? `Risk flag: ${signalWords.flagLevel[level]}` : `Risk flags: ${open}, highest ${signalWords.flagLevel[level]}`,
} as const;

/** The caseload's controls and its table's columns. */
export const viewWords = {
  search: 'Find a client',
  searchHint: 'By name',
  show: 'Show',
  filter: {
    all: 'All clients',
    primary: 'My main-contact clients',
    flags: 'Open risk flags',
    stable: 'Stable stretches',
    stepDown: 'Step-down plans',
  } satisfies Record<CaseloadFilter, string>,
  sortBy: 'Sort by',
  sort: {
    need: 'Need (most pressing first)',
    name: 'Name',
    reply: 'Reply due',
    checkin: 'Longest since a check-in',
    appointment: 'Next session',
  } satisfies Record<CaseloadSort, string>,
  showing: (shown: number, total: number) => (shown === total ? `${total} ${total === 1 ? 'client' : 'clients'}` : `Showing ${shown} of ${total} clients`),
  noneMatch: 'No client matches. Try another name, or show all clients.',
  showAll: 'Show all clients',
  columns: {
    client: 'Client',
    risk: 'Risk',
    messages: 'Messages',
    checkins: 'Check-ins',
    stability: 'Stable stretch',
    sessions: 'Sessions and plan',
  },
  noFlag: 'No open flag',
  notStable: '—',
} as const;
