-- Patients, locations, providers and procedure codes (module: practice): the practice data the insurance module
-- points at. Names are searched with ILIKE, so each searchable expression has a trigram index.
create extension if not exists pg_trgm;

create table patient (
  org_id         uuid        not null references org (id),
  id             uuid        not null,
  first_name     text        not null,
  last_name      text        not null,
  middle_name    text,
  birthdate      date,
  gender         text        check (gender in ('female', 'male', 'other', 'unknown')),
  address_line1  text,
  address_line2  text,
  city           text,
  state          text,
  zip_code       text,
  phone          text,
  email          text,
  version        integer     not null default 1,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  deleted_at     timestamptz,
  primary key (org_id, id)
);
create index patient_sort_last_name on patient (org_id, (lower(last_name) || ' ' || lower(first_name)), id)
  where deleted_at is null;
create index patient_sort_first_name on patient (org_id, (lower(first_name) || ' ' || lower(last_name)), id)
  where deleted_at is null;
create index patient_sort_birthdate on patient (org_id, birthdate, id) where deleted_at is null;
create index patient_created on patient (org_id, created_at, id) where deleted_at is null;
create index patient_search on patient using gin (
  (last_name || ', ' || first_name || ' ' || first_name || ' ' || last_name) gin_trgm_ops) where deleted_at is null;

create table location (
  org_id         uuid        not null references org (id),
  id             uuid        not null,
  name           text        not null,
  address_line1  text,
  address_line2  text,
  city           text,
  state          text,
  zip_code       text,
  phone          text,
  npi            text        check (npi ~ '^[0-9]{10}$'),
  tax_id         text,
  version        integer     not null default 1,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  deleted_at     timestamptz,
  primary key (org_id, id)
);
create unique index location_live_name on location (org_id, lower(name)) where deleted_at is null;
create index location_created on location (org_id, created_at, id) where deleted_at is null;
create index location_search on location using gin (name gin_trgm_ops) where deleted_at is null;

create table provider (
  org_id         uuid        not null references org (id),
  id             uuid        not null,
  first_name     text        not null,
  last_name      text        not null,
  npi            text        check (npi ~ '^[0-9]{10}$'),
  specialty      text,
  version        integer     not null default 1,
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now(),
  deleted_at     timestamptz,
  primary key (org_id, id)
);
create index provider_sort_last_name on provider (org_id, (lower(last_name) || ' ' || lower(first_name)), id)
  where deleted_at is null;
create index provider_sort_first_name on provider (org_id, (lower(first_name) || ' ' || lower(last_name)), id)
  where deleted_at is null;
create index provider_created on provider (org_id, created_at, id) where deleted_at is null;
create index provider_search on provider using gin (
  (last_name || ', ' || first_name || ' ' || first_name || ' ' || last_name || ' ' || coalesce(npi, '')) gin_trgm_ops)
  where deleted_at is null;

create table procedure_code (
  org_id                  uuid        not null references org (id),
  id                      uuid        not null,
  code                    text        not null check (code ~ '^[A-Z0-9]{1,10}$'),
  description             text        not null,
  category                text,
  treat_area              text        not null default 'none' check (treat_area in
                            ('none', 'surf', 'tooth', 'mouth', 'quad', 'sextant', 'arch', 'tooth_range')),
  substitution_code       text        check (substitution_code ~ '^[A-Z0-9]{1,10}$'),
  substitution_condition  text        not null default 'never' check (substitution_condition in
                            ('always', 'posterior', 'molar', 'second_molar', 'never')),
  is_hidden               boolean     not null default false,
  version                 integer     not null default 1,
  created_at              timestamptz not null default now(),
  updated_at              timestamptz not null default now(),
  deleted_at              timestamptz,
  primary key (org_id, id)
);
-- Also the index behind the import's "on conflict (org_id, code) where deleted_at is null" and the sort by code.
create unique index procedure_code_live_code on procedure_code (org_id, code) where deleted_at is null;
create index procedure_code_category on procedure_code (org_id, category, code) where deleted_at is null;
create index procedure_code_search on procedure_code using gin ((code || ' ' || description) gin_trgm_ops)
  where deleted_at is null;
