-- The periodic export upward (issue 18): every install has an id the oblast knows it by, and a
-- row deleted from an exported table leaves a tombstone with a fresh change number, so the next
-- package carries the deletion. Users and work lists are not exported (staff accounts, personal lists).
INSERT OR IGNORE INTO settings (key, value, updated_at, updated_by)
  VALUES ('install.id', '"' || lower(hex(randomblob(16))) || '"', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration');
--> statement-breakpoint
CREATE TRIGGER tombstone_applicants AFTER DELETE ON applicants BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('applicants', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_assessment_acts AFTER DELETE ON assessment_acts BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('assessment_acts', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_calendar_days AFTER DELETE ON calendar_days BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('calendar_days', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_care_allowances AFTER DELETE ON care_allowances BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('care_allowances', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_caregiver_checks AFTER DELETE ON caregiver_checks BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('caregiver_checks', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_caregiver_contracts AFTER DELETE ON caregiver_contracts BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('caregiver_contracts', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_caregiver_rates AFTER DELETE ON caregiver_rates BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('caregiver_rates', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_caregivers AFTER DELETE ON caregivers BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('caregivers', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_case_events AFTER DELETE ON case_events BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('case_events', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_cases AFTER DELETE ON cases BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('cases', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_complaint_votes AFTER DELETE ON complaint_votes BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('complaint_votes', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_complaints AFTER DELETE ON complaints BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('complaints', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_decisions AFTER DELETE ON decisions BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('decisions', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_disability_records AFTER DELETE ON disability_records BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('disability_records', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_household_members AFTER DELETE ON household_members BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('household_members', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_incomes AFTER DELETE ON incomes BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('incomes', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_ipr_measures AFTER DELETE ON ipr_measures BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('ipr_measures', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_iprs AFTER DELETE ON iprs BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('iprs', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_pay_applicability AFTER DELETE ON pay_applicability BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('pay_applicability', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_pay_figures AFTER DELETE ON pay_figures BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('pay_figures', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_pay_lines AFTER DELETE ON pay_lines BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('pay_lines', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_payrolls AFTER DELETE ON payrolls BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('payrolls', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_provider_bills AFTER DELETE ON provider_bills BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('provider_bills', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_providers AFTER DELETE ON providers BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('providers', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_qualification_categories AFTER DELETE ON qualification_categories BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('qualification_categories', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_referrals AFTER DELETE ON referrals BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('referrals', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_representatives AFTER DELETE ON representatives BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('representatives', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_service_catalogue AFTER DELETE ON service_catalogue BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('service_catalogue', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_specialist_categories AFTER DELETE ON specialist_categories BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('specialist_categories', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_specialist_certificates AFTER DELETE ON specialist_certificates BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('specialist_certificates', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_specialist_education AFTER DELETE ON specialist_education BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('specialist_education', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_specialist_trainings AFTER DELETE ON specialist_trainings BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('specialist_trainings', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_specialists AFTER DELETE ON specialists BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('specialists', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_ssu_forms AFTER DELETE ON ssu_forms BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('ssu_forms', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_tariffs AFTER DELETE ON tariffs BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('tariffs', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_timesheet_adjustments AFTER DELETE ON timesheet_adjustments BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('timesheet_adjustments', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_timesheets AFTER DELETE ON timesheets BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('timesheets', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_unreliable_suppliers AFTER DELETE ON unreliable_suppliers BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('unreliable_suppliers', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE TRIGGER tombstone_work_plans AFTER DELETE ON work_plans BEGIN
  INSERT OR IGNORE INTO sequences (name, value) VALUES ('change', 0);
  UPDATE sequences SET value = value + 1 WHERE name = 'change';
  INSERT INTO tombstones (table_name, row_id, change_seq, deleted_at)
    VALUES ('work_plans', OLD.id, (SELECT value FROM sequences WHERE name = 'change'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
--> statement-breakpoint
CREATE INDEX applicants_source_idx ON applicants (source_install);
