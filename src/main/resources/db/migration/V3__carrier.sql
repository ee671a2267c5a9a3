-- Insurance carriers (module: carrier).
create extension if not exists pg_trgm;

create table carrier (
  org_id                              uuid        not null references org (id),
  id                                  uuid        not null,
  carrier_name                        text        not null,
  carrier_group_name                  text,
  electronic_id                       text,
  electronic_filing_type              text        check (electronic_filing_type in
                                        ('do_not_send_electronically', 'do_not_send_secondary_electronically', 'send_electronically')),
  era_automation_override             text        check (era_automation_override in ('auto_receive', 'do_not_process', 'manual_review')),
  cob_insurance_paid_behavior_override text,
  trust_level                         text        not null default 'standard' check (trust_level in ('standard', 'trusted', 'untrusted')),
  is_hidden                           boolean     not null default false,
  address_line1                       text,
  address_line2                       text,
  city                                text,
  state                               text,
  zip_code                            text,
  phone                               text,
  notes                               text,
  version                             integer     not null default 1,
  created_at                          timestamptz not null default now(),
  updated_at                          timestamptz not null default now(),
  deleted_at                          timestamptz,
  primary key (org_id, id)
);
create unique index carrier_live_name on carrier (org_id, lower(carrier_name)) where deleted_at is null;
create index carrier_sort_name on carrier (org_id, carrier_name, id) where deleted_at is null;
create index carrier_group on carrier (org_id, carrier_group_name) where deleted_at is null;
create index carrier_created on carrier (org_id, created_at, id) where deleted_at is null;
create index carrier_search on carrier using gin (
  (carrier_name || ' ' || coalesce(electronic_id, '') || ' ' || coalesce(carrier_group_name, '')) gin_trgm_ops);
