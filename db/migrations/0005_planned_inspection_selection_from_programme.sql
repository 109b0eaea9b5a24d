-- Each generated entry keeps its own selection note. Programmes generated before kept the notes in
-- programmes.parameters.selection, keyed by kind and unit: copy each note onto its entry.
UPDATE `planned_inspections`
SET `selection` = (
  SELECT note.value
  FROM `programmes` AS p, json_each(p.`parameters`, '$.selection') AS note
  WHERE p.`id` = `planned_inspections`.`programme_id`
    AND json_extract(note.value, '$.kind') = `planned_inspections`.`kind`
    AND json_extract(note.value, '$.unitId') = `planned_inspections`.`unit_id`
  LIMIT 1
)
WHERE `selection` IS NULL
  AND EXISTS (SELECT 1 FROM `programmes` AS p WHERE p.`id` = `planned_inspections`.`programme_id` AND json_valid(p.`parameters`) AND json_type(p.`parameters`, '$.selection') = 'array');
--> statement-breakpoint
UPDATE `programmes` SET `parameters` = json_remove(`parameters`, '$.selection') WHERE json_valid(`parameters`) AND json_type(`parameters`, '$.selection') IS NOT NULL;
