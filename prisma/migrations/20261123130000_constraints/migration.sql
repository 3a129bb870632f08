-- Rules Prisma's schema language cannot express, kept in the database so no code path can
-- break them: money and points are sane, and the ledger is append-only (DESIGN.md §4.7).

ALTER TABLE "Business"
  ADD CONSTRAINT "Business_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "Business_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  ADD CONSTRAINT "Business_cadence_positive" CHECK ("marketingGapDays" > 0 AND "touchEveryDays" > 0 AND "thankYouDelayMinutes" >= 0);

ALTER TABLE "Program"
  ADD CONSTRAINT "Program_earn_rate_positive" CHECK ("earnPoints" >= 0 AND "earnPerMinor" > 0),
  ADD CONSTRAINT "Program_amounts_not_negative" CHECK (
    "minSpendMinor" >= 0 AND "signupBonus" >= 0 AND "birthdayBonus" >= 0 AND "referralBonus" >= 0
    AND "referredBonus" >= 0 AND "pendingDays" >= 0 AND "tierGraceDays" >= 0 AND "pointValueMinor" >= 0
    AND "membershipFeeMinor" >= 0 AND "membershipCapMinor" >= 0),
  ADD CONSTRAINT "Program_expiry_months" CHECK (
    ("expiryPolicy" = 'NEVER') OR ("expiryMonths" IS NOT NULL AND "expiryMonths" > 0)),
  ADD CONSTRAINT "Program_basis_points" CHECK (
    "visitDiscountBaseBp" BETWEEN 0 AND 10000 AND "visitDiscountStepBp" BETWEEN 0 AND 10000
    AND "visitDiscountCapBp" BETWEEN 0 AND 10000 AND "membershipCashbackBp" BETWEEN 0 AND 10000);

ALTER TABLE "Tier"
  ADD CONSTRAINT "Tier_rank_threshold" CHECK ("rank" >= 0 AND "threshold" >= 0),
  ADD CONSTRAINT "Tier_multiplier" CHECK ("multiplierBp" BETWEEN 0 AND 100000);

ALTER TABLE "PunchCard"
  ADD CONSTRAINT "PunchCard_stamps" CHECK ("stampsRequired" BETWEEN 1 AND 100 AND "stampMinorUnit" >= 0);

ALTER TABLE "MemberPunchCard"
  ADD CONSTRAINT "MemberPunchCard_counts" CHECK ("stamps" >= 0 AND "completed" >= 0);

ALTER TABLE "Member"
  ADD CONSTRAINT "Member_number_positive" CHECK ("number" > 0),
  ADD CONSTRAINT "Member_lifetime_not_negative" CHECK ("lifetimeEarned" >= 0 AND "lifetimeSpent" >= 0),
  ADD CONSTRAINT "Member_not_own_referrer" CHECK ("referredById" IS NULL OR "referredById" <> "id");

ALTER TABLE "LedgerEntry"
  ADD CONSTRAINT "LedgerEntry_points_sign" CHECK (
    ("kind" IN ('EARN', 'BONUS') AND "points" > 0)
    OR ("kind" IN ('REDEEM', 'EXPIRE') AND "points" < 0)
    OR ("kind" IN ('REVERSAL', 'ADJUST') AND "points" <> 0)),
  ADD CONSTRAINT "LedgerEntry_adjust_has_reason" CHECK (
    "kind" <> 'ADJUST' OR ("reason" IS NOT NULL AND length(btrim("reason")) > 0)),
  ADD CONSTRAINT "LedgerEntry_idempotency_key_length" CHECK (
    "idempotencyKey" IS NULL OR length("idempotencyKey") BETWEEN 1 AND 255);

ALTER TABLE "LedgerAllocation"
  ADD CONSTRAINT "LedgerAllocation_points_positive" CHECK ("points" > 0);

ALTER TABLE "Purchase"
  ADD CONSTRAINT "Purchase_amount_positive" CHECK ("amountMinor" > 0),
  ADD CONSTRAINT "Purchase_refund_within_amount" CHECK ("refundedMinor" >= 0 AND "refundedMinor" <= "amountMinor"),
  ADD CONSTRAINT "Purchase_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$');

ALTER TABLE "Refund"
  ADD CONSTRAINT "Refund_amount_positive" CHECK ("amountMinor" > 0);

ALTER TABLE "Reward"
  ADD CONSTRAINT "Reward_points_cost_positive" CHECK ("pointsCost" > 0),
  ADD CONSTRAINT "Reward_counts_not_negative" CHECK (
    "costMinor" >= 0 AND ("stock" IS NULL OR "stock" >= 0)
    AND ("perMemberLimit" IS NULL OR "perMemberLimit" > 0) AND "voucherDays" > 0),
  ADD CONSTRAINT "Reward_discount" CHECK (
    ("discountMinor" IS NULL OR "discountMinor" > 0) AND ("discountBp" IS NULL OR "discountBp" BETWEEN 1 AND 10000)),
  ADD CONSTRAINT "Reward_window" CHECK ("activeFrom" IS NULL OR "activeUntil" IS NULL OR "activeFrom" < "activeUntil"),
  ADD CONSTRAINT "Reward_partner_named" CHECK ("kind" <> 'PARTNER' OR "partnerName" IS NOT NULL);

ALTER TABLE "Redemption"
  ADD CONSTRAINT "Redemption_points_not_negative" CHECK ("points" >= 0),
  ADD CONSTRAINT "Redemption_used_has_time" CHECK ("status" <> 'USED' OR "usedAt" IS NOT NULL);

ALTER TABLE "EmailMessage"
  ADD CONSTRAINT "EmailMessage_attempts_not_negative" CHECK ("attempts" >= 0);

-- Ledger rows are never updated or deleted; corrections are new entries.
CREATE FUNCTION suki_refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger rows are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "LedgerEntry_append_only"
  BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION suki_refuse_ledger_change();

CREATE TRIGGER "LedgerAllocation_append_only"
  BEFORE UPDATE OR DELETE ON "LedgerAllocation"
  FOR EACH ROW EXECUTE FUNCTION suki_refuse_ledger_change();

-- TRUNCATE is a statement-level operation; refuse it too.
CREATE TRIGGER "LedgerEntry_no_truncate"
  BEFORE TRUNCATE ON "LedgerEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION suki_refuse_ledger_change();

CREATE TRIGGER "LedgerAllocation_no_truncate"
  BEFORE TRUNCATE ON "LedgerAllocation"
  FOR EACH STATEMENT EXECUTE FUNCTION suki_refuse_ledger_change();
