"""The dock behind an authenticating proxy set in QGIS, with the plugin's real transport (QGIS's network stack):
sign in, price and start a processing, follow it, load its results (GeoPackage and tiles) and upload a GeoTIFF, all
from the dock's widgets. The proxy's own log must hold every request the plugin sent, each with the proxy login."""
from __future__ import annotations

from collections import Counter

from qgis.core import QgsProject

from mapflow_processing.core import settings as catalogue
from mapflow_processing.core.choices import SourceKind
from mapflow_processing.integration.qgis_transport import QgisTransport
from tests.support import qgis_proxy_settings
from tests.support.recording_proxy import RecordingProxy
from tests.support.recording_transport import RecordingTransport

from .conftest import wait_until_final
from .dock_fixtures import close_harness, make_harness
from .test_dock_source import make_geotiff
from .test_dock_start import prepare

qgis_proxy = qgis_proxy_settings.qgis_proxy  # the fixture, found by pytest as a module attribute
LOGIN = ("dock user", "s3cret:proxy")


def test_the_whole_dock_workflow_goes_through_an_authenticating_qgis_proxy(qtbot, tmp_path, unlocked_auth,
                                                                          sandbox_server, qgis_proxy):
    with RecordingProxy(credentials=LOGIN) as proxy:
        qgis_proxy.use(proxy.port, user=LOGIN[0], password=LOGIN[1])
        sent = RecordingTransport(QgisTransport())
        harness = make_harness(qtbot, tmp_path, unlocked_auth, make_http_transport=lambda: sent)
        try:
            _email, checker = prepare(qtbot, harness, sandbox_server)  # sign-in, model, imagery, AOI, cost
            harness.controller.processings_widget.set_load_mode("both")
            harness.settings.set(catalogue.OUTPUT_DIRECTORY, str(tmp_path / "results"))
            start = harness.dock.start
            start.confirmCheck.setChecked(False)
            start.nameEdit.setText("Behind the proxy")
            start.startButton.click()
            qtbot.waitUntil(lambda: harness.bar_has("Processing “Behind the proxy” started."), timeout=30000)
            [created] = checker.list_processings(harness.state.session.project.id)
            done = wait_until_final(checker, [created.id], timeout=90)[created.id]
            assert done.status.value == "OK", done.messages

            harness.controller.processings.actions.load_results([done])  # the list's "Load results"
            qtbot.waitUntil(lambda: harness.bar_has("The results of “Behind the proxy” were added to the map."),
                            timeout=60000)
            assert QgsProject.instance().mapLayersByName("Behind the proxy")

            source = harness.dock.source
            source.set_kind(SourceKind.MY_IMAGERY)
            harness.prompts.geotiff = str(make_geotiff(tmp_path / "survey.tif"))
            harness.prompts.mosaic_name = "Proxy survey"
            source.uploadButton.click()
            qtbot.waitUntil(lambda: harness.bar_has("survey.tif was uploaded."), timeout=30000)
        finally:
            close_harness(harness)

        forwarded = proxy.forwarded()
        missing = Counter(sent.lines) - Counter(r.request_line for r in forwarded)
        assert not missing, f"requests that went around the proxy: {sorted(missing)}"
        kinds = " ".join(sent.lines)
        for fragment in ("GET " + sandbox_server.base_url + "/projects/default", "/user/status",
                         "POST " + sandbox_server.base_url + "/processing/cost/v2",
                         "POST " + sandbox_server.base_url + "/processings/v2", "/processings/v2/page",
                         f"/processings/{done.id}/result", "/api/layers/", "/api/rasters/", "/rasters/mosaic"):
            assert fragment in kinds, fragment
        plugin_lines = set(sent.lines)
        ours = [r for r in forwarded if r.request_line in plugin_lines]
        assert ours and all(r.proxy_login == LOGIN[0] for r in ours)
        assert all("QGIS/" in r.headers.get("User-Agent", "") for r in ours)
        # every call to the sandbox succeeded (the dock's look for a local sandbox on a closed port does not)
        assert all(r.status == 200 for r in ours if sandbox_server.root_url in r.request_line), \
            [(r.request_line, r.status) for r in ours if r.status != 200]
        assert harness.counter.counts == Counter()  # nothing went through requests
