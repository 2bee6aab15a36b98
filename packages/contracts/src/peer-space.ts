import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/*
 * The peer space (SPEC §2.11): clients write under a pseudonym; others reply in threads and react.
 * Every post and reply is screened before it is published; a risky one is held for a moderator and
 * seen by nobody but its author and the moderators. No private messages, no images.
 */

export const PEER_TITLE_MAX = 140;
export const PEER_BODY_MAX = 4000;
/** Replies nest like the comments under a blog post: a reply, a reply to it, and one more level. */
export const PEER_MAX_DEPTH = 3;

export const peerReactionKinds = ['relate', 'care'] as const;
export const PeerReactionKind = z.enum(peerReactionKinds);
export type PeerReactionKind = z.infer<typeof PeerReactionKind>;

/** published: everyone in the space sees it; held: waiting for a moderator (its author and the moderators only); hidden: taken down by a moderator. */
export const PeerItemStatus = z.enum(['published', 'held', 'hidden']);
export type PeerItemStatus = z.infer<typeof PeerItemStatus>;

/** A pseudonym: letters, digits, spaces, dots, dashes and underscores, 3 to 30 characters. */
export const Pseudonym = z
  .string()
  .trim()
  .min(3, 'Use at least 3 characters.')
  .max(30, 'Keep it to 30 characters or fewer.')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'Use letters, numbers, spaces, dots, dashes or underscores.');

const PeerText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `Keep it to ${max} characters or fewer.`);
export const PeerTitle = PeerText(PEER_TITLE_MAX, 'Give your post a title.');
export const PeerBody = PeerText(PEER_BODY_MAX, 'Write something before posting.');
/** Why a member reported something, or why a moderator acted: short, never empty. */
export const PeerReason = PeerText(500, 'Say briefly why.');

export const JoinPeerSpaceBody = z.strictObject({
  pseudonym: Pseudonym,
  /** The house rules must be agreed to before joining. */
  agreeToHouseRules: z.literal(true, 'Please read and agree to the house rules.'),
  /** Whether the client's care team may see that they take part (never what they write). */
  shareWithCareTeam: z.boolean().default(false),
});
export type JoinPeerSpaceBody = z.input<typeof JoinPeerSpaceBody>;

export const UpdatePeerMembershipBody = z.strictObject({ shareWithCareTeam: z.boolean() });
export type UpdatePeerMembershipBody = z.infer<typeof UpdatePeerMembershipBody>;

export const PeerMembershipView = z.object({
  id: Id,
  pseudonym: z.string(),
  joinedAt: IsoDateTime,
  shareWithCareTeam: z.boolean(),
  suspended: z.boolean(),
});
export type PeerMembershipView = z.infer<typeof PeerMembershipView>;

/** The space as the caller stands in it, with what they can do (the web app never re-implements the rules). */
export const PeerSpaceView = z.object({
  enabled: z.boolean(),
  membership: PeerMembershipView.nullable(),
  moderator: z.boolean(),
  houseRules: z.array(z.string()),
  can: z.object({ join: z.boolean(), post: z.boolean(), moderate: z.boolean(), configure: z.boolean() }),
});
export type PeerSpaceView = z.infer<typeof PeerSpaceView>;

export const PeerAuthor = z.object({ pseudonym: z.string(), isYou: z.boolean() });

export const PeerReactionSummary = z.object({
  kind: PeerReactionKind,
  count: z.number().int().nonnegative(),
  mine: z.boolean(),
  /** Pseudonyms of the first few who reacted ("Related to by River and 2 others"). */
  by: z.array(z.string()),
});
export type PeerReactionSummary = z.infer<typeof PeerReactionSummary>;

const ItemCan = z.object({ reply: z.boolean(), react: z.boolean(), report: z.boolean(), sendToCareTeam: z.boolean(), moderate: z.boolean() });

export const PeerPostView = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  author: PeerAuthor,
  status: PeerItemStatus,
  createdAt: IsoDateTime,
  /** "N thoughts on …": published replies only. */
  thoughts: z.number().int().nonnegative(),
  reactions: z.array(PeerReactionSummary),
  can: ItemCan,
});
export type PeerPostView = z.infer<typeof PeerPostView>;

export const PeerReplyView = z.object({
  id: Id,
  postId: Id,
  parentId: Id.nullable(),
  depth: z.number().int().min(1).max(PEER_MAX_DEPTH),
  body: z.string(),
  author: PeerAuthor,
  status: PeerItemStatus,
  createdAt: IsoDateTime,
  reactions: z.array(PeerReactionSummary),
  can: ItemCan,
});
export type PeerReplyView = z.infer<typeof PeerReplyView>;

export const peerOrders = ['newest', 'related'] as const;
export const PeerPostsQuery = z.strictObject({
  order: z.enum(peerOrders).default('newest'),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** Words to look for in titles and bodies (published posts only). */
  q: z.string().trim().max(100).optional(),
});
export type PeerPostsQuery = z.infer<typeof PeerPostsQuery>;

export const PeerPostList = z.object({ posts: z.array(PeerPostView), nextCursor: z.string().nullable() });
export type PeerPostList = z.infer<typeof PeerPostList>;

/** A post with its replies in thread order: each reply followed by the replies to it, oldest first, like blog comments. */
export const PeerThread = z.object({ post: PeerPostView, replies: z.array(PeerReplyView) });
export type PeerThread = z.infer<typeof PeerThread>;

export const CreatePeerPostBody = z.strictObject({ title: PeerTitle, body: PeerBody });
export type CreatePeerPostBody = z.infer<typeof CreatePeerPostBody>;
export const CreatePeerReplyBody = z.strictObject({ body: PeerBody, parentId: Id.optional() });
export type CreatePeerReplyBody = z.infer<typeof CreatePeerReplyBody>;

/**
 * A post or reply held for a moderator (`202`): only its author and the moderators see it. The author
 * is shown their crisis routes and offered to send what they wrote to their own care team instead.
 */
export const PeerHeldResponse = z.object({ status: z.literal('held'), itemId: Id, showCrisisRoutes: z.literal(true) });
export type PeerHeldResponse = z.infer<typeof PeerHeldResponse>;
export const PeerPostCreated = z.object({ status: z.literal('published'), post: PeerPostView });
export const PeerReplyCreated = z.object({ status: z.literal('published'), reply: PeerReplyView });
export type PeerPostCreated = z.infer<typeof PeerPostCreated>;
export type PeerReplyCreated = z.infer<typeof PeerReplyCreated>;
/** What writing answers, published or held, for a client that reads both the same way. */
export const PeerPostResult = z.discriminatedUnion('status', [PeerPostCreated, PeerHeldResponse]);
export const PeerReplyResult = z.discriminatedUnion('status', [PeerReplyCreated, PeerHeldResponse]);
export const PeerModerated = z.object({ status: PeerItemStatus });

export const PeerReactionBody = z.strictObject({ kind: PeerReactionKind, replyId: Id.optional() });
export type PeerReactionBody = z.infer<typeof PeerReactionBody>;
export const PeerReactionsResponse = z.object({ reactions: z.array(PeerReactionSummary) });
export type PeerReactionsResponse = z.infer<typeof PeerReactionsResponse>;

export const PeerReportBody = z.strictObject({ reason: PeerReason });
export type PeerReportBody = z.infer<typeof PeerReportBody>;

/** Sent to the author's own conversation with their care team: the message's id, to open it. */
export const PeerSentToCareTeam = z.object({ messageId: Id, intent: z.enum(['share', 'soon']) });
export type PeerSentToCareTeam = z.infer<typeof PeerSentToCareTeam>;

export const peerModerationActions = ['release', 'hide', 'restore'] as const;
export const PeerModerateBody = z.strictObject({ action: z.enum(peerModerationActions), reason: PeerReason });
export type PeerModerateBody = z.infer<typeof PeerModerateBody>;
export const PeerMemberStandingBody = z.strictObject({ suspended: z.boolean(), reason: PeerReason });
export type PeerMemberStandingBody = z.infer<typeof PeerMemberStandingBody>;

/** One item in the moderators' queue: held by the screen, or reported by members. */
export const PeerQueueItem = z.object({
  id: Id,
  kind: z.enum(['post', 'reply']),
  postId: Id,
  postTitle: z.string(),
  title: z.string().nullable(),
  body: z.string(),
  status: PeerItemStatus,
  author: z.object({ memberId: Id, pseudonym: z.string(), suspended: z.boolean() }),
  createdAt: IsoDateTime,
  /** Why the screen held it (the words that triggered it), for the moderators only. */
  screenReasons: z.array(z.string()),
  reports: z.array(z.object({ reason: z.string(), at: IsoDateTime })),
  /** The author chose to send it to their own care team as well (never whom, never the message). */
  sentToCareTeam: z.boolean(),
});
export type PeerQueueItem = z.infer<typeof PeerQueueItem>;
export const PeerModerationQueue = z.object({ held: z.array(PeerQueueItem), reported: z.array(PeerQueueItem), hidden: z.array(PeerQueueItem) });
export type PeerModerationQueue = z.infer<typeof PeerModerationQueue>;

export const PeerSettingsView = z.object({
  enabled: z.boolean(),
  /** Sent back on saving: a save over settings someone else changed meanwhile answers 409. */
  version: z.string(),
  moderatorIds: z.array(Id),
  /** Who may be named a moderator: the practice's clinicians and admins. */
  staff: z.array(z.object({ id: Id, name: z.string(), role: z.enum(['admin', 'clinician']) })),
});
export type PeerSettingsView = z.infer<typeof PeerSettingsView>;
export const UpdatePeerSettingsBody = z.strictObject({ enabled: z.boolean(), moderatorIds: z.array(Id).max(50), version: z.string().max(40) });
export type UpdatePeerSettingsBody = z.infer<typeof UpdatePeerSettingsBody>;

/** What the care team sees, only with the client's consent: that they take part, never what they write. */
export const PeerParticipationView = z.object({ participation: z.object({ joinedAt: IsoDateTime }).nullable() });
export type PeerParticipationView = z.infer<typeof PeerParticipationView>;

export const PeerPostParams = z.strictObject({ id: Id });
export const PeerMemberParams = z.strictObject({ memberId: Id });
