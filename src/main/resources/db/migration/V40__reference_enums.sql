-- The reference's value sets. A subscription is active, terminated or pending_verification: a stored "inactive"
-- (never in force) becomes terminated, which reads the same everywhere coverage is judged.
update subscription set status = 'terminated', version = version + 1, updated_at = now() where status = 'inactive';
alter table subscription drop constraint subscription_status_check;
alter table subscription add constraint subscription_status_check
  check (status in ('active', 'terminated', 'pending_verification'));

-- An estimate book may be a draft: recomputed and inspected, but not read by estimates.
alter table estimate_book drop constraint estimate_book_status_check;
alter table estimate_book add constraint estimate_book_status_check check (status in ('active', 'draft', 'archived'));

-- One live book per name (case-insensitive); earlier duplicates keep their rows under a numbered name.
with numbered as (
  select org_id, id, row_number() over (partition by org_id, lower(name) order by created_at, id) as n
  from estimate_book where deleted_at is null)
update estimate_book b set name = b.name || ' (' || n.n || ')', version = b.version + 1, updated_at = now()
from numbered n
where n.org_id = b.org_id and n.id = b.id and n.n > 1;
create unique index estimate_book_live_name on estimate_book (org_id, lower(name)) where deleted_at is null;
