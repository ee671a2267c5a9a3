-- Webhooks (module: changes): endpoints a practice system registers, and one delivery per change and endpoint.
-- Deliveries are fanned out from the change feed by a background pass: after_position is how far the feed has been
-- read for the endpoint, so a change is turned into a delivery once, in feed order.
create table webhook_endpoint (
  org_id               uuid        not null references org (id),
  id                   uuid        not null,
  url                  text        not null,
  description          text,
  event_types          text[],
  secret               text        not null,
  status               text        not null default 'active' check (status in ('active', 'disabled')),
  disabled_reason      text,
  consecutive_failures integer     not null default 0,
  after_position       bigint      not null default 0,
  version              integer     not null default 1,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  deleted_at           timestamptz,
  primary key (org_id, id)
);

create index webhook_endpoint_active on webhook_endpoint (org_id) where status = 'active' and deleted_at is null;
create index webhook_endpoint_live on webhook_endpoint (org_id, created_at, id) where deleted_at is null;

-- seq orders deliveries as the changes were positioned in the feed: the delivery of an entity waits for the
-- entity's earlier ones, so a receiver sees each entity's changes in order.
create table webhook_delivery (
  org_id           uuid        not null,
  id               uuid        not null,
  seq              bigint      generated always as identity,
  endpoint_id      uuid        not null,
  change_id        uuid,
  event_type       text        not null,
  entity_type      text,
  entity_id        uuid,
  payload          text        not null,
  status           text        not null default 'pending' check (status in ('pending', 'retrying', 'succeeded', 'failed')),
  attempts         integer     not null default 0,
  next_attempt_at  timestamptz not null default now(),
  claimed_until    timestamptz,
  last_status_code integer,
  last_error       text,
  last_attempt_at  timestamptz,
  delivered_at     timestamptz,
  created_at       timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, endpoint_id) references webhook_endpoint (org_id, id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status in ('pending', 'retrying');
create index webhook_delivery_entity on webhook_delivery (org_id, endpoint_id, entity_id, seq)
  where status in ('pending', 'retrying');
create index webhook_delivery_log on webhook_delivery (org_id, endpoint_id, seq desc);
create index webhook_delivery_since on webhook_delivery (org_id, endpoint_id, created_at);
