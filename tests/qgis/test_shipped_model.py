"""The shipped model "Sozialbericht – Grundauswertung": its parameter and output ids are a contract (README,
scripts/demo.py, qgis_process calls) and are the same on every QGIS version — also in a model that
`make model` (scripts/make_model.py) writes on QGIS 3.40/3.44, which would otherwise name the outputs after
their descriptions (see tests/qgis/models.py)."""
import os
import subprocess
import sys

from tests.conftest import REPO
from tests.qgis.models import destination_ids, internal_version

MODEL_ID = "sozialplanung:sozialbericht_grundauswertung"
INPUT_IDS = ["adressen_alt", "adressen_neu", "entfernung", "jahr_alt", "jahr_neu", "sozialraeume",
             "sozialraum_name", "sozialraum_schluessel", "spielplaetze", "spielplatz_schluessel", "strassen",
             "titel"]
OUTPUT_IDS = ["index:sozialindex", "sozialatlas:sozialatlas_pdf"]
CHILDREN = {
    "zaehlwerte_neu": "sozialplanung:aggregate_counts", "zaehlwerte_alt": "sozialplanung:aggregate_counts",
    "kennzahlen_neu": "sozialplanung:compute_indicators", "kennzahlen_alt": "sozialplanung:compute_indicators",
    "jahr_neu": "native:fieldcalculator", "jahr_alt": "native:fieldcalculator",
    "zusammen": "native:mergevectorlayers", "veraenderung": "sozialplanung:indicator_change",
    "mit_dynamik": "native:joinattributestable", "index": "sozialplanung:status_dynamics_index",
    "kinder": "native:fieldcalculator", "erreichbarkeit": "sozialplanung:population_in_reach",
    "bericht_daten": "native:joinattributestable", "sozialatlas": "sozialplanung:area_profile_report",
}


def _check_ids(model):
    assert internal_version(model) == "Version1"
    inputs = sorted(p.name() for p in model.parameterDefinitions() if not p.isDestination())
    assert inputs == INPUT_IDS
    assert destination_ids(model) == OUTPUT_IDS
    assert sorted(o.name() for o in model.outputDefinitions()) == OUTPUT_IDS
    assert {cid: child.algorithmId() for cid, child in model.childAlgorithms().items()} == CHILDREN


def test_shipped_model_ids(plugin):
    from qgis.core import QgsApplication

    # a new instance: the registered one was loaded while the provider's own algorithms were being added
    model = QgsApplication.processingRegistry().createAlgorithmById(MODEL_ID)
    assert model is not None
    _check_ids(model)


def test_make_model_writes_the_same_ids(plugin, tmp_path):
    from qgis.core import QgsProcessingModelAlgorithm

    target = str(tmp_path / "sozialbericht_grundauswertung.model3")
    proc = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "make_model.py"), target],
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    made = QgsProcessingModelAlgorithm()
    assert made.fromFile(target)
    _check_ids(made)
