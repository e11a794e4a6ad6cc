CREATE TABLE `provider_bills` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`provider_id` text NOT NULL,
	`month` text NOT NULL,
	`amount` integer NOT NULL,
	`act_amount` integer NOT NULL,
	`lines` text NOT NULL,
	FOREIGN KEY (`provider_id`) REFERENCES `providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provider_bills_uq` ON `provider_bills` (`provider_id`,`month`);--> statement-breakpoint
CREATE TABLE `tariffs` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`year` integer NOT NULL,
	`form` text NOT NULL,
	`category` text NOT NULL,
	`amount` integer NOT NULL,
	`cost_items` text NOT NULL,
	`decree_no` text NOT NULL,
	`decree_on` text NOT NULL,
	`effective_from` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tariffs_uq` ON `tariffs` (`year`,`form`,`category`,`effective_from`);--> statement-breakpoint
-- A decree's tariff is never rewritten (a later decree adds a row); a confirmed bill is final.
CREATE TRIGGER `tariffs_no_update` BEFORE UPDATE ON `tariffs` BEGIN
  SELECT RAISE(ABORT, 'tariffs are insert-only: a new decree adds a row');
END;
--> statement-breakpoint
CREATE TRIGGER `tariffs_no_delete` BEFORE DELETE ON `tariffs` BEGIN
  SELECT RAISE(ABORT, 'tariffs are insert-only: a new decree adds a row');
END;
--> statement-breakpoint
CREATE TRIGGER `provider_bills_final` BEFORE UPDATE ON `provider_bills` BEGIN
  SELECT RAISE(ABORT, 'a confirmed bill is final');
END;
--> statement-breakpoint
CREATE TRIGGER `provider_bills_no_delete` BEFORE DELETE ON `provider_bills` BEGIN
  SELECT RAISE(ABORT, 'a confirmed bill is final');
END;
