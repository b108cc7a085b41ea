"""Rows, refresh diffs, transitions, details and action rules of the processing list (no Qt)."""
from datetime import datetime, timedelta, timezone

import pytest

from mapflow_processing.api.models.processing import Processing, ProcessingStatus
from mapflow_processing.core.processing_view import (Column, ListAction, action_state, action_states, build_row,
                                                     build_rows, describe_source, diff_rows, finished_since,
                                                     format_area_km2, processing_details)


def processing(pid, name=None, status="IN_PROGRESS", percent=40, **extra):
    data = {"id": pid, "name": name or f"proc {pid}", "projectId": "p1", "status": status,
            "percentCompleted": percent, "description": None,
            "workflowDef": {"id": "wd1", "name": "🏠 Buildings", "blocks": [
                {"name": "Classification", "displayName": "Classification", "optional": True, "price": 3}]},
            "aoiArea": 52_000, "aoiCount": 1, "cost": 3, "created": "2024-05-01T10:00:00Z",
            "updated": "2024-05-01T10:05:00Z", "rasterLayer": None, "vectorLayer": None, "messages": [],
            "params": {"sourceParams": {"dataProvider": {"providerName": "Sandbox_Demo", "zoom": 18},
                                        "myImagery": None, "imagerySearch": None, "userDefined": None}},
            "blocks": [{"name": "Classification", "displayName": "Classification", "enabled": True}]}
    data.update(extra)
    return Processing.from_json(data)


def rows(*specs):
    return build_rows(processing(*spec) if isinstance(spec, tuple) else processing(spec) for spec in specs)


def apply(old, diff):
    """Replay a diff on a list of ids the way the Qt model does, to prove the diff is complete and ordered."""
    ids = [r.id for r in old]
    for first, last in diff.removed:
        del ids[first:last + 1]
    if diff.reorder is not None:
        assert sorted(diff.reorder) == sorted(ids)
        ids = list(diff.reorder)
    for start, new in diff.inserted:
        ids[start:start] = [r.id for r in new]
    return ids


def test_row_cells_are_readable():
    row = build_row(processing("a", "Houses", percent=40))
    assert row.cells[Column.NAME] == "Houses"
    assert row.cells[Column.MODEL] == "🏠 Buildings"
    assert row.cells[Column.STATUS] == "In progress"
    assert row.cells[Column.PROGRESS] == "40 %"
    assert row.cells[Column.AREA] == "0.052"
    assert row.cells[Column.COST] == "3"
    assert row.cells[Column.CREATED].startswith("2024-05-01")
    assert len(row.cells) == len(Column)


def test_failed_row_explains_why():
    failed = processing("f", status="FAILED", percent=100, messages=[
        {"code": "source-validator.TooHighZoom", "parameters": {"max_zoom": "18", "actual_zoom": "20"}}])
    row = build_row(failed)
    assert row.cells[Column.STATUS] == "Failed"
    assert "20" in row.status_tip and "18" in row.status_tip


def test_unknown_status_shows_as_sent():
    assert build_row(processing("u", status="FROZEN")).cells[Column.STATUS] == "FROZEN"


def test_area_format():
    assert format_area_km2(None) == "—"
    assert format_area_km2(12_010_038) == "12.01"
    assert format_area_km2(52_000) == "0.052"


def test_identical_refresh_is_an_empty_diff():
    old = rows("a", "b", "c")
    diff = diff_rows(old, rows("a", "b", "c"))
    assert diff.is_empty


def test_changed_cells_only():
    old = rows("a", "b", "c")
    new = rows("a", ("b", None, "IN_PROGRESS", 70), "c")
    diff = diff_rows(old, new)
    assert not diff.removed and not diff.inserted and diff.reorder is None
    assert [(c.first, c.last, c.first_column, c.last_column) for c in diff.changed] == [
        (1, 1, Column.PROGRESS, Column.PROGRESS)]


def test_neighbouring_changes_merge_into_one_range():
    old = rows("a", "b", "c", "d")
    new = rows(("a", None, "OK", 100), ("b", None, "IN_PROGRESS", 50), "c", ("d", None, "IN_PROGRESS", 90))
    diff = diff_rows(old, new)
    assert [(c.first, c.last, c.first_column, c.last_column) for c in diff.changed] == [
        (0, 1, Column.STATUS, Column.PROGRESS), (3, 3, Column.PROGRESS, Column.PROGRESS)]


def test_removals_bottom_up_and_inserts_top_down():
    old = rows("a", "b", "c", "d", "e")
    new = rows("x", "a", "c", "y", "z", "e")
    diff = diff_rows(old, new)
    assert diff.removed == ((3, 3), (1, 1))
    assert diff.reorder is None
    assert [(start, [r.id for r in run]) for start, run in diff.inserted] == [(0, ["x"]), (3, ["y", "z"])]
    assert apply(old, diff) == [r.id for r in new]


def test_reorder_is_detected():
    old = rows("a", "b", "c")
    new = rows("c", "a", "b", "n")
    diff = diff_rows(old, new)
    assert diff.reorder == ("c", "a", "b")
    assert apply(old, diff) == ["c", "a", "b", "n"]


@pytest.mark.parametrize("old_ids,new_ids", [
    ("", "abc"), ("abc", ""), ("abcdef", "fedcba"), ("abcdef", "zbdyf"), ("ab", "ba"), ("abc", "cxbya"),
])
def test_diff_replays_to_the_new_order(old_ids, new_ids):
    old, new = rows(*old_ids), rows(*new_ids)
    assert apply(old, diff_rows(old, new)) == list(new_ids)


def test_thousand_rows_diff_finds_exactly_the_changed_rows():
    old = build_rows(processing(str(i), percent=10) for i in range(1000))
    new = build_rows(processing(str(i), percent=10 + (i % 3 == 0)) for i in range(1000))
    diff = diff_rows(old, new)
    assert len(diff.changed) == 334


def test_transitions_seen_between_polls():
    before = {"a": ProcessingStatus.IN_PROGRESS, "b": ProcessingStatus.IN_PROGRESS, "c": ProcessingStatus.OK}
    now = rows(("a", "A", "OK", 100), ("b", "B", "FAILED", 100), ("c", "C", "OK", 100), ("d", "D", "OK", 100))
    found = finished_since(before, now)
    assert [(t.processing.id, t.succeeded) for t in found] == [("a", True), ("b", False)]
    assert found[0].message() == "Processing 'A' finished"
    assert found[1].message() == "Processing 'B' failed: the server gave no reason"


def test_transition_for_a_new_processing_that_ended_before_the_first_poll():
    watched = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)
    fast = processing("n", "Fast", status="FAILED", percent=100, messages=[
        {"code": "source-validator.TooLowZoom", "parameters": {"min_zoom": "17", "actual_zoom": "12"}}])
    old_one = processing("o", "Old", status="OK", percent=100, created="2024-04-01T00:00:00Z")
    found = finished_since({}, build_rows([fast, old_one]), watched_since=watched)
    assert [t.processing.id for t in found] == ["n"]
    assert "12" in found[0].message() and "17" in found[0].message()
    assert finished_since({}, build_rows([fast]), watched_since=watched + timedelta(days=1)) == ()


def test_details_name_every_fact():
    p = processing("d", "Details", status="FAILED", percent=100, rating={"rating": "4", "feedback": "good"},
                   messages=[{"code": "dataloader.TileNotLoaded", "parameters": {"tile_location": "18/1/2",
                                                                              "status": "503"}}])
    details = processing_details(p)
    facts = dict(details.facts)
    assert facts["Status"] == "Failed, 100 %"
    assert facts["Model"] == "🏠 Buildings; options: Classification"
    assert facts["Source"] == "Data provider Sandbox_Demo, zoom 18"
    assert facts["Cost"] == "refunded"  # a failed processing's cost is given back (core.charges)
    assert facts["Rating"] == "4 / 5: good"
    assert facts["ID"] == "d"
    assert details.messages == () and "18/1/2" in details.error  # a failure's messages are its error
    html_text = details.to_html()
    assert "Sandbox_Demo" in html_text and "18/1/2" in html_text
    # the error comes first, before every fact, where a short panel cannot cut it off
    assert html_text.index("18/1/2") < html_text.index("Status") < html_text.index("Sandbox_Demo")
    assert dict(processing_details(processing("o", "Done", status="OK")).facts)["Cost"] == "3 credits"


def test_details_escape_html():
    p = processing("x", "<b>evil</b>")
    assert "<b>evil</b>" not in processing_details(p).to_html()


@pytest.mark.parametrize("source,expected", [
    ({"userDefined": {"sourceType": "XYZ", "url": "http://h/{z}/{x}/{y}.png", "zoom": 18}},
     "XYZ URL http://h/{z}/{x}/{y}.png, zoom 18"),
    ({"myImagery": {"mosaicId": "m1", "imageIds": None}}, "My imagery: mosaic m1"),
    ({"myImagery": {"mosaicId": None, "imageIds": ["i1"]}}, "My imagery: images i1"),
    ({"imagerySearch": {"dataProvider": "cg", "imageIds": ["a", "b"], "zoom": 18}},
     "Imagery search (cg): 2 image(s), zoom 18"),
])
def test_source_descriptions(source, expected):
    assert describe_source(processing("s", params={"sourceParams": source})) == expected


def test_v1_params_hide_passwords():
    p = processing("v", params={"url": "http://h/{z}/{x}/{y}", "source_type": "xyz", "raster_password": "secret"})
    assert "secret" not in describe_source(p)


def test_action_rules_follow_role_and_status():
    ok, failed, running = processing("1", status="OK"), processing("2", status="FAILED"), processing("3")
    owner = action_states("owner", [ok])
    assert owner[ListAction.LOAD_RESULTS].enabled and owner[ListAction.RATE].enabled
    assert not owner[ListAction.RESTART].enabled
    assert "failed" in owner[ListAction.RESTART].reason
    assert action_state(ListAction.RESTART, "contributor", [failed]).enabled
    readonly = action_states("readonly", [failed])
    assert not readonly[ListAction.RESTART].enabled and "readonly" in readonly[ListAction.RESTART].reason
    assert not readonly[ListAction.DELETE].enabled
    assert readonly[ListAction.AOIS].enabled  # viewing is for everyone
    assert not action_state(ListAction.DELETE, "contributor", [ok]).enabled
    assert action_state(ListAction.DELETE, "maintainer", [ok, failed, running]).enabled
    assert not action_state(ListAction.RENAME, "owner", [ok, failed]).enabled
    assert not action_state(ListAction.LOAD_RESULTS, "owner", [ok, running]).enabled
    assert action_state(ListAction.MOVE, "owner", []).reason == "Select a processing first."


def test_created_reads_short_this_year_and_as_a_date_before():
    from datetime import timezone

    from mapflow_processing.core.processing_view import format_created

    now = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc).astimezone()
    this_year = datetime(2025, 5, 1, 10, 0, tzinfo=timezone.utc)
    assert format_created(this_year, now) == this_year.astimezone().strftime("%m-%d %H:%M")
    assert format_created(datetime(2023, 5, 1, 10, 0, tzinfo=timezone.utc), now) == "2023-05-01"
    assert format_created(None, now) == "—"


def test_hidden_columns_setting_round_trip():
    from mapflow_processing.core.processing_view import hidden_columns_text, parse_hidden_columns

    assert parse_hidden_columns("model,area") == (Column.MODEL, Column.AREA)
    assert parse_hidden_columns("name,bogus,,model,model") == (Column.MODEL,)  # the name is never hidden
    assert parse_hidden_columns("") == ()
    assert hidden_columns_text([Column.AREA, Column.MODEL, Column.NAME]) == "model,area"
