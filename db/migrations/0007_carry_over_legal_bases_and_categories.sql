-- Existing stores keep every choice their users made; only where the sample ward's wording stood is it replaced by placeholders.

-- 1. Each unit's legal category, from the old fixed list of one ward's department types. CCHC scope flags stay as they are.
UPDATE `units` SET `category` = CASE `type`
  WHEN 'VAN_PHONG' THEN 'co_quan_chuyen_mon'
  WHEN 'PHONG_KT_HT_DT' THEN 'co_quan_chuyen_mon'
  WHEN 'PHONG_KINH_TE' THEN 'co_quan_chuyen_mon'
  WHEN 'PHONG_VHXH' THEN 'co_quan_chuyen_mon'
  WHEN 'TT_PVHCC' THEN 'to_chuc_hanh_chinh'
  WHEN 'TT_DICH_VU_TONG_HOP' THEN 'don_vi_su_nghiep'
  WHEN 'BQL_DU_AN' THEN 'don_vi_su_nghiep'
  WHEN 'TRAM_Y_TE' THEN 'don_vi_su_nghiep'
  WHEN 'TRUONG_HOC' THEN 'don_vi_su_nghiep'
  ELSE 'khac'
END;
--> statement-breakpoint
-- 2. A store already in use (it has units or audits) counts as set up: its users are not sent through the first-run setup.
UPDATE `organization` SET `setup_completed_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM `units`) OR EXISTS (SELECT 1 FROM `audits`);
--> statement-breakpoint
-- 3. Legal references move from the JSON setting to the legal_bases table. Where the setting was never saved, the
--    defaults the old code applied are carried over. The key prefix said which minutes printed a reference
--    ("cchc-", "iso-"); the plan printed the keys listed in programmeDocument.basisReferenceKeys.
CREATE TEMP TABLE `old_legal_references` AS
SELECT CAST(`entry`.`key` AS INTEGER) AS `position`,
       json_extract(`entry`.`value`, '$.key') AS `ref_key`,
       json_extract(`entry`.`value`, '$.text') AS `ref_text`
FROM `settings` AS `setting`, json_each(`setting`.`value`) AS `entry`
WHERE `setting`.`key` = 'legalReferences' AND json_valid(`setting`.`value`) AND json_type(`setting`.`value`) = 'array';
--> statement-breakpoint
INSERT INTO `old_legal_references` (`position`, `ref_key`, `ref_text`)
SELECT `position`, `ref_key`, `ref_text` FROM (
  SELECT 0 AS `position`, 'iso-decision' AS `ref_key`, 'Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ' AS `ref_text`
  UNION ALL SELECT 1, 'iso-circular', 'Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ'
  UNION ALL SELECT 2, 'document-format', 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư'
  UNION ALL SELECT 3, 'cchc-plan', 'Kế hoạch cải cách hành chính phường Bắc Hồng Lĩnh năm 2026'
)
WHERE EXISTS (SELECT 1 FROM `organization`) AND NOT EXISTS (SELECT 1 FROM `settings` WHERE `key` = 'legalReferences');
--> statement-breakpoint
CREATE TEMP TABLE `old_plan_basis_keys` AS
SELECT `entry`.`value` AS `ref_key`
FROM `settings` AS `setting`, json_each(`setting`.`value`, '$.basisReferenceKeys') AS `entry`
WHERE `setting`.`key` = 'programmeDocument' AND json_valid(`setting`.`value`)
UNION ALL
SELECT `ref_key` FROM (SELECT 'cchc-plan' AS `ref_key` UNION ALL SELECT 'iso-decision' UNION ALL SELECT 'iso-circular')
WHERE NOT EXISTS (
  SELECT 1 FROM `settings` WHERE `key` = 'programmeDocument' AND json_valid(`value`) AND json_type(`value`, '$.basisReferenceKeys') = 'array'
);
--> statement-breakpoint
INSERT INTO `legal_bases` (`id`, `text`, `for_cchc_minutes`, `for_iso_minutes`, `for_plan`, `for_report`, `sort_order`, `retired`, `created_at`, `updated_at`)
SELECT
  lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
    substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
  CASE WHEN `ref_text` = 'Kế hoạch cải cách hành chính phường Bắc Hồng Lĩnh năm 2026'
    THEN 'Kế hoạch cải cách hành chính năm {năm} của {cơ quan}' ELSE `ref_text` END,
  `ref_key` LIKE 'cchc-%',
  `ref_key` LIKE 'iso-%',
  `ref_key` IN (SELECT `ref_key` FROM `old_plan_basis_keys`),
  0,
  (`position` + 1) * 10,
  0,
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `old_legal_references`
WHERE typeof(`ref_text`) = 'text' AND trim(`ref_text`) <> ''
ORDER BY `position`;
--> statement-breakpoint
-- The built-in legal bases are only for new stores; this one has its own now.
INSERT OR IGNORE INTO `seed_runs` (`step`, `created_at`)
SELECT 'legal-bases', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE EXISTS (SELECT 1 FROM `organization`);
--> statement-breakpoint
DELETE FROM `settings` WHERE `key` = 'legalReferences';
--> statement-breakpoint
UPDATE `settings` SET `value` = json_remove(`value`, '$.basisReferenceKeys') WHERE `key` = 'programmeDocument' AND json_valid(`value`);
--> statement-breakpoint
DROP TABLE `old_legal_references`;
--> statement-breakpoint
DROP TABLE `old_plan_basis_keys`;
