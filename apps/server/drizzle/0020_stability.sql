CREATE TABLE "stability_settings" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"min_days" integer,
	"mood_floor" real,
	"max_urge_spread" real,
	"dip_days" integer,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL,
	CONSTRAINT "stability_settings_practice_id_client_id_pk" PRIMARY KEY("practice_id","client_id"),
	CONSTRAINT "stability_min_days_range" CHECK ("stability_settings"."min_days" between 3 and 60),
	CONSTRAINT "stability_mood_floor_range" CHECK ("stability_settings"."mood_floor" between 0 and 10),
	CONSTRAINT "stability_urge_spread_range" CHECK ("stability_settings"."max_urge_spread" between 0 and 5),
	CONSTRAINT "stability_dip_days_range" CHECK ("stability_settings"."dip_days" between 0 and 3)
);
--> statement-breakpoint
ALTER TABLE "stability_settings" ADD CONSTRAINT "stability_settings_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stability_settings" ADD CONSTRAINT "stability_settings_practice_id_updated_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","updated_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;