#!/usr/bin/env bash
# One incident told by N reports of distinct wording (default 600): the time of its grouped analysis and the rules
# that fired most in the incident's session (src/test/java/org/incidentclassifier/bench/LargeIncidentBench.java).
# Usage: scripts/large-incident.sh [N]. Builds the classes it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests package test-compile >/dev/null
java -cp "target/test-classes:target/incident.jar:target/lib/*" org.incidentclassifier.bench.LargeIncidentBench "$@"
