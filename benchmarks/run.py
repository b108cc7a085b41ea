"""``python -m benchmarks.run [--only NAME[,NAME]] [--quick]``: run the cases, print PASS/FAIL, write the report.

Each case runs in its own process (a crash or a hung QGIS cannot take the others down) and hands back its
measures as JSON. The exit code is 0 even when targets are missed (this is a report); 1 only if a case crashed.
"""
from __future__ import annotations

import argparse
import importlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

from . import environment
from .harness.workspace import REPO, WORK_ROOT, cache_bytecode_like_qgis, remove_work_root
from .measures import CaseOutput
from .report import CASE_TITLES, CaseRun, verdict, write_json, write_markdown

# Run order: quick and light cases first, the CPU-heavy engine case last.
CASES = ("plugin_start", "cost_preview", "processing_list", "search_results", "upload", "result_load", "result_link",
         "first_features", "processing_algorithms", "sandbox_engine")
ALIASES = {  # report sections whose measures come from several case processes
    "gui_stall": ("processing_list", "search_results", "cost_preview", "upload", "result_load"),
}
CASE_TIMEOUT_S = {"result_load": 900, "result_link": 600, "first_features": 600, "sandbox_engine": 300}
DEFAULT_TIMEOUT_S = 180


def _selected(only: List[str]) -> List[str]:
    if not only:
        return list(CASES)
    wanted = []
    for item in (part.strip() for value in only for part in value.split(",")):
        if not item:
            continue
        names = ALIASES.get(item, (item,))
        for name in names:
            if name not in CASES:
                known = ", ".join(CASES + tuple(ALIASES))
                raise SystemExit(f"benchmarks.run: unknown case {item!r}; known cases: {known}")
            if name not in wanted:
                wanted.append(name)
    return [name for name in CASES if name in wanted]


def _run_case(name: str, quick: bool) -> CaseRun:
    results_dir = WORK_ROOT / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    out = results_dir / f"{name}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", f"benchmarks.cases.{name}", "--out", str(out)] + (["--quick"] if quick else [])
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    # its own session: on a timeout the whole group goes (the case's sandbox server and QGIS children too)
    process = subprocess.Popen(command, cwd=str(REPO), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=CASE_TIMEOUT_S.get(name, DEFAULT_TIMEOUT_S))
    except subprocess.TimeoutExpired as expired:
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate()
        return CaseRun(name, time.perf_counter() - started,
                       error=f"timed out after {expired.timeout:.0f} s\n{stderr or ''}")
    except KeyboardInterrupt:  # the case is in its own session: Ctrl-C does not reach it by itself
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not out.exists():
        return CaseRun(name, seconds, error=f"exit code {done.returncode}\n{done.stderr or done.stdout}")
    return CaseRun(name, seconds, output=CaseOutput.read(out))


def _print_run(run: CaseRun) -> None:
    if run.crashed:
        print(f"  CRASH  {run.name} ({run.seconds:.0f} s)")
        print("\n".join("         " + line for line in run.error.strip().splitlines()[-12:]))
        return
    for measure in run.output.measures:
        ratio = f"  ratio {measure.ratio:.2f}" if measure.ratio is not None else ""
        baseline = f" (baseline {measure.baseline:.4g} {measure.unit})" if measure.baseline is not None else ""
        value = "n/a" if measure.value is None else f"{measure.value:.4g} {measure.unit}"
        print(f"  {verdict(measure):5}  {measure.name}: {value}{baseline}{ratio}  target {measure.target_text()}")
    for note in run.output.notes:
        print(f"         note: {note}")
    print(f"         ({run.seconds:.0f} s)")


def _methods(names: List[str]) -> Dict[str, str]:
    """How each case measures: the docstring of its module, kept next to the code it describes."""
    texts = {}
    for name in names:
        module = importlib.import_module(f"benchmarks.cases.{name}")
        texts[name] = " ".join((module.__doc__ or "").split())
    return texts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[],
                        help=f"run only these cases (comma-separated or repeated): {', '.join(CASES)}, or "
                             f"{', '.join(ALIASES)}")
    parser.add_argument("--quick", action="store_true",
                        help="a smaller smoke run (e.g. 10k-30k buildings); marked as a development run")
    parser.add_argument("--development", action="store_true",
                        help="mark the report as a development run (e.g. a shared, busy machine): its figures are "
                             "not results")
    args = parser.parse_args(argv)
    names = _selected(args.only)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cache_bytecode_like_qgis()
    facts = environment.describe()
    print(f"Benchmarks on {facts['cpu_model']} ({facts['cores']} cores), QGIS {facts['qgis']}, GDAL {facts['gdal']}")
    started = time.perf_counter()
    runs = []
    try:
        for name in names:
            print(f"- {name} …", flush=True)
            run = _run_case(name, args.quick)
            _print_run(run)
            runs.append(run)
        facts["load_at_end"] = environment.load_average()
        run_info = {"quick": args.quick, "only": names if args.only else [],
                    "wall_s": round(time.perf_counter() - started), "development": args.quick or args.development}
        write_json(runs, facts, run_info)
        write_markdown(runs, facts, run_info, _methods(list(CASE_TITLES)))
    finally:  # last: importing the case modules above writes byte code into the work folder
        if os.environ.get("BENCH_KEEP_WORK") != "1":
            remove_work_root()
    failed = sum(1 for m in (m for r in runs if r.output for m in r.output.measures) if m.passed is False)
    crashed = [run.name for run in runs if run.crashed]
    print(f"Wrote {Path('benchmarks/results.json')} and {Path('docs/BENCHMARKS.md')}: "
          f"{failed} target(s) missed, {len(crashed)} case(s) crashed, {run_info['wall_s']} s.")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
