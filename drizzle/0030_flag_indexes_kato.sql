-- The active-case and missing-consent indexes carry the KATO code after the birth date, so a
-- district's age band on either work list is counted from the index alone (list.ts flagBandIndex).
DROP INDEX `applicants_live_noconsent_idx`;--> statement-breakpoint
DROP INDEX `applicants_live_active_case_idx`;--> statement-breakpoint
CREATE INDEX `applicants_live_noconsent_idx` ON `applicants` (`birth_date`,`kato_code`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."consent_date" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_active_case_idx` ON `applicants` (`birth_date`,`kato_code`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."active_case" = 1;