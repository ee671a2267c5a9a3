#!/usr/bin/env bash
# The change feed's cost and speed, on the service's embedded PostgreSQL:
#   1. write rate without and with the outbox: pgbench runs the service's own create statements (a location row;
#      then the same row plus its audit_log row, version read from the entity as AuditLog writes it), CLIENTS
#      clients for DURATION seconds each; prints both rates and the outbox's cost (goal: under 15 %);
#   2. the same through the API: POST /locations from CLIENTS threads, with the outbox and with its rows discarded
#      by a rule on audit_log in this throw-away database (the statement is still sent, so this understates the
#      cost by one round trip; step 1 includes it);
#   3. feed read rate: GET /changes pages of 1000 from the start until has_more is false, twice: the first read
#      also positions every change just written, the second reads positioned changes only.
#
#   bench/change-feed/run.sh                      # CLIENTS=8 DURATION=30
#
# Needs bash, curl, awk, pgbench, psql and a JDK. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
CLIENTS=${CLIENTS:-8}; DURATION=${DURATION:-30}

echo "== starting the service (embedded PostgreSQL, demo data)"
bench_start
export PGHOST=localhost PGUSER=postgres PGDATABASE=postgres PGPORT

# One id per transaction, the same in both statements: an md5 of a random number read as a uuid.
cat > "$WORK/plain.sql" <<SQL
\set k random(1, 9000000000000000000)
begin;
insert into location (org_id, id, name) values ('$ORG', cast(md5('b' || :k) as uuid), 'Bench ' || :k);
commit;
SQL
cat > "$WORK/outbox.sql" <<SQL
\set k random(1, 9000000000000000000)
begin;
insert into location (org_id, id, name) values ('$ORG', cast(md5('b' || :k) as uuid), 'Bench ' || :k);
insert into audit_log (org_id, id, token_id, entity_type, entity_id, action, changed_fields, developer_key, version)
select '$ORG', gen_random_uuid(), null, 'location', cast(md5('b' || :k) as uuid), 'create', '{name}', null,
       (select v.version from location v where v.org_id = '$ORG' and v.id = cast(md5('b' || :k) as uuid));
commit;
SQL

rate() { pgbench -n -M prepared -j 2 -c "$CLIENTS" -T "$DURATION" -f "$1" 2>&1 | grep -o 'tps = [0-9.]*' | awk '{ print $3 }'; }
echo "== warming up (10 s of each)"
DURATION=10 rate "$WORK/plain.sql" > /dev/null; DURATION=10 rate "$WORK/outbox.sql" > /dev/null
echo "== pgbench -M prepared -j 2 -c $CLIENTS -T $DURATION, each script twice (A B B A)"
P1=$(rate "$WORK/plain.sql"); O1=$(rate "$WORK/outbox.sql"); O2=$(rate "$WORK/outbox.sql"); P2=$(rate "$WORK/plain.sql")
awk -v p1="$P1" -v p2="$P2" -v o1="$O1" -v o2="$O2" 'BEGIN {
  p = (p1 + p2) / 2; o = (o1 + o2) / 2
  printf "   without the outbox: %.0f writes/s (%.0f, %.0f)\n", p, p1, p2
  printf "   with the outbox:    %.0f writes/s (%.0f, %.0f)\n", o, o1, o2
  printf "   the outbox costs %.1f %% of write throughput (goal: under 15 %%)\n", (p - o) / p * 100 }'

echo "== the same through the API: POST /locations, $CLIENTS clients, $DURATION s each (A B B A)"
api() { java bench/change-feed/ApiWrites.java "$BW" "$ORG" "$TOKEN" "$CLIENTS" "$DURATION"; }
no_outbox() { psql -q -c "create rule bench_no_outbox as on insert to audit_log do instead nothing"; }
outbox() { psql -q -c "drop rule bench_no_outbox on audit_log"; }
DURATION=${API_WARMUP:-60} api > /dev/null  # the JIT settles slowly on two cores
# A B B A: a rate that still climbs (JIT) or sinks (tables grow) during the runs weighs on both sides alike.
A1=$(api); no_outbox; N1=$(api); N2=$(api); outbox; A2=$(api)
awk -v a1="$A1" -v a2="$A2" -v n1="$N1" -v n2="$N2" 'BEGIN {
  a = (a1 + a2) / 2; n = (n1 + n2) / 2
  printf "   API without outbox rows: %.0f writes/s (%.0f, %.0f)\n", n, n1, n2
  printf "   API with the outbox:     %.0f writes/s (%.0f, %.0f)\n", a, a1, a2
  printf "   the outbox costs %.1f %% of API write throughput (goal: under 15 %%)\n", (n - a) / n * 100 }'

read_feed() {
  local after="" items=0 pages=0 page more start end
  start=$(now)
  while :; do
    page=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BW/api/v1/$ORG/changes?limit=1000${after:+&after=$after}")
    items=$((items + $(grep -o '"entity_type"' <<< "$page" | wc -l)))
    pages=$((pages + 1))
    after=$(grep -o '"next_cursor":"[^"]*"' <<< "$page" | cut -d'"' -f4)
    more=$(grep -o '"has_more":[a-z]*' <<< "$page" | cut -d: -f2)
    [ "$more" = true ] || break
  done
  end=$(now)
  awk -v label="$1" -v n="$items" -v p="$pages" -v s="$start" -v e="$end" 'BEGIN {
    printf "   %s: %d changes in %d pages, %.2f s, %.0f changes/s\n", label, n, p, e - s, n / (e - s) }'
}
echo "== reading the feed from the start, pages of 1000"
read_feed "first read (positions what was written)"
read_feed "second read (positioned)"
