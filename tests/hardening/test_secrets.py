"""Secrets after a whole workflow (item 3 of the hardening brief).

The Mapflow token and a custom imagery password are stored with SecretStore, read back, and used: sign-in calls,
a processing on a password-protected third-party XYZ service (the sandbox fetches its tiles with that login), a
preview layer that QGIS itself fetches with the imagery authcfg, results loaded as GeoPackage and tiles, and a few
failures. Then none of the secrets may appear in the QGIS settings file, a saved .qgs/.qgz, the log panel, Python
logging, any exception text, or any request that reached the third-party host (which records every header and
query string). Positive controls prove each channel was really exercised.
"""
from __future__ import annotations

import base64
import logging
import traceback
import uuid
import zipfile
from pathlib import Path
from typing import List

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsProject, QgsRasterLayer, QgsRectangle, QgsSettings)
from qgis.PyQt.QtCore import QSize

from mapflow_processing.api import (MapflowClient, MapflowError, ProcessingStatus, UserDefinedSource,
                                    token_from_credentials)
from mapflow_processing.integration.auth import SecretStore
from mapflow_processing.integration.messages import Notifier
from mapflow_processing.integration.settings_store import SettingsStore
from mapflow_processing.layers.tiles import HostAuth, TileService
from mapflow_processing.tasks.result_download import LoadResultsRequest, LoadResultsTask, client_downloader
from mapflow_processing.ui.preview_controller import tile_layer_source
from tests.hardening.helpers import demo_request, fast_client, unique, wait_final
from tests.support.recording_tile_server import RecordingTileServer

IMAGERY_LOGIN = "imagery-user"
IMAGERY_PASSWORD = "Imag3ry-Pa55word-7f3a9c"
AOI_LON, AOI_LAT = 37.60, 55.70


class LogCollector:
    """Everything the QGIS log panel and Python logging received while the workflow ran."""

    def __init__(self) -> None:
        self.lines: List[str] = []
        self._handler = logging.Handler(logging.DEBUG)
        self._handler.emit = lambda record: self.lines.append(f"py {record.name}: {record.getMessage()}")
        self._levels = {}

    def _panel(self, message, tag, level) -> None:
        self.lines.append(f"panel {tag}: {message}")

    def __enter__(self) -> "LogCollector":
        QgsApplication.messageLog().messageReceived.connect(self._panel)
        logging.getLogger().addHandler(self._handler)
        for name in ("mapflow_processing", "urllib3", ""):
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.setLevel(logging.DEBUG)
        return self

    def __exit__(self, *exc_info) -> None:
        QgsApplication.messageLog().messageReceived.disconnect(self._panel)
        logging.getLogger().removeHandler(self._handler)
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)


def _render(layer: QgsRasterLayer) -> None:
    """Let QGIS draw the layer once around the AOI, so that it fetches tiles with its own network stack."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(QgsRectangle(4185800, 7495800, 4186400, 7496400))  # about the AOI, in metres
    settings.setOutputSize(QSize(256, 256))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()


def _error_texts(error: BaseException) -> List[str]:
    texts = [str(error), repr(error), "".join(traceback.format_exception(type(error), error, error.__traceback__))]
    if isinstance(error, MapflowError):
        texts.append(error.user_message)
    return texts


def _provoke_errors(server, token: str) -> List[BaseException]:
    """Failures a user can meet: a wrong token, an unknown id, an unreachable server, a cut connection."""
    caught: List[BaseException] = []
    wrong = token_from_credentials("demo@sandbox.mapflow.local", "not-the-right-secret-123")
    calls = [
        lambda: MapflowClient(server.base_url, wrong).user_status(),
        lambda: fast_client(server, token=token).get_processing("00000000-0000-4000-8000-000000000000"),
        lambda: fast_client(server, token=token).download_result("00000000-0000-4000-8000-000000000000",
                                                                 Path("/nonexistent/x.geojson")),
        lambda: MapflowClient("http://127.0.0.1:9/rest", token).default_project(),
        lambda: MapflowClient(server.base_url, token + "garbage!").user_status(),
    ]
    for call in calls:
        try:
            call()
        except Exception as error:  # every one of them is expected to fail; the test reads their texts
            caught.append(error)
    assert len(caught) == len(calls)
    return caught


def _project_file_texts(project: QgsProject, folder: Path) -> List[str]:
    qgs, qgz = folder / "saved.qgs", folder / "saved.qgz"
    assert project.write(str(qgs)) and project.write(str(qgz))
    texts = [qgs.read_text(encoding="utf-8", errors="replace")]
    with zipfile.ZipFile(qgz) as archive:
        texts += [archive.read(name).decode("utf-8", errors="replace") for name in archive.namelist()]
    return texts


def test_token_and_imagery_password_stay_where_they_belong(sandbox_server, unlocked_auth, tmp_path):
    server_url = sandbox_server.base_url
    email, secret = base64.b64decode(sandbox_server.token).decode().split(":", 1)
    imagery_basic = base64.b64encode(f"{IMAGERY_LOGIN}:{IMAGERY_PASSWORD}".encode()).decode()
    mapflow_secrets = {"token": sandbox_server.token.rstrip("="), "secret": secret}
    all_secrets = {**mapflow_secrets, "imagery password": IMAGERY_PASSWORD, "imagery basic": imagery_basic}

    tiles = RecordingTileServer(IMAGERY_LOGIN, IMAGERY_PASSWORD).start()
    store = SecretStore(SettingsStore(), unlocked_auth, interactive=False)
    project = QgsProject()
    texts: List[str] = []
    try:
        with LogCollector() as logs:
            # --- store both secrets, read them back the way the dock does ---------------------------------------
            # a URL no earlier test used: QGIS's network cache would answer a port reused in this process itself
            template = tiles.xyz_template(query=f"layer=satellite&run={uuid.uuid4().hex[:8]}")
            store.save_api_token(server_url, sandbox_server.token)
            store.save_imagery_login(template, IMAGERY_LOGIN, IMAGERY_PASSWORD)
            token = store.load_api_token(server_url).token
            imagery = store.load_imagery_login(template)
            client = MapflowClient(server_url, token)
            texts += [repr(client), repr(imagery), repr(store.load_api_token(server_url))]

            # --- requests with the token; a processing on the protected imagery ---------------------------------
            client.default_project()
            client.user_status()
            project_id = client.create_project(unique("secrets")).id
            source = UserDefinedSource(url=template, zoom=18, raster_login=imagery.login,
                                       raster_password=imagery.password)
            created = client.create_processing(demo_request(project_id, name="protected imagery", source=source))
            finished = wait_final(client, created.id, timeout=90)
            assert finished.status is ProcessingStatus.OK, finished.messages
            texts += [repr(created), repr(finished)]

            # --- QGIS fetches the preview itself, with the imagery authcfg ---------------------------------------
            preview = QgsRasterLayer(tile_layer_source(template, authcfg=store.imagery_config_id(template)),
                                     "preview", "wms")
            assert preview.isValid()
            project.addMapLayer(preview)
            before = len(tiles.tile_requests())
            _render(preview)
            assert len(tiles.tile_requests()) > before, "QGIS never asked the imagery host for a tile"

            # --- results as GeoPackage and tiles (TileJSON with the Mapflow header to the Mapflow host only) -----
            request = LoadResultsRequest(
                processing_id=finished.id, processing_name="protected imagery", workflow_name="🏠 Buildings",
                mode="both", output_dir=tmp_path / "results", downloader=client_downloader(client, finished.id),
                vector_tiles=TileService(finished.vector_layer.tile_url, finished.vector_layer.tile_json_url),
                raster_tiles=TileService(finished.raster_layer.tile_url, finished.raster_layer.tile_json_url),
                http=client.http_transport, mapflow_auth=HostAuth(server_url, {"Authorization": f"Basic {token}"}))
            task = LoadResultsTask(request, project)
            failures = []
            task.failed.connect(failures.append)
            task.finished(task.run())
            assert not failures and len(project.mapLayers()) >= 3

            # --- failures, told to the user the way the dock tells them -----------------------------------------
            errors = _provoke_errors(sandbox_server, token)
            notifier = Notifier(None)
            for error in errors:
                texts += _error_texts(error)
                notifier.error(str(error))
            client.close()
        texts += logs.lines
        texts += _project_file_texts(project, tmp_path)
        QgsSettings().sync()
        settings_file = Path(QgsSettings().fileName())
        texts.append(settings_file.read_text(encoding="utf-8", errors="replace"))
    finally:
        store.sign_out(server_url, forget_imagery_logins=True)
        tiles.stop()
        # a project (and its layers) still alive when the interpreter exits, after exitQgis, crashes QGIS
        project.clear()

    # the channels were really used
    assert any("Mapflow Processing" in line for line in logs.lines), "nothing reached the log panel"
    assert any(line.startswith("py mapflow_processing.api") for line in logs.lines), "the client logged nothing"
    assert "mapflow_processing" in texts[-1] and "authcfg" in "".join(texts), "settings/project hold no authcfg"
    agents = [r.headers.get("User-Agent", "") for r in tiles.tile_requests()]
    assert any("sandbox" in agent for agent in agents), "the sandbox never fetched the protected imagery"
    assert any("QGIS" in agent for agent in agents), "QGIS never fetched the preview"
    assert all(r.headers.get("Authorization") == f"Basic {imagery_basic}" for r in tiles.tile_requests())

    # no secret where it does not belong
    for name, value in all_secrets.items():
        found = [text[:200] for text in texts if value in text]
        assert not found, f"the {name} leaked into: {found[:3]}"
    for request in tiles.requests:
        for name, value in mapflow_secrets.items():
            assert value not in request.everything(), f"the Mapflow {name} reached the imagery host"
