import type { MeResponse } from '@steadfast/contracts';
import { roleAllows } from '../../access/rules';
import type { Ctx } from '../../http/context';
import { notFound } from '../../http/errors';
import { findPractice } from '../../access/people';
import { findUserById } from './identity.queries';
import { mustEnrolTotp } from './two-factor-policy';

/** The signed-in person, their practice, and what the app may offer them. */
export async function getMe(ctx: Ctx): Promise<MeResponse> {
  const [user, practice] = await Promise.all([findUserById(ctx.db, ctx.actor.userId), findPractice(ctx.db, ctx.actor.practiceId)]);
  if (!user || !practice) throw notFound('user');
  return {
    user: {
      id: user.id,
      role: user.role,
      name: user.name,
      email: user.email,
      ...(ctx.actor.clientId ? { clientId: ctx.actor.clientId } : {}),
      totpEnabled: Boolean(user.totpEnabledAt),
      mustEnrolTotp: mustEnrolTotp(user),
    },
    practice: { id: practice.id, name: practice.name, country: practice.country, timeZone: practice.timeZone },
    can: {
      managePractice: roleAllows('practice.manage', user.role),
      inviteClinicians: roleAllows('invitations.clinician', user.role),
      inviteClients: roleAllows('invitations.client', user.role),
      viewCaseload: roleAllows('caseload.view', user.role),
    },
  };
}
