#!/usr/bin/env bash
# Runs rules eval on the shared dev corpus, writes docs/eval/dev-scores.txt and pastes the overall table
# into docs/eval/README.md (between the "== overall" fence markers). Run after `mvn -B -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
java -jar target/incident.jar rules eval --gold ../shared/corpus/dev-gold ../shared/corpus/dev \
  | sed 's|(\.\./shared/corpus/dev/|(|' > docs/eval/dev-scores.txt || true
python3 - <<'PY'
import re, pathlib
scores = pathlib.Path("docs/eval/dev-scores.txt").read_text()
table = scores[scores.index("== overall"):].rstrip("\n")
readme = pathlib.Path("docs/eval/README.md")
text = readme.read_text()
block = "```text\n" + table + "\n```"
if "SCORES" in text:
    text = text.replace("SCORES", block)
else:
    text = re.sub(r"```text\n== overall.*?```", lambda m: block, text, flags=re.S)
readme.write_text(text)
PY
echo "recorded: docs/eval/dev-scores.txt, docs/eval/README.md"
