#!/usr/bin/env bash
# Loads 100,000 fees through POST …/fee-schedules/{id}/fees/bulk and times it against psql \copy of the same rows
# into a scratch table of the same shape (columns, defaults, checks, indexes, foreign keys) on the same database.
#
#   bench/fee-bulk-load/run.sh                 # starts target/bitewing.jar on a fresh embedded database
#   BW=… ORG=… TOKEN=… PGPORT=… bench/fee-bulk-load/run.sh   # or uses a running service and its database
#
# Needs bash, curl, awk, psql and a JDK (for the jar). ROWS (default 100000) = codes × clinics × dates.
set -euo pipefail
cd "$(dirname "$0")/../.."
CODES=${CODES:-1000}; CLINICS=${CLINICS:-10}; DATES=${DATES:-10}
ROWS=$((CODES * CLINICS * DATES))
. bench/lib.sh
[ -n "${BW:-}" ] || bench_start   # the demo organisation on a fresh embedded database
: "${PGPORT:?set PGPORT to the database port}"
AUTH="Authorization: Bearer $TOKEN"; JSON="Content-Type: application/json"
API="$BW/api/v1/$ORG"

echo "== setting up $CODES codes, $CLINICS clinics, a schedule"
. bench/practice.sh
bench_codes_and_clinics B "$CODES" "$CLINICS"
SCHEDULE=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/fee-schedules" \
  -d "{\"name\":\"Bench UCR $RANDOM$RANDOM\",\"fee_sched_type\":\"normal\"}" | json_ids | head -1)

echo "== generating $ROWS rows"
# The same rows twice: as the bulk endpoint's JSON and as CSV for \copy (with ids, which the service makes itself).
awk -v dates="$DATES" -v org="$ORG" -v sched="$SCHEDULE" -v json="$WORK/fees.json" -v csv="$WORK/fees.csv" '
  FNR == NR { codes[nc++] = $1; next }
  { clinics[nl++] = $1 }
  END {
    printf "{\"fees\":[" > json; n = 0
    for (c = 0; c < nc; c++) for (l = 0; l < nl; l++) for (d = 0; d < dates; d++) {
      date = sprintf("20%02d-01-01", 15 + d); amount = sprintf("%d.%02d", 50 + (c * 7 + l * 3 + d) % 1500, (c + d) % 100)
      printf "%s{\"procedure_code_uuid\":\"%s\",\"clinic_uuid\":\"%s\",\"date_effective\":\"%s\",\"amount\":%s}", \
        (n ? "," : ""), codes[c], clinics[l], date, amount > json
      printf "%s,%08x-0000-7000-8000-%012x,%s,%s,%s,,%s,%s,\n", org, 1, n, sched, codes[c], clinics[l], date, amount > csv
      n++
    }
    printf "]}" > json
  }' "$WORK/code-ids" "$WORK/clinic-ids"
ls -l "$WORK/fees.json" "$WORK/fees.csv" | awk '{ print "   " $5 " bytes  " $9 }'

# A long-running service has its JSON, validation and insert paths compiled; a first request pays for the JIT.
# WARMUP rows (default 10,000, 0 to skip) go into a throw-away schedule first, untimed.
WARMUP=${WARMUP:-10000}
if [ "$WARMUP" -gt 0 ]; then
  echo "== warm-up: $WARMUP rows into a throw-away schedule"
  WARM=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/fee-schedules" \
    -d "{\"name\":\"Bench warm-up $RANDOM$RANDOM\",\"fee_sched_type\":\"normal\"}" | json_ids | head -1)
  head -c 2000000 "$WORK/fees.json" | awk -v n="$WARMUP" 'BEGIN { RS = "},"; ORS = "" } NR <= n { print (NR > 1 ? "}," : "") $0 } END { print "}]}" }' \
    > "$WORK/warm.json"
  curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/fee-schedules/$WARM/fees/bulk" --data-binary @"$WORK/warm.json"
fi

echo "== bulk endpoint"
t0=$(now)
status=$(curl -s -o "$WORK/bulk.out" -w '%{http_code}' -H "$AUTH" -H "$JSON" -X POST \
  "$API/insurance/fee-schedules/$SCHEDULE/fees/bulk" --data-binary @"$WORK/fees.json")
t1=$(now)
echo "   HTTP $status $(cat "$WORK/bulk.out")"
[ "$status" = 201 ] || exit 1

echo "== psql \\copy into a scratch table of the same shape"
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres} PGPORT
psql -q -v ON_ERROR_STOP=1 <<SQL
drop table if exists fee_bench_copy;
create table fee_bench_copy (like fee including defaults including constraints including indexes);
alter table fee_bench_copy add foreign key (org_id, fee_schedule_id) references fee_schedule (org_id, id),
  add foreign key (org_id, procedure_code_id) references procedure_code (org_id, id),
  add foreign key (org_id, clinic_id) references location (org_id, id),
  add foreign key (org_id, provider_id) references provider (org_id, id);
SQL
t2=$(now)
psql -q -v ON_ERROR_STOP=1 -c "\\copy fee_bench_copy (org_id, id, fee_schedule_id, procedure_code_id, clinic_id, provider_id, date_effective, amount, patient_amount) from '$WORK/fees.csv' csv"
t3=$(now)
copied=$(psql -tA -c "select count(*) from fee_bench_copy")
psql -q -c "drop table fee_bench_copy"

awk -v b0="$t0" -v b1="$t1" -v c0="$t2" -v c1="$t3" -v rows="$ROWS" -v copied="$copied" 'BEGIN {
  bulk = b1 - b0; copy = c1 - c0
  printf "== %d rows: bulk endpoint %.2f s, psql \\copy %.2f s (%d rows), ratio %.2f× (goal ≤ 2×)\n", rows, bulk, copy, copied, bulk / copy }'
