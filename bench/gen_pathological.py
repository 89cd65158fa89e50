#!/usr/bin/env python3
"""Pathological but legal inputs (issue 10): each must render within its recorded bound or
stop at a limit with a diagnostic. Writes bench/inputs/pathological/*.mmd and prints the
names. Usage: bench/gen_pathological.py [OUTDIR]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# name -> (seconds allowed for a debug build, expected outcome: "ok" or a limit id)
BOUNDS = {
    "chain5000": (120, "ok"),
    "complete60": (120, "ok"),
    "nested50": (60, "ok"),
    "label100k": (30, "trellis.limit-label-length"),
    "multi1000": (60, "ok"),
    "nested100": (10, "trellis.limit-subgraph-depth"),
    "nodes12000": (30, "trellis.limit-nodes"),
}


def chain(n):
    return "flowchart TD\n" + "".join(f"  n{i} --> n{i + 1}\n" for i in range(n - 1))


def complete(n):
    lines = ["flowchart TD"]
    for a in range(n):
        for b in range(a + 1, n):
            lines.append(f"  v{a} --> v{b}")
    return "\n".join(lines) + "\n"


def nested(depth):
    lines = ["flowchart TD"]
    for d in range(depth):
        lines.append("  " * d + f"subgraph s{d} [level {d}]")
    lines.append("  " * depth + "x --> y")
    for d in reversed(range(depth)):
        lines.append("  " * d + "end")
    lines.append("a --> x")
    return "\n".join(lines) + "\n"


def big_label(size):
    words = ("lorem ipsum dolor sit amet " * (size // 27 + 1))[:size]
    return f'flowchart LR\n  a["{words}"] --> b\n'


def multi(count):
    return "flowchart LR\n" + "".join(f"  a --> b\n" for _ in range(count))


def isolated(count):
    return "flowchart TD\n" + "".join(f"  n{i}\n" for i in range(count))


INPUTS = {
    "chain5000": lambda: chain(5000),
    "complete60": lambda: complete(60),
    "nested50": lambda: nested(50),
    "label100k": lambda: big_label(100_000),
    "multi1000": lambda: multi(1000),
    "nested100": lambda: nested(100),
    "nodes12000": lambda: isolated(12_000),
}


def generate(outdir):
    os.makedirs(outdir, exist_ok=True)
    paths = {}
    for name, make in INPUTS.items():
        path = os.path.join(outdir, name + ".mmd")
        with open(path, "w") as f:
            f.write(make())
        paths[name] = path
    return paths


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "inputs", "pathological")
    for name, path in generate(out).items():
        print(name, path)
