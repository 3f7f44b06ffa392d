"""sozialplanung:allocate_budget through Processing on a small GeoPackage, values checked by hand.

Five areas (squares 10 × 10), target population ``kids`` and need as class and as value:

    key  kids  index_class  index_value
    01    100            1         1.0
    02    200            2         1.25
    03    300            3         1.5
    04    400            4         2.0
    05     50         NULL         NULL     (not rated in the social index)
"""
import pytest
from osgeo import ogr

from tests.qgis.layers import _square, features, write_layer

ALG_ID = "sozialplanung:allocate_budget"


@pytest.fixture
def alg(plugin):
    """The algorithm, initialised (run directly: the test does not depend on the provider's list)."""
    from sozialplanung_plugin.processing.algorithms.allocate_budget import AllocateBudget

    algorithm = AllocateBudget()
    algorithm.initAlgorithm()
    return algorithm


@pytest.fixture
def areas(tmp_path):
    path = str(tmp_path / "areas.gpkg")
    return write_layer(path, "sozialraeume", [_square(10 * k, 0, 10 * k + 10, 10) for k in range(5)],
                       [("key", "str"), ("kids", "int"), ("index_class", "int"), ("index_value", "real"),
                        ("name", "str")],
                       [("01", 100, 1, 1.0, "Nord"), ("02", 200, 2, 1.25, "Süd"), ("03", 300, 3, 1.5, "Ost"),
                        ("04", 400, 4, 2.0, "West"), ("05", 50, None, None, "Hafen")])


def is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def params(layer, **kw):
    p = {"INPUT": layer, "ID_FIELD": "key", "TARGET_FIELD": "kids", "NEED_FIELD": "index_class", "NEED_MODE": 0,
         "CLASS_WEIGHTS": "1:1, 2:1.25, 3:1.5, 4:2", "TOTAL": 10000, "UNIT": 100, "FLOOR": 0, "CAP": 0,
         "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def test_parameters_and_help(alg):
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names == ["INPUT", "ID_FIELD", "TARGET_FIELD", "NEED_FIELD", "NEED_MODE", "CLASS_WEIGHTS", "TOTAL",
                     "UNIT", "FLOOR", "CAP", "FLOOR_ONLY_WITH_TARGET", "OUTPUT"]
    assert alg.id().endswith("allocate_budget") and alg.name() == "allocate_budget"
    assert alg.groupId() == "index" and alg.group() == "Social index"
    assert alg.parameterDefinition("NEED_MODE").options() == ["Class weights", "Value as weight", "No need weight"]
    assert alg.parameterDefinition("UNIT").defaultValue() == 1.0
    assert alg.parameterDefinition("FLOOR_ONLY_WITH_TARGET").defaultValue() is True
    assert all(p.help() for p in alg.parameterDefinitions() if not p.isDestination())
    text = alg.shortHelpString()
    assert "largest-remainder" in text and "no_need_value" in text and "Σ weight" in text
    assert alg.canExecute()[0]


def test_class_weights_by_hand_with_floor(run, alg, areas, feedback):
    # 05 has no need value: weight 0, but target 50 > 0, so it gets the floor 500. The other 9500 go
    # to the weights 100, 250, 450, 800 (sum 1600): 593.75, 1484.375, 2671.875, 4750 = 5.9375, 14.84375,
    # 26.71875, 47.5 units; whole units 5 + 14 + 26 + 47 + 5 = 97; the three units left go to the
    # largest remainders .9375, .84375, .71875 -> 600, 1500, 2700, 4700, 500 = 10000
    res = run(alg, params(areas, FLOOR=500), feedback=feedback)
    got = features(res["OUTPUT"], "key")
    assert [got[k]["amount"] for k in ("01", "02", "03", "04", "05")] == [600, 1500, 2700, 4700, 500]
    assert got["01"]["target"] == 100 and got["04"]["need_value"] == 4 and got["04"]["need_weight"] == 2.0
    assert got["03"]["weighted_need"] == 450 and got["03"]["share_pct"] == pytest.approx(28.125)
    assert got["03"]["amount_proportional"] == pytest.approx(2812.5)
    assert got["03"]["difference"] == pytest.approx(2700 - 2812.5)
    assert got["05"]["adjustment"] == "floor" and got["05"]["flag"] == "no_need_value"
    assert got["05"]["need_weight"] == 0 and got["05"]["share_pct"] == 0 and got["05"]["difference"] == 500
    assert is_null(got["05"]["need_value"]) and not is_null(got["01"]["need_value"])
    assert not got["01"]["adjustment"] and not got["01"]["flag"]
    assert list(got["01"]) == ["key", "target", "need_value", "need_weight", "weighted_need", "share_pct",
                               "amount_proportional", "amount", "adjustment", "difference", "flag"]
    # geometry kept, key as text
    out = res["OUTPUT"]
    assert out.fields().field("key").type() == 10          # QVariant.String
    areas_by_key = {f["key"]: f.geometry().area() for f in out.getFeatures()}
    assert areas_by_key == {k: pytest.approx(100.0) for k in ("01", "02", "03", "04", "05")}
    assert out.crs().authid() == "EPSG:25832"
    # log: total, areas, sum check, floor count; the NULL area named in a warning
    log = "\n".join(feedback.infos)
    assert "Allocating 10000 in units of 100 (100 units) to 5 areas" in log
    assert "Sum check: the amounts add up to 10000 (100 units); the total is 10000." in log
    assert "Areas held at the floor of 500: 1." in log
    assert "Class weights used: 1: 1, 2: 1.25, 3: 1.5, 4: 2." in log
    assert any("without a need value" in w and "keys: 05" in w for w in feedback.warnings)


def test_value_mode_equals_class_mode_and_plain_weight_list(run, alg, areas):
    by_class = features(run(alg, params(areas, CLASS_WEIGHTS="1, 1.25, 1.5, 2"))["OUTPUT"], "key")
    by_value = features(run(alg, params(areas, NEED_FIELD="index_value", NEED_MODE=1))["OUTPUT"], "key")
    # the hand-worked example of the unit tests: 600, 1600, 2800, 5000 and 0 for the unrated area
    expected = {"01": 600, "02": 1600, "03": 2800, "04": 5000, "05": 0}
    assert {k: v["amount"] for k, v in by_class.items()} == expected
    assert {k: v["amount"] for k, v in by_value.items()} == expected
    assert by_value["04"]["need_value"] == 2.0 and by_value["05"]["flag"] == "no_need_value"


def test_no_need_weight_and_cap(run, alg, areas, feedback):
    # by target only: 1050 places for 1050 children -> one place each
    got = features(run(alg, params(areas, NEED_MODE=2, TOTAL=1050, UNIT=1))["OUTPUT"], "key")
    assert {k: v["amount"] for k, v in got.items()} == {"01": 100, "02": 200, "03": 300, "04": 400, "05": 50}
    assert all(v["need_weight"] == 1 for v in got.values()) and not any(v["flag"] for v in got.values())
    # cap 310: area 04 (400) is held at 310; the other 740 for weights 100, 200, 300, 50 (sum 650) give 03
    # 341.5, so 03 is held at 310 too; the remaining 430 for 100, 200, 50 (sum 350): 122.857, 245.714,
    # 61.429; whole units 122 + 245 + 61 + 620 = 1048, two left: remainders .857 and .714 -> 01 and 02
    res = run(alg, params(areas, NEED_MODE=2, TOTAL=1050, UNIT=1, CAP=310), feedback=feedback)
    got = features(res["OUTPUT"], "key")
    assert {k: v["amount"] for k, v in got.items()} == {"01": 123, "02": 246, "03": 310, "04": 310, "05": 61}
    assert got["03"]["adjustment"] == "cap" and got["04"]["adjustment"] == "cap" and not got["01"]["adjustment"]
    assert got["04"]["difference"] == -90
    assert "Areas held at the cap of 310: 2." in "\n".join(feedback.infos)


def test_floor_only_with_target_and_table_without_geometry(run, alg, tmp_path):
    table = write_layer(str(tmp_path / "t.gpkg"), "t", [], [("key", "int"), ("kids", "real")],
                        [(1, 0.0), (2, 30.0), (3, 10.0)], gtype=ogr.wkbNone)
    p = dict(NEED_MODE=2, TOTAL=1000, UNIT=10, FLOOR=100)
    got = features(run(alg, params(table, **p))["OUTPUT"], "key")
    assert {k: v["amount"] for k, v in got.items()} == {"1": 0, "2": 750, "3": 250}
    got = features(run(alg, params(table, **p, FLOOR_ONLY_WITH_TARGET=False))["OUTPUT"], "key")
    # area 1 gets the floor 100; 900 in proportion 3:1 -> 675, 225 = 67.5, 22.5 units of 10; one unit left,
    # equal remainders: the larger weight (area 2) gets it
    assert {k: v["amount"] for k, v in got.items()} == {"1": 100, "2": 680, "3": 220}
    assert got["1"]["adjustment"] == "floor"


def test_geopackage_output_with_recipe_and_default_style(run, alg, areas, tmp_path):
    out = str(tmp_path / "verteilung.gpkg")
    res = run(alg, params(areas, FLOOR=500, OUTPUT=out))
    got = features(res["OUTPUT"], "key")
    assert sum(v["amount"] for v in got.values()) == 10000
    ds = ogr.Open(out)
    recipe = {f.GetField("item"): f.GetField("value") for f in ds.GetLayerByName("sozialplanung_allocation_recipe")}
    assert recipe["algorithm"] == "sozialplanung:allocate_budget" and recipe["TOTAL"] == "10000"
    assert recipe["class_weights_used"] == "1:1, 2:1.25, 3:1.5, 4:2" and recipe["areas_at_floor"] == "1"
    assert recipe["sum_of_amounts"] == "10000" and recipe["areas_without_need_value"] == "1"
    styles = ds.GetLayerByName("layer_styles")
    assert styles is not None and styles.GetFeatureCount() == 1
    style = next(iter(styles)).GetField("styleQML")
    assert 'attr="amount"' in style and "Amount" in style


def _file_state(path):
    ds = ogr.Open(path)
    rows = [(f.GetFID(), f.items(), f.GetGeometryRef().ExportToWkt() if f.GetGeometryRef() else None)
            for f in ds.GetLayer(0)]
    return rows


def test_input_unchanged(run, alg, areas):
    path = areas.split("|")[0]
    before = _file_state(path)
    run(alg, params(areas, FLOOR=500, CAP=4000))
    # same features, attributes and geometries (not the bytes: QGIS may rewrite a GeoPackage header)
    assert _file_state(path) == before and len(before) == 5


def _bad(run, alg, layer, match, **kw):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=match):
        run(alg, params(layer, **kw))


def test_bad_input_is_explained(run, alg, areas):
    _bad(run, alg, areas, r"the field 'name' is of type .*not a number", TARGET_FIELD="name")
    _bad(run, alg, areas, r"class 4 occurs \(areas: 1, the first is feature 4, area '04'\).*no weight for it "
                          r"\(classes with a weight: 1, 2, 3\)", CLASS_WEIGHTS="1:1, 2:1.25, 3:1.5")
    _bad(run, alg, areas, r"The class weights '1:1, 2:1,25' cannot be read at '25'",
         CLASS_WEIGHTS="1:1, 2:1,25")
    _bad(run, alg, areas, r"needs the need field.*'No need weight'", NEED_FIELD=None)
    _bad(run, alg, areas, r"The total 10050 is not a whole multiple of the unit 100", TOTAL=10050)
    _bad(run, alg, areas, r"floor 150 is not a whole multiple of the unit 100", FLOOR=150)
    _bad(run, alg, areas, r"the floors cannot be met: 5 areas × floor 2500 = 12500, more than the total 10000",
         FLOOR=2500)
    _bad(run, alg, areas, r"the cap cannot be met: the 4 areas with a weight above 0 can receive at most 8000",
         CAP=2000)
    _bad(run, alg, areas, r"floor 500 is above the cap 400", FLOOR=500, CAP=400)
    _bad(run, alg, areas, r"field 'index_value': feature 2 \(area '02'\) has the need value 1.25, which is not a "
                          r"whole-number class", NEED_FIELD="index_value")


def test_bad_values_name_layer_field_and_feature(run, alg, tmp_path):
    path = str(tmp_path / "bad.gpkg")
    geoms = [_square(0, 0, 1, 1), _square(1, 0, 2, 1), _square(2, 0, 3, 1)]
    fields = [("key", "str"), ("kids", "int"), ("need", "real")]
    negative = write_layer(path, "negative", geoms, fields, [("a", 10, 1.0), ("b", -5, 1.0), ("c", 3, 1.0)])
    _bad(run, alg, negative, r"Layer 'bad \(negative\)', field 'kids': feature 2 \(area 'b'\) has the "
                             r"negative target population -5", NEED_MODE=2)
    missing = write_layer(path, "missing", geoms, fields, [("a", 10, 1.0), ("b", 5, 1.0), ("c", None, 1.0)])
    _bad(run, alg, missing, r"field 'kids': feature 3 \(area 'c'\) has no target population \(NULL", NEED_MODE=2)
    neg_need = write_layer(path, "neg_need", geoms, fields, [("a", 10, 0.5), ("b", 5, -0.7), ("c", 5, 1.0)])
    _bad(run, alg, neg_need, r"field 'need': feature 2 \(area 'b'\) has the need value -0.7, below 0.*z-scores",
         NEED_FIELD="need", NEED_MODE=1)
    zero = write_layer(path, "zero", geoms, fields, [("a", 10, None), ("b", 0, 1.0), ("c", 5, 0.0)])
    _bad(run, alg, zero, r"Layer 'bad \(zero\)': all 3 areas have weight 0", NEED_FIELD="need", NEED_MODE=1)
    dup = write_layer(path, "dup", geoms, fields, [("a", 10, 1.0), ("a", 5, 1.0), ("c", 5, 1.0)])
    _bad(run, alg, dup, r"the area key 'a' occurs more than once", NEED_MODE=2)


def test_parameters_alone_are_checked_before_the_run(refused, accepted, areas, tmp_path):
    import os

    out = str(tmp_path / "never.gpkg")
    message, run_message = refused(ALG_ID, params(areas, CLASS_WEIGHTS="1:1, 2:zwei", OUTPUT=out))
    assert message.startswith("The class weights '1:1, 2:zwei' cannot be read at '2:zwei'") and message in run_message
    assert refused(ALG_ID, params(areas, FLOOR=500, CAP=400, OUTPUT=out))[0] == \
        "The floor 500 is above the cap 400. The floor must not exceed the cap."
    assert refused(ALG_ID, params(areas, UNIT=0, OUTPUT=out))[0] == "The unit must be greater than 0 (it is 0)."
    assert refused(ALG_ID, params(areas, TOTAL=10050, OUTPUT=out))[0].startswith(
        "The total 10050 is not a whole multiple of the unit 100")
    message, _ = refused(ALG_ID, params(areas, NEED_FIELD=None, NEED_MODE=1, OUTPUT=out))
    assert message.startswith("The need weight 'Value as weight' needs the need field.")
    assert not os.path.exists(out)
    # class weights are not read without class weights as need mode
    assert accepted(ALG_ID, params(areas, CLASS_WEIGHTS="1:1, 2:zwei", NEED_MODE=2))[0]
