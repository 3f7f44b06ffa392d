"""The Gebietsprofil dock headless, with a real QgsMapCanvas and an injected iface."""
import numpy as np
import pytest

from tests.conftest import SAMPLE_GPKG

IND = ["sgb2_quote", "auslaenderanteil", "alleinerziehendenanteil"]


class Iface:
    def __init__(self):
        from qgis.gui import QgsMapCanvas

        self.canvas = QgsMapCanvas()

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def mainWindow(self):  # noqa: N802
        return None


@pytest.fixture(scope="module")
def indicators(plugin):
    import processing
    from qgis.core import QgsProject

    counts = processing.run("sozialplanung:aggregate_counts", {
        "INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
        "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    layer = processing.run("sozialplanung:compute_indicators", {
        "INPUT": counts, "AREA_ID": "sozialraum_id", "INDICATORS": ",".join(IND), "MIN_COUNT": 3,
        "MIN_DENOMINATOR": 0, "CONFIDENCE": True, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def dock(indicators):
    from sozialplanung_plugin.gui.area_profile_dock import AreaProfileDock

    d = AreaProfileDock(Iface())
    d.set_layer(indicators, key="sozialraum_id", fields=IND, name="name")
    return d


def _table(dock):
    return [[dock.table.item(r, c).text() if dock.table.item(r, c) else "" for c in range(5)]
            for r in range(dock.table.rowCount())]


def test_select_three_ways_and_table_values(dock, indicators):
    rows = {f["sozialraum_id"]: f for f in indicators.getFeatures()}
    # 1) from the searchable list
    dock.search.setText("0202")
    assert [dock.area_list.item(r).isHidden() for r in range(dock.area_list.count())].count(False) == 1
    dock.select_key("0202")
    table = _table(dock)
    assert [r[0] for r in table] == [indicators.attributeDisplayName(indicators.fields().lookupField(n)) for n in IND]
    # value and rank worked out with numpy (higher is worse: rank 1 = highest; ties share the best rank)
    for r, n in zip(table, IND):
        v = rows["0202"][n]
        assert r[1] == f"{v:.1f}"
        col = np.array([f[n] for f in rows.values()], dtype=float)
        rank = 1 + int((col > v).sum())
        assert r[3] == f"{rank} / {len(col)}"
    assert indicators.selectedFeatureIds() == [rows["0202"].id()]          # the selection follows
    # 2) from the layer's selection
    indicators.selectByIds([rows["0303"].id()])
    assert dock._data["keys"][dock.current_index()] == "0303"
    assert "0303" in dock.header.text()
    # 3) from the map tool
    dock.feature_picked(rows["0101"])
    assert dock._data["keys"][dock.current_index()] == "0101"


def test_reference_is_the_population_weighted_mean(dock, indicators):
    dock.select_key("0101")
    feats = list(indicators.getFeatures())
    v = np.array([f["sgb2_quote"] for f in feats], dtype=float)
    w = np.array([f["ew_gesamt"] for f in feats], dtype=float)
    ok = np.isfinite(v)
    assert _table(dock)[0][2] == f"{(v[ok] * w[ok]).sum() / w[ok].sum():.1f}"
    assert "population-weighted mean" in dock.note.text()


def test_spine_chart_marker_sits_where_the_value_puts_it():
    from qgis.PyQt.QtCore import QRectF
    from qgis.PyQt.QtGui import QColor, QImage, QPainter, QPalette

    from sozialplanung_plugin.core.profile import build_profile
    from sozialplanung_plugin.profile_chart import paint_spine

    values = np.array([[0.0], [25.0], [50.0], [75.0], [100.0]])
    ip = build_profile(values, ["x"], area=4, polarity=["higher_is_worse"])[0]     # 100: top fifth -> red
    img = QImage(212, 30, QImage.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    x = paint_spine(p, QRectF(0, 0, 212, 30), ip, QPalette())
    p.end()
    assert x == pytest.approx(6 + 1.0 * 200)            # left margin 6, width 212 - 12
    assert QColor(img.pixel(int(x), 15)).name() == "#d7191c"
    assert QColor(img.pixel(int(6 + 0.25 * 200), 15)).name() != "#d7191c"
    ip = build_profile(values, ["x"], area=1, polarity=["higher_is_worse"])[0]     # 25: similar -> grey
    img.fill(QColor("white"))
    p = QPainter(img)
    x = paint_spine(p, QRectF(0, 0, 212, 30), ip, QPalette())
    p.end()
    assert x == pytest.approx(56) and QColor(img.pixel(56, 15)).name() == "#737373"


def test_suppressed_shows_confidential_and_exports(dock, indicators, tmp_path):
    from qgis.core import QgsFeatureRequest, QgsProject
    from qgis.PyQt.QtGui import QImage

    layer = indicators.materialize(QgsFeatureRequest())       # a copy with one value suppressed (NULL)
    QgsProject.instance().addMapLayer(layer)
    f = next(layer.getFeatures())
    layer.dataProvider().changeAttributeValues({f.id(): {layer.fields().lookupField("alleinerziehendenanteil"): None}})
    dock.set_layer(layer, key="sozialraum_id", fields=IND)
    dock.select_key(f["sozialraum_id"])
    table = _table(dock)
    assert table[2][1] == "confidential" and table[2][3] == ""        # no value, no rank — never 0
    for ext in ("png", "svg", "csv"):
        assert dock.save(str(tmp_path / f"profil.{ext}"))
    text = (tmp_path / "profil.csv").read_text(encoding="utf-8")
    assert "geheim" in text and text.count("\n") == 4
    assert not QImage(str(tmp_path / "profil.png")).isNull()
    assert "<svg" in (tmp_path / "profil.svg").read_text(encoding="utf-8")


def test_similar_areas_list_jumps(dock):
    dock.select_key("0202")
    assert dock.similar_list.count() == 5
    item = dock.similar_list.item(0)
    target = item.data(0x0100)              # Qt.UserRole: the area's row
    dock.similar_list.itemClicked.emit(item)
    assert dock.current_index() == target
