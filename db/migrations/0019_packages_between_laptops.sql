CREATE TABLE `audit_handovers` (
	`audit_id` text PRIMARY KEY NOT NULL,
	`direction` text NOT NULL,
	`machine_name` text NOT NULL,
	`ward_store_id` text NOT NULL,
	`package_id` text NOT NULL,
	`handed_at` text NOT NULL,
	`returned_at` text,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audit_handovers_direction_idx` ON `audit_handovers` (`direction`);--> statement-breakpoint
CREATE TABLE `imported_packages` (
	`package_id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`ward_store_id` text NOT NULL,
	`source_machine_name` text NOT NULL,
	`created_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`summary` text NOT NULL
);
