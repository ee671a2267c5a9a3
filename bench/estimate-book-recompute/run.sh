#!/usr/bin/env bash
# Recomputes an estimate book over 1,000,000 evidence rows through POST …/estimate-books/{id}/recompute (timed from
# the POST until the run reads completed) and times one SQL aggregate over the same rows with psql: the median
# allowed amount per code, the statistic the recompute computes. Prints both and their ratio (goal ≤ 2×).
#
#   bench/estimate-book-recompute/run.sh                 # starts target/bitewing.jar on a fresh embedded database
#   BW=… ORG=… TOKEN=… PGPORT=… bench/estimate-book-recompute/run.sh   # or uses a running service and its database
#
# Needs bash, curl, awk, psql and a JDK (for the jar). ROWS (default 1000000) evidence rows over CODES (default 500)
# codes and PLANS (default 20) out-of-network plans of one carrier, service dates spread over six years. The book is
# the carrier's, with two steps: the plan's own evidence of the last 2 years, then the carrier's of the last 5 years;
# UCR fallback. Evidence goes in with generate_series, straight into the service's database.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${ROWS:-1000000}; CODES=${CODES:-500}; PLANS=${PLANS:-20}
. bench/lib.sh
first_id() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }
[ -n "${BW:-}" ] || bench_start   # the demo organisation on a fresh embedded database
: "${PGPORT:?set PGPORT to the database port}"
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres} PGPORT
AUTH="Authorization: Bearer $TOKEN"; JSON="Content-Type: application/json"
API="$BW/api/v1/$ORG"

echo "== setting up $CODES codes, $PLANS plans of one carrier, a UCR schedule and the book"
awk -v n="$CODES" 'BEGIN { print "code,description,category,treat_area"; for (i = 0; i < n; i++) printf "E%05d,Bench procedure %d,Bench,none\n", i, i }' \
  > "$WORK/codes.csv"
curl -sf -H "$AUTH" -H 'Content-Type: text/csv' -X POST "$API/procedure-codes/import" --data-binary @"$WORK/codes.csv" > /dev/null
CARRIER=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/carriers" \
  -d "{\"carrier_name\":\"Bench Mutual $RANDOM$RANDOM\"}" | first_id)
for i in $(seq 1 "$PLANS"); do
  curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/plans" \
    -d "{\"carrier_uuid\":\"$CARRIER\",\"plan_type\":\"category_percentage\",\"group_name\":\"Bench plan $i\",\"group_number\":\"BG-$i\"}"
done
UCR=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/fee-schedules" \
  -d "{\"name\":\"Bench UCR $RANDOM$RANDOM\",\"fee_sched_type\":\"normal\"}" | first_id)
LOCATION=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/locations" -d "{\"name\":\"Bench office $RANDOM$RANDOM\"}" | first_id)
curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/fee-schedule-assignments" \
  -d "{\"fee_schedule_uuid\":\"$UCR\",\"location_uuid\":\"$LOCATION\",\"assignment_kind\":\"ucr\",\"effective_start\":\"2020-01-01\"}"
BOOK=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/estimate-books" \
  -d "{\"name\":\"Bench book\",\"rule_type\":\"ucr_fallback\",\"carrier_uuid\":\"$CARRIER\",\"exclude_over_ucr\":true}" | first_id)
curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/estimate-books/$BOOK/rule-steps" \
  -d '{"priority_order":1,"rule_type":"insurance_plan","limit_type":"years","limit_value":2}'
curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/estimate-books/$BOOK/rule-steps" \
  -d '{"priority_order":2,"rule_type":"insurance_carrier","limit_type":"years","limit_value":5}'

echo "== loading $ROWS evidence rows (generate_series)"
psql -q -v ON_ERROR_STOP=1 <<SQL
insert into fee (org_id, id, fee_schedule_id, procedure_code_id, amount)
select org_id, gen_random_uuid(), '$UCR', id, 400 + (hashtext(code) & 1023)
from procedure_code where org_id = '$ORG' and code like 'E%';
with codes as (select array_agg(id order by code) as ids from procedure_code where org_id = '$ORG' and code like 'E%'),
     plans as (select array_agg(id order by group_number) as ids from insurance_plan
               where org_id = '$ORG' and carrier_id = '$CARRIER')
insert into estimate_book_evidence (org_id, id, estimate_book_id, procedure_code_id, procedure_service_date, carrier_id,
    plan_id, group_number, insurance_payment_amount, allowed_override, source_type)
select '$ORG', gen_random_uuid(), '$BOOK', codes.ids[1 + i % $CODES], current_date - (i::bigint * 7919 % 2190)::int,
       '$CARRIER', plans.ids[1 + (i / $CODES) % $PLANS], 'BG-' || (1 + (i / $CODES) % $PLANS),
       round((200 + (i * 37 % 900))::numeric, 2),
       case when i % 3 = 0 then null else round((250 + (i * 53 % 1000))::numeric, 2) end, 'adjudicated_claim'
from generate_series(1, $ROWS) as i, codes, plans;
analyze estimate_book_evidence;
SQL
echo "   $(psql -tA -c "select count(*) from estimate_book_evidence where org_id = '$ORG' and estimate_book_id = '$BOOK'") rows"

# The machine may be busy: REPEAT (default 3) rounds, each a recompute then the aggregate, and the medians of each.
REPEAT=${REPEAT:-3}
AGGREGATE="select procedure_code_id, percentile_cont(0.5) within group (order by coalesce(allowed_override, insurance_payment_amount)) from estimate_book_evidence where org_id = '$ORG' and estimate_book_id = '$BOOK' group by procedure_code_id"
: > "$WORK/times"
for round in $(seq 1 "$REPEAT"); do
  echo "== round $round: recompute through the API (POST, then poll the run until it leaves running)"
  t0=$(now)
  RUN=$(curl -sf -H "$AUTH" -X POST "$API/insurance/estimate-books/$BOOK/recompute" | first_id)
  while :; do
    run=$(curl -sf -H "$AUTH" "$API/insurance/estimate-books/$BOOK/runs/$RUN")
    echo "$run" | grep -q '"status":"running"' || break
    sleep 0.05
  done
  t1=$(now)
  echo "   $(echo "$run" | grep -o '"status":"[^"]*"'), summary $(echo "$run" | grep -o '"summary_json":{[^}]*}[^}]*}')"
  echo "$run" | grep -q '"status":"completed"' || exit 1
  echo "== round $round: one SQL aggregate over the same rows (median allowed amount per code) with psql"
  t2=$(now); codes=$(psql -tA -c "$AGGREGATE" | wc -l); t3=$(now)
  # The same aggregate with the memory the recompute's transaction gives its sorts (set local work_mem = 64MB).
  t4=$(now); psql -tA -c "set work_mem = '64MB'" -c "$AGGREGATE" > /dev/null; t5=$(now)
  # How much of the API time the run itself took, from its row: created by the POST, finished by the job.
  job=$(psql -tA -c "select extract(epoch from finished_at - created_at) from estimate_book_run where id = '$RUN'")
  echo "$t0 $t1 $t2 $t3 $t4 $t5 $job" >> "$WORK/times"
done

awk -v rows="$ROWS" -v codes="$codes" '
  { api[NR] = $2 - $1; sql[NR] = $4 - $3; mem[NR] = $6 - $5; job[NR] = $7 }
  function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                     return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END {
    a = median(api, NR); s = median(sql, NR); m = median(mem, NR)
    printf "== %d evidence rows, %d codes, median of %d rounds:\n", rows, codes, NR
    printf "   recompute through the API       %.2f s (the run row: created to finished %.2f s)\n", a, median(job, NR)
    printf "   one SQL aggregate (work_mem 64MB) %.2f s   ratio %.2f× (goal ≤ 2×)\n", m, a / m
    printf "   one SQL aggregate (server default) %.2f s  ratio %.2f×\n", s, a / s }' "$WORK/times"
echo "   aggregate: psql -c \"$AGGREGATE\""
