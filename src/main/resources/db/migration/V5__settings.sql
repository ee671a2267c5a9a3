-- Organisation-level insurance settings, one row per organisation (module: settings).
create table insurance_settings (
  org_id                                 uuid        not null references org (id),
  id                                     uuid        not null,
  allow_fee_exceed_ucr                   boolean     not null default false,
  allow_verification_without_appointment boolean     not null default true,
  auto_calculate_estimates               boolean     not null default true,
  auto_flag_unverified                   boolean     not null default true,
  benefits_verify_days                   integer     not null default 90,
  color_code_procedures                  boolean     not null default false,
  days_before_appointment_flag           integer     not null default 7,
  default_benefit_year_type              text        not null default 'calendar' check (default_benefit_year_type in ('calendar', 'fiscal')),
  default_cob_rule                       text        not null default 'basic'
                                           check (default_cob_rule in ('basic', 'standard', 'carve_out', 'secondary_medicaid')),
  default_fiscal_year_start              integer     not null default 1 check (default_fiscal_year_start between 1 and 12),
  default_insurance_tab                  text        not null default 'benefits' check (default_insurance_tab in ('benefits', 'claims', 'coverage')),
  eligibility_verify_days                integer     not null default 30,
  estimate_display_mode                  text        not null default 'detailed' check (estimate_display_mode in ('detailed', 'summary')),
  include_write_off                      boolean     not null default true,
  show_alerts_on_check_in                boolean     not null default true,
  show_on_banner                         boolean     not null default true,
  show_on_treatment_plans                boolean     not null default true,
  show_remaining_benefits                boolean     not null default true,
  write_off_method                       text        not null default 'lesser_of_ucr_fee'
                                           check (write_off_method in ('lesser_of_ucr_fee', 'fee_only', 'ucr_only')),
  writeoff_on_exclusion                  boolean     not null default false,
  writeoff_on_frequency_limit            boolean     not null default false,
  writeoff_on_max_reached                boolean     not null default false,
  version                                integer     not null default 1,
  created_at                             timestamptz not null default now(),
  updated_at                             timestamptz not null default now(),
  primary key (org_id),
  unique (org_id, id)
);
