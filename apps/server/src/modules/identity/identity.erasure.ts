import { and, eq } from 'drizzle-orm';
import { erasureCount, removeRows, type EraseClientRecords } from '../../access/erasure-source';
import { passwordResets, sessions, users } from './identity.tables';

/** The name an erased client's account carries from then on (docs/ERASURE.md). */
export const ERASED_PERSON_NAME = 'Former client';

/** An address nobody can receive mail at (RFC 2606 `.invalid`), unique per account so the unique index holds. */
export function erasedAddressOf(userId: string): string {
  return `erased-${userId}@erased.invalid`;
}

/**
 * The client's account is pseudonymised, not removed: its id stays, so what the retention rule
 * keeps still says whose it was to those who may read it. Name and address are replaced, the
 * password, two-factor secret and recovery codes go, so nobody can sign in as them; every
 * session and reset link goes too. The caller drops the sessions from the cache after commit.
 */
export const eraseAccount: EraseClientRecords = async (tx, { practiceId, clientUserId }) => {
  const erasedAddress = erasedAddressOf(clientUserId);
  const signedOut = await removeRows(tx, sessions, and(eq(sessions.practiceId, practiceId), eq(sessions.userId, clientUserId))!);
  const links = await removeRows(tx, passwordResets, and(eq(passwordResets.practiceId, practiceId), eq(passwordResets.userId, clientUserId))!);
  const [before] = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.id, clientUserId)));
  await tx
    .update(users)
    .set({
      name: ERASED_PERSON_NAME,
      email: erasedAddress,
      passwordHash: null,
      totpSecret: null,
      totpEnabledAt: null,
      recoveryCodes: [],
      failedSignIns: 0,
      lockedUntil: null,
    })
    .where(and(eq(users.practiceId, practiceId), eq(users.id, clientUserId)));
  const changed = before !== undefined && before.email !== erasedAddress;
  return [
    erasureCount('account', changed ? { pseudonymised: 1 } : { kept: 1 }),
    erasureCount('sessions', { removed: signedOut }),
    erasureCount('passwordResets', { removed: links }),
  ];
};
