-- Safety plan versions are history (SPEC §2.7): a saved version is never rewritten, only followed
-- by a new one. DELETE stays possible for erasure under the practice's retention rules (§2.12).
CREATE OR REPLACE FUNCTION safety_plan_versions_refuse_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'safety_plan_versions is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER safety_plan_versions_append_only
  BEFORE UPDATE ON safety_plan_versions
  FOR EACH ROW EXECUTE FUNCTION safety_plan_versions_refuse_update();
