"""The provider as QGIS sees it: registration, groups, models, German UI, cheap start-up."""
import os
import subprocess
import sys

import pytest

from tests.conftest import BUILD, SAMPLE_GPKG
from tests.qgis.models import destination_ids, output_id


def test_provider_registered(plugin):
    from qgis.core import QgsApplication

    prov = QgsApplication.processingRegistry().providerById("sozialplanung")
    assert prov is not None
    ids = [a.id() for a in prov.algorithms()]
    assert "sozialplanung:aggregate_counts" in ids
    assert all(i == i.lower() for i in ids)
    alg = QgsApplication.processingRegistry().algorithmById("sozialplanung:aggregate_counts")
    assert alg.group() == "Counts and planning areas" and alg.groupId() == "counts"
    assert alg.canExecute()[0]
    assert os.path.exists(prov.svgIconPath()) and not prov.icon().isNull()
    assert "Install from" not in alg.shortHelpString() and "apportioning" in alg.shortHelpString()
    # every parameter has help text for the toolbox
    assert all(p.help() for p in alg.parameterDefinitions() if not p.isDestination())


def test_frozen_parameter_ids_and_enum(plugin):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("sozialplanung:aggregate_counts")
    names = [p.name() for p in alg.parameterDefinitions()]
    # the frozen ids of issue 3 come first, in order; later options are appended
    assert names[:8] == ["INPUT", "FIELDS", "AREAS", "AREA_ID", "METHOD", "INPUT_KEY", "OUTPUT", "OUTPUT_UNASSIGNED"]
    assert names[8:] == ["MIN_COUNT", "GROUP_FIELDS"]
    opts = alg.parameterDefinition("METHOD").options()
    assert len(opts) == 4 and opts[0] == "By key field" and "largest overlap" in opts[2]


def test_runs_inside_a_model(run, tmp_path):
    """A model with aggregate_counts as child, saved as .model3 and loaded again (as the modeler does)."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsVectorLayer,
    )

    model = QgsProcessingModelAlgorithm("Einwohner je Sozialraum", "Sozialbericht")
    model.addModelParameter(QgsProcessingParameterFeatureSource("addresses", "Adressen"),
                            QgsProcessingModelParameter("addresses"))
    model.addModelParameter(QgsProcessingParameterFeatureSource("areas", "Sozialräume"),
                            QgsProcessingModelParameter("areas"))
    child = QgsProcessingModelChildAlgorithm("sozialplanung:aggregate_counts")
    child.setChildId("aggregate")
    child.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("addresses")])
    child.addParameterSources("AREAS", [QgsProcessingModelChildParameterSource.fromModelParameter("areas")])
    child.addParameterSources("AREA_ID", [QgsProcessingModelChildParameterSource.fromStaticValue("sozialraum_id")])
    child.addParameterSources("FIELDS", [QgsProcessingModelChildParameterSource.fromStaticValue(["ew_gesamt"])])
    child.addParameterSources("METHOD", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    out = QgsProcessingModelOutput("result", "Ergebnis")
    out.setChildOutputName("OUTPUT")
    child.setModelOutputs({"result": out})
    model.addChildAlgorithm(child)
    path = str(tmp_path / "m.model3")
    assert model.toFile(path)
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(path)
    loaded.initAlgorithm({})
    result_id = output_id(loaded, "aggregate:result", "ergebnis")
    assert destination_ids(loaded) == [result_id]
    target = str(tmp_path / "model_out.gpkg")
    res = run(loaded, {"addresses": f"{SAMPLE_GPKG}|layername=adressen_2025",
                       "areas": f"{SAMPLE_GPKG}|layername=sozialraeume",
                       result_id: target})
    from osgeo import ogr

    lyr = QgsVectorLayer(res[result_id], "r", "ogr")
    assert lyr.isValid()
    feats = list(lyr.getFeatures())
    total = sum(f["ew_gesamt"] for f in feats)

    ds = ogr.Open(SAMPLE_GPKG)  # keep the data source alive while its layer is read
    expected = sum(f.GetField("ew_gesamt") for f in ds.GetLayerByName("adressen_2025"))
    assert lyr.featureCount() == 12 and total == expected


def test_german_translation(plugin, run):
    from qgis.core import QgsApplication, QgsProcessingException, QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from sozialplanung_plugin.translation import install_translator

    settings = QgsSettings()
    old = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "de_DE")
    translator = install_translator()
    try:
        assert translator is not None
        alg = QgsApplication.processingRegistry().algorithmById("sozialplanung:aggregate_counts")
        assert alg.displayName() == "Zählwerte auf Planungsräume aggregieren"
        assert alg.group() == "Zählwerte und Planungsräume"
        with pytest.raises(QgsProcessingException) as e:
            run("sozialplanung:aggregate_counts",
                {"INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
                 "AREA_ID": "nope", "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
        assert "hat kein Feld 'nope'" in str(e.value)
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        settings.setValue("locale/userLocale", old)
    assert alg.displayName() == "Aggregate counts to planning areas"


def test_startup_does_not_import_heavy_modules():
    """Loading the provider must not import the core maths, the readers or pandas (lazy imports)."""
    code = (
        f"import sys; sys.path.insert(0, {BUILD!r})\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "import sozialplanung_plugin\n"
        "p = sozialplanung_plugin.classFactory(None); p.initProcessing()\n"
        "assert QgsApplication.processingRegistry().providerById('sozialplanung') is not None\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sozialplanung_plugin.core',\n"
        "      'sozialplanung_plugin.processing.convert', 'sozialplanung_plugin.processing.overlay', 'pandas'))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_missing_dependency_gives_clear_message(plugin, monkeypatch):
    """Simulate a QGIS without scipy: the provider still loads, logs it, and algorithms refuse politely."""
    from qgis.core import QgsApplication

    from sozialplanung_plugin.processing import base, provider
    from sozialplanung_plugin.processing.algorithms.aggregate_counts import AggregateCounts

    monkeypatch.setattr(base, "REQUIRED_MODULES", ("numpy", "pandas", "scipy", "no_such_module_xyz"))
    monkeypatch.setattr(AggregateCounts, "REQUIRES", ("numpy", "no_such_module_xyz"))
    messages = []
    QgsApplication.messageLog().messageReceived.connect(lambda m, tag, level: messages.append((tag, m)))
    prov = provider.SozialplanungProvider()
    prov.loadAlgorithms()
    algs = {a.name(): a for a in prov.algorithms()}
    assert "aggregate_counts" in algs and "compute_indicators" in algs
    ok, message = algs["aggregate_counts"].canExecute()
    assert not ok and "no_such_module_xyz" in message
    QgsApplication.processEvents()
    assert any(tag == "Sozialplanung" and "no_such_module_xyz" in m for tag, m in messages)
