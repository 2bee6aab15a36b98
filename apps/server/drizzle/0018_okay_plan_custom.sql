-- Okay plan versions are history like the safety plan's (SPEC §2.6): a saved version is never
-- rewritten, only followed by a new one. DELETE stays possible for erasure (§2.12).
CREATE OR REPLACE FUNCTION okay_plan_versions_refuse_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'okay_plan_versions is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER okay_plan_versions_append_only
  BEFORE UPDATE ON okay_plan_versions
  FOR EACH ROW EXECUTE FUNCTION okay_plan_versions_refuse_update();
