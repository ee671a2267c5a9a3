-- The integer number each row shown through the Open Dental dialect carries beside its uuid (od_num), as Open
-- Dental's own keys are integers (BenefitNum, PlanNum, …). An identity column: assigned at insert by the database,
-- never reused, and filled here for the rows that already exist. Plan benefits and patient overrides share the
-- benefit table, so they share one number space, as in Open Dental. The native API shows it read-only.
alter table benefit           add column od_num bigint generated always as identity unique;
alter table insurance_plan    add column od_num bigint generated always as identity unique;
alter table subscription      add column od_num bigint generated always as identity unique;
alter table patient_plan      add column od_num bigint generated always as identity unique;
alter table carrier           add column od_num bigint generated always as identity unique;
alter table coverage_category add column od_num bigint generated always as identity unique;
alter table procedure_code    add column od_num bigint generated always as identity unique;
alter table patient           add column od_num bigint generated always as identity unique;
alter table code_group        add column od_num bigint generated always as identity unique;

-- Open Dental's ActiveCoverage: stored and shown, applied by no estimate (estimation-rules.md §3).
alter table benefit drop constraint benefit_benefit_type_check;
alter table benefit add constraint benefit_benefit_type_check check (benefit_type in ('coinsurance', 'deductible',
  'annual_max', 'ortho_lifetime_max', 'exclusion', 'limitation', 'waiting_period', 'copayment', 'family_deductible',
  'family_annual_max', 'active_coverage'));

-- The developer key of an Open Dental client (its ODFHIR header), kept with each change it made.
alter table audit_log add column developer_key text;
