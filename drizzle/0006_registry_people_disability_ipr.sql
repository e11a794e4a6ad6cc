CREATE TABLE `disability_records` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`applicant_id` text NOT NULL,
	`category` text NOT NULL,
	`group_no` integer,
	`cause` text NOT NULL,
	`term` text NOT NULL,
	`established_on` text NOT NULL,
	`valid_until` text,
	`mse_decision_no` text NOT NULL,
	`work_capacity_loss_pct` integer,
	`replaced_at` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disability_applicant_idx` ON `disability_records` (`applicant_id`,`established_on`);--> statement-breakpoint
CREATE INDEX `disability_current_reexam_idx` ON `disability_records` (`valid_until`) WHERE "disability_records"."replaced_at" IS NULL;--> statement-breakpoint
CREATE INDEX `disability_current_group_idx` ON `disability_records` (`category`,`group_no`,`applicant_id`) WHERE "disability_records"."replaced_at" IS NULL;--> statement-breakpoint
CREATE TABLE `household_members` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`applicant_id` text NOT NULL,
	`full_name` text NOT NULL,
	`relation` text NOT NULL,
	`birth_year` integer,
	`occupation` text,
	`removed_at` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_applicant_idx` ON `household_members` (`applicant_id`) WHERE "household_members"."removed_at" IS NULL;--> statement-breakpoint
CREATE TABLE `incomes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`applicant_id` text NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text,
	`note` text,
	`removed_at` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incomes_applicant_idx` ON `incomes` (`applicant_id`) WHERE "incomes"."removed_at" IS NULL;--> statement-breakpoint
CREATE TABLE `ipr_measures` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`ipr_id` text NOT NULL,
	`applicant_id` text NOT NULL,
	`kind` text NOT NULL,
	`classifier_code` text,
	`quantity` integer DEFAULT 1 NOT NULL,
	`replacement_months` integer,
	`hours_per_day` integer,
	`hours_per_year` integer,
	`ssu_form` text,
	`status` text NOT NULL,
	`sent_on` text,
	`order_deadline` text,
	`status_changed_at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`ipr_id`) REFERENCES `iprs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ipr_measures_ipr_idx` ON `ipr_measures` (`ipr_id`);--> statement-breakpoint
CREATE INDEX `ipr_measures_deadline_idx` ON `ipr_measures` (`order_deadline`) WHERE "ipr_measures"."status" = 'sent_to_portal';--> statement-breakpoint
CREATE INDEX `ipr_measures_pending_idx` ON `ipr_measures` (`applicant_id`) WHERE "ipr_measures"."status" IN ('recommended', 'sent_to_portal', 'ordered');--> statement-breakpoint
CREATE TABLE `iprs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`applicant_id` text NOT NULL,
	`disability_record_id` text,
	`number` text NOT NULL,
	`issued_on` text NOT NULL,
	`valid_until` text,
	`parts` text NOT NULL,
	`replaced_at` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`disability_record_id`) REFERENCES `disability_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `iprs_applicant_idx` ON `iprs` (`applicant_id`,`issued_on`);--> statement-breakpoint
CREATE INDEX `iprs_current_valid_idx` ON `iprs` (`valid_until`) WHERE "iprs"."replaced_at" IS NULL;--> statement-breakpoint
CREATE TABLE `representatives` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`applicant_id` text NOT NULL,
	`kind` text NOT NULL,
	`representative_id` text,
	`full_name` text NOT NULL,
	`iin` text,
	`phone` text,
	`basis_document` text NOT NULL,
	`basis_date` text,
	`valid_until` text,
	`removed_at` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`representative_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `representatives_applicant_idx` ON `representatives` (`applicant_id`) WHERE "representatives"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `representatives_person_idx` ON `representatives` (`representative_id`) WHERE "representatives"."removed_at" IS NULL;--> statement-breakpoint
ALTER TABLE `applicants` ADD `phone_digits` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `citizenship` text DEFAULT 'citizen' NOT NULL;--> statement-breakpoint
ALTER TABLE `applicants` ADD `doc_type` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `doc_number` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `doc_date` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `doc_issuer` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `marital_status` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `legal_capacity` text DEFAULT 'capable' NOT NULL;--> statement-breakpoint
ALTER TABLE `applicants` ADD `capacity_court_decision` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `capacity_court_date` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `death_date` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `consent_date` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `consent_form` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `consent_ref` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `latin_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_dup_idx` ON `applicants` (`latin_key`,`birth_date`) WHERE "applicants"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX `applicants_live_phone_idx` ON `applicants` (`phone_digits`) WHERE "applicants"."deleted_at" IS NULL;