-- A day's highest urge, for the stable-stretch reads (0–5 ratings, rounded were one ever a fraction; null when none was rated).
-- IMMUTABLE: it reads only its argument, so PostgreSQL may keep its result in a stored column.
CREATE FUNCTION checkin_peak_urge(urges jsonb) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT max(value::numeric)::smallint FROM jsonb_each_text(urges) $$;
--> statement-breakpoint
ALTER TABLE "checkins" ADD COLUMN "peak_urge" smallint GENERATED ALWAYS AS (checkin_peak_urge(urges)) STORED;
