CREATE TABLE `qualification_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`code` text NOT NULL,
	`name_kk` text NOT NULL,
	`name_ru` text NOT NULL,
	`validity_years` integer NOT NULL,
	`basis` text NOT NULL,
	`effective_from` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `qualification_categories_code_uq` ON `qualification_categories` (`code`);--> statement-breakpoint
CREATE TABLE `specialist_categories` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`specialist_id` text NOT NULL,
	`category_code` text NOT NULL,
	`order_no` text NOT NULL,
	`assigned_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`removed_at` text,
	`remove_reason` text,
	FOREIGN KEY (`specialist_id`) REFERENCES `specialists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `specialist_categories_idx` ON `specialist_categories` (`specialist_id`);--> statement-breakpoint
CREATE TABLE `specialist_certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`specialist_id` text NOT NULL,
	`number` text NOT NULL,
	`issuer` text NOT NULL,
	`issued_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`scope` text,
	`removed_at` text,
	`remove_reason` text,
	FOREIGN KEY (`specialist_id`) REFERENCES `specialists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `specialist_certificates_idx` ON `specialist_certificates` (`specialist_id`);--> statement-breakpoint
ALTER TABLE `specialists` ADD `employed_from` text;--> statement-breakpoint
ALTER TABLE `specialists` ADD `employed_to` text;--> statement-breakpoint
ALTER TABLE `specialists` ADD `publish_consent` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `specialists` ADD `search_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `specialists` ADD `cert_valid_until` text;--> statement-breakpoint
ALTER TABLE `specialists` ADD `category_valid_until` text;--> statement-breakpoint
CREATE INDEX `specialists_search_idx` ON `specialists` (`search_key`);--> statement-breakpoint
CREATE INDEX `specialists_cert_idx` ON `specialists` (`cert_valid_until`);--> statement-breakpoint
-- Qualification categories: names and validity were not found in public texts (DOMAIN.md §7), so
-- they ship as configurable reference data; analogous rules give a category for 3 years.
INSERT INTO `qualification_categories` (`id`, `created_at`, `created_by`, `updated_at`, `updated_by`, `change_seq`, `code`, `name_kk`, `name_ru`, `validity_years`, `basis`, `effective_from`, `active`) VALUES
('00000000-0000-7000-8000-0000000ca001', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'highest', 'Жоғары санат', 'Высшая категория', 3, 'ЕТСЗН бұйрығы № 210, 08.06.2023 (мерзімі баптауда) / Приказ МТСЗН № 210 от 08.06.2023 (срок настраивается)', '2023-06-08', 1),
('00000000-0000-7000-8000-0000000ca002', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'first', 'Бірінші санат', 'Первая категория', 3, 'ЕТСЗН бұйрығы № 210, 08.06.2023 (мерзімі баптауда) / Приказ МТСЗН № 210 от 08.06.2023 (срок настраивается)', '2023-06-08', 1),
('00000000-0000-7000-8000-0000000ca003', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'second', 'Екінші санат', 'Вторая категория', 3, 'ЕТСЗН бұйрығы № 210, 08.06.2023 (мерзімі баптауда) / Приказ МТСЗН № 210 от 08.06.2023 (срок настраивается)', '2023-06-08', 1);
