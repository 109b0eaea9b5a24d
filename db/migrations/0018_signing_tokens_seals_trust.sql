CREATE TABLE `seal_images` (
	`body_key` text PRIMARY KEY NOT NULL,
	`png` blob NOT NULL,
	`diameter_mm` integer NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `trusted_certificates` (
	`id` text PRIMARY KEY NOT NULL,
	`fingerprint_sha256` text NOT NULL,
	`subject_name` text NOT NULL,
	`not_after` text NOT NULL,
	`der` blob NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trusted_certificates_fingerprint_sha256_unique` ON `trusted_certificates` (`fingerprint_sha256`);--> statement-breakpoint
ALTER TABLE `minutes_digital_signatures` ADD `certificate_serial` text;--> statement-breakpoint
ALTER TABLE `minutes_digital_signatures` ADD `signature_algorithm` text;--> statement-breakpoint
ALTER TABLE `minutes_digital_signatures` ADD `token_mechanism` text;