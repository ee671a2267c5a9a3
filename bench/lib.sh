# Shared by the bench scripts: start the service on the embedded PostgreSQL with demo data, and stop it again.
# Source it from the repository root; it sets WORK (a scratch dir removed on exit), APP_PID, PGPORT, BW, ORG, TOKEN.

WORK=$(mktemp -d)
APP_PID=""
bench_cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap bench_cleanup EXIT

now() { date +%s.%N; }

# first_id: the first "id" of the JSON answer on stdin.
first_id() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }

# bench_start [ENV=value ...]: a fresh data dir, demo data, rate limit off; extra settings override.
bench_start() {
  JAR=${JAR:-target/bitewing.jar}
  [ -f "$JAR" ] || ./mvnw -q -ntp package -DskipTests
  PORT=${PORT:-18190}
  env PORT="$PORT" BITEWING_DATA_DIR="$WORK/data" BITEWING_DEMO=true BITEWING_RATE_LIMIT_PER_MINUTE=0 "$@" \
    java ${JAVA_OPTS:-} -jar "$JAR" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$PORT/actuator/health" > /dev/null && [ -f "$WORK/data/demo.env" ] && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the service did not start:"; tail -20 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  PGPORT=$(grep -o 'Embedded PostgreSQL listening on port [0-9]*' "$WORK/app.log" | tail -1 | grep -o '[0-9]*$')
  # shellcheck disable=SC1091
  . "$WORK/data/demo.env"
  export BW ORG TOKEN PGPORT
}

# bench_member FIRST LAST MEMBER_ID LABEL: a patient covered (self) under MEMBER_ID on a plan of a new carrier, both
# named LABEL; needs AUTH, JSON and API; sets PATIENT, CARRIER, PLAN and PP.
bench_member() {
  PATIENT=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/patients" \
    -d "{\"first_name\":\"$1\",\"last_name\":\"$2\",\"birthdate\":\"1980-01-01\"}" | first_id)
  CARRIER=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/carriers" -d "{\"carrier_name\":\"$4\"}" \
    | first_id)
  PLAN=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/plans" \
    -d "{\"carrier_uuid\":\"$CARRIER\",\"plan_type\":\"ppo_percentage\",\"group_name\":\"$4\"}" | first_id)
  local subscription
  subscription=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/subscriptions" \
    -d "{\"insurance_plan_uuid\":\"$PLAN\",\"subscriber_uuid\":\"$PATIENT\",\"subscriber_id_number\":\"$3\"}" \
    | grep -o '"subscription":{"id":"[^"]*"' | cut -d'"' -f6)
  PP=$(curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/insurance/patients/$PATIENT/insurance" \
    -d "{\"insurance_subscription_uuid\":\"$subscription\",\"relationship_to_subscriber\":\"self\"}" | first_id)
}

# bench_heap LABEL: heap in use right after a full collection, in MB.
bench_heap() {
  jcmd "$APP_PID" GC.run > /dev/null
  sleep 1
  jcmd "$APP_PID" GC.heap_info | awk -v label="$1" '
    /used/ && !done { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v)
      printf "   heap after GC at %s: %.1f MB\n", label, v / 1024; done = 1 } }'
}

# bench_warm URL [wrk args ...]: load the route in 10 s rounds for at least WARMUP_MIN seconds (90) and until its
# rate stops climbing (two rounds in a row within 5 % of the best), at most WARMUP_MAX seconds (240). On two cores the
# JIT keeps compiling for a minute or more under load, with pauses in between, and a fixed short warm-up measured a
# half-compiled service at under half its settled rate.
bench_warm() {
  local url=$1 best=0 flat=0 spent=0 rate=0
  shift
  while [ "$spent" -lt "${WARMUP_MAX:-240}" ] && { [ "$spent" -lt "${WARMUP_MIN:-90}" ] || [ "$flat" -lt 2 ]; }; do
    rate=$(wrk -t2 -c"${CONNECTIONS:-16}" -d10s "$@" "$url" | awk '/^Requests\/sec/ { printf "%d", $2 }')
    spent=$((spent + 10))
    if [ "${rate:-0}" -gt $((best * 105 / 100)) ]; then best=$rate; flat=0; else flat=$((flat + 1)); fi
  done
  echo "   warmed up for ${spent}s; last round ${rate}/s"
}
