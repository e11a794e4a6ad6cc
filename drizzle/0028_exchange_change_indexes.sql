-- The next package reads the rows changed since the last acknowledged one: an index on the change
-- number lets it skip the rest of each table (applicants has had one since the registry).

CREATE INDEX `assessment_acts_change_seq_idx` ON `assessment_acts` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `calendar_days_change_seq_idx` ON `calendar_days` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `care_allowances_change_seq_idx` ON `care_allowances` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `caregiver_checks_change_seq_idx` ON `caregiver_checks` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `caregiver_contracts_change_seq_idx` ON `caregiver_contracts` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `caregiver_rates_change_seq_idx` ON `caregiver_rates` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `caregivers_change_seq_idx` ON `caregivers` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `case_events_change_seq_idx` ON `case_events` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `cases_change_seq_idx` ON `cases` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `complaint_votes_change_seq_idx` ON `complaint_votes` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `complaints_change_seq_idx` ON `complaints` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `decisions_change_seq_idx` ON `decisions` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `disability_records_change_seq_idx` ON `disability_records` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `household_members_change_seq_idx` ON `household_members` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `incomes_change_seq_idx` ON `incomes` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `ipr_measures_change_seq_idx` ON `ipr_measures` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `iprs_change_seq_idx` ON `iprs` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `pay_applicability_change_seq_idx` ON `pay_applicability` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `pay_figures_change_seq_idx` ON `pay_figures` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `pay_lines_change_seq_idx` ON `pay_lines` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `payrolls_change_seq_idx` ON `payrolls` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `provider_bills_change_seq_idx` ON `provider_bills` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `providers_change_seq_idx` ON `providers` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `qualification_categories_change_seq_idx` ON `qualification_categories` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `referrals_change_seq_idx` ON `referrals` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `representatives_change_seq_idx` ON `representatives` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `service_catalogue_change_seq_idx` ON `service_catalogue` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `specialist_categories_change_seq_idx` ON `specialist_categories` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `specialist_certificates_change_seq_idx` ON `specialist_certificates` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `specialist_education_change_seq_idx` ON `specialist_education` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `specialist_trainings_change_seq_idx` ON `specialist_trainings` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `specialists_change_seq_idx` ON `specialists` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `ssu_forms_change_seq_idx` ON `ssu_forms` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `tariffs_change_seq_idx` ON `tariffs` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `timesheet_adjustments_change_seq_idx` ON `timesheet_adjustments` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `timesheets_change_seq_idx` ON `timesheets` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `unreliable_suppliers_change_seq_idx` ON `unreliable_suppliers` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `work_plans_change_seq_idx` ON `work_plans` (`change_seq`);
