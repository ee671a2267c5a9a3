#!/usr/bin/env bash
# Crash safety: starts the service, starts the recompute of an estimate book over BOOK_ROWS evidence rows, then
# begins a 100,000-fee bulk import and a 500-row benefit bulk set at once, kill -9s the JVM and its embedded
# PostgreSQL mid-way (as a power cut would), restarts on the same data dir and checks that the schedule holds all or
# none of the fees, the plan its old or its new benefit set, and that the interrupted recompute run does not stay
# running: the job library revives the dead job (no heartbeat for two minutes) and the run completes, or it fails;
# either way the book holds the entries and log rows of that one completed run, or none.
# Prints PASS/FAIL per check; exits non-zero on any FAIL.
#
#   bench/crash/run.sh                 # KILL_AFTER=1.5 (seconds after both requests start), ROUNDS=3,
#                                      # BOOK_ROWS=600000 (evidence rows per round), BOOK_WAIT=240 (seconds to wait
#                                      # after the restart for the interrupted run to leave running)
#
# Needs bash, curl, awk, psql and a JDK. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
KILL_AFTER=${KILL_AFTER:-1.5}; ROUNDS=${ROUNDS:-3}; BOOK_ROWS=${BOOK_ROWS:-600000}; BOOK_WAIT=${BOOK_WAIT:-240}
BOOK_CODES=500; BOOK_PLANS=20
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
CODES=1000; CLINICS=10; DATES=10
FAILED=0
check() {  # check NAME CONDITION-RESULT(0/1) DETAIL
  if [ "$2" = 0 ]; then echo "PASS  $1  ($3)"; else echo "FAIL  $1  ($3)"; FAILED=1; fi
}

echo "== starting the service (embedded PostgreSQL, demo data)"
bench_start
AUTH="Authorization: Bearer $TOKEN"; JSON="Content-Type: application/json"; API="$BW/api/v1/$ORG"

echo "== $CODES codes × $CLINICS clinics × $DATES dates = $((CODES * CLINICS * DATES)) fees; a plan with 10 benefits"
. bench/practice.sh
bench_codes_and_clinics C "$CODES" "$CLINICS"
awk -v dates="$DATES" '
  FNR == NR { codes[nc++] = $1; next }
  { clinics[nl++] = $1 }
  END {
    printf "{\"fees\":["; n = 0
    for (c = 0; c < nc; c++) for (l = 0; l < nl; l++) for (d = 0; d < dates; d++)
      printf "%s{\"procedure_code_uuid\":\"%s\",\"clinic_uuid\":\"%s\",\"date_effective\":\"20%02d-01-01\",\"amount\":%d.%02d}", \
        (n++ ? "," : ""), codes[c], clinics[l], 15 + d, 50 + (c + l + d) % 900, (c + d) % 100
    printf "]}"
  }' "$WORK/code-ids" "$WORK/clinic-ids" > "$WORK/fees.json"
ROWS=$(( $(wc -l < "$WORK/code-ids") * $(wc -l < "$WORK/clinic-ids") * DATES ))
CARRIER=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/carriers" -d '{"carrier_name":"Crash Mutual"}' | json_ids | head -1)
PLAN=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/plans" \
  -d "{\"carrier_uuid\":\"$CARRIER\",\"plan_type\":\"ppo_percentage\",\"group_name\":\"Crash Group\"}" | json_ids | head -1)
benefit_set() {  # benefit_set COUNT: coinsurance rows on COUNT distinct procedure codes
  head -n "$1" "$WORK/code-ids" | awk '{ printf "%s{\"benefit_type\":\"coinsurance\",\"percent\":%d,\"procedure_code_uuid\":\"%s\"}", (NR > 1 ? "," : ""), 50 + NR % 50, $1 }' \
    | awk '{ print "{\"benefits\":[" $0 "]}" }'
}
benefit_set 10 > "$WORK/old-benefits.json"
benefit_set 500 > "$WORK/new-benefits.json"
curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/plans/$PLAN/benefits/bulk" --data-binary @"$WORK/old-benefits.json"

echo "== estimate books: $BOOK_PLANS plans of one carrier, $BOOK_CODES codes, $BOOK_ROWS evidence rows per round's book"
BOOK_CARRIER=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/carriers" -d '{"carrier_name":"Crash Book Mutual"}' \
  | json_ids | head -1)
for i in $(seq 1 "$BOOK_PLANS"); do
  curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/plans" -d "{\"carrier_uuid\":\"$BOOK_CARRIER\",\
\"plan_type\":\"category_percentage\",\"group_name\":\"Crash book plan $i\",\"group_number\":\"CB-$i\"}"
done
# estimate_book NAME: a carrier book (the plan's evidence of 2 years, then the carrier's of 5) and its evidence, put in
# with generate_series straight into the database as bench/estimate-book-recompute does; prints the book's id.
estimate_book() {
  local book
  book=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/estimate-books" \
    -d "{\"name\":\"$1\",\"rule_type\":\"allowed_from_claims\",\"carrier_uuid\":\"$BOOK_CARRIER\"}" | json_ids | head -1)
  curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/estimate-books/$book/rule-steps" \
    -d '{"priority_order":1,"rule_type":"insurance_plan","limit_type":"years","limit_value":2}'
  curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/estimate-books/$book/rule-steps" \
    -d '{"priority_order":2,"rule_type":"insurance_carrier","limit_type":"years","limit_value":5}'
  psql -q -v ON_ERROR_STOP=1 > /dev/null <<SQL
with codes as (select (array_agg(id order by code))[1:$BOOK_CODES] as ids from procedure_code
               where org_id = '$ORG' and code ~ '^C[0-9]{5}\$'),
     plans as (select array_agg(id order by group_number) as ids from insurance_plan
               where org_id = '$ORG' and carrier_id = '$BOOK_CARRIER')
insert into estimate_book_evidence (org_id, id, estimate_book_id, procedure_code_id, procedure_service_date, carrier_id,
    plan_id, group_number, insurance_payment_amount, allowed_override, source_type)
select '$ORG', gen_random_uuid(), '$book', codes.ids[1 + i % $BOOK_CODES], current_date - (i::bigint * 7919 % 2190)::int,
       '$BOOK_CARRIER', plans.ids[1 + (i / $BOOK_CODES) % $BOOK_PLANS], 'CB-' || (1 + (i / $BOOK_CODES) % $BOOK_PLANS),
       round((200 + (i * 37 % 900))::numeric, 2),
       case when i % 3 = 0 then null else round((250 + (i * 53 % 1000))::numeric, 2) end, 'adjudicated_claim'
from generate_series(1, $BOOK_ROWS) as i, codes, plans;
analyze estimate_book_evidence;
SQL
  echo "$book"
}
field() { { grep -o "\"$1\":[^,}]*" || true; } | head -1 | cut -d: -f2- | tr -d '"'; }  # field NAME < JSON: NAME's value

crash() {  # kill -9 the JVM and the PostgreSQL it started, as a power cut would
  local postmaster
  postmaster=$(head -1 "$WORK/data/pg/postmaster.pid" 2>/dev/null || true)
  kill -9 "$APP_PID" 2>/dev/null || true
  [ -n "$postmaster" ] && kill -9 "$postmaster" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  for _ in $(seq 1 30); do [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null || break; sleep 0.2; done
  sleep 2  # backends notice their postmaster is gone and exit
}

for round in $(seq 1 "$ROUNDS"); do
  SCHEDULE=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/fee-schedules" \
    -d "{\"name\":\"Crash UCR $round\",\"fee_sched_type\":\"normal\"}" | json_ids | head -1)
  BOOK=$(estimate_book "Crash book $round")
  RUN=$(curl -sf -H "$AUTH" -X POST "$API/insurance/estimate-books/$BOOK/recompute" | json_ids | head -1)
  for _ in $(seq 1 300); do  # the job commits stage computing before its one long transaction begins
    grep -q '"stage":"computing"' <<< "$(curl -sf -H "$AUTH" "$API/insurance/estimate-books/$BOOK/runs/$RUN" || true)" && break
    sleep 0.1
  done
  echo "== round $round: recompute of a book over $BOOK_ROWS evidence rows computing; bulk import and benefit set \
started, kill -9 after ${KILL_AFTER}s"
  curl -s -o "$WORK/fees.out" -w '%{http_code}' -H "$AUTH" -H "$JSON" -H 'Expect:' -X POST \
    "$API/insurance/fee-schedules/$SCHEDULE/fees/bulk" --data-binary @"$WORK/fees.json" > "$WORK/fees.status" 2>/dev/null &
  FEES_CLIENT=$!
  # A benefit set takes milliseconds, so sets alternate, new and old, until the kill lands in one of them.
  (while true; do
    for set in new old; do
      curl -s -o /dev/null -w '%{http_code} ' -H "$AUTH" -H "$JSON" -X POST \
        "$API/insurance/plans/$PLAN/benefits/bulk" --data-binary @"$WORK/$set-benefits.json" || exit 0
    done
  done) > "$WORK/benefits.status" 2>/dev/null &
  BENEFITS_CLIENT=$!
  sleep "$KILL_AFTER"
  before=$(curl -sf -H "$AUTH" "$API/insurance/estimate-books/$BOOK/runs/$RUN" || true)
  KILLED_AT=$(now)
  crash
  wait "$FEES_CLIENT" "$BENEFITS_CLIENT" 2>/dev/null || true
  echo "   answers before the kill: fees $(cat "$WORK/fees.status") (000 = none), benefit set requests $(wc -w < "$WORK/benefits.status"), \
the last answered $(awk '{ print $NF }' "$WORK/benefits.status")"

  echo "== restarting on the same data dir"
  bench_start
  RESTARTED_AT=$(now)
  fees=$(curl -sf -H "$AUTH" "$API/insurance/fee-schedules/$SCHEDULE/fees?page_size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
  check "fee schedule holds all or none of the fees" "$([ "$fees" = 0 ] || [ "$fees" = "$ROWS" ]; echo $?)" "$fees of $ROWS fees"
  benefits=$(curl -sf -H "$AUTH" "$API/insurance/plans/$PLAN/benefits?page_size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
  check "plan holds its old or its new benefit set" "$([ "$benefits" = 10 ] || [ "$benefits" = 500 ]; echo $?)" "$benefits benefits"
  if [ "$benefits" != 10 ]; then  # put the old set back so the next round starts from it
    curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/plans/$PLAN/benefits/bulk" --data-binary @"$WORK/old-benefits.json"
  fi

  # The run was computing when the JVM died; its job's row in scheduled_tasks stays picked by the dead instance
  # until its heartbeat is four intervals (two minutes) old, then the job library revives it here.
  stage="$(echo "$before" | field status)/$(echo "$before" | field stage)"
  check "the kill landed while the recompute was running" "$([ "$stage" = running/computing ]; echo $?)" \
    "last seen before the kill: $stage; raise BOOK_ROWS if completed"
  while :; do
    run=$(curl -sf -H "$AUTH" "$API/insurance/estimate-books/$BOOK/runs/$RUN" || true)  # no answer: ask again
    grep -q '"status":"\(completed\|failed\)"' <<< "$run" && break
    awk -v r="$RESTARTED_AT" -v t="$(now)" -v w="$BOOK_WAIT" 'BEGIN { exit !(t - r < w) }' || break
    sleep 1
  done
  status=$(echo "$run" | field status)
  took=$(awk -v k="$KILLED_AT" -v r="$RESTARTED_AT" -v t="$(now)" \
    'BEGIN { printf "%.0f s after the kill, %.0f s after the restart", t - k, t - r }')
  [ "$status" = failed ] && took="$took; error: $(echo "$run" | field error)"
  check "the interrupted recompute run leaves running (revived and completed, or failed)" \
    "$([ "$status" = completed ] || [ "$status" = failed ]; echo $?)" "${status:-no answer} $took"
  # A completed run left exactly its own entries and one log row per entry (the book was empty before it); a failed
  # one left nothing. Rows of the killed attempt, or a second completion, would show as extra entries or log rows.
  counts=$(psql -tA -F ' ' -c "select (select count(*) from estimate_book_allowed_fee where org_id = '$ORG' and estimate_book_id = '$BOOK'),
      (select count(*) from estimate_book_allowed_fee where org_id = '$ORG' and estimate_book_id = '$BOOK' and estimate_book_run_id = '$RUN'),
      (select count(*) from estimate_book_adjustment_log where org_id = '$ORG' and estimate_book_id = '$BOOK'),
      (select count(*) from estimate_book_adjustment_log where org_id = '$ORG' and estimate_book_id = '$BOOK' and estimate_book_run_id = '$RUN'),
      (select count(*) from estimate_book_run where org_id = '$ORG' and estimate_book_id = '$BOOK')")
  read -r entries entries_run logs logs_run runs <<< "$counts"
  computed=$(echo "$run" | field entries_computed); changed=$(echo "$run" | field changed)
  if [ "$status" = completed ]; then
    consistent=$([ "$runs" = 1 ] && [ "${computed:-0}" -gt 0 ] && [ "$entries" = "$computed" ] && [ "$entries_run" = "$entries" ] \
      && [ "$changed" = "$computed" ] && [ "$logs" = "$changed" ] && [ "$logs_run" = "$logs" ]; echo $?)
  else
    consistent=$([ "$runs" = 1 ] && [ "$entries" = 0 ] && [ "$logs" = 0 ]; echo $?)
  fi
  check "the book holds the entries and log rows of one completed run, or none" "$consistent" \
    "$entries entries ($entries_run of the run), $logs log rows ($logs_run of the run), $runs run(s); \
summary: ${computed:-none} computed, ${changed:-none} changed"
done

[ "$FAILED" = 0 ] && echo "== all checks passed" || { echo "== some checks FAILED"; exit 1; }
