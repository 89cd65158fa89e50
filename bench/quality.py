#!/usr/bin/env python3
"""Layout quality over the corpus: Trellis vs mermaid.js 11, measured the same way.

Renders every ../shared/corpus/*.mmd to SVG with the trellis binary, measures the SVGs with
../shared/tools/layout_metrics.py, and prints per-file and total figures next to
../shared/reference/mermaidjs/metrics.tsv. Files Trellis rejects are listed as skipped.
Usage: bench/quality.py [--bin PATH] [--all] (--all prints every file, not only those with defects)
"""
import argparse
import csv
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPUS = os.path.join(SHARED, "corpus")
METRICS = os.path.join(SHARED, "tools", "layout_metrics.py")
REFERENCE = os.path.join(SHARED, "reference", "mermaidjs", "metrics.tsv")
OUT = os.path.join(HERE, "out", "corpus")
COLUMNS = ["crossings", "edge_through_node", "node_overlaps", "label_overlaps", "label_node_overlaps",
           "cluster_overlaps", "cluster_title_crossings"]


def read_tsv(text):
    return {os.path.splitext(os.path.basename(r["file"]))[0]: r for r in csv.DictReader(io.StringIO(text), delimiter="\t")}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=None)
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    binary = args.bin or os.path.join(subprocess.run(
        ["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True,
        check=True).stdout.strip(), "trellis")
    os.makedirs(OUT, exist_ok=True)
    names = sorted(f[:-4] for f in os.listdir(CORPUS) if f.endswith(".mmd"))
    rendered, skipped = [], []
    for name in names:
        svg = os.path.join(OUT, name + ".svg")
        r = subprocess.run([binary, "render", os.path.join(CORPUS, name + ".mmd"), "-o", svg],
                           capture_output=True, text=True)
        if r.returncode == 0:
            rendered.append(svg)
        else:
            lines = [l for l in r.stderr.splitlines() if "error:" in l]
            skipped.append((name, lines[0] if lines else r.stderr.strip()[:120]))
    ours = read_tsv(subprocess.run([sys.executable, METRICS, "--dialect", "trellis"] + rendered,
                                   capture_output=True, text=True).stdout)
    theirs = read_tsv(open(REFERENCE).read())
    totals_ours = {c: 0 for c in COLUMNS + ["area"]}
    totals_theirs = {c: 0 for c in COLUMNS + ["area"]}
    ratios, worse, large = [], [], []
    print("file\t" + "\t".join(f"{c} (ours/mjs)" for c in COLUMNS) + "\tarea ratio")
    for name in sorted(ours):
        o, t = ours[name], theirs.get(name)
        if t is None:
            continue
        for c in COLUMNS:
            totals_ours[c] += int(o[c]); totals_theirs[c] += int(t[c])
        totals_ours["area"] += float(o["area"]); totals_theirs["area"] += float(t["area"])
        ratio = float(o["area"]) / max(1.0, float(t["area"]))
        ratios.append(ratio)
        if int(o["crossings"]) > int(t["crossings"]):
            worse.append(f"{name} ({o['crossings']}/{t['crossings']})")
        if ratio > 1.5:
            large.append(f"{name} ({ratio:.2f})")
        defect = any(int(o[c]) > 0 for c in COLUMNS)
        if args.all or defect:
            print(name + "\t" + "\t".join(f"{o[c]}/{t[c]}" for c in COLUMNS) + f"\t{ratio:.2f}")
    print()
    print(f"TOTAL over {len(ours)} files rendered by both:")
    for c in COLUMNS:
        print(f"  {c:24} trellis {totals_ours[c]:5}   mermaid.js {totals_theirs[c]:5}")
    print(f"  {'area':24} trellis/mermaid.js = {totals_ours['area'] / max(1.0, totals_theirs['area']):.2f}")
    ratios.sort()
    median = ratios[len(ratios) // 2] if ratios else 0.0
    print(f"  {'median area ratio':24} {median:.2f}   files above 1.5: {len(large)}")
    print(f"more crossings than mermaid.js in {len(worse)} files: " + ", ".join(worse))
    print(f"area ratio above 1.5 in {len(large)} files: " + ", ".join(large))
    print(f"skipped {len(skipped)} (not compiled by trellis):")
    for name, reason in skipped:
        print(f"  {name}: {reason}")


if __name__ == "__main__":
    main()
