-- Every entry of the previous layout, in its order, with who and what kind as numbers into the lookup tables.
INSERT INTO `change_log_actors` (`profile_id`, `name`, `machine_id`)
  SELECT `actor_profile_id`, `actor_name`, `machine_id` FROM `change_log_previous`
  GROUP BY `actor_profile_id`, `actor_name`, `machine_id` ORDER BY min(`seq`);
--> statement-breakpoint
INSERT INTO `change_log_kinds` (`method`, `entity`, `action`)
  SELECT `method`, `entity`, `action` FROM `change_log_previous`
  GROUP BY `method`, `entity`, `action` ORDER BY min(`seq`);
--> statement-breakpoint
-- Instants were ISO-8601 UTC strings with milliseconds (toISOString); they become milliseconds since 1970, exactly.
INSERT INTO `change_log` (`seq`, `id`, `created_at`, `actor_id`, `kind_id`, `entity_id`, `changes`)
  SELECT p.`seq`, p.`id`,
    CAST(strftime('%s', p.`created_at`) AS INTEGER) * 1000 + CAST(coalesce(nullif(substr(p.`created_at`, 21, 3), ''), '0') AS INTEGER),
    a.`id`, k.`id`, p.`entity_id`, p.`changes`
  FROM `change_log_previous` p
  JOIN `change_log_actors` a ON a.`profile_id` IS p.`actor_profile_id` AND a.`name` = p.`actor_name` AND a.`machine_id` IS p.`machine_id`
  JOIN `change_log_kinds` k ON k.`method` = p.`method` AND k.`entity` = p.`entity` AND k.`action` = p.`action`
  ORDER BY p.`seq`;
--> statement-breakpoint
DROP TABLE `change_log_previous`;
--> statement-breakpoint
-- Append-only, as before (0001), and the lookup tables with it: renaming an actor would rewrite who did what.
CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log`
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa.');
END;
--> statement-breakpoint
CREATE TRIGGER `change_log_no_delete` BEFORE DELETE ON `change_log`
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được xóa.');
END;
--> statement-breakpoint
CREATE TRIGGER `change_log_actors_no_update` BEFORE UPDATE ON `change_log_actors`
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa.');
END;
--> statement-breakpoint
CREATE TRIGGER `change_log_actors_no_delete` BEFORE DELETE ON `change_log_actors`
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được xóa.');
END;
--> statement-breakpoint
CREATE TRIGGER `change_log_kinds_no_update` BEFORE UPDATE ON `change_log_kinds`
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được sửa.');
END;
--> statement-breakpoint
CREATE TRIGGER `change_log_kinds_no_delete` BEFORE DELETE ON `change_log_kinds`
BEGIN
  SELECT RAISE(ABORT, 'Nhật ký thay đổi chỉ được ghi thêm, không được xóa.');
END;
