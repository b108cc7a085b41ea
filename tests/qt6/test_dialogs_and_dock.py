"""Dialogs, the user prompts (with Qt's static dialogs answered by the test) and the dock shell on PyQt6."""
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox


def test_rate_dialog_needs_a_rating(widgets):
    from mapflow_processing.ui.dialogs import RateChoice, RateDialog

    dialog = RateDialog("Kazan")
    widgets.append(dialog)
    ok = dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.choice() is None and not ok.isEnabled() and "Kazan" in dialog.questionLabel.text()
    dialog.show()
    QTest.mouseClick(dialog.stars, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     dialog.stars.star_rect(4).center().toPoint())
    assert dialog.meaningLabel.text() == "Good"
    QTest.keyClick(dialog.stars, Qt.Key.Key_Left)  # the keyboard: one star less
    assert dialog.stars.rating() == 3
    QTest.keyClick(dialog.stars, Qt.Key.Key_4)
    QTest.keyClicks(dialog.feedbackEdit, " roofs merged ")
    assert ok.isEnabled() and dialog.choice() == RateChoice(4, "roofs merged")
    again = RateDialog("Kazan", current=RateChoice(2, "old"))
    widgets.append(again)
    assert again.choice() == RateChoice(2, "old")


def test_star_rating_takes_clicks_and_keys(widgets):
    from mapflow_processing.ui.star_rating import StarRating

    stars = StarRating(meanings=["Useless", "Poor", "Acceptable", "Good", "Excellent"])
    widgets.append(stars)
    stars.show()
    chosen = []
    stars.rating_changed.connect(chosen.append)
    QTest.mouseClick(stars, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     stars.star_rect(2).center().toPoint())
    for key in (Qt.Key.Key_Right, Qt.Key.Key_End, Qt.Key.Key_1):
        QTest.keyClick(stars, key)
    assert chosen == [2, 3, 5, 1] and stars.accessibleDescription() == "1 of 5: Useless"
    stars.grab()  # paints (stars, focus frame) without errors on Qt6


def test_list_prompts_read_the_answers_of_qt_dialogs(monkeypatch, qapp):
    from mapflow_processing.ui.dialogs import Prompts, names_for_confirmation

    prompts = Prompts()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert prompts.confirm_delete(None, ["a", "b"]) is True
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    assert prompts.confirm_delete(None, ["a"]) is False
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("  new name ", True))
    assert prompts.new_name(None, "old") == "new name"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("Second", True))
    assert prompts.pick_project(None, [("p1", "First"), ("p2", "Second")]) == "p2"
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert prompts.rating(None, "Kazan", None) is None
    assert names_for_confirmation([str(i) for i in range(12)]).endswith("… (+2)")


def test_start_prompts_and_share_dialog(monkeypatch, widgets):
    from mapflow_processing.ui.dialogs_start import ShareChoice, ShareDialog, StartPrompts, StartSummary

    dialog = ShareDialog("Roads", ["readonly", "maintainer"])
    widgets.append(dialog)
    assert dialog.choice() is None
    QTest.keyClicks(dialog.emailEdit, "colleague@example.com")
    dialog.roleCombo.setCurrentIndex(1)
    assert dialog.choice() == ShareChoice("colleague@example.com", "maintainer")

    prompts = StartPrompts()
    summary = StartSummary("Kazan", "Default", "Buildings", (), "Mapbox", 12.5, 1, "150 credits")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    assert prompts.confirm_start(None, summary) is True
    assert prompts.confirm_project_delete(None, "Roads") is True
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert prompts.share(None, "Roads", ["readonly"]) is None  # accepted with no e-mail typed


def test_dock_hosts_every_section(widgets):
    from mapflow_processing.ui.dock import DOCK_OBJECT_NAME, MapflowDock

    shell = MapflowDock(build_sections=False)
    widgets.append(shell)
    assert shell.objectName() == DOCK_OBJECT_NAME and not shell.built
    dock = MapflowDock()
    widgets.append(dock)
    assert dock.built and not dock.tabs.isEnabled()
    dock.set_signed_in(True)
    assert dock.tabs.isEnabled() and dock.connection.signOutButton.isVisibleTo(dock)
    dock.show_status("Signed in")
    assert dock.statusLabel.text() == "Signed in"
