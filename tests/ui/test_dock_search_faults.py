"""Bad input and faults of the imagery search in the real dock against the sandbox: an AOI over the search area
limit (known from /user/status, or only from the server's code) with the planned-search offer, empty results, a
provider that is down, a refusal, a timeout and a cancel, each with its own message; nothing freezes."""
from dataclasses import replace

import requests

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.api.transport import RetryPolicy, Timeouts
from mapflow_processing.integration.message_actions import RETRY_BUTTON
from qgis.PyQt.QtWidgets import QPushButton

from . import dock_fixtures
from .conftest import inject_faults
from .dock_fixtures import wait_idle
from .search_fixtures import SEARCH_PATH, run_search, signed_in

harness = dock_fixtures.harness


def bar_item(harness, fragment):
    items = [item for item in harness.iface.message_bar.items() if fragment in item.text()]
    assert items, harness.bar_texts()
    return items[-1]


def test_an_aoi_over_the_known_search_limit_is_refused_before_asking_with_a_plan_offer(qtbot, harness,
                                                                                        sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server, "--search-area-limit", "100000")  # 0.1 km²
    widget = search.widget
    widget.searchButton.click()
    wait_idle(qtbot, harness)
    assert harness.counter.count("POST", SEARCH_PATH) == 0  # refused here, nothing sent
    assert widget.planFrame.isVisible()
    text = widget.planLabel.text()
    assert "larger than your limit of 0.1 sq.km" in text and "keeps looking for new scenes" in text
    assert widget.planButton.isVisible()
    assert harness.bar_has("larger than your limit of 0.1 sq.km")

    intents = []
    search.plan_search_requested.connect(intents.append)  # what the planned-search section receives
    widget.filters.cloudCheck.setChecked(True)
    widget.searchButton.click()
    assert widget.planButton.isVisible() and "keeps looking for new scenes" in widget.planLabel.text()
    widget.planButton.click()
    assert harness.controller.templates.prompts.plans  # its dialog was asked (and cancelled by the test's prompts)
    [intent] = intents
    draft = harness.controller.draft
    assert intent.aoi_geojson == draft.aoi.to_geojson() and intent.aoi_km2 == draft.aoi.total_area_km2
    assert intent.filters == widget.filters.filters() and intent.filters.max_cloud_cover == 20
    assert intent.aoi_name == "search area"


def test_a_planned_search_too_small_for_the_aoi_is_not_offered(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server, "--search-area-limit", "100000",
                       "--template-area-limit", "200000")
    search.plan_search_requested.connect(lambda _intent: None)
    search.widget.searchButton.click()
    assert "A planned search cannot cover it either" in search.widget.planLabel.text()
    assert not search.widget.planButton.isVisible()


def test_the_servers_refusal_of_the_area_also_offers_a_plan(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server, "--search-area-limit", "100000")
    state = harness.state
    state.set_user_status(replace(state.session.user_status, search_area_limit=None))  # a server that does not say
    run_search(qtbot, harness)
    assert harness.counter.count("POST", SEARCH_PATH) == 1
    assert search.widget.planFrame.isVisible() and "larger than your limit" in search.widget.planLabel.text()
    assert harness.bar_has("larger than your limit of 0.1 sq.km") and search.page is None


def test_empty_results_say_which_filters_to_widen(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server)
    filters = search.widget.filters
    filters.datesCheck.setChecked(True)
    filters.dateFromEdit.setDate(filters.dateFromEdit.date().addYears(-20))
    filters.dateToEdit.setDate(filters.dateFromEdit.date().addDays(30))
    filters.cloudCheck.setChecked(True)
    run_search(qtbot, harness)
    assert search.page.total == 0 and search.widget.model.rowCount() == 0
    assert search.widget.pageLabel.text() == "0 of 0"
    assert harness.bar_has("No scenes over the area of interest match these filters (dates, cloud cover)")


def set_outage(server, providers):
    secret = (server.data_dir / "admin-token.txt").read_text().strip()
    requests.post(f"{server.base_url}/admin/catalog/outage", json={"providers": providers},
                  headers={"X-Sandbox-Admin": secret}, timeout=10).raise_for_status()


def test_server_failures_and_refusals_have_their_own_messages(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server)
    set_outage(sandbox_server, ["SBX_HR"])
    try:
        run_search(qtbot, harness, timeout=60000)
        item = bar_item(harness, "The imagery search failed on the server:")
        assert "SBX_HR does not answer" in item.text()
        retry = item.findChild(QPushButton, RETRY_BUTTON)
    finally:
        set_outage(sandbox_server, [])
    retry.click()  # the provider is back
    qtbot.waitUntil(lambda: search.page is not None and search.page.total > 0, timeout=30000)

    inject_faults(sandbox_server, [{"path": SEARCH_PATH + "$", "method": "POST", "status": 400}])
    try:
        run_search(qtbot, harness)
        assert harness.bar_has("The server refused the imagery search:")
        assert search.widget.searchButton.isEnabled()
    finally:
        inject_faults(sandbox_server, [])


def test_a_timeout_and_a_cancel(qtbot, harness, sandbox_server):
    search = signed_in(qtbot, harness, sandbox_server)
    session = harness.state.session
    impatient = MapflowClient(sandbox_server.base_url, harness.search_token,
                              timeouts=Timeouts(search=1.0), retry=RetryPolicy.disabled())
    harness.state.sign_in(replace(session, client=impatient))
    inject_faults(sandbox_server, [{"path": SEARCH_PATH + "$", "method": "POST", "latency": 3}])
    try:
        search.widget.searchButton.click()  # the impatient client has no request counter: wait for its answer
        qtbot.waitUntil(lambda: harness.bar_has("The imagery search got no answer in time"), timeout=20000)
        assert "Search a smaller area" in search.widget.statusLabel.text()

        harness.state.sign_in(session)  # the patient client again; the search is slow, the user cancels
        widget = search.widget
        widget.searchButton.click()
        qtbot.waitUntil(lambda: widget.cancelButton.isVisible(), timeout=5000)
        widget.cancelButton.click()
        assert widget.searchButton.isEnabled() and widget.statusLabel.text() == "The search was cancelled."
        wait_idle(qtbot, harness, timeout=20000)
        assert search.page is None and widget.model.rowCount() == 0  # the late answer is dropped
    finally:
        inject_faults(sandbox_server, [])
