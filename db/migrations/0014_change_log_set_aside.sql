-- The change log is rebuilt in a compact layout (0015, generated) and refilled from this copy (0016).
-- All pending migrations run in one transaction: if any step fails, the store stays as it was.
CREATE TABLE `change_log_previous` AS SELECT `rowid` AS `seq`, `id`, `created_at`, `actor_profile_id`, `actor_name`, `machine_id`, `method`, `entity`, `entity_id`, `action`, `changes` FROM `change_log`;
--> statement-breakpoint
DROP TABLE `change_log`;
--> statement-breakpoint
-- An empty stand-in with the new columns, for 0015's generated rebuild to copy from.
CREATE TABLE `change_log` (`seq` integer PRIMARY KEY, `id` text, `created_at` integer, `actor_id` integer, `kind_id` integer, `entity_id` text, `changes` text);
