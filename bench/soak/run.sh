#!/usr/bin/env bash
# Mixed reads and writes against the demo organisation with wrk at 64 connections for SOAK_SECONDS (default 600):
# plan, plan list, patient insurance and settings reads; carrier and patient creates, estimates.
# Prints throughput, p99, the error count (goal 0) and the heap after a full GC at minute 2 and at the end
# (goal: no growth).
#
#   bench/soak/run.sh                       # SOAK_SECONDS=600 CONNECTIONS=64
#   SOAK_SECONDS=120 bench/soak/run.sh      # a short run
#
# Needs bash, curl, awk, wrk and a JDK (jcmd). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
SOAK_SECONDS=${SOAK_SECONDS:-600}; CONNECTIONS=${CONNECTIONS:-64}
FIRST_PHASE=$(( SOAK_SECONDS <= 120 ? SOAK_SECONDS / 2 : 120 ))

echo "== starting the service (embedded PostgreSQL, demo data)"
bench_start
AUTH="Authorization: Bearer $TOKEN"
API="$BW/api/v1/$ORG"
first_id() { curl -sf -H "$AUTH" "$1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }
PLAN=$(first_id "$API/insurance/plans?page_size=1")
PATIENT=$(curl -sf -H "$AUTH" "$API/insurance/subscriptions?page_size=1" | grep -o '"subscriber":{"id":"[^"]*"' | head -1 | cut -d'"' -f6)
LOCATION=$(first_id "$API/locations?page_size=1")
export PLAN PATIENT LOCATION

cat > "$WORK/mixed.lua" <<'LUA'
-- Each connection walks the same mix; writes use names unique per thread and request, so none conflicts.
local org, token = os.getenv("ORG"), os.getenv("TOKEN")
local plan, patient, location = os.getenv("PLAN"), os.getenv("PATIENT"), os.getenv("LOCATION")
local base = "/api/v1/" .. org
local counter = 0
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 100 + thread_id)
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end

local mix = {
  function() return wrk.format("GET", base .. "/insurance/plans/" .. plan) end,
  function() return wrk.format("GET", base .. "/insurance/plans/" .. plan) end,
  function() return wrk.format("GET", base .. "/insurance/plans?page_size=20") end,
  function() return wrk.format("GET", base .. "/insurance/patients/" .. patient .. "/insurance") end,
  function() return wrk.format("GET", base .. "/insurance/settings") end,
  function() return wrk.format("GET", base .. "/insurance/carriers?search=Soak&page_size=10") end,
  function()
    return wrk.format("POST", base .. "/insurance/carriers", nil,
      string.format('{"carrier_name":"Soak %d-%d-%d"}', thread_id, counter, math.random(1e9)))
  end,
  function()
    return wrk.format("POST", base .. "/patients", nil,
      string.format('{"first_name":"Soak","last_name":"Patient %d-%d"}', thread_id, counter))
  end,
  function()
    return wrk.format("POST", base .. "/insurance/estimates", nil, string.format(
      '{"patient_uuid":"%s","location_uuid":"%s","procedures":[{"procedure_code":"D0120"},{"procedure_code":"D1110"},{"procedure_code":"D2391","tooth":"14","surfaces":"MO"}]}',
      patient, location))
  end,
}

function request()
  counter = counter + 1
  return mix[(counter % #mix) + 1]()
end

function done(summary, latency, requests)
  io.write(string.format("LUA errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
LUA

echo "== warming up for 20 s"
wrk -t2 -c"$CONNECTIONS" -d20s -s "$WORK/mixed.lua" "$BW" > /dev/null
bench_heap "start (after warm-up)"

run_phase() {  # run_phase SECONDS LABEL
  echo "== wrk -t2 -c$CONNECTIONS -d${1}s --latency -s mixed.lua  ($2)"
  wrk -t2 -c"$CONNECTIONS" -d"${1}s" --latency --timeout 10s -s "$WORK/mixed.lua" "$BW" > "$WORK/$2.out"
  awk '/Requests\/sec|Non-2xx|Socket errors|LUA errors|requests in/ { print "   " $0 } $1 == "99%" { print "   p99 " $2 }' "$WORK/$2.out"
}
run_phase "$FIRST_PHASE" phase1
bench_heap "$((FIRST_PHASE / 60)) min $((FIRST_PHASE % 60)) s"
run_phase "$((SOAK_SECONDS - FIRST_PHASE))" phase2
bench_heap "the end ($((SOAK_SECONDS / 60)) min $((SOAK_SECONDS % 60)) s)"

echo
awk '
  /requests in/ { n += $1 }
  /Non-2xx/ { e += $NF }
  /Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { v = $i; sub(/,/, "", v); e += v } }
  /Requests\/sec/ { r[++k] = $2 }
  $1 == "99%" { p[++m] = $2 }
  END { printf "== %d requests, %.0f/s then %.0f/s, p99 %s then %s, errors (non-2xx + socket): %d (goal 0)\n", n, r[1], r[2], p[1], p[2], e }
' "$WORK/phase1.out" "$WORK/phase2.out"
grep -c "ERROR" "$WORK/app.log" | awk '{ print "== ERROR lines in the service log: " $1 }'
