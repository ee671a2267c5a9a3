#!/usr/bin/env bash
# Times the carrier and plan imports through HTTP: CARRIERS carriers (default 5,000) as CSV, then PLANS plans
# (default 1,000) of BENEFITS coinsurance benefits each (default 20, one per procedure code) as CSV, one record per
# benefit. Both are large enough to run in the background: each is POSTed, then its run polled every 0.2 s until it
# ends. Each import is sent twice; the second answers every row unchanged and writes nothing.
#
#   bench/imports/run.sh                       # starts target/bitewing.jar on a fresh embedded database
#   BW=… ORG=… TOKEN=… bench/imports/run.sh    # or uses a running service
#
# Needs bash, curl, awk and a JDK (for the jar).
set -euo pipefail
cd "$(dirname "$0")/../.."
CARRIERS=${CARRIERS:-5000}; PLANS=${PLANS:-1000}; BENEFITS=${BENEFITS:-20}
. bench/lib.sh
[ -n "${BW:-}" ] || bench_start
AUTH="Authorization: Bearer $TOKEN"; JSON="Content-Type: application/json"; CSV="Content-Type: text/csv"
API="$BW/api/v1/$ORG"
TAG=$RANDOM$RANDOM

echo "== $BENEFITS procedure codes"
. bench/practice.sh
bench_codes_and_clinics "I" "$BENEFITS" 0

awk -v n="$CARRIERS" -v tag="$TAG" 'BEGIN { print "carrier_name,electronic_id,phone,city,trust_level"
  for (i = 1; i <= n; i++) printf "Bench Carrier %s %d,E%s%05d,800-555-%04d,Portland,standard\n", tag, i, tag, i, i % 10000 }' \
  > "$WORK/carriers.csv"
awk -v n="$PLANS" -v b="$BENEFITS" -v tag="$TAG" 'BEGIN {
  print "carrier_electronic_id,group_number,group_name,plan_type,benefit_type,procedure_code,percent"
  for (p = 1; p <= n; p++) for (k = 0; k < b; k++)
    printf "E%s%05d,G-%d,\"Employer %d, Inc\",ppo_percentage,coinsurance,I%05d,%d\n", tag, p, p, p, k, 50 + (p + k) % 51 }' \
  > "$WORK/plans.csv"
ls -l "$WORK/carriers.csv" "$WORK/plans.csv" | awk '{ print "   " $5 " bytes  " $9 }'

# import KIND FILE: POST, follow the run to its end, print the seconds and the totals. Fields are picked with bash
# patterns: a pipe into head would cut a long report short and fail the script under pipefail.
import() {
  local t0 t1 answer run status=running
  t0=$(now)
  answer=$(curl -s -H "$AUTH" -H "$CSV" -X POST "$API/insurance/$1/import" --data-binary @"$2")
  [[ $answer =~ \"id\":\"([^\"]+)\",\"kind\" ]] || { echo "   not a run: ${answer:0:300}"; exit 1; }
  run=${BASH_REMATCH[1]}
  while [ "$status" = running ]; do
    sleep 0.2
    answer=$(curl -sf -H "$AUTH" "$API/insurance/imports/$run")
    [[ $answer =~ \"status\":\"([a-z]+)\",\"progress\" ]] && status=${BASH_REMATCH[1]}
  done
  t1=$(now)
  [[ $answer =~ (\"totals\":\{[^\}]*\}) ]] || [[ $answer =~ (\"errors\":.{0,300}) ]]
  printf '   %-8s %-9s %6.2f s  %s\n' "$1" "$status" "$(echo "$t1 - $t0" | bc)" "${BASH_REMATCH[1]}"
}

echo "== $CARRIERS carriers"
import carriers "$WORK/carriers.csv"
import carriers "$WORK/carriers.csv"
echo "== $PLANS plans x $BENEFITS benefits ($((PLANS * BENEFITS)) records)"
import plans "$WORK/plans.csv"
import plans "$WORK/plans.csv"
