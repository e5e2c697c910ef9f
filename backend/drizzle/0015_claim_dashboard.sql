DROP INDEX "claims_visit_from_idx";--> statement-breakpoint
CREATE INDEX "claim_lines_product_idx" ON "claim_lines" USING btree ("product_id","claim_id");--> statement-breakpoint
CREATE INDEX "claim_lines_rejected_idx" ON "claim_lines" USING btree ("claim_id","rejection_reason") WHERE "claim_lines"."status" = 2;--> statement-breakpoint
CREATE INDEX "claims_visit_from_idx" ON "claims" USING btree ("visit_from","id","status","health_facility_id","diagnosis_id","claimed","valuated","visit_to","date_claimed","submitted_at","processed_at");