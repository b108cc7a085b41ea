"""The Help section of the real dock: folded under the tabs, usable before signing in, its links from metadata.txt
and Mapflow's pages, and a top-up entry that follows the signed-in server (SessionState)."""
from __future__ import annotations

import configparser
from pathlib import Path

from mapflow_processing.core.help_links import (DOCS, MAPFLOW_DOCS_URL, MAPFLOW_PRICES_URL, PRICES, TOP_UP, TRACKER,
                                                 USER_GUIDE)

from . import dock_fixtures
from .dock_fixtures import sign_in

harness = dock_fixtures.harness

REPO = Path(__file__).resolve().parents[2]


def metadata(key: str) -> str:
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"][key]


def test_help_links_before_and_after_signing_in(qtbot, harness, sandbox_server):
    help_widget = harness.controller.help_widget
    assert help_widget.parent() is harness.dock.dockContents  # outside the tabs, which wait for a session
    assert not harness.dock.tabs.isEnabled() and help_widget.isEnabled()
    assert not help_widget.linksFrame.isVisible()  # folded: one row under the tabs
    help_widget.helpToggle.click()
    assert help_widget.linksFrame.isVisible()
    assert all(label.isVisible() and label.text() for label in help_widget.labels.values())

    assert help_widget.link_of(USER_GUIDE) == metadata("repository") + "/blob/main/docs/USER_GUIDE.md"
    assert (REPO / "docs" / "USER_GUIDE.md").is_file()
    assert help_widget.link_of(TRACKER) == metadata("tracker")
    assert (help_widget.link_of(DOCS), help_widget.link_of(PRICES)) == (MAPFLOW_DOCS_URL, MAPFLOW_PRICES_URL)
    assert f'href="{metadata("tracker")}"' in help_widget.trackerLabel.text()
    assert help_widget.trackerLabel.openExternalLinks()
    assert help_widget.link_of(TOP_UP) == "" and "sign in first" in help_widget.topUpLabel.text()

    sign_in(qtbot, harness, sandbox_server)
    # the sandbox has no top-up page: the entry says how its credits are added instead, with no link
    qtbot.waitUntil(lambda: "add-credits" in help_widget.topUpLabel.text(), timeout=10000)
    assert help_widget.link_of(TOP_UP) == "" and "<a " not in help_widget.topUpLabel.text()

    harness.dock.connection.signOutButton.click()
    qtbot.waitUntil(lambda: harness.state.session is None, timeout=10000)
    assert "sign in first" in help_widget.topUpLabel.text()
    help_widget.helpToggle.click()
    assert not help_widget.linksFrame.isVisible()
