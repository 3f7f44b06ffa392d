"""sozialplanung:compute_indicators through real Processing.

Expected values: the published München table, tables worked out by hand, and
the sample town recomputed here with Python's Decimal (ROUND_HALF_UP) from
sums read with OGR — not through the plugin's code.
"""
import csv
import json
import os
from decimal import ROUND_HALF_UP, Decimal

import pytest
from osgeo import ogr

from tests.conftest import DATA, SAMPLE_GPKG
from tests.qgis.layers import features, write_layer
from tests.qgis.models import destination_ids, output_id

ALG = "sozialplanung:compute_indicators"


def decimal_rate(num, den, factor=100, decimals=1):
    q = Decimal(1).scaleb(-decimals)
    return float((Decimal(num) * Decimal(factor) / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


@pytest.fixture(scope="module")
def sozialraeume(plugin, tmp_path_factory):
    """Counts per Sozialraum 2025, made with aggregate_counts (tested elsewhere)."""
    import processing

    out = str(tmp_path_factory.mktemp("sr") / "sr.gpkg")
    processing.run("sozialplanung:aggregate_counts", {
        "INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
        "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": out})
    return out


def _sums():
    """Sums per Sozialraum straight from the address table (OGR SQL)."""
    ds = ogr.Open(SAMPLE_GPKG)
    sql = ds.ExecuteSQL("SELECT sozialraum_id, SUM(sgb2_elb) e, SUM(sgb2_nef) n, "
                        "SUM(ew_0_2+ew_3_5+ew_6_9+ew_10_14+ew_15_17+ew_18_24+ew_25_64) u65, "
                        "SUM(auslaender) a, SUM(ew_gesamt) ew, SUM(hh_alleinerziehend) ae, SUM(hh_mit_kindern) hk, "
                        "SUM(zuzuege - fortzuege) saldo, SUM(ew_0_2+ew_3_5+ew_6_9+ew_10_14+ew_15_17+ew_18_19) u20, "
                        "SUM(ew_20_24+ew_25_64) a20 FROM adressen_2025 GROUP BY sozialraum_id")
    rows = {f.GetField(0): {k: f.GetField(k) for k in ("e", "n", "u65", "a", "ew", "ae", "hk", "saldo", "u20", "a20")}
            for f in sql}
    ds.ReleaseResultSet(sql)
    return rows


def test_sample_town_indicators_match_decimal_arithmetic(run, sozialraeume, tmp_path):
    out = str(tmp_path / "ind.gpkg")
    res = run(ALG, {"INPUT": sozialraeume, "AREA_ID": "sozialraum_id",
                    "INDICATORS": "sgb2_quote,auslaenderanteil,alleinerziehendenanteil,wanderungssaldo,jugendquotient",
                    "REFERENCE_DATE": "31.12.2025", "OUTPUT": out})
    got = features(res["OUTPUT"], "sozialraum_id")
    sums = _sums()
    assert set(got) == set(sums)
    for key, s in sums.items():
        g = got[key]
        assert g["sgb2_quote"] == decimal_rate(s["e"] + s["n"], s["u65"]), key
        assert g["auslaenderanteil"] == decimal_rate(s["a"], s["ew"]), key
        assert g["alleinerziehendenanteil"] == decimal_rate(s["ae"], s["hk"]), key
        assert g["wanderungssaldo"] == decimal_rate(s["saldo"], s["ew"], 1000), key
        assert g["jugendquotient"] == decimal_rate(s["u20"], s["a20"]), key
        assert not g["sgb2_quote_flag"], key
    # the recipe travels with the result
    ds = ogr.Open(out)
    recipe = {f.GetField("field"): f.items() for f in ds.GetLayerByName("sozialplanung_recipe")}
    assert set(recipe) == {"sgb2_quote", "auslaenderanteil", "alleinerziehendenanteil", "wanderungssaldo",
                           "jugendquotient"}
    assert recipe["sgb2_quote"]["reference_date"] == "31.12.2025"
    assert recipe["sgb2_quote"]["numerator"] == "sgb2_elb + sgb2_nef"
    assert "denominator < 100" in recipe["sgb2_quote"]["suppression"]
    assert recipe["sgb2_quote"]["plugin_version"]


def _munich_table(tmp_path):
    with open(os.path.join(DATA, "reference", "muenchen_nichtdeutsche_2024.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    rows[0]["key"] = "00"
    path = write_layer(str(tmp_path / "m.gpkg"), "muenchen", [], [("key", "str"), ("area", "str"),
                                                                   ("nichtdeutsche", "int"), ("einwohner", "int")],
                       [(r["key"], r["area"], int(r["numerator"]), int(r["denominator"])) for r in rows],
                       gtype=ogr.wkbNone)
    published = {r["key"]: float(r["published_share"].replace(",", ".")) for r in rows}
    return path, published


def test_custom_indicator_reproduces_the_published_munich_table(run, tmp_path):
    table, published = _munich_table(tmp_path)
    res = run(ALG, {"INPUT": table, "AREA_ID": "key", "NUMERATOR": "nichtdeutsche", "DENOMINATOR": "einwohner",
                    "FACTOR": 100, "DECIMALS": 1, "NAME": "auslaenderanteil", "OUTPUT": "TEMPORARY_OUTPUT"})
    got = {k: v["auslaenderanteil"] for k, v in features(res["OUTPUT"], "key").items()}
    assert got == published


def test_catalogue_file_and_complex_expression(run, tmp_path):
    """A Kreis catalogue with its own field names; a non-sum expression goes through QGIS' engine."""
    table, published = _munich_table(tmp_path)
    catalogue = {"format": "sozialplanung-kennzahlenkatalog", "version": 1, "title": "Musterkreis",
                 "indicators": [
                     {"id": "nd_anteil", "name": {"de": "Anteil Nichtdeutsche", "en": "Share of non-Germans"},
                      "numerator": "nichtdeutsche", "denominator": "einwohner", "factor": 100, "decimals": 1},
                     {"id": "nd_promille", "name": "Nichtdeutsche je 1000",
                      "numerator": "nichtdeutsche * 10", "denominator": "einwohner", "factor": 100, "decimals": 0,
                      "kind": "ratio"}]}
    path = tmp_path / "kreis.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    saved = str(tmp_path / "used.json")
    res = run(ALG, {"INPUT": table, "AREA_ID": "key", "CATALOGUE": str(path), "OUTPUT": "TEMPORARY_OUTPUT",
                    "OUTPUT_CATALOGUE": saved})
    got = features(res["OUTPUT"], "key")
    assert {k: v["nd_anteil"] for k, v in got.items()} == published
    assert got["01"]["nd_promille"] == float(Decimal(5276 * 1000 / 20876).quantize(Decimal(1), ROUND_HALF_UP))
    with open(saved, encoding="utf-8") as fh:
        assert [i["id"] for i in json.load(fh)["indicators"]] == ["nd_anteil", "nd_promille"]


def test_suppression_and_flags_by_hand(run, tmp_path):
    rows = [("01", 0, 500, 900), ("02", 1, 500, 900), ("03", 2, 500, 900), ("04", 3, 500, 900),
            ("05", 40, 80, 250), ("06", None, 500, 900), ("07", 5, 0, 900), ("08", 40, 2000, 5000)]
    table = write_layer(str(tmp_path / "t.gpkg"), "t", [], [("k", "str"), ("elb", "int"), ("ew1564", "int"),
                                                            ("ew_gesamt", "int")], rows, gtype=ogr.wkbNone)
    res = run(ALG, {"INPUT": table, "AREA_ID": "k", "NUMERATOR": "elb", "DENOMINATOR": "ew1564", "NAME": "q",
                    "MIN_COUNT": 3, "MIN_DENOMINATOR": 100, "MIN_POPULATION": 300, "CONFIDENCE": True,
                    "OUTPUT": "TEMPORARY_OUTPUT"})
    got = features(res["OUTPUT"], "k")
    from qgis.core import NULL

    assert got["01"]["q"] == 0.0                                  # a real zero is published
    assert got["02"]["q"] == NULL and got["03"]["q"] == NULL      # 1 and 2: NULL, never 0
    assert got["02"]["q_flag"] == "suppressed_count"
    assert got["04"]["q"] == 0.6 and "unreliable" in got["04"]["q_flag"]
    assert got["05"]["q"] == NULL and got["05"]["q_flag"] == "small_denominator,small_population"
    assert got["06"]["q_flag"] == "missing" and got["07"]["q_flag"] == "zero_denominator"
    assert got["08"]["q"] == 2.0 and got["08"]["q_flag"] == NULL
    assert got["08"]["q_ci_low"] == 1.5 and got["08"]["q_ci_high"] == 2.7   # Wilson 40/2000: 1.47 .. 2.71
    assert got["02"]["q_ci_low"] == NULL


@pytest.mark.parametrize("changes,expected", [
    ({"INDICATORS": "nope"}, "Unknown indicator 'nope'"),
    ({"INDICATORS": "sgb2_quote"}, "the numerator uses the field 'sgb2_elb'"),
    ({"NUMERATOR": "nichtdeutsche +* 2", "DENOMINATOR": "einwohner"}, "is not a valid expression"),
    ({"NUMERATOR": "nichtdeutsche"}, "needs both a numerator and a denominator"),
    ({"AREA_ID": "nope"}, "has no field 'nope'"),
    ({"NUMERATOR": "area", "DENOMINATOR": "einwohner"}, "'area' of layer 'm (muenchen)' is not numeric"),
])
def test_bad_input_messages(run, tmp_path, changes, expected):
    from qgis.core import QgsProcessingException

    table, _ = _munich_table(tmp_path)
    params = {"INPUT": table, "AREA_ID": "key", "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(changes)
    with pytest.raises(QgsProcessingException) as e:
        run(ALG, params)
    assert expected in str(e.value)


def test_invalid_catalogue_names_entry_and_key(run, tmp_path):
    from qgis.core import QgsProcessingException

    table, _ = _munich_table(tmp_path)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "sozialplanung-kennzahlenkatalog", "version": 1, "indicators": [
        {"id": "ok", "name": "ok", "numerator": "a", "denominator": "b"},
        {"id": "bad", "name": "bad", "numerator": "a", "denominator": "b", "factor": "hundert"}]}))
    with pytest.raises(QgsProcessingException) as e:
        run(ALG, {"INPUT": table, "AREA_ID": "key", "CATALOGUE": str(path), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "#2 (bad)" in str(e.value) and "factor" in str(e.value)


def test_duplicate_keys_and_negative_counts(run, tmp_path):
    from qgis.core import QgsProcessingException

    dup = write_layer(str(tmp_path / "d.gpkg"), "d", [], [("k", "str"), ("a", "int"), ("b", "int")],
                      [("01", 1, 10), ("01", 2, 10)], gtype=ogr.wkbNone)
    with pytest.raises(QgsProcessingException) as e:
        run(ALG, {"INPUT": dup, "AREA_ID": "k", "NUMERATOR": "a", "DENOMINATOR": "b", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "'01'" in str(e.value) and "more than once" in str(e.value)
    neg = write_layer(str(tmp_path / "n.gpkg"), "n", [], [("k", "str"), ("a", "int"), ("b", "int")],
                      [("01", 1, 10), ("02", -1, 10)], gtype=ogr.wkbNone)
    with pytest.raises(QgsProcessingException) as e:
        run(ALG, {"INPUT": neg, "AREA_ID": "k", "NUMERATOR": "a", "DENOMINATOR": "b", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "'a'" in str(e.value) and "feature 2" in str(e.value) and "negative" in str(e.value)


def test_styled_with_null_class_on_load(plugin, sozialraeume):
    import processing
    from qgis.core import QgsProject

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(ALG, {"INPUT": sozialraeume, "AREA_ID": "sozialraum_id",
                                       "INDICATORS": "sgb2_quote,auslaenderanteil", "OUTPUT": "TEMPORARY_OUTPUT"})
    new = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        lyr = new[0]
        assert lyr.renderer().type() == "RuleRenderer"
        rules = lyr.renderer().rootRule().children()
        assert any(r.filterExpression() == '"sgb2_quote" IS NULL' for r in rules)
        assert len(rules) >= 3
        assert lyr.attributeAlias(lyr.fields().lookupField("sgb2_quote")) == "SGB II rate (%)"
        assert "sgb2_elb + sgb2_nef" in lyr.metadata().abstract()
    finally:
        project.removeMapLayers([x.id() for x in new])


def test_classes_ignore_suppressed_values(plugin):
    """QGIS 3.22's quantiles count NULL as 0; ours are built from the published values only."""
    from qgis.core import QgsFeature, QgsVectorLayer

    from sozialplanung_plugin.processing.styles import graduated_style, with_null_class

    lyr = QgsVectorLayer("Point?field=q:double", "q", "memory")
    feats = []
    for v in [None] * 20 + [5.0, 7.5, 10.0, 12.5, 15.0]:
        f = QgsFeature(lyr.fields())
        f.setAttributes([v])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    graduated_style(lyr, "q")
    ranges = lyr.renderer().ranges()
    assert ranges[0].lowerValue() == 5.0 and ranges[-1].upperValue() == 15.0
    with_null_class(lyr, "q", "geheim / keine Angabe")
    labels = [r.label() for r in lyr.renderer().rootRule().children()]
    assert labels[-1] == "geheim / keine Angabe" and len(labels) == len(ranges) + 1


def test_xlsx_input_through_ogr(run, tmp_path):
    """An XLSX workbook as counts table (QGIS' own OGR provider)."""
    from osgeo import gdal

    table, published = _munich_table(tmp_path)
    xlsx = str(tmp_path / "muenchen.xlsx")
    gdal.VectorTranslate(xlsx, table.split("|")[0], format="XLSX", layers=["muenchen"])
    res = run(ALG, {"INPUT": f"{xlsx}|layername=muenchen", "AREA_ID": "key", "NUMERATOR": "nichtdeutsche",
                    "DENOMINATOR": "einwohner", "NAME": "anteil", "OUTPUT": "TEMPORARY_OUTPUT"})
    got = {k: v["anteil"] for k, v in features(res["OUTPUT"], "key").items()}
    assert got == published


def test_secondary_suppression_against_published_totals(run, tmp_path):
    """Two Stadtteile; in each a confidential numerator that subtraction from the totals would reveal."""
    import numpy as np
    from qgis.core import NULL
    from scipy.optimize import linprog

    rows = [("0101", "01", 2, 400), ("0102", "01", 40, 500), ("0103", "01", 9, 450),
            ("0201", "02", 1, 300), ("0202", "02", 25, 600), ("0203", "02", 30, 700)]
    table = write_layer(str(tmp_path / "s.gpkg"), "s", [], [("k", "str"), ("st", "str"), ("elb", "int"),
                                                            ("ew", "int")], rows, gtype=ogr.wkbNone)
    res = run(ALG, {"INPUT": table, "AREA_ID": "k", "NUMERATOR": "elb", "DENOMINATOR": "ew", "NAME": "q",
                    "GROUP_FIELDS": ["st"], "MIN_COUNT": 3, "OUTPUT": "TEMPORARY_OUTPUT"})
    got = features(res["OUTPUT"], "k")
    # by hand: the smallest protecting complement in Stadtteil 01 is 0103 (9), in 02 it is 0202 (25)
    assert got["0103"]["q"] == NULL and "secondary_suppression" in got["0103"]["q_flag"]
    assert got["0202"]["q"] == NULL and "secondary_suppression" in got["0202"]["q_flag"]
    assert got["0102"]["q"] == 8.0 and got["0203"]["q"] == 4.3
    # an attacker with the published numerators (rate x denominator) and both levels of totals
    elb = np.array([r[2] for r in rows], float)
    published = [got[r[0]]["q"] != NULL for r in rows]
    a_eq, b_eq = [], []
    for i, pub in enumerate(published):
        if pub:
            a_eq.append(np.eye(6)[i])
            b_eq.append(elb[i])
    for members in ([0, 1, 2], [3, 4, 5], list(range(6))):
        a_eq.append(np.isin(np.arange(6), members).astype(float))
        b_eq.append(elb[members].sum())
    for i in (0, 3):
        lo = linprog(np.eye(6)[i], A_eq=a_eq, b_eq=b_eq, bounds=[(0, None)] * 6, method="highs").fun
        hi = -linprog(-np.eye(6)[i], A_eq=a_eq, b_eq=b_eq, bounds=[(0, None)] * 6, method="highs").fun
        assert hi - lo >= 3


def test_geopackage_output_carries_its_style_and_aliases(run, sozialraeume, tmp_path):
    """Opened later anywhere (also after qgis_process), the result is styled and named."""
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "styled.gpkg")
    run(ALG, {"INPUT": sozialraeume, "AREA_ID": "sozialraum_id", "INDICATORS": "sgb2_quote", "OUTPUT": out})
    lyr = QgsVectorLayer(out + "|layername=styled", "styled", "ogr")
    assert lyr.isValid()
    assert lyr.renderer().type() == "RuleRenderer"
    assert any(r.filterExpression() == '"sgb2_quote" IS NULL' for r in lyr.renderer().rootRule().children())
    assert lyr.attributeAlias(lyr.fields().lookupField("sgb2_quote")) == "SGB II rate (%)"


def test_indicator_chain_in_a_model(run, tmp_path):
    """aggregate_counts -> compute_indicators as a Processing model (what the modeler builds)."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
    )

    model = QgsProcessingModelAlgorithm("Kennzahlen je Sozialraum", "Sozialbericht")
    for name in ("addresses", "areas"):
        model.addModelParameter(QgsProcessingParameterFeatureSource(name, name), QgsProcessingModelParameter(name))
    agg = QgsProcessingModelChildAlgorithm("sozialplanung:aggregate_counts")
    agg.setChildId("aggregate")
    agg.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("addresses")])
    agg.addParameterSources("AREAS", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
    agg.addParameterSources("AREA_ID", [QgsProcessingModelChildParameterSource.fromStaticValue("sozialraum_id")])
    agg.addParameterSources("METHOD", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    model.addChildAlgorithm(agg)
    ind = QgsProcessingModelChildAlgorithm("sozialplanung:compute_indicators")
    ind.setChildId("indicators")
    ind.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("aggregate", "OUTPUT")])
    ind.addParameterSources("AREA_ID", [QgsProcessingModelChildParameterSource.fromStaticValue("sozialraum_id")])
    ind.addParameterSources("INDICATORS", [QgsProcessingModelChildParameterSource.fromStaticValue("auslaenderanteil")])
    out = QgsProcessingModelOutput("kennzahlen", "Kennzahlen")
    out.setChildOutputName("OUTPUT")
    ind.setModelOutputs({"kennzahlen": out})
    model.addChildAlgorithm(ind)
    path = str(tmp_path / "kennzahlen.model3")
    assert model.toFile(path)
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(path)
    loaded.initAlgorithm({})
    kennzahlen = output_id(loaded, "indicators:kennzahlen", "kennzahlen")
    assert destination_ids(loaded) == [kennzahlen]
    target = str(tmp_path / "k.gpkg")
    res = run(loaded, {"addresses": f"{SAMPLE_GPKG}|layername=adressen_2025",
                       "areas": f"{SAMPLE_GPKG}|layername=sozialraeume", kennzahlen: target})
    got = features(res[kennzahlen] + "|layername=k", "sozialraum_id")
    sums = _sums()
    assert {k: v["auslaenderanteil"] for k, v in got.items()} == {
        k: decimal_rate(s["a"], s["ew"]) for k, s in sums.items()}


def test_writing_again_into_a_styled_geopackage_does_not_wait_for_a_dialog(run, sozialraeume, tmp_path):
    """A second run into the same table must replace the stored style without QGIS' overwrite question."""
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "again.gpkg")
    for indicator in ("sgb2_quote", "auslaenderanteil"):
        run(ALG, {"INPUT": sozialraeume, "AREA_ID": "sozialraum_id", "INDICATORS": indicator,
                  "OUTPUT": "ogr:dbname='" + out + "' table=\"again\" (geom)"})
    lyr = QgsVectorLayer(out + "|layername=again", "again", "ogr")
    assert lyr.fields().lookupField("auslaenderanteil") >= 0
    assert any(r.filterExpression() == '"auslaenderanteil" IS NULL' for r in lyr.renderer().rootRule().children())
    ds = ogr.Open(out)
    sql = ds.ExecuteSQL("SELECT COUNT(*) FROM layer_styles WHERE f_table_name = 'again'")
    assert next(iter(sql)).GetField(0) == 1
    ds.ReleaseResultSet(sql)


def test_parameters_alone_are_checked_before_the_run(refused, accepted, tmp_path):
    table, _ = _munich_table(tmp_path)
    out = str(tmp_path / "never.gpkg")
    p = {"INPUT": table, "AREA_ID": "key", "OUTPUT": out}
    message, run_message = refused(ALG, dict(p, DENOMINATOR="einwohner"))
    assert message == "A custom indicator needs both a numerator and a denominator." and message in run_message
    message, _ = refused(ALG, dict(p, NUMERATOR="nichtdeutsche +* 2", DENOMINATOR="einwohner", NAME="anteil"))
    assert message.startswith("Indicator 'anteil': the numerator 'nichtdeutsche +* 2' is not a valid expression")
    message, _ = refused(ALG, dict(p, INDICATORS="sgb2_quote,nope"))
    assert message.startswith("Unknown indicator 'nope'. Known in this catalogue: ") and "sgb2_quote" in message
    bad = tmp_path / "bad.json"
    bad.write_text("{no json", encoding="utf-8")
    message, _ = refused(ALG, dict(p, INDICATORS="x", CATALOGUE=str(bad)))
    assert f"The catalogue file '{bad}' is not valid JSON (line 1" in message
    assert not os.path.exists(out)
    assert accepted(ALG, dict(p, NUMERATOR="nichtdeutsche", DENOMINATOR="einwohner"))[0]
