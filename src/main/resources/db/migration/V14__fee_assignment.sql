-- Which fee schedule fills which slot (module: feeassignment). A slot is (location, assignment_kind, carrier?, plan?);
-- in one slot the live assignments' date ranges may not overlap.
create extension if not exists btree_gist;

create table fee_schedule_assignment (
  org_id            uuid        not null references org (id),
  id                uuid        not null,
  fee_schedule_id   uuid        not null,
  location_id       uuid        not null,
  assignment_kind   text        not null check (assignment_kind in
                      ('ucr', 'primary', 'copay', 'out_of_network', 'allowed', 'manual_blue_book')),
  carrier_id        uuid,
  plan_id           uuid,
  estimate_book_id  uuid,
  effective_start   date        not null,
  effective_end     date,
  notes             text,
  version           integer     not null default 1,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  deleted_at        timestamptz,
  primary key (org_id, id),
  foreign key (org_id, fee_schedule_id) references fee_schedule (org_id, id),
  foreign key (org_id, location_id) references location (org_id, id),
  foreign key (org_id, carrier_id) references carrier (org_id, id),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id),
  check (effective_end is null or effective_end >= effective_start),
  -- The database's own guard against overlapping ranges in one slot; the service answers 409 before reaching it.
  exclude using gist (
    org_id with =, location_id with =, assignment_kind with =,
    (coalesce(carrier_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
    (coalesce(plan_id, '00000000-0000-0000-0000-000000000000'::uuid)) with =,
    daterange(effective_start, effective_end, '[]') with &&
  ) where (deleted_at is null)
);
create index fee_schedule_assignment_schedule on fee_schedule_assignment (org_id, fee_schedule_id) where deleted_at is null;
create index fee_schedule_assignment_location on fee_schedule_assignment (org_id, location_id, assignment_kind, effective_start)
  where deleted_at is null;
create index fee_schedule_assignment_plan on fee_schedule_assignment (org_id, plan_id) where deleted_at is null;
create index fee_schedule_assignment_carrier on fee_schedule_assignment (org_id, carrier_id) where deleted_at is null;
create index fee_schedule_assignment_start on fee_schedule_assignment (org_id, effective_start) where deleted_at is null;
