-- Claim history (module: history): procedures insurance has paid, is paying or that were done elsewhere, and
-- adjustments of benefits used, per patient plan. The benefit usage in a patient plan's benefits_summary sums it.

-- A history row names its patient plan and that plan's subscription, so family sums (every patient on the
-- subscription) read one index; this key lets the foreign key hold both together.
alter table patient_plan add constraint patient_plan_subscription_key unique (org_id, id, subscription_id);

create table claim_history (
  org_id              uuid          not null references org (id),
  id                  uuid          not null,
  patient_plan_id     uuid          not null,
  subscription_id     uuid          not null,
  -- Code text as the organisation's live procedure code was when written; null only for adjustments.
  procedure_code      text          collate "C" check (procedure_code ~ '^[A-Z0-9]{1,10}$'),
  date_of_service     date          not null,
  tooth               text,
  surfaces            text,
  units               integer       not null default 1 check (units between 1 and 999),
  fee                 numeric(12,2) check (fee >= 0),
  insurance_paid      numeric(12,2) check (insurance_paid >= 0),
  deductible_applied  numeric(12,2) check (deductible_applied >= 0),
  write_off           numeric(12,2) check (write_off >= 0),
  status              text          not null check (status in ('received', 'pending', 'outside_office', 'adjustment')),
  notes               text,
  version             integer       not null default 1,
  created_at          timestamptz   not null default now(),
  updated_at          timestamptz   not null default now(),
  deleted_at          timestamptz,
  primary key (org_id, id),
  foreign key (org_id, patient_plan_id, subscription_id) references patient_plan (org_id, id, subscription_id),
  foreign key (org_id, subscription_id) references subscription (org_id, id),
  check ((status = 'adjustment') = (procedure_code is null)),
  check (status <> 'outside_office' or (coalesce(fee, 0) = 0 and coalesce(insurance_paid, 0) = 0
                                        and coalesce(deductible_applied, 0) = 0 and coalesce(write_off, 0) = 0))
);
-- A patient plan's list by date; its usage in the benefit year.
create index claim_history_patient_plan on claim_history (org_id, patient_plan_id, date_of_service, id)
  where deleted_at is null;
-- Family sums: every patient plan on the subscription, by date.
create index claim_history_subscription on claim_history (org_id, subscription_id, date_of_service)
  where deleted_at is null;
-- The status filter of the list.
create index claim_history_status on claim_history (org_id, patient_plan_id, status, date_of_service)
  where deleted_at is null;
