#!/usr/bin/env python3
"""Trellis benchmark: whole-process runs of the release binary against Graphviz `dot`.

For each input (generated small/100/1000-node graphs and the flagship diagram) and each
format, runs `trellis render` and `dot -T<format>` on the same graph N times, alternating,
and prints the median wall time, the peak RSS and the ratio dot/trellis measured in the
same run. Usage: bench/run.py [--runs N] [--formats png,pdf,svg] [--markdown] [--no-build] [--trellis PATH] [--layout-only]
[--documents] (only the deck and document inputs against their budgets)
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
sys.path.insert(0, HERE)
import gen_inputs  # noqa: E402
import gen_pathological  # noqa: E402
import mmd2dot  # noqa: E402

INPUTS = [
    ("small (6 nodes)", os.path.join(HERE, "inputs", "small6.mmd")),
    ("flagship", os.path.join(ROOT, "diagrams", "ARCH_SIGIL_TOPOLOGY.mmd")),
    ("layered 100", os.path.join(HERE, "inputs", "layered100.mmd")),
    ("layered 1000", os.path.join(HERE, "inputs", "layered1000.mmd")),
]
# Layout only (the sum of the `layout:` lines of `trellis render --timings`): issue 5's budgets.
LAYOUT_INPUTS = INPUTS + [("layered 5000", os.path.join(HERE, "inputs", "layered5000.mmd"))]
LAYOUT_BUDGET_MS = {"flagship": 5, "layered 1000": 200, "layered 5000": 3000}
# Whole-process budgets of issue 9 (deck) and issue 11 (document); the inputs are committed.
DOCUMENT_INPUTS = [
    ("20-slide deck, 3 diagrams, 2 images", ["deck", os.path.join(HERE, "deck", "deck20.md")], 100),
    ("30-page document, 5 diagrams", ["doc", os.path.join(HERE, "doc", "doc30.md")], 300),
]


def layout_ms(trellis, path, runs):
    """Median layout time (ms) over `runs` runs, from --timings; None when a run fails."""
    samples = []
    for _ in range(runs):
        proc = subprocess.run([trellis, "render", path, "-o", os.path.join(OUT, "layout-only.svg"), "--timings"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            return None
        total = 0.0
        for line in proc.stderr.splitlines():
            if line.startswith("layout:"):
                total += float(line.split()[-2])
        samples.append(total)
    return statistics.median(samples)


def run_once(argv):
    """Wall seconds and peak RSS (MB) of one whole process, or None when it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        print(f"failed: {' '.join(argv)}\n{err}", file=sys.stderr)
        return None
    return wall, usage.ru_maxrss / 1024.0


def measure(argv, runs):
    """Median wall seconds and peak RSS over `runs` runs; None when the command fails."""
    samples = []
    for _ in range(runs):
        sample = run_once(argv)
        if sample is None:
            return None
        samples.append(sample)
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def cells(result):
    """(median, peak RSS) as text, or 'fails' twice."""
    if result is None:
        return "fails", "fails"
    return f"{result[0]*1000:.1f} ms", f"{result[1]:.1f} MB"


def ratio(ours, theirs):
    return "n/a" if ours is None or theirs is None else f"{theirs[0]/ours[0]:.1f}x"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--formats", default="png,pdf,svg")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--trellis", metavar="PATH", help="measure this trellis binary (implies --no-build)")
    parser.add_argument("--pathological", action="store_true",
                        help="only the pathological inputs (bench/gen_pathological.py), once each, against their bounds")
    parser.add_argument("--layout-only", action="store_true", help="only the layout times (render --timings)")
    parser.add_argument("--documents", action="store_true",
                        help="only the deck and document inputs (whole process, to PDF) against their budgets")
    args = parser.parse_args()

    if not args.no_build and not args.trellis:
        # Built as scripts/build.sh builds it: Swift runtime and Foundation linked statically.
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "trellis"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bindir = subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--show-bin-path"],
                            cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    trellis = args.trellis or os.path.join(bindir, "trellis")
    os.makedirs(OUT, exist_ok=True)
    if args.pathological:
        sys.exit(0 if pathological(trellis, args.markdown) else 1)
    if args.documents:
        documents(trellis, args.runs, args.markdown)
        return
    gen_inputs.main()

    layouts = []
    for name, path in LAYOUT_INPUTS:
        ms = layout_ms(trellis, path, max(3, args.runs // 2))
        budget = LAYOUT_BUDGET_MS.get(name)
        verdict = "" if budget is None or ms is None else ("met" if ms <= budget else "NOT met")
        layouts.append((name, "fails" if ms is None else f"{ms:.1f} ms", f"{budget} ms" if budget else "", verdict))
        if not args.markdown:
            print(f"{name:16} layout {layouts[-1][1]:>10}  budget {layouts[-1][2]:>8} {verdict}", flush=True)
    if args.layout_only:
        if args.markdown:
            print("| input | layout median | budget | |")
            print("|---|---:|---:|---|")
            for row in layouts:
                print("| " + " | ".join(row) + " |")
        return
    rows = []
    for name, path in INPUTS:
        stem = os.path.splitext(os.path.basename(path))[0]
        dot_file = os.path.join(OUT, stem + ".dot")
        with open(dot_file, "w") as f:
            f.write(mmd2dot.convert(open(path).read()))
        for fmt in args.formats.split(","):
            ours = measure([trellis, "render", path, "-o", os.path.join(OUT, f"{stem}.{fmt}")], args.runs)
            theirs = measure(["dot", f"-T{fmt}", dot_file, "-o", os.path.join(OUT, f"{stem}.dot.{fmt}")], args.runs)
            rows.append((name, fmt, ours, theirs))
            if not args.markdown:
                (om, orss), (tm, trss) = cells(ours), cells(theirs)
                print(f"{name:16} {fmt:4} trellis {om:>10} {orss:>9} | dot {tm:>10} {trss:>9} | "
                      f"dot/trellis {ratio(ours, theirs):>6}", flush=True)
    # `trellis check` (parse and validate, no rendering): the issue-4 budget is 5 ms per diagram.
    checks = []
    for name, path in INPUTS:
        result = measure([trellis, "check", path], args.runs)
        wall, rss = cells(result)
        checks.append((name, wall, rss))
        if not args.markdown:
            print(f"{name:16} check trellis {wall:>10} {rss:>9}", flush=True)
    corpus = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
    if os.path.isdir(corpus):
        count = len([f for f in os.listdir(corpus) if f.endswith(".mmd")])
        result = measure([trellis, "check", corpus], args.runs)
        per = "fails" if result is None else f"{result[0] * 1000 / count:.2f} ms per diagram"
        wall, rss = cells(result)
        checks.append((f"corpus ({count} files, one process)", f"{wall} ({per})", rss))
        if not args.markdown:
            print(f"corpus check     {count} files in {wall} = {per}, {rss}", flush=True)
    if args.markdown:
        print("| input | `trellis check` median | peak RSS |")
        print("|---|---:|---:|")
        for name, wall, rss in checks:
            print(f"| {name} | {wall} | {rss} |")
        print()
    if args.markdown:
        print("| input | layout median | budget | |")
        print("|---|---:|---:|---|")
        for row in layouts:
            print("| " + " | ".join(row) + " |")
        print()
        print("| input | format | trellis median | trellis peak RSS | dot median | dot peak RSS | dot / trellis |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for name, fmt, ours, theirs in rows:
            (om, orss), (tm, trss) = cells(ours), cells(theirs)
            print(f"| {name} | {fmt} | {om} | {orss} | {tm} | {trss} | {ratio(ours, theirs)} |")
    pathological(trellis, args.markdown)


def documents(trellis, runs, markdown):
    """Median whole-process time of each deck/document input compiled to PDF, against its budget."""
    rows = []
    for name, argv, budget in DOCUMENT_INPUTS:
        result = measure([trellis] + argv + ["-o", os.path.join(OUT, os.path.basename(argv[1]) + ".pdf")], runs)
        wall, rss = cells(result)
        verdict = "fails" if result is None else ("met" if result[0] * 1000 <= budget else "NOT met")
        rows.append((name, wall, rss, f"{budget} ms", verdict))
        if not markdown:
            print(f"{name:38} {wall:>10} {rss:>9}  budget {budget} ms {verdict}", flush=True)
    if markdown:
        print("| input | median | peak RSS | budget | |")
        print("|---|---:|---:|---:|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")


def pathological(trellis, markdown):
    """Each pathological input once: it must finish within its bound, or stop at the limit
    it is meant to hit (exit 1 with that diagnostic id). True when all are within bounds."""
    paths = gen_pathological.generate(os.path.join(OUT, "pathological"))
    rows, all_ok = [], True
    for name, path in paths.items():
        bound, expected = gen_pathological.BOUNDS[name]
        argv = [trellis, "render", path, "-o", os.path.join(OUT, "pathological", name + ".svg")]
        start = time.perf_counter()
        try:
            proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=bound)
            wall = time.perf_counter() - start
            err = proc.stderr.decode(errors="replace")
            if expected == "ok":
                verdict = "ok" if proc.returncode == 0 else f"FAILED (exit {proc.returncode})"
            else:
                # The human format shows the limit's flag; the id is its suffix (`limit-nodes` ↔ `--max-nodes`).
                flag = "--max-" + expected.split("limit-", 1)[-1]
                hit = proc.returncode == 1 and "more than the limit" in err and flag in err
                verdict = f"limit ({expected})" if hit else f"WRONG (exit {proc.returncode}, expected {expected})"
        except subprocess.TimeoutExpired:
            wall, verdict = bound, "TIMEOUT"
        ok = verdict == "ok" or verdict.startswith("limit")
        all_ok &= ok
        rows.append((name, f"{wall:.2f} s", f"{bound} s", verdict))
        if not markdown:
            print(f"pathological {name:12} {wall:8.2f} s  bound {bound:4} s  {verdict}", flush=True)
    if markdown:
        print("| pathological input | wall | bound | outcome |")
        print("|---|---:|---:|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    return all_ok


if __name__ == "__main__":
    main()
