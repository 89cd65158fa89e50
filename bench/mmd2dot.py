#!/usr/bin/env python3
"""Translates the flowchart subset used by the benchmark inputs into Graphviz DOT, so that
`dot` lays out the same graph: nodes with labels, edges with labels, subgraphs as clusters,
the direction. Shapes map to the nearest DOT shape. Not a general Mermaid converter."""
import re
import sys

NODE = re.compile(r'([A-Za-z0-9_]+)\s*(\(\[|\[\[|\[\(|\(\(|\[/|\[\\|\{\{|\[|\(|\{|>)(.*?)(\]\)|\]\]|\)\]|\)\)|/\]|\\\]|\}\}|\]|\)|\})')
ARROW = re.compile(r'\s*(-->|---|-\.->|==>|-\.-|===)\s*(?:\|([^|]*)\|)?\s*|\s*(--|-\.|==)\s+(.+?)\s+(-->|\.->|==>)\s*')
SHAPES = {"([": "box", "[[": "box", "[(": "cylinder", "((": "circle", "{{": "hexagon",
          "{": "diamond", "(": "box", "[": "box", ">": "cds", "[/": "parallelogram", "[\\": "parallelogram"}
RANKDIR = {"TB": "TB", "TD": "TB", "BT": "BT", "LR": "LR", "RL": "RL"}


def esc(text):
    return text.replace("<br/>", "\\n").replace("<br>", "\\n").replace('"', '\\"')


def node_ref(text, labels, shapes):
    text = text.strip()
    m = NODE.fullmatch(text)
    if m:
        ident, opener, label = m.group(1), m.group(2), m.group(3)
        labels[ident] = label.strip('"')
        shapes[ident] = SHAPES.get(opener, "box")
        return ident
    ident = re.match(r"[A-Za-z0-9_]+", text)
    return ident.group(0) if ident else text


def convert(src):
    out, labels, shapes, edges = [], {}, {}, []
    body = []
    rankdir = "TB"
    in_front = False
    for raw in src.splitlines():
        line = raw.strip()
        if line == "---":
            in_front = not in_front
            continue
        if in_front or not line or line.startswith("%%"):
            continue
        head = re.match(r"(flowchart|graph)\s*(\w+)?", line)
        if head:
            rankdir = RANKDIR.get(head.group(2) or "TB", "TB")
            continue
        if line.startswith(("classDef", "class ", "style ", "linkStyle")):
            continue
        sub = re.match(r"subgraph\s+(\w+)\s*(?:\[(.*)\])?", line)
        if sub:
            body.append(f'subgraph cluster_{sub.group(1)} {{ label="{esc(sub.group(2) or sub.group(1))}";')
            continue
        if line == "end":
            body.append("}")
            continue
        parts = ARROW.split(line)
        if len(parts) == 1:
            ident = node_ref(line, labels, shapes)
            body.append(f'"{ident}";')
            continue
        # parts: node, arrow-groups..., node
        step = 6
        nodes = [node_ref(parts[i], labels, shapes) for i in range(0, len(parts), step)]
        for k in range(len(nodes) - 1):
            g = parts[k * step + 1: k * step + step]
            label = g[1] or g[3]
            style = "dashed" if ((g[0] or "") + (g[2] or "")).startswith("-.") else (
                "bold" if ((g[0] or "") + (g[2] or "")).startswith("==") else "solid")
            edges.append((nodes[k], nodes[k + 1], label, style))
            body.append(f'"{nodes[k]}"; "{nodes[k + 1]}";')
    out.append("digraph G {")
    out.append(f'  rankdir={rankdir}; fontname="Inter"; node [fontname="Inter", fontsize=16, shape=box, style="rounded,filled", fillcolor="#ECECFF"]; edge [fontname="Inter"];')
    for ident in labels:
        out.append(f'  "{ident}" [label="{esc(labels[ident])}", shape={shapes[ident]}];')
    out += ["  " + b for b in body]
    for u, v, label, style in edges:
        attrs = [f"style={style}"] + ([f'label="{esc(label.strip())}"'] if label else [])
        out.append(f'  "{u}" -> "{v}" [{", ".join(attrs)}];')
    out.append("}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(convert(open(sys.argv[1]).read()))
