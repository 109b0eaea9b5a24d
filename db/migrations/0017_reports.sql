CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`texts` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`year` integer,
	`number` integer,
	`document_code` text,
	`document_date` text,
	`snapshot` text,
	`content_sha256` text,
	`supersedes_id` text,
	`issued_at` text,
	`issued_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`supersedes_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_year_number` ON `reports` (`year`,`number`);--> statement-breakpoint
CREATE INDEX `reports_supersedes_idx` ON `reports` (`supersedes_id`);