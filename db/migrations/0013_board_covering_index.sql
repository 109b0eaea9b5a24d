DROP INDEX `corrective_actions_status_due_idx`;--> statement-breakpoint
CREATE INDEX `corrective_actions_status_due_idx` ON `corrective_actions` (`status`,`due_date`,`created_at`);