CREATE TABLE "payers" (
	"id" serial PRIMARY KEY NOT NULL,
	"type" char(1) NOT NULL,
	"name" varchar(100) NOT NULL,
	"address" varchar(100),
	"location_id" integer,
	"phone" varchar(50),
	"fax" varchar(50),
	"email" varchar(50),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "premiums" (
	"id" serial PRIMARY KEY NOT NULL,
	"policy_id" integer NOT NULL,
	"payer_id" integer,
	"amount" numeric(18, 2) NOT NULL,
	"receipt" varchar(50) NOT NULL,
	"pay_date" date NOT NULL,
	"pay_type" char(1) NOT NULL,
	"is_photo_fee" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payers" ADD CONSTRAINT "payers_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premiums" ADD CONSTRAINT "premiums_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "premiums" ADD CONSTRAINT "premiums_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payers_name_c_idx" ON "payers" USING btree ("name" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "payers_name_trgm" ON "payers" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "payers_location_idx" ON "payers" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "premiums_policy_idx" ON "premiums" USING btree ("policy_id","id");--> statement-breakpoint
CREATE INDEX "premiums_payer_idx" ON "premiums" USING btree ("payer_id","id");--> statement-breakpoint
CREATE INDEX "premiums_receipt_idx" ON "premiums" USING btree ("receipt");--> statement-breakpoint
CREATE INDEX "premiums_pay_date_idx" ON "premiums" USING btree ("pay_date","id");--> statement-breakpoint
CREATE INDEX "policies_enrol_date_idx" ON "policies" USING btree ("enrol_date","id");