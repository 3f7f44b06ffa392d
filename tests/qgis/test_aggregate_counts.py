"""sozialplanung:aggregate_counts through real Processing on GeoPackages.

Expected values come from (a) a tiny layer worked out by hand and (b) the
sample town's own keys, grouped with pandas on data read with OGR — not
through the plugin's code path — and the statistics office CSV.
"""
import csv
import hashlib
import os

import pytest
from osgeo import gdal, ogr

from tests.conftest import DATA, SAMPLE_GPKG
from tests.qgis.layers import ALG, _point, _square, features, params, write_layer


# ---------------------------------------------------------------- by hand
def test_points_by_location_by_hand(run, tiny, feedback):
    res = run(ALG, params(tiny, OUTPUT_UNASSIGNED="TEMPORARY_OUTPUT"), feedback)
    out = features(res["OUTPUT"])
    assert {k: (v["ew"], v["kids"], v["n_units"]) for k, v in out.items()} == {
        "010": (10, 2, 1), "011": (9, 1, 2), "020": (8, 0, 1)}
    assert out["020"]["name"] == "Mühlenfeld"
    un = res["OUTPUT_UNASSIGNED"]
    assert sorted(f["ew"] for f in un.getFeatures()) == [2, 3]   # in the hole, far outside
    assert {f["reason"] for f in un.getFeatures()} == {"outside all areas"}
    log = "\n".join(feedback.infos)
    assert "ew: 32 = 27 + 5 ✓" in log
    assert any("NULL" in w and "kids" in w for w in feedback.warnings)


def test_by_key_by_hand(run, tiny):
    out = features(run(ALG, params(tiny, METHOD=0, INPUT_KEY="key"))["OUTPUT"])
    assert {k: v["ew"] for k, v in out.items()} == {"010": 10, "011": 9, "020": 11}


def test_largest_overlap_by_hand(run, tiny):
    out = features(run(ALG, params(tiny, INPUT=tiny["blocks"], FIELDS=["ew"], METHOD=2))["OUTPUT"])
    assert {k: (v["ew"], v["n_units"]) for k, v in out.items()} == {
        "010": (26, 2), "011": (10, 1), "020": (16, 1)}


def test_apportioning_by_hand(run, tiny, feedback):
    res = run(ALG, params(tiny, INPUT=tiny["blocks"], FIELDS=["ew"], METHOD=3,
                          OUTPUT_UNASSIGNED="TEMPORARY_OUTPUT"), feedback)
    out = features(res["OUTPUT"])
    assert {k: v["ew"] for k, v in out.items()} == pytest.approx({"010": 20.0, "011": 19.0, "020": 8.0})
    un = list(res["OUTPUT_UNASSIGNED"].getFeatures())
    assert [(f["ew"], f["unassigned_share"], f["reason"]) for f in un] == [(10, 0.5, "partly outside all areas")]
    assert "ew: 52.00 = 47.00 + 5.00 ✓" in "\n".join(feedback.infos)


def test_integer_counts_stay_integers(run, tiny):
    from qgis.PyQt.QtCore import QVariant

    out = run(ALG, params(tiny))["OUTPUT"]
    assert out.fields().field("ew").type() == QVariant.LongLong
    assert out.fields().field("area_key").type() == QVariant.String
    out3 = run(ALG, params(tiny, INPUT=tiny["blocks"], FIELDS=["ew"], METHOD=3))["OUTPUT"]
    assert out3.fields().field("ew").type() == QVariant.Double


# ---------------------------------------------------------------- sample town
def _ogr_table(layer, fields):
    ds = ogr.Open(SAMPLE_GPKG)
    return [{f: feat.GetField(f) for f in fields} for feat in ds.GetLayerByName(layer)]


def _groupby(rows, key, fields):
    import pandas as pd

    return pd.DataFrame(rows).groupby(key)[fields].sum()


SAMPLE_FIELDS = ["ew_gesamt", "ew_0_2", "ew_3_5", "ew_6_9", "sgb2_elb", "hh_alleinerziehend"]


@pytest.mark.parametrize("method", [0, 1])
def test_sample_addresses_to_sozialraeume(run, method):
    res = run(ALG, {"INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "FIELDS": SAMPLE_FIELDS,
                    "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                    "METHOD": method, "INPUT_KEY": "sozialraum_id", "OUTPUT": "TEMPORARY_OUTPUT"})
    out = features(res["OUTPUT"], "sozialraum_id")
    expected = _groupby(_ogr_table("adressen_2025", ["sozialraum_id"] + SAMPLE_FIELDS), "sozialraum_id",
                        SAMPLE_FIELDS)
    assert len(out) == 12
    for key, row in expected.iterrows():
        assert {f: out[key][f] for f in SAMPLE_FIELDS} == {f: int(row[f]) for f in SAMPLE_FIELDS}, key


def test_sample_matches_statistics_office_csv(run):
    """Every unsuppressed cell of the delivered CSV (German number format) is reproduced."""
    res = run(ALG, {"INPUT": f"{SAMPLE_GPKG}|layername=adressen_2023", "FIELDS": ["ew_gesamt", "sgb12_hlu"],
                    "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                    "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = features(res["OUTPUT"], "sozialraum_id")
    with open(os.path.join(DATA, "sozialraeume_S_2023.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    checked = 0
    for r in rows:
        for col, field in (("Einwohner insgesamt", "ew_gesamt"), ("SGB XII HLU", "sgb12_hlu")):
            cell = r[col]
            if cell == "*":
                assert 0 < out[r["Sozialraum"]][field] < 3
            else:
                assert out[r["Sozialraum"]][field] == int(cell.replace(".", ""))
            checked += 1
    assert checked == 24


@pytest.mark.parametrize("method", [1, 2, 3])
def test_sample_blocks_to_sozialraeume(run, method):
    fields = ["ew_gesamt", "sgb2_elb", "hh_gesamt"]
    res = run(ALG, {"INPUT": f"{SAMPLE_GPKG}|layername=baubloecke", "FIELDS": fields,
                    "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                    "METHOD": method, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = features(res["OUTPUT"], "sozialraum_id")
    expected = _groupby(_ogr_table("baubloecke", ["sozialraum_id"] + fields), "sozialraum_id", fields)
    n_blocks = _groupby([{"k": r["sozialraum_id"], "n": 1} for r in _ogr_table("baubloecke", ["sozialraum_id"])],
                        "k", ["n"])
    for key, row in expected.iterrows():
        for f in fields:
            assert out[key][f] == pytest.approx(row[f], abs=1e-6), (key, f)
        assert out[key]["n_units"] == n_blocks.loc[key, "n"]


def test_geographic_crs_gives_same_result(run, tmp_path, feedback):
    """Areas in EPSG:4326: points are reprojected, overlaps measured on the ellipsoid."""
    geo = str(tmp_path / "geo.gpkg")
    gdal.VectorTranslate(geo, SAMPLE_GPKG, layers=["sozialraeume"], dstSRS="EPSG:4326", format="GPKG")
    for method, layer, fields in ((1, "adressen_2025", ["ew_gesamt"]), (2, "baubloecke", ["ew_gesamt"])):
        base = features(run(ALG, {"INPUT": f"{SAMPLE_GPKG}|layername={layer}", "FIELDS": fields,
                                  "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                                  "METHOD": method, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"], "sozialraum_id")
        got = features(run(ALG, {"INPUT": f"{SAMPLE_GPKG}|layername={layer}", "FIELDS": fields,
                                 "AREAS": f"{geo}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                                 "METHOD": method, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback)["OUTPUT"],
                       "sozialraum_id")
        assert {k: v["ew_gesamt"] for k, v in got.items()} == {k: v["ew_gesamt"] for k, v in base.items()}
    assert any("EPSG:4326" in m and "ellipsoid" in m for m in feedback.infos)
    assert any("Reprojecting" in m for m in feedback.infos)


def test_input_is_never_modified(run, tmp_path):
    import shutil

    copy = str(tmp_path / "copy.gpkg")
    shutil.copy(SAMPLE_GPKG, copy)

    def digest():
        h = hashlib.sha256()
        ds = ogr.Open(copy)
        for name in ("adressen_2025", "sozialraeume"):
            for f in ds.GetLayerByName(name):
                h.update(f.ExportToJson().encode())
        return h.hexdigest()

    before = digest()
    run(ALG, {"INPUT": f"{copy}|layername=adressen_2025", "AREAS": f"{copy}|layername=sozialraeume",
              "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": str(tmp_path / "out.gpkg")})
    assert digest() == before


def test_default_fields_are_all_numeric_counts(run, tiny, feedback):
    out = run(ALG, params(tiny, FIELDS=[]), feedback)["OUTPUT"]
    names = out.fields().names()
    assert "ew" in names and "kids" in names and "fid" not in names[3:]
    assert any("ew, kids" in m for m in feedback.infos)


# ---------------------------------------------------------------- bad input
def _error(run, p):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as e:
        run(ALG, p)
    return str(e.value)


def test_lost_leading_zeros_are_explained(run, tmp_path):
    path = str(tmp_path / "t.gpkg")
    rows = _ogr_table("adressen_2025", ["sozialraum_id", "ew_gesamt"])
    table = write_layer(path, "counts", [], [("sr", "int"), ("ew_gesamt", "int")],
                        [(int(r["sozialraum_id"]), r["ew_gesamt"]) for r in rows], gtype=ogr.wkbNone)
    msg = _error(run, {"INPUT": table, "FIELDS": ["ew_gesamt"], "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
                       "AREA_ID": "sozialraum_id", "METHOD": 0, "INPUT_KEY": "sr", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "leading zeros" in msg and "'101'" in msg and "'0101'" in msg and "number field" in msg


def test_duplicate_area_key_is_named(run, tiny, tmp_path):
    areas = write_layer(str(tmp_path / "d.gpkg"), "areas", [_square(0, 0, 10, 10), _square(10, 0, 20, 10)],
                        [("area_key", "str")], [("010",), ("010",)])
    msg = _error(run, params(tiny, AREAS=areas))
    assert "'010'" in msg and "more than once" in msg and "areas" in msg


def test_negative_count_names_feature(run, tmp_path, tiny):
    pts = write_layer(str(tmp_path / "n.gpkg"), "pts", [_point(1, 1), _point(2, 2)],
                      [("ew", "int")], [(3,), (-1,)])
    msg = _error(run, params(tiny, INPUT=pts, FIELDS=["ew"]))
    assert "'ew'" in msg and "feature 2" in msg and "negative" in msg and "(pts)" in msg


def test_text_field_is_rejected(run, tiny):
    msg = _error(run, params(tiny, FIELDS=["key"]))
    assert "'key'" in msg and "not a number" in msg and "String" in msg


def test_missing_field_and_empty_layer(run, tiny, tmp_path):
    assert "no field 'nope'" in _error(run, params(tiny, AREA_ID="nope"))
    empty = write_layer(str(tmp_path / "e.gpkg"), "empty", [], [("ew", "int")], [], gtype=ogr.wkbPoint)
    assert "no features" in _error(run, params(tiny, INPUT=empty, FIELDS=["ew"]))


def test_key_method_needs_key(run, tiny):
    assert "INPUT_KEY" in _error(run, params(tiny, METHOD=0))


# ---------------------------------------------------------------- loading, cancel
def test_output_is_styled_when_loaded(plugin, tiny):
    """processing.runAndLoadResults: the output arrives graduated on the first count with aliases."""
    import processing
    from qgis.core import QgsProject

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(ALG, params(tiny))
    new = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert len(new) == 1
        lyr = new[0]
        assert lyr.renderer().type() == "graduatedSymbol"
        assert lyr.renderer().classAttribute() == "ew"
        assert len(lyr.renderer().ranges()) >= 2
        assert lyr.attributeAlias(lyr.fields().lookupField("n_units")) == "Number of source units"
    finally:
        project.removeMapLayers([lyr.id() for lyr in new])


def test_cancel_stops_without_output(run, tiny):
    from qgis.core import QgsProcessingFeedback

    fb = QgsProcessingFeedback()
    fb.cancel()
    assert run(ALG, params(tiny), fb) == {}


def _expected_2025(where):
    ds = ogr.Open(SAMPLE_GPKG)
    sql = ds.ExecuteSQL(f"SELECT sozialraum_id, SUM(ew_gesamt) FROM adressen_2025 WHERE {where} "
                        "GROUP BY sozialraum_id")
    out = {f.GetField(0): f.GetField(1) for f in sql}
    ds.ReleaseResultSet(sql)
    return out


def test_filtered_layer_and_selection_are_respected(run):
    """A subset string or 'selected features only' must not take the OGR fast path."""
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

    lyr = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=adressen_2025", "adressen", "ogr")
    lyr.setSubsetString("ew_gesamt >= 20")
    QgsProject.instance().addMapLayer(lyr)
    try:
        out = features(run(ALG, {"INPUT": lyr, "FIELDS": ["ew_gesamt"],
                                 "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                                 "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"], "sozialraum_id")
        expected = _expected_2025("ew_gesamt >= 20")
        assert {k: v["ew_gesamt"] for k, v in out.items() if v["n_units"]} == expected
        lyr.setSubsetString("")
        lyr.selectByExpression("sozialraum_id = '0203'")
        out = features(run(ALG, {"INPUT": QgsProcessingFeatureSourceDefinition(lyr.id(), True), "FIELDS": ["ew_gesamt"],
                                 "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                                 "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"], "sozialraum_id")
        assert {k: v["ew_gesamt"] for k, v in out.items() if v["ew_gesamt"]} == _expected_2025("sozialraum_id = '0203'")
    finally:
        QgsProject.instance().removeMapLayer(lyr.id())


def test_memory_layer_takes_the_qgis_path(run):
    from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

    src = QgsVectorLayer(f"{SAMPLE_GPKG}|layername=adressen_2025", "a", "ogr")
    mem = src.materialize(QgsFeatureRequest())
    QgsProject.instance().addMapLayer(mem)
    try:
        out = features(run(ALG, {"INPUT": mem, "FIELDS": ["ew_gesamt"],
                                 "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID": "sozialraum_id",
                                 "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"], "sozialraum_id")
        assert {k: v["ew_gesamt"] for k, v in out.items()} == _expected_2025("1 = 1")
    finally:
        QgsProject.instance().removeMapLayer(mem.id())


# ---------------------------------------------------------------- parameters refused before the run
def test_parameters_alone_are_checked_before_the_run(refused, accepted, tiny, tmp_path):
    out = str(tmp_path / "never.gpkg")
    message, run_message = refused(ALG, params(tiny, METHOD=0, OUTPUT=out))
    assert "'By key field' needs the key field of the source units (INPUT_KEY)" in message
    assert message in run_message and not os.path.exists(out)
    message, _ = refused(ALG, params(tiny, FIELDS=["ew", "AREA_KEY"], OUTPUT=out))
    assert "'AREA_KEY' has the same name as the area key" in message and not os.path.exists(out)
    assert accepted(ALG, params(tiny, METHOD=0, INPUT_KEY="key"))[0]


def test_key_method_without_key_is_refused_where_qgis_does_not_check_first(plugin, tiny):
    """QGIS 3.22 runs a model's child algorithms (and QgsProcessingAlgorithm.run) without
    checkParameterValues: the run itself refuses with the same message."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    class Errors(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.errors.append(error)

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = Errors()
    alg = QgsApplication.processingRegistry().algorithmById(ALG).create()
    _, ok = alg.run(params(tiny, METHOD=0), context, feedback)
    assert not ok and any("needs the key field of the source units (INPUT_KEY)" in e for e in feedback.errors)
