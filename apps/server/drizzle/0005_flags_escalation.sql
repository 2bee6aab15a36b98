CREATE TABLE "flag_events" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"flag_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"step" integer,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"notified" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "flag_events_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "flag_events_step_shape" CHECK (("flag_events"."kind" = 'step') = ("flag_events"."step" is not null) and ("flag_events"."kind" = 'acknowledged') = ("flag_events"."actor_id" is not null)),
	CONSTRAINT "flag_events_step_range" CHECK ("flag_events"."step" is null or "flag_events"."step" between 0 and 3),
	CONSTRAINT "flag_events_notified_is_array" CHECK (jsonb_typeof("flag_events"."notified") = 'array')
);
--> statement-breakpoint
CREATE TABLE "risk_formulations" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"formulation" text NOT NULL,
	"judgement" text NOT NULL,
	"plan" text NOT NULL,
	"changeable_factors" text DEFAULT '' NOT NULL,
	"review_by" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_formulations_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "risk_formulations_text_present" CHECK (char_length("risk_formulations"."formulation") > 0 and char_length("risk_formulations"."judgement") > 0 and char_length("risk_formulations"."plan") > 0)
);
--> statement-breakpoint
ALTER TABLE "risk_flags" ADD COLUMN "due_by" timestamp with time zone NOT NULL;--> statement-breakpoint
ALTER TABLE "risk_flags" ADD COLUMN "acknowledgement_outcome" text;--> statement-breakpoint
ALTER TABLE "flag_events" ADD CONSTRAINT "flag_events_practice_id_flag_id_risk_flags_practice_id_id_fk" FOREIGN KEY ("practice_id","flag_id") REFERENCES "public"."risk_flags"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_events" ADD CONSTRAINT "flag_events_practice_id_actor_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","actor_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_formulations" ADD CONSTRAINT "risk_formulations_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_formulations" ADD CONSTRAINT "risk_formulations_practice_id_author_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "flag_events_one_per_step" ON "flag_events" USING btree ("practice_id","flag_id","step");--> statement-breakpoint
CREATE UNIQUE INDEX "flag_events_one_acknowledgement" ON "flag_events" USING btree ("practice_id","flag_id") WHERE "flag_events"."kind" = 'acknowledged';--> statement-breakpoint
CREATE INDEX "risk_formulations_client_idx" ON "risk_formulations" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_practice_id_backup_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","backup_clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_practice_id_acknowledged_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","acknowledged_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_flags_client_idx" ON "risk_flags" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_backup_is_someone_else" CHECK ("on_call_shifts"."backup_clinician_id" is null or "on_call_shifts"."backup_clinician_id" <> "on_call_shifts"."clinician_id");--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_handover_note_length" CHECK (char_length("on_call_shifts"."handover_note") <= 2000);--> statement-breakpoint
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_ack_note_length" CHECK ("risk_flags"."acknowledgement_note" is null or char_length("risk_flags"."acknowledgement_note") between 1 and 2000);--> statement-breakpoint
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_outcome_needs_ack" CHECK ("risk_flags"."acknowledgement_outcome" is null or "risk_flags"."acknowledged_at" is not null);--> statement-breakpoint
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_due_after_raise" CHECK ("risk_flags"."due_by" > "risk_flags"."created_at");