"""Response times of `plenum serve`'s DTS API over the edition in tei/: a real server on loopback.

Starts `plenum serve --port 0` on tei/ (no site), asks every kind of request (the entry point, the
edition's collection, each document's collection entry, its whole citation tree, its whole TEI, and
every citable unit of every tree as a passage; each kind at least 200 times), and prints per kind
the number of requests, the median and 95th percentile of the wall time per request, and the server's
CPU time per request (its process's user+sys, so the figure holds on a busy machine); plus the startup
time (reading the edition and its citation trees). The figures go to benchmarks/results/<date>-dts.json too.
Usage: .venv/bin/python benchmarks/dts.py [--tei tei] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]


def cpu_seconds(pid: int) -> float:
    """User+system CPU seconds a process has used (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fetch(address: str, path: str) -> tuple[float, bytes]:
    """Wall seconds of one GET and its body (any status)."""
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(address + path, timeout=60) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        body = error.read()
    return time.perf_counter() - start, body


def requests(address: str) -> dict[str, list[str]]:
    """Every request of the benchmark, by kind."""
    kinds: dict[str, list[str]] = {"entry": ["/api/dts/"], "collection": ["/api/dts/collection/"],
                                   "resource": [], "navigation (down=-1)": [], "document (whole)": [],
                                   "passage (one unit)": []}
    root = json.loads(fetch(address, "/api/dts/collection/")[1])
    stems = []
    for member in root["member"]:
        inner = json.loads(fetch(address, f"/api/dts/collection/?id={quote(member['@id'])}")[1])
        stems += [m["@id"] for m in [member] + inner["member"] if m["@type"] == "Resource"]
    for stem in dict.fromkeys(stems):
        kinds["resource"].append(f"/api/dts/collection/?id={quote(stem)}")
        kinds["document (whole)"].append(f"/api/dts/document/?resource={quote(stem)}")
        trees = json.loads(fetch(address, f"/api/dts/collection/?id={quote(stem)}")[1])["citationTrees"]
        for tree in trees:
            name = f"&tree={tree['identifier']}" if "identifier" in tree else ""
            navigation = f"/api/dts/navigation/?resource={quote(stem)}&down=-1{name}"
            kinds["navigation (down=-1)"].append(navigation)
            for unit in json.loads(fetch(address, navigation)[1])["member"]:
                kinds["passage (one unit)"].append(
                    f"/api/dts/document/?resource={quote(stem)}&ref={quote(unit['identifier'])}{name}")
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tei", type=Path, default=ROOT / "tei")
    parser.add_argument("--rounds", type=int, default=3, help="times each request is asked (at least)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "plenum", "serve", "--tei", str(args.tei), "--site",
                                str(ROOT / "no-site"), "--port", "0"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while "citable units" not in line:
            line = process.stderr.readline()
            if not line:
                sys.exit(f"plenum serve did not start (exit code {process.wait()})")
        startup = time.perf_counter() - started
        address = re.search(r"at (http://\S+?)/ and", line).group(1)
        units = int(re.search(r"\((\d+) citable units\)", line).group(1))
        figures = {}
        for kind, paths in requests(address).items():
            cpu_before, times = cpu_seconds(process.pid), []
            for _ in range(max(args.rounds, -(-200 // len(paths)))):   # at least 200 requests a kind
                times += [fetch(address, path)[0] for path in paths]
            cpu = (cpu_seconds(process.pid) - cpu_before) / len(times)
            times.sort()
            figures[kind] = {"requests": len(times), "median_ms": round(statistics.median(times) * 1000, 2),
                             "p95_ms": round(times[int(len(times) * 0.95) - 1] * 1000, 2),
                             "server_cpu_ms": round(cpu * 1000, 2)}
    finally:
        process.terminate()
        process.wait(timeout=10)
    print(f"startup (read the edition, {units} citable units): {startup:.2f} s wall")
    print(f"{'request':24} {'n':>6} {'median ms':>10} {'p95 ms':>8} {'server CPU ms':>14}")
    for kind, f in figures.items():
        print(f"{kind:24} {f['requests']:>6} {f['median_ms']:>10} {f['p95_ms']:>8} {f['server_cpu_ms']:>14}")
    out = ROOT / "benchmarks" / "results" / f"{datetime.date.today().isoformat()}-dts.json"
    out.write_text(json.dumps({"command": " ".join(sys.argv), "python": sys.version.split()[0], "cpus": os.cpu_count(),
                               "startup_s": round(startup, 2), "units": units, "figures": figures}, indent=1) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
