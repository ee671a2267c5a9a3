-- The version of a plan's benefit set (module: benefit): moved on by every write to the plan's benefits, so a bulk
-- set that names the version it read cannot overwrite edits made since. No row: the set was never written (1).
create table plan_benefit_set (
  org_id   uuid    not null references org (id),
  plan_id  uuid    not null,
  version  integer not null,
  primary key (org_id, plan_id),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id)
);
