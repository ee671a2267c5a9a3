-- Estimate books (module: estimatebook): allowed fees learned from the claim payments an office received, for
-- out-of-network plans. A book holds evidence (one observed payment per procedure), ordered rule steps, the
-- allowed-fee entries a recompute writes, a log of every change to an entry, and its recompute runs.
-- UUIDv7 for rows a set-based statement writes (a recompute's entries and log rows): the 48-bit Unix time in
-- milliseconds, then random bits with the version set to 7. PostgreSQL 17 has no uuidv7() of its own.
create function uuid_v7() returns uuid language sql volatile as $$
  select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
           placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
           from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;

create table estimate_book (
  org_id                   uuid        not null references org (id),
  id                       uuid        not null,
  name                     text        not null,
  rule_type                text        not null check (rule_type in ('manual_fee_schedule', 'allowed_from_claims', 'ucr_fallback')),
  scope_type               text        not null check (scope_type in ('tenant', 'carrier', 'plan')),
  carrier_id               uuid,
  plan_id                  uuid,
  allowed_fee_schedule_id  uuid,
  claim_match_method       text,
  exclude_over_ucr         boolean     not null default false,
  status                   text        not null default 'active' check (status in ('active', 'archived')),
  version                  integer     not null default 1,
  created_at               timestamptz not null default now(),
  updated_at               timestamptz not null default now(),
  deleted_at               timestamptz,
  primary key (org_id, id),
  foreign key (org_id, carrier_id) references carrier (org_id, id),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id),
  foreign key (org_id, allowed_fee_schedule_id) references fee_schedule (org_id, id),
  -- A carrier book names its carrier; a plan book its plan (and the plan's carrier); a tenant book neither.
  check (case scope_type when 'tenant' then carrier_id is null and plan_id is null
                         when 'carrier' then carrier_id is not null and plan_id is null
                         else plan_id is not null end),
  check ((status = 'archived') = (deleted_at is not null))
);
create index estimate_book_list on estimate_book (org_id, status, scope_type, name, id);
create index estimate_book_search on estimate_book using gin (name gin_trgm_ops);

-- The assignment column existed before the books did; now it can point only at a book of the same organisation.
alter table fee_schedule_assignment
  add foreign key (org_id, estimate_book_id) references estimate_book (org_id, id);
create index fee_schedule_assignment_book on fee_schedule_assignment (org_id, estimate_book_id)
  where estimate_book_id is not null;

create table estimate_book_evidence (
  org_id                                uuid          not null references org (id),
  id                                    uuid          not null,
  estimate_book_id                      uuid          not null,
  procedure_code_id                     uuid          not null,
  procedure_service_date                date          not null,
  carrier_id                            uuid,
  plan_id                               uuid,
  group_number                          text,
  insurance_payment_amount              numeric(12,2) check (insurance_payment_amount >= 0),
  allowed_override                      numeric(12,2) check (allowed_override >= 0),
  claim_role                            text,
  clinical_procedure_id                 uuid,
  insurance_claim_identifier            bigint,
  insurance_claim_procedure_identifier  bigint,
  source_type                           text          not null check (source_type in ('adjudicated_claim', 'import', 'manual')),
  created_at                            timestamptz   not null default now(),
  updated_at                            timestamptz   not null default now(),
  primary key (org_id, id),
  foreign key (org_id, estimate_book_id) references estimate_book (org_id, id),
  foreign key (org_id, procedure_code_id) references procedure_code (org_id, id),
  foreign key (org_id, carrier_id) references carrier (org_id, id),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id)
);
-- The list (newest first) and the recompute's scan of one book, code by code.
create index estimate_book_evidence_book on estimate_book_evidence (org_id, estimate_book_id, procedure_code_id,
  procedure_service_date);
create index estimate_book_evidence_created on estimate_book_evidence (org_id, estimate_book_id, created_at desc, id desc);

create table estimate_book_rule_step (
  org_id            uuid        not null references org (id),
  id                uuid        not null,
  estimate_book_id  uuid        not null,
  priority_order    integer     not null,
  rule_type         text        not null check (rule_type in ('insurance_plan', 'group_number', 'insurance_carrier',
                                  'insurance_carrier_group', 'manual_fee_schedule', 'provider_fee')),
  limit_type        text        not null default 'none' check (limit_type in ('none', 'years', 'months', 'weeks', 'days')),
  limit_value       integer     not null default 0 check (limit_value >= 0),
  is_active         boolean     not null default true,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, estimate_book_id) references estimate_book (org_id, id),
  check ((limit_type = 'none') = (limit_value = 0))
);
-- Two steps at one priority would make the walk's order arbitrary.
create unique index estimate_book_rule_step_order on estimate_book_rule_step (org_id, estimate_book_id, priority_order);

create table estimate_book_run (
  org_id            uuid        not null references org (id),
  id                uuid        not null,
  estimate_book_id  uuid        not null,
  status            text        not null default 'running' check (status in ('running', 'completed', 'failed')),
  started_at        timestamptz not null default now(),
  finished_at       timestamptz,
  error             text,
  summary_json      jsonb,
  version           integer     not null default 1,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  deleted_at        timestamptz,
  primary key (org_id, id),
  foreign key (org_id, estimate_book_id) references estimate_book (org_id, id),
  check ((status = 'running') = (finished_at is null))
);
-- One running recompute per book, whichever instance started it: a second start fails on this index (409).
create unique index estimate_book_run_one_running on estimate_book_run (org_id, estimate_book_id)
  where status = 'running';
create index estimate_book_run_book on estimate_book_run (org_id, estimate_book_id, started_at desc, id desc);

-- One allowed fee per code and target. A recompute writes one per (code, plan) for the plans in the book's scope
-- (resolution_scope_type insurance_plan); manual entries may also target a group number or a carrier.
create table estimate_book_allowed_fee (
  org_id                       uuid          not null references org (id),
  id                           uuid          not null,
  estimate_book_id             uuid          not null,
  procedure_code_id            uuid          not null,
  resolution_scope_type        text          not null check (resolution_scope_type in ('insurance_plan', 'group_number', 'insurance_carrier')),
  plan_id                      uuid,
  carrier_id                   uuid,
  group_number                 text,
  resolution_scope_identifier  bigint,
  allowed_fee                  numeric(12,2) not null check (allowed_fee >= 0),
  sample_count                 integer       not null default 0 check (sample_count >= 0),
  confidence                   text,
  computed_at                  timestamptz   not null,
  expires_at                   timestamptz,
  estimate_book_rule_step_id   uuid,
  estimate_book_run_id         uuid,
  created_at                   timestamptz   not null default now(),
  updated_at                   timestamptz   not null default now(),
  primary key (org_id, id),
  foreign key (org_id, estimate_book_id) references estimate_book (org_id, id),
  foreign key (org_id, procedure_code_id) references procedure_code (org_id, id),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id),
  foreign key (org_id, carrier_id) references carrier (org_id, id),
  -- A deleted step leaves the entries it produced in place, no longer naming it.
  foreign key (org_id, estimate_book_rule_step_id) references estimate_book_rule_step (org_id, id)
    on delete set null (estimate_book_rule_step_id),
  foreign key (org_id, estimate_book_run_id) references estimate_book_run (org_id, id),
  check (case resolution_scope_type when 'insurance_plan' then plan_id is not null
                                    when 'group_number' then group_number is not null
                                    else carrier_id is not null end)
);
create unique index estimate_book_allowed_fee_target on estimate_book_allowed_fee (org_id, estimate_book_id,
  procedure_code_id, resolution_scope_type, plan_id, carrier_id, group_number) nulls not distinct;
create index estimate_book_allowed_fee_list on estimate_book_allowed_fee (org_id, estimate_book_id, id);

create table estimate_book_adjustment_log (
  org_id                                uuid          not null references org (id),
  id                                    uuid          not null,
  estimate_book_id                      uuid          not null,
  procedure_code_id                     uuid          not null,
  plan_id                               uuid,
  estimate_book_run_id                  uuid,
  change_reason                         text          not null check (change_reason in ('rule_match', 'manual_override', 'recompute')),
  description                           text          not null,
  previous_allowed_fee                  numeric(12,2),
  new_allowed_fee                       numeric(12,2) not null,
  delta_allowed_fee                     numeric(12,2),
  insurance_claim_procedure_identifier  bigint,
  insurance_procedure_estimate_id       bigint,
  created_at                            timestamptz   not null default now(),
  primary key (org_id, id),
  foreign key (org_id, estimate_book_id) references estimate_book (org_id, id),
  foreign key (org_id, procedure_code_id) references procedure_code (org_id, id),
  foreign key (org_id, plan_id) references insurance_plan (org_id, id),
  foreign key (org_id, estimate_book_run_id) references estimate_book_run (org_id, id)
);
create index estimate_book_adjustment_log_book on estimate_book_adjustment_log (org_id, estimate_book_id,
  created_at desc, id desc);

-- db-scheduler's own table (the job library that runs recomputes in the background). Its layout is the library's:
-- the job's data carries the organisation and run, and each instance claims a due job by row locking, so several
-- service instances may share the database.
create table scheduled_tasks (
  task_name             text                     not null,
  task_instance         text                     not null,
  task_data             bytea,
  execution_time        timestamp with time zone not null,
  picked                boolean                  not null,
  picked_by             text,
  last_success          timestamp with time zone,
  last_failure          timestamp with time zone,
  consecutive_failures  int,
  last_heartbeat        timestamp with time zone,
  version               bigint                   not null,
  priority              smallint,
  primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
