"""Every Qt class that ui/ defines is either exercised by this tier or listed here with the reason it cannot be.

A new widget (or one the refactor renames) fails this test until it gets a Qt6 test or a reason.
"""
import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"

EXERCISED = {
    "AoiWidget", "ConnectionWidget", "MapflowDock", "ModelWidget", "ProcessingsModel", "ProcessingsWidget",
    "ProjectWidget", "RateDialog", "SceneTableModel", "SearchFiltersWidget", "SearchWidget", "ShareDialog",
    "SourceWidget", "StarRating", "StartWidget", "StatsTableModel", "StatsWidget",
    "EndDateDialog", "PlanSearchDialog", "TemplateView", "TemplatesListWidget", "TemplatesModel",
    "TitledTableModel",  # the base of ProcessingsModel and StatsTableModel, exercised through both
    "ProcessingExtrasWidget", "MyImageryWidget", "SendBackDialog", "MosaicDialog", "HelpWidget", "WrappingGrid",
}
NEEDS_QGIS = "a controller: imports tasks/layers/integration services, which need qgis.core at import"
SKIPPED = {
    "AoiController": NEEDS_QGIS, "CostController": NEEDS_QGIS, "ImageryController": NEEDS_QGIS,
    "ModelController": NEEDS_QGIS, "PreviewController": NEEDS_QGIS, "ProcessingActions": NEEDS_QGIS,
    "ProcessingsController": NEEDS_QGIS, "ProjectController": NEEDS_QGIS, "ResultsController": NEEDS_QGIS,
    "SessionController": NEEDS_QGIS, "SourceController": NEEDS_QGIS, "StartController": NEEDS_QGIS,
    "StatsController": NEEDS_QGIS, "SectionController": NEEDS_QGIS, "SearchController": NEEDS_QGIS,
    "SceneSourceController": NEEDS_QGIS,
    "ScenePreviewController": NEEDS_QGIS, "SignalGroup": NEEDS_QGIS,
    "OAuthController": NEEDS_QGIS, "VersionController": NEEDS_QGIS, "ReviewController": NEEDS_QGIS,
    "DuplicateController": NEEDS_QGIS, "MyImageryController": NEEDS_QGIS, "MyImageryMapActions": NEEDS_QGIS,
    "TemplatesController": NEEDS_QGIS, "TemplateViewController": NEEDS_QGIS, "TemplateAoiEditor": NEEDS_QGIS,
    "TemplateActions": NEEDS_QGIS, "HelpController": NEEDS_QGIS,
    "_FullTextTip": "fitting.py's event filter (full text as a tooltip): installed by fit_combo/fit_line_edit when "
                    "MapflowDock builds its sections, which the dock's Qt6 test does",
    "ProcessingDraft": "holds AoiSelection (layers/, QgsGeometry): needs qgis.core at import",
}
QT_BASES = ("QObject", "QWidget", "QDialog", "QGroupBox", "QAbstractTableModel", "QAbstractItemModel",
            "QgsDockWidget", "QDockWidget")


def qt_classes():
    """Classes of ui/ deriving from a Qt base, directly or through another class of ui/ (a controller base)."""
    bases_of, file_of = {}, {}
    for path in sorted(UI.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                bases_of[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
                file_of[node.name] = path.name
    qt = {name for name, bases in bases_of.items() if bases & set(QT_BASES)}
    grown = True
    while grown:
        more = {name for name, bases in bases_of.items() if name not in qt and bases & qt}
        qt |= more
        grown = bool(more)
    return {name: file_of[name] for name in qt}


def test_every_qt_class_of_ui_is_exercised_or_skipped_with_a_reason():
    classes = qt_classes()
    unaccounted = sorted(set(classes) - EXERCISED - set(SKIPPED))
    assert not unaccounted, f"give these a Qt6 test or a reason in SKIPPED: {unaccounted}"
    stale = sorted((EXERCISED | set(SKIPPED)) - set(classes))
    assert not stale, f"no longer in ui/: {stale}"
    assert all(SKIPPED.values())


def test_the_exercised_classes_are_really_used_by_the_tests():
    tests = "".join(path.read_text(encoding="utf-8") for path in Path(__file__).parent.glob("test_*.py")
                    if path.name != Path(__file__).name)
    assert [name for name in sorted(EXERCISED) if name not in tests] == []
