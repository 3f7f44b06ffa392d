"""distribute_population: area totals onto Baublöcke and addresses of the sample town, totals exact."""
from fractions import Fraction

import pytest

from tests.conftest import SAMPLE_GPKG
from tests.qgis.layers import _square, write_layer

ALG = "sozialplanung:distribute_population"


def _layer(name):
    return f"{SAMPLE_GPKG}|layername={name}"


@pytest.fixture(scope="module")
def sr_counts(plugin):
    import processing

    return processing.run("sozialplanung:aggregate_counts", {
        "INPUT": _layer("adressen_2025"), "FIELDS": ["ew_0_2", "ew_3_5", "ew_6_9"], "AREAS": _layer("sozialraeume"),
        "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def _totals(layer, key, fields):
    out = {}
    for f in layer.getFeatures():
        k = f[key]
        if k is None:
            continue
        out.setdefault(k, [0] * len(fields))
        out[k] = [a + (f[n] or 0) for a, n in zip(out[k], fields)]
    return out


def test_onto_blocks_by_area_totals_exact(run, sr_counts):
    fields = ["ew_0_2", "ew_3_5", "ew_6_9"]
    res = run(ALG, {"AREAS": sr_counts, "AREA_ID": "sozialraum_id", "FIELDS": fields, "TARGETS": _layer("baubloecke"),
                    "WEIGHT": "$area", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert res.geometryType() == 0                    # points, ready for population_in_reach
    expected = {f["sozialraum_id"]: [f[n] for n in fields] for f in sr_counts.getFeatures()}
    assert _totals(res, "sozialraum_id", fields) == expected
    # one area by exact fractions (largest remainder, ties: larger weight, then first)
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

    blocks = QgsVectorLayer(_layer("baubloecke"), "b", "ogr")
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(blocks))
    expr = QgsExpression("$area")       # the weight as QGIS evaluates it (float32-like, not geometry().area())
    expr.prepare(ctx)
    area = {}
    for f in blocks.getFeatures():
        ctx.setFeature(f)
        area[f["block_id"]] = expr.evaluate(ctx)
    got = {f["block_id"]: f["ew_3_5"] for f in res.getFeatures() if f["sozialraum_id"] == "0101"}
    ids = list(got)
    w = [Fraction(area[i]) for i in ids]
    total = expected["0101"][1]
    quotas = [total * x / sum(w) for x in w]
    base = [int(q) for q in quotas]
    order = sorted(range(len(ids)), key=lambda i: (-(quotas[i] - base[i]), -w[i], i))
    for i in order[:total - sum(base)]:
        base[i] += 1
    assert [got[i] for i in ids] == base


def test_filter_and_areas_without_targets(run, sr_counts, feedback):
    import processing

    res = processing.run(ALG, {"AREAS": sr_counts, "AREA_ID": "sozialraum_id", "FIELDS": ["ew_0_2"],
                               "TARGETS": _layer("adressen_2025"), "WEIGHT": "1",
                               "FILTER": "\"sozialraum_id\" <> '0101'", "OUTPUT": "TEMPORARY_OUTPUT",
                               "OUTPUT_MISSING": "TEMPORARY_OUTPUT"}, feedback=feedback)
    missing = [f["sozialraum_id"] for f in res["OUTPUT_MISSING"].getFeatures()]
    assert missing == ["0101"]
    assert any("1 areas have counts but no target" in m and "0101" in m for m in feedback.warnings)
    got = _totals(res["OUTPUT"], "sozialraum_id", ["ew_0_2"])
    assert got["0101"] == [0]
    assert all(v == [f["ew_0_2"]] for f in sr_counts.getFeatures()
               for k, v in got.items() if k == f["sozialraum_id"] and k != "0101")


def test_bad_input(run, tmp_path):
    from qgis.core import QgsProcessingException

    areas = write_layer(str(tmp_path / "a.gpkg"), "a", [_square(0, 0, 100, 100)], [("key", "str"), ("n", "real")],
                        [("A", 2.5)])
    with pytest.raises(QgsProcessingException, match="area 'A' has 2.5; counts to distribute must be whole"):
        run(ALG, {"AREAS": areas, "AREA_ID": "key", "FIELDS": ["n"], "TARGETS": _layer("adressen_2025"),
                  "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="weights must be 0 or more"):
        run(ALG, {"AREAS": areas, "AREA_ID": "key", "FIELDS": ["n"], "TARGETS": _layer("adressen_2025"),
                  "WEIGHT": "-1", "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("kw,message", [
    (dict(WEIGHT="1 +"), "The expression '1 +' is not valid"),
    (dict(FILTER="(("), "The expression '((' is not valid"),
])
def test_expressions_refused_before_a_run(plugin, feedback, kw, message):
    """An unparsable weight or filter is refused before the run (QGIS's parameterAsExpression would have put
    the default in its place without a word)."""
    import re

    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException

    params = {"AREAS": _layer("baubloecke"), "AREA_ID": "block_id", "FIELDS": ["ew_gesamt"],
              "TARGETS": _layer("adressen_2025"), "OUTPUT": "TEMPORARY_OUTPUT", **kw}
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    ok, text = alg.checkParameterValues(params, QgsProcessingContext())
    assert not ok and text.startswith(message)
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        processing.run(ALG, params, feedback=feedback)
    assert feedback.infos == []                    # nothing was read
    assert alg.checkParameterValues({**params, "WEIGHT": "$area", "FILTER": "\"nutzung\" = 'x'"},
                                    QgsProcessingContext()) == (True, "")
