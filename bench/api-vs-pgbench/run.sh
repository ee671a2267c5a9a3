#!/usr/bin/env bash
# One run, same machine, same PostgreSQL, same concurrency:
#   pgbench -S -j 2 -M prepared over TCP against the service's embedded PostgreSQL (pgbench tables in their own
#   database), and wrk against GET /api/v1/{org}/insurance/plans/{id} of the demo organisation.
# Prints both rates, their ratio (goal >= 0.40) and p50/p99 latency of each.
#
#   bench/api-vs-pgbench/run.sh                   # CONNECTIONS=16 DURATION=30 SCALE=10 WARMUP_MIN=90 WARMUP_MAX=240
#
# Needs bash, curl, awk, pgbench, psql, wrk and a JDK. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
CONNECTIONS=${CONNECTIONS:-16}; DURATION=${DURATION:-30}; SCALE=${SCALE:-10}

echo "== starting the service (embedded PostgreSQL, demo data)"
bench_start
PLAN=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BW/api/v1/$ORG/insurance/plans?page_size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
URL="$BW/api/v1/$ORG/insurance/plans/$PLAN"
echo "   $URL"

echo "== pgbench tables (scale $SCALE) in database pgbench on port $PGPORT"
export PGHOST=localhost PGUSER=postgres PGPORT
psql -q -d postgres -c "create database pgbench" 
pgbench -q -i -s "$SCALE" pgbench > "$WORK/pgbench-init.log" 2>&1

echo "== warming the service up until its rate settles"
bench_warm "$URL" -H "Authorization: Bearer $TOKEN"

PGBENCH_CMD="pgbench -S -j 2 -M prepared -c $CONNECTIONS -T $DURATION -h localhost -p $PGPORT -U postgres pgbench"
WRK_CMD="wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency -H 'Authorization: Bearer …' $URL"

echo "== $PGBENCH_CMD"
(cd "$WORK" && $PGBENCH_CMD -l --sampling-rate=0.1 > pgbench.out 2>&1)
PG_TPS=$(grep -o 'tps = [0-9.]*' "$WORK/pgbench.out" | tail -1 | awk '{ print $3 }')
# Per-transaction log (10% sample): latency in microseconds is the third column.
read -r PG_P50 PG_P99 < <(cat "$WORK"/pgbench_log.* | awk '{ print $3 }' | sort -n | awk '
  { v[NR] = $1 } END { printf "%.2f %.2f\n", v[int(NR * 0.50)] / 1000, v[int(NR * 0.99)] / 1000 }')

echo "== $WRK_CMD"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$URL" > "$WORK/wrk.out"
API_RPS=$(awk '/^Requests\/sec/ { print $2 }' "$WORK/wrk.out")
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
API_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.out")")
API_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.out")")
NON2XX=$(awk '/Non-2xx/ { print $NF }' "$WORK/wrk.out"); NON2XX=${NON2XX:-0}

echo
printf '%-34s %12s %10s %10s\n' "" "per second" "p50 ms" "p99 ms"
printf '%-34s %12.0f %10s %10s\n' "pgbench -S (select by key)" "$PG_TPS" "$PG_P50" "$PG_P99"
printf '%-34s %12.0f %10s %10s\n' "GET /plans/{id} (wrk)" "$API_RPS" "$API_P50" "$API_P99"
awk -v a="$API_RPS" -v p="$PG_TPS" -v c="$CONNECTIONS" -v d="$DURATION" -v e="$NON2XX" 'BEGIN {
  printf "ratio API / pgbench: %.2f (goal >= 0.40) at %d connections, %d s each; non-2xx answers: %d\n", a / p, c, d, e }'
