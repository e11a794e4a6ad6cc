-- Services counted in hours (docs/domain.md §2 and §8): care at home by a social worker and the
-- individual assistant's hours (at most 8 a day). Without them a work plan could not say how many
-- hours a week a specialist carries, and the case load would count none. An office that has
-- already added a service under either code keeps its own (INSERT OR IGNORE on the code).
INSERT OR IGNORE INTO `service_catalogue` (`id`, `created_at`, `created_by`, `updated_at`, `updated_by`, `change_seq`, `code`, `ssu_type`, `name_kk`, `name_ru`, `name_en`, `forms`, `unit`, `max_volume`, `active`, `sort_order`) VALUES
('00000000-0000-7000-8000-0000000c0101', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_home_care', 'social_domestic', 'Үйде әлеуметтік күтім', 'Социальный уход на дому', 'Social care at home', '["home"]', 'hour', 40, 1, 5),
('00000000-0000-7000-8000-0000000c0102', '2026-11-29T00:00:00.000Z', 'migration', '2026-11-29T00:00:00.000Z', 'migration', 0, 'dom_assistant', 'social_domestic', 'Жеке көмекшінің қызметі', 'Услуги индивидуального помощника', 'Individual assistant’s services', '["home"]', 'hour', 8, 1, 6);
