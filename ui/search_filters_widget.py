"""The imagery search filters as a compact form that emits ``SearchFilters`` (api) on every change.

Each filter has a check box: unchecked leaves it out (None), so the server's "a missing value matches" rule and
the form agree. Dates are whole days of the user's time zone; providers are a menu of check boxes (all checked
means no provider filter). Used by the imagery search and meant for the planned-search form too.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QMenu, QWidget, QWidgetAction

from ..api.models import ProductType, SearchFilters
from .loader import form_class

DEFAULT_DAYS_BACK = 365


def day_start(day: date) -> datetime:
    """Local midnight of ``day`` as an aware datetime."""
    return datetime.combine(day, time.min).astimezone()


def day_end(day: date) -> datetime:
    """The last second of ``day`` in the local time zone, aware."""
    return datetime.combine(day, time(23, 59, 59)).astimezone()


def local_day(moment) -> Optional[date]:
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return moment.astimezone().date() if moment.tzinfo else moment.date()
    return moment if isinstance(moment, date) else None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SearchFiltersWidget(QWidget, form_class("search_filters")):
    filters_changed = pyqtSignal(object)  # SearchFilters

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        today = date.today()
        self.dateToEdit.setDate(_qdate(today))
        self.dateFromEdit.setDate(_qdate(today - timedelta(days=DEFAULT_DAYS_BACK)))
        self._menu = QMenu(self.providersButton)
        self.providersButton.setMenu(self._menu)
        # check boxes inside the menu: ticking several does not close it each time
        self._provider_boxes: List[Tuple[str, QCheckBox]] = []
        self._quiet = False
        for check in (self.datesCheck, self.cloudCheck, self.coverCheck, self.offNadirCheck, self.resolutionCheck):
            check.toggled.connect(self._on_toggle)
        for check in (self.imageCheck, self.mosaicCheck):
            check.toggled.connect(lambda *_: self._emit())
        for edit in (self.dateFromEdit, self.dateToEdit):
            edit.dateChanged.connect(self._on_dates)
        for spin in (self.cloudSpin, self.coverSpin):
            spin.valueChanged.connect(lambda *_: self._emit())
        self.offNadirMinSpin.valueChanged.connect(lambda *_: self._keep_order(self.offNadirMinSpin,
                                                                              self.offNadirMaxSpin, True))
        self.offNadirMaxSpin.valueChanged.connect(lambda *_: self._keep_order(self.offNadirMinSpin,
                                                                              self.offNadirMaxSpin, False))
        self.resolutionMinSpin.valueChanged.connect(lambda *_: self._keep_order(self.resolutionMinSpin,
                                                                                self.resolutionMaxSpin, True))
        self.resolutionMaxSpin.valueChanged.connect(lambda *_: self._keep_order(self.resolutionMinSpin,
                                                                                self.resolutionMaxSpin, False))
        self._enable()

    # --- filling ---------------------------------------------------------------------------------------------
    def set_providers(self, providers: Sequence[Tuple[str, str]]) -> None:
        """``(api name, label)`` of the searchable providers; checks survive for names listed again (a new name
        starts checked). Emits nothing."""
        checked = {name: box.isChecked() for name, box in self._provider_boxes}
        self._menu.clear()
        self._provider_boxes = []
        for name, label in providers:
            box = QCheckBox(label or name, self._menu)
            box.setChecked(checked.get(name, True))
            box.toggled.connect(lambda *_: self._on_provider())
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(box)
            self._menu.addAction(action)
            self._provider_boxes.append((name, box))
        self._update_providers_text()

    def provider_boxes(self) -> List[Tuple[str, QCheckBox]]:
        """(api name, its check box) of the providers menu."""
        return list(self._provider_boxes)

    def set_filters(self, filters: SearchFilters) -> None:
        """Show ``filters`` (remembered ones); emits ``filters_changed`` once."""
        self._quiet = True
        try:
            start, end = local_day(filters.acquisition_date_from), local_day(filters.acquisition_date_to)
            self.datesCheck.setChecked(start is not None or end is not None)
            if start is not None:
                self.dateFromEdit.setDate(_qdate(start))
            if end is not None:
                self.dateToEdit.setDate(_qdate(end))
            self._set(self.cloudCheck, self.cloudSpin, filters.max_cloud_cover)
            self._set(self.coverCheck, self.coverSpin, filters.min_aoi_intersection_percent)
            self._set_range(self.offNadirCheck, self.offNadirMinSpin, self.offNadirMaxSpin,
                            filters.min_off_nadir_angle, filters.max_off_nadir_angle)
            self._set_range(self.resolutionCheck, self.resolutionMinSpin, self.resolutionMaxSpin,
                            filters.min_resolution, filters.max_resolution)
            kinds = None if filters.product_types is None else \
                {getattr(k, "value", str(k)).upper() for k in filters.product_types}
            self.imageCheck.setChecked(kinds is None or "IMAGE" in kinds or "SCENE" in kinds)
            self.mosaicCheck.setChecked(kinds is None or "MOSAIC" in kinds)
            wanted = None if filters.data_providers is None else {p.lower() for p in filters.data_providers}
            for name, box in self._provider_boxes:
                box.setChecked(wanted is None or name.lower() in wanted)
            self._update_providers_text()
        finally:
            self._quiet = False
        self._enable()
        self._emit()

    @staticmethod
    def _set(check, spin, value) -> None:
        check.setChecked(value is not None)
        if value is not None:
            spin.setValue(type(spin.value())(value))

    @staticmethod
    def _set_range(check, low_spin, high_spin, low, high) -> None:
        check.setChecked(low is not None or high is not None)
        if high is not None:
            high_spin.setValue(float(high))
        low_spin.setValue(float(low) if low is not None else 0.0)
        if high is None and low is not None:
            high_spin.setValue(high_spin.maximum())

    # --- reading ---------------------------------------------------------------------------------------------
    def filters(self) -> SearchFilters:
        dates = self.datesCheck.isChecked()
        off_nadir = self.offNadirCheck.isChecked()
        resolution = self.resolutionCheck.isChecked()
        kinds = [kind for kind, check in ((ProductType.IMAGE, self.imageCheck), (ProductType.MOSAIC, self.mosaicCheck))
                 if check.isChecked()]
        names = [name for name, box in self._provider_boxes if box.isChecked()]
        all_providers = len(names) == len(self._provider_boxes)
        return SearchFilters(
            acquisition_date_from=day_start(_pydate(self.dateFromEdit.date())) if dates else None,
            acquisition_date_to=day_end(_pydate(self.dateToEdit.date())) if dates else None,
            min_resolution=_positive(self.resolutionMinSpin.value()) if resolution else None,
            max_resolution=self.resolutionMaxSpin.value() if resolution else None,
            max_cloud_cover=float(self.cloudSpin.value()) if self.cloudCheck.isChecked() else None,
            min_off_nadir_angle=_positive(self.offNadirMinSpin.value()) if off_nadir else None,
            max_off_nadir_angle=self.offNadirMaxSpin.value() if off_nadir else None,
            min_aoi_intersection_percent=float(self.coverSpin.value()) if self.coverCheck.isChecked() else None,
            data_providers=None if all_providers else tuple(names),
            product_types=None if len(kinds) == 2 else tuple(kinds))

    def problem(self) -> str:
        """Why these filters cannot find anything ('' when they can)."""
        if not (self.imageCheck.isChecked() or self.mosaicCheck.isChecked()):
            return self.tr("Choose images, mosaics or both.")
        if self._provider_boxes and not any(box.isChecked() for _name, box in self._provider_boxes):
            return self.tr("Choose at least one provider.")
        return ""

    # --- internals -------------------------------------------------------------------------------------------
    def _on_toggle(self, *_args) -> None:
        self._enable()
        self._emit()

    def _enable(self) -> None:
        for check, widgets in ((self.datesCheck, (self.dateFromEdit, self.dateToEdit)),
                               (self.cloudCheck, (self.cloudSpin,)), (self.coverCheck, (self.coverSpin,)),
                               (self.offNadirCheck, (self.offNadirMinSpin, self.offNadirMaxSpin)),
                               (self.resolutionCheck, (self.resolutionMinSpin, self.resolutionMaxSpin))):
            for widget in widgets:
                widget.setEnabled(check.isChecked())

    def _on_dates(self, *_args) -> None:
        """The range never ends before it starts: moving one end past the other moves the other along."""
        start, end = self.dateFromEdit.date(), self.dateToEdit.date()
        if start > end:
            moved = self.sender()
            other = self.dateToEdit if moved is self.dateFromEdit else self.dateFromEdit
            other.blockSignals(True)
            other.setDate(start if moved is self.dateFromEdit else end)
            other.blockSignals(False)
        self._emit()

    def _keep_order(self, low, high, low_moved: bool) -> None:
        if low.value() > high.value():
            other = high if low_moved else low
            other.blockSignals(True)
            other.setValue(low.value() if low_moved else high.value())
            other.blockSignals(False)
        self._emit()

    def _on_provider(self) -> None:
        self._update_providers_text()
        self._emit()

    def _update_providers_text(self) -> None:
        total = len(self._provider_boxes)
        checked = sum(box.isChecked() for _name, box in self._provider_boxes)
        if checked == total:
            self.providersButton.setText(self.tr("All providers"))
        else:
            self.providersButton.setText(self.tr("{checked} of {total} providers").format(checked=checked,
                                                                                        total=total))

    def _emit(self) -> None:
        if self._quiet:
            return
        problem = self.problem()
        self.problemLabel.setText(problem)
        self.problemLabel.setVisible(bool(problem))
        self.filters_changed.emit(self.filters())


def _positive(value: float) -> Optional[float]:
    """A lower bound of 0 narrows nothing: leave it out."""
    return value if value > 0 else None
