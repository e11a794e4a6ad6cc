DROP INDEX `applicants_live_kato_idx`;--> statement-breakpoint
DROP INDEX `applicants_live_noconsent_idx`;--> statement-breakpoint
ALTER TABLE `applicants` ADD `cur_disability_category` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `cur_disability_group` integer;--> statement-breakpoint
ALTER TABLE `applicants` ADD `cur_disability_until` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `cur_ipr_until` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `ipr_pending` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `applicants` ADD `portal_deadline` text;--> statement-breakpoint
-- Fill the derived registry facts once (services/registry-facts.ts keeps them current after).
UPDATE `applicants` SET
  `cur_disability_category` = (SELECT d.category FROM disability_records d WHERE d.applicant_id = applicants.id AND d.replaced_at IS NULL ORDER BY d.established_on DESC, d.rowid DESC LIMIT 1),
  `cur_disability_group` = (SELECT d.group_no FROM disability_records d WHERE d.applicant_id = applicants.id AND d.replaced_at IS NULL ORDER BY d.established_on DESC, d.rowid DESC LIMIT 1),
  `cur_disability_until` = (SELECT d.valid_until FROM disability_records d WHERE d.applicant_id = applicants.id AND d.replaced_at IS NULL ORDER BY d.established_on DESC, d.rowid DESC LIMIT 1),
  `cur_ipr_until` = (SELECT p.valid_until FROM iprs p WHERE p.applicant_id = applicants.id AND p.replaced_at IS NULL ORDER BY p.issued_on DESC, p.rowid DESC LIMIT 1),
  `ipr_pending` = EXISTS (SELECT 1 FROM ipr_measures m WHERE m.applicant_id = applicants.id AND m.status IN ('recommended', 'sent_to_portal', 'ordered')),
  `portal_deadline` = (SELECT min(m.order_deadline) FROM ipr_measures m WHERE m.applicant_id = applicants.id AND m.status IN ('recommended', 'sent_to_portal', 'ordered') AND m.status = 'sent_to_portal');--> statement-breakpoint
CREATE INDEX `applicants_live_reexam_idx` ON `applicants` (`cur_disability_until`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."cur_disability_until" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_ipr_until_idx` ON `applicants` (`cur_ipr_until`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."cur_ipr_until" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_portal_idx` ON `applicants` (`portal_deadline`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."portal_deadline" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_iin_idx` ON `applicants` (`iin`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_category_idx` ON `applicants` (`cur_disability_category`,`cur_disability_group`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."cur_disability_category" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_kato_idx` ON `applicants` (`kato_code`,`sex`,`birth_date`,`search_key`,`consent_date`,`cur_disability_category`,`cur_disability_group`,`cur_disability_until`,`cur_ipr_until`,`ipr_pending`,`portal_deadline`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_noconsent_idx` ON `applicants` (`birth_date`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."consent_date" IS NULL;