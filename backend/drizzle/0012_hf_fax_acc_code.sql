ALTER TABLE "health_facilities" ADD COLUMN "fax" varchar(50);--> statement-breakpoint
ALTER TABLE "health_facilities" ADD COLUMN "acc_code" varchar(25);