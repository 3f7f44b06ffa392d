"""The social index from the shell: qgis_process --json with the published Berlin MSS 2019 table."""
import os

import pandas as pd
from osgeo import ogr

from tests.conftest import DATA
from tests.qgis.layers import write_layer


def _mss2019(tmp_path):
    d = pd.read_csv(os.path.join(DATA, "reference", "mss", "mss2019_plr_inputs_and_published_classes.csv"),
                    dtype={"plr_id": str})
    cols = ["s1", "s3", "s4", "d1", "d3", "d4"]
    rows = [(r.plr_id, None if pd.isna(r.ew) else int(r.ew),
             *[None if pd.isna(getattr(r, c)) else float(getattr(r, c)) for c in cols]) for r in d.itertuples()]
    path = write_layer(str(tmp_path / "mss2019.gpkg"), "mss2019", [],
                       [("plr_id", "str"), ("ew", "int")] + [(c, "real") for c in cols], rows)
    return path, d


def test_status_dynamics_index_german_json(qgis_process, tmp_path):
    """German UI: default labels hoch … sehr niedrig; every published class of 2019 (not-rated PLR named as
    outliers because the report's population test covers the whole period)."""
    lyr, d = _mss2019(tmp_path)
    out = str(tmp_path / "sdi.gpkg")
    not_rated = d.loc[d.rated == 0, "plr_id"].tolist()
    populated = [k for k in not_rated if d.set_index("plr_id").loc[k, "ew"] >= 300]
    args = ["--json", "run", "sozialplanung:status_dynamics_index", "--", f"INPUT={lyr}", "ID_FIELD=plr_id",
            "STATUS_FIELDS=s1", "STATUS_FIELDS=s3", "STATUS_FIELDS=s4", "DYNAMICS_FIELDS=d1",
            "DYNAMICS_FIELDS=d3", "DYNAMICS_FIELDS=d4", "POPULATION_FIELD=ew", "MIN_POPULATION=300",
            f"EXCLUDE_IDS={','.join(populated)}", f"OUTPUT={out}"]
    proc = qgis_process(*args, locale="de")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.json["results"]["OUTPUT"] == out
    ds = ogr.Open(out)           # keep the data source referenced while its layer is read
    got = {f.GetField("plr_id"): (f.GetField("status_class"), f.GetField("status_label"), f.GetField("sdi"))
           for f in ds.GetLayer(0)}
    labels = {1: "hoch", 2: "mittel", 3: "niedrig", 4: "sehr niedrig"}
    for r in d[d.rated == 1].itertuples():
        assert got[r.plr_id] == (r.pub_status_class_code, labels[r.pub_status_class_code], r.pub_sdi_code)
    assert all(got[k] == (None, "nicht bewertet", "nicht bewertet") for k in not_rated)
    assert any(m.startswith("Gebiete je Klasse: 1 hoch = 67, 2 mittel = 283") for m in proc.json["log"]["info"])


def test_geometric_mean_on_z_scores_is_a_clear_message(qgis_process, tmp_path):
    lyr, _ = _mss2019(tmp_path)
    proc = qgis_process("run", "sozialplanung:composite_index", "--", f"INPUT={lyr}", "ID_FIELD=plr_id",
                        "FIELDS=s1", "FIELDS=s3", "AGGREGATION=2", "POPULATION_FIELD=ew",
                        f"OUTPUT={tmp_path / 'x.gpkg'}")
    text = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "The geometric mean needs values >= 0" in text and "Traceback" not in text


def test_population_in_reach_json_along_the_network(qgis_process, tmp_path):
    """Scripted as a planner would: --json, the network distance, per Sozialraum; sums checked with OGR."""
    from tests.conftest import SAMPLE_GPKG

    areas = str(tmp_path / "areas.gpkg")
    proc = qgis_process("--json", "run", "sozialplanung:population_in_reach", "--",
                        f"FACILITIES={SAMPLE_GPKG}|layername=spielplaetze", "FACILITY_ID=spielplatz_id",
                        f"POPULATION={SAMPLE_GPKG}|layername=adressen_2025", "POPULATION_FIELDS=ew_0_2",
                        f"AREAS={SAMPLE_GPKG}|layername=sozialraeume", "AREA_ID=sozialraum_id", "MODE=1",
                        f"NETWORK={SAMPLE_GPKG}|layername=strassen", "DISTANCES=300,500", "MAX_SNAP=100",
                        f"OUTPUT_AREAS={areas}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.json["results"]["OUTPUT_AREAS"] == areas
    assert any("Distances are measured in metres in EPSG:25832." in m for m in proc.json["log"]["info"])
    ds = ogr.Open(areas)
    rows = [(f.GetField("band_m"), f.GetField("ew_0_2_total"), f.GetField("ew_0_2_reached"))
            for f in ds.GetLayer(0)]
    src = ogr.Open(SAMPLE_GPKG)
    total = sum(f.GetField("ew_0_2") for f in src.GetLayerByName("adressen_2025"))
    assert sum(t for b, t, _ in rows if b == 300) == total
    r300, r500 = (sum(r for b, _, r in rows if b == band) for band in (300, 500))
    assert 0 < r300 <= r500 <= total


def test_shipped_model_makes_the_sozialatlas(qgis_process, tmp_path):
    """The whole yearly chain in one qgis_process call: the shipped model, the PDF with one page per area."""
    import shutil
    import subprocess

    from tests.conftest import SAMPLE_GPKG

    pdf = str(tmp_path / "sozialatlas.pdf")
    proc = qgis_process("--json", "run", "sozialplanung:sozialbericht_grundauswertung", "--",
                        f"adressen_neu={SAMPLE_GPKG}|layername=adressen_2025",
                        f"adressen_alt={SAMPLE_GPKG}|layername=adressen_2023",
                        f"sozialraeume={SAMPLE_GPKG}|layername=sozialraeume", "sozialraum_schluessel=sozialraum_id",
                        "sozialraum_name=name", f"spielplaetze={SAMPLE_GPKG}|layername=spielplaetze",
                        "spielplatz_schluessel=spielplatz_id", f"strassen={SAMPLE_GPKG}|layername=strassen",
                        "entfernung=400", "jahr_neu=2025", "jahr_alt=2023", "titel=Sozialatlas Musterstadt",
                        f"sozialatlas:sozialatlas_pdf={pdf}", "index:sozialindex=TEMPORARY_OUTPUT", timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert proc.json["results"]["sozialatlas:sozialatlas_pdf"] == pdf
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        assert "Pages:           14" in info           # cover, 12 Sozialräume, the table of all areas
        text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", pdf, "-"], capture_output=True, text=True).stdout
        assert "0101" in text and "Altstadt-Nord" in text
