CREATE TABLE "checkin_configs" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"items" jsonb NOT NULL,
	"urges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emotions" jsonb NOT NULL,
	"skills" jsonb NOT NULL,
	"self_neglect" jsonb NOT NULL,
	"backdate_days" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "checkin_configs_practice_id_client_id_pk" PRIMARY KEY("practice_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "checkin_reminders" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"enabled" boolean NOT NULL,
	"times" jsonb NOT NULL,
	"channels" jsonb NOT NULL,
	"missed_day_note" boolean NOT NULL,
	"next_at" timestamp with time zone,
	"last_missed_note_on" date,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "checkin_reminders_practice_id_client_id_pk" PRIMARY KEY("practice_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "checkins" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"entered_on" date NOT NULL,
	"mood" smallint NOT NULL,
	"urges" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"acted_on" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"medication" text,
	"note" text,
	"emotions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"water" text,
	"meals" text,
	"sleep_hours" real,
	"client_key" text,
	"risk_level" text DEFAULT 'none' NOT NULL,
	"risk_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkins_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "checkins_mood_range" CHECK ("checkins"."mood" between 0 and 10),
	CONSTRAINT "checkins_sleep_range" CHECK ("checkins"."sleep_hours" is null or "checkins"."sleep_hours" between 0 and 24),
	CONSTRAINT "checkins_note_length" CHECK ("checkins"."note" is null or char_length("checkins"."note") <= 2000),
	CONSTRAINT "checkins_entered_after_date" CHECK ("checkins"."entered_on" >= "checkins"."date")
);
--> statement-breakpoint
CREATE TABLE "measure_results" (
	"practice_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"instrument" text NOT NULL,
	"answers" jsonb NOT NULL,
	"functional" smallint,
	"total" smallint NOT NULL,
	"date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"in_session" boolean DEFAULT false NOT NULL,
	"entered_by" uuid NOT NULL,
	"text_version" text NOT NULL,
	"risk_level" text DEFAULT 'none' NOT NULL,
	"risk_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "measure_results_practice_id_id_pk" PRIMARY KEY("practice_id","id"),
	CONSTRAINT "measure_results_total_range" CHECK ("measure_results"."total" between 0 and 27),
	CONSTRAINT "measure_results_functional_range" CHECK ("measure_results"."functional" is null or "measure_results"."functional" between 0 and 3),
	CONSTRAINT "measure_results_answers_array" CHECK (jsonb_typeof("measure_results"."answers") = 'array')
);
--> statement-breakpoint
CREATE TABLE "measure_schedules" (
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"phq9_every_weeks" integer,
	"gad7_every_weeks" integer,
	"expires_after_days" integer NOT NULL,
	"starts_on" date NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "measure_schedules_practice_id_client_id_pk" PRIMARY KEY("practice_id","client_id"),
	CONSTRAINT "measure_schedules_weeks" CHECK (coalesce("measure_schedules"."phq9_every_weeks", 1) between 1 and 12 and coalesce("measure_schedules"."gad7_every_weeks", 1) between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_known";--> statement-breakpoint
ALTER TABLE "checkin_configs" ADD CONSTRAINT "checkin_configs_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_configs" ADD CONSTRAINT "checkin_configs_practice_id_updated_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","updated_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkin_reminders" ADD CONSTRAINT "checkin_reminders_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkins" ADD CONSTRAINT "checkins_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_results" ADD CONSTRAINT "measure_results_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_results" ADD CONSTRAINT "measure_results_practice_id_entered_by_users_practice_id_id_fk" FOREIGN KEY ("practice_id","entered_by") REFERENCES "public"."users"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_practice_id_client_id_clients_practice_id_id_fk" FOREIGN KEY ("practice_id","client_id") REFERENCES "public"."clients"("practice_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checkin_reminders_next_idx" ON "checkin_reminders" USING btree ("next_at");--> statement-breakpoint
CREATE UNIQUE INDEX "checkins_client_day" ON "checkins" USING btree ("practice_id","client_id","date");--> statement-breakpoint
CREATE INDEX "measure_results_client_idx" ON "measure_results" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_known" CHECK ("notifications"."kind" in ('message', 'reply_window_nearing', 'reply_window_passed', 'flag_raised', 'flag_escalated', 'checkin_reminder', 'checkin_missed', 'measure_due'));