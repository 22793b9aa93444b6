#!/usr/bin/env bash
# Times the command line as a user runs it: a cold run on the seeds, and a batch of the dev corpus
# copied N times (default 10). Build first: mvn -B -q -DskipTests package
# Usage: scripts/bench.sh [copies]
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-10}"
jar=target/incident.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  mkdir -p "$work/batch/$i"
  cp ../shared/corpus/dev/*.txt "$work/batch/$i/"
done
docs=$(find "$work/batch" -name '*.txt' | wc -l)
bytes=$(cat "$work"/batch/*/*.txt | wc -c)

run() { # label, then the command; prints wall seconds (best of 3)
  local label="$1"; shift
  local best=""
  for _ in 1 2 3; do
    local start end secs
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$secs < $best" | bc)" = 1 ]; then best=$secs; fi
  done
  printf '%-52s %6.2f s\n' "$label" "$best"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
run "--help (JVM start only)" java -jar "$jar" --help
run "classify seeds/ (2 reports, cold)" java -jar "$jar" classify seeds/
run "classify --separate seeds/" java -jar "$jar" classify --separate seeds/
run "facts dev corpus (76 reports)" java -jar "$jar" facts ../shared/corpus/dev/
run "classify $docs reports ($bytes bytes), grouped" java -jar "$jar" classify "$work/batch"
run "classify $docs reports, --separate" java -jar "$jar" classify --separate "$work/batch"
