ALTER TABLE `audit_log` ADD `subject_id` text;--> statement-breakpoint
CREATE INDEX `audit_subject_idx` ON `audit_log` (`subject_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_action_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `last_login_at` text;