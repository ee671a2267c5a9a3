#!/usr/bin/env bash
# Imports an 835 of LINES (default 10,000) service lines through POST …/insurance/x12/835 (StAEDI read, matching,
# received history rows, line map, evidence, in one transaction) and times one SQL insert of the same number of
# claim_history rows with psql. Prints both and their ratio.
#
#   bench/x12-835-import/run.sh                       # starts target/bitewing.jar on a fresh embedded database
#   BW=… ORG=… TOKEN=… PGPORT=… bench/x12-835-import/run.sh   # or uses a running service and its database
#
# Needs bash, curl, awk, psql and a JDK (for the jar). The remittance is generated here: claims of 10 lines each for
# one patient, over 10 codes, each claim its own patient control number; the organisation gets an allowed_from_claims
# book so every paid line is evidence too.
set -euo pipefail
cd "$(dirname "$0")/../.."
LINES=${LINES:-10000}
. bench/lib.sh
[ -n "${BW:-}" ] || bench_start
: "${PGPORT:?set PGPORT to the database port}"
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres} PGPORT
AUTH="Authorization: Bearer $TOKEN"; JSON="Content-Type: application/json"
API="$BW/api/v1/$ORG"
RUN=$RANDOM$RANDOM

echo "== setting up 10 codes, a patient covered under member id BENCH$RUN and a claims book"
awk 'BEGIN { print "code,description,category,treat_area"; for (i = 0; i < 10; i++) printf "X%04d,Bench remittance code %d,Bench,none\n", i, i }' \
  > "$WORK/codes.csv"
curl -sf -H "$AUTH" -H 'Content-Type: text/csv' -X POST "$API/procedure-codes/import" --data-binary @"$WORK/codes.csv" > /dev/null
bench_member Remit "Bench$RUN" "BENCH$RUN" "Bench ERA $RUN"
curl -sf -o /dev/null -H "$AUTH" -H "$JSON" -X POST "$API/insurance/estimate-books" \
  -d "{\"name\":\"Bench claims $RUN\",\"rule_type\":\"allowed_from_claims\",\"insurance_plan_uuid\":\"$PLAN\"}"

echo "== writing an 835 of $LINES service lines"
awk -v lines="$LINES" -v run="$RUN" 'BEGIN {
  printf "ISA*00*          *00*          *ZZ*BENCHPAYER     *ZZ*BENCHPRACTICE  *261201*1200*^*00501*%09d*0*P*:~\n", run % 1000000000
  print "GS*HP*BENCHPAYER*BENCHPRACTICE*20261201*1200*1*X*005010X221A1~"
  n = 0; print "ST*835*0001~"; n++
  printf "BPR*I*%d.00*C*CHK************20261201~\n", lines * 60; n++
  printf "TRN*1*BENCH%s*1999999999~\n", run; n++
  print "N1*PR*BENCH PAYER~"; n++
  print "N1*PE*BENCH PRACTICE*XX*1234567893~"; n++
  print "LX*1~"; n++
  for (i = 0; i < lines; i++) {
    if (i % 10 == 0) {
      printf "CLP*BENCH%d*1*1000.00*600.00*200.00*12*PAYER%d~\n", i / 10, i / 10; n++
      printf "NM1*QC*1*BENCH%s*REMIT****MI*BENCH%s~\n", run, run; n++
    }
    printf "SVC*AD:X%04d*100.00*60.00**1~\n", i % 10; n++
    printf "DTM*472*2026%02d%02d~\n", 1 + (i / 10) % 12, 1 + (i / 120) % 28; n++
    print "CAS*PR*1*10.00**2*10.00~"; n++
    print "CAS*CO*45*20.00~"; n++
  }
  n++; printf "SE*%d*0001~\n", n
  print "GE*1*1~"; printf "IEA*1*%09d~\n", run % 1000000000 }' > "$WORK/era.835"
echo "   $(wc -c < "$WORK/era.835") bytes"

echo "== importing through the API"
t0=$(now)
curl -sf -H "$AUTH" -H 'Content-Type: application/edi-x12' -X POST "$API/insurance/x12/835" \
  --data-binary @"$WORK/era.835" > "$WORK/summary.json"
t1=$(now)
echo "   $(grep -o '"matched":[0-9]*' "$WORK/summary.json"), $(grep -o '"evidence_rows":[0-9]*' "$WORK/summary.json")"

echo "== one SQL insert of $LINES claim_history rows with psql"
SUB=$(psql -tA -c "select subscription_id from patient_plan where org_id = '$ORG' and id = '$PP'")
t2=$(now)
psql -q -v ON_ERROR_STOP=1 -c "insert into claim_history (org_id, id, patient_plan_id, subscription_id, procedure_code,
    date_of_service, units, fee, insurance_paid, deductible_applied, write_off, status, notes)
  select '$ORG', gen_random_uuid(), '$PP', '$SUB', 'X' || lpad((i % 10)::text, 4, '0'),
         date '2026-01-01' + (i % 300), 1, 100.00, 60.00, 10.00, 20.00, 'received', 'bench'
  from generate_series(1, $LINES) as i"
t3=$(now)
awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v n="$LINES" 'BEGIN {
  printf "== %d service lines:\n   835 import through the API  %.2f s\n   one SQL insert of the rows  %.2f s   ratio %.1f×\n",
    n, b - a, d - c, (b - a) / (d - c) }'
