CREATE TABLE `ssu_forms` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`code` text NOT NULL,
	`name_kk` text NOT NULL,
	`name_ru` text NOT NULL,
	`name_en` text,
	`basis` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 100 NOT NULL,
	`built_in` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ssu_forms_code_uq` ON `ssu_forms` (`code`);--> statement-breakpoint
ALTER TABLE `cases` ADD `on_behalf_reason` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `proactive_consent_on` text;--> statement-breakpoint
ALTER TABLE `disability_records` ADD `general_capacity_loss_pct` integer;--> statement-breakpoint
ALTER TABLE `disability_records` ADD `prof_capacity_loss_pct` integer;--> statement-breakpoint
ALTER TABLE `disability_records` ADD `movement_difficulty` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `ipr_measures` ADD `notified_on` text;--> statement-breakpoint
-- The four forms of the Social Code, with fixed ids so every install names them alike.
INSERT INTO `ssu_forms` (`id`, `created_at`, `created_by`, `updated_at`, `updated_by`, `change_seq`, `code`, `name_kk`, `name_ru`, `name_en`, `basis`, `active`, `sort_order`, `built_in`) VALUES
 ('00000000-0000-7000-8000-00000000f001', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'inpatient', 'Стационарлық', 'Стационарная', 'Inpatient', 'ӘК 133-бап / СК РК ст. 133', 1, 10, 1),
 ('00000000-0000-7000-8000-00000000f002', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'semi_inpatient', 'Жартылай стационарлық', 'Полустационарная', 'Semi-inpatient', 'ӘК 133-бап / СК РК ст. 133', 1, 20, 1),
 ('00000000-0000-7000-8000-00000000f003', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'home', 'Үйде', 'На дому', 'At home', 'ӘК 133-бап / СК РК ст. 133', 1, 30, 1),
 ('00000000-0000-7000-8000-00000000f004', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'temporary_stay', 'Уақытша болу', 'Временного пребывания', 'Temporary stay', 'ӘК 133-бап / СК РК ст. 133', 1, 40, 1);
--> statement-breakpoint
-- One percentage becomes the degree it fits (general 30–100, professional 5–29); the old
-- column keeps the typed value, so nothing is lost (a value under 5 stays only there).
UPDATE `disability_records` SET `general_capacity_loss_pct` = `work_capacity_loss_pct` WHERE `work_capacity_loss_pct` >= 30;
--> statement-breakpoint
UPDATE `disability_records` SET `prof_capacity_loss_pct` = `work_capacity_loss_pct` WHERE `work_capacity_loss_pct` BETWEEN 5 AND 29;
--> statement-breakpoint
-- Deadlines were counted from the day of sending; that day is the best known day of notice.
UPDATE `ipr_measures` SET `notified_on` = `sent_on` WHERE `sent_on` IS NOT NULL;
