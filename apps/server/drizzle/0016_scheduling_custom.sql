-- Double booking is refused by the database itself, not only by the app (SPEC §2.4): no two
-- scheduled appointments of one clinician may overlap. btree_gist lets the uuid equality sit in
-- the same GiST exclusion as the time range; it is a trusted extension (PostgreSQL 13+), and
-- PGlite loads it from its contrib bundle (db/database.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_double_booking"
  EXCLUDE USING gist ("practice_id" WITH =, "clinician_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" <> 'cancelled');
