CREATE TABLE "clinician_absences" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"cover_clinician_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "clinician_absences_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "clinician_absences_order" CHECK ("clinician_absences"."ends_at" > "clinician_absences"."starts_at"),
	CONSTRAINT "clinician_absences_not_self" CHECK ("clinician_absences"."cover_clinician_id" <> "clinician_absences"."clinician_id")
);
--> statement-breakpoint
CREATE TABLE "contact_agreements" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"terms" jsonb NOT NULL,
	"proposed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_signed_at" timestamp with time zone,
	"clinician_signed_at" timestamp with time zone,
	"in_force_from" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "contact_agreements_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "contact_agreements_in_force_signed" CHECK ("contact_agreements"."status" not in ('in_force', 'superseded') or ("contact_agreements"."client_signed_at" is not null and "contact_agreements"."clinician_signed_at" is not null and "contact_agreements"."in_force_from" is not null)),
	CONSTRAINT "contact_agreements_terms_object" CHECK (jsonb_typeof("contact_agreements"."terms") = 'object')
);
--> statement-breakpoint
CREATE TABLE "contact_pauses" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"clinician_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_pauses_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "contact_pauses_order" CHECK ("contact_pauses"."ends_at" > "contact_pauses"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "clinician_absences" ADD CONSTRAINT "clinician_absences_practice_id_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_absences" ADD CONSTRAINT "clinician_absences_practice_id_cover_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","cover_clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_practice_id_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_agreements" ADD CONSTRAINT "contact_agreements_practice_id_proposed_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","proposed_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_pauses" ADD CONSTRAINT "contact_pauses_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinician_absences_cover_idx" ON "clinician_absences" USING btree ("practice_id","cover_clinician_id","ends_at");--> statement-breakpoint
CREATE INDEX "clinician_absences_clinician_idx" ON "clinician_absences" USING btree ("practice_id","clinician_id","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_agreements_version_unique" ON "contact_agreements" USING btree ("practice_id","client_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_agreements_one_in_force" ON "contact_agreements" USING btree ("practice_id","client_id") WHERE "contact_agreements"."status" = 'in_force';--> statement-breakpoint
CREATE UNIQUE INDEX "contact_agreements_one_proposed" ON "contact_agreements" USING btree ("practice_id","client_id") WHERE "contact_agreements"."status" = 'proposed';--> statement-breakpoint
CREATE INDEX "contact_pauses_client_idx" ON "contact_pauses" USING btree ("practice_id","client_id","ends_at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('message', 'reply_window_nearing', 'reply_window_passed', 'flag_raised', 'flag_escalated', 'agreement_proposed', 'agreement_in_force', 'cover_arranged', 'appointment_request', 'appointment_update', 'checkin_reminder', 'checkin_missed', 'measure_due'));