-- An edit of a person's name dropped them from the name search. SQLite runs the triggers of one
-- event newest first, so of the two update triggers (0003, 0013) the one adding the new key ran
-- before the one removing the old, and the removal then took the document out whole. One trigger
-- now does both, in order. The index is then rebuilt from the live rows, which brings back
-- everyone an earlier edit dropped.
DROP TRIGGER `applicants_fts_au_old`;
--> statement-breakpoint
DROP TRIGGER `applicants_fts_au_new`;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_au` AFTER UPDATE OF search_key, deleted_at ON `applicants` BEGIN
  INSERT INTO applicants_fts(applicants_fts, rowid, search_key)
    SELECT 'delete', old.rowid, old.search_key WHERE old.deleted_at IS NULL;
  INSERT INTO applicants_fts(rowid, search_key)
    SELECT new.rowid, new.search_key WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
INSERT INTO applicants_fts(applicants_fts) VALUES ('delete-all');
--> statement-breakpoint
INSERT INTO applicants_fts(rowid, search_key) SELECT rowid, search_key FROM applicants WHERE deleted_at IS NULL;
