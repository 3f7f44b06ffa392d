"""composite_index, status_dynamics_index and index_sensitivity through Processing, on real GeoPackages."""
import hashlib
import os

import numpy as np
import pandas as pd
import pytest
from osgeo import ogr

from tests.conftest import DATA
from tests.qgis.layers import _square, features, write_layer
from tests.qgis.models import destination_ids, output_id

MSS = os.path.join(DATA, "reference", "mss")


@pytest.fixture(scope="module")
def five(tmp_path_factory):
    """The 5-area example worked on paper in tests/unit/test_composite_index.py, as polygons, plus a sixth
    area with 120 residents (not rated) and a text field."""
    path = str(tmp_path_factory.mktemp("idx") / "five.gpkg")
    rows = [("A", "Nord", 2.0, 1.0, 900), ("B", "Ost", 4.0, 1.0, 800), ("C", "Süd", 6.0, 2.0, 1000),
            ("D", "West", 8.0, 3.0, 700), ("E", "Mitte", 10.0, 3.0, 600), ("F", "Hafen", 50.0, 40.0, 120)]
    geoms = [_square(100 * k, 0, 100 * k + 90, 90) for k in range(len(rows))]
    return write_layer(path, "gebiete", geoms, [("key", "str"), ("name", "str"), ("x1", "real"), ("x2", "real"),
                                                ("ew", "int")], rows)


def _index(run, five, **kw):
    p = {"INPUT": five, "ID_FIELD": "key", "FIELDS": ["x1", "x2"], "POPULATION_FIELD": "ew",
         "MIN_POPULATION": 300, "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return run("sozialplanung:composite_index", p)["OUTPUT"]


def test_worked_example_through_processing(run, five, feedback):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    out = processing.run("sozialplanung:composite_index", {
        "INPUT": five, "ID_FIELD": "key", "FIELDS": ["x1", "x2"], "POPULATION_FIELD": "ew", "MIN_POPULATION": 300,
        "CLASS_LABELS": "hoch,mittel,niedrig,sehr niedrig", "OUTPUT": "TEMPORARY_OUTPUT"},
        context=ctx, feedback=feedback)["OUTPUT"]
    got = features(out, "key")
    # values worked on paper (see the unit test): z1, z2, sum, index, class
    assert [got[k]["x1_norm"] for k in "ABCDE"] == pytest.approx([-1.4142136, -0.7071068, 0, 0.7071068, 1.4142136],
                                                                 abs=1e-6)
    assert [got[k]["aggregate"] for k in "ABCDE"] == pytest.approx([-2.5322476, -1.8251408, 0, 1.8251408, 2.5322476],
                                                                   abs=1e-6)
    assert [got[k]["index"] for k in "ABCDE"] == pytest.approx([-1.282687, -0.924508, 0, 0.924508, 1.282687],
                                                               abs=1e-6)
    assert [got[k]["index_class"] for k in "ABCDE"] == [1, 2, 2, 2, 3]
    assert [got[k]["index_label"] for k in "ABCDE"] == ["hoch", "mittel", "mittel", "mittel", "niedrig"]
    assert [got[k]["index_rank"] for k in "ABCDE"] == [5, 4, 3, 2, 1]
    # the small area is kept, not rated, and did not enter the statistics
    f = got["F"]
    assert f["rated"] == 0 and f["index_label"] == "not rated" and f["index_flag"] == "small_population"
    assert f["index"] is None or f["index"] != f["index"] or str(f["index"]) == "NULL"
    assert f["name"] == "Hafen" and f["ew"] == 120           # input fields kept
    assert out.featureCount() == 6 and all(not g.geometry().isEmpty() for g in out.getFeatures())
    log = "\n".join(feedback.infos)
    rho = np.corrcoef([2, 4, 6, 8, 10], [1, 1, 2, 3, 3])[0, 1]
    assert f"{2 * rho / (1 + rho):.3f}" in log and "Cronbach" in log
    assert "1 hoch = 1" in log and "2 mittel = 3" in log


def test_invert_weights_and_automatic_labels(run, five):
    got = features(_index(run, five, INVERT_FIELDS=["x2"], WEIGHTS="1,1", RESTANDARDISE=False), "key")
    # z1 - z2 by hand
    assert [got[k]["aggregate"] for k in "ABCDE"] == pytest.approx([-0.2961796, 0.4109272, 0, -0.4109272, 0.2961796],
                                                                   abs=1e-6)
    assert got["A"]["aggregate_std"] is None or str(got["A"]["aggregate_std"]) == "NULL"
    # population SD of the sums = sqrt((2 x 0.2961796^2 + 2 x 0.4109272^2) / 5) = 0.320362: breaks at
    # -0.32, +0.32, +0.48, labelled with the limits
    assert [got[k]["index_label"] for k in "ABCDE"] == ["-0.32 – 0.32", "0.32 – 0.48", "-0.32 – 0.32", "below -0.32",
                                                        "-0.32 – 0.32"]


def test_input_is_not_changed(run, five):
    path = five.split("|")[0]

    def digest():
        with open(path, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()

    before = digest()
    _index(run, five, NORMALISATION=2, AGGREGATION=2, CLASSIFICATION=1, CLASSES=3)
    assert digest() == before


@pytest.mark.parametrize("kw,message", [
    (dict(WEIGHTS="1,2,3"), r"3 weights for 2 indicator fields \(x1, x2\)"),
    (dict(WEIGHTS="0,0"), "add up to 0"),
    (dict(WEIGHTS="1,x"), "'x' in weights is not a number"),
    (dict(BREAKS="1,-1"), "breaks must increase"),
    (dict(CLASS_LABELS="a,b"), "2 class labels for 4 classes"),
    (dict(AGGREGATION=2), r"geometric mean needs values >= 0, but 'x[12]' is -[0-9.]+ in area '[A-E]'"),
    (dict(MIN_POPULATION=5000), "only 0 areas can be rated"),
    (dict(FIELDS=["x1", "name"]), "the field 'name' is not numeric"),
    (dict(FIELDS=["x1", "nope"]), "has no field 'nope'"),
    (dict(INVERT_FIELDS=["ew"]), "'ew' is listed under 'Fields where higher is better'"),
    (dict(EXCLUDE_IDS="A,ZZ"), "no area with the key 'ZZ'"),
])
def test_bad_input_gives_clear_messages(run, five, kw, message):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        _index(run, five, **kw)


def test_constant_indicator_names_the_field(run, tmp_path):
    from qgis.core import QgsProcessingException

    lyr = write_layer(str(tmp_path / "c.gpkg"), "c", [], [("key", "str"), ("a", "real"), ("b", "real")],
                      [("1", 1.0, 5.0), ("2", 2.0, 5.0), ("3", 3.0, 5.0)])
    with pytest.raises(QgsProcessingException, match="indicator 'b' has the same value \\(5\\) in all rated areas"):
        run("sozialplanung:composite_index", {"INPUT": lyr, "ID_FIELD": "key", "FIELDS": ["a", "b"],
                                              "OUTPUT": "TEMPORARY_OUTPUT"})


def test_natural_breaks_agree_with_qgis(run, tmp_path):
    """Our Fisher-Jenks classes against QGIS's own natural-breaks classification of the same index values."""
    from qgis.core import QgsClassificationJenks

    rng = np.random.default_rng(4)
    vals = np.round(rng.gamma(2.0, 3.0, 400), 2)
    lyr = write_layer(str(tmp_path / "j.gpkg"), "j", [], [("key", "str"), ("v", "real")],
                      [(str(i), float(v)) for i, v in enumerate(vals)])
    out = run("sozialplanung:composite_index", {"INPUT": lyr, "ID_FIELD": "key", "FIELDS": ["v"], "NORMALISATION": 6,
                                                "RESTANDARDISE": False, "CLASSIFICATION": 4, "CLASSES": 5,
                                                "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    ours = {f["key"]: f["index_class"] for f in out.getFeatures()}
    ranges = QgsClassificationJenks().classes(list(map(float, vals)), 5)
    uppers = [r.upperBound() for r in ranges][:-1]
    theirs = {str(i): 1 + sum(v > u for u in uppers) for i, v in enumerate(vals)}
    assert ours == theirs


def test_result_in_geopackage_is_styled_with_recipe(run, five, tmp_path):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer

    dest = str(tmp_path / "index.gpkg")
    _index(run, five, OUTPUT=dest, CLASS_LABELS="hoch,mittel,niedrig,sehr niedrig", WEIGHTS="2,1")
    lyr = QgsVectorLayer(dest + "|layername=index", "i", "ogr")
    if not lyr.isValid():
        lyr = QgsVectorLayer(dest, "i", "ogr")
    assert lyr.isValid()
    renderer = lyr.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "index_class"
    assert [c.label() for c in renderer.categories()] == ["hoch", "mittel", "niedrig", "sehr niedrig", "not rated"]
    ds = ogr.Open(dest)
    recipe = {f.GetField("item"): f.GetField("value") for f in ds.GetLayerByName("sozialplanung_index_recipe")}
    assert recipe["algorithm"] == "sozialplanung:composite_index" and recipe["WEIGHTS"] == "2,1"
    assert recipe["weights_used"] == "2,1" and recipe["class_labels_used"] == "hoch,mittel,niedrig,sehr niedrig"
    assert lyr.fields().field("index_rank").alias() == "Rank (1 = most need)"


# ------------------------------------------------------------------ MSS
@pytest.fixture(scope="module")
def mss2021(tmp_path_factory):
    d = pd.read_csv(os.path.join(MSS, "mss2021_plr_inputs_and_published_classes.csv"), dtype={"plr_id": str})
    path = str(tmp_path_factory.mktemp("mss") / "mss2021.gpkg")
    cols = ["s1", "s3", "s4", "d1", "d3", "d4"]
    rows = [(r.plr_id, r.plr_name, None if pd.isna(r.ew) else int(r.ew),
             *[None if pd.isna(getattr(r, c)) else float(getattr(r, c)) for c in cols]) for r in d.itertuples()]
    lyr = write_layer(path, "mss2021", [], [("plr_id", "str"), ("plr_name", "str"), ("ew", "int")] +
                      [(c, "real") for c in cols], rows)
    return lyr, d


def test_status_dynamics_index_reproduces_published_mss_2021(run, mss2021, feedback):
    import processing

    lyr, d = mss2021
    # the outlier named in the report is a populated PLR that was not rated
    outliers = d.loc[(d.rated == 0) & (d.ew >= 300), "plr_id"].tolist()
    assert outliers == ["10100205"]          # Gewerbegebiet Bitterfelder Straße, the report's named outlier
    out = processing.run("sozialplanung:status_dynamics_index", {
        "INPUT": lyr, "ID_FIELD": "plr_id", "STATUS_FIELDS": ["s1", "s3", "s4"],
        "DYNAMICS_FIELDS": ["d1", "d3", "d4"], "POPULATION_FIELD": "ew", "EXCLUDE_IDS": ",".join(outliers),
        "STATUS_LABELS": "hoch,mittel,niedrig,sehr niedrig", "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=feedback)["OUTPUT"]
    got = features(out, "plr_id")
    rated = d[d.rated == 1]
    assert sum(1 for v in got.values() if v["rated"] == 1) == 536
    for r in rated.itertuples():
        g = got[r.plr_id]
        assert g["status_class"] == r.pub_status_class_code
        assert g["sdi"] == r.pub_sdi_code
        assert g["s1_z"] == pytest.approx(r.pub_z_s1, abs=2e-5)
        assert g["status_sum"] == pytest.approx(r.pub_status_sum, abs=5e-5)
        assert g["status_index"] == pytest.approx(r.pub_status_index, abs=0.006)
        # published with 2 decimals, computed from unrounded inputs
        assert g["dynamics_index"] == pytest.approx(r.pub_dynamik_index, abs=0.006)
        assert g["status_label"] == r.pub_status_class
        assert g["sdi_code"] == 10 * r.pub_status_class_code + {"+": 1, "+/-": 2, "-": 3}[r.pub_dynamik_class_code]
    for r in d[d.rated == 0].itertuples():
        assert got[r.plr_id]["rated"] == 0 and got[r.plr_id]["sdi"] == "not rated"
    # the published class counts (Tabelle 1)
    assert ("Areas per class: 1 hoch = 75, 2 mittel = 366, 3 niedrig = 46, 4 sehr niedrig = 49; not rated: 6."
            in feedback.infos)


def test_index_sensitivity_through_processing(run, mss2021, feedback):
    import processing

    lyr, _ = mss2021
    params = {"INPUT": lyr, "ID_FIELD": "plr_id", "FIELDS": ["s1", "s3", "s4"], "POPULATION_FIELD": "ew",
              "RUNS": 200, "SEED": 7, "OUTPUT": "TEMPORARY_OUTPUT"}
    a = features(processing.run("sozialplanung:index_sensitivity", params, feedback=feedback)["OUTPUT"], "plr_id")
    b = features(run("sozialplanung:index_sensitivity", params)["OUTPUT"], "plr_id")
    assert a == b                                           # seeded
    rated = [v for v in a.values() if v["rated"] == 1]
    assert all(v["rank_p05"] <= v["rank_median"] <= v["rank_p95"] for v in rated)
    assert all(0 <= v["class_share"] <= 1 for v in rated)
    assert all(v["class_unstable"] == int(v["class_share"] < 0.8) for v in rated)
    assert any("The choice that moves the ranking most" in m for m in feedback.infos)


def test_index_chain_in_a_model(run, tmp_path):
    """aggregate_counts -> compute_indicators -> composite_index -> allocate_budget as a saved model; the index
    checked against z-scores computed with numpy from a direct indicator run, the budget adds up."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
    )

    from tests.conftest import SAMPLE_GPKG

    def static(value):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]

    def child(alg, cid, source, **params):
        c = QgsProcessingModelChildAlgorithm(alg)
        c.setChildId(cid)
        c.addParameterSources("INPUT", [source])
        for k, v in params.items():
            c.addParameterSources(k, static(v))
        return c

    model = QgsProcessingModelAlgorithm("Sozialindex und Mittelverteilung", "Sozialbericht")
    for name in ("addresses", "areas"):
        model.addModelParameter(QgsProcessingParameterFeatureSource(name, name), QgsProcessingModelParameter(name))
    agg = child("sozialplanung:aggregate_counts", "aggregate",
                QgsProcessingModelChildParameterSource.fromModelParameter("addresses"),
                AREA_ID="sozialraum_id", METHOD=1)
    agg.addParameterSources("AREAS", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
    ind = child("sozialplanung:compute_indicators", "indicators",
                QgsProcessingModelChildParameterSource.fromChildOutput("aggregate", "OUTPUT"),
                AREA_ID="sozialraum_id", INDICATORS="sgb2_quote,auslaenderanteil,alleinerziehendenanteil",
                MIN_COUNT=0)
    idx = child("sozialplanung:composite_index", "index",
                QgsProcessingModelChildParameterSource.fromChildOutput("indicators", "OUTPUT"),
                ID_FIELD="sozialraum_id", FIELDS=["sgb2_quote", "auslaenderanteil", "alleinerziehendenanteil"],
                CLASSIFICATION=1, CLASSES=3, POPULATION_FIELD="ew_gesamt")
    alloc = child("sozialplanung:allocate_budget", "budget",
                  QgsProcessingModelChildParameterSource.fromChildOutput("index", "OUTPUT"),
                  ID_FIELD="sozialraum_id", TARGET_FIELD="ew_gesamt", NEED_FIELD="index_class", NEED_MODE=0,
                  CLASS_WEIGHTS="1:1,2:1.5,3:2", TOTAL=120000, UNIT=100)
    for c, name in ((idx, "index"), (alloc, "budget")):
        out = QgsProcessingModelOutput(name, name)
        out.setChildOutputName("OUTPUT")
        c.setModelOutputs({name: out})
    for c in (agg, ind, idx, alloc):
        model.addChildAlgorithm(c)
    path = str(tmp_path / "sozialindex.model3")
    assert model.toFile(path)
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(path)
    loaded.initAlgorithm({})
    index_id, budget_id = output_id(loaded, "index:index", "index"), output_id(loaded, "budget:budget", "budget")
    assert destination_ids(loaded) == sorted([index_id, budget_id])
    res = run(loaded, {"addresses": f"{SAMPLE_GPKG}|layername=adressen_2025",
                       "areas": f"{SAMPLE_GPKG}|layername=sozialraeume",
                       index_id: str(tmp_path / "index.gpkg"), budget_id: str(tmp_path / "budget.gpkg")})
    index = features(res[index_id] + "|layername=index", "sozialraum_id")
    budget = features(res[budget_id] + "|layername=budget", "sozialraum_id")
    assert sum(v["amount"] for v in budget.values()) == 120000
    # independent: the same indicators from a direct run, z-scores with numpy (population SD), summed, again z
    direct = run("sozialplanung:compute_indicators", {
        "INPUT": run("sozialplanung:aggregate_counts", {
            "INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
            "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"],
        "AREA_ID": "sozialraum_id", "INDICATORS": "sgb2_quote,auslaenderanteil,alleinerziehendenanteil",
        "MIN_COUNT": 0, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    rows = features(direct, "sozialraum_id")
    keys = sorted(rows)
    x = np.array([[rows[k][f] for f in ("sgb2_quote", "auslaenderanteil", "alleinerziehendenanteil")] for k in keys])
    z = ((x - x.mean(0)) / x.std(0)).sum(1)
    expected = (z - z.mean()) / z.std()
    assert [index[k]["index"] for k in keys] == pytest.approx(expected.tolist(), abs=1e-9)
    # three quantile classes of 12 areas: 4 each (no ties in the index)
    assert sorted(v["index_class"] for v in index.values()) == [1] * 4 + [2] * 4 + [3] * 4


@pytest.mark.parametrize("alg_id,extra", [
    ("sozialplanung:composite_index", {"ID_FIELD": "key", "FIELDS": ["x1", "x2"], "CLASS_LABELS": "a,b,c,d"}),
    ("sozialplanung:compute_indicators", {"AREA_ID": "key", "NUMERATOR": "x2", "DENOMINATOR": "ew"}),
])
def test_dialog_loads_exactly_one_styled_layer(plugin, five, alg_id, extra):
    """As the algorithm dialog runs it: output loaded into the project, post-processing reports no 'layers not
    correctly generated' (a second registration of the output once caused that message)."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    project = QgsProject()
    ctx = QgsProcessingContext()
    ctx.setProject(project)
    fb = QgsProcessingFeedback()
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    params = dict(extra, INPUT=five, OUTPUT=QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project))
    assert alg.prepare(params, ctx, fb)
    res = alg.runPrepared(params, ctx, fb)
    alg.postProcess(ctx, fb)
    assert len(ctx.layersToLoadOnCompletion()) == 1
    # QGIS 3.22: (alg, context, feedback, showResults, parameters); 3.40+: (alg, context, feedback, parameters)
    assert handleAlgorithmResults(alg, ctx, feedback=fb, parameters=params)
    layers = list(project.mapLayers().values())
    assert len(layers) == 1 and layers[0].id() == res["OUTPUT"]
