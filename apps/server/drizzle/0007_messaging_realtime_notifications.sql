CREATE TABLE "message_receipts" (
	"practice_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_receipts_practice_id_message_id_user_id_pk" PRIMARY KEY("practice_id","message_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_templates_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "message_templates_title_length" CHECK (char_length("message_templates"."title") between 1 and 80),
	CONSTRAINT "message_templates_body_length" CHECK (char_length("message_templates"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"position" bigserial NOT NULL,
	"author_id" uuid NOT NULL,
	"author_kind" text NOT NULL,
	"intent" text,
	"body" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expected_reply_by" timestamp with time zone,
	"expected_reply_words" text,
	"reply_clinician_id" uuid,
	"show_crisis_routes" boolean DEFAULT false NOT NULL,
	"risk_level" text,
	"risk_reasons" jsonb,
	"screener_version" text,
	"delivered_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"no_reply_needed_at" timestamp with time zone,
	"no_reply_needed_by" uuid,
	CONSTRAINT "messages_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "messages_idempotency_unique" UNIQUE("practice_id","client_id","idempotency_key"),
	CONSTRAINT "messages_body_length" CHECK (char_length("messages"."body") between 1 and 5000),
	CONSTRAINT "messages_intent_by_author" CHECK (("messages"."author_kind" = 'client') = ("messages"."intent" is not null)),
	CONSTRAINT "messages_key_length" CHECK (char_length("messages"."idempotency_key") between 8 and 100),
	CONSTRAINT "messages_no_reply_complete" CHECK (("messages"."no_reply_needed_at" is null) = ("messages"."no_reply_needed_by" is null)),
	CONSTRAINT "messages_answered_complete" CHECK (("messages"."answered_at" is null) = ("messages"."answered_by" is null))
);
--> statement-breakpoint
CREATE TABLE "realtime_events" (
	"practice_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"type" text NOT NULL,
	"client_id" uuid,
	"user_id" uuid,
	"subject_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "realtime_events_practice_id_seq_pk" PRIMARY KEY("practice_id","seq"),
	CONSTRAINT "realtime_events_seq_positive" CHECK ("realtime_events"."seq" > 0),
	CONSTRAINT "realtime_events_has_audience" CHECK ("realtime_events"."client_id" is not null or "realtime_events"."user_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "realtime_sequences" (
	"practice_id" uuid PRIMARY KEY NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "realtime_sequences_non_negative" CHECK ("realtime_sequences"."last_seq" >= 0)
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"practice_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"email" boolean DEFAULT true NOT NULL,
	"push" boolean DEFAULT true NOT NULL,
	"sms" boolean DEFAULT false NOT NULL,
	"sms_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_practice_id_user_id_pk" PRIMARY KEY("practice_id","user_id"),
	CONSTRAINT "notification_preferences_sms_number" CHECK (not "notification_preferences"."sms" or "notification_preferences"."sms_number" is not null)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"client_id" uuid,
	"subject_id" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"emailed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('message', 'reply_window_nearing', 'reply_window_passed', 'crisis_message', 'flag_raised', 'flag_escalated'))
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_subscriptions_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "push_subscriptions_endpoint_unique" UNIQUE("endpoint")
);
--> statement-breakpoint
CREATE TABLE "push_vapid_keys" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_vapid_keys_single_row" CHECK ("push_vapid_keys"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_practice_id_message_id_messages_practice_id_id_fk" FOREIGN KEY ("practice_id","message_id") REFERENCES "public"."messages"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_receipts" ADD CONSTRAINT "message_receipts_practice_id_user_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","user_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_practice_id_author_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realtime_sequences" ADD CONSTRAINT "realtime_sequences_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_practice_id_user_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","user_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_practice_id_user_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","user_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_practice_id_user_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","user_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "messages_conversation_idx" ON "messages" USING btree ("practice_id","client_id","position");--> statement-breakpoint
CREATE INDEX "messages_awaiting_idx" ON "messages" USING btree ("practice_id","client_id") WHERE "messages"."author_kind" = 'client' and "messages"."answered_at" is null and "messages"."no_reply_needed_at" is null;--> statement-breakpoint
CREATE INDEX "realtime_events_created_idx" ON "realtime_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("practice_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "push_subscriptions_user_idx" ON "push_subscriptions" USING btree ("practice_id","user_id");