#!/usr/bin/env bash
# Estimates per second of the estimation engine alone (JMH): a 10-procedure treatment plan on two plans with 50
# claim-history rows. A build of its own (pom.xml here), so ./mvnw verify and CI never run it.
#
#   bench/estimate-engine/run.sh            # JMH defaults of the benchmark: 3 × 2 s warm-up, 5 × 2 s measured, 1 fork
#   JMH_ARGS="-wi 1 -i 3" bench/estimate-engine/run.sh
set -euo pipefail
cd "$(dirname "$0")"
../../mvnw -q -ntp -f pom.xml package
java -jar target/benchmarks.jar ${JMH_ARGS:-} -rf json -rff target/result.json EstimateEngineBenchmark | tail -n 4
awk '/"score"/ && !done { gsub(/[ ,]/, ""); split($0, a, ":"); printf "== %.0f estimates/s (10 procedures, 2 plans, 50 history rows)\n", a[2]; done = 1 }' \
  target/result.json
