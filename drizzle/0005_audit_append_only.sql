-- The audit log is append-only: the app never updates or deletes an entry, and these triggers
-- make SQLite refuse it too. Someone with the sqlite3 CLI can still drop them; the hash chain
-- (checked by `qamqor doctor`) is what catches that.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
