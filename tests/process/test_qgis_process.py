"""The plugin as a shell user meets it: qgis_process --json run sozialplanung:..."""
import pytest
from osgeo import ogr

from tests.conftest import SAMPLE_GPKG


def test_provider_is_listed(qgis_process):
    proc = qgis_process("list")
    assert proc.returncode == 0, proc.stderr
    assert "sozialplanung:aggregate_counts" in proc.stdout
    assert "Aggregate counts to planning areas" in proc.stdout


def test_run_json_returns_right_sums(qgis_process, tmp_path):
    out = str(tmp_path / "sr.gpkg")
    proc = qgis_process("--json", "run", "sozialplanung:aggregate_counts", "--",
                        f"INPUT={SAMPLE_GPKG}|layername=adressen_2025", "FIELDS=ew_gesamt", "FIELDS=sgb2_nef_u15",
                        f"AREAS={SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID=sozialraum_id",
                        "METHOD=0", "INPUT_KEY=sozialraum_id", f"OUTPUT={out}")
    assert proc.returncode == 0, proc.stderr
    assert proc.json["results"]["OUTPUT"] == out
    assert any("✓" in line for line in proc.json["log"]["info"])
    # independent: OGR SQL GROUP BY on the source table
    ds = ogr.Open(SAMPLE_GPKG)
    sql = ds.ExecuteSQL("SELECT sozialraum_id, SUM(ew_gesamt) AS ew, SUM(sgb2_nef_u15) AS nef "
                        "FROM adressen_2025 GROUP BY sozialraum_id")
    expected = {f.GetField(0): (f.GetField(1), f.GetField(2)) for f in sql}
    ds.ReleaseResultSet(sql)
    res = ogr.Open(out)
    got = {f.GetField("sozialraum_id"): (f.GetField("ew_gesamt"), f.GetField("sgb2_nef_u15"))
           for f in res.GetLayer(0)}
    assert got == expected and len(got) == 12


def test_bad_input_gives_message_not_traceback(qgis_process, tmp_path):
    proc = qgis_process("--json", "run", "sozialplanung:aggregate_counts", "--",
                        f"INPUT={SAMPLE_GPKG}|layername=adressen_2025", "FIELDS=ew_gesamt",
                        f"AREAS={SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID=nope",
                        "METHOD=1", f"OUTPUT={tmp_path / 'x.gpkg'}")
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "has no field 'nope'" in text
    assert "Traceback" not in text


def test_german_locale(qgis_process, tmp_path):
    proc = qgis_process("help", "sozialplanung:aggregate_counts", locale="de")
    assert proc.returncode == 0, proc.stderr
    assert "Zählwerte auf Planungsräume aggregieren" in proc.stdout
    bad = qgis_process("run", "sozialplanung:aggregate_counts", "--",
                       f"INPUT={SAMPLE_GPKG}|layername=adressen_2025", "FIELDS=ew_gesamt",
                       f"AREAS={SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID=nope",
                       "METHOD=1", f"OUTPUT={tmp_path / 'x.gpkg'}", locale="de")
    assert bad.returncode != 0
    assert "hat kein Feld 'nope'" in bad.stdout + bad.stderr


@pytest.mark.parametrize("method", ["2", "3"])
def test_blocks_by_overlap(qgis_process, tmp_path, method):
    out = str(tmp_path / f"b{method}.gpkg")
    proc = qgis_process("--json", "run", "sozialplanung:aggregate_counts", "--",
                        f"INPUT={SAMPLE_GPKG}|layername=baubloecke", "FIELDS=ew_gesamt",
                        f"AREAS={SAMPLE_GPKG}|layername=stadtteile", "AREA_ID=stadtteil_id",
                        f"METHOD={method}", f"OUTPUT={out}")
    assert proc.returncode == 0, proc.stderr
    ds = ogr.Open(SAMPLE_GPKG)
    sql = ds.ExecuteSQL("SELECT stadtteil_id, SUM(ew_gesamt) FROM baubloecke GROUP BY stadtteil_id")
    expected = {f.GetField(0): f.GetField(1) for f in sql}
    ds.ReleaseResultSet(sql)
    res = ogr.Open(out)
    got = {f.GetField("stadtteil_id"): f.GetField("ew_gesamt") for f in res.GetLayer(0)}
    assert got == pytest.approx(expected)


def test_compute_indicators_json(qgis_process, tmp_path):
    """The Kennzahlen step as a script would run it, checked against OGR sums and Decimal rounding."""
    from decimal import ROUND_HALF_UP, Decimal

    sr = str(tmp_path / "sr.gpkg")
    proc = qgis_process("run", "sozialplanung:aggregate_counts", "--",
                        f"INPUT={SAMPLE_GPKG}|layername=adressen_2025",
                        f"AREAS={SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID=sozialraum_id", "METHOD=1",
                        f"OUTPUT={sr}")
    assert proc.returncode == 0, proc.stderr
    out = str(tmp_path / "ind.gpkg")
    proc = qgis_process("--json", "run", "sozialplanung:compute_indicators", "--", f"INPUT={sr}",
                        "AREA_ID=sozialraum_id", "INDICATORS=auslaenderanteil", "REFERENCE_DATE=31.12.2025",
                        f"OUTPUT={out}")
    assert proc.returncode == 0, proc.stderr
    assert proc.json["results"]["OUTPUT"] == out
    ds = ogr.Open(SAMPLE_GPKG)
    sql = ds.ExecuteSQL("SELECT sozialraum_id, SUM(auslaender), SUM(ew_gesamt) FROM adressen_2025 "
                        "GROUP BY sozialraum_id")
    expected = {f.GetField(0): float((Decimal(f.GetField(1)) * 100 / Decimal(f.GetField(2)))
                                     .quantize(Decimal("0.1"), ROUND_HALF_UP)) for f in sql}
    ds.ReleaseResultSet(sql)
    res = ogr.Open(out)
    got = {f.GetField("sozialraum_id"): f.GetField("auslaenderanteil") for f in res.GetLayer(0)}
    assert got == expected
    assert res.GetLayerByName("sozialplanung_recipe").GetFeatureCount() == 1
