DROP INDEX `applicants_search_key_idx`;--> statement-breakpoint
DROP INDEX `applicants_birth_date_idx`;--> statement-breakpoint
DROP INDEX `applicants_kato_key_idx`;--> statement-breakpoint
CREATE INDEX `applicants_live_key_idx` ON `applicants` (`search_key`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_birth_idx` ON `applicants` (`birth_date`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_kato_idx` ON `applicants` (`kato_code`,`sex`,`birth_date`,`search_key`) WHERE "applicants"."deleted_at" IS NULL;