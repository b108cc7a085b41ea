"""The verdicts, the results file and the Markdown report, on hand-made measures (no benchmark is run)."""
from __future__ import annotations

import json

import pytest

from benchmarks.measures import ON_RATIO, ON_VALUE, CaseOutput, Measure
from benchmarks.report import CaseRun, scope_text, verdict, write_json, write_markdown
from benchmarks.run import _selected

ENVIRONMENT = {"date": "2025-01-01 00:00 UTC", "cpu_model": "Test CPU", "cores": 2, "memory_gb": 8.0,
               "os": "Linux", "python": "3.11", "qgis": "3.22", "gdal": "3.6", "load_at_start": 0.5,
               "load_at_end": 0.7}


def test_ratio_target_passes_and_fails_on_the_ratio():
    fast = Measure("x.time", "result_load", 1.2, "s", 1.0, "ogr2ogr", 1.3, ON_RATIO)
    slow = Measure("x.time", "result_load", 1.4, "s", 1.0, "ogr2ogr", 1.3, ON_RATIO)
    assert fast.ratio == pytest.approx(1.2) and fast.passed is True
    assert slow.passed is False and verdict(slow) == "FAIL"


def test_value_target_ignores_the_baseline():
    measure = Measure("x.stall", "gui_stall", 51.0, "ms", 10.0, "idle", 50.0, ON_VALUE)
    assert measure.passed is False
    assert Measure("x.stall", "gui_stall", 50.0, "ms", 10.0, "idle", 50.0, ON_VALUE).passed is True


def test_a_target_that_cannot_be_checked_is_a_miss_and_no_target_is_info():
    assert Measure("x", "c", None, "ms", None, "", 10.0).passed is False
    assert Measure("x", "c", 1.0, "s", 0.0, "", 1.3, ON_RATIO).passed is False  # no usable baseline
    info = Measure("x", "c", 5.0, "s")
    assert info.passed is None and verdict(info) == "INFO" and info.target_text() == "—"


def test_case_output_round_trips_with_every_required_field(tmp_path):
    output = CaseOutput("upload", [Measure("upload.time", "upload", 2.0, "s", 1.0, "plain", 3.0, ON_RATIO)],
                       ["a note"])
    path = tmp_path / "case.json"
    output.write(path)
    fields = json.loads(path.read_text())["measures"][0]
    assert {"name", "value", "baseline", "ratio", "unit", "target", "pass"} <= set(fields)
    assert fields["ratio"] == 2.0 and fields["pass"] is True
    again = CaseOutput.read(path)
    assert again.measures[0].ratio == 2.0 and again.notes == ["a note"]


def test_results_and_markdown_list_measures_crashes_and_environment(tmp_path):
    ok = CaseRun("cost_preview", 3.0, CaseOutput("cost_preview", [
        Measure("cost_preview.requests", "cost_preview", 2, "requests", 20, "naive", 2, ON_VALUE, "requests sent"),
        Measure("gui_stall.cost_update", "gui_stall", 60.0, "ms", 10.0, "idle", 50.0, ON_VALUE, "freeze")],
        ["the freeze was a garbage collection"]))
    crashed = CaseRun("upload", 1.0, error="Traceback\nRuntimeError: boom")
    run_info = {"quick": True, "only": ["cost_preview", "upload"], "wall_s": 4}
    results, markdown = tmp_path / "results.json", tmp_path / "BENCHMARKS.md"
    write_json([ok, crashed], ENVIRONMENT, run_info, results)
    write_markdown([ok, crashed], ENVIRONMENT, run_info, {"cost_preview": "How it is measured."}, markdown)

    data = json.loads(results.read_text())
    by_name = {item["name"]: item for item in data["results"]}
    assert by_name["cost_preview.requests"]["pass"] is True
    assert by_name["gui_stall.cost_update"]["pass"] is False
    assert by_name["upload.crashed"]["pass"] is False and "boom" in by_name["upload.crashed"]["error"]
    assert data["run"]["environment"]["cpu_model"] == "Test CPU"
    text = markdown.read_text()
    assert "| 4. Cost preview | requests sent | 2 requests |" in text
    assert "**FAIL**" in text and "**CRASH**" in text and "RuntimeError: boom" in text
    assert "Test CPU" in text and "3.22" in text and "garbage collection" in text
    assert "How it is measured." in text
    assert scope_text(run_info) == "partial run (quick; only cost_preview, upload)"
    assert "Development run" not in text  # only when the run says so


def test_a_development_run_says_so_in_both_outputs(tmp_path):
    runs = [CaseRun("plugin_start", 1.0, CaseOutput("plugin_start", [
        Measure("plugin_start.first_dock_show_ms", "plugin_start", 400.0, "ms", None, "", 150.0, ON_VALUE,
                "first dock show")]))]
    run_info = {"quick": True, "only": [], "wall_s": 60, "development": True}
    results, markdown = tmp_path / "results.json", tmp_path / "BENCHMARKS.md"
    write_json(runs, ENVIRONMENT, run_info, results)
    write_markdown(runs, ENVIRONMENT, run_info, {}, markdown)
    assert json.loads(results.read_text())["run"]["development"] is True
    text = markdown.read_text()
    assert "**Development run**" in text and "not results" in text
    assert "| 3. Plugin start | first dock show | 400 ms | — | — | ≤ 150 ms | **FAIL** |" in text


def test_case_selection_expands_aliases_and_refuses_unknown_names():
    assert _selected([]) == ["plugin_start", "cost_preview", "processing_list", "search_results", "upload",
                             "result_load", "result_link", "first_features", "processing_algorithms", "sandbox_engine"]
    assert _selected(["gui_stall"]) == ["cost_preview", "processing_list", "search_results", "upload", "result_load"]
    assert _selected(["sandbox_engine,plugin_start"]) == ["plugin_start", "sandbox_engine"]
    with pytest.raises(SystemExit, match="unknown case 'nope'"):
        _selected(["nope"])
