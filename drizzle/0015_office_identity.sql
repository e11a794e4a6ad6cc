-- The office had one name (Russian in practice); documents are bilingual. Carry it into both
-- languages until an administrator edits them in Settings (issue 13, item 9).
INSERT INTO `settings` (`key`, `value`, `updated_at`, `updated_by`)
SELECT 'office',
  json_object('nameKk', json_extract(`value`, '$'), 'nameRu', json_extract(`value`, '$'),
    'akimatKk', '', 'akimatRu', '', 'headName', '', 'headPositionKk', '', 'headPositionRu', ''),
  `updated_at`, 'migration'
FROM `settings`
WHERE `key` = 'office.name' AND NOT EXISTS (SELECT 1 FROM `settings` WHERE `key` = 'office');
