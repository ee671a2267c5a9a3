-- Practice settings the estimator reads (issue 5; estimation.md §7, §9, §13).
alter table insurance_settings
  add column ppo_secondary_writeoffs        boolean not null default false,
  add column fixed_benefit_blank_like_zero  boolean not null default false,
  add column exclusion_uses_ucr_fee         boolean not null default false,
  add column out_of_network_blank_like_zero boolean not null default false,
  add column check_frequency                boolean not null default true;
