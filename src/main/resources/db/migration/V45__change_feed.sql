-- The audit log is the transactional outbox of the change feed: every write already records one row per entity in
-- its own transaction (a rollback leaves none). Three columns make it a feed:
--   seq      the order rows were written in, to position a batch of rows in a stable order;
--   version  the entity's version after the change (null for rows without one, or deleted);
--   position the feed order, assigned once a row is committed and visible, so a row that commits late is
--            positioned after every row already positioned and a reader resuming from a position never skips it.
alter table audit_log add column seq bigint generated always as identity;
alter table audit_log add column version integer;
alter table audit_log add column position bigint;
create sequence change_position;

-- Rows written before the feed existed are positioned in the order they were made.
update audit_log a set position = o.position
from (select org_id, id, nextval('change_position') as position
      from (select org_id, id from audit_log order by created_at, seq) ordered) o
where o.org_id = a.org_id and o.id = a.id;

create index audit_log_unpositioned on audit_log (org_id, seq) where position is null;
create unique index audit_log_feed on audit_log (org_id, position) where position is not null;
