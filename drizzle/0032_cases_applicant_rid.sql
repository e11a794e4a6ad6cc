-- Each case carries its person's row number in this database (applicants.rid): the register of
-- applications searched by a name joins the trigram index's row numbers to the cases through
-- this column's index, without reading every matched person's row for their id (a common name at
-- an oblast of a million named 18,800 people; 77 ms, most of it those reads). Local like rid:
-- never exported, set by the triggers below whoever writes the case (the app, the seed, an
-- import of a district's package, where the person always arrives before their cases).
ALTER TABLE `cases` ADD `applicant_rid` integer;--> statement-breakpoint
UPDATE `cases` SET `applicant_rid` = (SELECT `rid` FROM `applicants` a WHERE a.`id` = `cases`.`applicant_id`);--> statement-breakpoint
CREATE INDEX `cases_applicant_rid_idx` ON `cases` (`applicant_rid`);--> statement-breakpoint
CREATE TRIGGER `cases_applicant_rid_ai` AFTER INSERT ON `cases` BEGIN
  UPDATE `cases` SET `applicant_rid` = (SELECT `rid` FROM `applicants` a WHERE a.`id` = new.`applicant_id`)
   WHERE `rowid` = new.`rowid`;
END;--> statement-breakpoint
CREATE TRIGGER `cases_applicant_rid_au` AFTER UPDATE OF `applicant_id` ON `cases` BEGIN
  UPDATE `cases` SET `applicant_rid` = (SELECT `rid` FROM `applicants` a WHERE a.`id` = new.`applicant_id`)
   WHERE `rowid` = new.`rowid`;
END;
