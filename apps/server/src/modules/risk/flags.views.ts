import { ESCALATION_LAST_STEP, type FlagEvent, type FlagReason, type PersonRef, type TriageItem } from '@steadfast/contracts';
import type { FlagAccess } from './flags.access';
import { buildExcerpt } from './flags.excerpt';
import { stepTime } from './escalation.schedule';
import type { FlagEventRow, FlagRow } from './risk.queries';

export interface FlagViewInput {
  flag: FlagRow;
  clientName: string;
  access: FlagAccess;
  /** The last ladder step taken, if any. */
  lastStep: number | undefined;
  /** The source's words, when the caller may read them and the source still exists. */
  sourceText: string | undefined;
  names: Map<string, string>;
}

/** A flag as a triage item: the words and phrases only for those who may read the source. */
export function toTriageItem({ flag, clientName, access, lastStep, sourceText, names }: FlagViewInput): TriageItem {
  const mayReadWords = access.sources.has(flag.sourceType);
  const open = !flag.acknowledgedAt;
  const nextStep = lastStep === undefined ? 0 : lastStep + 1;
  return {
    flagId: flag.id,
    clientId: flag.clientId,
    clientName,
    ...(flag.sourceType === 'message' ? { messageId: flag.sourceId } : {}),
    sourceType: flag.sourceType,
    level: flag.level,
    reasons: flag.reasons.map((r): FlagReason =>
      mayReadWords && r.phrase ? { construct: r.construct, phrase: r.phrase, span: r.span } : { construct: r.construct },
    ),
    ...(mayReadWords && sourceText !== undefined ? { excerpt: buildExcerpt(sourceText, flag.reasons) } : {}),
    createdAt: flag.createdAt.toISOString(),
    dueBy: flag.dueBy.toISOString(),
    escalationStep: lastStep ?? null,
    nextEscalationAt: open && nextStep <= ESCALATION_LAST_STEP ? stepTime(flag, nextStep).toISOString() : null,
    ...(flag.acknowledgedAt && flag.acknowledgedBy
      ? { acknowledgedAt: flag.acknowledgedAt.toISOString(), acknowledgedBy: person(flag.acknowledgedBy, names) }
      : {}),
    canAcknowledge: open && access.acknowledge,
  };
}

/** The flag's history, oldest first: raised, each ladder step, the acknowledgement with its note. */
export function toFlagHistory(flag: FlagRow, events: FlagEventRow[], names: Map<string, string>): FlagEvent[] {
  const history: FlagEvent[] = [{ kind: 'raised', at: flag.createdAt.toISOString() }];
  for (const event of events) {
    if (event.kind === 'step' && event.step !== null) {
      history.push({
        kind: 'step',
        at: event.at.toISOString(),
        step: event.step,
        notified: event.notified.map((n) => ({ person: person(n.userId, names), reason: n.reason, channels: n.channels })),
      });
    } else if (event.kind === 'acknowledged' && event.actorId) {
      history.push({
        kind: 'acknowledged',
        at: event.at.toISOString(),
        by: person(event.actorId, names),
        note: flag.acknowledgementNote ?? '',
        outcome: flag.acknowledgementOutcome ?? null,
      });
    }
  }
  return history;
}

/** Everyone a flag's views name: who acknowledged it and who its steps told. */
export function peopleIn(flag: FlagRow, events: FlagEventRow[] = []): string[] {
  return [
    ...(flag.acknowledgedBy ? [flag.acknowledgedBy] : []),
    ...events.flatMap((e) => [...(e.actorId ? [e.actorId] : []), ...e.notified.map((n) => n.userId)]),
  ];
}

function person(id: string, names: Map<string, string>): PersonRef {
  return { id, name: names.get(id) ?? '' };
}
