"""sozialplanung:indicator_change on two reference dates of the sample town."""
import pytest
from osgeo import ogr

from tests.conftest import SAMPLE_GPKG
from tests.qgis.layers import features

IND = "sgb2_quote,auslaenderanteil"


@pytest.fixture(scope="module")
def two_dates(plugin, tmp_path_factory):
    """Indicators per Sozialraum for 2023 (without Sozialraum 0403) and 2025, as separate GeoPackages."""
    import processing

    d = tmp_path_factory.mktemp("chg")
    paths = {}
    for year in (2023, 2025):
        sr = str(d / f"sr_{year}.gpkg")
        processing.run("sozialplanung:aggregate_counts", {
            "INPUT": f"{SAMPLE_GPKG}|layername=adressen_{year}", "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
            "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": sr})
        if year == 2023:   # a boundary change: one area did not exist at the first date
            from qgis.core import QgsVectorLayer

            lyr = QgsVectorLayer(sr, "x", "ogr")
            lyr.setSubsetString("sozialraum_id <> '0403'")
            sr_sub = str(d / "sr_2023_sub.gpkg")
            processing.run("native:savefeatures", {"INPUT": lyr, "OUTPUT": sr_sub})
            sr = sr_sub
        out = str(d / f"indikatoren_{year}.gpkg")
        processing.run("sozialplanung:compute_indicators", {"INPUT": sr, "AREA_ID": "sozialraum_id",
                                                           "INDICATORS": IND, "OUTPUT": out})
        paths[year] = out
    return paths


def _values(path, field):
    ds = ogr.Open(path)
    return {f.GetField("sozialraum_id"): f.GetField(field) for f in ds.GetLayer(0)}


def test_long_layout_from_merged_layers(run, two_dates):
    merged = run("native:mergevectorlayers", {"LAYERS": [two_dates[2023], two_dates[2025]],
                                              "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    res = run("sozialplanung:indicator_change", {"INPUT": merged, "AREA_ID": "sozialraum_id", "MODE": 1,
                                                 "FIELDS": ["sgb2_quote", "auslaenderanteil"], "DATE_FIELD": "layer",
                                                 "DECIMALS": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    got = features(res["OUTPUT"], "sozialraum_id")
    before, after = _values(two_dates[2023], "sgb2_quote"), _values(two_dates[2025], "sgb2_quote")
    assert len(got) == 12
    for key, v in got.items():
        if key == "0403":
            assert v["sgb2_quote_abs_2023_2025"] is None or not v["sgb2_quote_abs_2023_2025"]
            assert v["sgb2_quote_chg_flag"] == "not_present"
            continue
        assert v["sgb2_quote_abs_2023_2025"] == pytest.approx(round(after[key] - before[key], 1), abs=1e-9)
        assert v["sgb2_quote_rel_2023_2025"] == pytest.approx(
            float(f"{(after[key] - before[key]) / before[key] * 100:.1f}"), abs=0.051)
    assert got["0101"]["sgb2_quote_chg_flag"] in (None, "") or not got["0101"]["sgb2_quote_chg_flag"]


def test_wide_layout_and_suppressed_values(run, tmp_path):
    from tests.qgis.layers import write_layer

    table = write_layer(str(tmp_path / "w.gpkg"), "w", [], [("k", "str"), ("q_2021", "real"), ("q_2023", "real"),
                                                           ("q_2025", "real")],
                        [("01", 10.0, 12.0, 15.0), ("02", 5.0, None, 6.0)], gtype=ogr.wkbNone)
    res = run("sozialplanung:indicator_change", {"INPUT": table, "AREA_ID": "k", "MODE": 0,
                                                 "FIELDS": ["q_2021", "q_2023", "q_2025"],
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    got = features(res["OUTPUT"], "k")
    assert got["01"]["q_abs_2021_2025"] == 5.0 and got["01"]["q_trend_2021_2025"] == 1.25
    assert got["01"]["q_trendrel_2021_2025"] == 12.5 and got["01"]["q_rel_2021_2025"] == 50.0
    assert not got["02"]["q_abs_2021_2025"] and got["02"]["q_chg_flag"] == "suppressed"


def test_wide_field_without_year_is_explained(run, tmp_path):
    from qgis.core import QgsProcessingException

    from tests.qgis.layers import write_layer

    table = write_layer(str(tmp_path / "w.gpkg"), "w", [], [("k", "str"), ("q_2021", "real"), ("quote", "real")],
                        [("01", 1.0, 2.0)], gtype=ogr.wkbNone)
    with pytest.raises(QgsProcessingException) as e:
        run("sozialplanung:indicator_change", {"INPUT": table, "AREA_ID": "k", "MODE": 0,
                                               "FIELDS": ["q_2021", "quote"], "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "'quote'" in str(e.value) and "does not end with a year" in str(e.value)


def test_parameters_alone_are_checked_before_the_run(refused, accepted, tmp_path):
    import os

    from tests.qgis.layers import write_layer

    fields = [("k", "str"), ("q_2021", "real"), ("q_2023", "real"), ("year", "int")]
    table = write_layer(str(tmp_path / "w.gpkg"), "w", [], fields, [("01", 1.0, 2.0, 2021)], gtype=ogr.wkbNone)
    out = str(tmp_path / "never.gpkg")
    p = {"INPUT": table, "AREA_ID": "k", "FIELDS": ["q_2021", "q_2023"], "OUTPUT": out}
    message, run_message = refused("sozialplanung:indicator_change", dict(p, MODE=1))
    assert message == "The long layout needs the date field." and message in run_message
    message, _ = refused("sozialplanung:indicator_change", dict(p, MODE=0, FIELDS=["q_2021"]))
    assert message == "Indicator 'q' has a field for 2021 only: a change needs two dates."
    message, _ = refused("sozialplanung:indicator_change", dict(p, MODE=0, FIELDS=["q_2021", "year"]))
    assert "the field 'year' does not end with a year" in message
    assert not os.path.exists(out)
    assert accepted("sozialplanung:indicator_change", dict(p, MODE=1, FIELDS=["q_2021"], DATE_FIELD="year"))[0]
