#!/usr/bin/env python3
"""Pastes target/generated-docs/*.md (written by FactModelTest) into docs/RULES.md between their markers.

Run `mvn -B -q test -Dtest=FactModelTest` first; then this; then the test passes.
"""
import pathlib

guide = pathlib.Path("docs/RULES.md")
text = guide.read_text(encoding="utf-8")
for name in ("fact-model", "case-format"):
    generated = pathlib.Path(f"target/generated-docs/{name}.md").read_text(encoding="utf-8")
    begin = text.index(f"<!-- BEGIN {name}")
    body = text.index("\n", begin) + 1
    end = text.index(f"<!-- END {name} -->")
    text = text[:body] + generated + text[end:]
guide.write_text(text, encoding="utf-8")
