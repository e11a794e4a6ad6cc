-- Hand-edited after drizzle-kit generate: applicants gets an INTEGER PRIMARY KEY (rid), so the
-- row numbers the trigram index and the list refer to survive VACUUM. Every row keeps its rowid
-- as its rid (SELECT rowid below, not a new number), so the FTS index stays valid as it is.
-- Foreign keys are switched off around the migration by db/migrate.ts (a PRAGMA inside the
-- migrator's transaction would do nothing) and checked after it.
CREATE TABLE `__new_applicants` (
	`rid` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`iin` text,
	`iin_missing_reason` text,
	`last_name` text NOT NULL,
	`first_name` text NOT NULL,
	`patronymic` text,
	`birth_date` text NOT NULL,
	`sex` text NOT NULL,
	`kato_code` text NOT NULL,
	`address` text NOT NULL,
	`phone` text,
	`phone_digits` text,
	`citizenship` text DEFAULT 'citizen' NOT NULL,
	`doc_type` text,
	`doc_number` text,
	`doc_date` text,
	`doc_issuer` text,
	`marital_status` text,
	`legal_capacity` text DEFAULT 'capable' NOT NULL,
	`capacity_court_decision` text,
	`capacity_court_date` text,
	`death_date` text,
	`consent_date` text,
	`consent_form` text,
	`consent_ref` text,
	`search_key` text NOT NULL,
	`latin_key` text DEFAULT '' NOT NULL,
	`deleted_at` text,
	`cur_disability_category` text,
	`cur_disability_group` integer,
	`cur_disability_until` text,
	`cur_ipr_until` text,
	`ipr_pending` integer DEFAULT 0 NOT NULL,
	`portal_deadline` text,
	`active_case` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_applicants`("rid", "id", "created_at", "created_by", "updated_at", "updated_by", "change_seq", "iin", "iin_missing_reason", "last_name", "first_name", "patronymic", "birth_date", "sex", "kato_code", "address", "phone", "phone_digits", "citizenship", "doc_type", "doc_number", "doc_date", "doc_issuer", "marital_status", "legal_capacity", "capacity_court_decision", "capacity_court_date", "death_date", "consent_date", "consent_form", "consent_ref", "search_key", "latin_key", "deleted_at", "cur_disability_category", "cur_disability_group", "cur_disability_until", "cur_ipr_until", "ipr_pending", "portal_deadline", "active_case") SELECT rowid, "id", "created_at", "created_by", "updated_at", "updated_by", "change_seq", "iin", "iin_missing_reason", "last_name", "first_name", "patronymic", "birth_date", "sex", "kato_code", "address", "phone", "phone_digits", "citizenship", "doc_type", "doc_number", "doc_date", "doc_issuer", "marital_status", "legal_capacity", "capacity_court_decision", "capacity_court_date", "death_date", "consent_date", "consent_form", "consent_ref", "search_key", "latin_key", "deleted_at", "cur_disability_category", "cur_disability_group", "cur_disability_until", "cur_ipr_until", "ipr_pending", "portal_deadline", "active_case" FROM `applicants`;--> statement-breakpoint
DROP TABLE `applicants`;--> statement-breakpoint
ALTER TABLE `__new_applicants` RENAME TO `applicants`;--> statement-breakpoint
CREATE UNIQUE INDEX `applicants_id_uq` ON `applicants` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `applicants_iin_uq` ON `applicants` (`iin`) WHERE "applicants"."iin" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_key_idx` ON `applicants` (`search_key`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_birth_idx` ON `applicants` (`birth_date`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_kato_idx` ON `applicants` (`kato_code`,`sex`,`birth_date`,`search_key`,`consent_date`,`cur_disability_category`,`cur_disability_group`,`cur_disability_until`,`cur_ipr_until`,`ipr_pending`,`portal_deadline`,`active_case`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_reexam_idx` ON `applicants` (`cur_disability_until`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."cur_disability_until" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_ipr_until_idx` ON `applicants` (`cur_ipr_until`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."cur_ipr_until" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_portal_idx` ON `applicants` (`portal_deadline`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."portal_deadline" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_change_seq_idx` ON `applicants` (`change_seq`);--> statement-breakpoint
CREATE INDEX `applicants_live_dup_idx` ON `applicants` (`latin_key`,`birth_date`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_phone_idx` ON `applicants` (`phone_digits`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_iin_idx` ON `applicants` (`iin`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_noconsent_idx` ON `applicants` (`birth_date`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."consent_date" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_active_case_idx` ON `applicants` (`birth_date`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."active_case" = 1;--> statement-breakpoint
CREATE INDEX `applicants_live_category_idx` ON `applicants` (`cur_disability_category`,`cur_disability_group`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."cur_disability_category" IS NOT NULL;--> statement-breakpoint
-- Dropping the old table dropped the triggers that keep the trigram index in step (0003).
CREATE TRIGGER `applicants_fts_ai` AFTER INSERT ON `applicants` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_ad` AFTER DELETE ON `applicants` WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(applicants_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_au_old` AFTER UPDATE OF search_key, deleted_at ON `applicants` WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(applicants_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_au_new` AFTER UPDATE OF search_key, deleted_at ON `applicants` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
