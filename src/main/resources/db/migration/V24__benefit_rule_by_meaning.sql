-- One live benefit per rule, judged by what the rule means (module: benefit): a coinsurance, copayment, exclusion or
-- waiting period means the same whatever time period or coverage level it carries, so those two fields no longer
-- tell such rules apart. A database that already holds two such rows keeps the old indexes (and a warning says so)
-- rather than losing either row; the service refuses new duplicates either way.
do $$
declare
  repeated bigint;
begin
  select count(*) into repeated from (
    select 1 from benefit
     where deleted_at is null and benefit_type in ('coinsurance', 'copayment', 'exclusion', 'waiting_period')
     group by org_id, plan_id, patient_plan_id, benefit_type, coverage_category_id, code_group_id, procedure_code_id
    having count(*) > 1) d;
  if repeated > 0 then
    raise warning 'benefit: % rules repeat with only time_period or coverage_level differing; kept the old indexes',
      repeated;
    return;
  end if;
  drop index benefit_plan_rule;
  drop index benefit_patient_plan_rule;
  create unique index benefit_plan_rule on benefit (org_id, plan_id, benefit_type, coverage_category_id,
    code_group_id, procedure_code_id,
    (case when benefit_type not in ('coinsurance', 'copayment', 'exclusion', 'waiting_period') then coverage_level end),
    (case when benefit_type not in ('coinsurance', 'copayment', 'exclusion', 'waiting_period') then time_period end),
    (case when benefit_type = 'limitation' then quantity_qualifier end))
    nulls not distinct where deleted_at is null and plan_id is not null;
  create unique index benefit_patient_plan_rule on benefit (org_id, patient_plan_id, benefit_type,
    coverage_category_id, code_group_id, procedure_code_id,
    (case when benefit_type not in ('coinsurance', 'copayment', 'exclusion', 'waiting_period') then coverage_level end),
    (case when benefit_type not in ('coinsurance', 'copayment', 'exclusion', 'waiting_period') then time_period end),
    (case when benefit_type = 'limitation' then quantity_qualifier end))
    nulls not distinct where deleted_at is null and patient_plan_id is not null;
end $$;
