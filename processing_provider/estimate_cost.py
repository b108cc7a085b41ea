"""Estimate cost: what a processing of this area with this model, options and imagery would cost, its area, and
whatever would block its start (balance, limits, role), as outputs a model can test."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingOutputBoolean, QgsProcessingOutputNumber, QgsProcessingOutputString)

from ..integration.messages import tr
from .base import MapflowAlgorithm, connection_help, help_html
from .inputs import (add_aoi_parameter, add_choice_parameters, aoi_name, aoi_source, choices_help, describe_aoi,
                     plan_for, read_choices, resolve, whole_aoi)

COST = "COST"
AREA_KM2 = "AREA_KM2"
BLOCKING_REASON = "BLOCKING_REASON"
CAN_START = "CAN_START"
BILLING_TYPE = "BILLING_TYPE"


class EstimateCost(MapflowAlgorithm):
    icon_name = "mapflow_estimate.svg"
    action = "Estimating the cost"

    def name(self) -> str:
        return "estimatecost"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Estimate cost")

    def shortDescription(self) -> str:  # noqa: N802 - QGIS API
        return tr("The credits a Mapflow processing of an area would cost, and what would block its start.")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return help_html(
            tr("Asks the Mapflow server what a processing of the area of interest would cost with this model, these "
               "options and this imagery, as the panel's cost line does. Nothing is started or charged."),
            tr("<b>Area of interest</b>: the polygons of a layer (or only its selected features); they are "
               "reprojected to WGS 84, repaired and dissolved like in the panel."),
            choices_help(),
            tr("<b>Outputs</b>: COST (credits; 0 when the account is billed by area or not billed, see "
               "BILLING_TYPE), AREA_KM2 (the area of interest, geodesic), BLOCKING_REASON (why a start would be "
               "refused: balance, area or AOI limits, the provider's minimum area, your role in the project; empty "
               "when nothing blocks), CAN_START (true when BLOCKING_REASON is empty)."),
            tr("Fails (no outputs) when the area has no usable polygon, a model, option, project or provider is "
               "unknown, or the server cannot be reached."),
            connection_help())

    def define(self) -> None:
        add_aoi_parameter(self)
        add_choice_parameters(self)
        self.addOutput(QgsProcessingOutputNumber(COST, tr("Cost, credits")))
        self.addOutput(QgsProcessingOutputNumber(AREA_KM2, tr("Area, km²")))
        self.addOutput(QgsProcessingOutputString(BLOCKING_REASON, tr("Blocking reason")))
        self.addOutput(QgsProcessingOutputBoolean(CAN_START, tr("Can start")))
        self.addOutput(QgsProcessingOutputString(BILLING_TYPE, tr("Billing type")))

    def prepare_inputs(self, parameters, context) -> None:
        self._choices = read_choices(self, parameters, context)

    def perform(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        from ..core.account import CostBasis, billing_type
        from ..core.formatting import format_credits
        from ..core.toolbox import reasons_text

        source = aoi_source(self, parameters, context)
        feedback.setProgressText(tr("Reading the area of interest…"))
        selection = whole_aoi(source, aoi_name(self, parameters, context), context, feedback)
        feedback.setProgress(20)
        outcome = self.session(feedback)
        try:
            resolved = resolve(outcome, self._choices)
            feedback.setProgress(40)
            feedback.setProgressText(tr("Asking the server for the cost…"))
            plan = plan_for(outcome, resolved, selection)
        finally:
            outcome.client.close()
        self.check_cancelled(feedback)
        if plan.request is None:  # no usable polygon, or the model refused the options
            raise QgsProcessingException(reasons_text(plan.blocking_reasons))
        if plan.basis is CostBasis.SERVER and not plan.cost.known:
            raise QgsProcessingException(reasons_text(plan.blocking_reasons))
        credits = plan.cost.credits if plan.basis is CostBasis.SERVER else 0
        blocking = reasons_text(plan.blocking_reasons)
        feedback.pushInfo(tr("Area of interest: {aoi}.").format(aoi=describe_aoi(selection)))
        feedback.pushInfo(tr("Model: {model}; imagery: {source}.").format(
            model=", ".join([resolved.model.model.name] + resolved.model.enabled_labels()),
            source=resolved.source.label))
        if plan.basis is CostBasis.SERVER:
            feedback.pushInfo(tr("Cost: {credits} credits.").format(credits=format_credits(credits)))
        for warning in plan.warnings:
            feedback.pushWarning(warning.text)
        if blocking:
            feedback.pushWarning(tr("A start would be refused: {reason}").format(reason=blocking))
        feedback.setProgress(100)
        return {COST: credits, AREA_KM2: selection.total_area_km2, BLOCKING_REASON: blocking,
                CAN_START: plan.can_start, BILLING_TYPE: billing_type(outcome.user_status).value}
