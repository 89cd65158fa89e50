#!/usr/bin/env python3
"""Save-to-event latency of `trellis serve` for the flagship diagram.

Starts `trellis serve` on a free port over a copy of diagrams/ARCH_SIGIL_TOPOLOGY.mmd,
listens on /events, then saves the file N times the way editors do (write a temporary
file, rename it over the original) with a changed comment line, and times each save until
its `data: changed …` event arrives. Prints the median and worst over the saves, the
server's own rebuild times, and the server's CPU use while idle.
Usage: bench/serve_latency.py [--saves 20] [--trellis PATH]
(default binary: .build/release/trellis when present, else .build/debug/trellis)
"""
import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FLAGSHIP = os.path.join(ROOT, "diagrams", "ARCH_SIGIL_TOPOLOGY.mmd")


def default_binary():
    for config in ("release", "debug"):
        path = os.path.join(ROOT, ".build", config, "trellis")
        if os.access(path, os.X_OK):
            return path
    sys.exit("no trellis binary: run `swift build` first or pass --trellis")


def wait_for_url(proc, log, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        log.append(line)
        match = re.search(r"(http://[^ ]+/) \(Ctrl-C", line)
        if match:
            return match.group(1)
    sys.exit("serve did not start:\n" + "".join(log))


def open_events(host, port):
    sock = socket.create_connection((host, port))
    sock.sendall(b"GET /events HTTP/1.1\r\nHost: %s:%d\r\nAccept: text/event-stream\r\n\r\n" % (host.encode(), port))
    return sock


def read_until(sock, needle, buffer):
    while needle not in buffer[0]:
        chunk = sock.recv(65536)
        if not chunk:
            raise RuntimeError("event stream closed")
        buffer[0] += chunk
    index = buffer[0].index(needle) + len(needle)
    buffer[0] = buffer[0][index:]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--trellis", default=None)
    args = parser.parse_args()
    binary = args.trellis or default_binary()
    work = tempfile.mkdtemp(prefix="trellis-serve-bench-")
    target = os.path.join(work, "flagship.mmd")
    shutil.copy(FLAGSHIP, target)
    original = open(FLAGSHIP, encoding="utf-8").read()
    proc = subprocess.Popen([binary, "serve", work, "--port", "0"], stderr=subprocess.PIPE, text=True, cwd=work)
    log = []
    try:
        url = wait_for_url(proc, log)
        host, port = re.match(r"http://([^:/]+):(\d+)/", url).groups()
        sock = open_events(host, int(port))
        buffer = [b""]
        read_until(sock, b": connected\n\n", buffer)
        latencies = []
        for n in range(args.saves):
            temporary = target + ".tmp"
            with open(temporary, "w", encoding="utf-8") as f:
                f.write(original + f"%% save {n}\n")
            start = time.perf_counter()
            os.replace(temporary, target)
            read_until(sock, b"data: changed flagship.mmd\n\n", buffer)
            latencies.append((time.perf_counter() - start) * 1000)
            time.sleep(0.15)
        before = cpu_seconds(proc.pid)
        time.sleep(5)
        idle = (cpu_seconds(proc.pid) - before) / 5 * 100
        sock.close()
    finally:
        proc.terminate()
        try:
            _, rest = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, rest = proc.communicate()
        shutil.rmtree(work, ignore_errors=True)
    log.append(rest or "")
    rebuilds = [int(m) for m in re.findall(r"rendered flagship\.mmd in (\d+) ms", "".join(log))][1:]
    print(f"binary: {binary}")
    print(f"save-to-event over {len(latencies)} saves of the flagship: median {statistics.median(latencies):.1f} ms, "
          f"min {min(latencies):.1f} ms, max {max(latencies):.1f} ms")
    if rebuilds:
        print(f"server rebuild (parse, layout, SVG): median {statistics.median(rebuilds)} ms")
    print(f"idle CPU over 5 s: {idle:.2f}% of one core")


if __name__ == "__main__":
    main()
