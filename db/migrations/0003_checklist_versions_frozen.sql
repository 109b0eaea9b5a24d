-- A published (or superseded) checklist version is what audits were run against: its content never changes.
-- Only a draft's sections and items may be edited or removed; a published version may only become superseded.
CREATE TRIGGER `checklist_sections_frozen_update` BEFORE UPDATE ON `checklist_sections`
WHEN (SELECT `status` FROM `checklist_versions` WHERE `id` = OLD.`version_id`) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Phiên bản danh mục đã công bố không được sửa.');
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_sections_frozen_delete` BEFORE DELETE ON `checklist_sections`
WHEN (SELECT `status` FROM `checklist_versions` WHERE `id` = OLD.`version_id`) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Phiên bản danh mục đã công bố không được sửa.');
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_items_frozen_update` BEFORE UPDATE ON `checklist_items`
WHEN (SELECT `status` FROM `checklist_versions` WHERE `id` = OLD.`version_id`) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Phiên bản danh mục đã công bố không được sửa.');
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_items_frozen_delete` BEFORE DELETE ON `checklist_items`
WHEN (SELECT `status` FROM `checklist_versions` WHERE `id` = OLD.`version_id`) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Phiên bản danh mục đã công bố không được sửa.');
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_versions_frozen_update` BEFORE UPDATE ON `checklist_versions`
WHEN OLD.`status` <> 'draft' AND (
  NEW.`status` <> 'superseded'
  OR NEW.`template_id` IS NOT OLD.`template_id`
  OR NEW.`version` IS NOT OLD.`version`
  OR NEW.`year` IS NOT OLD.`year`
  OR NEW.`published_at` IS NOT OLD.`published_at`
  OR NEW.`published_by` IS NOT OLD.`published_by`
)
BEGIN
  SELECT RAISE(ABORT, 'Phiên bản danh mục đã công bố chỉ có thể chuyển thành phiên bản cũ.');
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_versions_frozen_delete` BEFORE DELETE ON `checklist_versions`
WHEN OLD.`status` <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'Phiên bản danh mục đã công bố không được xóa.');
END;
