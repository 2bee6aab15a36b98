-- Real-time events are numbered per practice at commit, in commit order (SPEC §2.2 real time).
-- A deferred constraint trigger runs while the transaction commits: it takes the practice's next
-- number under the realtime_sequences row lock (held only until the commit completes, so sends
-- never wait on each other mid-transaction), stores it, and announces the event with NOTIFY.
-- Numbers therefore commit in order and without gaps: a stream that resumes after the last
-- number it saw (Last-Event-ID) misses nothing. The payload carries ids only, never content.
CREATE OR REPLACE FUNCTION realtime_events_number() RETURNS trigger AS $$
DECLARE
  next_seq bigint;
BEGIN
  INSERT INTO realtime_sequences (practice_id, last_seq) VALUES (NEW.practice_id, 1)
  ON CONFLICT (practice_id) DO UPDATE SET last_seq = realtime_sequences.last_seq + 1
  RETURNING last_seq INTO next_seq;
  UPDATE realtime_events SET seq = next_seq WHERE practice_id = NEW.practice_id AND id = NEW.id;
  PERFORM pg_notify('steadfast_events', json_build_object(
    'practiceId', NEW.practice_id,
    'seq', next_seq,
    'type', NEW.type,
    'clientId', NEW.client_id,
    'userId', NEW.user_id,
    'subjectId', NEW.subject_id,
    'at', to_char(NEW.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER realtime_events_number
  AFTER INSERT ON realtime_events
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION realtime_events_number();
