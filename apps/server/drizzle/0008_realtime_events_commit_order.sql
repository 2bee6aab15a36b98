ALTER TABLE "realtime_events" DROP CONSTRAINT "realtime_events_practice_id_seq_pk";--> statement-breakpoint
ALTER TABLE "realtime_events" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "realtime_events" ADD COLUMN "id" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "realtime_events" ADD CONSTRAINT "realtime_events_practice_id_id_pk" PRIMARY KEY("practice_id","id");--> statement-breakpoint
ALTER TABLE "realtime_events" ADD CONSTRAINT "realtime_events_seq_unique" UNIQUE("practice_id","seq");