-- Organisations and their API tokens (module: admin), plus the shared audit trail and idempotency keys.

create table org (
  id          uuid        primary key,
  name        text        not null,
  created_at  timestamptz not null default now()
);

create table api_token (
  org_id      uuid        not null references org (id),
  id          uuid        not null,
  name        text        not null,
  role        text        not null check (role in ('admin', 'staff', 'read_only')),
  token_hash  bytea       not null,
  created_at  timestamptz not null default now(),
  revoked_at  timestamptz,
  primary key (org_id, id)
);
-- Authentication looks a token up by its hash alone (the hash is what identifies the organisation). Not a unique
-- key: 256-bit random secrets do not collide, and every key of the schema leads with org_id.
create index api_token_by_hash on api_token (token_hash);

create table audit_log (
  org_id          uuid        not null references org (id),
  id              uuid        not null,
  token_id        uuid,
  entity_type     text        not null,
  entity_id       uuid        not null,
  action          text        not null,
  changed_fields  text[]      not null default '{}',
  created_at      timestamptz not null default now(),
  primary key (org_id, id)
);
create index audit_log_entity on audit_log (org_id, entity_type, entity_id, created_at desc);

create table idempotency_key (
  org_id        uuid        not null references org (id),
  key           text        not null,
  request_hash  bytea       not null,
  status        integer,
  content_type  text,
  body          bytea,
  created_at    timestamptz not null default now(),
  primary key (org_id, key)
);
create index idempotency_key_expiry on idempotency_key (created_at);
