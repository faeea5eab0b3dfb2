"""How conversion grows with a source's length: each seed stretched to 1, 2, 4 and 8 MB, converted.

Each seed is made long by repeating its own body (benchmarks/long.py) and converted as `plenum
convert` does (read, transforms, nothing-lost check, serialise, write), each size in a process of
its own so that its peak memory is its own. Printed per seed and size: wall and CPU seconds, CPU
seconds per MB and peak resident memory; then, per seed, how much the CPU seconds per MB grew from
the smallest size to the largest (1.0 is linear; a quadratic step doubles it with each doubling of
the size). The figures go to benchmarks/results/<date>-scaling.json too.
Usage: .venv/bin/python benchmarks/scaling.py [--sizes 1 2 4 8] [--seeds 000 003]
"""

from __future__ import annotations

import argparse
import datetime
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import long  # noqa: E402  (beside this file)

from plenum import pipeline, timing  # noqa: E402

MB = 1_000_000


def one(seed: Path, megabytes: float) -> dict:
    """Convert `seed` stretched to `megabytes`, in this process: its figures."""
    with tempfile.TemporaryDirectory(prefix="plenum-scaling-") as temporary:
        folder = Path(temporary)
        source = long.make(seed, int(megabytes * MB), folder / "seeds")
        out = folder / "tei"
        out.mkdir()
        shutil.copyfile(ROOT / "tei" / "persons.xml", out / "persons.xml")
        start, cpu = time.perf_counter(), time.process_time()
        pipeline.write(pipeline.convert(source, out), out)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = source.stat().st_size
    return {"seed": seed.name, "bytes": size, "seconds": seconds, "cpu_seconds": cpu, "stages": timing.take(),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="sizes in MB")
    parser.add_argument("--seeds", nargs="+", default=None, help="seed name prefixes (default: every seed)")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # one seed and size, in this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(Path(args.one[0]), float(args.one[1]))))
        return
    seeds = [path for path in sorted(long.SEEDS.glob("*.txt"))
             if args.seeds is None or any(path.name.startswith(prefix) for prefix in args.seeds)]
    print(f"{'seed':<28} {'MB':>5} {'wall s':>7} {'CPU s':>7} {'CPU s/MB':>8} {'peak MB':>8}")
    results = []
    for seed in seeds:
        rates = []
        for size in args.sizes:
            done = subprocess.run([sys.executable, __file__, "--one", str(seed), str(size)],
                                  capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(done.stderr)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            results.append(result)
            megabytes = result["bytes"] / MB
            rates.append(result["cpu_seconds"] / megabytes)
            print(f"{seed.name:<28} {megabytes:5.1f} {result['seconds']:7.2f} {result['cpu_seconds']:7.2f} "
                  f"{rates[-1]:8.2f} {result['peak_rss_mb']:8.0f}", flush=True)
        print(f"{seed.name:<28} CPU s/MB at {args.sizes[-1]:g} MB / at {args.sizes[0]:g} MB: "
              f"{rates[-1] / rates[0]:.2f}", flush=True)
    out = HERE / "results" / f"{datetime.date.today().isoformat()}-scaling.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"sizes_mb": args.sizes, "results": results}, indent=2) + "\n")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
