-- Plan benefits and patient overrides (module: benefit). A benefit belongs to a plan or, as a patient override, to
-- one patient plan; the foreign key for patient_plan_id arrives with the patient plan table.

create table benefit (
  org_id                 uuid          not null references org (id),
  id                     uuid          not null,
  plan_id                uuid,
  patient_plan_id        uuid,
  benefit_type           text          not null check (benefit_type in ('coinsurance', 'deductible', 'annual_max',
                           'ortho_lifetime_max', 'exclusion', 'limitation', 'waiting_period', 'copayment',
                           'family_deductible', 'family_annual_max')),
  coverage_category_id   uuid,
  code_group_id          uuid,
  procedure_code_id      uuid,
  coverage_level         text          not null default 'none' check (coverage_level in ('none', 'individual', 'family')),
  percent                integer       check (percent between 0 and 100),
  monetary_amt           numeric(12,2) check (monetary_amt >= 0),
  time_period            text          not null check (time_period in ('none', 'service_year', 'calendar_year',
                           'lifetime', 'years', 'number_in_last_12_months')),
  quantity_qualifier     text          not null default 'none' check (quantity_qualifier in ('none',
                           'number_of_services', 'age_limit', 'visits', 'years', 'months')),
  quantity               integer       check (quantity between 0 and 100),
  treat_area             text          check (treat_area in
                           ('none', 'surf', 'tooth', 'mouth', 'quad', 'sextant', 'arch', 'tooth_range')),
  age_min                integer       check (age_min >= 0),
  age_max                integer       check (age_max >= 0),
  waiting_period_months  integer       check (waiting_period_months >= 0),
  is_deductible_exempt   boolean       not null default false,
  substitution_code_id   uuid,
  version                integer       not null default 1,
  created_at             timestamptz   not null default now(),
  updated_at             timestamptz   not null default now(),
  deleted_at             timestamptz,
  primary key (org_id, id),
  check ((plan_id is null) <> (patient_plan_id is null)),
  check (num_nonnulls(coverage_category_id, code_group_id, procedure_code_id) <= 1),
  check (age_min <= age_max),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id),
  foreign key (org_id, coverage_category_id) references coverage_category (org_id, id),
  foreign key (org_id, code_group_id) references code_group (org_id, id),
  foreign key (org_id, procedure_code_id) references procedure_code (org_id, id),
  foreign key (org_id, substitution_code_id) references procedure_code (org_id, id)
);
-- Lists (by plan or patient plan, optionally by type) in creation order.
create index benefit_plan on benefit (org_id, plan_id, benefit_type, id) where deleted_at is null and plan_id is not null;
create index benefit_patient_plan on benefit (org_id, patient_plan_id, benefit_type, id)
  where deleted_at is null and patient_plan_id is not null;
-- Foreign keys to categories, groups and codes, indexed so checks on the referenced rows never scan benefits.
create index benefit_coverage_category on benefit (org_id, coverage_category_id) where coverage_category_id is not null;
create index benefit_code_group on benefit (org_id, code_group_id) where code_group_id is not null;
create index benefit_procedure_code on benefit (org_id, procedure_code_id) where procedure_code_id is not null;
create index benefit_substitution_code on benefit (org_id, substitution_code_id) where substitution_code_id is not null;
-- One live benefit per rule: same type, target, coverage level and time period (and for limitations the qualifier)
-- on one plan or one patient plan. The service answers 409 first; these keep concurrent writers honest.
create unique index benefit_plan_rule on benefit (org_id, plan_id, benefit_type, coverage_category_id, code_group_id,
  procedure_code_id, coverage_level, time_period, (case when benefit_type = 'limitation' then quantity_qualifier end))
  nulls not distinct where deleted_at is null and plan_id is not null;
create unique index benefit_patient_plan_rule on benefit (org_id, patient_plan_id, benefit_type, coverage_category_id,
  code_group_id, procedure_code_id, coverage_level, time_period,
  (case when benefit_type = 'limitation' then quantity_qualifier end))
  nulls not distinct where deleted_at is null and patient_plan_id is not null;
