-- Insurance drafts (module: draft): insurance details imported from outside (intake forms, another practice system,
-- eligibility vendors), kept with the raw row, matched to carrier, plan and subscriber, reviewed, then converted
-- into a subscription and a patient plan.

-- The one definition of a carrier name for matching: lower case, apostrophes and dots dropped ("U.S." = "US"),
-- other punctuation as blanks, trailing corporate words removed, blanks collapsed. "Delta Dental, Inc." and
-- "DELTA DENTAL" both give "delta dental". Immutable, so carrier rows can be indexed by it.
create function carrier_match_name(name text) returns text
  language sql immutable strict parallel safe
as $$
  select nullif(regexp_replace(
           btrim(regexp_replace(regexp_replace(lower(name), '[''’.]', '', 'g'), '[^a-z0-9]+', ' ', 'g')),
           '( (inc|incorporated|co|corp|corporation|company|llc|ltd|plc))+$', ''), '')
$$;

create table insurance_draft (
  org_id                     uuid        not null references org (id),
  id                         uuid        not null,
  patient_id                 uuid        not null,
  source_system              text,
  source_ref                 text,
  raw_data_json              jsonb       not null,
  review_status              text        not null check (review_status in ('pending', 'matched', 'converted', 'rejected', 'error')),
  -- What the row said, once read (all null for a row in error): the matching inputs and the conversion's fields.
  row_format                 text        check (row_format in ('payor', 'flat')),
  carrier_name               text,
  electronic_id              text,
  group_number               text,
  group_name                 text,
  plan_type_code             text,
  subscriber_first_name      text,
  subscriber_last_name       text,
  subscriber_birthdate       date,
  subscriber_id_number       text,
  relationship_to_subscriber text        check (relationship_to_subscriber in ('self', 'spouse', 'child', 'other')),
  ordinal                    integer     check (ordinal between 1 and 3),
  date_effective             date,
  date_term                  date,
  error_reason               text,
  -- The match, automatic or chosen by a reviewer; create_plan: convert creates the plan under the matched carrier.
  matched_carrier_id         uuid,
  matched_plan_id            uuid,
  subscriber_patient_id      uuid,
  create_plan                boolean     not null default false,
  new_plan_type              text        check (new_plan_type in
                               ('category_percentage', 'ppo_percentage', 'ppo_fixed_benefit', 'medicaid_flat_copay', 'capitation')),
  converted_subscription_id  uuid,
  converted_patient_plan_id  uuid,
  conversion_error           text,
  reject_reason              text,
  reviewed_at                timestamptz,
  reviewed_by_user_uuid      uuid,
  version                    integer     not null default 1,
  created_at                 timestamptz not null default now(),
  updated_at                 timestamptz not null default now(),
  primary key (org_id, id),
  foreign key (org_id, patient_id) references patient (org_id, id),
  foreign key (org_id, matched_carrier_id) references carrier (org_id, id),
  foreign key (org_id, matched_plan_id) references insurance_plan (org_id, id),
  foreign key (org_id, subscriber_patient_id) references patient (org_id, id),
  foreign key (org_id, converted_subscription_id) references subscription (org_id, id),
  foreign key (org_id, converted_patient_plan_id) references patient_plan (org_id, id),
  check (matched_plan_id is null or not create_plan),
  check ((review_status = 'converted') = (converted_patient_plan_id is not null)),
  check ((review_status = 'error') = (error_reason is not null))
);
-- The list: newest first, filtered by patient and/or review status.
create index insurance_draft_created on insurance_draft (org_id, created_at desc, id);
create index insurance_draft_patient on insurance_draft (org_id, patient_id, created_at desc, id);
create index insurance_draft_status on insurance_draft (org_id, review_status, created_at desc, id);

-- Matching looks carriers up by electronic id and by matching name, for a whole import in one statement; the
-- review screen ranks carriers by trigram similarity of matching names. The matching name is stored (computed by
-- PostgreSQL on every carrier write), so reads never run the function over the carrier table.
alter table carrier add column match_name text generated always as (carrier_match_name(carrier_name)) stored;
create index carrier_electronic_id on carrier (org_id, upper(electronic_id)) where deleted_at is null;
create index carrier_match_name on carrier (org_id, match_name) where deleted_at is null;
create index carrier_match_name_trgm on carrier using gin (match_name gin_trgm_ops) where deleted_at is null;

-- Plans by carrier and group number, compared without case ("g-100" is "G-100").
create index insurance_plan_group_number_key on insurance_plan (org_id, carrier_id, upper(group_number))
  where deleted_at is null;
-- Subscriber candidates of the review screen: patients with the subscriber's last name (birthdate has its index).
create index patient_last_name_key on patient (org_id, lower(last_name)) where deleted_at is null;
