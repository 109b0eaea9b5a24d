CREATE TABLE `app_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`current_profile_id` text,
	FOREIGN KEY (`current_profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `holidays` (
	`id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `holidays_date_unique` ON `holidays` (`date`);--> statement-breakpoint
CREATE TABLE `organization` (
	`id` text PRIMARY KEY NOT NULL,
	`superior_body_name` text NOT NULL,
	`body_name` text NOT NULL,
	`body_short_code` text NOT NULL,
	`place_name` text NOT NULL,
	`chair_name` text DEFAULT '' NOT NULL,
	`chair_title` text DEFAULT 'CHỦ TỊCH' NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "organization_single_row" CHECK("organization"."id" = 'default')
);
--> statement-breakpoint
CREATE TABLE `profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`unit_id` text,
	`last_used_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `seed_runs` (
	`step` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`full_name` text NOT NULL,
	`unit_id` text,
	`position` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`auditor_trained` integer DEFAULT false NOT NULL,
	`auditor_cert_number` text DEFAULT '' NOT NULL,
	`auditor_cert_date` text,
	`auditor_cert_issuer` text DEFAULT '' NOT NULL,
	`may_lead` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `people_unit_idx` ON `people` (`unit_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`type` text NOT NULL,
	`in_cchc_scope` integer DEFAULT true NOT NULL,
	`iso_applying` integer DEFAULT true NOT NULL,
	`head_person_id` text,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`head_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_unique` ON `units` (`code`);--> statement-breakpoint
CREATE INDEX `units_active_idx` ON `units` (`active`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`section_id` text NOT NULL,
	`code` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`reference_title` text DEFAULT '' NOT NULL,
	`question` text NOT NULL,
	`guidance` text DEFAULT '' NOT NULL,
	`evidence_hint` text DEFAULT '' NOT NULL,
	`answer_type` text NOT NULL,
	`numeric_unit` text,
	`comparator` text,
	`threshold` real,
	`points` real,
	`evidence_required` integer DEFAULT false NOT NULL,
	`usually_not_applicable` integer DEFAULT false NOT NULL,
	`not_applicable_hint` text DEFAULT '' NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `checklist_sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_items_version_code` ON `checklist_items` (`version_id`,`code`);--> statement-breakpoint
CREATE INDEX `checklist_items_section_idx` ON `checklist_items` (`section_id`);--> statement-breakpoint
CREATE TABLE `checklist_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_sections_version_code` ON `checklist_sections` (`version_id`,`code`);--> statement-breakpoint
CREATE TABLE `checklist_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`purpose` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`built_in` integer DEFAULT false NOT NULL,
	`cloned_from_version_id` text,
	`retired` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_templates_code_unique` ON `checklist_templates` (`code`);--> statement-breakpoint
CREATE TABLE `checklist_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`template_id` text NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`year` integer,
	`published_at` text,
	`published_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_versions_template_version` ON `checklist_versions` (`template_id`,`version`);--> statement-breakpoint
CREATE TABLE `planned_inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`programme_id` text NOT NULL,
	`kind` text NOT NULL,
	`unit_id` text NOT NULL,
	`date` text NOT NULL,
	`template_version_id` text,
	`content` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `planned_inspections_programme_idx` ON `planned_inspections` (`programme_id`);--> statement-breakpoint
CREATE INDEX `planned_inspections_date_idx` ON `planned_inspections` (`date`);--> statement-breakpoint
CREATE TABLE `planned_team_members` (
	`id` text PRIMARY KEY NOT NULL,
	`planned_inspection_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`planned_inspection_id`) REFERENCES `planned_inspections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `planned_team_members_inspection_idx` ON `planned_team_members` (`planned_inspection_id`);--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`document_number` text DEFAULT '' NOT NULL,
	`parameters` text,
	`approved_at` text,
	`approved_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `programmes_year_idx` ON `programmes` (`year`);--> statement-breakpoint
CREATE TABLE `audit_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`audit_id` text NOT NULL,
	`side` text NOT NULL,
	`role` text NOT NULL,
	`person_id` text,
	`full_name` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_participants_audit_idx` ON `audit_participants` (`audit_id`);--> statement-breakpoint
CREATE TABLE `audits` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`unit_id` text NOT NULL,
	`planned_inspection_id` text,
	`template_version_id` text NOT NULL,
	`baseline_audit_id` text,
	`title` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`decision_number` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`plan_number` text DEFAULT '' NOT NULL,
	`plan_date` text,
	`objective` text DEFAULT '' NOT NULL,
	`scope` text DEFAULT '' NOT NULL,
	`criteria` text DEFAULT '' NOT NULL,
	`unit_comments` text DEFAULT '' NOT NULL,
	`conclusion` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'in_progress' NOT NULL,
	`closed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`planned_inspection_id`) REFERENCES `planned_inspections`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`template_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`baseline_audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audits_unit_idx` ON `audits` (`unit_id`);--> statement-breakpoint
CREATE INDEX `audits_start_idx` ON `audits` (`start_date`);--> statement-breakpoint
CREATE TABLE `item_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`audit_id` text NOT NULL,
	`item_id` text NOT NULL,
	`conformity` text,
	`numeric_value` real,
	`yes_no` integer,
	`text_value` text,
	`indicator_met` integer,
	`note` text DEFAULT '' NOT NULL,
	`not_applicable_reason` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_responses_audit_item` ON `item_responses` (`audit_id`,`item_id`);--> statement-breakpoint
CREATE TABLE `evidence_files` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size_bytes` integer NOT NULL,
	`mime_type` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `evidence_links` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`audit_id` text,
	`item_id` text,
	`finding_id` text,
	`corrective_action_id` text,
	`file_name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`sha256`) REFERENCES `evidence_files`(`sha256`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_links_sha_idx` ON `evidence_links` (`sha256`);--> statement-breakpoint
CREATE INDEX `evidence_links_audit_idx` ON `evidence_links` (`audit_id`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`audit_id` text NOT NULL,
	`number` integer NOT NULL,
	`finding_class` text NOT NULL,
	`item_id` text,
	`reference` text DEFAULT '' NOT NULL,
	`description` text NOT NULL,
	`requirement` text DEFAULT '' NOT NULL,
	`evidence_text` text DEFAULT '' NOT NULL,
	`requires_action` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`closed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `findings_audit_number` ON `findings` (`audit_id`,`number`);--> statement-breakpoint
CREATE INDEX `findings_audit_idx` ON `findings` (`audit_id`);--> statement-breakpoint
CREATE TABLE `corrective_action_events` (
	`id` text PRIMARY KEY NOT NULL,
	`action_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_profile_id` text,
	`actor_name` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `corrective_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `corrective_action_events_action_idx` ON `corrective_action_events` (`action_id`);--> statement-breakpoint
CREATE TABLE `corrective_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`finding_id` text NOT NULL,
	`owner_unit_id` text NOT NULL,
	`owner_person_id` text,
	`correction` text DEFAULT '' NOT NULL,
	`root_cause` text DEFAULT '' NOT NULL,
	`five_whys` text,
	`action_plan` text DEFAULT '' NOT NULL,
	`due_date` text NOT NULL,
	`status` text DEFAULT 'moi' NOT NULL,
	`completion_evidence` text DEFAULT '' NOT NULL,
	`verifier_person_id` text,
	`verification_date` text,
	`verification_result` text,
	`closed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`owner_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`owner_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`verifier_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `corrective_actions_finding_idx` ON `corrective_actions` (`finding_id`);--> statement-breakpoint
CREATE INDEX `corrective_actions_status_due_idx` ON `corrective_actions` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `corrective_actions_unit_idx` ON `corrective_actions` (`owner_unit_id`);--> statement-breakpoint
CREATE TABLE `issued_minutes` (
	`id` text PRIMARY KEY NOT NULL,
	`audit_id` text NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`document_code` text NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	`supersedes_id` text,
	`content_sha256` text NOT NULL,
	`pdf_sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`issued_by` text NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`supersedes_id`) REFERENCES `issued_minutes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issued_minutes_year_number` ON `issued_minutes` (`year`,`number`);--> statement-breakpoint
CREATE INDEX `issued_minutes_audit_idx` ON `issued_minutes` (`audit_id`);--> statement-breakpoint
CREATE TABLE `minutes_digital_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`minutes_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`signer_name` text NOT NULL,
	`signed_pdf_sha256` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`minutes_id`) REFERENCES `issued_minutes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `signature_images` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`png` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signature_images_person_id_unique` ON `signature_images` (`person_id`);--> statement-breakpoint
CREATE TABLE `change_log` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`actor_profile_id` text,
	`actor_name` text NOT NULL,
	`method` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text
);
--> statement-breakpoint
CREATE INDEX `change_log_entity_idx` ON `change_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `change_log_at_idx` ON `change_log` (`created_at`);