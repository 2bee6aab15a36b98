import { z } from 'zod';
import { Id, IsoDateTime } from './common';

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

export const CaseloadEntry = z.object({
  clientId: Id,
  name: z.string(),
  myRole: CareTeamRole.nullable(),
  isPrimary: z.boolean(),
  primaryClinicianName: z.string(),
  careTeam: z.array(CareTeamMember),
  joinedAt: IsoDateTime,
  status: z.enum(['active', 'discharged']),
});
export type CaseloadEntry = z.infer<typeof CaseloadEntry>;
export const Caseload = z.object({ clients: z.array(CaseloadEntry) });

export const ClientProfile = z.object({
  clientId: Id,
  name: z.string(),
  careTeam: z.array(CareTeamMember),
  status: z.enum(['active', 'discharged']),
});
export type ClientProfile = z.infer<typeof ClientProfile>;
