"""The build on a Dask cluster against the local worker pool (issue 22): the scheduler's overhead per task.

For each N, the same synthetic archive (corpus.py) is built from scratch twice, each build in a process of
its own: on the local pool of W worker processes, and on a Dask LocalCluster of W worker processes
(`--cluster local:W`, started and closed by the build). Recorded per build: wall time, CPU time
(user+sys of the build's process and of every process it started), the tasks sent to workers, and the
load average before and after (the machine may be shared). The cluster's start-up and close alone are
timed on their own, and the overhead per task is

    (cluster build - pool build - cluster start-up and close) / tasks,

in wall seconds and in CPU seconds. The two editions are compared byte for byte.

Usage: .venv/bin/python benchmarks/cluster.py [--sizes 100 1000] [--workers 2]
Results go to benchmarks/results/<date>-cluster.json and a table to stdout.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
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

import corpus  # noqa: E402  (beside this file)


def _cpu() -> float:
    """CPU seconds (user+sys) of this process and of its children that ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def one_build(folder: Path, workers: int, backend: str) -> dict:
    """Build the archive in `folder` on `backend` (pool or cluster); its figures."""
    from plenum import runner
    from plenum.edition import Edition
    load, wall, cpu = os.getloadavg()[0], time.perf_counter(), _cpu()
    summary = runner.build(Edition.of(folder / "tei", [folder / "seeds"]), jobs=workers,
                           cluster=f"local:{workers}" if backend == "cluster" else None)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    assert not summary.errors, summary.errors[:3]
    return {"wall": round(wall, 2), "cpu": round(cpu, 2), "load before": load, "load after": os.getloadavg()[0],
            "tasks": summary.sources + summary.valid + summary.invalid + summary.reviewed,  # convert, check, review
            "documents": summary.valid}


def start_up(workers: int) -> dict:
    """A LocalCluster of `workers` processes started, connected to and closed, doing nothing."""
    import distributed
    wall, cpu = time.perf_counter(), _cpu()
    with distributed.LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        pass
    return {"wall": round(time.perf_counter() - wall, 2), "cpu": round(_cpu() - cpu, 2)}


def _apart(*arguments: str) -> dict:
    """This script's `--one` run in a process of its own; its JSON."""
    done = subprocess.run([sys.executable, __file__, "--one", *arguments], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def _same(first: Path, second: Path) -> bool:
    """Whether two builds wrote the same files with the same bytes."""
    def files(folder: Path) -> dict[str, bytes]:
        return {str(path.relative_to(folder)): path.read_bytes() for name in ("tei", "site", "review")
                for path in (folder / name).rglob("*")
                if path.is_file() and "pagefind" not in path.parts}  # not stable between two builds anyway
    return files(first) == files(second)


def measure(count: int, workers: int) -> dict:
    """Both builds of an archive of `count` sources, and the overhead per task."""
    with tempfile.TemporaryDirectory(prefix="plenum-dask-") as temporary:
        builds = {}
        for backend in ("pool", "cluster"):
            folder = Path(temporary) / backend
            corpus.make(folder / "seeds", count)
            (folder / "tei").mkdir(parents=True)
            shutil.copyfile(ROOT / "tei" / "persons.xml", folder / "tei" / "persons.xml")
            builds[backend] = _apart("build", str(folder), str(workers), backend)
        same = _same(Path(temporary) / "pool", Path(temporary) / "cluster")
    startup = _apart("start-up", str(workers))
    tasks = builds["cluster"]["tasks"]
    overhead = {kind: round((builds["cluster"][kind] - builds["pool"][kind] - startup[kind]) / tasks * 1000, 2)
                for kind in ("wall", "cpu")}
    return {"N": count, "workers": workers, "pool": builds["pool"], "cluster": builds["cluster"],
            "cluster start-up and close": startup, "overhead per task (ms)": overhead, "identical": same}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        kind, *rest = arguments.one
        figures = one_build(Path(rest[0]), int(rest[1]), rest[2]) if kind == "build" else start_up(int(rest[0]))
        print(json.dumps(figures))
        return
    results = []
    for count in arguments.sizes:
        results.append(measure(count, arguments.workers))
        row = results[-1]
        print(f"N={count}: pool {row['pool']['wall']} s wall / {row['pool']['cpu']} s CPU, cluster "
              f"{row['cluster']['wall']} s / {row['cluster']['cpu']} s, start-up {row['cluster start-up and close']}, "
              f"{row['cluster']['tasks']} tasks, overhead per task {row['overhead per task (ms)']} ms, "
              f"identical {row['identical']}", flush=True)
    out = HERE / "results" / f"{datetime.date.today()}-cluster.json"
    out.write_text(json.dumps({"machine": os.uname().machine, "cores": os.cpu_count(), "results": results},
                              indent=1) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
