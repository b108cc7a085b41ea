"""The questions of the planned-search section: the "Plan a search" dialog, names, the end date and confirmations,
behind one small class (:class:`TemplatePrompts`) so that a headless test can answer them.

The dialog checks as the user types, with the core rules (name of at most 64 characters, the end date, the
account's planned-search area limit), and keeps OK disabled with the reason shown until the input is right:
nothing typed is lost to a refusal.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QVBoxLayout

from ..api.models import SearchFilters
from ..core.formatting import format_km2
from ..core.templates import (KeptParams, aoi_name_problem, aois_problem, end_date_problem, end_of_day,
                              latest_end_day, name_problem)
from .loader import form_class
from .search_filters_widget import SearchFiltersWidget, local_day


@dataclass(frozen=True)
class PlanInput:
    """What the dialog starts from: the AOI handed over by the search, the filters of the Search tab, the
    providers to offer, the account's planned-search area limit, and the Start tab's model (if any)."""

    name: str
    aoi_name: str
    part_areas_km2: Tuple[float, ...]
    filters: SearchFilters
    providers: Tuple[Tuple[str, str], ...] = ()
    template_area_limit_m2: Optional[float] = None
    kept: KeptParams = KeptParams()
    now: Optional[datetime] = None


@dataclass(frozen=True)
class PlanChoice:
    name: str
    aoi_name: str
    split_parts: bool
    active_until: datetime
    filters: SearchFilters
    keep_params: bool


def planned_filters(filters: SearchFilters) -> SearchFilters:
    """A planned search watches for scenes to come: the end of the form's date range would exclude them all."""
    return replace(filters, acquisition_date_to=None)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanSearchDialog(QDialog, form_class("plan_search")):
    def __init__(self, plan: PlanInput, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self._plan = plan
        self.filters = SearchFiltersWidget(self.filtersBox)
        self.filtersLayout.insertWidget(0, self.filters)
        self.filters.set_providers(plan.providers)
        self.filters.set_filters(plan.filters)
        self.filters.filters_changed.connect(lambda *_: self._check())
        self.nameEdit.setText(plan.name)
        self.aoiNameEdit.setText(plan.aoi_name)
        parts = len(plan.part_areas_km2)
        self.splitCheck.setVisible(parts > 1)
        self.splitCheck.setText(self.tr("One area per part ({count} parts)").format(count=parts))
        latest = latest_end_day(plan.now)
        self.untilEdit.setMinimumDate(_qdate(date.today()))
        self.untilEdit.setMaximumDate(_qdate(latest))
        self.untilEdit.setDate(_qdate(latest))
        self.keepParamsCheck.setEnabled(not plan.kept.empty)
        self.keepParamsCheck.setChecked(not plan.kept.empty)
        if plan.kept.empty:
            self.keepParamsCheck.setText(self.tr("Keep the Start tab's processing choices (no model chosen)"))
        else:
            self.keepParamsCheck.setText(self.tr("Keep the Start tab's processing choices: {choices}").format(
                choices=plan.kept.describe()))
        for signal in (self.nameEdit.textChanged, self.aoiNameEdit.textChanged, self.untilEdit.dateChanged,
                       self.splitCheck.toggled):
            signal.connect(lambda *_: self._check())
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self._check()

    def _day(self) -> date:
        value = self.untilEdit.date()
        return date(value.year(), value.month(), value.day())

    def problem(self) -> str:
        """Why OK is disabled ('' when it is not)."""
        areas = self._plan.part_areas_km2
        return (name_problem(self.nameEdit.text())
                or (aoi_name_problem(self.aoiNameEdit.text()) if self.aoiNameEdit.text().strip() else None)
                or aois_problem(list(areas) if self.splitCheck.isChecked() else [sum(areas)] if areas else [],
                                self._plan.template_area_limit_m2)
                or end_date_problem(end_of_day(self._day(), self._plan.now), self._plan.now)
                or self.filters.problem() or "")

    def _check(self) -> None:
        count = len(self.nameEdit.text().strip())
        self.nameCountLabel.setText(f"{count}/64")
        self.nameCountLabel.setStyleSheet("color: #b00020;" if count > 64 else "")
        areas = self._plan.part_areas_km2
        text = self.tr("{area} in {parts} part(s)").format(area=format_km2(sum(areas)), parts=len(areas))
        self.areaLabel.setText(text)
        start = local_day(self.filters.filters().acquisition_date_from)
        if start is not None:
            note = self.tr("It looks for scenes acquired from {day} on; the end of the date range is left out so "
                           "that new scenes are found.").format(day=start.isoformat())
        else:
            note = self.tr("It looks for scenes of any date, new ones included.")
        self.filtersNoteLabel.setText(note)
        problem = self.problem()
        self.problemLabel.setText(problem)
        self.problemLabel.setVisible(bool(problem))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def choice(self) -> Optional[PlanChoice]:
        if self.problem():
            return None
        return PlanChoice(name=self.nameEdit.text().strip(), aoi_name=self.aoiNameEdit.text().strip(),
                          split_parts=not self.splitCheck.isHidden() and self.splitCheck.isChecked()
                          if len(self._plan.part_areas_km2) > 1 else False,
                          active_until=end_of_day(self._day(), self._plan.now),
                          filters=planned_filters(self.filters.filters()),
                          keep_params=self.keepParamsCheck.isEnabled() and self.keepParamsCheck.isChecked())


class EndDateDialog(QDialog):
    """The end date of a planned search, between today and six months ahead."""

    def __init__(self, current: Optional[date], latest: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("End date of the planned search"))
        layout = QVBoxLayout(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(self.tr("yyyy-MM-dd"))  # the language's order: "dd.MM.yyyy" in Russian
        self.edit.setMinimumDate(_qdate(date.today()))
        self.edit.setMaximumDate(_qdate(latest))
        self.edit.setDate(_qdate(min(max(current or latest, date.today()), latest)))
        self.edit.setToolTip(self.tr("It looks for new scenes until the end of this day; at most six months ahead"))
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day(self) -> date:
        value = self.edit.date()
        return date(value.year(), value.month(), value.day())


class TemplatePrompts:
    """The real, modal dialogs. Each returns None (or False) when the user cancels."""

    def plan(self, parent, plan: PlanInput) -> Optional[PlanChoice]:
        dialog = PlanSearchDialog(plan, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def text(self, parent, title: str, label: str, current: str = "") -> Optional[str]:
        text, ok = QInputDialog.getText(parent, title, label, text=current)
        return text.strip() if ok else None

    def confirm(self, parent, title: str, question: str) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(parent, title, question, buttons.Yes | buttons.Cancel,
                                    buttons.Cancel) == buttons.Yes

    def end_date(self, parent, current: Optional[date], latest: date) -> Optional[date]:
        dialog = EndDateDialog(current, latest, parent)
        try:
            return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def names_text(names: Sequence[str]) -> str:
    return "\n".join(f"• {name}" for name in names[:10]) + (f"\n… (+{len(names) - 10})" if len(names) > 10 else "")


__all__ = ["EndDateDialog", "PlanChoice", "PlanInput", "PlanSearchDialog", "TemplatePrompts", "names_text",
           "planned_filters"]
