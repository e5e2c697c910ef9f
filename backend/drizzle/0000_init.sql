CREATE TABLE "history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_type" varchar(50) NOT NULL,
	"entity_id" varchar(50) NOT NULL,
	"action" varchar(10) NOT NULL,
	"user_id" integer,
	"username" varchar(50),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" varchar(200) NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(50) NOT NULL,
	"alt_language" varchar(50),
	"is_system" boolean DEFAULT false NOT NULL,
	"is_blocked" boolean DEFAULT false NOT NULL,
	"rights" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" varchar(64) PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" varchar(64)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" varchar(50) NOT NULL,
	"other_names" varchar(100) NOT NULL,
	"last_name" varchar(100) NOT NULL,
	"email" varchar(200),
	"phone" varchar(50),
	"language" varchar(8) DEFAULT 'en' NOT NULL,
	"password_hash" text NOT NULL,
	"health_facility_id" integer,
	"role_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"name" varchar(100) NOT NULL,
	"type" char(1) NOT NULL,
	"parent_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diagnoses" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"name" varchar(255) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_facilities" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"name" varchar(100) NOT NULL,
	"level" char(1) NOT NULL,
	"legal_form" char(1) NOT NULL,
	"care_type" char(1) NOT NULL,
	"location_id" integer NOT NULL,
	"address" varchar(200),
	"phone" varchar(50),
	"email" varchar(200),
	"service_price_list_id" integer,
	"item_price_list_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medical_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(12) NOT NULL,
	"name" varchar(150) NOT NULL,
	"type" char(1) NOT NULL,
	"package" varchar(100),
	"price" numeric(18, 2) NOT NULL,
	"care_type" char(1) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medical_services" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(12) NOT NULL,
	"name" varchar(150) NOT NULL,
	"type" char(1) NOT NULL,
	"category" char(1) DEFAULT 'O' NOT NULL,
	"level" char(1) DEFAULT 'S' NOT NULL,
	"price" numeric(18, 2) NOT NULL,
	"care_type" char(1) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_list_items" (
	"price_list_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"price_override" numeric(18, 2),
	CONSTRAINT "price_list_items_price_list_id_item_id_pk" PRIMARY KEY("price_list_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "price_list_services" (
	"price_list_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"price_override" numeric(18, 2),
	CONSTRAINT "price_list_services_price_list_id_service_id_pk" PRIMARY KEY("price_list_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "price_lists" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" char(1) NOT NULL,
	"name" varchar(100) NOT NULL,
	"location_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_parent_id_locations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_facilities" ADD CONSTRAINT "health_facilities_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_facilities" ADD CONSTRAINT "health_facilities_service_price_list_id_price_lists_id_fk" FOREIGN KEY ("service_price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_facilities" ADD CONSTRAINT "health_facilities_item_price_list_id_price_lists_id_fk" FOREIGN KEY ("item_price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_items" ADD CONSTRAINT "price_list_items_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_items" ADD CONSTRAINT "price_list_items_item_id_medical_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."medical_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_services" ADD CONSTRAINT "price_list_services_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_services" ADD CONSTRAINT "price_list_services_service_id_medical_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."medical_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "history_entity_idx" ON "history" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "login_failures_key_at_idx" ON "login_failures" USING btree ("key","at");--> statement-breakpoint
CREATE UNIQUE INDEX "roles_name_key" ON "roles" USING btree ("name");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_last_name_trgm" ON "users" USING gin ("last_name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "locations_code_key" ON "locations" USING btree ("code");--> statement-breakpoint
CREATE INDEX "locations_code_c_idx" ON "locations" USING btree ("code" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "locations_type_name_idx" ON "locations" USING btree ("type","name" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "locations_parent_idx" ON "locations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "locations_name_trgm" ON "locations" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "diagnoses_code_key" ON "diagnoses" USING btree ("code");--> statement-breakpoint
CREATE INDEX "diagnoses_code_c_idx" ON "diagnoses" USING btree ("code" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "diagnoses_name_trgm" ON "diagnoses" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "health_facilities_code_key" ON "health_facilities" USING btree ("code");--> statement-breakpoint
CREATE INDEX "health_facilities_code_c_idx" ON "health_facilities" USING btree ("code" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "health_facilities_name_c_idx" ON "health_facilities" USING btree ("name" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "health_facilities_location_idx" ON "health_facilities" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "health_facilities_name_trgm" ON "health_facilities" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "medical_items_code_key" ON "medical_items" USING btree ("code");--> statement-breakpoint
CREATE INDEX "medical_items_code_c_idx" ON "medical_items" USING btree ("code" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "medical_items_name_trgm" ON "medical_items" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "medical_services_code_key" ON "medical_services" USING btree ("code");--> statement-breakpoint
CREATE INDEX "medical_services_code_c_idx" ON "medical_services" USING btree ("code" COLLATE "C","id");--> statement-breakpoint
CREATE INDEX "medical_services_name_trgm" ON "medical_services" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "price_list_items_item_idx" ON "price_list_items" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "price_list_services_service_idx" ON "price_list_services" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "price_lists_kind_name_key" ON "price_lists" USING btree ("kind","name");