-- X12 (module: x12): a day's batch of interchanges imported in the background, one item per document it holds
-- (an 835 interchange, or one 271 transaction set), and the other payers (EB*R) a 271 reported.

create table x12_batch (
  org_id          uuid        not null references org (id),
  id              uuid        not null,
  status          text        not null default 'queued' check (status in ('queued', 'running', 'completed', 'failed')),
  -- The body exactly as received.
  raw             text        not null,
  network         text        not null check (network in ('in', 'out')),
  -- The token that sent it: the background imports act (and are audited) as that token.
  actor_token_id  uuid,
  error           text,
  -- Progress: items (an 835 interchange, a 271 transaction set) in the body, finished, and failed among them.
  items_total     integer     not null,
  items_done      integer     not null default 0,
  items_failed    integer     not null default 0,
  created_at      timestamptz not null default now(),
  started_at      timestamptz,
  finished_at     timestamptz,
  updated_at      timestamptz not null default now(),
  primary key (org_id, id)
);
create index x12_batch_list on x12_batch (org_id, created_at desc, id desc);
-- The orphan check at start-up reads the unfinished batches of every organisation.
create index x12_batch_unfinished on x12_batch (status) where status in ('queued', 'running');

create table x12_batch_item (
  org_id                    uuid        not null references org (id),
  batch_id                  uuid        not null,
  ordinal                   integer     not null,
  transaction_set           text        not null check (transaction_set in ('271', '835')),
  -- Positions in the whole body (1 = the first ISA): the item's ISA and, for a 271, its ST.
  interchange_position      integer     not null,
  transaction_set_position  integer,
  -- For a 271: which of the interchange's transaction sets (1, 2, …) this item reads.
  transaction_set_index     integer,
  control_number            text        not null,
  raw                       text        not null,
  status                    text        not null default 'queued'
                            check (status in ('queued', 'imported', 'already_imported', 'failed')),
  interchange_id            uuid,
  result                    jsonb,
  errors                    jsonb       not null default '[]',
  finished_at               timestamptz,
  primary key (org_id, batch_id, ordinal),
  foreign key (org_id, batch_id) references x12_batch (org_id, id),
  foreign key (org_id, interchange_id) references x12_interchange (org_id, id)
);

alter table x12_change_set add column other_payers jsonb not null default '[]';
