-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "configVersion" INTEGER NOT NULL DEFAULT 0;

-- Hand-written (Prisma's schema cannot express triggers): every change to what the loyalty
-- engine reads about a business moves Business.configVersion, so the engine's per-process
-- copy of a program (lib/loyalty/program.ts) is reused until then and never served stale,
-- whichever code path or app instance made the change. The new value comes from a sequence,
-- which a rollback does not give back: a change rolled back after an engine call read it can
-- never share its number with a later, different change.
CREATE SEQUENCE "Business_configVersion_seq" AS integer;

CREATE FUNCTION "bump_business_config_version"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Business" SET "configVersion" = nextval('"Business_configVersion_seq"') WHERE id = OLD."businessId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."businessId" IS DISTINCT FROM OLD."businessId") THEN
    UPDATE "Business" SET "configVersion" = nextval('"Business_configVersion_seq"') WHERE id = NEW."businessId";
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Program_config_version" AFTER INSERT OR UPDATE OR DELETE ON "Program"
  FOR EACH ROW EXECUTE FUNCTION "bump_business_config_version"();
CREATE TRIGGER "Tier_config_version" AFTER INSERT OR UPDATE OR DELETE ON "Tier"
  FOR EACH ROW EXECUTE FUNCTION "bump_business_config_version"();
CREATE TRIGGER "Promotion_config_version" AFTER INSERT OR UPDATE OR DELETE ON "Promotion"
  FOR EACH ROW EXECUTE FUNCTION "bump_business_config_version"();
CREATE TRIGGER "PunchCard_config_version" AFTER INSERT OR UPDATE OR DELETE ON "PunchCard"
  FOR EACH ROW EXECUTE FUNCTION "bump_business_config_version"();
-- A punch card carries its reward's name and voucher lifetime; stock and other columns change
-- with every redemption and must not invalidate anything.
CREATE TRIGGER "Reward_config_version" AFTER UPDATE OF name, "voucherDays" ON "Reward"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD."voucherDays" IS DISTINCT FROM NEW."voucherDays")
  EXECUTE FUNCTION "bump_business_config_version"();

CREATE FUNCTION "bump_own_config_version"() RETURNS trigger AS $$
BEGIN
  NEW."configVersion" := nextval('"Business_configVersion_seq"');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

-- The business row's own fields the engine reads (currency, zone) and anything else on it;
-- the column itself is left to the triggers above.
CREATE TRIGGER "Business_config_version" BEFORE UPDATE ON "Business"
  FOR EACH ROW WHEN (OLD."configVersion" IS NOT DISTINCT FROM NEW."configVersion" AND (OLD.* IS DISTINCT FROM NEW.*))
  EXECUTE FUNCTION "bump_own_config_version"();
