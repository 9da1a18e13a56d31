-- A first slice of the demo catalogue (items named in the source documents); the full catalogue
-- with materials, bundles and delegations comes with the catalogue API.
insert into catalogue_item (code, version, name, department_code, department_name, item_type, statutory_days, promised_days, effective_from) values
('AMR-0001', 1, '企业设立登记', 'AMR', '市场监督管理局', 'PROMISED', 15, 1, '2025-01-01T00:00:00+08'),
('AMR-0002', 1, '食品经营许可（新办）', 'AMR', '市场监督管理局', 'PROMISED', 20, 10, '2025-01-01T00:00:00+08'),
('AMR-0003', 1, '个体工商户注册登记', 'AMR', '市场监督管理局', 'IMMEDIATE', 15, 0, '2025-01-01T00:00:00+08'),
('TAX-0001', 1, '新办纳税人套餐式服务（税务登记信息确认）', 'TAX', '税务局', 'IMMEDIATE', 30, 0, '2025-01-01T00:00:00+08'),
('TAX-0002', 1, '发票领用', 'TAX', '税务局', 'PROMISED', 5, 1, '2025-01-01T00:00:00+08'),
('PSB-0001', 1, '刻制公章备案', 'PSB', '公安局', 'IMMEDIATE', 5, 0, '2025-01-01T00:00:00+08'),
('PSB-0002', 1, '居民身份证换领', 'PSB', '公安局', 'PROMISED', 60, 15, '2025-01-01T00:00:00+08');
