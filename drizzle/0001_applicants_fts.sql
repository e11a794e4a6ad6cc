-- Trigram index over the folded name key so that a fragment anywhere in a name ("алия",
-- "бек") is found through an index instead of a scan. External-content FTS5: the text lives
-- in applicants.search_key; triggers keep the index in step with every insert/update/delete.
CREATE VIRTUAL TABLE `applicants_fts` USING fts5(search_key, content='applicants', content_rowid='rowid', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_ai` AFTER INSERT ON `applicants` BEGIN
  INSERT INTO applicants_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_ad` AFTER DELETE ON `applicants` BEGIN
  INSERT INTO applicants_fts(applicants_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
END;
--> statement-breakpoint
CREATE TRIGGER `applicants_fts_au` AFTER UPDATE OF search_key ON `applicants` BEGIN
  INSERT INTO applicants_fts(applicants_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
  INSERT INTO applicants_fts(rowid, search_key) VALUES (new.rowid, new.search_key);
END;
