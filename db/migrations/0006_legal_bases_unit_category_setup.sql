CREATE TABLE `legal_bases` (
	`id` text PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`for_cchc_minutes` integer DEFAULT false NOT NULL,
	`for_iso_minutes` integer DEFAULT false NOT NULL,
	`for_plan` integer DEFAULT false NOT NULL,
	`for_report` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `organization` ADD `setup_completed_at` text;--> statement-breakpoint
ALTER TABLE `units` ADD `category` text DEFAULT 'khac' NOT NULL;