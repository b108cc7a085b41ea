"""List processings: the processings of a project as a table (id, name, model, status, progress, area, cost, dates
and the reason of a failure), filtered by status and by text (the server's search, as in the panel's list)."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ..integration.messages import tr
from .base import MapflowAlgorithm, connection_help, help_html
from .compat import INTEGER_NUMBER, TABLE_SOURCE
from .tables import LISTED_COLUMNS, write_table

PROJECT = "PROJECT"
STATUS = "STATUS"
TEXT = "TEXT"
LIMIT = "LIMIT"
OUTPUT = "OUTPUT"
COUNT = "COUNT"
STATUSES = ("UNPROCESSED", "IN_PROGRESS", "AWAITING", "OK", "FAILED", "CANCELLED", "REFUNDED")
PAGE_SIZE = 100


class ListProcessings(MapflowAlgorithm):
    icon_name = "mapflow_list.svg"
    action = "Listing processings"

    def name(self) -> str:
        return "listprocessings"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("List processings")

    def shortDescription(self) -> str:  # noqa: N802 - QGIS API
        return tr("The processings of a Mapflow project as a table.")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return help_html(
            tr("Writes the processings of a project (newest first) to a table: processing_id, name, model, status "
               "(the API's value: OK, FAILED, IN_PROGRESS…), progress, area_km2, cost, created, completed (when a "
               "finished processing last changed) and message (why it failed)."),
            tr("<b>Statuses</b>: keep only these (none chosen: all). <b>Text</b>: the server's search, as in the "
               "panel's list. <b>Maximum</b>: at most this many rows (0: all)."),
            connection_help())

    def define(self) -> None:
        self.addParameter(QgsProcessingParameterString(
            PROJECT, tr("Project (name or id; empty: the default project)"), defaultValue="", optional=True))
        statuses = QgsProcessingParameterEnum(STATUS, tr("Statuses (none: all)"), list(STATUSES),
                                              allowMultiple=True, defaultValue=[], optional=True)
        statuses.setUsesStaticStrings(True)
        self.addParameter(statuses)
        self.addParameter(QgsProcessingParameterString(TEXT, tr("Text search"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterNumber(LIMIT, tr("Maximum number of rows (0: all)"), INTEGER_NUMBER,
                                                       defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Processings"), TABLE_SOURCE))
        self.addOutput(QgsProcessingOutputNumber(COUNT, tr("Number of processings")))

    def perform(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        from ..core.processings_list import ListQuery, fetch_page
        from ..core.toolbox import find_project, processing_record

        wanted = set(self.parameterAsEnumStrings(parameters, STATUS, context))
        terms = self.parameterAsString(parameters, TEXT, context).strip()
        limit = self.parameterAsInt(parameters, LIMIT, context)
        outcome = self.session(feedback)
        records = []
        try:
            project = find_project(outcome.projects, self.parameterAsString(parameters, PROJECT, context),
                                   outcome.project)
            feedback.pushInfo(tr("Project: {name}.").format(name=project.name))
            offset = 0
            while True:
                self.check_cancelled(feedback)
                page = fetch_page(outcome.client, ListQuery(project.id, offset=offset, limit=PAGE_SIZE, terms=terms))
                records.extend(r for r in (processing_record(row.processing) for row in page.rows)
                               if not wanted or r.status in wanted)
                offset += PAGE_SIZE
                feedback.setProgress(100 * min(offset, page.total) / max(page.total, 1))
                if not page.rows or offset >= page.total or (limit and len(records) >= limit):
                    break
        finally:
            outcome.client.close()
        if limit:
            records = records[:limit]
        rows = ((r.id, r.name, r.model, r.status, r.progress, r.area_km2, r.cost, r.created, r.completed, r.message)
                for r in records)
        destination = write_table(self, parameters, OUTPUT, context, LISTED_COLUMNS, rows)
        feedback.pushInfo(tr("{count} processing(s).").format(count=len(records)))
        return {OUTPUT: destination, COUNT: len(records)}
