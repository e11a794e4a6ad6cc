CREATE TABLE `assessment_acts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`case_id` text NOT NULL,
	`number` text NOT NULL,
	`visit_on` text NOT NULL,
	`housing_type` text NOT NULL,
	`floor` integer,
	`has_lift` integer,
	`heating` text NOT NULL,
	`water` text NOT NULL,
	`toilet` text NOT NULL,
	`sanitary` text NOT NULL,
	`accessibility` text NOT NULL,
	`plot` text,
	`household` text NOT NULL,
	`income_monthly` integer,
	`income_note` text,
	`mobility` text NOT NULL,
	`self_care` text NOT NULL,
	`complaints` text,
	`services_needed` text NOT NULL,
	`conclusion` text NOT NULL,
	`conclusion_note` text,
	`criteria` text NOT NULL,
	`mac_conclusion` text NOT NULL,
	`mac_note` text,
	`specialist1_id` text NOT NULL,
	`specialist2_id` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_acts_number_uq` ON `assessment_acts` (`number`);--> statement-breakpoint
CREATE INDEX `assessment_acts_case_idx` ON `assessment_acts` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`on` text NOT NULL,
	`provider_id` text,
	`result` text,
	`plan_corrected` integer,
	`reason` text,
	`note` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`on`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`case_id` text NOT NULL,
	`number` text,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`ssu_types` text DEFAULT '[]' NOT NULL,
	`form` text,
	`volume` text,
	`services` text DEFAULT '[]' NOT NULL,
	`start_on` text,
	`end_on` text,
	`refusal_reason` text,
	`explanation` text,
	`supersedes_id` text,
	`drafted_by` text NOT NULL,
	`revised_by` text,
	`reviewed_by` text,
	`reviewed_at` text,
	`return_comment` text,
	`decided_on` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_number_uq` ON `decisions` (`number`);--> statement-breakpoint
CREATE INDEX `decisions_case_idx` ON `decisions` (`case_id`);--> statement-breakpoint
CREATE INDEX `decisions_state_idx` ON `decisions` (`state`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`case_id` text NOT NULL,
	`decision_id` text,
	`provider_id` text NOT NULL,
	`number` text NOT NULL,
	`issued_on` text NOT NULL,
	`form` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_number_uq` ON `referrals` (`number`);--> statement-breakpoint
CREATE INDEX `referrals_case_idx` ON `referrals` (`case_id`);--> statement-breakpoint
CREATE TABLE `work_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`case_id` text NOT NULL,
	`referral_id` text NOT NULL,
	`number` text NOT NULL,
	`responsible_id` text NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`items` text NOT NULL,
	`note` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_plans_number_uq` ON `work_plans` (`number`);--> statement-breakpoint
CREATE INDEX `work_plans_case_idx` ON `work_plans` (`case_id`);--> statement-breakpoint
CREATE TABLE `providers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`name_kk` text NOT NULL,
	`name_ru` text NOT NULL,
	`kind` text NOT NULL,
	`bin` text NOT NULL,
	`address` text,
	`phone` text,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `providers_bin_uq` ON `providers` (`bin`);--> statement-breakpoint
CREATE TABLE `service_catalogue` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`code` text NOT NULL,
	`ssu_type` text NOT NULL,
	`name_kk` text NOT NULL,
	`name_ru` text NOT NULL,
	`name_en` text,
	`forms` text NOT NULL,
	`unit` text NOT NULL,
	`max_volume` integer,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 100 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_catalogue_code_uq` ON `service_catalogue` (`code`);--> statement-breakpoint
CREATE TABLE `specialists` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`iin` text NOT NULL,
	`last_name` text NOT NULL,
	`first_name` text NOT NULL,
	`patronymic` text,
	`position` text NOT NULL,
	`provider_id` text,
	`phone` text,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `specialists_iin_uq` ON `specialists` (`iin`);--> statement-breakpoint
ALTER TABLE `cases` ADD `responsible_id` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `provider_id` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `service_form` text;--> statement-breakpoint
CREATE INDEX `cases_provider_idx` ON `cases` (`provider_id`) WHERE "cases"."provider_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_responsible_idx` ON `cases` (`responsible_id`,`applied_on`);
--> statement-breakpoint
-- The catalogue's starting list (DOMAIN.md §2): a few concrete services under each of the 8 types,
-- with the forms they are given in. An administrator edits it in Settings.
INSERT INTO `service_catalogue` (`id`, `created_at`, `created_by`, `updated_at`, `updated_by`, `change_seq`, `code`, `ssu_type`, `name_kk`, `name_ru`, `name_en`, `forms`, `unit`, `max_volume`, `active`, `sort_order`) VALUES
('00000000-0000-7000-8000-0000000c0001', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_meals', 'social_domestic', 'Тамақ әзірлеуге немесе жеткізуге көмек', 'Помощь в приготовлении или доставке пищи', 'Help preparing or delivering meals', '["home"]', 'visit', 7, 1, 10),
('00000000-0000-7000-8000-0000000c0002', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_shopping', 'social_domestic', 'Азық-түлік пен дәрі-дәрмек сатып алу және жеткізу', 'Покупка и доставка продуктов и лекарств', 'Buying and delivering food and medicines', '["home"]', 'visit', 7, 1, 20),
('00000000-0000-7000-8000-0000000c0003', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_hygiene', 'social_domestic', 'Жеке гигиенаға көмек', 'Помощь в личной гигиене', 'Help with personal hygiene', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 14, 1, 30),
('00000000-0000-7000-8000-0000000c0004', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_cleaning', 'social_domestic', 'Тұрғын үйді жинауға көмек', 'Помощь в уборке жилья', 'Help cleaning the home', '["home"]', 'visit', 4, 1, 40),
('00000000-0000-7000-8000-0000000c0005', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_utilities', 'social_domestic', 'Коммуналдық қызметтерге ақы төлеуге көмек', 'Помощь в оплате коммунальных услуг', 'Help paying utility bills', '["home"]', 'service', 2, 1, 50),
('00000000-0000-7000-8000-0000000c0006', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_fuel', 'social_domestic', 'Отын мен суды жеткізуге көмек', 'Помощь в доставке топлива и воды', 'Help delivering fuel and water', '["home"]', 'service', 8, 1, 60),
('00000000-0000-7000-8000-0000000c0007', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_accommodation', 'social_domestic', 'Тұрғын жаймен, тамақпен және жұмсақ мүкәммалмен қамтамасыз ету', 'Предоставление жилой площади, питания и мягкого инвентаря', 'Accommodation, meals and bedding', '["inpatient","temporary_stay"]', 'day', 31, 1, 70),
('00000000-0000-7000-8000-0000000c0008', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'med_observation', 'social_medical', 'Денсаулық жағдайын бақылау (қан қысымы, температура)', 'Наблюдение за состоянием здоровья (давление, температура)', 'Observation of health (blood pressure, temperature)', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 31, 1, 80),
('00000000-0000-7000-8000-0000000c0009', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'med_exercise', 'social_medical', 'Емдік дене шынықтыру', 'Лечебная физкультура', 'Therapeutic exercise', '["inpatient","semi_inpatient","home"]', 'service', 20, 1, 90),
('00000000-0000-7000-8000-0000000c0010', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'med_massage', 'social_medical', 'Массаж', 'Массаж', 'Massage', '["inpatient","semi_inpatient","home"]', 'service', 10, 1, 100),
('00000000-0000-7000-8000-0000000c0011', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'med_escort', 'social_medical', 'Медициналық ұйымдарға алып бару', 'Сопровождение в медицинские организации', 'Escort to medical organisations', '["home","inpatient","semi_inpatient","temporary_stay"]', 'visit', 4, 1, 110),
('00000000-0000-7000-8000-0000000c0012', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'psy_counselling', 'social_psychological', 'Психологиялық кеңес беру', 'Психологическое консультирование', 'Psychological counselling', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 8, 1, 120),
('00000000-0000-7000-8000-0000000c0013', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'psy_support', 'social_psychological', 'Психологиялық қолдау және дағдарыс жағдайында көмек', 'Психологическая поддержка и помощь в кризисной ситуации', 'Psychological support and crisis help', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 8, 1, 130),
('00000000-0000-7000-8000-0000000c0014', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'ped_skills', 'social_pedagogical', 'Өзіне қызмет көрсету және тұрмыстық дағдыларға үйрету', 'Обучение навыкам самообслуживания и быта', 'Teaching self-care and household skills', '["home","inpatient","semi_inpatient"]', 'service', 20, 1, 140),
('00000000-0000-7000-8000-0000000c0015', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'ped_correction', 'social_pedagogical', 'Түзету-дамыту сабақтары', 'Коррекционно-развивающие занятия', 'Corrective and developmental lessons', '["inpatient","semi_inpatient","home"]', 'service', 20, 1, 150),
('00000000-0000-7000-8000-0000000c0016', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'lab_therapy', 'social_labour', 'Еңбек терапиясы', 'Трудотерапия', 'Labour therapy', '["inpatient","semi_inpatient"]', 'service', 20, 1, 160),
('00000000-0000-7000-8000-0000000c0017', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'lab_vocational', 'social_labour', 'Кәсіби бағдар беру және жұмысқа орналасуға көмек', 'Профориентация и помощь в трудоустройстве', 'Vocational guidance and job placement help', '["semi_inpatient","home","temporary_stay"]', 'service', 4, 1, 170),
('00000000-0000-7000-8000-0000000c0018', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'cul_leisure', 'social_cultural', 'Мәдени-бос уақыт іс-шараларын ұйымдастыру', 'Организация культурно-досуговых мероприятий', 'Cultural and leisure activities', '["inpatient","semi_inpatient","temporary_stay"]', 'service', 8, 1, 180),
('00000000-0000-7000-8000-0000000c0019', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'cul_clubs', 'social_cultural', 'Үйірмелер мен шығармашылық сабақтар', 'Кружки и творческие занятия', 'Clubs and creative lessons', '["inpatient","semi_inpatient"]', 'service', 12, 1, 190),
('00000000-0000-7000-8000-0000000c0020', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'eco_benefits', 'social_economic', 'Жәрдемақылар мен төлемдерді ресімдеуге көмек', 'Помощь в оформлении пособий и выплат', 'Help claiming benefits and payments', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 2, 1, 200),
('00000000-0000-7000-8000-0000000c0021', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'eco_aid', 'social_economic', 'Заттай көмек (киім, аяқ киім, гигиена құралдары)', 'Натуральная помощь (одежда, обувь, средства гигиены)', 'Aid in kind (clothes, shoes, hygiene items)', '["home","temporary_stay","inpatient"]', 'service', 2, 1, 210),
('00000000-0000-7000-8000-0000000c0022', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'leg_documents', 'social_legal', 'Құжаттарды ресімдеуге және қалпына келтіруге көмек', 'Помощь в оформлении и восстановлении документов', 'Help issuing and restoring documents', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 4, 1, 220),
('00000000-0000-7000-8000-0000000c0023', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'leg_counselling', 'social_legal', 'Заң мәселелері бойынша кеңес беру', 'Консультирование по правовым вопросам', 'Legal counselling', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 4, 1, 230),
('00000000-0000-7000-8000-0000000c0024', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'leg_representation', 'social_legal', 'Мемлекеттік органдарда мүдделерін білдіруге көмек', 'Помощь в представлении интересов в государственных органах', 'Help representing interests before state bodies', '["home","inpatient","semi_inpatient","temporary_stay"]', 'service', 4, 1, 240);
--> statement-breakpoint
-- Cases registered before this migration: whoever registered one is responsible for it.
UPDATE `cases` SET `responsible_id` = `created_by`, `service_form` = `requested_form`;
--> statement-breakpoint
-- Case records are insert-only: an approved decision, an act, a referral, a plan and a service
-- event are never changed or deleted (a correction is a new row). Drafts may be revised until a
-- head approves them.
CREATE TRIGGER `decisions_final` BEFORE UPDATE ON `decisions` WHEN OLD.`state` = 'approved' BEGIN
  SELECT RAISE(ABORT, 'an approved decision is final');
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_no_delete` BEFORE DELETE ON `decisions` BEGIN
  SELECT RAISE(ABORT, 'decisions are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_acts_no_update` BEFORE UPDATE ON `assessment_acts` BEGIN
  SELECT RAISE(ABORT, 'assessment_acts is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `assessment_acts_no_delete` BEFORE DELETE ON `assessment_acts` BEGIN
  SELECT RAISE(ABORT, 'assessment_acts is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `referrals_no_update` BEFORE UPDATE ON `referrals` BEGIN
  SELECT RAISE(ABORT, 'referrals is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `referrals_no_delete` BEFORE DELETE ON `referrals` BEGIN
  SELECT RAISE(ABORT, 'referrals is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `work_plans_no_update` BEFORE UPDATE ON `work_plans` BEGIN
  SELECT RAISE(ABORT, 'work_plans is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `work_plans_no_delete` BEFORE DELETE ON `work_plans` BEGIN
  SELECT RAISE(ABORT, 'work_plans is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_no_update` BEFORE UPDATE ON `case_events` BEGIN
  SELECT RAISE(ABORT, 'case_events is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `case_events_no_delete` BEFORE DELETE ON `case_events` BEGIN
  SELECT RAISE(ABORT, 'case_events is insert-only');
END;
