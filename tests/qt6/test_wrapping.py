"""Rows of buttons that wrap (ui/wrapping.py) on PyQt6: as many columns as the width gives room for, never fewer
than one, widgets hidden by their section out of the grid, and a minimum width of one button."""
from qgis.PyQt.QtWidgets import QPushButton, QVBoxLayout, QWidget


def make_grid(qapp, texts, columns, stretch=True):
    from mapflow_processing.ui.wrapping import WrappingGrid

    host = QWidget()
    buttons = [QPushButton(text) for text in texts]
    grid = WrappingGrid(buttons, columns, host, stretch=stretch)
    QVBoxLayout(host).addWidget(grid)
    return host, grid, buttons


def test_the_columns_follow_the_width(qapp):
    host, grid, buttons = make_grid(qapp, ["Загрузить результаты", "Переименовать…", "Удалить…", "Перезапустить"], 4)
    widest = max(button.sizeHint().width() for button in buttons)
    assert grid.minimumSizeHint().width() == widest  # one button: the dock may be as narrow as that
    assert grid.sizeHint().width() > 3 * widest  # room for all four side by side when there is room
    host.resize(4 * widest + 60, 200)
    host.show()
    qapp.processEvents()
    assert grid.columns == 4 and len({button.y() for button in buttons}) == 1
    host.resize(2 * widest + 60, 200)  # the host's margins take ~20 px
    qapp.processEvents()
    assert grid.columns == 2 and len({button.y() for button in buttons}) == 2
    host.resize(widest, 300)
    qapp.processEvents()
    assert grid.columns == 1 and len({button.y() for button in buttons}) == 4
    host.close()


def test_hidden_widgets_take_no_cell(qapp):
    host, grid, buttons = make_grid(qapp, ["A", "B", "C"], 3, stretch=False)
    host.resize(400, 100)
    host.show()
    qapp.processEvents()
    buttons[0].hide()
    qapp.processEvents()
    assert buttons[1].x() < buttons[2].x() and buttons[1].x() <= 10  # B moved into the first cell
    assert grid.columns_for(10_000) == 3 and grid.columns_for(1) == 1
    host.close()


def test_take_from_moves_a_forms_buttons(qapp):
    from qgis.PyQt.QtWidgets import QGridLayout

    from mapflow_processing.ui.wrapping import WrappingGrid

    form = QWidget()
    layout = QGridLayout(form)
    buttons = [QPushButton(str(n)) for n in range(5)]
    for position, button in enumerate(buttons):
        layout.addWidget(button, position // 3, position % 3)
    wrapping = WrappingGrid.take_from(layout, buttons, columns=3)
    assert all(button.parentWidget() is wrapping for button in buttons)
    assert layout.itemAtPosition(0, 0).widget() is wrapping
