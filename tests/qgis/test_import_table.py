"""sozialplanung:import_table on the sample town's CSV, then straight into compute_indicators."""
import os
from decimal import ROUND_HALF_UP, Decimal

import generate_town as gt

from tests.conftest import DATA
from tests.qgis.layers import features


def test_import_then_indicators(run, tmp_path):
    src = os.path.join(DATA, "sozialraeume_S_2025.csv")
    cp = tmp_path / "windows.csv"
    with open(src, encoding="utf-8") as fh:
        cp.write_bytes(fh.read().encode("cp1252"))
    imported = run("sozialplanung:import_table", {"INPUT": str(cp), "OUTPUT": str(tmp_path / "t.gpkg")})["OUTPUT"]
    rows = features(imported, "Sozialraum")
    truth = {r["sozialraum_id"]: r for r in gt.sozialraum_table(gt.build_town("S"), 2025)}
    assert set(rows) == set(truth)
    assert rows["0101"]["Einwohner insgesamt"] == truth["0101"]["ew_gesamt"]
    assert rows["0102"]["Name"] == "Altstadt-Süd"
    res = run("sozialplanung:compute_indicators", {
        "INPUT": imported, "AREA_ID": "Sozialraum", "NUMERATOR": '"Ausländer"', "DENOMINATOR": '"Einwohner insgesamt"',
        "NAME": "auslaenderanteil", "OUTPUT": "TEMPORARY_OUTPUT"})
    got = features(res["OUTPUT"], "Sozialraum")
    for key, r in truth.items():
        expected = float((Decimal(r["auslaender"]) * 100 / Decimal(r["ew_gesamt"])).quantize(Decimal("0.1"),
                                                                                          ROUND_HALF_UP))
        assert got[key]["auslaenderanteil"] == expected
        # and the office's own published share in the same file agrees
        assert got[key]["auslaenderanteil"] == rows[key]["Ausländeranteil in %"]


def test_ragged_file_message(run, tmp_path):
    import pytest
    from qgis.core import QgsProcessingException

    bad = tmp_path / "bad.csv"
    bad.write_text("a;b\n1;2;3\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as e:
        run("sozialplanung:import_table", {"INPUT": str(bad), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "line 2" in str(e.value) and "separator" in str(e.value)
