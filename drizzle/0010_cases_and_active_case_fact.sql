CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`number` text NOT NULL,
	`applicant_id` text NOT NULL,
	`applied_on` text NOT NULL,
	`channel` text NOT NULL,
	`applied_by` text NOT NULL,
	`applicant_name` text,
	`grounds` text NOT NULL,
	`ssu_types` text DEFAULT '[]' NOT NULL,
	`requested_form` text,
	`note` text,
	`status` text NOT NULL,
	`status_changed_at` text NOT NULL,
	`closed_on` text,
	`close_reason` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_number_uq` ON `cases` (`number`);--> statement-breakpoint
CREATE INDEX `cases_applicant_idx` ON `cases` (`applicant_id`);--> statement-breakpoint
CREATE INDEX `cases_active_idx` ON `cases` (`applicant_id`) WHERE "cases"."status" NOT IN ('refused', 'terminated', 'withdrawn');--> statement-breakpoint
DROP INDEX `applicants_live_kato_idx`;--> statement-breakpoint
ALTER TABLE `applicants` ADD `active_case` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_active_case_idx` ON `applicants` (`birth_date`) WHERE "applicants"."deleted_at" IS NULL AND "applicants"."active_case" = 1;--> statement-breakpoint
CREATE INDEX `applicants_live_kato_idx` ON `applicants` (`kato_code`,`sex`,`birth_date`,`search_key`,`consent_date`,`cur_disability_category`,`cur_disability_group`,`cur_disability_until`,`cur_ipr_until`,`ipr_pending`,`portal_deadline`,`active_case`) WHERE "applicants"."deleted_at" IS NULL;