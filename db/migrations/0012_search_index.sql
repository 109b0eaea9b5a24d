-- One search index over the texts people look for (actions, findings, audits, units, people, checklist
-- items): FTS5 with the trigram tokenizer, so any substring of three characters or more is found through the
-- index, and remove_diacritics folds case and tone marks. The tokenizer leaves đ as it is (it is a letter of its
-- own, not a d with a mark), so the triggers store the texts with đ/Đ written as d.
-- search_documents holds one row per searchable record (entity, its id, the searchable text); search_index is an
-- external-content FTS5 table over it. Both are kept by triggers only: the app never writes them.
CREATE TABLE `search_documents` (
  `id` integer PRIMARY KEY,
  `entity` text NOT NULL,
  `ref` text NOT NULL,
  `body` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_documents_ref_idx` ON `search_documents` (`entity`, `ref`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(`body`, content='search_documents', content_rowid='id', tokenize='trigram remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `search_documents_ai` AFTER INSERT ON `search_documents`
BEGIN
  INSERT INTO `search_index` (rowid, body) VALUES (new.id, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_ad` AFTER DELETE ON `search_documents`
BEGIN
  INSERT INTO `search_index` (`search_index`, rowid, body) VALUES ('delete', old.id, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `search_documents_au` AFTER UPDATE ON `search_documents`
BEGIN
  INSERT INTO `search_index` (`search_index`, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO `search_index` (rowid, body) VALUES (new.id, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `corrective_actions_search_ai` AFTER INSERT ON `corrective_actions`
BEGIN
  INSERT INTO `search_documents` (entity, ref, body) VALUES ('action', new.id, replace(replace(new.correction || char(10) || new.root_cause || char(10) || new.action_plan, 'đ', 'd'), 'Đ', 'D'));
END;
--> statement-breakpoint
CREATE TRIGGER `corrective_actions_search_au` AFTER UPDATE OF id, correction, root_cause, action_plan ON `corrective_actions`
BEGIN
  UPDATE `search_documents` SET ref = new.id, body = replace(replace(new.correction || char(10) || new.root_cause || char(10) || new.action_plan, 'đ', 'd'), 'Đ', 'D') WHERE entity = 'action' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `corrective_actions_search_ad` AFTER DELETE ON `corrective_actions`
BEGIN
  DELETE FROM `search_documents` WHERE entity = 'action' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `findings_search_ai` AFTER INSERT ON `findings`
BEGIN
  INSERT INTO `search_documents` (entity, ref, body) VALUES ('finding', new.id, replace(replace(new.description, 'đ', 'd'), 'Đ', 'D'));
END;
--> statement-breakpoint
CREATE TRIGGER `findings_search_au` AFTER UPDATE OF id, description ON `findings`
BEGIN
  UPDATE `search_documents` SET ref = new.id, body = replace(replace(new.description, 'đ', 'd'), 'Đ', 'D') WHERE entity = 'finding' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `findings_search_ad` AFTER DELETE ON `findings`
BEGIN
  DELETE FROM `search_documents` WHERE entity = 'finding' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `audits_search_ai` AFTER INSERT ON `audits`
BEGIN
  INSERT INTO `search_documents` (entity, ref, body) VALUES ('audit', new.id, replace(replace(new.title, 'đ', 'd'), 'Đ', 'D'));
END;
--> statement-breakpoint
CREATE TRIGGER `audits_search_au` AFTER UPDATE OF id, title ON `audits`
BEGIN
  UPDATE `search_documents` SET ref = new.id, body = replace(replace(new.title, 'đ', 'd'), 'Đ', 'D') WHERE entity = 'audit' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `audits_search_ad` AFTER DELETE ON `audits`
BEGIN
  DELETE FROM `search_documents` WHERE entity = 'audit' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `units_search_ai` AFTER INSERT ON `units`
BEGIN
  INSERT INTO `search_documents` (entity, ref, body) VALUES ('unit', new.id, replace(replace(new.name, 'đ', 'd'), 'Đ', 'D'));
END;
--> statement-breakpoint
CREATE TRIGGER `units_search_au` AFTER UPDATE OF id, name ON `units`
BEGIN
  UPDATE `search_documents` SET ref = new.id, body = replace(replace(new.name, 'đ', 'd'), 'Đ', 'D') WHERE entity = 'unit' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `units_search_ad` AFTER DELETE ON `units`
BEGIN
  DELETE FROM `search_documents` WHERE entity = 'unit' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_ai` AFTER INSERT ON `people`
BEGIN
  INSERT INTO `search_documents` (entity, ref, body) VALUES ('person', new.id, replace(replace(new.full_name, 'đ', 'd'), 'Đ', 'D'));
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_au` AFTER UPDATE OF id, full_name ON `people`
BEGIN
  UPDATE `search_documents` SET ref = new.id, body = replace(replace(new.full_name, 'đ', 'd'), 'Đ', 'D') WHERE entity = 'person' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_ad` AFTER DELETE ON `people`
BEGIN
  DELETE FROM `search_documents` WHERE entity = 'person' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_items_search_ai` AFTER INSERT ON `checklist_items`
BEGIN
  INSERT INTO `search_documents` (entity, ref, body) VALUES ('checklist_item', new.id, replace(replace(new.question || char(10) || new.guidance, 'đ', 'd'), 'Đ', 'D'));
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_items_search_au` AFTER UPDATE OF id, question, guidance ON `checklist_items`
BEGIN
  UPDATE `search_documents` SET ref = new.id, body = replace(replace(new.question || char(10) || new.guidance, 'đ', 'd'), 'Đ', 'D') WHERE entity = 'checklist_item' AND ref = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `checklist_items_search_ad` AFTER DELETE ON `checklist_items`
BEGIN
  DELETE FROM `search_documents` WHERE entity = 'checklist_item' AND ref = old.id;
END;
--> statement-breakpoint
INSERT INTO `search_documents` (entity, ref, body) SELECT 'action', id, replace(replace(corrective_actions.correction || char(10) || corrective_actions.root_cause || char(10) || corrective_actions.action_plan, 'đ', 'd'), 'Đ', 'D') FROM `corrective_actions`;
--> statement-breakpoint
INSERT INTO `search_documents` (entity, ref, body) SELECT 'finding', id, replace(replace(findings.description, 'đ', 'd'), 'Đ', 'D') FROM `findings`;
--> statement-breakpoint
INSERT INTO `search_documents` (entity, ref, body) SELECT 'audit', id, replace(replace(audits.title, 'đ', 'd'), 'Đ', 'D') FROM `audits`;
--> statement-breakpoint
INSERT INTO `search_documents` (entity, ref, body) SELECT 'unit', id, replace(replace(units.name, 'đ', 'd'), 'Đ', 'D') FROM `units`;
--> statement-breakpoint
INSERT INTO `search_documents` (entity, ref, body) SELECT 'person', id, replace(replace(people.full_name, 'đ', 'd'), 'Đ', 'D') FROM `people`;
--> statement-breakpoint
INSERT INTO `search_documents` (entity, ref, body) SELECT 'checklist_item', id, replace(replace(checklist_items.question || char(10) || checklist_items.guidance, 'đ', 'd'), 'Đ', 'D') FROM `checklist_items`;
