CREATE TABLE "claim_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"claim_id" integer NOT NULL,
	"line_no" smallint NOT NULL,
	"kind" char(1) NOT NULL,
	"service_id" integer,
	"item_id" integer,
	"quantity" numeric(18, 2) NOT NULL,
	"price_asked" numeric(18, 2) NOT NULL,
	"price_list" numeric(18, 2),
	"quantity_approved" numeric(18, 2),
	"price_approved" numeric(18, 2),
	"status" smallint,
	"rejection_reason" smallint,
	"policy_id" integer,
	"product_id" integer
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"health_facility_id" integer NOT NULL,
	"insuree_id" integer NOT NULL,
	"admin_id" integer,
	"visit_from" date NOT NULL,
	"visit_to" date,
	"date_claimed" date NOT NULL,
	"visit_type" char(1) DEFAULT 'O' NOT NULL,
	"diagnosis_id" integer NOT NULL,
	"diagnosis_1_id" integer,
	"diagnosis_2_id" integer,
	"diagnosis_3_id" integer,
	"diagnosis_4_id" integer,
	"explanation" varchar(1000),
	"guarantee_no" varchar(50),
	"status" smallint DEFAULT 2 NOT NULL,
	"review_status" smallint DEFAULT 1 NOT NULL,
	"feedback_status" smallint DEFAULT 1 NOT NULL,
	"rejection_reason" smallint,
	"category" char(1),
	"claimed" numeric(18, 2) DEFAULT '0' NOT NULL,
	"approved" numeric(18, 2),
	"submitted_at" timestamp with time zone,
	"restored_from_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "medical_items" ADD COLUMN "patient_category" smallint DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "medical_items" ADD COLUMN "frequency" integer;--> statement-breakpoint
ALTER TABLE "medical_services" ADD COLUMN "patient_category" smallint DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "medical_services" ADD COLUMN "frequency" integer;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_service_id_medical_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."medical_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_item_id_medical_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."medical_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_health_facility_id_health_facilities_id_fk" FOREIGN KEY ("health_facility_id") REFERENCES "public"."health_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_insuree_id_insurees_id_fk" FOREIGN KEY ("insuree_id") REFERENCES "public"."insurees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_admin_id_users_id_fk" FOREIGN KEY ("admin_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_diagnosis_id_diagnoses_id_fk" FOREIGN KEY ("diagnosis_id") REFERENCES "public"."diagnoses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_diagnosis_1_id_diagnoses_id_fk" FOREIGN KEY ("diagnosis_1_id") REFERENCES "public"."diagnoses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_diagnosis_2_id_diagnoses_id_fk" FOREIGN KEY ("diagnosis_2_id") REFERENCES "public"."diagnoses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_diagnosis_3_id_diagnoses_id_fk" FOREIGN KEY ("diagnosis_3_id") REFERENCES "public"."diagnoses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_diagnosis_4_id_diagnoses_id_fk" FOREIGN KEY ("diagnosis_4_id") REFERENCES "public"."diagnoses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_restored_from_id_claims_id_fk" FOREIGN KEY ("restored_from_id") REFERENCES "public"."claims"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_lines_claim_key" ON "claim_lines" USING btree ("claim_id","line_no");--> statement-breakpoint
CREATE INDEX "claim_lines_service_idx" ON "claim_lines" USING btree ("service_id","claim_id");--> statement-breakpoint
CREATE INDEX "claim_lines_item_idx" ON "claim_lines" USING btree ("item_id","claim_id");--> statement-breakpoint
CREATE INDEX "claim_lines_policy_idx" ON "claim_lines" USING btree ("policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_facility_code_key" ON "claims" USING btree ("health_facility_id","code");--> statement-breakpoint
CREATE INDEX "claims_facility_idx" ON "claims" USING btree ("health_facility_id","id");--> statement-breakpoint
CREATE INDEX "claims_insuree_idx" ON "claims" USING btree ("insuree_id","visit_from");--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "claims_visit_from_idx" ON "claims" USING btree ("visit_from","id");--> statement-breakpoint
CREATE INDEX "claims_code_c_idx" ON "claims" USING btree ("code" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "claims_guarantee_idx" ON "claims" USING btree ("guarantee_no");--> statement-breakpoint
CREATE INDEX "claims_restored_from_idx" ON "claims" USING btree ("restored_from_id");