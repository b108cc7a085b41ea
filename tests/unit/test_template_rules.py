"""The planned-search rules of core.templates (no Qt, no server): states, rows, news, who may do what, names, end
dates, AOI checks, kept processing parameters, and the processings grouped per AOI."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from mapflow_processing.api.models import (ProcessingStatus, SearchFilters, Template, TemplateAoi,
                                           TemplateAoiProcessing, TemplateShort, TemplateStatus)
from mapflow_processing.api.models.processing import Processing
from mapflow_processing.core.template_service import PlanForm, new_template, rows_of, split_parts
from mapflow_processing.core.templates import (MAX_AOIS, KeptParams, TemplateAction, TemplateState, action_states,
                                               aoi_name_problem, aois_of_images, aois_problem, build_template_row,
                                               can_edit, end_date_problem, end_of_day, group_processings,
                                               is_watching, latest_end, latest_end_day, name_problem,
                                               new_scene_news, processing_label, template_state, waiting_summary)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}


def short(**changes) -> TemplateShort:
    values = dict(id="t1", name="Watch", status=TemplateStatus.READY, status_text="READY", user_id="u1",
                  user_email="me@example.com", active_until=NOW + timedelta(days=30), new_images_count=0,
                  images_count=12, aoi_count=2, area=3_000_000)
    values.update(changes)
    return TemplateShort(**values)


def processing(pid: str, minutes: int, status=ProcessingStatus.OK) -> Processing:
    return Processing.from_json({"id": pid, "name": f"p{pid}", "status": status.value, "projectId": "pr",
                                 "created": (NOW + timedelta(minutes=minutes)).isoformat()})


# --- state ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("changes, state", [
    ({}, TemplateState.READY),
    ({"status": TemplateStatus.SEARCHING}, TemplateState.SEARCHING),
    ({"status": TemplateStatus.CREATED}, TemplateState.SEARCHING),  # created and active: its first search comes
    ({"is_paused": True, "is_active": False}, TemplateState.PAUSED),
    ({"status": TemplateStatus.CREATED, "is_active": False, "is_paused": True}, TemplateState.WAITING),
    ({"status": TemplateStatus.FAILED, "last_error": "SBX_MR is down"}, TemplateState.FAILED),
    ({"is_archived": True, "is_paused": True}, TemplateState.EXPIRED),  # ended wins over paused...
    ({"status": TemplateStatus.FAILED, "active_until": NOW - timedelta(minutes=1)}, TemplateState.EXPIRED),  # ...failed
])
def test_states(changes, state):
    assert template_state(short(**changes), NOW) is state
    assert is_watching(short(**changes), NOW) == (state in (TemplateState.SEARCHING, TemplateState.READY))


def test_a_row_says_what_the_list_shows():
    row = build_template_row(short(new_images_count=3, status=TemplateStatus.FAILED, last_error="provider down"), NOW)
    assert row.cells[:4] == ("Watch", "Failed", "3", "2") and row.has_new
    assert "The search failed (provider down); restart it." in row.tooltip
    assert "3 new of 12 scenes found" in row.tooltip and "2 area(s), 3 km² in all." in row.tooltip
    assert build_template_row(short(), NOW).cells[2] == ""  # no new scenes: an empty cell, not a zero
    refresh = rows_of("pr", [short(), short(id="t2", is_paused=True, is_active=False)], NOW)
    assert [r.id for r in refresh.rows] == ["t1", "t2"] and refresh.anything_watching
    assert not rows_of("pr", [short(is_archived=True)], NOW).anything_watching


def test_news_are_growth_since_the_last_look():
    before = {"t1": 1, "t2": 4}
    news = new_scene_news(before, [short(new_images_count=3), short(id="t2", new_images_count=2),
                                   short(id="t3", name="New one", new_images_count=5)])
    assert [(n.template.id, n.added) for n in news] == [("t1", 2)]  # seen marks and first sights are not news
    assert news[0].message() == "Planned search “Watch” found 2 new scene(s)."
    assert waiting_summary([short(new_images_count=2), short(id="t2", name="Other")]) == \
        "New scenes are waiting in planned searches: Watch (2)."
    assert waiting_summary([short()]) == ""


# --- who may do what ----------------------------------------------------------------------------------------------
def test_a_contributor_edits_only_its_own():
    mine, theirs = short(), short(user_id="u2", user_email="other@example.com")
    assert can_edit("contributor", mine, "me@example.com", "u1")
    assert not can_edit("contributor", theirs, "me@example.com", "u1")
    assert can_edit("maintainer", theirs, "me@example.com", "u1") and can_edit("owner", theirs, None, None)
    assert not can_edit("readonly", mine, "me@example.com", "u1")
    assert can_edit("contributor", short(user_id=None), "ME@example.com", None)  # by e-mail when no id is known
    states = action_states("contributor", theirs, "me@example.com", "u1", NOW)
    assert not states[TemplateAction.RENAME].enabled and "only the planned searches you created" in \
        states[TemplateAction.RENAME].reason
    assert states[TemplateAction.OPEN].enabled and states[TemplateAction.PROCESS].enabled
    reader = action_states("readonly", mine, "me@example.com", "u1", NOW)
    assert not reader[TemplateAction.PROCESS].enabled and not reader[TemplateAction.CREATE].enabled
    assert reader[TemplateAction.DELETE].reason == \
        "Your role in this project is readonly; this needs the contributor role or higher."


def test_actions_follow_the_state():
    ready = action_states("owner", short(), None, None, NOW)
    assert ready[TemplateAction.PAUSE].enabled and not ready[TemplateAction.RESUME].enabled
    assert not ready[TemplateAction.RESTART].enabled
    ended = action_states("owner", short(is_archived=True, active_until=NOW - timedelta(days=1)), None, None, NOW)
    assert not ended[TemplateAction.RESUME].enabled and "move its end date later" in ended[TemplateAction.RESUME].reason
    assert ended[TemplateAction.EXTEND].enabled
    failed = action_states("owner", short(status=TemplateStatus.FAILED), None, None, NOW)
    assert failed[TemplateAction.RESTART].enabled
    nothing = action_states("owner", None, None, None, NOW)
    assert not nothing[TemplateAction.OPEN].enabled and nothing[TemplateAction.CREATE].enabled


# --- input ---------------------------------------------------------------------------------------------------------
def test_names():
    assert name_problem("") == "Give the planned search a name."
    assert name_problem("x" * 64) is None
    assert name_problem("x" * 65) == "The name of the planned search is 65 characters long; at most 64 are allowed."
    assert name_problem("a\tb") == "The name of the planned search must not contain line breaks or tabs."
    assert aoi_name_problem("y" * 70) == "The name of the area is 70 characters long; at most 64 are allowed."
    assert name_problem("  padded  ") is None


def test_end_dates():
    assert latest_end(NOW) == NOW + timedelta(days=180) - timedelta(minutes=1)
    assert end_date_problem(NOW - timedelta(seconds=1), NOW) == "The end date of the planned search must be in the " \
                                                                  "future."
    assert end_date_problem(NOW + timedelta(days=181), NOW).startswith("The end date of the planned search must be "
                                                                       "within six months (until ")
    assert end_date_problem(latest_end(NOW), NOW) is None
    last = latest_end_day(NOW)
    assert end_of_day(last, NOW) == latest_end(NOW)  # the last allowed day ends at the latest moment
    today = NOW.astimezone().date()
    tonight = end_of_day(today, NOW)
    assert tonight.astimezone().date() == today and tonight > NOW and end_date_problem(tonight, NOW) is None
    assert end_of_day(date(2025, 6, 10), NOW) < end_of_day(date(2025, 6, 11), NOW)


def test_aoi_checks():
    assert aois_problem([], None) == "A planned search needs at least one area of interest."
    assert aois_problem([0.0], None).startswith("An area of interest is empty or not a valid polygon")
    assert aois_problem([1.0] * (MAX_AOIS + 1), None) == "A planned search has at most 100 areas (101 given)."
    assert aois_problem([1.0], None, existing_count=MAX_AOIS) is not None
    assert aois_problem([400.0], 0) is None  # templateAreaLimit 0: no limit
    over = aois_problem([60.0], 100e6, existing_km2=50.0)
    assert over == "The area of interest is larger than your planned-search limit of 100 sq.km. Its areas would " \
                   "cover 110 km²."
    assert aois_problem([40.0], 100e6, existing_km2=50.0) is None


def test_kept_parameters_round_trip():
    kept = KeptParams("wd1", "🏠 Buildings", ("Classification",), ("Simplification", "Classification"), 18)
    body = kept.to_json()
    assert body["wdId"] == "wd1" and body["blocks"] == [{"name": "Simplification", "enabled": False},
                                                        {"name": "Classification", "enabled": True}]
    assert body["params"] == {"sourceParams": {"imagerySearch": {"zoom": 18}}} and body["meta"]["source-app"] == "qgis"
    assert KeptParams.from_json(body) == kept
    assert kept.describe() == "🏠 Buildings (Classification), zoom 18"
    assert KeptParams.from_json({"wdName": "🚗 Roads", "blocks": "odd"}).model_name == "🚗 Roads"
    assert KeptParams.from_json(None).empty and KeptParams().describe() == ""


def test_a_new_template_from_the_form():
    form = PlanForm("Town watch", ((SQUARE, "Centre"), (SQUARE, "")), NOW + timedelta(days=10),
                    SearchFilters(max_cloud_cover=20), KeptParams(model_name="🏠 Buildings"))
    body = new_template(form, "pr").to_json()
    features = body["searchParams"]["aoiDetails"]["features"]
    assert [f["properties"] for f in features] == [{"name": "Centre"}, {}]
    assert body["searchParams"]["maxCloudCover"] == 20 and body["processingParams"]["wdName"] == "🏠 Buildings"
    assert "processingParams" not in new_template(PlanForm("x", ((SQUARE, ""),), NOW, SearchFilters()), "pr").to_json()
    multi = {"type": "MultiPolygon", "coordinates": [SQUARE["coordinates"], SQUARE["coordinates"]]}
    assert split_parts(multi) == [SQUARE, SQUARE] and split_parts(SQUARE) == [SQUARE]


# --- processings per AOI -------------------------------------------------------------------------------------------
def test_processings_are_grouped_per_aoi():
    linked = lambda pid: TemplateAoiProcessing(pid, f"p{pid}", ProcessingStatus.OK)  # noqa: E731
    template = Template(id="t1", name="Watch", status=TemplateStatus.READY, status_text="READY", aois=(
        TemplateAoi("a1", "Centre", SQUARE, processings=(linked("1"), linked("2"))),
        TemplateAoi("a2", "South", SQUARE, processings=(linked("2"),)),
        TemplateAoi("a3", "Empty", SQUARE)))
    processings = [processing("1", 1), processing("2", 5, ProcessingStatus.IN_PROGRESS), processing("3", 9)]
    groups = group_processings(template, processings)
    assert [(g.aoi_id, g.name, [e.id for e in g.entries]) for g in groups] == [
        ("a1", "Centre", ["2", "1"]), ("a2", "South", ["2"]), ("a3", "Empty", []),
        (None, "Other processings", ["3"])]
    assert groups[0].entries[0].processing is processings[1] and not groups[0].entries[0].is_terminal
    # a processing the AOI names but the list did not return is still shown, from what the AOI says
    only_linked = group_processings(template, [])
    assert [e.id for e in only_linked[0].entries] == ["1", "2"] and only_linked[0].entries[0].processing is None
    assert [g.aoi_id for g in only_linked] == ["a1", "a2", "a3"]


def test_the_areas_of_a_processing():
    template = Template(id="t1", name="Watch", status=TemplateStatus.READY, status_text="READY", aois=(
        TemplateAoi("a1", "Centre", SQUARE), TemplateAoi("a2", "South", SQUARE)))

    class Scene:
        def __init__(self, *aoi_ids):
            self.aoi_ids = aoi_ids

    assert aois_of_images(template, [Scene("a2")]) == ["a2"]
    assert aois_of_images(template, [Scene("a2"), Scene("a1")]) == ["a1", "a2"]  # in the template's order
    assert aois_of_images(template, [Scene("a2")], only_aoi="a1") == ["a1"]  # the view is narrowed to one
    assert aois_of_images(template, [Scene()]) == ["a1", "a2"]
    assert processing_label("Watch", ["Centre"]) == "planned search “Watch”, area “Centre”"
    assert processing_label("Watch", ["Centre", "South"]) == "planned search “Watch”, 2 areas"
