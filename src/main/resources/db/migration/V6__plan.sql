-- Insurance plans (module: plan).
create table insurance_plan (
  org_id                            uuid          not null references org (id),
  id                                uuid          not null,
  carrier_id                        uuid          not null,
  plan_type                         text          not null check (plan_type in
                                      ('category_percentage', 'ppo_percentage', 'ppo_fixed_benefit', 'medicaid_flat_copay', 'capitation')),
  group_name                        text,
  group_number                      text,
  benefit_year_start_month          integer       check (benefit_year_start_month between 1 and 12),
  cob_rule                          text          check (cob_rule in ('basic', 'standard', 'carve_out', 'secondary_medicaid')),
  claim_form_type                   text          not null default 'ada_2019' check (claim_form_type in ('ada_2019', 'cms_1500')),
  claims_use_ucr                    boolean       not null default false,
  eclaim_send_behavior              text          not null default 'send' check (eclaim_send_behavior in ('send', 'do_not_send', 'secondary_only')),
  filing_code                       text,
  filing_code_subtype               text,
  assignment_of_benefits            boolean       not null default true,
  release_of_information            boolean       not null default true,
  is_hidden                         boolean       not null default false,
  is_medical                        boolean       not null default false,
  is_verification_exempt            boolean       not null default false,
  show_base_units                   boolean       not null default false,
  ortho_auto_claim_type             text          not null default 'none'
                                      check (ortho_auto_claim_type in ('none', 'initial_only', 'initial_plus_visit', 'initial_plus_periodic')),
  ortho_auto_claim_days_wait        integer       check (ortho_auto_claim_days_wait >= 0),
  ortho_auto_fee_amt                numeric(12,2) check (ortho_auto_fee_amt >= 0),
  ortho_auto_proc_code              text,
  substitution_code_behavior        text          not null default 'none' check (substitution_code_behavior in ('none', 'downgrade_to_amalgam', 'custom')),
  writeoff_on_substitution          boolean       not null default false,
  exclusion_fee_rule                text          not null default 'practice_default'
                                      check (exclusion_fee_rule in ('practice_default', 'do_nothing', 'use_ucr_fee')),
  zero_writeoff_on_annual_max       text          not null default 'default' check (zero_writeoff_on_annual_max in ('default', 'yes', 'no')),
  zero_writeoff_on_frequency_or_age text          not null default 'default' check (zero_writeoff_on_frequency_or_age in ('default', 'yes', 'no')),
  plan_note                         text,
  version                           integer       not null default 1,
  created_at                        timestamptz   not null default now(),
  updated_at                        timestamptz   not null default now(),
  deleted_at                        timestamptz,
  primary key (org_id, id),
  foreign key (org_id, carrier_id) references carrier (org_id, id)
);
create index insurance_plan_carrier on insurance_plan (org_id, carrier_id) where deleted_at is null;
create index insurance_plan_type on insurance_plan (org_id, plan_type) where deleted_at is null;
create index insurance_plan_group_name on insurance_plan (org_id, group_name, id) where deleted_at is null;
create index insurance_plan_group_number on insurance_plan (org_id, group_number, id) where deleted_at is null;
create index insurance_plan_created on insurance_plan (org_id, created_at, id) where deleted_at is null;
create index insurance_plan_search on insurance_plan using gin (
  (coalesce(group_name, '') || ' ' || coalesce(group_number, '')) gin_trgm_ops);
