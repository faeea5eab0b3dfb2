"""plenum's benchmark: synthetic archives of N documents built end to end, every stage measured.

For each N (10, 100 and 1,000 by default), in a fresh temporary project (seeds/ made by corpus.py,
tei/ holding the edition's persons.xml), in a process of its own so that its peak memory is its own:

* full build: convert, transforms, RELAX NG + Schematron, HTML and text, on every core;
* every word of every source found in its TEI (plenum.wordcheck), or the benchmark stops;
* rebuild with nothing changed, and after one source changed;
* full build with the XSD (xmlschema) and tei_all on every document, in a second fresh project;
* per stage, the seconds spent, summed over the worker processes (plenum.timing);
* the floor: lxml parse + serialise of the TEI files the build made, in one process;
* the engines' floor (floor.py): a minimal pipeline over the same TEI files on every core (read, lxml
  parse, RELAX NG, a small saxonche HTML stylesheet, write), each build's wall time given as a ratio to it;
* peak resident memory of the main process and of the largest worker, over the three builds.
* the CPU time (user + system, every process) of each build and the load average when it ended: on a
  machine busy with other work, wall times stretch and CPU times hold.

Results go to benchmarks/results/<date>-<machine>.json (<date>a-…, <date>b-… for the day's later runs;
none is overwritten; with CPU, cores and versions) and a table to
stdout. Usage: .venv/bin/python benchmarks/run.py [--sizes 10 100 1000] [--jobs N] [--no-all]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (beside this file)
import floor as engines_floor  # noqa: E402  (beside this file)

from plenum import __version__, pool, runner, tei, wordcheck  # noqa: E402
from plenum.edition import Edition  # noqa: E402
from plenum.readers import Conversion, Document  # noqa: E402
from plenum.readers.layouts import detect  # noqa: E402
from plenum.source import Source  # noqa: E402

# Stages in pipeline order, as plenum.timing names them.
STAGES = ["read+convert", "transforms", "nothing-lost check", "serialise", "lxml parse", "RELAX NG",
          "Saxon parse", "Schematron", "XSD", "tei_all", "summary and attestations", "HTML", "text",
          "persons.xml", "edition pages", "search", "search index", "review"]


def project(folder: Path, count: int) -> Path:
    """A fresh project: `count` synthetic sources and the edition's personography."""
    corpus.make(folder / "seeds", count)
    (folder / "tei").mkdir(parents=True)
    shutil.copyfile(ROOT / "tei" / "persons.xml", folder / "tei" / "persons.xml")
    return folder


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of the worker processes it has waited for."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def timed_build(folder: Path, jobs: int | None, schema: str = "project") -> tuple[float, dict]:
    """One build of a project: its wall time and its summary's figures (with its CPU time, every
    process's, and the load average when it ended: the machine may be busy with other work)."""
    start, cpu = time.perf_counter(), cpu_seconds()
    summary = runner.build(Edition.of(folder / "tei", [folder / "seeds"], folder / "site"), schema=schema, jobs=jobs)
    seconds = time.perf_counter() - start
    if summary.errors or summary.invalid:
        raise SystemExit(f"the build of {folder} failed: {summary.errors[:3]} {[str(p) for p in summary.problems[:3]]}")
    return seconds, {"converted": summary.converted, "checked": summary.valid + summary.invalid - summary.unchanged_documents,
                     "rendered": summary.rendered, "stages": summary.timings, "cpu_seconds": cpu_seconds() - cpu,
                     "load_average": os.getloadavg()[0]}


def change_one(seeds: Path) -> Path:
    """Change one word of one source, as an editor correcting a transcript would."""
    path = sorted(seeds.iterdir())[len(list(seeds.iterdir())) // 2]
    text = path.read_text(encoding="utf-8")
    match = list(re.finditer(r" (the) ", text))[-1]
    path.write_text(text[:match.start(1)] + "The" + text[match.end(1):], encoding="utf-8")
    return path


def floor(tei_dir: Path) -> tuple[float, int]:
    """Seconds to parse and serialise every TEI file of the edition with lxml, and their bytes."""
    files = [path for path in sorted(tei_dir.glob("*.xml")) if path.name != "persons.xml"]
    data = [path.read_bytes() for path in files]
    start = time.perf_counter()
    for name, content in zip(files, data):
        etree.tostring(tei.parse_bytes(content, name))
    return time.perf_counter() - start, sum(map(len, data))


def words_lost(folder: Path) -> list[str]:
    """The words of the corpus's sources their TEI lacks (plenum.wordcheck: no markup span trusted)."""
    lost = []
    for path in sorted((folder / "seeds").glob("*.txt")):
        source = Source.read(path)
        conv = Conversion(source, detect(source))
        conv.documents = [Document(path.stem, tei.parse_bytes((folder / "tei" / f"{path.stem}.xml").read_bytes(),
                                                              path.stem))]
        lost += wordcheck.lost_words(conv)
    return lost


def one(count: int, jobs: int | None, with_all: bool) -> dict:
    """Every figure for one size, measured in this process."""
    with tempfile.TemporaryDirectory(prefix=f"plenum-bench-{count}-") as temporary:
        folder = project(Path(temporary) / "project", count)
        source_bytes = sum(path.stat().st_size for path in (folder / "seeds").iterdir())
        full, figures = timed_build(folder, jobs)
        unchanged, again = timed_build(folder, jobs)
        change_one(folder / "seeds")
        changed, after = timed_build(folder, jobs)
        memory = peak_memory()  # the builds' own: what follows holds every file at once
        if lost := words_lost(folder):
            raise SystemExit(f"the TEI of the synthetic corpus lacks words of its sources: {lost[:3]}")
        floor_seconds, tei_bytes = floor(folder / "tei")
        pipeline_floor = engines_floor.run(folder / "tei", Path(temporary) / "floor", jobs)
        result = {
            "documents": count, "source_bytes": source_bytes, "tei_bytes": tei_bytes, "full_seconds": full,
            "cpu_seconds": {"full": figures["cpu_seconds"], "unchanged": again["cpu_seconds"],
                            "one_change": after["cpu_seconds"]},
            "load_average": {"full": figures["load_average"], "unchanged": again["load_average"],
                             "one_change": after["load_average"]},
            "stages": figures["stages"], "unchanged_seconds": unchanged, "one_change_seconds": changed,
            "one_change_work": {key: after[key] for key in ("converted", "checked")},
            "floor_seconds": floor_seconds, "pipeline_floor_seconds": pipeline_floor,
            "ratios": {"full": full / pipeline_floor, "unchanged": unchanged / pipeline_floor,
                       "one_change": changed / pipeline_floor},
        }
        if with_all:
            other = project(Path(temporary) / "all", count)
            result["all_seconds"], all_figures = timed_build(other, jobs, schema="all")
            result["all_stages"] = all_figures["stages"]
    return {**result, **memory}


def peak_memory() -> dict:
    """Peak resident memory so far of this process and of the largest worker process it waited for, in MB."""
    return {"peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown") \
        if Path("/proc/cpuinfo").exists() else platform.processor()
    import saxonche
    import xmlschema
    return {"cpu": cpu, "cores": pool.cores(), "python": platform.python_version(), "plenum": __version__,
            "commit": subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                     text=True).stdout.strip(),
            "lxml": etree.__version__, "libxml2": ".".join(map(str, etree.LIBXML_VERSION)),
            "saxonche": saxonche.PySaxonProcessor(license=False).version, "xmlschema": xmlschema.__version__}


def table(results: list[dict]) -> str:
    """The short table: totals per size, then each stage per document and as a multiple of the floor."""
    lines = ["documents  full s  docs/s  MB/s   unchanged s  one change s  with XSD+tei_all s  peak RSS main/worker MB"
             "  CPU s full/unchanged/one change  load"]
    for r in results:
        lines.append(f"{r['documents']:>9}  {r['full_seconds']:6.1f}  {r['documents'] / r['full_seconds']:6.1f}  "
                     f"{r['source_bytes'] / 1e6 / r['full_seconds']:4.2f}  {r['unchanged_seconds']:11.2f}  "
                     f"{r['one_change_seconds']:12.2f}  {r.get('all_seconds', float('nan')):18.1f}  "
                     f"{r['peak_rss_main_mb']:.0f}/{r['peak_rss_worker_mb']:.0f}"
                     f"  {r['cpu_seconds']['full']:.1f}/{r['cpu_seconds']['unchanged']:.2f}/{r['cpu_seconds']['one_change']:.2f}"
                     f"  {r['load_average']['full']:.1f}")
    lines += ["", "stage (CPU ms per document, all workers; x floor)" + "".join(f"  N={r['documents']:<14}" for r in results)]
    for stage in STAGES:
        cells = []
        for r in results:
            stages = {**r.get("all_stages", {}), **r["stages"]} if stage in ("XSD", "tei_all") else r["stages"]
            seconds = stages.get(stage)
            floor_ms = r["floor_seconds"] * 1000 / r["documents"]
            cells.append("  " + (f"{seconds * 1000 / r['documents']:7.2f} ({seconds * 1000 / r['documents'] / floor_ms:5.1f}x)"
                                 if seconds is not None else " " * 16))
        lines.append(f"{stage:<48}" + "".join(cells))
    lines.append(f"{'floor: lxml parse + serialise':<48}" + "".join(
        f"  {r['floor_seconds'] * 1000 / r['documents']:7.2f}         " for r in results))
    lines += ["", "engines' floor (read, parse, RELAX NG, saxonche HTML, write; every core): wall seconds, "
                  "and each build as a multiple of it"]
    for r in results:
        lines.append(f"N={r['documents']:<6} floor {r['pipeline_floor_seconds']:6.2f} s   full {r['ratios']['full']:5.1f}x   "
                     f"no change {r['ratios']['unchanged']:5.2f}x   one change {r['ratios']['one_change']:5.2f}x")
    return "\n".join(lines)


def free_name(folder: Path, day: str, name: str) -> Path:
    """The results file of a run on `day`: '<day>-<name>.json' for the day's first, then the letter after
    the last the day's files use ('<day>a-…', '<day>b-…'), so that the files sort as they were run and an
    earlier one is never overwritten."""
    used = [match.group(1) for path in folder.glob(f"{day}*")
            if (match := re.match(rf"{re.escape(day)}([a-z]?)-", path.name))]
    if not used:
        return folder / f"{day}-{name}.json"
    last = max(used)
    if last == "z":
        raise SystemExit(f"{folder}: the results files of {day} have used every letter; move some away")
    return folder / f"{day}{chr(ord(last) + 1) if last else 'a'}-{name}.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: every core)")
    parser.add_argument("--no-all", dest="with_all", action="store_false", help="skip the XSD + tei_all build")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process (JSON out)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.jobs, args.with_all)))
        return
    results = []
    for count in args.sizes:
        command = [sys.executable, __file__, "--one", str(count)] + (["--jobs", str(args.jobs)] if args.jobs else []) \
            + ([] if args.with_all else ["--no-all"])
        print(f"N = {count} ...", file=sys.stderr, flush=True)
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(done.stderr)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    about = machine()
    today = datetime.date.today().isoformat()
    name = re.sub(r"[^a-z0-9]+", "-", f"{about['cpu']} {about['cores']} cores".lower()).strip("-")
    out = free_name(HERE / "results", today, name)
    out.parent.mkdir(exist_ok=True)
    command = " ".join(["benchmarks/run.py", *sys.argv[1:]])
    out.write_text(json.dumps({"date": today, "command": command, "machine": about, "results": results}, indent=2) + "\n")
    print(table(results))
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
