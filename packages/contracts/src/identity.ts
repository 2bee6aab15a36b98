import { z } from 'zod';
import { Email, Id, IsoDateTime, Password, PersonName } from './common';

export const roles = ['admin', 'clinician', 'client'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const SignInBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .trim()
    .regex(/^(\d{6}|[a-z0-9]{4}-[a-z0-9]{4})$/i, 'A 6-digit code or a recovery code')
    .optional(),
});
export type SignInBody = z.infer<typeof SignInBody>;

export const SessionUser = z.object({
  id: Id,
  role: Role,
  name: z.string(),
  clientId: Id.optional(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SignInResponse = z.object({ user: SessionUser });

export const PracticeSummary = z.object({
  id: Id,
  name: z.string(),
  country: z.string(),
  timeZone: z.string(),
});

export const MeResponse = z.object({
  user: SessionUser.extend({
    email: z.string(),
    totpEnabled: z.boolean(),
    mustEnrolTotp: z.boolean(),
  }),
  practice: PracticeSummary,
  can: z.object({
    managePractice: z.boolean(),
    inviteClinicians: z.boolean(),
    inviteClients: z.boolean(),
    viewCaseload: z.boolean(),
  }),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const SessionView = z.object({
  id: z.string(),
  createdAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  expiresAt: IsoDateTime,
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export const SessionList = z.object({ sessions: z.array(SessionView) });

export const TotpEnrolment = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const TotpVerifyBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

export const invitationKinds = ['clinician', 'client'] as const;
export const InvitationKind = z.enum(invitationKinds);

export const CreateInvitationBody = z.strictObject({
  kind: InvitationKind,
  email: Email,
  name: PersonName,
});
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

export const InvitationView = z.object({
  id: Id,
  kind: InvitationKind,
  email: z.string(),
  name: z.string(),
  invitedByName: z.string(),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  acceptedAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
  status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
});
export type InvitationView = z.infer<typeof InvitationView>;
export const InvitationList = z.object({ invitations: z.array(InvitationView) });

export const InvitationPreview = z.object({
  kind: InvitationKind,
  name: z.string(),
  email: z.string(),
  practiceName: z.string(),
});
export const InvitationTokenParams = z.strictObject({ token: z.string().min(20).max(100) });
export const AcceptInvitationBody = z.strictObject({ password: Password });

/** Changing one's own password: the current one proves it is really them, not a borrowed session. */
export const ChangePasswordBody = z
  .strictObject({ currentPassword: z.string().min(1).max(200), newPassword: Password })
  .refine((b) => b.newPassword !== b.currentPassword, { path: ['newPassword'], message: 'Choose a password different from the current one.' });
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;
export const ChangePasswordResult = z.object({ signedOutElsewhere: z.number().int() });

/** Asking for a password-reset link: always answered the same, whether or not the address has an account. */
export const PasswordResetRequestBody = z.strictObject({ email: Email });
export type PasswordResetRequestBody = z.infer<typeof PasswordResetRequestBody>;
export const PasswordResetRequested = z.object({ ok: z.literal(true), message: z.string() });
/** Choosing a new password with the mailed link's token (the same password rule as everywhere). */
export const PasswordResetCompleteBody = z.strictObject({ token: z.string().min(20).max(100), password: Password });
export type PasswordResetCompleteBody = z.infer<typeof PasswordResetCompleteBody>;
/** The account's e-mail, so the sign-in page can be filled in; no session is opened (two-factor still applies). */
export const PasswordResetDone = z.object({ email: z.string() });
