-- Code groups: named sets of procedure codes that frequency and age limitations target (module: coverage).

create table code_group (
  org_id               uuid        not null references org (id),
  id                   uuid        not null,
  name                 text        not null,
  item_order           integer     not null default 0,
  show_in_frequencies  boolean     not null default true,
  show_in_age_limits   boolean     not null default false,
  version              integer     not null default 1,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  deleted_at           timestamptz,
  primary key (org_id, id)
);
create unique index code_group_live_name on code_group (org_id, lower(name)) where deleted_at is null;
create index code_group_order on code_group (org_id, item_order, id) where deleted_at is null;
create index code_group_search on code_group using gin (name gin_trgm_ops) where deleted_at is null;

-- The codes of a group, by code text rather than procedure_code id: a group names codes the way offices do, and a
-- code archived and re-created keeps its place in the group. Codes are checked against live procedure codes when a
-- group is written.
create table code_group_code (
  org_id         uuid  not null references org (id),
  code_group_id  uuid  not null,
  code           text  collate "C" not null check (code ~ '^[A-Z0-9]{1,10}$'),
  primary key (org_id, code_group_id, code),
  foreign key (org_id, code_group_id) references code_group (org_id, id)
);
-- Which groups hold a code (the estimator asks this of every procedure).
create index code_group_code_by_code on code_group_code (org_id, code);
