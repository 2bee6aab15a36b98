CREATE TABLE "erasure_requests" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"erased_at" timestamp with time zone,
	"erased_by" uuid,
	"retention_years" integer,
	"last_contact_at" timestamp with time zone,
	"kept_until" timestamp with time zone,
	"counts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "erasure_requests_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "erasure_requests_erased_complete" CHECK (("erasure_requests"."status" = 'erased') = ("erasure_requests"."erased_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "forget_after_send" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "erasure_requests_one_open" ON "erasure_requests" USING btree ("practice_id","client_id") WHERE "erasure_requests"."status" = 'requested';--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('message', 'reply_window_nearing', 'reply_window_passed', 'flag_raised', 'flag_escalated', 'agreement_proposed', 'agreement_in_force', 'sessions_stepped_up', 'cover_arranged', 'appointment_request', 'appointment_update', 'checkin_reminder', 'checkin_missed', 'measure_due', 'reassurance_note', 'reassurance_note_requested', 'care_team_changed', 'care_transition', 'reentry_requested', 'erasure_requested'));--> statement-breakpoint
-- Clinical notes stay append-only (CLINICAL.md §5.1), with one way out: an erasure past the
-- practice's retention period (issue 18) deletes the client's notes, and says so for this
-- transaction only with set_config('steadfast.erasing_client', <client id>, true). An UPDATE is
-- always refused; a DELETE of anyone else's note is refused too.
CREATE OR REPLACE FUNCTION clinical_notes_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('steadfast.erasing_client', true) = OLD.client_id::text THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'clinical_notes is append-only';
END;
$$ LANGUAGE plpgsql;
