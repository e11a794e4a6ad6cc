CREATE TABLE `exchange_districts` (
	`install_id` text PRIMARY KEY NOT NULL,
	`district_kato` text NOT NULL,
	`signing_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`registered_at` text NOT NULL,
	`seq_to` integer DEFAULT 0 NOT NULL,
	`audit_seq` integer DEFAULT 0 NOT NULL,
	`audit_hash` text,
	`last_package_at` text,
	`last_package_file` text,
	`flagged_at` text,
	`flag_reason` text
);
--> statement-breakpoint
CREATE TABLE `exchange_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`seq_from` integer NOT NULL,
	`seq_to` integer NOT NULL,
	`full` integer NOT NULL,
	`encrypted` integer NOT NULL,
	`rows` integer NOT NULL,
	`sha256` text NOT NULL,
	`audit_seq` integer NOT NULL,
	`audit_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`acknowledged_at` text,
	`acknowledged_by` text
);
--> statement-breakpoint
CREATE TABLE `exchange_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`install_id` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`seq_from` integer NOT NULL,
	`seq_to` integer NOT NULL,
	`inserted` integer NOT NULL,
	`updated` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`kept_newer` integer NOT NULL,
	`deleted` integer NOT NULL,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `exchange_imports_install_idx` ON `exchange_imports` (`install_id`,`imported_at`);--> statement-breakpoint
CREATE TABLE `tombstones` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`change_seq` integer NOT NULL,
	`deleted_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tombstones_seq_idx` ON `tombstones` (`change_seq`);--> statement-breakpoint
ALTER TABLE `users` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `applicants` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `household_members` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `incomes` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `representatives` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `calendar_days` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `care_allowances` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `caregiver_checks` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `caregiver_contracts` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `caregiver_rates` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `caregivers` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `pay_applicability` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `pay_figures` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `pay_lines` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `payrolls` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `timesheet_adjustments` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `timesheets` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `assessment_acts` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `case_events` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `decisions` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `referrals` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `work_plans` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `complaint_votes` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `complaints` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `disability_records` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `ipr_measures` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `iprs` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `provider_bills` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `tariffs` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `unreliable_suppliers` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `service_catalogue` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `ssu_forms` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `qualification_categories` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `specialist_categories` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `specialist_certificates` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `specialist_education` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `specialist_trainings` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `specialists` ADD `source_install` text;--> statement-breakpoint
ALTER TABLE `worklists` ADD `source_install` text;