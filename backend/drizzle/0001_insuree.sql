CREATE TABLE "families" (
	"id" serial PRIMARY KEY NOT NULL,
	"head_insuree_id" integer,
	"village_id" integer NOT NULL,
	"poverty_status" boolean,
	"family_type" char(1),
	"confirmation_type" char(1),
	"confirmation_number" varchar(25),
	"address" varchar(200),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurance_number_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_id" integer NOT NULL,
	"count" integer NOT NULL,
	"created_by" integer,
	"created_by_name" varchar(50),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insurees" (
	"id" serial PRIMARY KEY NOT NULL,
	"family_id" integer NOT NULL,
	"insurance_number" varchar(20) NOT NULL,
	"last_name" varchar(100) NOT NULL,
	"other_names" varchar(100) NOT NULL,
	"gender" char(1) NOT NULL,
	"birth_date" date NOT NULL,
	"marital_status" char(1),
	"relationship" varchar(2),
	"phone" varchar(50),
	"email" varchar(100),
	"profession" varchar(50),
	"education" varchar(50),
	"identification_type" char(1),
	"identification_number" varchar(25),
	"current_village_id" integer,
	"current_address" varchar(200),
	"health_facility_id" integer,
	"card_issued" boolean DEFAULT false NOT NULL,
	"status" varchar(10) DEFAULT 'ACTIVE' NOT NULL,
	"status_date" date,
	"status_reason" varchar(200),
	"photo" varchar(200),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reserved_numbers" (
	"number" varchar(20) PRIMARY KEY NOT NULL,
	"batch_id" integer NOT NULL,
	"position" integer NOT NULL,
	"used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_head_insuree_id_insurees_id_fk" FOREIGN KEY ("head_insuree_id") REFERENCES "public"."insurees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_village_id_locations_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_number_batches" ADD CONSTRAINT "insurance_number_batches_region_id_locations_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_number_batches" ADD CONSTRAINT "insurance_number_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurees" ADD CONSTRAINT "insurees_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurees" ADD CONSTRAINT "insurees_current_village_id_locations_id_fk" FOREIGN KEY ("current_village_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurees" ADD CONSTRAINT "insurees_health_facility_id_health_facilities_id_fk" FOREIGN KEY ("health_facility_id") REFERENCES "public"."health_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reserved_numbers" ADD CONSTRAINT "reserved_numbers_batch_id_insurance_number_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."insurance_number_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "families_village_idx" ON "families" USING btree ("village_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "families_head_key" ON "families" USING btree ("head_insuree_id");--> statement-breakpoint
CREATE INDEX "insurance_number_batches_created_idx" ON "insurance_number_batches" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "insurees_insurance_number_key" ON "insurees" USING btree ("insurance_number");--> statement-breakpoint
CREATE INDEX "insurees_number_c_idx" ON "insurees" USING btree ("insurance_number" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "insurees_last_name_c_idx" ON "insurees" USING btree ("last_name" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "insurees_other_names_c_idx" ON "insurees" USING btree ("other_names" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "insurees_birth_date_idx" ON "insurees" USING btree ("birth_date","id");--> statement-breakpoint
CREATE INDEX "insurees_family_idx" ON "insurees" USING btree ("family_id","id");--> statement-breakpoint
CREATE INDEX "insurees_hf_idx" ON "insurees" USING btree ("health_facility_id","id");--> statement-breakpoint
CREATE INDEX "insurees_last_name_trgm" ON "insurees" USING gin ("last_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "insurees_other_names_trgm" ON "insurees" USING gin ("other_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "reserved_numbers_batch_idx" ON "reserved_numbers" USING btree ("batch_id","position");