CREATE TABLE "claim_batch_indexes" (
	"id" serial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"product_id" integer NOT NULL,
	"allocated" numeric(18, 2) NOT NULL,
	"distribution" numeric(7, 4) NOT NULL,
	"valuated" numeric(18, 2) NOT NULL,
	"index" numeric(18, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_batch_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"location_id" integer,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"claims" integer DEFAULT 0 NOT NULL,
	"remunerated" numeric(18, 2) DEFAULT '0' NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"run_by" integer
);
--> statement-breakpoint
CREATE TABLE "claim_ded_rem" (
	"id" serial PRIMARY KEY NOT NULL,
	"claim_id" integer NOT NULL,
	"policy_id" integer NOT NULL,
	"insuree_id" integer NOT NULL,
	"kind" varchar(2) NOT NULL,
	"deducted" numeric(18, 2) NOT NULL,
	"remunerated" numeric(18, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_relative_distributions" (
	"id" serial PRIMARY KEY NOT NULL,
	"product_id" integer NOT NULL,
	"period" char(1) NOT NULL,
	"number" smallint NOT NULL,
	"percent" numeric(7, 4) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "price_reviewed" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "justification" varchar(250);--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "price_adjusted" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "deductible" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "exceed_ceiling" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "price_valuated" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "remunerated" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claim_lines" ADD COLUMN "price_origin" char(1);--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "valuated" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "remunerated" numeric(18, 2);--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "processed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "batch_run_id" integer;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "review_remark" varchar(500);--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "care_rendered" boolean;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "payment_asked" boolean;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "drug_prescribed" boolean;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "drug_received" boolean;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "assessment" smallint;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "feedback_date" date;--> statement-breakpoint
ALTER TABLE "claim_batch_indexes" ADD CONSTRAINT "claim_batch_indexes_run_id_claim_batch_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."claim_batch_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_batch_indexes" ADD CONSTRAINT "claim_batch_indexes_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_batch_runs" ADD CONSTRAINT "claim_batch_runs_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_batch_runs" ADD CONSTRAINT "claim_batch_runs_run_by_users_id_fk" FOREIGN KEY ("run_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_ded_rem" ADD CONSTRAINT "claim_ded_rem_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_ded_rem" ADD CONSTRAINT "claim_ded_rem_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_ded_rem" ADD CONSTRAINT "claim_ded_rem_insuree_id_insurees_id_fk" FOREIGN KEY ("insuree_id") REFERENCES "public"."insurees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_relative_distributions" ADD CONSTRAINT "claim_relative_distributions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_batch_indexes_key" ON "claim_batch_indexes" USING btree ("run_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_batch_runs_period_key" ON "claim_batch_runs" USING btree (coalesce("location_id", 0),"year","month");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_ded_rem_claim_key" ON "claim_ded_rem" USING btree ("claim_id","policy_id");--> statement-breakpoint
CREATE INDEX "claim_ded_rem_policy_idx" ON "claim_ded_rem" USING btree ("policy_id","insuree_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_relative_distributions_key" ON "claim_relative_distributions" USING btree ("product_id","period","number");