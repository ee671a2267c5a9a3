#!/usr/bin/env bash
# Imports a day's batch of N interchanges (default 200: three 835s of 5 claims × 2 lines to every 271) through
# POST …/insurance/x12/batches, polls the background run until it completes and prints the time from the POST to the
# last item, the items per second and the body's size.
#
#   bench/x12-batch/run.sh                          # starts target/bitewing.jar on a fresh embedded database
#   N=500 bench/x12-batch/run.sh                    # a larger batch
#   BW=… ORG=… TOKEN=… bench/x12-batch/run.sh       # or uses a running service
#
# Needs bash, curl, awk and a JDK (for the jar). The batch is generated here for one patient covered under member id
# BATCH<run>: every fourth interchange a 271 answering for them, the others 835s with their own trace numbers.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-200}
. bench/lib.sh
[ -n "${BW:-}" ] || bench_start
AUTH="Authorization: Bearer $TOKEN"; JSON="Content-Type: application/json"
API="$BW/api/v1/$ORG"
RUN=$RANDOM$RANDOM

echo "== setting up two codes and a patient covered under member id BATCH$RUN"
printf 'code,description,category,treat_area\nX0001,Bench batch code 1,Bench,none\nX0002,Bench batch code 2,Bench,none\n' \
  > "$WORK/codes.csv"
curl -sf -H "$AUTH" -H 'Content-Type: text/csv' -X POST "$API/procedure-codes/import" --data-binary @"$WORK/codes.csv" > /dev/null
bench_member Batch "Bench$RUN" "BATCH$RUN" "Bench Batch $RUN"

echo "== writing a batch of $N interchanges"
awk -v n="$N" -v run="$RUN" '
function segment(s) { print s "~"; count++ }
function open_(i, fid, version) {
  printf "ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*BENCHPRACTICE  *261201*1200*^*00501*%09d*0*P*:~\n", i
  printf "GS*%s*BENCHPAYER*BENCHPRACTICE*20261201*1200*%d*X*%s~\n", fid, i, version; count = 0 }
function close_(i) { count++; printf "SE*%d*0001~\nGE*1*%d~\nIEA*1*%09d~\n", count, i, i }
BEGIN {
  for (i = 1; i <= n; i++) {
    if (i % 4 == 0) {
      open_(i, "HB", "005010X279A1")
      segment("ST*271*0001*005010X279A1"); segment("BHT*0022*11*REQ" i "*20261201*1130")
      segment("HL*1**20*1"); segment("NM1*PR*2*BENCH PAYER*****PI*60054")
      segment("HL*2*1*21*1"); segment("NM1*1P*2*BENCH PRACTICE*****XX*1234567893")
      segment("HL*3*2*22*0"); segment("NM1*IL*1*BENCH" run "*BATCH****MI*BATCH" run)
      segment("DMG*D8*19800101*F"); segment("DTP*346*D8*20260101")
      segment("EB*1**35**BENCH PPO"); segment("EB*C*IND*35***23*50.00*****Y"); segment("EB*F*IND*35***23*1500.00*****Y")
      segment("EB*A**23^41*****0.00****Y"); segment("EB*A**25*****0.20****Y"); segment("EB*A**36*****0.50****Y")
      segment("MSG*WAITING PERIOD 12 MONTHS FOR MAJOR SERVICES")
      close_(i)
    } else {
      open_(i, "HP", "005010X221A1")
      segment("ST*835*0001"); segment("BPR*I*300.00*C*CHK************20261201"); segment("TRN*1*BATCH" run "T" i "*1999999999")
      segment("N1*PR*BENCH PAYER"); segment("N1*PE*BENCH PRACTICE*XX*1234567893"); segment("LX*1")
      for (c = 0; c < 5; c++) {
        segment(sprintf("CLP*B%sI%dC%d*1*100.00*60.00*20.00*12*P%d", run, i, c, c))
        segment("NM1*QC*1*BENCH" run "*BATCH****MI*BATCH" run)
        for (l = 1; l <= 2; l++) {
          segment(sprintf("SVC*AD:X000%d*50.00*30.00**1", l)); segment(sprintf("DTM*472*2026%02d%02d", 1 + i % 11, 1 + c))
          segment("CAS*PR*1*10.00"); segment("CAS*CO*45*10.00")
        }
      }
      close_(i)
    }
  } }' > "$WORK/batch.x12"
echo "   $(wc -c < "$WORK/batch.x12") bytes"

echo "== importing through the API"
t0=$(now)
BATCH=$(curl -sf -H "$AUTH" -H 'Content-Type: application/edi-x12' -X POST "$API/insurance/x12/batches" \
  --data-binary @"$WORK/batch.x12" | first_id)
t1=$(now)
while :; do
  curl -sf -H "$AUTH" "$API/insurance/x12/batches?page_size=200" > "$WORK/batches.json"
  status=$(grep -o "\"id\":\"$BATCH\",\"status\":\"[a-z]*\"" "$WORK/batches.json" | cut -d'"' -f8)
  [ "$status" = completed ] || [ "$status" = failed ] && break
  sleep 0.2
done
t2=$(now)
curl -sf -H "$AUTH" "$API/insurance/x12/batches/$BATCH" > "$WORK/batch.json"
items=$(grep -o '"progress":{[^}]*}' "$WORK/batch.json")
echo "   $status, $items"
awk -v a="$t0" -v b="$t1" -v c="$t2" -v n="$N" -v items="$items" 'BEGIN {
  split(items, parts, /[:,}]/); total = parts[3]
  printf "== %d interchanges (%d items):\n   POST answered (validated, stored, queued)  %.2f s\n   batch imported                            %.2f s   %.1f items/s\n",
    n, total, b - a, c - a, total / (c - a) }'
