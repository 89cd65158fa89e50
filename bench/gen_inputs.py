#!/usr/bin/env python3
"""Writes the benchmark's generated inputs into bench/inputs/ (deterministic, seeded).

small6.mmd    6 nodes, the size of a typical README diagram
layered100    100 nodes in 5 clusters, ~150 edges, labelled edges
layered1000   1000 nodes in 20 clusters, ~1500 edges
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "inputs")

SMALL = """flowchart LR
    A[Client] -->|HTTPS| B(Gateway)
    B --> C{Authorised?}
    C -->|yes| D[Service]
    C -->|no| E[Reject]
    D --> F[(Database)]
"""


def layered(n, clusters, seed, layers):
    rng = random.Random(seed)
    per_layer = n // layers
    ids = [f"n{i}" for i in range(n)]
    layer_of = {ids[i]: min(i // per_layer, layers - 1) for i in range(n)}
    by_layer = [[v for v in ids if layer_of[v] == k] for k in range(layers)]
    edges = []
    for k in range(1, layers):
        for v in by_layer[k]:
            for u in rng.sample(by_layer[k - 1], 1 if rng.random() < 0.5 else 2):
                edges.append((u, v, None))
    while len(edges) < int(n * 1.5):
        k = rng.randrange(0, layers - 2)
        edges.append((rng.choice(by_layer[k]), rng.choice(by_layer[k + rng.choice([1, 2])]), None))
    edges = [(u, v, (f"e{i}" if i % 10 == 0 else None)) for i, (u, v, _) in enumerate(edges)]
    cluster_of = {v: (i * clusters) // n for i, v in enumerate(ids)}
    lines = ["flowchart TB"]
    for c in range(clusters):
        lines.append(f"    subgraph c{c} [Cluster {c}]")
        lines += [f"        {v}[Node {v[1:]}]" for v in ids if cluster_of[v] == c]
        lines.append("    end")
    for u, v, label in edges:
        lines.append(f"    {u} -->|{label}| {v}" if label else f"    {u} --> {v}")
    return "\n".join(lines) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "small6.mmd": SMALL,
        "layered100.mmd": layered(100, 5, 100, 10),
        "layered1000.mmd": layered(1000, 20, 1000, 40),
        "layered5000.mmd": layered(5000, 50, 5000, 100),
    }
    for name, text in files.items():
        with open(os.path.join(OUT, name), "w") as f:
            f.write(text)
    print("wrote", ", ".join(sorted(files)))


if __name__ == "__main__":
    main()
