CREATE TABLE `store_identity` (
	`id` text PRIMARY KEY NOT NULL,
	`store_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "store_identity_single_row" CHECK("store_identity"."id" = 'default')
);
--> statement-breakpoint
ALTER TABLE `change_log` ADD `machine_id` text;