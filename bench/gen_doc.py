#!/usr/bin/env python3
"""Writes bench/doc/doc30.md: a run-book of about 30 A4 pages with 5 Mermaid diagrams
(issue 11's document benchmark). Deterministic: the same file on every run."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "doc", "doc30.md")

SUBJECTS = ["The operator", "The on-call engineer", "The integrity job", "The deployment pipeline",
            "Each storage shard", "The verification gateway", "The backup controller", "The migration runner"]
VERBS = ["verifies", "coordinates", "reconfigures", "synchronizes", "documents", "authenticates",
         "replicates", "decommissions", "reconciles", "invalidates"]
OBJECTS = ["the encryption keys", "every snapshot of the LevelDB store", "the Postgres write-ahead log",
           "the administrative configuration", "the certificate authority bundle",
           "the replication topology", "the notification channels", "the capacity dashboards"]
TAILS = ["before traffic is switched", "after the maintenance window closes", "whenever an alert fires",
         "within the documented recovery objectives", "independently of the other availability zones",
         "unless the incident commander decides otherwise", "as described in the troubleshooting section"]


def sentence(rng):
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
    extra = rng.random()
    if extra < 0.2:
        parts[2] = f"`{rng.choice(['sigilctl', 'pg_dump', 'kubectl', 'helm'])} {rng.choice(['status', 'check', 'rollout'])}`"
    elif extra < 0.35:
        parts[2] = f"**{parts[2]}**"
    elif extra < 0.45:
        parts[3] = f"[{parts[3]}](https://example.com/runbook#{rng.randint(1, 99)})"
    return " ".join(parts) + "."


def paragraph(rng, sentences):
    return " ".join(sentence(rng) for _ in range(sentences))


DIAGRAM = """```mermaid
flowchart {direction}
  accTitle: {title}
  A[Alert fires] --> B{{Healthcheck failing?}}
  B -->|yes| C[Drain shard]
  B -->|no| D[Check disk usage]
  C --> E[Restore snapshot]
  D --> F{{Disk full?}}
  F -->|yes| G[Expand volume]
  F -->|no| H[Check DB locks]
  E --> I[Verify integrity]
  G --> I
  H --> I
  I --> J[Undrain shard]
```"""


def main():
    rng = random.Random(11)
    out = ["---", "title: Sigil-DNA operations handbook", "subtitle: Benchmark document (bench/gen_doc.py)",
           "author: Platform team", "version: 1.0", "toc: true", "numbered: true", "---", ""]
    diagrams = 0
    for section in range(1, 16):
        out += [f"## Section {section}: operating procedure", "", paragraph(rng, 5), "", paragraph(rng, 4), ""]
        for sub in range(1, 3):
            out += [f"### Step {section}.{sub}", "", paragraph(rng, 4), ""]
            out += [f"- {sentence(rng)}" for _ in range(4)] + [""]
            out += ["```bash", f"sigilctl shard drain sigil-store-{sub}   # step {section}.{sub}",
                    "sigilctl backup restore leveldb --shard sigil-store-1 --snapshot latest",
                    "sigilctl integrity run --shard sigil-store-1", "```", ""]
        if section % 2 == 0:
            out += ["| Alert | Severity | Meaning | First action |", "|---|---|---|---|"]
            out += [f"| Sigil{rng.choice(['Disk', 'Lock', 'Latency'])}{row} | SEV{rng.randint(1, 3)} | "
                    f"{sentence(rng)} | {sentence(rng)} |" for row in range(6)] + [""]
        if section % 3 == 0:
            out += ["> [!WARNING]", "> " + paragraph(rng, 2), ""]
        if section % 3 == 1 and diagrams < 5:
            diagrams += 1
            out += [DIAGRAM.format(direction="TD" if diagrams % 2 else "LR",
                                   title=f"Recovery flow {diagrams}"), ""]
        out += [paragraph(rng, 5), ""]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
