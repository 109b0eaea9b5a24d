ALTER TABLE `audits` ADD `ended_time` text;--> statement-breakpoint
ALTER TABLE `issued_minutes` ADD `document_date` text;