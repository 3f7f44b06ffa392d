"""Regression tests for edge cases found in review: each failed (crash, traceback or
silently shifted columns) before the fix it guards."""
import pytest
from osgeo import ogr

from tests.qgis.layers import ALG, X0, Y0, _point, _square, features, params, write_layer


def _bowtie(x0, y0, x1, y1):
    g = ogr.Geometry(ogr.wkbPolygon)
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in [(x0, y0), (x1, y1), (x1, y0), (x0, y1), (x0, y0)]:
        r.AddPoint_2D(X0 + x, Y0 + y)
    g.AddGeometry(r)
    return g


def test_unassigned_output_with_invalid_polygon_and_default_context(plugin, tiny, tmp_path):
    """QGIS' default context stops on invalid geometries: the unassigned output must not crash."""
    import processing
    from processing.tools import dataobjects

    blocks = write_layer(str(tmp_path / "b.gpkg"), "blocks", [_bowtie(15, 2, 25, 6), _square(1, 1, 9, 9)],
                         [("ew", "int")], [(10,), (6,)])
    context = dataobjects.createContext()
    res = processing.run(ALG, params(tiny, INPUT=blocks, FIELDS=["ew"], METHOD=3,
                                     OUTPUT_UNASSIGNED="TEMPORARY_OUTPUT"), context=context)
    out = features(res["OUTPUT"])
    un = list(res["OUTPUT_UNASSIGNED"].getFeatures())
    assert out["010"]["ew"] == pytest.approx(6.0)
    assert len(un) == 1 and un[0]["unassigned_share"] > 0
    assert out["011"]["ew"] + sum(f["ew"] * f["unassigned_share"] for f in un) == pytest.approx(10.0)


def test_duplicate_fields_are_summed_once(run, tiny):
    out = features(run(ALG, params(tiny, FIELDS=["ew", "kids", "ew"]))["OUTPUT"])
    assert {k: (v["ew"], v["kids"], v["n_units"]) for k, v in out.items()} == {
        "010": (10, 2, 1), "011": (9, 1, 2), "020": (8, 0, 1)}


def test_count_field_named_like_the_area_key_is_refused(run, tiny, tmp_path):
    from qgis.core import QgsProcessingException

    pts = write_layer(str(tmp_path / "p.gpkg"), "pts", [_point(1, 1)], [("area_key", "int")], [(5,)])
    with pytest.raises(QgsProcessingException) as e:
        run(ALG, params(tiny, INPUT=pts, FIELDS=["area_key"]))
    assert "same name as the area key" in str(e.value)


def test_area_field_differing_only_in_case_is_replaced(run, tiny, tmp_path):
    areas = write_layer(str(tmp_path / "a.gpkg"), "areas", [_square(0, 0, 10, 10), _square(10, 0, 20, 10)],
                        [("area_key", "str"), ("EW", "int")], [("010", 999), ("011", 999)])
    res = run(ALG, params(tiny, AREAS=areas, FIELDS=["ew"], OUTPUT=str(tmp_path / "o.gpkg")))
    out = features(res["OUTPUT"])
    assert {k: v["ew"] for k, v in out.items()} == {"010": 10, "011": 9}
    assert "EW" not in next(iter(out.values()))


def test_field_names_in_other_case_are_accepted(run, tiny):
    out = features(run(ALG, params(tiny, AREA_ID="AREA_KEY", FIELDS=["EW"]))["OUTPUT"])
    assert {k: v["ew"] for k, v in out.items()} == {"010": 10, "011": 9, "020": 8}


def test_primary_key_is_not_summed_by_default(run, tiny, tmp_path, feedback):
    path = str(tmp_path / "pk.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    lyr = ds.CreateLayer("pts", srs, ogr.wkbPoint, ["FID=id"])
    lyr.CreateField(ogr.FieldDefn("ew", ogr.OFTInteger))
    for x, ew in ((2, 4), (12, 5)):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(_point(x, 2))
        f.SetField("ew", ew)
        lyr.CreateFeature(f)
    ds = None
    out = features(run(ALG, params(tiny, INPUT=f"{path}|layername=pts", FIELDS=[]), feedback)["OUTPUT"])
    assert {k: v["ew"] for k, v in out.items()} == {"010": 4, "011": 5, "020": 0}
    assert "id" not in out["010"]
    assert any(m.endswith(": ew") for m in feedback.infos)


def test_area_repaired_into_a_collection_stays_in_the_output(run, tiny, tmp_path):
    """A polygon with a spike becomes a geometry collection when made valid; its area must stay."""
    spike = ogr.CreateGeometryFromWkt(
        f"POLYGON(({X0} {Y0},{X0 + 10} {Y0},{X0 + 10} {Y0 + 10},{X0 + 15} {Y0 + 10},{X0 + 10} {Y0 + 10},"
        f"{X0} {Y0 + 10},{X0} {Y0}))")
    areas = write_layer(str(tmp_path / "s.gpkg"), "areas", [spike, _square(10, 0, 20, 10)],
                        [("area_key", "str")], [("010",), ("011",)])
    for method in (1, 2):
        inp = tiny["points"] if method == 1 else tiny["blocks"]
        out = features(run(ALG, params(tiny, INPUT=inp, FIELDS=["ew"], AREAS=areas, METHOD=method,
                                       OUTPUT=str(tmp_path / f"o{method}.gpkg")))["OUTPUT"])
        assert set(out) == {"010", "011"}
    assert out["010"]["ew"] == 42   # blocks 1 (tie, first area), 2 and 4 (tie, first area): 20 + 6 + 16


def test_fast_path_is_used_for_geopackages_only(run, tiny, monkeypatch):
    from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

    from sozialplanung_plugin.processing import convert

    calls = []
    original = convert.read_ogr_arrow

    def spy(*args, **kwargs):
        tab = original(*args, **kwargs)
        calls.append(tab is not None)
        return tab

    monkeypatch.setattr(convert, "read_ogr_arrow", spy)
    run(ALG, params(tiny))
    assert calls == [True]
    mem = QgsVectorLayer(tiny["points"], "p", "ogr").materialize(QgsFeatureRequest())
    QgsProject.instance().addMapLayer(mem)
    try:
        out = features(run(ALG, params(tiny, INPUT=mem))["OUTPUT"])
    finally:
        QgsProject.instance().removeMapLayer(mem.id())
    assert calls == [True]
    assert {k: v["ew"] for k, v in out.items()} == {"010": 10, "011": 9, "020": 8}


def test_confidentiality_of_output_counts(run, tmp_path):
    """Small sums per statistical district are suppressed so that no attacker with the published
    district values and the Sozialraum/Stadtteil/town totals can narrow them below the threshold."""
    import numpy as np
    from qgis.core import NULL
    from scipy.optimize import linprog

    from tests.conftest import SAMPLE_GPKG

    fields = ["sgb12_hlu", "asylblg"]
    res = run(ALG, {"INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "FIELDS": fields,
                    "AREAS": f"{SAMPLE_GPKG}|layername=statistische_bezirke", "AREA_ID": "bezirk_id", "METHOD": 1,
                    "MIN_COUNT": 3, "GROUP_FIELDS": ["sozialraum_id"], "OUTPUT": "TEMPORARY_OUTPUT"})
    out = features(res["OUTPUT"], "bezirk_id")
    ds = ogr.Open(SAMPLE_GPKG)
    sql = ds.ExecuteSQL("SELECT bezirk_id, SUM(sgb12_hlu), SUM(asylblg) FROM adressen_2025 GROUP BY bezirk_id")
    truth = {f.GetField(0): (f.GetField(1), f.GetField(2)) for f in sql}
    ds.ReleaseResultSet(sql)
    keys = sorted(truth)
    sr = [k[:4] for k in keys]
    n_suppressed = 0
    for j, field in enumerate(fields):
        v = np.array([truth[k][j] for k in keys], float)
        published = np.array([out[k][field] != NULL for k in keys])
        assert all(out[k][field] == truth[k][j] for k in keys if out[k][field] != NULL)
        assert not any(0 < truth[k][j] < 3 and out[k][field] != NULL for k in keys)   # primary rule
        a_eq, b_eq = [], []
        for i in np.nonzero(published)[0]:
            a_eq.append(np.eye(len(v))[i])
            b_eq.append(v[i])
        for g in sorted(set(sr)) + ["town"]:
            row = np.array([1.0 if (g == "town" or s == g) else 0.0 for s in sr])
            a_eq.append(row)
            b_eq.append(float(row @ v))
        for i in np.nonzero(~published)[0]:
            n_suppressed += 1
            c = np.eye(len(v))[i]
            lo = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=[(0, None)] * len(v), method="highs").fun
            hi = -linprog(-c, A_eq=a_eq, b_eq=b_eq, bounds=[(0, None)] * len(v), method="highs").fun
            if 0 < v[i] < 3:
                assert hi - lo >= 3, (keys[i], field, lo, hi)
            assert field in out[keys[i]]["suppressed_fields"]
    assert n_suppressed > 0
