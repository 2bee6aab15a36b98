-- An urgent event (a raised flag and its escalation steps, which someone on call is waiting for)
-- is numbered and announced in its writer's own commit instead of a moment later by a sequencer:
-- that saved the crisis path a wake, a round trip and a second commit (about 4 ms at the median
-- under the crisis benchmark's load). Its writer inserts it with seq 0; this trigger takes the
-- practice's realtime_sequences row lock (waiting for it: a sequencer holds it for one short
-- statement), gives the row the next number and NOTIFYs it, delivered only on commit. The lock is
-- held until the writer commits, so numbering transactions of a practice still commit in number
-- order: per practice, numbers stay gapless and become visible in increasing order, and a
-- rolled-back writer numbers and announces nothing. Everything else is still inserted unnumbered
-- (seq null) and numbered by the sequencers, which skip a practice whose lock an urgent writer
-- holds and are woken again by its commit (the statement trigger realtime_events_pending).
CREATE OR REPLACE FUNCTION realtime_events_number_now() RETURNS trigger AS $$
BEGIN
  INSERT INTO realtime_sequences AS s (practice_id, last_seq) VALUES (NEW.practice_id, 1)
    ON CONFLICT (practice_id) DO UPDATE SET last_seq = s.last_seq + 1
    RETURNING last_seq INTO NEW.seq;
  PERFORM pg_notify('steadfast_events', json_build_object(
    'practiceId', NEW.practice_id,
    'seq', NEW.seq,
    'type', NEW.type,
    'clientId', NEW.client_id,
    'userId', NEW.user_id,
    'subjectId', NEW.subject_id,
    'at', to_char(NEW.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  )::text);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER realtime_events_number_now
  BEFORE INSERT ON realtime_events
  FOR EACH ROW WHEN (NEW.seq = 0) EXECUTE FUNCTION realtime_events_number_now();--> statement-breakpoint
-- The sequencers' numbering (migration realtime_numbering_in_one_call) as before, except that a
-- practice whose lock is held is skipped at once: its "first event" insert, tried whenever the
-- row was locked, waited for a holder that had changed the row, as an urgent writer has until it
-- commits (now only a practice's very first event can make a sequencer wait, once).
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
      -- Another server or an urgent writer holds the lock: skip, woken again by their commit. Only a
      -- practice's first event tries the insert, which waits for a writer that changed the row.
      CONTINUE WHEN EXISTS (SELECT 1 FROM realtime_sequences WHERE practice_id = practice);
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
