-- The trigram index holds live (not soft-deleted) people only, so a name search can count its
-- matches from the FTS index alone, without visiting the table.
DROP TRIGGER `applicants_fts_ai`;
--> statement-breakpoint
DROP TRIGGER `applicants_fts_ad`;
--> statement-breakpoint
DROP TRIGGER `applicants_fts_au`;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_ai` AFTER INSERT ON `applicants` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_ad` AFTER DELETE ON `applicants` WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(applicants_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_au_old` AFTER UPDATE OF search_key, deleted_at ON `applicants` WHEN old.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(applicants_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_au_new` AFTER UPDATE OF search_key, deleted_at ON `applicants` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO applicants_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
--> statement-breakpoint
-- Rebuild from the live rows (an external-content FTS 'rebuild' would index deleted ones too).
INSERT INTO applicants_fts(applicants_fts) VALUES ('delete-all');
--> statement-breakpoint
INSERT INTO applicants_fts(rowid, search_key) SELECT rowid, search_key FROM applicants WHERE deleted_at IS NULL;
