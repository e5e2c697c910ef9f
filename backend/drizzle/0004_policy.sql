CREATE TABLE "policies" (
	"id" serial PRIMARY KEY NOT NULL,
	"family_id" integer NOT NULL,
	"product_id" integer NOT NULL,
	"officer_id" integer,
	"stage" char(1) DEFAULT 'N' NOT NULL,
	"status" smallint DEFAULT 1 NOT NULL,
	"value" numeric(18, 2) NOT NULL,
	"enrol_date" date NOT NULL,
	"start_date" date NOT NULL,
	"effective_date" date,
	"expiry_date" date NOT NULL,
	"previous_policy_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_previous_policy_id_policies_id_fk" FOREIGN KEY ("previous_policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policies_family_idx" ON "policies" USING btree ("family_id","id");--> statement-breakpoint
CREATE INDEX "policies_product_idx" ON "policies" USING btree ("product_id","id");--> statement-breakpoint
CREATE INDEX "policies_previous_idx" ON "policies" USING btree ("previous_policy_id");