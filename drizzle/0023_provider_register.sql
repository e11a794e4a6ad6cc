CREATE TABLE `unreliable_suppliers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`provider_id` text NOT NULL,
	`reason` text NOT NULL,
	`decision_no` text NOT NULL,
	`decision_on` text NOT NULL,
	`removed_on` text NOT NULL,
	`return_on` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unreliable_provider_idx` ON `unreliable_suppliers` (`provider_id`,`return_on`);--> statement-breakpoint
ALTER TABLE `providers` ADD `licence_no` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `licence_on` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `licence_until` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `licence_forms` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `providers` ADD `licence_ssu_types` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `providers` ADD `kato_code` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `capacity` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `providers` ADD `email` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `contact_person` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `bank_name` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `iban` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `active_from` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `active_to` text;--> statement-breakpoint
ALTER TABLE `providers` ADD `search_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `providers_search_idx` ON `providers` (`search_key`);--> statement-breakpoint
CREATE INDEX `providers_licence_idx` ON `providers` (`licence_until`);