-- Insurance verifications (module: verification): the result of checking a patient's eligibility or a plan's
-- benefits with the carrier. Each belongs to exactly one owner, a patient plan or an insurance plan.
create table verification (
  org_id                 uuid        not null references org (id),
  id                     uuid        not null,
  patient_plan_id        uuid,
  insurance_plan_id      uuid,
  verification_type      text        not null check (verification_type in ('eligibility', 'benefits')),
  verification_source    text        not null check (verification_source in ('manual', 'phone', 'electronic', 'fax')),
  verification_status    text        not null check (verification_status in ('verified', 'failed', 'partial', 'unable_to_verify')),
  verified_at            timestamptz not null default now(),
  verified_by_user_uuid  uuid,
  assigned_to_user_uuid  uuid,
  call_duration_minutes  integer     check (call_duration_minutes >= 0),
  carrier_ref_number     text,
  carrier_rep_name       text,
  next_verification_due  date,
  notes                  text,
  raw_response_json      jsonb,
  version                integer     not null default 1,
  created_at             timestamptz not null default now(),
  updated_at             timestamptz not null default now(),
  deleted_at             timestamptz,
  primary key (org_id, id),
  foreign key (org_id, patient_plan_id) references patient_plan (org_id, id),
  foreign key (org_id, insurance_plan_id) references insurance_plan (org_id, id),
  check (num_nonnulls(patient_plan_id, insurance_plan_id) = 1)
);
-- The owner filters with the lists' order (newest first), and the type filter.
create index verification_patient_plan on verification (org_id, patient_plan_id, verified_at desc, id desc)
  where deleted_at is null and patient_plan_id is not null;
create index verification_insurance_plan on verification (org_id, insurance_plan_id, verified_at desc, id desc)
  where deleted_at is null and insurance_plan_id is not null;
create index verification_type on verification (org_id, verification_type, verified_at desc, id desc)
  where deleted_at is null;
