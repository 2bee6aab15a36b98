CREATE TABLE "peer_items" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"post_id" uuid,
	"parent_id" uuid,
	"depth" integer DEFAULT 0 NOT NULL,
	"author_id" uuid NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"screen_level" text NOT NULL,
	"screen_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"shared_message_id" uuid,
	CONSTRAINT "peer_items_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "peer_item_shape" CHECK (("peer_items"."kind" = 'post' and "peer_items"."post_id" is null and "peer_items"."parent_id" is null and "peer_items"."title" is not null and "peer_items"."depth" = 0)
      or ("peer_items"."kind" = 'reply' and "peer_items"."post_id" is not null and "peer_items"."title" is null and "peer_items"."depth" between 1 and 3)),
	CONSTRAINT "peer_item_published_has_time" CHECK ("peer_items"."status" <> 'published' or "peer_items"."published_at" is not null),
	CONSTRAINT "peer_item_body_length" CHECK (char_length("peer_items"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "peer_members" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"pseudonym" text NOT NULL,
	"agreed_to_rules_at" timestamp with time zone NOT NULL,
	"share_with_care_team" boolean DEFAULT false NOT NULL,
	"suspended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_members_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "peer_moderation_actions" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"action" text NOT NULL,
	"item_id" uuid,
	"member_id" uuid,
	"reason" text NOT NULL,
	"moderator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_moderation_actions_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "peer_moderation_names_something" CHECK ("peer_moderation_actions"."item_id" is not null or "peer_moderation_actions"."member_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "peer_moderators" (
	"practice_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_moderators_practice_id_user_id_pk" PRIMARY KEY("practice_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "peer_reactions" (
	"practice_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_reactions_practice_id_item_id_member_id_kind_pk" PRIMARY KEY("practice_id","item_id","member_id","kind")
);
--> statement-breakpoint
CREATE TABLE "peer_reports" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "peer_reports_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "peer_settings" (
	"practice_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "realtime_events" DROP CONSTRAINT "realtime_events_has_audience";--> statement-breakpoint
ALTER TABLE "peer_items" ADD CONSTRAINT "peer_items_practice_id_author_id_peer_members_practice_id_id_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."peer_members"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_items" ADD CONSTRAINT "peer_items_practice_id_post_id_peer_items_practice_id_id_fk" FOREIGN KEY ("practice_id","post_id") REFERENCES "public"."peer_items"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_items" ADD CONSTRAINT "peer_items_practice_id_parent_id_peer_items_practice_id_id_fk" FOREIGN KEY ("practice_id","parent_id") REFERENCES "public"."peer_items"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_members" ADD CONSTRAINT "peer_members_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_members" ADD CONSTRAINT "peer_members_practice_id_user_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","user_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_moderation_actions" ADD CONSTRAINT "peer_moderation_actions_practice_id_moderator_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","moderator_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_moderators" ADD CONSTRAINT "peer_moderators_practice_id_user_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","user_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_reactions" ADD CONSTRAINT "peer_reactions_practice_id_item_id_peer_items_practice_id_id_fk" FOREIGN KEY ("practice_id","item_id") REFERENCES "public"."peer_items"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_reactions" ADD CONSTRAINT "peer_reactions_practice_id_member_id_peer_members_practice_id_id_fk" FOREIGN KEY ("practice_id","member_id") REFERENCES "public"."peer_members"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_reports" ADD CONSTRAINT "peer_reports_practice_id_item_id_peer_items_practice_id_id_fk" FOREIGN KEY ("practice_id","item_id") REFERENCES "public"."peer_items"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_reports" ADD CONSTRAINT "peer_reports_practice_id_reporter_id_peer_members_practice_id_id_fk" FOREIGN KEY ("practice_id","reporter_id") REFERENCES "public"."peer_members"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_settings" ADD CONSTRAINT "peer_settings_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "peer_items_posts_idx" ON "peer_items" USING btree ("practice_id","published_at","id") WHERE "peer_items"."kind" = 'post' and "peer_items"."status" = 'published';--> statement-breakpoint
CREATE INDEX "peer_items_thread_idx" ON "peer_items" USING btree ("practice_id","post_id","created_at");--> statement-breakpoint
CREATE INDEX "peer_items_author_idx" ON "peer_items" USING btree ("practice_id","author_id","created_at");--> statement-breakpoint
CREATE INDEX "peer_items_held_idx" ON "peer_items" USING btree ("practice_id","created_at") WHERE "peer_items"."status" <> 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "peer_members_client_unique" ON "peer_members" USING btree ("practice_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_members_user_unique" ON "peer_members" USING btree ("practice_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_members_pseudonym_unique" ON "peer_members" USING btree ("practice_id",lower("pseudonym"));--> statement-breakpoint
CREATE INDEX "peer_reports_open_idx" ON "peer_reports" USING btree ("practice_id","item_id") WHERE "peer_reports"."resolved_at" is null;--> statement-breakpoint
ALTER TABLE "realtime_events" ADD CONSTRAINT "realtime_events_has_audience" CHECK ("realtime_events"."client_id" is not null or "realtime_events"."user_id" is not null or "realtime_events"."type" like 'peer.%');