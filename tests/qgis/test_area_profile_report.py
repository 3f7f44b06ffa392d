"""area_profile_report: the Sozialatlas PDF — pages, text per page against values read independently, bad input."""
import os
import shutil
import subprocess

import pytest
from osgeo import ogr

from tests.conftest import BUILD, SAMPLE_GPKG
from tests.qgis.layers import write_layer

ALG = "sozialplanung:area_profile_report"
IND = ["sgb2_quote", "auslaenderanteil", "alleinerziehendenanteil"]
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (make deps)")


@pytest.fixture(scope="module")
def indicators(plugin, tmp_path_factory):
    import processing

    out = str(tmp_path_factory.mktemp("rep") / "ind.gpkg")
    counts = processing.run("sozialplanung:aggregate_counts", {
        "INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
        "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    processing.run("sozialplanung:compute_indicators", {
        "INPUT": counts, "AREA_ID": "sozialraum_id", "INDICATORS": ",".join(IND), "MIN_COUNT": 3,
        "OUTPUT": out})
    return out


def _pages(pdf):
    n = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
                 .stdout.splitlines() if line.startswith("Pages:")))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True,
                           text=True).stdout for p in range(1, n + 1)]


@needs_poppler
def test_pdf_pages_and_text(run, indicators, tmp_path):
    pdf = str(tmp_path / "atlas.pdf")
    table = str(tmp_path / "anhang.csv")
    res = run(ALG, {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "NAME_FIELD": "name", "FIELDS": IND,
                    "TITLE": "Sozialatlas Musterstadt", "OUTPUT": pdf, "OUTPUT_TABLE": table})
    assert res["OUTPUT"] == pdf
    ds = ogr.Open(indicators)
    areas = sorted(((f.GetField("sozialraum_id"), f.GetField("name"), [f.GetField(n) for n in IND])
                    for f in ds.GetLayer(0)), key=lambda r: r[0])
    pages = _pages(pdf)
    assert len(pages) == 1 + len(areas) + 1               # cover, one page per area, the table of all areas
    assert "Sozialatlas Musterstadt" in pages[0]
    for text, (key, name, values) in zip(pages[1:-1], areas):
        assert f"{key} {name}" in text
        for v in values:                                   # values as published (1 decimal), or 'geheim'
            assert ("geheim" if v is None else f"{v:.1f}") in text
    assert all(key in pages[-1] for key, _, _ in areas)
    with open(table, encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    assert len(rows) == 1 + len(areas) and "sgb2_quote_flag" in rows[0]


@needs_poppler
def test_rendered_page_is_not_blank(run, indicators, tmp_path):
    from qgis.PyQt.QtGui import QColor, QImage

    pdf = str(tmp_path / "atlas.pdf")
    run(ALG, {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "FIELDS": IND, "OUTPUT": pdf})
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "2", "-l", "2", pdf, str(tmp_path / "p")], check=True)
    png = next(p for p in os.listdir(tmp_path) if p.startswith("p") and p.endswith(".png"))
    img = QImage(str(tmp_path / png))
    reds = sum(1 for x in range(0, img.width(), 3) for y in range(0, img.height() // 2, 3)
               if QColor(img.pixel(x, y)).name() == "#d7191c")
    assert reds > 20                                       # the page's own area is drawn in red


@needs_poppler
def test_table_without_geometry_still_reports(run, tmp_path):
    lyr = write_layer(str(tmp_path / "t.gpkg"), "t", [], [("key", "str"), ("a", "real"), ("b", "real")],
                      [("A", 1.0, 5.0), ("B", 2.0, None), ("C", 3.0, 7.0)])
    pdf = str(tmp_path / "t.pdf")
    run(ALG, {"INPUT": lyr, "ID_FIELD": "key", "FIELDS": ["a", "b"], "OUTPUT": pdf})
    pages = _pages(pdf)
    assert len(pages) == 5 and "geheim" in pages[2]


@pytest.mark.parametrize("kw,message", [
    (dict(FIELDS=["nope"]), "has no field 'nope'"),
    (dict(ID_FIELD="nope"), "has no field 'nope'"),
])
def test_bad_input(run, indicators, tmp_path, kw, message):
    from qgis.core import QgsProcessingException

    params = {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "FIELDS": IND, "OUTPUT": str(tmp_path / "x.pdf")}
    params.update(kw)
    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, params)


def test_broken_template_and_all_null(run, indicators, tmp_path):
    from qgis.core import QgsProcessingException

    bad = tmp_path / "broken.qpt"
    bad.write_text("<Layout><not closed", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="is not a valid .qpt"):
        run(ALG, {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "FIELDS": IND, "LAYOUT_TEMPLATE": str(bad),
                  "OUTPUT": str(tmp_path / "x.pdf")})
    lyr = write_layer(str(tmp_path / "n.gpkg"), "n", [], [("key", "str"), ("a", "real")], [("A", None), ("B", None)])
    with pytest.raises(QgsProcessingException, match="all chosen indicators are NULL"):
        run(ALG, {"INPUT": lyr, "ID_FIELD": "key", "FIELDS": ["a"], "OUTPUT": str(tmp_path / "y.pdf")})


def _check(params):
    """checkParameterValues as the dialog and processing.run call it before a run."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    return alg.checkParameterValues(params, context)


def test_parameter_checks_refuse_before_a_run(run, indicators, tmp_path):
    from qgis.core import QgsProcessingException

    pdf = str(tmp_path / "x.pdf")
    good = {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "FIELDS": IND, "OUTPUT": pdf}
    assert _check(good) == (True, "")
    broken = tmp_path / "broken.qpt"
    broken.write_text("<Layout><not closed", encoding="utf-8")
    own = str(tmp_path / "own.qpt")
    shutil.copy(os.path.join(BUILD, "sozialplanung_plugin", "resources", "templates", "sozialatlas.qpt"), own)
    csv_input = tmp_path / "areas.csv"
    csv_input.write_text("key;a\nA;1\nB;2\n", encoding="utf-8")
    for change, message in [
        (dict(LAYOUT_TEMPLATE=str(tmp_path / "missing.qpt")), "Cannot read the layout template"),
        (dict(LAYOUT_TEMPLATE=str(broken)), "is not a valid .qpt"),
        (dict(OUTPUT_TABLE=pdf), "The output 'Table of all areas' would overwrite 'Sozialatlas (PDF)'"),
        (dict(LAYOUT_TEMPLATE=own, OUTPUT=own), "The output 'Sozialatlas (PDF)' would overwrite 'Layout template "
                                                "(.qpt)'"),
        (dict(INPUT=f"{csv_input}|layername=areas", ID_FIELD="key", FIELDS=["a"], OUTPUT_TABLE=str(csv_input)),
         "The output 'Table of all areas' would overwrite 'Indicators per area'"),
    ]:
        ok, text = _check({**good, **change})
        assert not ok and message in text
        with pytest.raises(QgsProcessingException, match="Unable to execute algorithm"):
            run(ALG, {**good, **change})
        assert not os.path.exists(pdf)                      # refused before anything was written
    assert csv_input.read_text(encoding="utf-8").startswith("key;a")
    assert _check({**good, "LAYOUT_TEMPLATE": own, "OUTPUT_TABLE": str(tmp_path / "x.csv")}) == (True, "")


@needs_poppler
def test_total_row_flags_and_class_labels(run, tmp_path):
    """The town's total row is the reference, not a page; notes from the flag field; the class label."""
    lyr = write_layer(str(tmp_path / "t.gpkg"), "t", [],
                      [("key", "str"), ("a", "real"), ("b", "real"), ("B_FLAG", "str"), ("index_label", "str")],
                      [("A", 1.0, 5.0, "small_population,unreliable", "hoch"), ("B", 2.0, None, None, None),
                       ("C", 3.0, 7.0, "", "niedrig"), ("Gesamt", 2.5, 6.5, None, None)])
    pdf = str(tmp_path / "t.pdf")
    run(ALG, {"INPUT": lyr, "ID_FIELD": "key", "FIELDS": ["a", "b"], "OUTPUT": pdf})
    pages = [text.replace("\ufb01", "fi") for text in _pages(pdf)]     # pdftotext keeps the ligature
    assert len(pages) == 5 and "Gesamt" not in pages[-1]      # cover, A, B, C, the table
    assert "Class: hoch" in pages[1] and "unreliable (wide confidence interval): b" in pages[1]
    assert "2.5" in pages[1] and "6.5" in pages[1]            # the references are the total row's values
    assert "confidential (suppressed, not 0): b" in pages[2] and "Class" not in pages[2]


def test_area_keys_must_be_unique(run, tmp_path):
    from qgis.core import QgsProcessingException

    lyr = write_layer(str(tmp_path / "d.gpkg"), "d", [], [("key", "str"), ("a", "real")], [("A", 1.0), ("A", 2.0)])
    with pytest.raises(QgsProcessingException, match="the area key 'A' occurs more than once"):
        run(ALG, {"INPUT": lyr, "ID_FIELD": "key", "FIELDS": ["a"], "OUTPUT": str(tmp_path / "d.pdf")})
    assert not os.path.exists(tmp_path / "d.pdf")
