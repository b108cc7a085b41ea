"""The incumbent's way of loading a result, as the official Mapflow plugin does it (described from its public
behaviour, not copied): the GeoJSON is fetched through QGIS's network manager (the GUI stays live while it
arrives), written to a temporary file when the reply is complete, opened as a ``QgsVectorLayer`` and written to a
GeoPackage with ``QgsVectorFileWriter.writeAsVectorFormatV3`` (GDAL, C++) on the GUI thread, then added styled.

It is the baseline a user would compare against: what they get today from the other plugin on the same machine.
The style is the same QML file the plugin uses, so both draw the same thing.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Dict, Optional

from .workspace import REPO

BUILDINGS_STYLE = REPO / "styles" / "buildings.qml"


class IncumbentLoad:
    def __init__(self, result_url: str, token: str, project, out_dir: Path, name: str):
        self.result_url, self.token, self.project = result_url, token, project
        self.out_dir, self.name = Path(out_dir), name
        self.marks: Dict[str, float] = {}
        self.layer = None
        self.error: Optional[str] = None
        self._reply = None

    @property
    def finished(self) -> bool:
        return self.layer is not None or self.error is not None

    def click(self) -> None:
        from qgis.core import QgsNetworkAccessManager
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtNetwork import QNetworkRequest

        request = QNetworkRequest(QUrl(self.result_url))
        request.setRawHeader(b"Authorization", f"Basic {self.token}".encode())
        # nothing into QGIS's disk cache: it would only cost the incumbent time
        request.setAttribute(QNetworkRequest.CacheSaveControlAttribute, False)
        request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
        self._reply = QgsNetworkAccessManager.instance().get(request)
        self._reply.finished.connect(self._on_reply)

    def _on_reply(self) -> None:
        from qgis.PyQt.QtNetwork import QNetworkReply

        reply, self._reply = self._reply, None
        try:
            if reply.error() != QNetworkReply.NoError:
                self.error = f"download failed: {reply.errorString()}"
                return
            body = reply.readAll()
            handle, temporary = tempfile.mkstemp(suffix=".geojson", dir=str(self.out_dir))
            with open(handle, "wb") as out:
                out.write(bytes(body))
            del body
            self.marks["downloaded"] = time.perf_counter()
            self._convert_and_add(Path(temporary))
        except Exception as error:  # noqa: BLE001 - reported to the case, which fails loudly
            self.error = f"{type(error).__name__}: {error}"
        finally:
            reply.deleteLater()

    def _convert_and_add(self, geojson: Path) -> None:
        from qgis.core import QgsVectorFileWriter, QgsVectorLayer

        source = QgsVectorLayer(str(geojson), "temp", "ogr")
        if not source.isValid():
            raise RuntimeError(f"the downloaded GeoJSON does not open: {geojson}")
        target = self.out_dir / "incumbent.gpkg"
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "buildings"
        written = QgsVectorFileWriter.writeAsVectorFormatV3(source, str(target), self.project.transformContext(),
                                                            options)
        if written[0] != QgsVectorFileWriter.NoError:
            raise RuntimeError(f"writeAsVectorFormatV3 failed: {written[1]}")
        del source
        geojson.unlink()
        self.marks["converted"] = time.perf_counter()
        layer = QgsVectorLayer(f"{target}|layername=buildings", self.name, "ogr")
        layer.loadNamedStyle(str(BUILDINGS_STYLE))
        self.project.addMapLayer(layer)
        self.marks["layers_added"] = time.perf_counter()
        self.layer = layer
