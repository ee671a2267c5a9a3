-- Insurance subscriptions (module: subscription): a subscriber (a patient) holding a plan under a carrier-issued
-- subscriber id. Dependants reach the plan through patient plans that point at the subscription.
create table subscription (
  org_id                uuid        not null references org (id),
  id                    uuid        not null,
  insurance_plan_id     uuid        not null,
  subscriber_id         uuid        not null,
  subscriber_id_number  text        not null check (subscriber_id_number <> ''),
  status                text        not null default 'active'
                          check (status in ('active', 'inactive', 'terminated', 'pending_verification')),
  date_effective        date,
  date_term             date,
  benefit_notes         text,
  subscriber_note       text,
  last_verified_at      timestamptz,
  last_verified_source  text,
  version               integer     not null default 1,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  deleted_at            timestamptz,
  primary key (org_id, id),
  foreign key (org_id, insurance_plan_id) references insurance_plan (org_id, id),
  foreign key (org_id, subscriber_id) references patient (org_id, id),
  check (date_term is null or date_effective is null or date_term >= date_effective)
);
-- The list's filters (plan, subscriber, status, search) and its order (created_at, id); the plan index also serves
-- the subscriber counts of plan and carrier stats.
create index subscription_plan on subscription (org_id, insurance_plan_id, status) where deleted_at is null;
create index subscription_subscriber on subscription (org_id, subscriber_id, insurance_plan_id) where deleted_at is null;
create index subscription_status on subscription (org_id, status, created_at, id) where deleted_at is null;
create index subscription_created on subscription (org_id, created_at, id) where deleted_at is null;
create index subscription_search on subscription using gin (subscriber_id_number gin_trgm_ops) where deleted_at is null;
