CREATE TABLE "health_facility_catchments" (
	"health_facility_id" integer NOT NULL,
	"location_id" integer NOT NULL,
	"percent" smallint NOT NULL,
	CONSTRAINT "health_facility_catchments_health_facility_id_location_id_pk" PRIMARY KEY("health_facility_id","location_id")
);
--> statement-breakpoint
ALTER TABLE "diagnoses" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "medical_items" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "medical_services" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "health_facility_catchments" ADD CONSTRAINT "health_facility_catchments_health_facility_id_health_facilities_id_fk" FOREIGN KEY ("health_facility_id") REFERENCES "public"."health_facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_facility_catchments" ADD CONSTRAINT "health_facility_catchments_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "health_facility_catchments_location_idx" ON "health_facility_catchments" USING btree ("location_id");