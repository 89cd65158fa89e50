#!/usr/bin/env python3
"""Clean `trellis build` of many ordinary diagrams, and whether the cost per file grows.

Makes projects of N diagrams (the corpus files of ../shared/corpus, in name order, repeated
when N is larger than the corpus; each copy a distinct file), runs a clean `trellis build`
(default formats: png, pdf, svg) and a no-change build of each RUNS times, and prints the
median wall time, the time per diagram, and the peak RSS. Issue 8's target: 200 diagrams
clean in at most 2 s on two cores, the time per diagram not growing with N.

Usage: bench/build_scale.py [--sizes 50,100,200] [--runs 5] [--trellis PATH] [--jobs N]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")


def make_project(directory, count):
    corpus = sorted(name for name in os.listdir(CORPUS) if name.endswith(".mmd"))
    if not corpus:
        sys.exit(f"no .mmd files in {CORPUS}")
    diagrams = os.path.join(directory, "diagrams")
    os.makedirs(diagrams)
    for index in range(count):
        name = corpus[index % len(corpus)]
        target = os.path.join(diagrams, f"{index:04d}-{name}")
        shutil.copyfile(os.path.join(CORPUS, name), target)


def timed(command, cwd, env):
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    if result.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} exited {result.returncode}:\n{result.stderr[-2000:]}")
    lines = (result.stdout + result.stderr).strip().splitlines()
    return elapsed, peak, [line for line in lines if line.startswith("built ")][-1:] or [""]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50,100,200")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--trellis", default=os.path.join(ROOT, ".build", "release", "trellis"))
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("TRELLIS_FONTS_DIR", os.path.join(ROOT, "fonts"))
    command = [os.path.abspath(args.trellis), "build", "."]
    if args.jobs:
        command += ["--jobs", str(args.jobs)]
    print(f"{'diagrams':>8}  {'clean (median)':>14}  {'per diagram':>11}  {'no-change':>9}  summary")
    for count in [int(size) for size in args.sizes.split(",")]:
        work = tempfile.mkdtemp(prefix=f"trellis-scale-{count}-")
        try:
            make_project(work, count)
            clean, unchanged, summary = [], [], ""
            for _ in range(args.runs):
                shutil.rmtree(os.path.join(work, "build"), ignore_errors=True)
                elapsed, _, lines = timed(command, work, env)
                clean.append(elapsed)
                summary = lines[0]
                unchanged.append(timed(command, work, env)[0])
            median = statistics.median(clean)
            print(f"{count:>8}  {median * 1000:>11.0f} ms  {median / count * 1000:>8.2f} ms  "
                  f"{statistics.median(unchanged) * 1000:>6.0f} ms  {summary}")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"peak RSS of any run: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
