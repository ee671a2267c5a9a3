-- X12 (module: x12): interchanges read or written, the benefit change sets a 271 proposes, the map from 835 service
-- lines to the history rows they became, the review list of what could not be matched, and the control numbers
-- each organisation's 270s carry.

create table x12_interchange (
  org_id           uuid        not null references org (id),
  id               uuid        not null,
  transaction_set  text        not null check (transaction_set in ('270', '271', '835')),
  raw              text        not null,
  summary          jsonb       not null default '{}',
  created_at       timestamptz not null default now(),
  primary key (org_id, id)
);
create index x12_interchange_list on x12_interchange (org_id, created_at desc, id desc);

create table x12_change_set (
  org_id             uuid        not null references org (id),
  id                 uuid        not null,
  interchange_id     uuid        not null,
  patient_plan_id    uuid        not null,
  insurance_plan_id  uuid        not null,
  verification_id    uuid,
  -- The plan's benefit_set_version when the 271 was read; applying after the set moved on is a 409.
  base_version       integer     not null,
  status             text        not null default 'open' check (status in ('open', 'applied')),
  applied_at         timestamptz,
  created_at         timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, interchange_id) references x12_interchange (org_id, id),
  foreign key (org_id, patient_plan_id) references patient_plan (org_id, id),
  foreign key (org_id, insurance_plan_id) references insurance_plan (org_id, id),
  foreign key (org_id, verification_id) references verification (org_id, id)
);
create index x12_change_set_patient_plan on x12_change_set (org_id, patient_plan_id, created_at desc);

create table x12_change_item (
  org_id              uuid        not null references org (id),
  id                  uuid        not null,
  change_set_id       uuid        not null,
  ordinal             integer     not null,
  kind                text        not null
                      check (kind in ('add', 'change', 'unchanged', 'not_understood', 'fact', 'skipped')),
  segment_position    integer     not null,
  segment_text        text        not null,
  reason              text,
  notes               jsonb       not null default '[]',
  -- The benefit as a create body (benefit module's request shape), for add and change.
  proposed            jsonb,
  current_benefit_id  uuid,
  current             jsonb,
  applied_at          timestamptz,
  primary key (org_id, id),
  foreign key (org_id, change_set_id) references x12_change_set (org_id, id)
);
create index x12_change_item_set on x12_change_item (org_id, change_set_id, ordinal);

-- 835: each remittance (transaction set) by the payer's trace (TRN02, with TRN03 the payer's id), so the same
-- remittance imported twice is recognised and changes nothing.
create table x12_remittance (
  org_id          uuid          not null references org (id),
  id              uuid          not null,
  interchange_id  uuid          not null,
  trace_number    text          not null,
  paid_total      numeric(12,2),
  created_at      timestamptz   not null default now(),
  primary key (org_id, id),
  foreign key (org_id, interchange_id) references x12_interchange (org_id, id)
);
create unique index x12_remittance_trace on x12_remittance (org_id, trace_number);

-- 835: each service line that became a history row, so a reversal finds what it reverses.
create table x12_remittance_line (
  org_id              uuid          not null references org (id),
  id                  uuid          not null,
  interchange_id      uuid          not null,
  claim_ref           text          not null,
  payer_claim_ref     text,
  claim_status        text          not null,
  patient_plan_id     uuid          not null,
  procedure_code      text          not null,
  date_of_service     date          not null,
  history_id          uuid          not null,
  billed              numeric(12,2),
  paid                numeric(12,2) not null,
  deductible          numeric(12,2),
  write_off           numeric(12,2),
  patient_responsibility numeric(12,2),
  reversed_at         timestamptz,
  created_at          timestamptz   not null default now(),
  primary key (org_id, id),
  foreign key (org_id, interchange_id) references x12_interchange (org_id, id),
  foreign key (org_id, patient_plan_id) references patient_plan (org_id, id)
);
create index x12_remittance_line_claim on x12_remittance_line (org_id, claim_ref, patient_plan_id)
  where reversed_at is null;
create index x12_remittance_line_interchange on x12_remittance_line (org_id, interchange_id);

-- What an 835 held that could not be matched, with the reason: never dropped.
create table x12_review_item (
  org_id           uuid          not null references org (id),
  id               uuid          not null,
  interchange_id   uuid          not null,
  claim_ref        text,
  procedure_code   text,
  date_of_service  date,
  amount           numeric(12,2),
  reason           text          not null,
  segment_text     text          not null,
  created_at       timestamptz   not null default now(),
  primary key (org_id, id),
  foreign key (org_id, interchange_id) references x12_interchange (org_id, id)
);
create index x12_review_item_list on x12_review_item (org_id, created_at desc, id desc);

-- ISA13/GS06/ST02 of the 270s an organisation sends: one counter per organisation, so they never repeat.
create table x12_control_number (
  org_id      uuid   not null references org (id),
  last_value  bigint not null,
  primary key (org_id)
);

-- The member match of X12 imports (member id in any case, within the organisation).
create index subscription_member_id on subscription (org_id, upper(subscriber_id_number)) where deleted_at is null;
