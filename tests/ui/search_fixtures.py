"""Helpers of the imagery-search dock tests: a signed-in account, an AOI over the demo area, the Search tab."""
from __future__ import annotations

import uuid

from qgis.core import QgsProject

from mapflow_processing.core.choices import AoiKind
from mapflow_processing.layers.footprints import FOOTPRINTS_ROLE, ROLE_PROPERTY

from .dock_fixtures import sign_in
from .test_dock_aoi import box_wkt, polygon_layer, use_layer

SEARCH_PATH = "/catalog/meta"
# ~0.6 km² in the demo area (37.60 E 55.73 N): every sandbox provider has scenes over it
DEMO_BOX = (37.595, 55.728, 37.607, 55.733)
SURVEY_BOX = (38.395, 55.745, 38.405, 55.755)  # the dense survey archive: 1,000+ scenes


def new_account(server, *limits: str) -> str:
    """A new account with credits; ``limits``: options of ``sandbox set-limits`` (e.g. --search-area-limit M2)."""
    email = f"search-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", "5000").strip().splitlines()[-1]
    if limits:
        server.cli("set-limits", email, *limits)
    return token


def signed_in(qtbot, harness, server, *options: str, box=DEMO_BOX, name="search area"):
    """Sign in a new account, make ``box`` the AOI, and show the Search tab; returns the search controller."""
    harness.search_token = new_account(server, *options)
    sign_in(qtbot, harness, server, harness.search_token)
    set_aoi(qtbot, harness, box, name)
    harness.dock.tabs.setCurrentWidget(harness.dock.searchTab)
    return harness.controller.search


def set_aoi(qtbot, harness, box, name="search area"):
    use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*box), name=name))
    qtbot.waitUntil(lambda: harness.controller.draft.aoi is not None and harness.controller.draft.aoi.usable
                    and harness.controller.draft.aoi.source_name == name, timeout=15000)


def run_search(qtbot, harness, timeout=30000):
    """Press Search and wait for the answer (rows, or the status of a refusal)."""
    before = harness.counter.count("POST", SEARCH_PATH)
    harness.controller.search.widget.searchButton.click()
    qtbot.waitUntil(lambda: harness.counter.count("POST", SEARCH_PATH) > before, timeout=timeout)
    wait_shown(qtbot, harness, timeout)


def wait_shown(qtbot, harness, timeout=30000):
    """No task running and the page's footprints in their layer (they follow the table one event-loop turn later)."""
    search = harness.controller.search
    qtbot.waitUntil(lambda: not harness.tasks.running and not search.footprints_pending, timeout=timeout)


def footprint_layer():
    layers = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.customProperty(ROLE_PROPERTY, "") == FOOTPRINTS_ROLE]
    assert len(layers) == 1, layers
    return layers[0]


def visible_scene_ids(layer):
    return {feature["scene_id"] for feature in layer.getFeatures()}


def table_ids(model):
    return [model.image_at(row).id for row in range(model.rowCount())]
