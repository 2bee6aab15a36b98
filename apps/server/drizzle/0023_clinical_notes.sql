CREATE TABLE "clinical_notes" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"replaces_id" uuid,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinical_notes_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "clinical_notes_one_version" UNIQUE("practice_id","note_id","version"),
	CONSTRAINT "clinical_notes_replaced_once" UNIQUE("practice_id","replaces_id"),
	CONSTRAINT "clinical_note_body_length" CHECK (char_length("clinical_notes"."body") between 1 and 20000),
	CONSTRAINT "clinical_note_chain" CHECK (("clinical_notes"."version" = 1 and "clinical_notes"."replaces_id" is null and "clinical_notes"."note_id" = "clinical_notes"."id") or ("clinical_notes"."version" > 1 and "clinical_notes"."replaces_id" is not null and "clinical_notes"."note_id" <> "clinical_notes"."id"))
);
--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_practice_id_author_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_practice_id_note_id_clinical_notes_practice_id_id_fk" FOREIGN KEY ("practice_id","note_id") REFERENCES "public"."clinical_notes"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_practice_id_replaces_id_clinical_notes_practice_id_id_fk" FOREIGN KEY ("practice_id","replaces_id") REFERENCES "public"."clinical_notes"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clinical_notes_client_idx" ON "clinical_notes" USING btree ("practice_id","client_id","version","created_at");--> statement-breakpoint
-- Clinical notes are the clinical record (CLINICAL.md §5.1, integrity; §5.2, erasure as
-- flag-and-retain): a version is never rewritten nor removed, only followed by an amendment.
CREATE OR REPLACE FUNCTION clinical_notes_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'clinical_notes is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER clinical_notes_append_only
  BEFORE UPDATE OR DELETE ON clinical_notes
  FOR EACH ROW EXECUTE FUNCTION clinical_notes_refuse_change();
