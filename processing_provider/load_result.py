"""Wait and load result: waits until the processings end, downloads their vector results and writes one GeoPackage
(one table per geometry family, every feature tagged with its processing), styled when QGIS loads it.

Download and conversion are the panel's (``layers.result_package``: streamed GeoJSON → GDAL → GeoPackage); several
processings are then merged table by table (``layers.result_merge``).
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any, Dict

from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsProcessingParameterVectorDestination, QgsProcessingUtils)

from ..integration.messages import tr
from .base import MapflowAlgorithm, connection_help, help_html
from .compat import DOUBLE_NUMBER
from .result_layers import load_per_table
from .waiting import wait_for_all

PROCESSING_IDS = "PROCESSING_IDS"
TIMEOUT = "TIMEOUT"
SKIP_FAILED = "SKIP_FAILED"
OUTPUT = "OUTPUT"
FEATURE_COUNT = "FEATURE_COUNT"
LOADED = "LOADED_PROCESSINGS"
WAIT_SHARE = 50  # percent of the progress bar for waiting; downloading and writing take the rest


class WaitAndLoadResult(MapflowAlgorithm):
    icon_name = "mapflow_load.svg"
    action = "Loading Mapflow results"

    def name(self) -> str:
        return "waitandloadresult"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Wait and load result")

    def shortDescription(self) -> str:  # noqa: N802 - QGIS API
        return tr("Waits until Mapflow processings end and writes their vector results to a GeoPackage.")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return help_html(
            tr("Waits until each processing ends (polling at the panel's interval, up to the time limit in minutes; "
               "0: no limit), downloads its vector result and writes a GeoPackage."),
            tr("<b>Processing ids</b>: one id, or several separated by commas (the PROCESSING_IDS output of "
               "“Start processing”). The GeoPackage has one table per geometry family (polygons, lines, points); "
               "each feature carries processing_id and processing_name, so the results of several processings "
               "stay apart. Loaded into the project, each table becomes a layer with the panel's style for its "
               "model."),
            tr("Fails with the server's message when a processing FAILED (or was cancelled), and names the status "
               "when the time limit is reached; “Load the others when some failed” writes what succeeded and "
               "reports the rest. <b>Outputs</b>: the GeoPackage and FEATURE_COUNT (features in all tables)."),
            connection_help())

    def define(self) -> None:
        self.addParameter(QgsProcessingParameterString(PROCESSING_IDS, tr("Processing ids (comma-separated)")))
        self.addParameter(QgsProcessingParameterNumber(
            TIMEOUT, tr("Time limit, minutes (0: no limit)"), DOUBLE_NUMBER, defaultValue=60.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean(
            SKIP_FAILED, tr("Load the others when some failed"), defaultValue=False))
        self.addParameter(QgsProcessingParameterVectorDestination(OUTPUT, tr("Result GeoPackage")))
        self.addOutput(QgsProcessingOutputNumber(FEATURE_COUNT, tr("Feature count")))
        self.addOutput(QgsProcessingOutputNumber(LOADED, tr("Processings loaded")))

    def perform(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        from ..core.toolbox import final_problem, parse_processing_ids

        ids = parse_processing_ids(self.parameterAsString(parameters, PROCESSING_IDS, context))
        timeout_min = self.parameterAsDouble(parameters, TIMEOUT, context)
        skip_failed = self.parameterAsBoolean(parameters, SKIP_FAILED, context)
        chosen = self.parameterAsOutputLayer(parameters, OUTPUT, context)
        path = geopackage_path(chosen)
        outcome = self.session(feedback)
        try:
            finals = wait_for_all(outcome.client, ids, timeout_min, feedback, 0, WAIT_SHARE, stop_on_problem=True)
            processings = [finals[i] for i in ids]
            problems = [problem for problem in (final_problem(p) for p in processings) if problem]
            ready = [p for p in processings if not final_problem(p)]
            if problems and (not skip_failed or not ready):
                raise QgsProcessingException("\n".join(problems))
            for problem in problems:
                feedback.reportError(problem)
            merged, notes = self._write(outcome.client, ready, path, feedback)
        finally:
            outcome.client.close()
        for note in dict.fromkeys(notes):
            feedback.pushWarning(note)
        for layer in merged.layers:
            feedback.pushInfo(tr("{table}: {count} feature(s).").format(table=layer.table, count=layer.feature_count))
        load_per_table(context, chosen, str(path), merged, [p.model_name or "" for p in ready], [p.name for p in ready])
        feedback.setProgress(100)
        return {OUTPUT: str(path), FEATURE_COUNT: merged.feature_count, LOADED: len(ready)}

    def _write(self, client, processings, path: Path, feedback: QgsProcessingFeedback):
        from ..layers.result_merge import MergeInput, merge_result_packages
        from ..layers.result_package import ResultCancelled, build_result_package
        from ..tasks.result_download import client_downloader

        path.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".mapflow-results-", dir=str(path.parent)))
        share = (100 - WAIT_SHARE) / max(len(processings), 1)
        try:
            inputs, notes = [], []
            for index, processing in enumerate(processings):
                feedback.setProgressText(tr("Downloading the result of “{name}”…").format(name=processing.name))
                try:
                    package = build_result_package(
                        client_downloader(client, processing.id), processing.id, processing.name, work,
                        progress=lambda fraction, i=index: feedback.setProgress(WAIT_SHARE + share * (i + fraction)),
                        should_cancel=feedback.isCanceled)
                except ResultCancelled:
                    raise QgsProcessingException(tr("Cancelled.")) from None
                notes.extend(package.messages)
                inputs.append(MergeInput(package.path, processing.id, processing.name, processing.model_name or ""))
            feedback.setProgressText(tr("Writing {file}…").format(file=path.name))
            return merge_result_packages(inputs, path, feedback.isCanceled), notes
        finally:
            shutil.rmtree(work, ignore_errors=True)


def geopackage_path(value: str) -> Path:
    """The output as a ``.gpkg`` path: a temporary output of another format becomes a GeoPackage; a file chosen by
    the user must be one."""
    path = Path(value)
    if path.suffix.lower() == ".gpkg":
        return path
    temporary = Path(QgsProcessingUtils.tempFolder())
    if temporary in path.parents:
        return path.with_suffix(".gpkg")
    raise QgsProcessingException(tr("The result is written as a GeoPackage: choose a file name ending in .gpkg "
                                    "(not {name}).").format(name=path.name))
