CREATE TABLE "claim_administrators" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolment_officer_villages" (
	"officer_id" integer NOT NULL,
	"location_id" integer NOT NULL,
	CONSTRAINT "enrolment_officer_villages_officer_id_location_id_pk" PRIMARY KEY("officer_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "enrolment_officers" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"substitute_id" integer,
	"works_to" date,
	CONSTRAINT "enrolment_officers_not_own_substitute" CHECK ("enrolment_officers"."substitute_id" <> "enrolment_officers"."user_id")
);
--> statement-breakpoint
ALTER TABLE "claim_administrators" ADD CONSTRAINT "claim_administrators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_officer_villages" ADD CONSTRAINT "enrolment_officer_villages_officer_id_enrolment_officers_user_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."enrolment_officers"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_officer_villages" ADD CONSTRAINT "enrolment_officer_villages_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_officers" ADD CONSTRAINT "enrolment_officers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_officers" ADD CONSTRAINT "enrolment_officers_substitute_id_enrolment_officers_user_id_fk" FOREIGN KEY ("substitute_id") REFERENCES "public"."enrolment_officers"("user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_administrators_code_key" ON "claim_administrators" USING btree ("code");--> statement-breakpoint
CREATE INDEX "enrolment_officer_villages_location_idx" ON "enrolment_officer_villages" USING btree ("location_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_officers_code_key" ON "enrolment_officers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "enrolment_officers_substitute_idx" ON "enrolment_officers" USING btree ("substitute_id");--> statement-breakpoint
-- openIMIS's enrolment officer (121501-121504) and claim administrator (121601-121604) rights are new in
-- Kente: the IMIS Administrator holds every right (core/rights.ts seeds it so on a new database).
UPDATE "roles" SET "rights" = ARRAY(
  SELECT DISTINCT r FROM unnest("rights" || ARRAY[121501, 121502, 121503, 121504, 121601, 121602, 121603, 121604]) AS r ORDER BY 1
) WHERE "is_system" AND "name" = 'IMIS Administrator';
