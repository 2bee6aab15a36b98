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
ALTER TABLE "caring_contacts" ADD CONSTRAINT "caring_contacts_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caring_contacts" ADD CONSTRAINT "caring_contacts_practice_id_clinician_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","clinician_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "caring_contacts_client_idx" ON "caring_contacts" USING btree ("practice_id","client_id","due_at");