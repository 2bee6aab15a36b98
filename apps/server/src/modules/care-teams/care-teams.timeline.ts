import { and, eq } from 'drizzle-orm';
import type { CareScope } from '@steadfast/contracts';
import { personName } from '../../access/people';
import { newestFirst, olderThan, timelineAt, timelineKey, type TimelineSource } from '../../access/timeline-source';
import { careTeamChanges } from './care-teams.tables';

const c = careTeamChanges;

const roleWords = { therapist: 'therapist', gp: 'GP', co_therapist: 'co-therapist', other: 'care-team member' } as const;
const scopeWords: Record<CareScope, string> = {
  safety_plan: 'safety plan',
  measures: 'questionnaires',
  appointments: 'appointments',
  checkins: 'check-ins',
  messages: 'messages',
  notes: 'clinical notes',
};

/** Who joined, changed or left the care team, with what they may see, and who made the change. */
export const careTeamTimeline: TimelineSource = {
  kinds: ['care_team'],
  action: 'careTeam.read',
  async read(db, practiceId, clientId, window) {
    const rows = await db
      .select({
        at: timelineAt(c.createdAt),
        key: timelineKey('care_team', c.id),
        change: c.change,
        role: c.role,
        scopes: c.scopes,
        member: personName(c.clinicianId),
        by: personName(c.actorId),
      })
      .from(c)
      .where(and(eq(c.practiceId, practiceId), eq(c.clientId, clientId), olderThan(window, c.createdAt, 'care_team', c.id)))
      .orderBy(newestFirst(c.createdAt, 'care_team', c.id))
      .limit(window.limit);
    return rows.map((r) => ({
      key: r.key,
      kind: 'care_team' as const,
      at: r.at,
      title:
        r.change === 'added'
          ? `${r.member} joined the care team as ${roleWords[r.role]}`
          : r.change === 'ended'
            ? `${r.member}'s place on the care team ended`
            : `${r.member}'s place on the care team changed`,
      detail: `${r.change === 'ended' ? '' : `Sees: ${r.scopes.length ? r.scopes.map((s) => scopeWords[s]).join(', ') : 'the care team and risk flags only'} · `}By ${r.by}`,
      link: `/clients/${clientId}/care-team`,
    }));
  },
};
