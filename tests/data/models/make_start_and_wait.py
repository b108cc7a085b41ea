"""Makes ``mapflow_start_and_wait.model3`` next to this file: a Model Builder model that starts a Mapflow processing of
an area and waits for its result (Start processing → Wait and load result).

Run: ``.venv/bin/python -m tests.data.models.make_start_and_wait`` (headless; registers the plugin's provider).
The tests run the checked-in file, in-process and through ``qgis_process``; users may open it in the Model Builder.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelOutput, QgsProcessingModelParameter,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterString)

MODEL_FILE = Path(__file__).resolve().parent / "mapflow_start_and_wait.model3"


def polygon_source():
    from mapflow_processing.processing_provider.compat import POLYGON_SOURCE

    return POLYGON_SOURCE


def with_defaults(child: QgsProcessingModelChildAlgorithm) -> QgsProcessingModelChildAlgorithm:
    """What the model designer's dialog does: every parameter not wired gets its default as a static value."""
    for parameter in child.algorithm().parameterDefinitions():
        if parameter.isDestination() or parameter.name() in child.parameterSources():
            continue
        child.addParameterSources(parameter.name(),
                                  [QgsProcessingModelChildParameterSource.fromStaticValue(parameter.defaultValue())])
    return child


def start_and_wait_model() -> QgsProcessingModelAlgorithm:
    """Inputs: an AOI layer and a model name; output: the result GeoPackage of "Wait and load result"."""
    model = QgsProcessingModelAlgorithm("Mapflow start and wait", "Mapflow tests")
    model.addModelParameter(QgsProcessingParameterFeatureSource("aoi", "Area of interest", [polygon_source()]),
                            QgsProcessingModelParameter("aoi"))
    model.addModelParameter(QgsProcessingParameterString("model_name", "Model", defaultValue="Buildings"),
                            QgsProcessingModelParameter("model_name"))

    start = QgsProcessingModelChildAlgorithm("mapflow:startprocessing")
    start.setChildId("start")
    start.setDescription("Start processing")
    start.addParameterSources("AOI", [QgsProcessingModelChildParameterSource.fromModelParameter("aoi")])
    start.addParameterSources("MODEL", [QgsProcessingModelChildParameterSource.fromModelParameter("model_name")])
    start.addParameterSources("NAME", [QgsProcessingModelChildParameterSource.fromStaticValue("from a model")])
    model.addChildAlgorithm(with_defaults(start))

    wait = QgsProcessingModelChildAlgorithm("mapflow:waitandloadresult")
    wait.setChildId("wait")
    wait.setDescription("Wait and load result")
    wait.addParameterSources("PROCESSING_IDS",
                             [QgsProcessingModelChildParameterSource.fromChildOutput("start", "PROCESSING_IDS")])
    wait.addParameterSources("TIMEOUT", [QgsProcessingModelChildParameterSource.fromStaticValue(5)])
    result = QgsProcessingModelOutput("result", "Mapflow result")
    result.setChildId("wait")
    result.setChildOutputName("OUTPUT")
    wait.setModelOutputs({"result": result})
    model.addChildAlgorithm(with_defaults(wait))
    model.updateDestinationParameters()
    return model


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    repo = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(repo / ".build" / "pkg"))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from mapflow_processing.processing_provider.provider import MapflowProvider

    provider = MapflowProvider()  # keep the Python object alive while QGIS uses it
    QgsApplication.processingRegistry().addProvider(provider)
    assert start_and_wait_model().toFile(str(MODEL_FILE))
    print(MODEL_FILE)
    os._exit(0)  # QGIS 3.22 may crash tearing Qt down after exitQgis; the file is written


if __name__ == "__main__":
    main()
