CREATE TABLE "discharges" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"discharge_on" text NOT NULL,
	"discharge_at" timestamp with time zone NOT NULL,
	"last_appointment_id" uuid,
	"last_appointment_start" timestamp with time zone,
	"goodbye_note" text NOT NULL,
	"planned_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"completed_at" timestamp with time zone,
	CONSTRAINT "discharges_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "handovers" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"from_clinician_id" uuid NOT NULL,
	"from_starts_at" timestamp with time zone NOT NULL,
	"to_clinician_id" uuid NOT NULL,
	"overlap_starts_at" timestamp with time zone NOT NULL,
	"overlap_ends_at" timestamp with time zone NOT NULL,
	"summary" text NOT NULL,
	"introduction" text,
	"introduced_at" timestamp with time zone,
	"moved_caring_contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"finished_early_at" timestamp with time zone,
	CONSTRAINT "handovers_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "handover_overlap_ends_after_start" CHECK ("handovers"."overlap_ends_at" > "handovers"."overlap_starts_at"),
	CONSTRAINT "handover_to_someone_else" CHECK ("handovers"."to_clinician_id" <> "handovers"."from_clinician_id")
);
--> statement-breakpoint
CREATE TABLE "reentry_requests" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reentry_requests_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_transition_events" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"handover_id" uuid,
	"discharge_id" uuid,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "care_transition_events_practice_id_id_pk" PRIMARY KEY("practice_id","id")
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "discharges" ADD CONSTRAINT "discharges_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discharges" ADD CONSTRAINT "discharges_practice_id_planned_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","planned_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_practice_id_from_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","from_clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_practice_id_to_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","to_clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reentry_requests" ADD CONSTRAINT "reentry_requests_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_transition_events" ADD CONSTRAINT "care_transition_events_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_transition_events" ADD CONSTRAINT "care_transition_events_practice_id_handover_id_handovers_practice_id_id_fk" FOREIGN KEY ("practice_id","handover_id") REFERENCES "public"."handovers"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_transition_events" ADD CONSTRAINT "care_transition_events_practice_id_discharge_id_discharges_practice_id_id_fk" FOREIGN KEY ("practice_id","discharge_id") REFERENCES "public"."discharges"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discharges_client_idx" ON "discharges" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "handovers_client_idx" ON "handovers" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "handovers_to_idx" ON "handovers" USING btree ("practice_id","to_clinician_id");--> statement-breakpoint
CREATE INDEX "reentry_requests_practice_idx" ON "reentry_requests" USING btree ("practice_id","created_at");--> statement-breakpoint
CREATE INDEX "care_transition_events_client_idx" ON "care_transition_events" USING btree ("practice_id","client_id","at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('message', 'reply_window_nearing', 'reply_window_passed', 'flag_raised', 'flag_escalated', 'agreement_proposed', 'agreement_in_force', 'sessions_stepped_up', 'cover_arranged', 'appointment_request', 'appointment_update', 'checkin_reminder', 'checkin_missed', 'measure_due', 'reassurance_note', 'reassurance_note_requested', 'care_team_changed', 'care_transition', 'reentry_requested'));