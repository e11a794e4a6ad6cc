CREATE TABLE `applicants` (
	`id` text PRIMARY KEY NOT NULL,
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
	`search_key` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applicants_iin_uq` ON `applicants` (`iin`) WHERE "applicants"."iin" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `applicants_search_key_idx` ON `applicants` (`search_key`);--> statement-breakpoint
CREATE INDEX `applicants_birth_date_idx` ON `applicants` (`birth_date`);--> statement-breakpoint
CREATE INDEX `applicants_kato_key_idx` ON `applicants` (`kato_code`,`search_key`);--> statement-breakpoint
CREATE INDEX `applicants_change_seq_idx` ON `applicants` (`change_seq`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_login` text NOT NULL,
	`door` text NOT NULL,
	`procedure` text NOT NULL,
	`entity` text,
	`entity_id` text,
	`action` text NOT NULL,
	`changes` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `sequences` (
	`name` text PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`login` text NOT NULL,
	`full_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`roles` text NOT NULL,
	`locale` text DEFAULT 'kk' NOT NULL,
	`disabled_at` text,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_uq` ON `users` (lower("login"));