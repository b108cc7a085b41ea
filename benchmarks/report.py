"""The results writer: ``benchmarks/results.json`` and ``docs/BENCHMARKS.md``, both rewritten on every run."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

from .harness.workspace import REPO
from .measures import CaseOutput, Measure

RESULTS_JSON = REPO / "benchmarks" / "results.json"
BENCHMARKS_MD = REPO / "docs" / "BENCHMARKS.md"

SECTION_TITLES = {  # report sections, in the order of the brief's cases
    "result_load": "1. Result load",
    "gui_stall": "2. GUI stall",
    "plugin_start": "3. Plugin start",
    "cost_preview": "4. Cost preview",
    "sandbox_engine": "5. Sandbox engine",
    "result_link": "6. Over a real-world link",
    "first_features": "7. First features on the map",
    "processing_algorithms": "8. Processing algorithms",
}


CASE_TITLES = {  # the case processes, by the report section they feed
    "result_load": "1. Result load, extra memory (and 2. the GUI freeze at 100k)",
    "processing_list": "2. GUI stall: the processing list",
    "search_results": "2. GUI stall: search results",
    "cost_preview": "4. Cost preview (and 2. the GUI freeze during cost updates)",
    "upload": "2. GUI stall: a 200 MB upload",
    "plugin_start": "3. Plugin start (and its first dock show)",
    "sandbox_engine": "5. Sandbox engine",
    "result_link": "6. Over a real-world link (8 MB/s)",
    "first_features": "7. First features on the map",
    "processing_algorithms": "8. Processing algorithms (qgis_process)",
}


@dataclass
class CaseRun:
    name: str
    seconds: float
    output: Optional[CaseOutput] = None
    error: str = ""  # set when the case crashed

    @property
    def crashed(self) -> bool:
        return self.output is None


def verdict(measure: Measure) -> str:
    passed = measure.passed
    return "INFO" if passed is None else ("PASS" if passed else "FAIL")


def _number(value: Optional[float], unit: str = "") -> str:
    if value is None:
        return "—"
    if float(value).is_integer() and abs(value) < 1e6:
        return f"{int(value):,} {unit}".strip()
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}" if abs(value) < 1 else f"{value:,.2f}"
    return f"{text} {unit}".strip()


DEVELOPMENT_NOTE = ("**Development run**: a quick or otherwise unrepresentative run (small sizes, or a shared and busy "
                    "machine). It shows that every case runs end to end; its figures are not results, and its PASS "
                    "and FAIL only hint at where the code stands.")


def scope_text(run_info: dict) -> str:
    parts = (["quick"] if run_info.get("quick") else []) + \
        ([f"only {', '.join(run_info['only'])}"] if run_info.get("only") else [])
    return f"partial run ({'; '.join(parts)})" if parts else "full run"


def all_measures(runs: List[CaseRun]) -> List[Measure]:
    return [m for run in runs if run.output for m in run.output.measures]


def write_json(runs: List[CaseRun], environment: dict, run_info: dict, path: Path = RESULTS_JSON) -> None:
    results = [m.to_json() for m in all_measures(runs)]
    for run in runs:
        if run.crashed:
            results.append({"name": f"{run.name}.crashed", "case": run.name, "value": None, "baseline": None,
                            "ratio": None, "unit": "", "target": None, "pass": False,
                            "error": run.error[-2000:]})
    payload = {"run": {**run_info, "environment": environment,
                       "case_seconds": {run.name: round(run.seconds, 1) for run in runs}},
               "results": results}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_markdown(runs: List[CaseRun], environment: dict, run_info: dict, methods: Dict[str, str],
                   path: Path = BENCHMARKS_MD) -> None:
    lines = ["# Benchmarks", "",
             "Written by `make bench` (`python -m benchmarks.run`) on every run; do not edit by hand. Every ratio is "
             "taken against a baseline measured in the same run on the same machine. A FAIL is a finding about the "
             "code, not a reason to loosen the target.", ""]
    lines += ["| Date | CPU | Cores | Memory | QGIS | GDAL | Python | Load (1 min) start → end | Scope | Wall time |",
              "|---|---|---|---|---|---|---|---|---|---|",
              f"| {environment['date']} | {environment['cpu_model']} | {environment['cores']} | "
              f"{environment['memory_gb']} GB | {environment['qgis']} | {environment['gdal']} | "
              f"{environment['python']} | {environment.get('load_at_start')} → {environment.get('load_at_end')} | "
              f"{scope_text(run_info)} | {run_info.get('wall_s', 0):.0f} s |", ""]
    if run_info.get("development"):
        lines += [DEVELOPMENT_NOTE, ""]
    lines += ["A load above the core count means other work shared the machine: figures are then slower and noisier "
              "than on an idle one (the stall cases report the median of repeated runs for that reason).", ""]
    lines += ["## Results", "", "| Case | Measure | Value | Baseline | Ratio | Target | Result |",
              "|---|---|---|---|---|---|---|"]
    measures = all_measures(runs)
    sections = dict(SECTION_TITLES)
    sections.update({m.case: m.case for m in measures if m.case not in sections})  # never drop a measure
    for section, title in sections.items():
        for m in (m for m in measures if m.case == section):
            baseline = f"{_number(m.baseline, m.unit)} ({m.baseline_label})" if m.baseline is not None else "—"
            ratio = f"{m.ratio:.2f}" if m.ratio is not None else "—"
            lines.append(f"| {title} | {m.description or m.name} | {_number(m.value, m.unit)} | {baseline} | "
                         f"{ratio} | {m.target_text()} | **{verdict(m)}** |")
    for run in runs:
        if run.crashed:
            lines.append(f"| {run.name} | the case crashed (see below) | — | — | — | — | **CRASH** |")
    lines.append("")
    notes = [(run.name, note) for run in runs if run.output for note in run.output.notes]
    crashes = [run for run in runs if run.crashed]
    if notes or crashes:
        lines += ["## Findings and notes", ""]
        lines += [f"- **{name}**: {note}" for name, note in notes]
        for run in crashes:
            tail = "\n".join(run.error.strip().splitlines()[-12:])
            lines += [f"- **{run.name} crashed**:", "", "```", tail, "```"]
        lines.append("")
    lines += ["## Details", "", "Absolute figures behind each line (phases, samples, counts), from "
              "`benchmarks/results.json`:", ""]
    for m in measures:
        if m.details:
            lines.append(f"- `{m.name}`: " + "; ".join(f"{k} = {v}" for k, v in m.details.items()))
    lines += ["", "## How each case is measured", "",
              "Each case runs in its own process (`python -m benchmarks.cases.<name>`), with its own sandbox server "
              "(`python -m sandbox serve --demo` on a free port and a fresh data dir) where it needs one; QGIS runs "
              "headless (offscreen platform) with a throwaway profile; byte code is cached as QGIS does for a "
              "plugin in the user's profile. A GUI freeze is the longest gap between the ticks of a 10 ms QTimer on "
              "the GUI thread. The stall cases run twice: on an otherwise idle machine, and \"with another process "
              "busy on one core\" (a child process spinning at normal priority for the whole measurement, "
              "`harness/busy.py`), where the same millisecond targets apply. A line without a target is reported "
              "for information; a line without a baseline has an absolute target (what a user feels), and says "
              "so.", ""]
    for name, text in methods.items():
        lines += [f"### {CASE_TITLES.get(name, name)} (`{name}`)", "", text.strip(), ""]
    lines += ["## Running", "",
              "```bash",
              "make bench                                    # everything, < 15 minutes on 2 cores",
              "export QT_QPA_PLATFORM=offscreen",
              ".venv/bin/python -m benchmarks.run --quick             # smoke run, marked as a development run",
              ".venv/bin/python -m benchmarks.run --only result_load  # one case (several: comma-separated)",
              ".venv/bin/python -m benchmarks.run --only gui_stall    # every case with a stall measure",
              ".venv/bin/python -m benchmarks.run --development       # full sizes, marked as not final",
              ".venv/bin/python -m benchmarks.cases.first_features --quick --out /tmp/f.json  # one case, no report",
              ".venv/bin/python -m pytest benchmarks/tests -q        # the harness itself",
              "```", "",
              "The runner prints PASS/FAIL per measure and exits 0 even on a miss (it is a report); it exits 1 only "
              "when a case crashed. Temporary data lives under `benchmarks/.work/` and is removed afterwards "
              "(`BENCH_KEEP_WORK=1` keeps it).", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
