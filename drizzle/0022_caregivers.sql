CREATE TABLE `care_allowances` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`cared_for_id` text NOT NULL,
	`recipient_name` text NOT NULL,
	`recipient_iin` text,
	`from_on` text NOT NULL,
	`ended_on` text,
	`end_reason` text,
	FOREIGN KEY (`cared_for_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_allowances_open_uq` ON `care_allowances` (`cared_for_id`) WHERE "care_allowances"."ended_on" IS NULL;--> statement-breakpoint
CREATE TABLE `caregiver_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`registration_id` text NOT NULL,
	`check` text NOT NULL,
	`result` text NOT NULL,
	`evidence_kind` text NOT NULL,
	`evidence_no` text NOT NULL,
	`evidence_on` text NOT NULL,
	`valid_until` text,
	`note` text,
	FOREIGN KEY (`registration_id`) REFERENCES `caregivers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `caregiver_checks_idx` ON `caregiver_checks` (`registration_id`,`check`);--> statement-breakpoint
CREATE TABLE `caregiver_contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`registration_id` text NOT NULL,
	`number` text NOT NULL,
	`signed_on` text NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`hourly_rate` integer NOT NULL,
	`hours_per_day` integer NOT NULL,
	`iban` text NOT NULL,
	`ended_on` text,
	`end_reason` text,
	FOREIGN KEY (`registration_id`) REFERENCES `caregivers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `caregiver_contracts_number_uq` ON `caregiver_contracts` (`number`);--> statement-breakpoint
CREATE INDEX `caregiver_contracts_reg_idx` ON `caregiver_contracts` (`registration_id`);--> statement-breakpoint
CREATE TABLE `caregiver_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`role` text NOT NULL,
	`effective_from` text NOT NULL,
	`hourly_rate` integer NOT NULL,
	`basis` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `caregiver_rates_uq` ON `caregiver_rates` (`role`,`effective_from`);--> statement-breakpoint
CREATE TABLE `caregivers` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`cared_for_id` text NOT NULL,
	`caregiver_id` text NOT NULL,
	`relation` text NOT NULL,
	`role` text NOT NULL,
	`hours_per_day` integer NOT NULL,
	`basis` text NOT NULL,
	`registered_on` text NOT NULL,
	`status` text NOT NULL,
	`ended_on` text,
	`end_reason` text,
	`search_key` text NOT NULL,
	FOREIGN KEY (`cared_for_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`caregiver_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `caregivers_cared_for_idx` ON `caregivers` (`cared_for_id`);--> statement-breakpoint
CREATE INDEX `caregivers_caregiver_idx` ON `caregivers` (`caregiver_id`);--> statement-breakpoint
CREATE INDEX `caregivers_status_idx` ON `caregivers` (`status`);--> statement-breakpoint
CREATE INDEX `caregivers_search_idx` ON `caregivers` (`search_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `caregivers_open_uq` ON `caregivers` (`cared_for_id`,`role`) WHERE "caregivers"."ended_on" IS NULL AND "caregivers"."status" <> 'refused';--> statement-breakpoint
CREATE TABLE `pay_applicability` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`role` text NOT NULL,
	`component` text NOT NULL,
	`applies` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pay_applicability_uq` ON `pay_applicability` (`role`,`component`);--> statement-breakpoint
CREATE TABLE `pay_figures` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`year` integer NOT NULL,
	`figures` text NOT NULL,
	`basis` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pay_figures_year_uq` ON `pay_figures` (`year`);--> statement-breakpoint
CREATE TABLE `pay_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`payroll_id` text NOT NULL,
	`contract_id` text NOT NULL,
	`hours` integer NOT NULL,
	`hourly_rate` integer NOT NULL,
	`gross` integer NOT NULL,
	`opv` integer NOT NULL,
	`vosms` integer NOT NULL,
	`ipn` integer NOT NULL,
	`net` integer NOT NULL,
	`opvr` integer NOT NULL,
	`so` integer NOT NULL,
	`oosms` integer NOT NULL,
	FOREIGN KEY (`payroll_id`) REFERENCES `payrolls`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `caregiver_contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pay_lines_payroll_idx` ON `pay_lines` (`payroll_id`);--> statement-breakpoint
CREATE INDEX `pay_lines_contract_idx` ON `pay_lines` (`contract_id`);--> statement-breakpoint
CREATE TABLE `payrolls` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`month` text NOT NULL,
	`paid_on` text NOT NULL,
	`lines` integer NOT NULL,
	`gross` integer NOT NULL,
	`net` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payrolls_month_uq` ON `payrolls` (`month`);--> statement-breakpoint
CREATE TABLE `timesheet_adjustments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`timesheet_id` text NOT NULL,
	`hours` integer NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`timesheet_id`) REFERENCES `timesheets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `timesheet_adjustments_idx` ON `timesheet_adjustments` (`timesheet_id`);--> statement-breakpoint
CREATE TABLE `timesheets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`contract_id` text NOT NULL,
	`month` text NOT NULL,
	`days` text NOT NULL,
	`total_hours` integer NOT NULL,
	`state` text NOT NULL,
	`confirmed_by` text,
	`confirmed_at` text,
	FOREIGN KEY (`contract_id`) REFERENCES `caregiver_contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `timesheets_contract_month_uq` ON `timesheets` (`contract_id`,`month`);--> statement-breakpoint
CREATE INDEX `timesheets_month_idx` ON `timesheets` (`month`);--> statement-breakpoint
-- What pay rests on never changes once it counts (docs/architecture.md): a confirmed timesheet is
-- locked (corrections are adjustment lines), checks and adjustments are insert-only, a paid
-- payroll and its lines are final, and none of them is ever deleted.
CREATE TRIGGER `timesheets_locked` BEFORE UPDATE ON `timesheets` WHEN OLD.`state` = 'confirmed' BEGIN
  SELECT RAISE(ABORT, 'a confirmed timesheet is locked');
END;
--> statement-breakpoint
CREATE TRIGGER `timesheets_no_delete` BEFORE DELETE ON `timesheets` BEGIN
  SELECT RAISE(ABORT, 'timesheets are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `timesheet_adjustments_no_update` BEFORE UPDATE ON `timesheet_adjustments` BEGIN
  SELECT RAISE(ABORT, 'timesheet_adjustments is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `timesheet_adjustments_no_delete` BEFORE DELETE ON `timesheet_adjustments` BEGIN
  SELECT RAISE(ABORT, 'timesheet_adjustments is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `caregiver_checks_no_update` BEFORE UPDATE ON `caregiver_checks` BEGIN
  SELECT RAISE(ABORT, 'caregiver_checks is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `caregiver_checks_no_delete` BEFORE DELETE ON `caregiver_checks` BEGIN
  SELECT RAISE(ABORT, 'caregiver_checks is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER `payrolls_final` BEFORE UPDATE ON `payrolls` BEGIN
  SELECT RAISE(ABORT, 'a paid payroll is final');
END;
--> statement-breakpoint
CREATE TRIGGER `payrolls_no_delete` BEFORE DELETE ON `payrolls` BEGIN
  SELECT RAISE(ABORT, 'a paid payroll is final');
END;
--> statement-breakpoint
CREATE TRIGGER `pay_lines_final` BEFORE UPDATE ON `pay_lines` BEGIN
  SELECT RAISE(ABORT, 'pay lines are final');
END;
--> statement-breakpoint
CREATE TRIGGER `pay_lines_no_delete` BEFORE DELETE ON `pay_lines` BEGIN
  SELECT RAISE(ABORT, 'pay lines are final');
END;
