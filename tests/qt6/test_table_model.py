"""The dock's table-model base on PyQt6: counts, titles and right-aligned numbers, as its subclasses use them."""
from qgis.PyQt.QtCore import QModelIndex, Qt


def test_titled_table_model_serves_titles_counts_and_alignment():
    from mapflow_processing.ui.table_model import RIGHT_ALIGNED, TitledTableModel

    class TwoRows(TitledTableModel):
        def row_count(self) -> int:
            return 2

    model = TwoRows(numeric_columns=(1,))
    model.set_titles(["Name", "Area"])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children below a cell
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Area"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    assert model.alignment(1) == RIGHT_ALIGNED and model.alignment(0) is None
    assert model.columnCount(QModelIndex()) == 2
