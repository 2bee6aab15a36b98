import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { practices } from '../practices/practices.tables';

export const users = pgTable(
  'users',
  {
    id: id().primaryKey(),
    practiceId: practiceId().references(() => practices.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'clinician', 'client'] }).notNull(),
    /** argon2id; null until an invitation is accepted. */
    passwordHash: text('password_hash'),
    totpSecret: text('totp_secret'),
    totpEnabledAt: at('totp_enabled_at'),
    /** sha256 of each unused recovery code. */
    recoveryCodes: jsonb('recovery_codes').$type<string[]>().notNull().default([]),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: at('locked_until'),
    /** Demo people skip enforced two-factor sign-in (SPEC §3). */
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    unique('users_email_unique').on(t.email),
    unique('users_practice_id_unique').on(t.practiceId, t.id),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_failed_non_negative', sql`${t.failedSignIns} >= 0`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a stolen database never yields a usable cookie. */
    tokenHash: text('token_hash').primaryKey(),
    /** A short public handle for listing and revoking, unrelated to the token. */
    publicId: uuid('public_id')
      .notNull()
      .$defaultFn(() => crypto.randomUUID()),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    practiceId: practiceId(),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), unique('sessions_public_id_unique').on(t.publicId)],
);

/**
 * Password-reset links (SPEC §2.12): single-use and short-lived. Only the sha256 of the mailed
 * token is kept, as for sessions and invitations, so a copy of the database resets nobody's password.
 */
export const passwordResets = pgTable(
  'password_resets',
  {
    practiceId: practiceId(),
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('password_resets_token_hash_unique').on(t.tokenHash),
    index('password_resets_user_idx').on(t.userId, t.createdAt),
    check('password_resets_expiry_after_creation', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);
