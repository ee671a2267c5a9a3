#!/usr/bin/env bash
# POST /insurance/estimates (Maria Rivera's ten-procedure plan on her primary and secondary plans) against
# GET /insurance/plans/{id} (her primary plan), with wrk at the same concurrency in the same run: both rates,
# their ratio and p50/p99 latency.
#
#   bench/estimate-http/run.sh         # starts target/bitewing.jar with demo data on a fresh embedded database
#   BW=… ORG=… TOKEN=… bench/estimate-http/run.sh   # or uses a running service with the demo organisation
#
# Needs bash, curl, awk, wrk and a JDK. THREADS (2), CONNECTIONS (8), DURATION (20s); WARMUP_MIN (90) and
# WARMUP_MAX (240) seconds of warm-up per route.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-8}; DURATION=${DURATION:-20s}
first_id() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }

[ -n "${BW:-}" ] || bench_start
AUTH="Authorization: Bearer $TOKEN"
API="$BW/api/v1/$ORG"

MARIA=$(curl -sf -H "$AUTH" "$API/patients?search=Rivera,%20Maria" | first_id)
MAPLE=$(curl -sf -H "$AUTH" "$API/locations?search=Maple" | first_id)
PLAN=$(curl -sf -H "$AUTH" "$API/insurance/patients/$MARIA/insurance" | grep -o '"insurance_plan":{"id":"[^"]*"' | head -1 | cut -d'"' -f6)
BODY=$(awk -v p="$MARIA" -v l="$MAPLE" 'BEGIN {
  n = split("D0120 D0274 D1110 D2391:30 D2392:19 D2740:3 D2750:14 D3330:14 D4341 D2140:2", c, " ")
  printf "{\"patient_uuid\":\"%s\",\"location_uuid\":\"%s\",\"procedures\":[", p, l
  for (i = 1; i <= n; i++) { split(c[i], t, ":"); printf "%s{\"ref\":\"p%d\",\"procedure_code\":\"%s\"%s}", (i > 1 ? "," : ""), i, t[1], (t[2] ? ",\"tooth\":\"" t[2] "\"" : "") }
  printf "]}" }')
status=$(curl -s -o "$WORK/estimate.json" -w '%{http_code}' -H "$AUTH" -H 'Content-Type: application/json' -X POST "$API/insurance/estimates" -d "$BODY")
[ "$status" = 200 ] || { echo "estimate answered $status: $(cat "$WORK/estimate.json")"; exit 1; }
echo "== Maria Rivera: $(grep -o '"ordinal":[0-9]' "$WORK/estimate.json" | sort -u | wc -l) plans, 10 procedures; totals $(grep -o '"totals":{[^}]*}' "$WORK/estimate.json")"
curl -sf -o /dev/null -H "$AUTH" "$API/insurance/plans/$PLAN"

cat > "$WORK/estimate.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '$BODY'
LUA

load() { # name, duration, wrk args...
  local name=$1 duration=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$@" > "$WORK/$name.out"
}
echo "== warming both routes up until their rates settle"
bench_warm "$API/insurance/estimates" -s "$WORK/estimate.lua"
bench_warm "$API/insurance/plans/$PLAN" -H "$AUTH"
echo "== measuring $DURATION each at $THREADS threads, $CONNECTIONS connections"
load estimate "$DURATION" -s "$WORK/estimate.lua" "$API/insurance/estimates"
load plan "$DURATION" -H "$AUTH" "$API/insurance/plans/$PLAN"

summary() { # file -> "rate p50 p99 non2xx"
  awk '/Requests\/sec/ { r = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $NF } END { print r, p50, p99, (bad ? bad : 0) }' "$1"
}
read -r er ep50 ep99 ebad < <(summary "$WORK/estimate.out")
read -r pr pp50 pp99 pbad < <(summary "$WORK/plan.out")
printf "   %-34s %10s req/s  p50 %-9s p99 %-9s non-2xx %s\n" "POST /insurance/estimates" "$er" "$ep50" "$ep99" "$ebad"
printf "   %-34s %10s req/s  p50 %-9s p99 %-9s non-2xx %s\n" "GET /insurance/plans/{id}" "$pr" "$pp50" "$pp99" "$pbad"
awk -v e="$er" -v p="$pr" 'BEGIN { printf "== estimate / plan read: %.2f (an estimate runs at %.0f %% of the rate of a plan read)\n", e / p, 100 * e / p }'
