-- A flag's history and a clinician's risk formulations are records (SPEC §2.9, CLINICAL.md §6):
-- nothing written is ever rewritten, only followed by a new row. DELETE stays possible for
-- erasure under the practice's retention rules (§2.12).
CREATE OR REPLACE FUNCTION steadfast_refuse_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER flag_events_append_only
  BEFORE UPDATE ON flag_events
  FOR EACH ROW EXECUTE FUNCTION steadfast_refuse_update();
--> statement-breakpoint
CREATE TRIGGER risk_formulations_append_only
  BEFORE UPDATE ON risk_formulations
  FOR EACH ROW EXECUTE FUNCTION steadfast_refuse_update();
--> statement-breakpoint
-- An acknowledgement ends a flag for good: once set, a flag row never changes again.
CREATE OR REPLACE FUNCTION risk_flags_refuse_change_after_ack() RETURNS trigger AS $$
BEGIN
  IF OLD.acknowledged_at IS NOT NULL THEN
    RAISE EXCEPTION 'risk flag % is acknowledged and final', OLD.id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER risk_flags_final_after_ack
  BEFORE UPDATE ON risk_flags
  FOR EACH ROW EXECUTE FUNCTION risk_flags_refuse_change_after_ack();
