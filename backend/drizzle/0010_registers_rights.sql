-- openIMIS numbers register import/export 131001-131010 and reports 131201-131223; Kente had the
-- reports on 131001-131023. Move the report rights roles hold to their openIMIS codes first, so no
-- role gains a register right by accident, then give the registers to the system roles that keep
-- reference data (as core/rights.ts seeds them on a new database).
UPDATE "roles" SET "rights" = ARRAY(
  SELECT DISTINCT CASE WHEN r BETWEEN 131001 AND 131023 THEN r + 200 ELSE r END FROM unnest("rights") AS r ORDER BY 1
) WHERE "rights" && ARRAY(SELECT generate_series(131001, 131023));
--> statement-breakpoint
UPDATE "roles" SET "rights" = "rights" || ARRAY[131001, 131002, 131003, 131004, 131005, 131006, 131007, 131008, 131009, 131010]
WHERE "is_system" AND "name" = 'IMIS Administrator';
--> statement-breakpoint
UPDATE "roles" SET "rights" = "rights" || ARRAY[131001, 131002, 131003, 131004, 131005, 131007, 131008, 131009, 131010]
WHERE "is_system" AND "name" = 'Scheme Administrator';
