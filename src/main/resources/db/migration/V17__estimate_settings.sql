-- Practice settings the estimator reads (issue 5; estimation-rules.md §7, §9, §13).
alter table insurance_settings
  add column ppo_secondary_writeoffs        boolean not null default false,
  add column fixed_benefit_blank_like_zero  boolean not null default false,
  add column exclusion_uses_ucr_fee         boolean not null default false,
  add column out_of_network_blank_like_zero boolean not null default false,
  add column check_frequency                boolean not null default true;

-- Issue 5: the office writes off as usual unless told otherwise; false zeroes a PPO write-off on a line the maximum,
-- or a frequency or age limit, drove to zero. New organisations get these defaults; existing settings are kept.
alter table insurance_settings
  alter column writeoff_on_max_reached set default true,
  alter column writeoff_on_frequency_limit set default true;
