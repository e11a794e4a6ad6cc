CREATE TABLE `specialist_education` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`specialist_id` text NOT NULL,
	`level` text NOT NULL,
	`institution` text NOT NULL,
	`speciality` text NOT NULL,
	`diploma_no` text,
	`diploma_on` text,
	FOREIGN KEY (`specialist_id`) REFERENCES `specialists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `specialist_education_idx` ON `specialist_education` (`specialist_id`);--> statement-breakpoint
CREATE TABLE `specialist_trainings` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`change_seq` integer NOT NULL,
	`specialist_id` text NOT NULL,
	`course` text NOT NULL,
	`hours` integer NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`certificate_no` text,
	FOREIGN KEY (`specialist_id`) REFERENCES `specialists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `specialist_trainings_idx` ON `specialist_trainings` (`specialist_id`);