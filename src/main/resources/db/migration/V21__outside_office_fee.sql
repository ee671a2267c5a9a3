-- A service done at another office may carry its fee (kept for the record, never counted toward maximums); it still
-- carries no insurance payment, deductible or write-off.
do $$
declare
  name text;
begin
  select conname into name from pg_constraint
   where conrelid = 'claim_history'::regclass and contype = 'c'
     and pg_get_constraintdef(oid) like '%outside_office%' and pg_get_constraintdef(oid) like '%insurance_paid%';
  execute format('alter table claim_history drop constraint %I', name);
end $$;
alter table claim_history add constraint claim_history_outside_office_carries_no_benefits check (
  status <> 'outside_office' or (coalesce(insurance_paid, 0) = 0 and coalesce(deductible_applied, 0) = 0
                                 and coalesce(write_off, 0) = 0));
