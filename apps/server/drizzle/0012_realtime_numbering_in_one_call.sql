-- The sequencer numbers every waiting event in ONE call (one round trip, one commit), where it took
-- five (find the practices, begin, lock, number, commit): an event is announced that much sooner
-- after its own commit, which the crisis path feels. Same rules as before (realtime.sequencer.ts):
-- per practice, under its realtime_sequences row lock (SKIP LOCKED: another server numbering that
-- practice was woken too and runs again), events are numbered in id order with no gaps, and each
-- is announced with ids only, in number order. In READ COMMITTED each statement of a volatile
-- function takes a fresh snapshot, so the numbering sees every event committed before the lock.
CREATE OR REPLACE FUNCTION realtime_number_waiting(batch integer) RETURNS integer AS $$
DECLARE
  practice uuid;
  last bigint;
  done integer;
  total integer := 0;
BEGIN
  FOR practice IN SELECT DISTINCT practice_id FROM realtime_events WHERE seq IS NULL LOOP
    SELECT last_seq INTO last FROM realtime_sequences WHERE practice_id = practice FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
      -- The practice's first event, or another server holds the lock.
      INSERT INTO realtime_sequences (practice_id, last_seq) VALUES (practice, 0) ON CONFLICT (practice_id) DO NOTHING;
      SELECT last_seq INTO last FROM realtime_sequences WHERE practice_id = practice FOR UPDATE SKIP LOCKED;
      CONTINUE WHEN NOT FOUND;
    END IF;
    LOOP
      WITH next AS (
        SELECT id, row_number() OVER (ORDER BY id) AS n FROM realtime_events
        WHERE practice_id = practice AND seq IS NULL
        ORDER BY id LIMIT batch
      ), numbered AS (
        UPDATE realtime_events e SET seq = last + next.n FROM next
        WHERE e.practice_id = practice AND e.id = next.id
        RETURNING e.practice_id, e.seq, e.type, e.client_id, e.user_id, e.subject_id, e.created_at
      )
      SELECT count(pg_notify('steadfast_events', json_build_object(
        'practiceId', n.practice_id,
        'seq', n.seq,
        'type', n.type,
        'clientId', n.client_id,
        'userId', n.user_id,
        'subjectId', n.subject_id,
        'at', to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      )::text))::integer INTO done
      FROM (SELECT * FROM numbered ORDER BY seq) n;
      EXIT WHEN done = 0;
      last := last + done;
      total := total + done;
      UPDATE realtime_sequences SET last_seq = last WHERE practice_id = practice;
      EXIT WHEN done < batch;
    END LOOP;
  END LOOP;
  RETURN total;
END;
$$ LANGUAGE plpgsql;
