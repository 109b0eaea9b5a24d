CREATE TABLE `change_log_actors` (
	`id` integer PRIMARY KEY NOT NULL,
	`profile_id` text,
	`name` text NOT NULL,
	`machine_id` text
);
--> statement-breakpoint
CREATE INDEX `change_log_actors_name_idx` ON `change_log_actors` (`name`);--> statement-breakpoint
CREATE TABLE `change_log_kinds` (
	`id` integer PRIMARY KEY NOT NULL,
	`method` text NOT NULL,
	`entity` text NOT NULL,
	`action` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `change_log_kinds_unique` ON `change_log_kinds` (`method`,`entity`,`action`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_change_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`created_at` integer NOT NULL,
	`actor_id` integer NOT NULL,
	`kind_id` integer NOT NULL,
	`entity_id` text NOT NULL,
	`changes` text,
	FOREIGN KEY (`actor_id`) REFERENCES `change_log_actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kind_id`) REFERENCES `change_log_kinds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_change_log`("seq", "id", "created_at", "actor_id", "kind_id", "entity_id", "changes") SELECT "seq", "id", "created_at", "actor_id", "kind_id", "entity_id", "changes" FROM `change_log`;--> statement-breakpoint
DROP TABLE `change_log`;--> statement-breakpoint
ALTER TABLE `__new_change_log` RENAME TO `change_log`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `change_log_entity_idx` ON `change_log` (`entity_id`);