-- The integer number each row shown through the Open Dental dialect carries beside its uuid (od_num), as Open
-- Dental's own keys are integers (BenefitNum, PlanNum, …). An identity column: assigned at insert by the database,
-- never reused (unique across organisations, though looked up within one), and filled here for the rows that
-- already exist. Plan benefits and patient overrides share the benefit table, so they share one number space, as in
-- Open Dental. The native API shows it read-only.
alter table benefit           add column od_num bigint generated always as identity;
alter table insurance_plan    add column od_num bigint generated always as identity;
alter table subscription      add column od_num bigint generated always as identity;
alter table patient_plan      add column od_num bigint generated always as identity;
alter table carrier           add column od_num bigint generated always as identity;
alter table coverage_category add column od_num bigint generated always as identity;
alter table procedure_code    add column od_num bigint generated always as identity;
alter table patient           add column od_num bigint generated always as identity;
alter table code_group        add column od_num bigint generated always as identity;

-- Looked up within the organisation, like every other key.
alter table benefit add constraint benefit_od_num unique (org_id, od_num);
alter table insurance_plan add constraint insurance_plan_od_num unique (org_id, od_num);
alter table subscription add constraint subscription_od_num unique (org_id, od_num);
alter table patient_plan add constraint patient_plan_od_num unique (org_id, od_num);
alter table carrier add constraint carrier_od_num unique (org_id, od_num);
alter table coverage_category add constraint coverage_category_od_num unique (org_id, od_num);
alter table procedure_code add constraint procedure_code_od_num unique (org_id, od_num);
alter table patient add constraint patient_od_num unique (org_id, od_num);
alter table code_group add constraint code_group_od_num unique (org_id, od_num);

-- Open Dental's ActiveCoverage: stored and shown, applied by no estimate (estimation-rules.md §3).
alter table benefit drop constraint benefit_benefit_type_check;
alter table benefit add constraint benefit_benefit_type_check check (benefit_type in ('coinsurance', 'deductible',
  'annual_max', 'ortho_lifetime_max', 'exclusion', 'limitation', 'waiting_period', 'copayment', 'family_deductible',
  'family_annual_max', 'active_coverage'));

-- The developer key of an Open Dental client (its ODFHIR header), kept with each change it made.
alter table audit_log add column developer_key text;
