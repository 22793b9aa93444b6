#!/usr/bin/env bash
# Measures the Spark job on one machine: the same JSON Lines input classified with --separate on local[1] and
# on local[2], reports per second for each (docs/spark.md). Runs spark-submit when it is on the PATH, else the
# job's jar with Spark's jars from the Maven build (what spark-submit does in local mode).
#   scripts/spark-local-run.sh [COPIES] [CORPUS_DIR]   (default: 10 copies of ../shared/corpus/dev)
# MVN_FLAGS=-o runs Maven offline; SKIP_BUILD=1 uses the jar already in target/.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-10}
corpus=${2:-../shared/corpus/dev}
[[ -d "$corpus" ]] || { echo "spark-local-run: no corpus at $corpus" >&2; exit 2; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q ${MVN_FLAGS:-} -Pspark -DskipTests package >&2
fi
mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark-classpath.txt >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$copies" "$work/input.jsonl" <<'PY'
import json, pathlib, sys
corpus, copies, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
files = sorted(corpus.glob("*.txt"))
with open(out, "w", encoding="utf-8") as f:
    for n in range(copies):
        for p in files:
            f.write(json.dumps({"id": f"{p.stem}-{n}", "text": p.read_bytes().decode("utf-8", "replace")}) + "\n")
PY
reports=$(grep -c . "$work/input.jsonl")
head -1 "$work/input.jsonl" > "$work/one.jsonl"

# what spark-submit adds on Java 17 (the same list as the pom's spark.java.options)
opens=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' pom.xml)

run() { # MASTER INPUT OUT
  if command -v spark-submit >/dev/null; then
    spark-submit --master "$1" --conf spark.ui.enabled=false --class org.incidentclassifier.spark.ClassifyJob \
      target/incident-spark.jar --separate -o "$3" "$2"
  else
    # shellcheck disable=SC2086
    java $opens -Dspark.master="$1" -Dspark.ui.enabled=false \
      -cp "target/incident-spark.jar:$(cat target/spark-classpath.txt)" org.incidentclassifier.spark.ClassifyJob \
      --separate -o "$3" "$2"
  fi
}

seconds() { # MASTER INPUT OUT -> wall-clock seconds of one run
  local start end
  start=$(date +%s.%N)
  local code=0
  run "$@" 2>>"$work/log" || code=$?
  if (( code > 1 )); then # 1: some reports are error records; more: the job did not run
    echo "spark-local-run: the job exited $code:" >&2
    grep 'incident-spark:' "$work/log" | tail -3 >&2
    exit 1
  fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

# a first run compiles the rules into the disk cache (a new jar is a new build): not part of what is measured
seconds 'local[1]' "$work/one.jsonl" "$work/out-warm-$RANDOM" >/dev/null
echo "load before: $(cut -d" " -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"
echo "input: $reports reports ($copies copies of $corpus), $(du -h "$work/input.jsonl" | cut -f1)"
printf '%-9s %12s %12s %10s\n' master "start (s)" "total (s)" "docs/s"
for master in 'local[1]' 'local[2]'; do
  fixed=$(seconds "$master" "$work/one.jsonl" "$work/out-one-$RANDOM")
  total=$(seconds "$master" "$work/input.jsonl" "$work/out-$RANDOM")
  printf '%-9s %12.1f %12.1f %10.1f\n' "$master" "$fixed" "$total" "$(echo "($reports - 1) / ($total - $fixed)" | bc -l)"
done
grep 'incident-spark:' "$work/log" | sort | uniq -c >&2
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"
