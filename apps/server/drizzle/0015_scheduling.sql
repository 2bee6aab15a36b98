CREATE TABLE "appointment_requests" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"response_note" text DEFAULT '' NOT NULL,
	"offered_starts_at" timestamp with time zone,
	"appointment_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_requests_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "appointment_request_note_length" CHECK (char_length("appointment_requests"."note") <= 1000 and char_length("appointment_requests"."response_note") <= 1000),
	CONSTRAINT "appointment_request_offer" CHECK ("appointment_requests"."status" <> 'offered' or "appointment_requests"."offered_starts_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "appointment_series" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"rrule" text NOT NULL,
	"start_local" text NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"step_down_plan_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_series_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "appointment_series_bounded" CHECK ("appointment_series"."rrule" ~ '(COUNT|UNTIL)='),
	CONSTRAINT "appointment_series_duration" CHECK ("appointment_series"."duration_minutes" between 10 and 240)
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"series_id" uuid,
	"original_start" timestamp with time zone,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "appointments_occurrence_unique" UNIQUE("practice_id","series_id","original_start"),
	CONSTRAINT "appointments_positive" CHECK ("appointments"."ends_at" > "appointments"."starts_at"),
	CONSTRAINT "appointments_occurrence_has_original" CHECK (("appointments"."series_id" is null) = ("appointments"."original_start" is null))
);
--> statement-breakpoint
CREATE TABLE "booking_settings" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "booking_settings_practice_id_client_id_pk" PRIMARY KEY("practice_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"practice_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "step_down_plans" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"first_session_local" text NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"kind" text NOT NULL,
	"phases" jsonb NOT NULL,
	"review_dates" jsonb NOT NULL,
	"step_up_signals" jsonb NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"client_agreed_at" timestamp with time zone,
	"agreement_version" integer,
	"stepped_up_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "step_down_plans_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "step_down_reason_length" CHECK (char_length("step_down_plans"."reason") between 1 and 1000)
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "appointment_requests" ADD CONSTRAINT "appointment_requests_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_series" ADD CONSTRAINT "appointment_series_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_series" ADD CONSTRAINT "appointment_series_practice_id_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_practice_id_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_practice_id_series_id_appointment_series_practice_id_id_fk" FOREIGN KEY ("practice_id","series_id") REFERENCES "public"."appointment_series"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_settings" ADD CONSTRAINT "booking_settings_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_practice_id_user_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","user_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_down_plans" ADD CONSTRAINT "step_down_plans_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_requests_clinician_idx" ON "appointment_requests" USING btree ("practice_id","clinician_id","status");--> statement-breakpoint
CREATE INDEX "appointments_client_idx" ON "appointments" USING btree ("practice_id","client_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_clinician_idx" ON "appointments" USING btree ("practice_id","clinician_id","starts_at");--> statement-breakpoint
CREATE INDEX "calendar_feeds_user_idx" ON "calendar_feeds" USING btree ("practice_id","user_id");--> statement-breakpoint
CREATE INDEX "step_down_plans_client_idx" ON "step_down_plans" USING btree ("practice_id","client_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('message', 'reply_window_nearing', 'reply_window_passed', 'flag_raised', 'flag_escalated', 'agreement_proposed', 'agreement_in_force', 'cover_arranged', 'appointment_request', 'appointment_update', 'checkin_reminder', 'checkin_missed', 'measure_due'));