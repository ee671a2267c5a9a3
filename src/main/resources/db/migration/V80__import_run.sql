-- Background imports of carriers and plans (module: imports). The body waits in the run until its job has read it,
-- and is cleared when the run ends; the report or the problems stay.
create table import_run (
  org_id       uuid        not null references org (id),
  id           uuid        not null,
  kind         text        not null check (kind in ('carriers', 'plans')),
  body_format  text        not null check (body_format in ('json', 'csv')),
  body         bytea,
  token_id     uuid,
  status       text        not null default 'running' check (status in ('running', 'completed', 'failed')),
  done         integer     not null default 0 check (done >= 0),
  total        integer     not null check (total >= 0),
  report       jsonb,
  errors       jsonb,
  version      integer     not null default 1,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  finished_at  timestamptz,
  primary key (org_id, id),
  check ((status = 'running') = (finished_at is null))
);
