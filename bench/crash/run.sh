#!/usr/bin/env bash
# Crash safety: starts the service, begins a 100,000-fee bulk import and a 500-row benefit bulk set at once,
# kill -9s the JVM and its embedded PostgreSQL mid-way (as a power cut would), restarts on the same data dir and
# checks that the schedule holds all or none of the fees and the plan its old or its new benefit set.
# Prints PASS/FAIL per check; exits non-zero on any FAIL.
#
#   bench/crash/run.sh                 # KILL_AFTER=1.5 (seconds after both requests start), ROUNDS=3
#
# Needs bash, curl, awk and a JDK. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
KILL_AFTER=${KILL_AFTER:-1.5}; ROUNDS=${ROUNDS:-3}
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
  echo "== round $round: bulk import and benefit set started, kill -9 after ${KILL_AFTER}s"
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
  crash
  wait "$FEES_CLIENT" "$BENEFITS_CLIENT" 2>/dev/null || true
  echo "   answers before the kill: fees $(cat "$WORK/fees.status") (000 = none), benefit set requests $(wc -w < "$WORK/benefits.status"), \
the last answered $(awk '{ print $NF }' "$WORK/benefits.status")"

  echo "== restarting on the same data dir"
  bench_start
  fees=$(curl -sf -H "$AUTH" "$API/insurance/fee-schedules/$SCHEDULE/fees?page_size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
  check "fee schedule holds all or none of the fees" "$([ "$fees" = 0 ] || [ "$fees" = "$ROWS" ]; echo $?)" "$fees of $ROWS fees"
  benefits=$(curl -sf -H "$AUTH" "$API/insurance/plans/$PLAN/benefits?page_size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
  check "plan holds its old or its new benefit set" "$([ "$benefits" = 10 ] || [ "$benefits" = 500 ]; echo $?)" "$benefits benefits"
  if [ "$benefits" != 10 ]; then  # put the old set back so the next round starts from it
    curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/plans/$PLAN/benefits/bulk" --data-binary @"$WORK/old-benefits.json"
  fi

  # ---- ESTIMATE BOOK CHECK GOES HERE -------------------------------------------------------------------------
  # When estimate-book runs exist: start a run before the kill above, then check here that after the restart the
  # interrupted run is marked failed (or was resumed to completion), never left running. Print PASS/FAIL with check.
  # -------------------------------------------------------------------------------------------------------------
done

[ "$FAILED" = 0 ] && echo "== all checks passed" || { echo "== some checks FAILED"; exit 1; }
