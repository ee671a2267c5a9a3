# Shared by the bench scripts that load fees: COUNT procedure codes (imported in one call) and clinics.
# Needs WORK, API, AUTH and JSON; writes their ids, one a line, to $WORK/code-ids and $WORK/clinic-ids.

json_ids() { grep -o '"id":"[^"]*"' | cut -d'"' -f4; }

# bench_codes_and_clinics LETTER CODES CLINICS: codes LETTER00000…, clinics named after LETTER.
bench_codes_and_clinics() {
  awk -v n="$2" -v p="$1" 'BEGIN { print "code,description,category,treat_area"
    for (i = 0; i < n; i++) printf "%s%05d,Bench procedure %d,Bench,none\n", p, i, i }' > "$WORK/codes.csv"
  curl -sf -H "$AUTH" -H 'Content-Type: text/csv' -X POST "$API/procedure-codes/import" --data-binary @"$WORK/codes.csv" > /dev/null
  : > "$WORK/code-ids"
  for page in $(seq 1 $((($2 + 199) / 200))); do
    curl -sf -H "$AUTH" "$API/procedure-codes?search=Bench%20procedure&page_size=200&page=$page" | json_ids >> "$WORK/code-ids"
  done
  : > "$WORK/clinic-ids"
  for i in $(seq 1 "$3"); do
    curl -sf -H "$AUTH" -H "$JSON" -X POST "$API/locations" -d "{\"name\":\"Bench clinic $1 $i $RANDOM$RANDOM\"}" \
      | json_ids | head -1 >> "$WORK/clinic-ids"
  done
}
