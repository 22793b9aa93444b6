#!/usr/bin/env bash
# Cold start: `classify` of one seed, timed as a whole five times with a warm rule cache (after one run that may
# fill it), first as `java -jar target/incident.jar`, then through the launcher `target/incident` (class data
# sharing, and the quick compiler only for short runs; its first run trains the class archive and is not timed);
# then one run of ColdStartBench that times the parts in one fresh JVM.
# Usage: scripts/cold-start.sh   (builds what it needs; run it on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile >/dev/null
seed=seeds/000_802d9e333d9d6a38.txt
java -jar target/incident.jar classify "$seed" >/dev/null   # fills the rule cache if it is cold
target/incident classify "$seed" >/dev/null                  # trains the launcher's class archive if there is none
for how in "java -jar target/incident.jar" "target/incident"; do
  echo "$how classify $seed"
  echo
  echo "| run | seconds (wall) | CPU seconds (user + sys) |"
  echo "|---|---|---|"
  for i in 1 2 3 4 5; do
    # shellcheck disable=SC2086 # $how is a command and its arguments
    /usr/bin/time -f "| $i | %e | %U + %S |" $how classify "$seed" 2>&1 >/dev/null | tail -1
  done
  echo
done
echo "| part | ms |"
echo "|---|---|"
java -cp "target/test-classes:target/incident.jar:target/lib/*" org.incidentclassifier.bench.ColdStartBench 2>/dev/null
