#!/usr/bin/env bash
# Throughput of the pipeline's stages as a share of bare OpenNLP (sentences + tokens + UD POS) on the same
# texts in the same run (src/test/java/org/incidentclassifier/bench/ThroughputBench.java).
# Usage: scripts/throughput.sh [DIR]   (default: ../shared/corpus/dev). Builds the classes it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package test-compile >/dev/null
java -cp "target/test-classes:target/incident.jar:target/lib/*" org.incidentclassifier.bench.ThroughputBench "$@"
