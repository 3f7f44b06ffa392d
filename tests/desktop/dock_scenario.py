"""GUI scenario: the Gebietsprofil dock in the real QGIS desktop on the sample town's indicators.

Loaded by ``qgis_startup.py`` (``SOZ_DESKTOP_SCENARIO``). Opens the dock through the plugin's toolbar action,
chooses the indicators layer (made with compute_indicators before QGIS starts), picks Sozialraum 0202, compares
with 0101, records the table and the dock's object name, takes screenshots of the dock and the main window
and writes ``scenario.json``.
"""
import json
import os


def start(out_dir, event, on_done):
    import qgis.utils
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QAction

    iface = qgis.utils.iface
    result = {"errors": []}
    shots = os.environ.get("SOZ_DESKTOP_SHOTS") or out_dir
    suffix = os.environ.get("SOZ_DESKTOP_SUFFIX", "")
    try:
        lyr = QgsVectorLayer(os.environ["SOZ_DESKTOP_DATA"], "Indikatoren 2025", "ogr")
        QgsProject.instance().addMapLayer(lyr)
        iface.mapCanvas().setExtent(lyr.extent())
        action = iface.mainWindow().findChild(QAction, "SozialplanungAreaProfileAction")
        result["action"] = action is not None
        action.setChecked(True)
        dock = qgis.utils.plugins["sozialplanung_plugin"].dock
        result["object_name"] = dock.objectName()
        dock.set_layer(lyr, key="sozialraum_id", fields=["sgb2_quote", "auslaenderanteil", "alleinerziehendenanteil"],
                       name="name")
        dock.select_key("0202")
        dock.compare_box.setCurrentIndex(dock.compare_box.findData(dock._data["keys"].index("0101")))
    except Exception as err:  # noqa: BLE001 - recorded for the test
        result["errors"].append(repr(err))
        dock = None

    def finish():
        if dock is not None:
            result["header"] = dock.header.text()
            result["rows"] = [[dock.table.item(r, c).text() if dock.table.item(r, c) else ""
                               for c in range(dock.table.columnCount() - 1)] for r in range(dock.table.rowCount())]
            result["similar"] = [dock.similar_list.item(i).text() for i in range(dock.similar_list.count())]
            result["selected"] = [f["sozialraum_id"] for f in dock._layer.selectedFeatures()]
            os.makedirs(shots, exist_ok=True)
            result["dock_png"] = os.path.join(shots, f"gebietsprofil_dock{suffix}.png")
            dock.grab().save(result["dock_png"])
            iface.mainWindow().grab().save(os.path.join(shots, f"gebietsprofil_qgis{suffix}.png"))
            iface.mainWindow().findChild(QAction, "SozialplanungAreaProfileAction").setChecked(False)
        with open(os.path.join(out_dir, "scenario.json"), "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=1)
        on_done()

    QTimer.singleShot(2500, finish)
