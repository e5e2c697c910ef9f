ALTER TABLE "policies" ADD COLUMN "paid" numeric(18, 2) DEFAULT '0' NOT NULL;--> statement-breakpoint
-- what is already paid: the contributions that count (photo fees excluded)
UPDATE "policies" SET "paid" = s."total"
FROM (SELECT "policy_id", sum("amount") AS "total" FROM "premiums" WHERE NOT "is_photo_fee" GROUP BY "policy_id") s
WHERE s."policy_id" = "policies"."id";--> statement-breakpoint
-- kept by the database in the statement that changes a contribution, whatever writes it (service,
-- seed, generator): one recomputation per policy touched, per statement (transition tables)
CREATE FUNCTION "policies_paid_from_new"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "policies" p SET "paid" = coalesce((SELECT sum(r."amount") FROM "premiums" r WHERE r."policy_id" = p."id" AND NOT r."is_photo_fee"), 0)
  WHERE p."id" IN (SELECT DISTINCT "policy_id" FROM "changed_new");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "policies_paid_from_old"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "policies" p SET "paid" = coalesce((SELECT sum(r."amount") FROM "premiums" r WHERE r."policy_id" = p."id" AND NOT r."is_photo_fee"), 0)
  WHERE p."id" IN (SELECT DISTINCT "policy_id" FROM "changed_old");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION "policies_paid_from_both"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "policies" p SET "paid" = coalesce((SELECT sum(r."amount") FROM "premiums" r WHERE r."policy_id" = p."id" AND NOT r."is_photo_fee"), 0)
  WHERE p."id" IN (SELECT "policy_id" FROM "changed_new" UNION SELECT "policy_id" FROM "changed_old");
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "premiums_paid_insert" AFTER INSERT ON "premiums" REFERENCING NEW TABLE AS "changed_new"
  FOR EACH STATEMENT EXECUTE FUNCTION "policies_paid_from_new"();--> statement-breakpoint
CREATE TRIGGER "premiums_paid_delete" AFTER DELETE ON "premiums" REFERENCING OLD TABLE AS "changed_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "policies_paid_from_old"();--> statement-breakpoint
CREATE TRIGGER "premiums_paid_update" AFTER UPDATE ON "premiums" REFERENCING NEW TABLE AS "changed_new" OLD TABLE AS "changed_old"
  FOR EACH STATEMENT EXECUTE FUNCTION "policies_paid_from_both"();
