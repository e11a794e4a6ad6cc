DROP INDEX `worklists_user_name_uq`;--> statement-breakpoint
ALTER TABLE `worklists` ADD `register` text DEFAULT 'applicants' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `worklists_user_register_name_uq` ON `worklists` (`user_id`,`register`,`name_key`);--> statement-breakpoint
CREATE INDEX `specialists_category_idx` ON `specialists` (`category_valid_until`);