-- Fee schedules, their fees and notes (module: feeschedule).
create table fee_schedule (
  org_id          uuid        not null references org (id),
  id              uuid        not null,
  name            text        not null,
  fee_sched_type  text        not null check (fee_sched_type in
                    ('normal', 'copay', 'out_of_network', 'fixed_benefit', 'allowed', 'manual_blue_book')),
  purpose         text        not null check (purpose in ('office', 'insurance', 'allowed')),
  status          text        not null default 'active' check (status in ('active', 'archived')),
  notes           text,
  version         integer     not null default 1,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  deleted_at      timestamptz,
  primary key (org_id, id)
);
create unique index fee_schedule_live_name on fee_schedule (org_id, lower(name)) where deleted_at is null;
create index fee_schedule_type on fee_schedule (org_id, fee_sched_type, purpose) where deleted_at is null;
create index fee_schedule_search on fee_schedule using gin (name gin_trgm_ops);

-- One amount for a code, optionally for one clinic (location) and/or provider, from a date. A schedule holds
-- thousands of these; reads go through (schedule, code) and the resolution order clinic+provider, clinic,
-- provider, plain, latest date_effective not after the date.
create table fee (
  org_id             uuid          not null references org (id),
  id                 uuid          not null,
  fee_schedule_id    uuid          not null,
  procedure_code_id  uuid          not null,
  clinic_id          uuid,
  provider_id        uuid,
  date_effective     date          not null default date '1900-01-01',
  amount             numeric(12,2) not null check (amount >= 0),
  patient_amount     numeric(12,2) check (patient_amount >= 0),
  version            integer       not null default 1,
  created_at         timestamptz   not null default now(),
  updated_at         timestamptz   not null default now(),
  primary key (org_id, id),
  foreign key (org_id, fee_schedule_id) references fee_schedule (org_id, id),
  foreign key (org_id, procedure_code_id) references procedure_code (org_id, id),
  foreign key (org_id, clinic_id) references location (org_id, id),
  foreign key (org_id, provider_id) references provider (org_id, id)
);
create unique index fee_slot on fee (org_id, fee_schedule_id, procedure_code_id, clinic_id, provider_id, date_effective)
  nulls not distinct;
create index fee_amount on fee (org_id, fee_schedule_id, amount);

create table fee_schedule_note (
  org_id           uuid        not null references org (id),
  id               uuid        not null,
  fee_schedule_id  uuid        not null,
  body             text        not null,
  created_by       uuid,
  created_at       timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, fee_schedule_id) references fee_schedule (org_id, id)
);
create index fee_schedule_note_schedule on fee_schedule_note (org_id, fee_schedule_id, created_at desc);

-- A patient plan may carry its own fee schedule override (column added with patient plans).
alter table patient_plan add foreign key (org_id, fee_schedule_id) references fee_schedule (org_id, id);
