"""The dock's layout in a 1050 px high window against the sandbox (issue 21 item 5): the name, cost, reasons and
Start stay in view below the scrolling choices; combo boxes are wide enough for their text or show it as a tooltip;
a URL shows its beginning; the processing list's short columns fit their contents and the name takes the rest; the
dock is at most 450 px wide at its minimum.

The window uses a desktop's usual 10 pt font (the headless default is 12 pt), so the pixel numbers are a user's."""
from __future__ import annotations

import uuid

import pytest
from qgis.PyQt.QtCore import QEvent, QPoint, QRect, QSize, Qt
from qgis.PyQt.QtGui import QHelpEvent
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QScrollArea, QStyle, QStyleOptionComboBox, QToolTip

from mapflow_processing.api.client import MapflowClient
from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import AoiKind, SourceKind
from mapflow_processing.core.processing_view import Column
from mapflow_processing.ui.processings_widget import NAME_MIN_CHARS

from .conftest import create_processing
from .dock_fixtures import TINY_BOX, close_harness, make_harness, sign_in
from .test_dock_aoi import box_wkt, polygon_layer, use_layer

WINDOW_HEIGHT = 1050
MAX_MINIMUM_WIDTH = 450
LONG_URL = "https://tiles.example-imagery-provider.com/v2/mosaics/2024-summer/{z}/{x}/{y}.png?token=abc"


@pytest.fixture()
def desktop_font(qgis_app):
    app = QApplication.instance()
    previous = app.font()
    font = app.font()
    font.setPointSizeF(10.0)
    app.setFont(font)
    yield
    app.setFont(previous)


@pytest.fixture()
def tall_dock(qtbot, tmp_path, unlocked_auth, desktop_font):
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    harness.iface.main_window.resize(1200, WINDOW_HEIGHT)
    yield harness
    close_harness(harness)


def settle(qtbot) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def fully_visible_in(widget, container) -> bool:
    """Not clipped by any scroll area or parent, and inside ``container``'s rectangle."""
    if not widget.isVisible() or widget.visibleRegion().boundingRect() != widget.rect():
        return False
    top_left = widget.mapTo(container, QPoint(0, 0))
    return container.rect().contains(QRect(top_left, widget.size()))


def needed_width(combo: QComboBox) -> int:
    """The width at which the combo shows its current text without cutting it."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    content = QSize(metrics.horizontalAdvance(combo.currentText()) + icon, metrics.height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, combo).width()


def choose_everything(qtbot, harness, server) -> None:
    email = f"layout-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = server.cli("add-user", email, "--credits", "1000").strip().splitlines()[-1]
    sign_in(qtbot, harness, server, token)
    harness.dock.model.select_model_by_name("Buildings")
    source = harness.dock.source
    source.set_kind(SourceKind.PROVIDER)
    source.providerCombo.setCurrentIndex(source.providerCombo.findData("Sandbox_Demo"))
    source.zoomCombo.setCurrentIndex(source.zoomCombo.findData(18))
    use_layer(harness, AoiKind.LAYER, polygon_layer(box_wkt(*TINY_BOX), name="tiny"))
    qtbot.waitUntil(lambda: harness.dock.start.costLabel.text() == "13 credits", timeout=20000)


def test_name_cost_reasons_and_start_stay_in_view_at_1050_px(qtbot, tmp_path, unlocked_auth, sandbox_server):
    """With the headless 12 pt font the choices are taller than the window: they scroll, Start does not."""
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    try:
        harness.iface.main_window.resize(1200, WINDOW_HEIGHT)
        dock = harness.dock
        choose_everything(qtbot, harness, sandbox_server)
        dock.model.set_block("Classification", True)
        settle(qtbot)
        assert harness.iface.main_window.height() == WINDOW_HEIGHT
        scroll = dock.findChild(QScrollArea, "startScroll")
        start = dock.start
        assert not scroll.isAncestorOf(start)  # the footer is outside the scrolling choices
        assert scroll.verticalScrollBar().maximum() > 0  # the choices do not all fit in this window...
        for position in (0, scroll.verticalScrollBar().maximum()):  # ...yet the footer is in view wherever they are
            scroll.verticalScrollBar().setValue(position)
            settle(qtbot)
            for widget in (start.nameEdit, start.costLabel, start.startButton):
                assert fully_visible_in(widget, dock), (widget.objectName(), position)
        dock.aoi.aoiLayerCombo.setLayer(None)  # something to object to: the reason shows next to Start
        qtbot.waitUntil(lambda: start.reasonLabel.isVisible(), timeout=10000)
        settle(qtbot)
        assert fully_visible_in(start.reasonLabel, dock) and fully_visible_in(start.startButton, dock)
    finally:
        close_harness(harness)


def hover_tip(widget) -> str:
    """What a user hovering the widget reads (a real tooltip event, as Qt sends it)."""
    QToolTip.hideText()
    point = QPoint(5, 5)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    return QToolTip.text()


def test_long_texts_are_shown_in_full_or_as_a_tooltip(qtbot, tall_dock, sandbox_server):
    harness, dock = tall_dock, tall_dock.dock
    choose_everything(qtbot, harness, sandbox_server)
    settle(qtbot)
    source = dock.source
    provider = source.providerCombo
    assert provider.currentText() == "🧪 Sandbox demo imagery"
    assert provider.width() >= needed_width(provider)  # room enough: not cut
    for combo in (dock.aoi.aoiSourceCombo, dock.model.modelCombo, source.sourceKindCombo, source.zoomCombo):
        assert combo.width() >= needed_width(combo), combo.objectName()
    for combo in dock.startTab.findChildren(QComboBox):  # in a narrower dock, hovering reads the whole text
        if combo.currentText() and combo.isVisible():
            assert hover_tip(combo).startswith(combo.currentText()), combo.objectName()

    source.set_kind(SourceKind.URL)
    source.urlEdit.setText(LONG_URL)  # e.g. a remembered URL shown again
    settle(qtbot)
    assert source.urlEdit.cursorPosition() == 0 and hover_tip(source.urlEdit) == LONG_URL  # its host, not its tail
    url, label, kind = source.urlEdit.geometry(), source.urlTypeLabel.geometry(), source.urlTypeCombo.geometry()
    assert url.left() == label.left() and url.right() == kind.right()  # a row of its own, labels included


def test_the_dock_is_at_most_450_px_wide_at_its_minimum(qtbot, tall_dock, sandbox_server):
    harness, dock = tall_dock, tall_dock.dock
    choose_everything(qtbot, harness, sandbox_server)
    for index in range(dock.tabs.count()):  # every tab counts for the dock's minimum
        dock.tabs.setCurrentIndex(index)
        settle(qtbot)
    assert dock.minimumSizeHint().width() <= MAX_MINIMUM_WIDTH
    assert_nothing_cut_at_the_narrowest(qtbot, harness)


def assert_nothing_cut_at_the_narrowest(qtbot, harness) -> None:
    dock = harness.dock
    dock.tabs.setCurrentWidget(dock.startTab)
    harness.iface.main_window.resizeDocks([dock], [dock.minimumSizeHint().width()], Qt.Orientation.Horizontal)
    settle(qtbot)
    scroll = dock.findChild(QScrollArea, "startScroll")
    assert scroll.widget().width() <= scroll.viewport().width()  # at its narrowest nothing is cut at the right
    for widget in (dock.project.deleteProjectButton, dock.aoi.refreshAoiButton, dock.source.previewButton):
        right = widget.mapTo(scroll.viewport(), QPoint(widget.width(), 0)).x()
        assert right <= scroll.viewport().width(), widget.objectName()


def test_nothing_is_cut_at_the_narrowest_with_a_larger_font(qtbot, tmp_path, unlocked_auth, sandbox_server):
    """The headless 12 pt font makes every section wider: the dock's minimum grows with them instead of cutting."""
    harness = make_harness(qtbot, tmp_path, unlocked_auth)
    try:
        choose_everything(qtbot, harness, sandbox_server)
        harness.dock.model.set_block("Classification", True)
        assert_nothing_cut_at_the_narrowest(qtbot, harness)
    finally:
        close_harness(harness)


def column_widths(table) -> dict:
    return {column: table.columnWidth(int(column)) for column in Column if not table.isColumnHidden(int(column))}


def test_the_list_fits_its_short_columns_and_gives_the_rest_to_the_name(qtbot, tall_dock, sandbox_server):
    harness, dock = tall_dock, tall_dock.dock
    email = f"columns-{uuid.uuid4().hex[:8]}@sandbox.mapflow.local"
    token = sandbox_server.cli("add-user", email, "--credits", "1000").strip().splitlines()[-1]
    sign_in(qtbot, harness, sandbox_server, token)
    client = MapflowClient(sandbox_server.base_url, token)
    for number in range(3):
        create_processing(client, harness.state.session.project, f"UX running {number} buildings near the square")
    client.close()
    dock.tabs.setCurrentWidget(dock.processingsTab)
    controller, widget = harness.controller.processings, harness.controller.processings_widget
    controller.manual_refresh()
    qtbot.waitUntil(lambda: controller.model.rowCount() == 3, timeout=20000)
    table = widget.processingsTable
    main_window = harness.iface.main_window

    name_minimum = table.fontMetrics().averageCharWidth() * NAME_MIN_CHARS
    for dock_width in (dock.minimumSizeHint().width(), MAX_MINIMUM_WIDTH, MAX_MINIMUM_WIDTH + 100):
        main_window.resizeDocks([dock], [dock_width], Qt.Orientation.Horizontal)
        settle(qtbot)
        widths = column_widths(table)
        assert Column.MODEL not in widths  # in the details panel; the header menu shows it again
        assert {Column.NAME, Column.STATUS, Column.COST} <= set(widths), dock_width  # never given way
        assert set(widget.squeezed_columns()) == {Column.STATUS, Column.PROGRESS, Column.AREA, Column.COST,
                                                  Column.CREATED} - set(widths), dock_width
        viewport = table.viewport().width()
        assert sum(widths.values()) <= viewport, dock_width  # nothing hidden to the right...
        assert table.horizontalScrollBar().maximum() == 0, dock_width
        others = sum(width for column, width in widths.items() if column is not Column.NAME)
        assert abs(widths[Column.NAME] - (viewport - others)) <= 2, dock_width  # ...the name takes the rest
        assert widths[Column.NAME] >= name_minimum, dock_width  # and stays readable
    assert widget.squeezed_columns() == ()  # 550 px: every column the user wants is there
    name_index = controller.model.index(0, Column.NAME)
    assert name_index.data(Qt.ItemDataRole.ToolTipRole).startswith("UX running")  # cut names read in full

    main_window.resizeDocks([dock], [MAX_MINIMUM_WIDTH + 300], Qt.Orientation.Horizontal)
    settle(qtbot)
    wider = column_widths(table)
    assert wider[Column.NAME] >= widths[Column.NAME] + 150  # the spare width goes to the name...
    assert {c: w for c, w in wider.items() if c is not Column.NAME} == \
        {c: w for c, w in widths.items() if c is not Column.NAME}  # ...the short columns keep theirs

    header = table.horizontalHeader()
    (model_action,) = [a for a in header.actions() if a.text() == "Model"]
    model_action.setChecked(True)  # the header menu shows a hidden column, and the choice is kept
    assert not table.isColumnHidden(int(Column.MODEL))
    assert harness.settings.get(catalogue.HIDDEN_COLUMNS) == ""
