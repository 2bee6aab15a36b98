CREATE TABLE "safety_plan_versions" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"plan" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"author_role" text NOT NULL,
	"changed_sections" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_plan_versions_practice_id_client_id_version_pk" PRIMARY KEY("practice_id","client_id","version"),
	CONSTRAINT "safety_plan_version_positive" CHECK ("safety_plan_versions"."version" >= 1),
	CONSTRAINT "safety_plan_plan_is_object" CHECK (jsonb_typeof("safety_plan_versions"."plan") = 'object'),
	CONSTRAINT "safety_plan_changed_is_array" CHECK (jsonb_typeof("safety_plan_versions"."changed_sections") = 'array')
);
--> statement-breakpoint
ALTER TABLE "safety_plan_versions" ADD CONSTRAINT "safety_plan_versions_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_plan_versions" ADD CONSTRAINT "safety_plan_versions_practice_id_author_id_users_practice_id_id_fk" FOREIGN KEY ("practice_id","author_id") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;