"""Catalog scenes (``CatalogImage``) as a Qt table: the results of an imagery search, or of a planned search.

- Rows keep the server's order; rows that no longer match the local filters are greyed and sunk to the bottom
  (``set_matches``: one pass, one ``layoutChanged``; selections follow their rows).
- Cells are formatted when the view asks for them (only the visible rows are), in the user's locale; dates in the
  local time zone.
- Sorting is the server's: each column names the ``CatalogSortBy`` key it sorts by (``sort_key``), and the view's
  header click becomes a new query (see ``SearchWidget``), never a local sort of one page.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QDateTime, QLocale, QModelIndex, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont

from ..api.models import CatalogImage, CatalogSortBy
from ..core.search_rules import sunk_order
from .table_model import NO_INDEX, TitledTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the scene id of a row
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2  # True when the row passes the local filters


class SceneColumn(IntEnum):
    PROVIDER = 0
    DATE = 1
    CLOUD = 2
    OFF_NADIR = 3
    RESOLUTION = 4
    SENSOR = 5
    PRODUCT = 6
    COVER = 7


SORT_KEYS: Dict[SceneColumn, Optional[CatalogSortBy]] = {
    SceneColumn.PROVIDER: CatalogSortBy.PROVIDER_NAME,
    SceneColumn.DATE: CatalogSortBy.ACQUISITION_DATE,
    SceneColumn.CLOUD: CatalogSortBy.CLOUD_COVER,
    SceneColumn.OFF_NADIR: CatalogSortBy.OFF_NADIR_ANGLE,
    SceneColumn.RESOLUTION: CatalogSortBy.PIXEL_RESOLUTION,
    SceneColumn.SENSOR: CatalogSortBy.SAT_ID,
    SceneColumn.PRODUCT: None,
    SceneColumn.COVER: None,
}
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset((_DISPLAY, _FOREGROUND, _ALIGNMENT, _FONT, _TOOLTIP, ID_ROLE, MATCH_ROLE))
NUMERIC = (SceneColumn.CLOUD, SceneColumn.OFF_NADIR, SceneColumn.RESOLUTION, SceneColumn.COVER)
_GREY = QColor(150, 150, 150)


def sort_key(column: int) -> Optional[CatalogSortBy]:
    """The server's sort key of a column (None: the server cannot sort by it)."""
    try:
        return SORT_KEYS[SceneColumn(column)]
    except ValueError:
        return None


def column_of(key: Optional[CatalogSortBy]) -> Optional[int]:
    return next((int(c) for c, k in SORT_KEYS.items() if k is not None and k == key), None)


def local_date_text(moment, locale: Optional[QLocale] = None) -> str:
    """An aware UTC ``datetime`` in the local time zone: the locale's short date and the time to the minute."""
    if moment is None:
        return "—"
    locale = locale or QLocale()
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))  # the local time of that instant
    return f"{locale.toString(local.date(), QLocale.FormatType.ShortFormat)} {local.time().toString('HH:mm')}"


class SceneTableModel(TitledTableModel):
    def __init__(self, parent=None):
        super().__init__(NUMERIC, parent)
        self.set_titles([self.tr("Provider"), self.tr("Date"), self.tr("Cloud, %"), self.tr("Off-nadir, °"),
                         self.tr("Resolution, m"), self.tr("Sensor"), self.tr("Product"), self.tr("AOI cover, %")])
        self._images: Tuple[CatalogImage, ...] = ()
        self._matches: List[bool] = []
        self._order: List[int] = []  # row -> index into _images
        self._row_of: Dict[str, int] = {}  # scene id -> row
        self._cells: Dict[int, Tuple[str, ...]] = {}  # index into _images -> formatted cells
        self._locale = QLocale()
        self._grey = QBrush(_GREY)
        self._bold = QFont()
        self._bold.setBold(True)

    # --- filling ---------------------------------------------------------------------------------------------
    def set_images(self, images: Sequence[CatalogImage], matches: Optional[Sequence[bool]] = None) -> None:
        """Show a page of results (one reset); ``matches`` defaults to all matching."""
        self.beginResetModel()
        self._images = tuple(images)
        self._matches = list(matches) if matches is not None else [True] * len(self._images)
        self._order = list(range(len(self._images))) if all(self._matches) else sunk_order(self._matches)
        self._reindex()
        self._cells = {}
        self._locale = QLocale()
        self.endResetModel()

    def set_matches(self, matches: Sequence[bool]) -> bool:
        """Grey and sink the rows that no longer match (one ``layoutChanged``); False when nothing changed."""
        matches = list(matches)
        if len(matches) != len(self._images) or matches == self._matches:
            return False
        new_order = sunk_order(matches)
        self.layoutAboutToBeChanged.emit()
        new_row = {index: row for row, index in enumerate(new_order)}
        old = self.persistentIndexList()
        moved = [self.index(new_row[self._order[i.row()]], i.column()) if 0 <= i.row() < len(self._order) else i
                 for i in old]
        self._matches = matches
        self._order = new_order
        self._reindex()
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()
        return True

    def clear(self) -> None:
        self.set_images(())

    def _reindex(self) -> None:
        images = self._images
        self._row_of = {images[index].id: row for row, index in enumerate(self._order)}

    # --- reading ---------------------------------------------------------------------------------------------
    def images(self) -> Tuple[CatalogImage, ...]:
        """The page in the server's order."""
        return self._images

    def image_at(self, row: int) -> Optional[CatalogImage]:
        return self._images[self._order[row]] if 0 <= row < len(self._order) else None

    def row_of(self, scene_id: str) -> Optional[int]:
        return self._row_of.get(scene_id)

    def matches_at(self, row: int) -> bool:
        return self._matches[self._order[row]] if 0 <= row < len(self._order) else False

    def match_count(self) -> int:
        return sum(self._matches)

    # --- Qt model protocol -----------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._order)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # a view asks for a dozen roles per visible cell on every paint: unknown roles leave first
        if role not in _ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._order):
            return None
        position = self._order[row]
        if role == _DISPLAY:
            return self._cells_of(position, self._images[position])[index.column()]
        if role == _FOREGROUND:
            return None if self._matches[position] else self._grey
        if role == _ALIGNMENT:
            return self.alignment(index.column())
        image = self._images[position]
        if role == _FONT:
            return self._bold if image.is_new else None
        if role == _TOOLTIP:
            return self._tooltip(image, self._matches[position])
        if role == ID_ROLE:
            return image.id
        return self._matches[position]  # MATCH_ROLE

    def _cells_of(self, position: int, image: CatalogImage) -> Tuple[str, ...]:
        cells = self._cells.get(position)
        if cells is None:
            cells = self._format(image)
            self._cells[position] = cells
        return cells

    def _number(self, value: Optional[float], decimals: int) -> str:
        return "—" if value is None else self._locale.toString(float(value), "f", decimals)

    def _format(self, image: CatalogImage) -> Tuple[str, ...]:
        return (image.provider_name or "—", local_date_text(image.acquisition_date, self._locale),
                self._number(image.cloud_cover, 1), self._number(image.abs_off_nadir_angle, 1),
                self._number(image.pixel_resolution, 2), image.sensor or "—", self._product(image),
                self._number(image.aoi_intersection_percent, 0))

    def _product(self, image: CatalogImage) -> str:
        if image.is_mosaic:
            return self.tr("Mosaic")
        if image.is_image:
            return self.tr("Image")
        return image.product_type or "—"

    def _tooltip(self, image: CatalogImage, matches: bool) -> str:
        lines = [image.id]
        if image.off_nadir_angle is not None:
            lines.append(self.tr("Off-nadir angle {angle}° (signed as the provider gives it)").format(
                angle=self._number(image.off_nadir_angle, 2)))
        if image.sun_elevation is not None:
            lines.append(self.tr("Sun elevation {angle}°").format(angle=self._number(image.sun_elevation, 1)))
        if image.zoom is not None:
            lines.append(self.tr("Zoom {zoom}").format(zoom=image.zoom))
        if not matches:
            lines.append(self.tr("Does not match the current filters."))
        return "\n".join(lines)


__all__ = ["ID_ROLE", "MATCH_ROLE", "NO_INDEX", "SORT_KEYS", "SceneColumn", "SceneTableModel", "column_of",
           "local_date_text", "sort_key"]
