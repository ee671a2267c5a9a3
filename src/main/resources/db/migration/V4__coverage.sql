-- Coverage categories and the procedure code spans that place codes in them (module: coverage).

create table coverage_category (
  org_id         uuid        not null references org (id),
  id             uuid        not null,
  category_name  text        not null,
  description    text,
  is_hidden      boolean     not null default false,
  -- Seeded categories the estimator relies on (General); they cannot be archived.
  is_system      boolean     not null default false,
  item_order     integer     not null default 0,
  version        integer     not null default 1,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  deleted_at     timestamptz,
  primary key (org_id, id)
);
create index coverage_category_order on coverage_category (org_id, item_order, id) where deleted_at is null;
create index coverage_category_search on coverage_category using gin (category_name gin_trgm_ops);

-- Codes are compared as plain strings (D0120 < D0999 < D1000), so the columns use the "C" collation: byte order,
-- whatever the database's locale, and the same order as Java's String.compareTo.
create table coverage_span (
  org_id        uuid        not null references org (id),
  id            uuid        not null,
  category_id   uuid        not null,
  from_code     text        collate "C" not null check (from_code ~ '^[A-Z0-9]{1,10}$'),
  to_code       text        collate "C" not null check (to_code ~ '^[A-Z0-9]{1,10}$'),
  is_exclusion  boolean     not null default false,
  item_order    integer     not null default 0,
  version       integer     not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, category_id) references coverage_category (org_id, id),
  check (from_code <= to_code)
);
create index coverage_span_category on coverage_span (org_id, category_id, item_order, from_code, id);
create index coverage_span_range on coverage_span (org_id, from_code, to_code);
