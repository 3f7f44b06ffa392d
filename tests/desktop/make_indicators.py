"""Indicators per Sozialraum of the sample town into a GeoPackage (argv: build dir, sample, target) — the
input of the dock scenario, made by the plugin headless before the desktop starts."""
import sys

build, sample, target = sys.argv[1:4]
sys.path.insert(0, build)
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import sozialplanung_plugin  # noqa: E402

plugin = sozialplanung_plugin.classFactory(None)
plugin.initProcessing()
import processing  # noqa: E402

counts = processing.run("sozialplanung:aggregate_counts", {
    "INPUT": f"{sample}|layername=adressen_2025", "AREAS": f"{sample}|layername=sozialraeume",
    "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
processing.run("sozialplanung:compute_indicators", {
    "INPUT": counts, "AREA_ID": "sozialraum_id", "INDICATORS": "sgb2_quote,auslaenderanteil,alleinerziehendenanteil",
    "CONFIDENCE": True, "OUTPUT": target})
