-- Members table search by phone (admin, 100,000 members). Staff type a local number or a part
-- of it ("0917 123 4567" for "+639171234567"), so the match is a substring, which needs
-- trigrams, as the name and email searches of the same table already have
-- (20261123151415_admin_i18n_analytics). Without it one phone search reads every member row
-- of the business. Hand-written: Prisma's schema language cannot express a GIN trigram index.
CREATE INDEX "Member_phone_trgm_idx" ON "Member" USING gin ("phone" gin_trgm_ops);
