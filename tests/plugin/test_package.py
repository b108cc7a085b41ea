"""`make package` builds a zip that QGIS loads from a plugins folder, shows its dock from, and unloads cleanly."""
import sys
import zipfile
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget

from tests.support.fake_iface import RealWidgetsIface

REPO = Path(__file__).resolve().parents[2]


def test_zip_layout(package_zip):
    assert package_zip.stat().st_size < 25 * 1024 * 1024
    names = zipfile.ZipFile(package_zip).namelist()
    assert {n.split("/")[0] for n in names} == {"mapflow_processing"}
    assert "mapflow_processing/LICENSE" in names
    assert "mapflow_processing/metadata.txt" in names
    assert "mapflow_processing/processing_provider/provider.py" in names  # the Processing toolbox's algorithms
    assert "mapflow_processing/icons/mapflow_start.svg" in names
    assert any(n.startswith("mapflow_processing/i18n/") and n.endswith(".qm") for n in names)
    forbidden = [n for n in names if "/tests/" in n or "/sandbox/" in n or "/benchmarks/" in n
                 or "__pycache__" in n or n.endswith((".pyc", ".qrc", "_rc.py", ".ts"))]
    assert forbidden == []


def test_qgis_loads_the_zipped_plugin_from_a_profile(package_zip, tmp_path, qgis_app):
    import qgis.utils

    plugins_dir = tmp_path / "profile" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    zipfile.ZipFile(package_zip).extractall(plugins_dir)
    iface = RealWidgetsIface()
    iface.main_window.show()
    saved_iface, saved_paths = qgis.utils.iface, list(qgis.utils.plugin_paths)
    # the test session imported the source tree as `mapflow_processing`: forget it so the zip's copy loads
    stale = [m for m in sys.modules if m == "mapflow_processing" or m.startswith("mapflow_processing.")]
    saved_modules = {m: sys.modules.pop(m) for m in stale}
    sys.path.insert(0, str(plugins_dir))
    qgis.utils.iface = iface
    qgis.utils.plugin_paths = [str(plugins_dir)]
    qgis.utils.updateAvailablePlugins()
    try:
        assert "mapflow_processing" in qgis.utils.available_plugins
        assert qgis.utils.pluginMetadata("mapflow_processing", "qgisMinimumVersion") == "3.22"
        assert qgis.utils.loadPlugin("mapflow_processing")
        assert qgis.utils.startPlugin("mapflow_processing")
        module_file = Path(sys.modules["mapflow_processing"].__file__)
        assert plugins_dir in module_file.parents
        docks = [d for d in iface.main_window.findChildren(QDockWidget) if d.objectName() == "MapflowProcessingDock"]
        assert len(docks) == 1
        qgis.utils.plugins["mapflow_processing"].toggle_action.setChecked(True)
        assert docks[0].isVisible()
        assert qgis.utils.unloadPlugin("mapflow_processing")
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        assert not [d for d in iface.main_window.findChildren(QDockWidget)
                    if d.objectName() == "MapflowProcessingDock"]
    finally:
        qgis.utils.iface = saved_iface
        qgis.utils.plugin_paths = saved_paths
        qgis.utils.updateAvailablePlugins()
        sys.path.remove(str(plugins_dir))
        for m in [m for m in sys.modules if m == "mapflow_processing" or m.startswith("mapflow_processing.")]:
            del sys.modules[m]
        sys.modules.update(saved_modules)
        iface.main_window.deleteLater()


def test_metadata_carries_version_and_changelog(package_zip):
    """qgis-plugin-ci wrote metadata.txt's version and the latest CHANGELOG.md entries into the zip's copy."""
    import configparser

    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    source = configparser.ConfigParser()
    source.read(REPO / "metadata.txt", encoding="utf-8")
    packaged = configparser.ConfigParser()
    packaged.read_string(zipfile.ZipFile(package_zip).read("mapflow_processing/metadata.txt").decode("utf-8"))
    release = source["general"]["version"]
    assert packaged["general"]["version"] == release
    assert package_zip.name == f"mapflow_processing-{release}.zip"
    text = packaged["general"]["changelog"]
    assert f"Version {release}:" in text
    first_item = changelog.split(f"## [{release}]", 1)[1].split("\n- ", 1)[1].split("\n", 1)[0]
    assert first_item.strip() in text
    # every file is a plain file for QGIS's installer: no executable bits
    modes = {info.filename: (info.external_attr >> 16) & 0o777 for info in zipfile.ZipFile(package_zip).infolist()}
    assert {name for name, mode in modes.items() if mode & 0o111} == set()
