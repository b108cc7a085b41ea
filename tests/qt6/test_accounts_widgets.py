"""The widgets and dialogs of review, Duplicate, My imagery and OAuth2 sign-in on PyQt6: what they show and the
intents they emit."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from mapflow_processing.api.models import Image, Memory, Mosaic
from mapflow_processing.core.my_imagery import ImageryAction, MosaicEntry, SortKey
from mapflow_processing.core.processing_view import ActionState
from mapflow_processing.core.review import ReviewAction


def test_processing_extras_widget(widgets, record):
    from mapflow_processing.ui.processing_extras_widget import ProcessingExtrasWidget

    widget = ProcessingExtrasWidget()
    widgets.append(widget)
    widget.show()
    assert not widget.reviewGroup.isVisible() and not widget.duplicateButton.isEnabled()
    widget.set_review_visible(True)
    reviews, duplicates = record(widget.review_requested), record(widget.duplicate_requested)
    widget.set_review_states({ReviewAction.ACCEPT: ActionState(True), ReviewAction.MARK: ActionState(True),
                              ReviewAction.SEND_BACK: ActionState(False, "support is reworking it")})
    widget.acceptButton.click()
    widget.markButton.click()
    assert reviews.calls == [ReviewAction.ACCEPT, ReviewAction.MARK]
    assert not widget.sendBackButton.isEnabled() and widget.sendBackButton.toolTip() == "support is reworking it"
    widget.set_review_states({ReviewAction.SEND_BACK: ActionState(True)})
    assert "Send the result back" in widget.sendBackButton.toolTip()
    widget.set_duplicate_state(ActionState(True))
    widget.duplicateButton.click()
    assert len(duplicates.calls) == 1
    widget.set_review_text("Review required until …")
    assert widget.reviewLabel.text() == "Review required until …"


def image(iid, name, size):
    return Image.from_json({"id": iid, "filename": name, "file_size": size, "uploaded_at": "2024-01-02T00:00:00Z"})


def test_my_imagery_widget(widgets, record):
    from mapflow_processing.ui.my_imagery_widget import MyImageryWidget

    widget = MyImageryWidget(filter_delay_ms=0)
    widgets.append(widget)
    widget.show()
    listing = (MosaicEntry(Mosaic.from_json({"id": "m1", "name": "Town", "tags": ["city"]}),
                           (image("i1", "a.tif", 2048), image("i2", "b.tif", 4096))),
               MosaicEntry(Mosaic.from_json({"id": "m2", "name": "Empty"})))
    widget.set_listing(listing)
    assert widget.order() == ["Town", "Empty"]
    assert widget.row_texts()[("mosaic", "m1")][:4] == ("Town", "city", "2", "6 KB")
    assert widget.row_texts()[("image", "i2")][0] == "b.tif"
    selections = record(widget.selection_changed)
    widget.select_keys([("image", "i2"), ("mosaic", "m2")])
    assert widget.selected_keys() == [("image", "i2"), ("mosaic", "m2")] and selections.calls
    widget.set_listing(listing)  # a new listing keeps the selection
    assert widget.selected_keys() == [("image", "i2"), ("mosaic", "m2")]

    actions, sorts, filters = record(widget.action_requested), record(widget.sort_requested), \
        record(widget.filter_changed)
    widget.set_action_states({a: ActionState(True) for a in ImageryAction})
    widget.deleteButton.click()
    widget.useButton.click()
    assert actions.calls == [ImageryAction.DELETE, ImageryAction.USE]
    widget.set_action_states({ImageryAction.PREVIEW: ActionState(False, "Select exactly one image.")})
    assert not widget.previewButton.isEnabled() and widget.previewButton.toolTip() == "Select exactly one image."
    widget.imageryTree.header().setSortIndicator(int(SortKey.NAME), widget.imageryTree.header().sortIndicatorOrder())
    assert sorts.last[0] == int(SortKey.NAME)
    QTest.keyClicks(widget.filterEdit, "town")
    QTest.keyClick(widget.filterEdit, Qt.Key.Key_Return)  # Return sends the filter at once
    assert filters.last == "town"

    widget.set_storage("Storage: 1 GB of 5 GB used, 4 GB free", 20)
    assert widget.storageBar.isVisible() and widget.storageBar.value() == 20
    widget.set_storage("Storage: 2 KB used, no limit", None)
    assert not widget.storageBar.isVisible()
    cancels = record(widget.cancel_requested)
    widget.set_progress(40, "Uploading")
    assert widget.taskProgress.isVisible() and widget.taskProgress.value() == 40
    widget.cancelButton.click()
    assert len(cancels.calls) == 1
    widget.set_progress(None)
    assert not widget.cancelButton.isVisible()
    widget.set_preview_size("l")
    assert widget.preview_size() == "l"


def test_send_back_dialog_and_review_prompts(monkeypatch, widgets):
    from mapflow_processing.ui.dialogs_review import ReviewPrompts, SendBack, SendBackDialog

    dialog = SendBackDialog("Kazan", 2, "Corrections of Kazan")
    widgets.append(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.choice() is None and not ok.isEnabled()
    assert dialog.featuresCheck.text() == "Send the 2 object(s) marked in “Corrections of Kazan”"
    QTest.keyClicks(dialog.commentEdit, " roofs merged ")
    assert ok.isEnabled() and dialog.choice() == SendBack("roofs merged", True)
    dialog.commentEdit.setPlainText("x" * 4001)
    assert not ok.isEnabled() and "At most 4000 characters" in ok.toolTip()
    none_marked = SendBackDialog("Kazan", 0, "")
    widgets.append(none_marked)
    assert "Mark corrections" in none_marked.hintLabel.text()

    prompts = ReviewPrompts()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert prompts.confirm_accept(None, ["a"]) is True
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert prompts.send_back(None, "Kazan", 0, "") is None


def test_mosaic_dialog_and_imagery_prompts(monkeypatch, widgets):
    from mapflow_processing.ui.dialogs_imagery import ImageryPrompts, MosaicDialog, MosaicForm

    dialog = MosaicDialog("New mosaic")
    widgets.append(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.form() is None
    dialog.set_files(["/data/north.tif", "/data/south.tif"])
    assert dialog.nameEdit.text() == "north" and "north.tif, south.tif" in dialog.filesValueLabel.text()
    QTest.keyClicks(dialog.tagsEdit, "city, 2024")
    assert ok.isEnabled()
    assert dialog.form() == MosaicForm("north", ("city", "2024"), ("/data/north.tif", "/data/south.tif"))
    edit = MosaicDialog("Rename mosaic", "Town", ("a",), with_files=False)
    widgets.append(edit)
    assert edit.form() == MosaicForm("Town", ("a",)) and edit.filesButton.isHidden()

    prompts = ImageryPrompts()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (" n.tif ", True))
    assert prompts.rename_image(None, "o.tif") == "n.tif"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    assert prompts.confirm_delete(None, ["Town"], 3) is False
    assert prompts.confirm_partial_upload(None, ["x is not a GeoTIFF"], 1) is False
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: (["/a.tif"], ""))
    assert prompts.upload_files(None) == ["/a.tif"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert prompts.download_path(None, "a.tif") is None
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert prompts.new_mosaic(None) is None


def test_connection_widget_oauth_row(widgets, record):
    from mapflow_processing.ui.connection_widget import ConnectionWidget

    widget = ConnectionWidget()
    widgets.append(widget)
    widget.show()
    requests = record(widget.oauth_sign_in_requested)
    widget.serverCombo.setEditText("http://127.0.0.1:8765/rest")
    widget.oauthButton.click()
    assert requests.last == "http://127.0.0.1:8765/rest"
    widget.set_oauth(False, "needs QGIS 3.34")
    assert not widget.oauthButton.isEnabled() and widget.oauthNoteLabel.isVisible()
    widget.set_busy(True)
    widget.set_busy(False)
    assert not widget.oauthButton.isEnabled()  # still unavailable after a sign-in attempt
    widget.set_signed_in(True)
    assert not widget.oauthButton.isVisible() and not widget.oauthNoteLabel.isVisible()


def test_storage_of_unknown_size(widgets):
    from mapflow_processing.core.my_imagery import storage_text

    assert storage_text(Memory()) == "Storage: 0 B used, no limit"
