"""The dock's section widgets on PyQt6: built from their forms, driven through their own controls, and checked
for the dataclasses they emit and the state their set_* methods show."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from mapflow_processing.core.choices import (AoiChoice, AoiKind, BlockItem, ModelChoice, ModelItem, MosaicItem,
                                              ProjectItem, ProviderItem, SignInRequest, SourceChoice, SourceKind,
                                              StartForm)

def test_connection_widget_signs_in_with_the_chosen_server(widgets, record):
    from mapflow_processing.core.settings import DEFAULT_SERVER_URL
    from mapflow_processing.ui.connection_widget import ConnectionWidget

    SANDBOX_URL = "http://127.0.0.1:8765/rest"
    widget = ConnectionWidget()
    widgets.append(widget)
    assert widget.server_url() == DEFAULT_SERVER_URL
    assert [url for _label, url in widget.server_entries()] == [DEFAULT_SERVER_URL]  # no sandbox until one answers
    widget.offer_sandbox(SANDBOX_URL)
    widget.set_server_url(SANDBOX_URL)
    assert widget.server_url() == SANDBOX_URL
    sign_in = record(widget.sign_in_requested)
    QTest.keyClicks(widget.tokenEdit, "  secret-token ")
    QTest.mouseClick(widget.signInButton, Qt.MouseButton.LeftButton)
    assert sign_in.last == SignInRequest(SANDBOX_URL, "secret-token")
    QTest.keyClick(widget.tokenEdit, Qt.Key.Key_Return)
    assert len(sign_in.calls) == 2

    widget.set_signed_in(True)
    assert widget.tokenEdit.text() == "" and widget.tokenEdit.isHidden() and not widget.signOutButton.isHidden()
    assert not widget.serverCombo.isEnabled()
    sign_out = record(widget.sign_out_requested)
    QTest.mouseClick(widget.signOutButton, Qt.MouseButton.LeftButton)
    assert len(sign_out.calls) == 1

    widget.set_server_url("https://mapflow.example/rest")
    assert widget.server_url() == "https://mapflow.example/rest"
    widget.set_account_text("user@example.com — 100 credits")
    assert widget.accountLabel.text() == "user@example.com — 100 credits"


def _models():
    return [ModelItem("m1", "🏠 Buildings", 5.0, (BlockItem("classification", "Classification", True, 2.0),
                                                  BlockItem("core", "Core", False, 0.0))),
            ModelItem("m2", "🌲 Forest", 3.0, (BlockItem("heights", "Heights", True, 0.0),))]


def test_model_widget_emits_the_model_and_its_optional_blocks(widgets, record):
    from mapflow_processing.ui.model_widget import ModelWidget

    widget = ModelWidget()
    widgets.append(widget)
    choices = record(widget.choice_changed)
    widget.set_models(_models(), current_id="m1", remembered_blocks=lambda model_id: {"classification": True})
    assert choices.last == ModelChoice("m1", "🏠 Buildings", (("classification", True),))
    assert widget.modelCombo.count() == 2 and "5 credits/km²" in widget.modelCombo.itemText(0)

    widget.set_block("classification", False)
    assert choices.last.enabled_blocks() == {"classification": False}
    assert widget.select_model_by_name("Forest")
    assert choices.last == ModelChoice("m2", "🌲 Forest", (("heights", False),))
    assert not widget.select_model_by_name("Roads")
    widget.set_price_text("15 credits")
    assert widget.modelPriceLabel.text() == "15 credits"


def test_source_widget_emits_each_kind_of_source(widgets, record):
    from mapflow_processing.ui.source_widget import SourceWidget

    widget = SourceWidget()
    widgets.append(widget)
    choices = record(widget.choice_changed)
    widget.set_providers([ProviderItem("mapbox", "Mapbox", ((17, 1.0), (18, 2.0))),
                          ProviderItem("arcgis", "ArcGIS", ((18, 0.5),))], current_name="arcgis")
    assert choices.last == SourceChoice(SourceKind.PROVIDER, provider_name="arcgis", zoom=18)

    widget.set_kind(SourceKind.URL)
    QTest.keyClicks(widget.urlEdit, "https://tiles.example/{z}/{x}/{y}.png")
    widget.urlEdit.editingFinished.emit()
    assert choices.last.kind == SourceKind.URL and choices.last.url == "https://tiles.example/{z}/{x}/{y}.png"
    assert choices.last.url_type == "XYZ" and choices.last.zoom == 18
    previews = record(widget.preview_requested)
    QTest.mouseClick(widget.previewButton, Qt.MouseButton.LeftButton)
    assert previews.last == choices.last

    widget.set_mosaics([MosaicItem("mo1", "Summer", (("im1", "a.tif"), ("im2", "b.tif")))], current_id="mo1")
    widget.set_kind(SourceKind.MY_IMAGERY)
    assert choices.last == SourceChoice(SourceKind.MY_IMAGERY, mosaic_id="mo1", imagery_name="Summer")
    widget.imageCombo.setCurrentIndex(2)
    assert choices.last == SourceChoice(SourceKind.MY_IMAGERY, mosaic_id="mo1", image_id="im2", imagery_name="b.tif")
    uploads = record(widget.upload_requested)
    QTest.mouseClick(widget.uploadButton, Qt.MouseButton.LeftButton)
    assert uploads.last == "mo1"

    widget.set_upload_progress(40)
    assert not widget.uploadProgress.isHidden() and widget.uploadProgress.value() == 40
    assert not widget.uploadButton.isEnabled()
    cancels = record(widget.cancel_upload_requested)
    QTest.mouseClick(widget.cancelUploadButton, Qt.MouseButton.LeftButton)
    assert len(cancels.calls) == 1
    widget.set_upload_progress(None)
    assert widget.uploadProgress.isHidden() and widget.uploadButton.isEnabled()


def test_start_widget_is_enabled_only_without_blockers(widgets, record):
    from mapflow_processing.ui.start_widget import StartWidget

    widget = StartWidget()
    widgets.append(widget)
    widget.set_blockers(["Choose an area first."])
    assert not widget.startButton.isEnabled() and widget.reasonLabel.text() == "Choose an area first."
    widget.set_blockers([])
    assert widget.startButton.isEnabled() and widget.reasonLabel.isHidden()
    starts = record(widget.start_requested)
    QTest.keyClicks(widget.nameEdit, "Kazan buildings")
    widget.confirmCheck.setChecked(True)
    QTest.mouseClick(widget.startButton, Qt.MouseButton.LeftButton)
    assert starts.last == StartForm("Kazan buildings", True)
    widget.set_busy(True)
    assert not widget.startButton.isEnabled()


def test_project_widget_follows_the_role(widgets, record):
    from mapflow_processing.ui.project_widget import ProjectWidget

    widget = ProjectWidget()
    widgets.append(widget)
    assert not widget.renameProjectButton.isEnabled()
    selected = record(widget.project_selected)
    widget.set_projects([ProjectItem("p1", "Default", True, "owner"), ProjectItem("p2", "Shared", False, "readonly"),
                         ProjectItem("p3", "Mine", False, "owner")], current_id="p3")
    assert widget.current().id == "p3" and widget.renameProjectButton.isEnabled()
    renames = record(widget.rename_requested)
    QTest.mouseClick(widget.renameProjectButton, Qt.MouseButton.LeftButton)
    assert renames.last == "p3"
    widget.projectCombo.setCurrentIndex(1)
    assert selected.last == "p2"
    assert not widget.renameProjectButton.isEnabled() and widget.renameProjectButton.toolTip()
    widget.projectCombo.setCurrentIndex(0)
    assert not widget.deleteProjectButton.isEnabled()  # the default project cannot be deleted
    assert "(default)" in widget.projectCombo.itemText(0)


def test_aoi_widget_shows_the_controls_of_each_source(widgets, record):
    from qgis.core import Qgis

    from mapflow_processing.ui.aoi_widget import AoiWidget

    widget = AoiWidget()
    widgets.append(widget)
    choices = record(widget.choice_changed)
    widget.set_kind(AoiKind.FILE)
    assert not widget.aoiFileWidget.isHidden() and widget.aoiLayerCombo.isHidden()
    widget.aoiFileWidget.setFilePath("/data/area.geojson")
    assert choices.last == AoiChoice(AoiKind.FILE, file_path="/data/area.geojson")
    widget.set_kind(AoiKind.LAYER)
    assert widget.aoiLayerCombo.filters() == Qgis.LayerFilter.PolygonLayer
    widget.set_kind(AoiKind.LAYER_EXTENT)
    assert widget.aoiLayerCombo.filters() == Qgis.LayerFilter.All
    widget.set_kind(AoiKind.DRAWN)
    toggles = record(widget.draw_toggled)
    QTest.mouseClick(widget.drawButton, Qt.MouseButton.LeftButton)
    assert toggles.last is True
    widget.set_drawing(False)
    assert not widget.drawButton.isChecked() and len(toggles.calls) == 1
    widget.set_summary("12.5 km²", "2 parts")
    assert widget.aoiAreaLabel.text() == "12.5 km²" and not widget.aoiNotesLabel.isHidden()


def test_help_widget_folds_out_and_shows_links_and_plain_texts(widgets):
    from mapflow_processing.core.help_links import DOCS, TOP_UP, USER_GUIDE, PluginLinks, help_links
    from mapflow_processing.ui.help_widget import HelpWidget

    widget = HelpWidget()
    widgets.append(widget)
    widget.show()
    assert not widget.linksFrame.isVisible() and widget.helpToggle.arrowType() == Qt.ArrowType.RightArrow
    QTest.mouseClick(widget.helpToggle, Qt.MouseButton.LeftButton)
    assert widget.linksFrame.isVisible() and widget.helpToggle.arrowType() == Qt.ArrowType.DownArrow
    plugin = PluginLinks("https://github.com/owner/plugin", "https://github.com/owner/plugin/issues")
    widget.set_links(help_links(plugin, "https://api.mapflow.ai/rest"))
    assert widget.link_of(USER_GUIDE).endswith("/docs/USER_GUIDE.md")
    assert widget.link_of(TOP_UP) == "https://app.mapflow.ai/account/balance"
    assert 'href="https://docs.mapflow.ai/"' in widget.labels[DOCS].text()
    assert widget.labels[DOCS].textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    widget.set_links(help_links(plugin, None))  # signed out: words, no link
    assert widget.link_of(TOP_UP) == "" and "<a " not in widget.topUpLabel.text()
    widget.set_expanded(False)
    assert not widget.linksFrame.isVisible() and not widget.helpToggle.isChecked()
