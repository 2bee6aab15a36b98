import { z } from 'zod';
import { CaseloadAppointmentSignals, CaseloadStepUpSignals } from './scheduling';
import { Id, IsoDateTime, RiskLevel } from './common';
import { MessageIntent } from './messaging';
import { CaseloadCheckinSignals, IsoDate } from './check-ins';
import { CaseloadStabilitySignals } from './okay-plan';

export const careTeamRoles = ['therapist', 'gp', 'co_therapist', 'other'] as const;
export const CareTeamRole = z.enum(careTeamRoles);

/** What a non-primary member may see (SPEC §2.1); the primary clinician sees everything. */
export const careScopes = ['safety_plan', 'measures', 'appointments', 'checkins', 'messages', 'notes'] as const;
export const CareScope = z.enum(careScopes);
export type CareScope = z.infer<typeof CareScope>;

export const CareTeamMember = z.object({
  clinicianId: Id,
  name: z.string(),
  role: CareTeamRole,
  isPrimary: z.boolean(),
  scopes: z.array(CareScope),
});
export type CareTeamMember = z.infer<typeof CareTeamMember>;

const Count = z.number().int().nonnegative();

/**
 * A client's conversation at a glance (SPEC §2.8): client messages still waiting for a reply (not
 * answered, not marked "no reply needed"), the earliest reply time promised among them, what the
 * caller has not opened yet, and when anyone last wrote.
 */
export const CaseloadMessageSignals = z.object({
  waiting: z.object({ before_session: Count, soon: Count, crisis: Count }),
  /** The earliest promised reply among the waiting messages (a `crisis` message promises no time: it goes to on call). */
  nextReplyDue: z.object({ at: IsoDateTime, intent: MessageIntent, overdue: z.boolean() }).nullable(),
  unseenByMe: Count,
  lastMessageAt: IsoDateTime.nullable(),
});
export type CaseloadMessageSignals = z.infer<typeof CaseloadMessageSignals>;

/** Unacknowledged risk flags: how many, the highest level, and the most urgent one to open. Clinicians only. */
export const CaseloadFlagSignals = z.object({
  open: Count,
  highestLevel: RiskLevel.nullable(),
  mostUrgentFlagId: Id.nullable(),
});
export type CaseloadFlagSignals = z.infer<typeof CaseloadFlagSignals>;

/** Each signal is null when the caller's access does not include it (a GP without the messages scope sees no message signals). */
export const CaseloadSignals = z.object({
  messages: CaseloadMessageSignals.nullable(),
  flags: CaseloadFlagSignals.nullable(),
  appointments: CaseloadAppointmentSignals.nullable(),
  stepUp: CaseloadStepUpSignals.nullable(),
  /** Last check-in, 14-day trend, self-neglect streaks: null without the checkins permission (a GP needs the `checkins` scope). */
  checkins: CaseloadCheckinSignals.nullable(),
  /** The current stable stretch (SPEC §4): since when, how many days; null when none, or without the checkins permission. */
  stability: CaseloadStabilitySignals.nullable(),
});
export type CaseloadSignals = z.infer<typeof CaseloadSignals>;

export const CaseloadEntry = z.object({
  clientId: Id,
  name: z.string(),
  myRole: CareTeamRole.nullable(),
  isPrimary: z.boolean(),
  primaryClinicianName: z.string(),
  careTeam: z.array(CareTeamMember),
  joinedAt: IsoDateTime,
  status: z.enum(['active', 'discharged']),
  /** Set while the caller covers this client because the primary clinician is away (SPEC §2.3). */
  coveringFor: z.object({ clinicianName: z.string(), until: IsoDateTime }).nullable(),
  signals: CaseloadSignals,
});
export type CaseloadEntry = z.infer<typeof CaseloadEntry>;
export const Caseload = z.object({ clients: z.array(CaseloadEntry) });
export type Caseload = z.infer<typeof Caseload>;

export const ClientProfile = z.object({
  clientId: Id,
  name: z.string(),
  careTeam: z.array(CareTeamMember),
  status: z.enum(['active', 'discharged']),
  /** What the caller may open about this client beyond the profile (the rules decide; the app only shows it). */
  can: z.object({ readNotes: z.boolean(), exportRecord: z.boolean() }),
});
export type ClientProfile = z.infer<typeof ClientProfile>;

/** One membership of a client's care team, current, upcoming or ended (SPEC §2.1). */
export const CareTeamMembership = CareTeamMember.extend({
  startsAt: IsoDateTime,
  endsAt: IsoDateTime.nullable(),
  status: z.enum(['current', 'upcoming', 'ended']),
});
export type CareTeamMembership = z.infer<typeof CareTeamMembership>;

/** A client's care team with its history; `canManage` and the practice's clinicians only for those who may change it. */
export const CareTeamView = z.object({
  /** Whose team this is: enough to name the page without the client's profile (the practice admin may not read that). */
  client: z.object({ id: Id, name: z.string() }),
  members: z.array(CareTeamMembership),
  canManage: z.boolean(),
  clinicians: z.array(z.object({ id: Id, name: z.string() })),
});
export type CareTeamView = z.infer<typeof CareTeamView>;

/**
 * One client of the practice on the admin's list (SPEC §2.1): a name, whether they are in care, and
 * their primary clinician, so the admin can open the care team. Never anything clinical.
 */
export const PracticeClient = z.object({
  id: Id,
  name: z.string(),
  status: z.enum(['active', 'discharged']),
  primaryClinician: z.object({ id: Id, name: z.string() }).nullable(),
});
export type PracticeClient = z.infer<typeof PracticeClient>;
/** Every client of the practice, by name: a practice is small (tens to a few hundred clients), so the list is complete. */
export const PracticeClientList = z.object({ clients: z.array(PracticeClient) });
export type PracticeClientList = z.infer<typeof PracticeClientList>;

const Scopes = z
  .array(CareScope)
  .max(careScopes.length)
  .refine((scopes) => new Set(scopes).size === scopes.length, 'Each scope once.');

/** Adding a member: a clinician of the practice, from today or a later date, until an optional end date. */
export const AddCareTeamMemberBody = z
  .strictObject({
    clinicianId: Id,
    role: CareTeamRole,
    scopes: Scopes,
    /** Defaults to today in the client's time zone; never in the past. */
    startsOn: IsoDate.optional(),
    /** The first day without access. */
    endsOn: IsoDate.optional(),
  })
  .refine((b) => !b.endsOn || !b.startsOn || b.endsOn > b.startsOn, { message: 'The end date must come after the start date.', path: ['endsOn'] });
export type AddCareTeamMemberBody = z.infer<typeof AddCareTeamMemberBody>;

/** Changing a member's scopes or end date (null: no end date). */
export const UpdateCareTeamMemberBody = z
  .strictObject({ scopes: Scopes.optional(), endsOn: IsoDate.nullable().optional() })
  .refine((b) => b.scopes !== undefined || b.endsOn !== undefined, 'Say what changes: scopes or an end date.');
export type UpdateCareTeamMemberBody = z.infer<typeof UpdateCareTeamMemberBody>;

/** Ending a membership: from today unless a later date is given. */
export const EndCareTeamMemberBody = z.strictObject({ endsOn: IsoDate.optional() });
export type EndCareTeamMemberBody = z.infer<typeof EndCareTeamMemberBody>;

export const CareTeamMemberParams = z.strictObject({ clientId: Id, clinicianId: Id });
