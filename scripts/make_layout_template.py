#!/usr/bin/python3
"""Write the default Sozialatlas layout template (sozialplanung_plugin/resources/templates/sozialatlas.qpt).

The template is A4 portrait with the items the report fills, found by their ids: heading, subheading,
map_overview and legend (cover), map_area and locator (area pages), info, profile_table (the profile as a table),
profile (the spine charts as a picture), notes, table (closing pages) and footer. A municipality edits a
copy in QGIS's layout designer (corporate design) and passes it as LAYOUT_TEMPLATE. Run: make template
"""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "sozialplanung_plugin", "resources", "templates", "sozialatlas.qpt")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsLayoutFrame,
        QgsLayoutItemAttributeTable,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutMeasurement,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()              # one A4 page (landscape) ...
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)    # ... made portrait
    layout.setName("Sozialatlas")
    mm = QgsUnitTypes.LayoutMillimeters

    def place(item, x, y, w, h):
        item.attemptMove(QgsLayoutPoint(x, y, mm))
        item.attemptResize(QgsLayoutSize(w, h, mm))
        layout.addLayoutItem(item)

    def label(item_id, x, y, w, h, size, bold=False, color="#202020"):
        lab = QgsLayoutItemLabel(layout)
        lab.setId(item_id)
        font = QFont("DejaVu Sans")
        font.setBold(bold)
        font.setPointSizeF(size)
        lab.setFont(font)                  # QGIS 3.22: font and colour (setTextFormat came with 3.24)
        lab.setFontColor(QColor(color))
        lab.setText(item_id)
        place(lab, x, y, w, h)
        return lab

    label("heading", 12, 10, 186, 12, 18, bold=True)
    label("subheading", 12, 22, 186, 8, 10, color="#525252")
    for item_id, (x, y, w, h) in (("map_overview", (12, 36, 186, 200)), ("map_area", (12, 34, 120, 105)),
                                  ("locator", (136, 34, 62, 50))):
        m = QgsLayoutItemMap(layout)
        m.setId(item_id)
        m.setFrameEnabled(True)
        m.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, mm))
        place(m, x, y, w, h)
    label("info", 136, 88, 62, 40, 10)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("")
    place(legend, 12, 240, 120, 40)
    def table_frame(item_id, x, y, w, h):
        table = QgsLayoutItemAttributeTable(layout)
        layout.addMultiFrame(table)
        frame = QgsLayoutFrame(layout, table)
        frame.setId(item_id)
        frame.attemptMove(QgsLayoutPoint(x, y, mm))
        frame.attemptResize(QgsLayoutSize(w, h, mm))
        table.addFrame(frame)

    table_frame("profile_table", 12, 142, 186, 72)
    pic = QgsLayoutItemPicture(layout)
    pic.setId("profile")
    place(pic, 12, 216, 186, 56)
    label("notes", 12, 274, 186, 10, 8, color="#b2182b")
    table_frame("table", 12, 34, 186, 240)
    label("footer", 12, 285, 186, 6, 8, color="#737373")
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    ok = layout.saveAsTemplate(TARGET, QgsReadWriteContext())
    print(("written " if ok else "FAILED ") + TARGET)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
