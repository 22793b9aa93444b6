#!/usr/bin/env python3
"""A large batch that must lose no document, with its peak memory.

Builds N inputs under distinct names: copies of the dev corpus (../shared/corpus/dev) plus 5% corrupt inputs of
six kinds (empty, binary, 5 MB, a 100k-token line, a number too large to be a count repeated, invisible characters
inside a real report), then classifies them four ways (grouped and --separate, JSON and JSON Lines) and checks,
for each run, that every input is a document of the verdict or an error record, and that the exit code is 1
(some inputs could not be classified). Prints one table row per run: seconds, docs/s, peak RSS (from
/usr/bin/time), documents, errors.

Usage: mvn -B -q -DskipTests package && scripts/batch-benchmark.py [N] [--jvm-opts '-Xmx768m'] [--modes grouped-json,...]
(default N=10000; the result table goes to stdout, for docs/performance.md).
"""
import argparse, json, os, pathlib, random, shutil, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MODES = {
    "grouped-json": [],
    "grouped-jsonl": ["--format", "jsonl"],
    "separate-json": ["--separate"],
    "separate-jsonl": ["--separate", "--format", "jsonl"],
}


def corrupt(kind, rng, reports):
    if kind == "empty":
        return b""
    if kind == "binary":
        return bytes(rng.randrange(256) for _ in range(4096))
    if kind == "five-mb":
        return (b"Gunmen stormed the depot and took workers hostage. " * 110000)[: 5 * 1024 * 1024]
    if kind == "long-line":
        return " ".join("word%d" % (i % 997) for i in range(100_000)).encode()
    if kind == "huge-number":
        return b"Officials said 99999999999 hostages were held at the plant. " * 50
    if kind == "invisible":
        text = rng.choice(reports)
        return "\u200b\u00ad\x1b[31m".join(text.split(" ")).encode()
    raise ValueError(kind)


def build(n, directory):
    rng = random.Random(20261202)
    reports = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DEV.glob("*.txt"))]
    sources = sorted(DEV.glob("*.txt"))
    kinds = ["empty", "binary", "five-mb", "long-line", "huge-number", "invisible"]
    bad = n // 20
    names = []
    for i in range(n):
        if i % 20 == 19 and bad > 0:
            bad -= 1
            kind = kinds[(i // 20) % len(kinds)]
            name = "%05d-corrupt-%s.txt" % (i, kind)
            (directory / name).write_bytes(corrupt(kind, rng, reports))
        else:
            source = sources[i % len(sources)]
            name = "%05d-copy-%s" % (i, source.name)
            shutil.copyfile(source, directory / name)
        names.append(name)
    return names


def accounted(output, jsonl):
    records = [json.loads(line) for line in output.splitlines() if line.strip()] if jsonl else [json.loads(output)]
    paths = []
    for record in records:
        paths += [d["path"] for d in record.get("documents", [])]
        paths += [e["path"] for e in record.get("errors", [])]
    errors = sum(len(r.get("errors", [])) for r in records)
    return [pathlib.Path(p).name for p in paths], errors


def run(mode, directory, names, jvm_opts, workers):
    out = directory.parent / (mode + ".out")
    command = ["/usr/bin/time", "-f", "%M %e", "java"] + jvm_opts + ["-jar", str(ROOT / "target" / "incident.jar"),
               "classify", "--quiet", "--workers", str(workers), "-o", str(out)] + MODES[mode] + [str(directory)]
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.time() - started
    rss_kb = int(done.stderr.strip().splitlines()[-1].split()[0])
    paths, errors = accounted(out.read_text(encoding="utf-8"), "jsonl" in mode)
    missing = sorted(set(names) - set(paths))
    doubled = len(paths) - len(set(paths))
    ok = not missing and not doubled and done.returncode == 1
    print("| %s | %d | %.0f | %.1f | %d | %d | %d | %d | %s |" % (mode, len(names), seconds, len(names) / seconds,
          rss_kb // 1024, len(paths) - errors, errors, done.returncode, "yes" if ok else
          "NO: %d missing, %d twice" % (len(missing), doubled)), flush=True)
    return ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=10000)
    parser.add_argument("--jvm-opts", default="")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--modes", default=",".join(MODES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="incident-batch-") as tmp:
        directory = pathlib.Path(tmp) / "batch"
        directory.mkdir()
        names = build(args.n, directory)
        print("| run | inputs | seconds | docs/s | peak RSS MB | documents | error records | exit | every input accounted |")
        print("|---|---|---|---|---|---|---|---|---|")
        ok = all([run(m, directory, names, args.jvm_opts.split(), args.workers) for m in args.modes.split(",")])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
