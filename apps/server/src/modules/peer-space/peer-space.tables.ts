import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';
import { practices } from '../practices/practices.tables';

/** Whether the practice's peer space is open (SPEC §2.11: optional per practice; off until the admin turns it on). */
export const peerSettings = pgTable('peer_settings', {
  practiceId: uuid('practice_id')
    .primaryKey()
    .references(() => practices.id),
  enabled: boolean('enabled').notNull().default(false),
  updatedBy: uuid('updated_by'),
  updatedAt: createdAt(),
});

/** The clinicians and admins the admin named to moderate the space. */
export const peerModerators = pgTable(
  'peer_moderators',
  {
    practiceId: practiceId(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.userId] }), foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] })],
);

/**
 * A client in the space, under a pseudonym that is never their name and unique in the practice
 * (whatever the case). They agreed to the house rules on joining; whether their care team may see
 * that they take part is their own choice.
 */
export const peerMembers = pgTable(
  'peer_members',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    userId: uuid('user_id').notNull(),
    pseudonym: text('pseudonym').notNull(),
    agreedToRulesAt: at('agreed_to_rules_at').notNull(),
    shareWithCareTeam: boolean('share_with_care_team').notNull().default(false),
    suspendedAt: at('suspended_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    uniqueIndex('peer_members_client_unique').on(t.practiceId, t.clientId),
    uniqueIndex('peer_members_user_unique').on(t.practiceId, t.userId),
    uniqueIndex('peer_members_pseudonym_unique').on(t.practiceId, sql`lower(${t.pseudonym})`),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }),
  ],
);

/**
 * Posts and replies, one table: a post has a title and no post id; a reply names its post and,
 * below the first level, the reply it answers. Each was screened before it was published: a held
 * one keeps the screen's reasons for the moderators.
 */
export const peerItems = pgTable(
  'peer_items',
  {
    practiceId: practiceId(),
    id: id(),
    kind: text('kind', { enum: ['post', 'reply'] }).notNull(),
    postId: uuid('post_id'),
    parentId: uuid('parent_id'),
    depth: integer('depth').notNull().default(0),
    authorId: uuid('author_id').notNull(),
    title: text('title'),
    body: text('body').notNull(),
    status: text('status', { enum: ['published', 'held', 'hidden'] }).notNull(),
    screenLevel: text('screen_level', { enum: ['none', 'concern', 'high', 'imminent'] }).notNull(),
    screenReasons: jsonb('screen_reasons').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
    /** When it first became visible to the space: at once, or when a moderator released it. */
    publishedAt: at('published_at'),
    /** The message that carried it to the author's own care team, once they chose to send it. */
    sharedMessageId: uuid('shared_message_id'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('peer_items_posts_idx')
      .on(t.practiceId, t.publishedAt, t.id)
      .where(sql`${t.kind} = 'post' and ${t.status} = 'published'`),
    index('peer_items_thread_idx').on(t.practiceId, t.postId, t.createdAt),
    index('peer_items_author_idx').on(t.practiceId, t.authorId, t.createdAt),
    index('peer_items_held_idx')
      .on(t.practiceId, t.createdAt)
      .where(sql`${t.status} <> 'published'`),
    foreignKey({ columns: [t.practiceId, t.authorId], foreignColumns: [peerMembers.practiceId, peerMembers.id] }),
    foreignKey({ columns: [t.practiceId, t.postId], foreignColumns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.parentId], foreignColumns: [t.practiceId, t.id] }),
    check(
      'peer_item_shape',
      sql`(${t.kind} = 'post' and ${t.postId} is null and ${t.parentId} is null and ${t.title} is not null and ${t.depth} = 0)
      or (${t.kind} = 'reply' and ${t.postId} is not null and ${t.title} is null and ${t.depth} between 1 and 3)`,
    ),
    check('peer_item_published_has_time', sql`${t.status} <> 'published' or ${t.publishedAt} is not null`),
    check('peer_item_body_length', sql`char_length(${t.body}) between 1 and 4000`),
  ],
);

/** One reaction of a kind per member per item: the unique key makes a double tap or a race count once. */
export const peerReactions = pgTable(
  'peer_reactions',
  {
    practiceId: practiceId(),
    itemId: uuid('item_id').notNull(),
    memberId: uuid('member_id').notNull(),
    kind: text('kind', { enum: ['relate', 'care'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.itemId, t.memberId, t.kind] }),
    foreignKey({ columns: [t.practiceId, t.itemId], foreignColumns: [peerItems.practiceId, peerItems.id] }),
    foreignKey({ columns: [t.practiceId, t.memberId], foreignColumns: [peerMembers.practiceId, peerMembers.id] }),
  ],
);

/** A member's report of a post or reply, for the moderators; resolved when a moderator acts on the item. */
export const peerReports = pgTable(
  'peer_reports',
  {
    practiceId: practiceId(),
    id: id(),
    itemId: uuid('item_id').notNull(),
    reporterId: uuid('reporter_id').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    resolvedAt: at('resolved_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('peer_reports_open_idx')
      .on(t.practiceId, t.itemId)
      .where(sql`${t.resolvedAt} is null`),
    foreignKey({ columns: [t.practiceId, t.itemId], foreignColumns: [peerItems.practiceId, peerItems.id] }),
    foreignKey({ columns: [t.practiceId, t.reporterId], foreignColumns: [peerMembers.practiceId, peerMembers.id] }),
  ],
);

/** What the moderators did and why: release, hide, restore, suspend, reinstate (also in the audit trail). */
export const peerModerationActions = pgTable(
  'peer_moderation_actions',
  {
    practiceId: practiceId(),
    id: id(),
    action: text('action', { enum: ['release', 'hide', 'restore', 'suspend', 'reinstate'] }).notNull(),
    itemId: uuid('item_id'),
    memberId: uuid('member_id'),
    reason: text('reason').notNull(),
    moderatorId: uuid('moderator_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.moderatorId], foreignColumns: [users.practiceId, users.id] }),
    check('peer_moderation_names_something', sql`${t.itemId} is not null or ${t.memberId} is not null`),
  ],
);
