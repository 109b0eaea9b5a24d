DROP INDEX `change_log_at_idx`;--> statement-breakpoint
CREATE INDEX `units_head_person_idx` ON `units` (`head_person_id`);--> statement-breakpoint
CREATE INDEX `planned_inspections_unit_idx` ON `planned_inspections` (`unit_id`);--> statement-breakpoint
CREATE INDEX `planned_inspections_template_version_idx` ON `planned_inspections` (`template_version_id`);--> statement-breakpoint
CREATE INDEX `planned_team_members_person_idx` ON `planned_team_members` (`person_id`);--> statement-breakpoint
CREATE INDEX `audit_participants_person_idx` ON `audit_participants` (`person_id`);--> statement-breakpoint
CREATE INDEX `audits_planned_inspection_idx` ON `audits` (`planned_inspection_id`);--> statement-breakpoint
CREATE INDEX `audits_template_version_idx` ON `audits` (`template_version_id`);--> statement-breakpoint
CREATE INDEX `audits_baseline_idx` ON `audits` (`baseline_audit_id`);--> statement-breakpoint
CREATE INDEX `item_responses_item_idx` ON `item_responses` (`item_id`);--> statement-breakpoint
CREATE INDEX `evidence_links_item_idx` ON `evidence_links` (`item_id`);--> statement-breakpoint
CREATE INDEX `evidence_links_finding_idx` ON `evidence_links` (`finding_id`);--> statement-breakpoint
CREATE INDEX `findings_item_idx` ON `findings` (`item_id`);--> statement-breakpoint
CREATE INDEX `corrective_actions_owner_person_idx` ON `corrective_actions` (`owner_person_id`);--> statement-breakpoint
CREATE INDEX `corrective_actions_verifier_idx` ON `corrective_actions` (`verifier_person_id`);--> statement-breakpoint
CREATE INDEX `issued_minutes_supersedes_idx` ON `issued_minutes` (`supersedes_id`);--> statement-breakpoint
CREATE INDEX `minutes_digital_signatures_minutes_idx` ON `minutes_digital_signatures` (`minutes_id`);