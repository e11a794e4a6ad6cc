-- How many live people there are for each combination of the registry list's district-level
-- filters: the first six KATO digits (oblast, district, rural okrug), sex, the current
-- disability category and group, pending programme measures, an active case and missing consent.
-- The list counts a filtered page from these rows (a few thousand at most) instead of the
-- people themselves: a district of 250,000 in an oblast of a million took 20-30 ms to count
-- from the KATO index. Kept in step by triggers, like the name index; absent values are stored
-- as '' and 0 because a WITHOUT ROWID key holds no NULLs. Never exported: an oblast's copy
-- counts the people it holds.
CREATE TABLE `applicant_tallies` (
  `kato6` text NOT NULL,
  `sex` text NOT NULL,
  `category` text NOT NULL,
  `grp` integer NOT NULL,
  `ipr_pending` integer NOT NULL,
  `active_case` integer NOT NULL,
  `no_consent` integer NOT NULL,
  `n` integer NOT NULL,
  PRIMARY KEY (`kato6`, `sex`, `category`, `grp`, `ipr_pending`, `active_case`, `no_consent`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `applicant_tallies_ai` AFTER INSERT ON `applicants` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO applicant_tallies VALUES (substr(new.kato_code, 1, 6), new.sex, coalesce(new.cur_disability_category, ''),
    coalesce(new.cur_disability_group, 0), new.ipr_pending, new.active_case, new.consent_date IS NULL, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `applicant_tallies_ad` AFTER DELETE ON `applicants` WHEN old.deleted_at IS NULL BEGIN
  UPDATE applicant_tallies SET n = n - 1
   WHERE kato6 = substr(old.kato_code, 1, 6) AND sex = old.sex AND category = coalesce(old.cur_disability_category, '')
     AND grp = coalesce(old.cur_disability_group, 0) AND ipr_pending = old.ipr_pending
     AND active_case = old.active_case AND no_consent = (old.consent_date IS NULL);
END;
--> statement-breakpoint
CREATE TRIGGER `applicant_tallies_au` AFTER UPDATE OF kato_code, sex, cur_disability_category, cur_disability_group, ipr_pending, active_case, consent_date, deleted_at ON `applicants` BEGIN
  UPDATE applicant_tallies SET n = n - 1
   WHERE old.deleted_at IS NULL
     AND kato6 = substr(old.kato_code, 1, 6) AND sex = old.sex AND category = coalesce(old.cur_disability_category, '')
     AND grp = coalesce(old.cur_disability_group, 0) AND ipr_pending = old.ipr_pending
     AND active_case = old.active_case AND no_consent = (old.consent_date IS NULL);
  INSERT INTO applicant_tallies
    SELECT substr(new.kato_code, 1, 6), new.sex, coalesce(new.cur_disability_category, ''),
           coalesce(new.cur_disability_group, 0), new.ipr_pending, new.active_case, new.consent_date IS NULL, 1
     WHERE new.deleted_at IS NULL
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
INSERT INTO applicant_tallies
  SELECT substr(kato_code, 1, 6), sex, coalesce(cur_disability_category, ''), coalesce(cur_disability_group, 0),
         ipr_pending, active_case, consent_date IS NULL, count(*)
    FROM applicants WHERE deleted_at IS NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7;
