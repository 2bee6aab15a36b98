CREATE TABLE "risk_flags" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"level" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"screener_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"acknowledgement_note" text,
	CONSTRAINT "risk_flags_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "risk_flags_ack_complete" CHECK (("risk_flags"."acknowledged_at" is null) = ("risk_flags"."acknowledged_by" is null) and ("risk_flags"."acknowledged_at" is null) = ("risk_flags"."acknowledgement_note" is null))
);
--> statement-breakpoint
ALTER TABLE "risk_flags" ADD CONSTRAINT "risk_flags_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_flags_open_idx" ON "risk_flags" USING btree ("practice_id","acknowledged_at","created_at");--> statement-breakpoint
CREATE INDEX "risk_flags_source_idx" ON "risk_flags" USING btree ("practice_id","source_type","source_id");