-- Real-time events are numbered after commit by a sequencer in every app server
-- (realtime.sequencer.ts), no longer by a trigger inside each send's commit: that trigger made
-- every send of a practice queue behind the previous one's commit and cost an upsert, an update
-- and a NOTIFY per event. A send now only inserts its rows (seq null) and, once per statement,
-- wakes the sequencers. NOTIFY is delivered only if the transaction commits and duplicates within
-- one collapse, so a rolled-back send wakes no one and announces nothing.
CREATE INDEX "realtime_events_unnumbered_idx" ON "realtime_events" USING btree ("practice_id","id") WHERE "realtime_events"."seq" is null;--> statement-breakpoint
DROP TRIGGER IF EXISTS realtime_events_number ON realtime_events;--> statement-breakpoint
DROP FUNCTION IF EXISTS realtime_events_number();--> statement-breakpoint
CREATE OR REPLACE FUNCTION realtime_events_pending() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('steadfast_events_pending', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER realtime_events_pending
  AFTER INSERT ON realtime_events
  FOR EACH STATEMENT EXECUTE FUNCTION realtime_events_pending();
