CREATE TABLE "okay_plan_versions" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"plan" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"author_role" text NOT NULL,
	"changed_sections" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "okay_plan_versions_practice_id_client_id_version_pk" PRIMARY KEY("practice_id","client_id","version"),
	CONSTRAINT "okay_plan_version_positive" CHECK ("okay_plan_versions"."version" >= 1),
	CONSTRAINT "okay_plan_plan_is_object" CHECK (jsonb_typeof("okay_plan_versions"."plan") = 'object')
);
--> statement-breakpoint
CREATE TABLE "reassurance_note_requests" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_by_note_id" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "reassurance_note_requests_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "reassurance_notes" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"pinned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reassurance_notes_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "reassurance_note_kind_known" CHECK ("reassurance_notes"."kind" in ('clinician', 'self')),
	CONSTRAINT "reassurance_note_body_length" CHECK (char_length("reassurance_notes"."body") between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "caring_contacts" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"body" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"sent_at" timestamp with time zone,
	"message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "caring_contacts_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "caring_contact_status_known" CHECK ("caring_contacts"."status" in ('planned', 'sent', 'cancelled', 'skipped')),
	CONSTRAINT "caring_contact_sent_has_message" CHECK (("caring_contacts"."status" = 'sent') = ("caring_contacts"."message_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "okay_plan_versions" ADD CONSTRAINT "okay_plan_versions_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "okay_plan_versions" ADD CONSTRAINT "okay_plan_versions_practice_id_author_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_note_requests" ADD CONSTRAINT "reassurance_note_requests_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_notes" ADD CONSTRAINT "reassurance_notes_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reassurance_notes" ADD CONSTRAINT "reassurance_notes_practice_id_author_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caring_contacts" ADD CONSTRAINT "caring_contacts_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caring_contacts" ADD CONSTRAINT "caring_contacts_practice_id_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reassurance_note_requests_client_idx" ON "reassurance_note_requests" USING btree ("practice_id","client_id");--> statement-breakpoint
CREATE INDEX "reassurance_notes_client_idx" ON "reassurance_notes" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "caring_contacts_client_idx" ON "caring_contacts" USING btree ("practice_id","client_id","due_at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('message', 'reply_window_nearing', 'reply_window_passed', 'flag_raised', 'flag_escalated', 'agreement_proposed', 'agreement_in_force', 'cover_arranged', 'appointment_request', 'appointment_update', 'checkin_reminder', 'checkin_missed', 'measure_due', 'reassurance_note', 'reassurance_note_requested'));