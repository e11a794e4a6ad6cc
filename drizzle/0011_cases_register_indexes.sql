CREATE INDEX `cases_applied_idx` ON `cases` (`applied_on`);--> statement-breakpoint
CREATE INDEX `cases_active_applied_idx` ON `cases` (`applied_on`) WHERE "cases"."status" NOT IN ('refused', 'terminated', 'withdrawn');--> statement-breakpoint
CREATE INDEX `cases_status_applied_idx` ON `cases` (`status`,`applied_on`);