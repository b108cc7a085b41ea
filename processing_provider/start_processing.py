"""Start processing: one processing for the whole layer, or one per feature (named from a field or an expression);
optionally waits until each ends. Outputs the ids (a comma list for the next algorithm) and a table of them.

Every start is checked by ``core.processing_plan`` with the server's price first, exactly like the panel's Start
button. In per-feature mode a feature that cannot start (no usable polygon, a limit, the balance, a server refusal) is
reported and written to the table as NOT_STARTED with the reason; the other features go on.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (NULL, QgsExpression, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterExpression, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ..integration.messages import tr
from .base import MapflowAlgorithm, connection_help, help_html
from .compat import DOUBLE_NUMBER, TABLE_SOURCE
from .inputs import (AOI, add_aoi_parameter, add_choice_parameters, aoi_name, aoi_source, choices_help,
                     describe_aoi, feature_aoi, features, plan_for, read_choices, resolve, whole_aoi)
from .tables import STARTED_COLUMNS, write_table
from .waiting import wait_for_all

NAME = "NAME"
ONE_PER_FEATURE = "ONE_PER_FEATURE"
NAME_EXPRESSION = "NAME_EXPRESSION"
WAIT = "WAIT"
TIMEOUT = "TIMEOUT"
OUTPUT = "OUTPUT"
PROCESSING_IDS = "PROCESSING_IDS"
STARTED = "STARTED"
NOT_STARTED = "NOT_STARTED"
NOT_STARTED_STATUS = "NOT_STARTED"  # the table's status of a feature that could not start


@dataclass(frozen=True)
class StartedRow:
    processing_id: Optional[str]
    name: str
    feature_id: Optional[int]
    status: str
    message: str = ""
    codes: Tuple[str, ...] = ()  # the reasons' codes when it was not started

    def values(self):
        return (self.processing_id, self.name, self.feature_id, self.status, self.message)


class StartProcessing(MapflowAlgorithm):
    icon_name = "mapflow_start.svg"
    action = "Starting processings"

    def name(self) -> str:
        return "startprocessing"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Start processing")

    def shortDescription(self) -> str:  # noqa: N802 - QGIS API
        return tr("Starts Mapflow processings of an area: one for the whole layer, or one per feature.")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return help_html(
            tr("Starts a Mapflow processing of the area of interest, checked and priced like the panel's Start "
               "button. <b>This spends credits.</b>"),
            tr("<b>One processing per feature</b>: each feature (or selected feature) becomes its own processing, "
               "named by the name expression (a field or any expression; empty: the name followed by the feature "
               "id). A feature that cannot start is reported, written to the table as NOT_STARTED with the "
               "reason, and the others go on. Without it, all polygons form one processing (at most the account's "
               "number of AOIs per processing)."),
            choices_help(),
            tr("<b>Wait until each ends</b>: polls every few seconds (the panel's poll interval) up to the time "
               "limit in minutes (0: no limit); the table then shows the final status. Cancelling stops waiting, "
               "never a processing."),
            tr("<b>Outputs</b>: PROCESSING_IDS, the started ids separated by commas (the input of “Wait and load "
               "result”), and a table of processing id, name, feature id, status and message."),
            connection_help())

    def define(self) -> None:
        add_aoi_parameter(self)
        self.addParameter(QgsProcessingParameterString(
            NAME, tr("Processing name (empty: the model and the date)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            ONE_PER_FEATURE, tr("One processing per feature"), defaultValue=False))
        self.addParameter(QgsProcessingParameterExpression(
            NAME_EXPRESSION, tr("Name of each feature's processing (field or expression)"), defaultValue="",
            parentLayerParameterName=AOI, optional=True))
        add_choice_parameters(self)
        self.addParameter(QgsProcessingParameterBoolean(WAIT, tr("Wait until each processing ends"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            TIMEOUT, tr("Time limit for waiting, minutes (0: no limit)"), DOUBLE_NUMBER, defaultValue=60.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Started processings"), TABLE_SOURCE))
        self.addOutput(QgsProcessingOutputString(PROCESSING_IDS, tr("Processing ids (comma-separated)")))
        self.addOutput(QgsProcessingOutputNumber(STARTED, tr("Processings started")))
        self.addOutput(QgsProcessingOutputNumber(NOT_STARTED, tr("Features not started")))

    def prepare_inputs(self, parameters, context) -> None:
        self._choices = read_choices(self, parameters, context)

    def perform(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        from ..core.processing_plan import default_name

        source = aoi_source(self, parameters, context)
        layer_name = aoi_name(self, parameters, context)
        per_feature = self.parameterAsBoolean(parameters, ONE_PER_FEATURE, context)
        wait = self.parameterAsBoolean(parameters, WAIT, context)
        timeout_min = self.parameterAsDouble(parameters, TIMEOUT, context)
        expression = self._name_expression(parameters, context, source) if per_feature else None
        start_share = 30 if wait else 100
        outcome = self.session(feedback)
        try:
            resolved = resolve(outcome, self._choices)
            base_name = self.parameterAsString(parameters, NAME, context).strip() or \
                default_name(resolved.model.model.name)
            starter = _Starter(outcome, resolved, feedback)
            if per_feature:
                rows = self._per_feature(source, layer_name, base_name, expression, starter, context, feedback,
                                         start_share)
            else:
                rows = [self._whole(source, layer_name, base_name, starter, context, feedback)]
            feedback.setProgress(start_share)
            if wait and any(row.processing_id for row in rows):
                rows = self._wait(outcome.client, rows, timeout_min, feedback, start_share)
        finally:
            outcome.client.close()
        destination = write_table(self, parameters, OUTPUT, context, STARTED_COLUMNS, (r.values() for r in rows))
        started = [row.processing_id for row in rows if row.processing_id]
        feedback.setProgress(100)
        return {OUTPUT: destination, PROCESSING_IDS: ",".join(started), STARTED: len(started),
                NOT_STARTED: len(rows) - len(started)}

    # --- the two modes --------------------------------------------------------------------------------------------
    def _whole(self, source, layer_name: str, name: str, starter: "_Starter", context, feedback) -> StartedRow:
        feedback.setProgressText(tr("Reading the area of interest…"))
        selection = whole_aoi(source, layer_name, context, feedback)
        feedback.pushInfo(tr("Area of interest: {aoi}.").format(aoi=describe_aoi(selection)))
        row = starter.start(selection, name, None)
        if row.processing_id is None:
            hint = ""
            if "TOO_MANY_PARTS" in row.codes:
                hint = " " + tr("Or start one processing per feature (One processing per feature).")
            raise QgsProcessingException(row.message + hint)
        return row

    def _per_feature(self, source, layer_name: str, base_name: str, expression, starter: "_Starter",
                     context: QgsProcessingContext, feedback: QgsProcessingFeedback, share: int) -> List[StartedRow]:
        total = max(source.featureCount(), 1)
        rows: List[StartedRow] = []
        for index, feature in enumerate(features(source, feedback)):
            name = self._feature_name(feature, expression, base_name)
            feedback.setProgressText(tr("Feature {fid}: {name}").format(fid=feature.id(), name=name))
            label = f"{layer_name} #{feature.id()}" if layer_name else f"#{feature.id()}"
            selection = feature_aoi(feature, source, label, context, feedback)
            rows.append(starter.start(selection, name, feature.id()))
            feedback.setProgress(share * (index + 1) / total)
        if feedback.isCanceled():
            if not any(row.processing_id for row in rows):
                raise QgsProcessingException(tr("Cancelled."))
            feedback.pushWarning(tr("Cancelled: no further processing was started."))
        if rows and not any(row.processing_id for row in rows):
            raise QgsProcessingException(tr("No processing was started. {reason}").format(reason=rows[0].message))
        if not rows:
            raise QgsProcessingException(tr("The area of interest has no features."))
        return rows

    def _name_expression(self, parameters, context: QgsProcessingContext, source):
        text = self.parameterAsExpression(parameters, NAME_EXPRESSION, context).strip()
        if not text:
            return None
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(tr("The name expression is not valid: {error}").format(
                error=expression.parserErrorString()))
        expression_context = self.createExpressionContext(parameters, context, source)
        expression.prepare(expression_context)
        return expression, expression_context

    @staticmethod
    def _feature_name(feature, expression, base_name: str) -> str:
        if expression is not None:
            compiled, expression_context = expression
            expression_context.setFeature(feature)
            value = compiled.evaluate(expression_context)
            if not compiled.hasEvalError() and value is not None and value != NULL and str(value).strip():
                return str(value).strip()
        return f"{base_name} #{feature.id()}"

    def _wait(self, client, rows: List[StartedRow], timeout_min: float, feedback, start_share: int):
        started = [row for row in rows if row.processing_id]
        finals = wait_for_all(client, [row.processing_id for row in started], timeout_min, feedback,
                              start_share, 100, stop_on_problem=False)
        from ..core.toolbox import final_problem, processing_record

        updated = []
        for row in rows:
            final = finals.get(row.processing_id) if row.processing_id else None
            if final is None:
                updated.append(row)
                continue
            problem = final_problem(final)
            if problem:  # reported; the other processings go on
                feedback.reportError(problem)
            record = processing_record(final)
            updated.append(replace(row, status=record.status, message=record.message))
        return updated


class _Starter:
    """Plans, prices and creates one processing; a refusal becomes a NOT_STARTED row with the reason."""

    def __init__(self, outcome, resolved, feedback: QgsProcessingFeedback):
        self.outcome = outcome
        self.resolved = resolved
        self.feedback = feedback

    def start(self, selection, name: str, feature_id: Optional[int]) -> StartedRow:
        from ..api.errors import MapflowError
        from ..core.toolbox import reasons_text
        from ..integration.messages import describe_error

        where = tr("Feature {fid}").format(fid=feature_id) if feature_id is not None else ""
        try:
            plan = plan_for(self.outcome, self.resolved, selection, name)
            for warning in plan.warnings:
                self.feedback.pushWarning(f"{where}: {warning.text}" if where else warning.text)
            if not plan.can_start:
                return self._refused(name, feature_id, where, reasons_text(plan.blocking_reasons),
                                     tuple(reason.code.value for reason in plan.blocking_reasons))
            processing = self.outcome.client.create_processing(plan.request)
        except MapflowError as error:
            return self._refused(name, feature_id, where, describe_error(error, tr("Starting the processing")))
        self.feedback.pushInfo(tr("Started “{name}” ({id}).").format(name=processing.name, id=processing.id))
        return StartedRow(processing.id, processing.name, feature_id, processing.status.value)

    def _refused(self, name: str, feature_id: Optional[int], where: str, reason: str,
                 codes: Tuple[str, ...] = ()) -> StartedRow:
        text = tr("“{name}” was not started: {reason}").format(name=name, reason=reason)
        if feature_id is not None:
            self.feedback.reportError(f"{where}: {text}")
        return StartedRow(None, name, feature_id, NOT_STARTED_STATUS, reason, codes)
