import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { CreateInvitationBody, InvitationView, SessionUser } from '@steadfast/contracts';
import type { z } from 'zod';
import type { AcceptInvitationBody } from '@steadfast/contracts';
import type { Ctx, Deps } from '../../http/context';
import { conflict, forbidden, notFound } from '../../http/errors';
import { audit } from '../audit';
import { createClientRecord } from '../care-teams';
import { createAccount, findUserByEmail } from '../identity';
import { hashPassword, newToken, sha256 } from '../identity';
import { queueMail } from '../mail';
import { invitations } from './invitations.tables';
import { invitationMail } from './invitations.words';
import { findPractice, personName } from '../../access/people';

export const INVITATION_DAYS = 7;
type InvitationRow = typeof invitations.$inferSelect;

/** An admin invites a clinician, a clinician invites a client: a single-use link, sent by e-mail. */
export async function createInvitation(ctx: Ctx, input: CreateInvitationBody): Promise<InvitationView> {
  if (await findUserByEmail(ctx.db, input.email)) throw conflict('Someone with that e-mail already has an account.');
  const practice = await findPractice(ctx.db, ctx.actor.practiceId);
  if (!practice) throw notFound('practice');
  const now = ctx.clock.now();
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const row = await ctx.db.transaction(async (tx) => {
    await revokePendingFor(tx, ctx.actor.practiceId, input.email, now);
    const [created] = await tx
      .insert(invitations)
      .values({
        practiceId: ctx.actor.practiceId,
        kind: input.kind,
        email: input.email,
        name: input.name,
        tokenHash,
        invitedBy: ctx.actor.userId,
        createdAt: now,
        expiresAt,
      })
      .returning();
    const mail = invitationMail(input.kind, input.name, practice.name, `${ctx.deps.config.publicUrl}/invitation/${token}`, INVITATION_DAYS);
    await queueMail(tx, { practiceId: ctx.actor.practiceId, to: input.email, ...mail }, now);
    await audit({ ...ctx, db: tx }, { action: 'invitations.create', subjectType: 'invitation', subjectId: created!.id });
    return created!;
  });
  return toView(row, ctx.actor.name, now);
}

async function revokePendingFor(tx: Ctx['db'], practiceId: string, email: string, now: Date) {
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.practiceId, practiceId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
}

/** Invitations the caller sent (admins see all of the practice's). */
export async function listInvitations(ctx: Ctx): Promise<InvitationView[]> {
  const mine = ctx.actor.role === 'admin' ? undefined : eq(invitations.invitedBy, ctx.actor.userId);
  const rows = await ctx.db
    .select({ invitation: invitations, invitedByName: personName(invitations.invitedBy) })
    .from(invitations)
    .where(and(eq(invitations.practiceId, ctx.actor.practiceId), mine))
    .orderBy(desc(invitations.createdAt))
    .limit(200);
  const now = ctx.clock.now();
  return rows.map((r) => toView(r.invitation, r.invitedByName, now));
}

export async function revokeInvitation(ctx: Ctx, id: string): Promise<void> {
  const [row] = await ctx.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.practiceId, ctx.actor.practiceId), eq(invitations.id, id)));
  if (!row) throw notFound('invitation');
  if (ctx.actor.role !== 'admin' && row.invitedBy !== ctx.actor.userId) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(invitations)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(invitations.practiceId, row.practiceId), eq(invitations.id, id), isNull(invitations.acceptedAt)));
    await audit({ ...ctx, db: tx }, { action: 'invitations.revoke', subjectType: 'invitation', subjectId: id });
  });
}

/** What the accept page shows before a password is chosen; unknown, used or expired links are not found. */
export async function previewInvitation(deps: Deps, token: string) {
  const row = await findUsableInvitation(deps, token);
  const practice = await findPractice(deps.database.db, row.practiceId);
  return { kind: row.kind, name: row.name, email: row.email, practiceName: practice?.name ?? '' };
}

async function findUsableInvitation(deps: Deps, token: string): Promise<InvitationRow> {
  const [row] = await deps.database.db
    .select()
    .from(invitations)
    .where(
      and(eq(invitations.tokenHash, sha256(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, deps.clock.now())),
    );
  if (!row) throw notFound('invitation (it may have been used already, or expired)');
  return row;
}

/** Accepting sets the password and creates the account (and, for a client, their record and care team) at once. */
export async function acceptInvitation(deps: Deps, token: string, input: z.infer<typeof AcceptInvitationBody>): Promise<SessionUser> {
  const invitation = await findUsableInvitation(deps, token);
  const passwordHash = await hashPassword(input.password);
  const practice = await findPractice(deps.database.db, invitation.practiceId);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    // The conditional update is the single-use guarantee: a second accept finds nothing to claim.
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(invitations.practiceId, invitation.practiceId),
          eq(invitations.id, invitation.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw notFound('invitation (it may have been used already, or expired)');
    if (await findUserByEmail(tx, invitation.email)) throw conflict('Someone with that e-mail already has an account.');
    const user = await createAccount(tx, {
      practiceId: invitation.practiceId,
      email: invitation.email,
      name: invitation.name,
      role: invitation.kind,
      passwordHash,
      createdAt: now,
    });
    const clientId =
      invitation.kind === 'client'
        ? await createClientRecord(tx, {
            practiceId: invitation.practiceId,
            userId: user.id,
            timeZone: practice?.timeZone ?? 'Europe/London',
            primaryClinicianId: invitation.invitedBy,
            now,
          })
        : undefined;
    const actor = { userId: user.id, practiceId: invitation.practiceId, role: user.role, name: user.name, isDemo: false };
    await audit(
      { db: tx, actor, clock: deps.clock, log: deps.log, requestId: 'invitation', deps },
      { action: 'invitations.accept', clientId, subjectType: 'invitation', subjectId: invitation.id },
    );
    return { id: user.id, role: user.role, name: user.name, ...(clientId ? { clientId } : {}) };
  });
}

function toView(row: InvitationRow, invitedByName: string, now: Date): InvitationView {
  const status = row.acceptedAt ? 'accepted' : row.revokedAt ? 'revoked' : row.expiresAt <= now ? 'expired' : 'pending';
  return {
    id: row.id,
    kind: row.kind,
    email: row.email,
    name: row.name,
    invitedByName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status,
  };
}
