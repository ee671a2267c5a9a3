-- Patient plans (module: patientplan): a patient covered by a subscription, in a priority order (1 = primary).
-- A plan is "in force" while it is live (not archived) and not inactive; only plans in force hold an ordinal and
-- count towards the three a patient may have.
create table patient_plan (
  org_id                        uuid        not null references org (id),
  id                            uuid        not null,
  patient_id                    uuid        not null,
  subscription_id               uuid        not null,
  ordinal                       integer     not null check (ordinal between 1 and 3),
  relationship_to_subscriber    text        not null check (relationship_to_subscriber in ('self', 'spouse', 'child', 'other')),
  coverage_type                 text        not null default 'dental' check (coverage_type in ('dental', 'medical', 'vision')),
  status                        text        not null default 'active' check (status in ('active', 'inactive', 'pending_verification')),
  is_pending                    boolean     not null default false,
  cob_order_override            integer     check (cob_order_override between 1 and 3),
  pat_id_override               text,
  -- The fee schedule module adds the foreign key when its table exists.
  fee_schedule_id               uuid,
  eligibility_last_verified_at  timestamptz,
  benefits_last_verified_at     timestamptz,
  version                       integer     not null default 1,
  created_at                    timestamptz not null default now(),
  updated_at                    timestamptz not null default now(),
  deleted_at                    timestamptz,
  primary key (org_id, id),
  foreign key (org_id, patient_id) references patient (org_id, id),
  foreign key (org_id, subscription_id) references subscription (org_id, id),
  -- One plan in force per ordinal and patient. An exclusion constraint is a unique rule that can be deferred: it
  -- is checked at the end of each statement, so a reorder that swaps primary and secondary in one update passes.
  constraint patient_plan_ordinal_in_force exclude using btree (org_id with =, patient_id with =, ordinal with =)
    where (deleted_at is null and status <> 'inactive') deferrable initially immediate
);
-- A patient is covered once by a subscription.
create unique index patient_plan_subscription_in_force on patient_plan (org_id, patient_id, subscription_id)
  where deleted_at is null and status <> 'inactive';
-- A patient's list; the subscription's dependants (terminate, plan stats).
create index patient_plan_patient on patient_plan (org_id, patient_id, ordinal);
create index patient_plan_subscription on patient_plan (org_id, subscription_id) where deleted_at is null;

-- Patient overrides of benefits (module: benefit) point at patient plans; their key arrives with this table (the
-- benefit module's own indexes on patient_plan_id serve it).
alter table benefit add foreign key (org_id, patient_plan_id) references patient_plan (org_id, id);
