-- Plan-level substitution (downgrade) links (module: plan). They replace a procedure code's own substitution rule
-- for one plan.
create table plan_substitution (
  org_id           uuid        not null references org (id),
  id               uuid        not null,
  plan_id          uuid        not null,
  code             text        not null,
  substitute_code  text        not null,
  condition        text        not null check (condition in ('always', 'posterior', 'molar', 'second_molar', 'never')),
  version          integer     not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  deleted_at       timestamptz,
  primary key (org_id, id),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id),
  check (code <> substitute_code)
);
create unique index plan_substitution_live_code on plan_substitution (org_id, plan_id, code) where deleted_at is null;
