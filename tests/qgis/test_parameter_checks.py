"""Parameter-only checks refuse in checkParameterValues, so that the dialog (and processing.run) refuse
before a layer is read; valid parameters pass."""
import pytest

from tests.qgis.layers import _square, write_layer


@pytest.fixture(scope="module")
def areas(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("checks") / "a.gpkg")
    rows = [("A", 2.0, 1.0, 900), ("B", 4.0, 3.0, 800), ("C", 6.0, 2.0, 700)]
    return write_layer(path, "a", [_square(10 * k, 0, 10 * k + 9, 9) for k in range(3)],
                       [("key", "str"), ("x1", "real"), ("x2", "real"), ("ew", "int")], rows)


def check(alg_id, params):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return alg.checkParameterValues(params, context)


INDEX = {"ID_FIELD": "key", "FIELDS": ["x1", "x2"], "OUTPUT": "TEMPORARY_OUTPUT"}


@pytest.mark.parametrize("alg_id", ["sozialplanung:composite_index", "sozialplanung:index_sensitivity"])
@pytest.mark.parametrize("extra, message", [
    (dict(WEIGHTS="1,2,3"), "3 weights for 2 indicator fields (x1, x2)"),
    (dict(WEIGHTS="1,x"), "'x' in weights is not a number"),
    (dict(WEIGHTS="1,-1"), "The weight of 'x2' is negative"),
    (dict(BREAKS="1,-1"), "The breaks must increase"),
    (dict(BREAKS="", CLASSIFICATION=0), "need the breaks"),
    (dict(CLASS_LABELS="a,b"), "2 class labels for 4 classes"),
    (dict(CLASSIFICATION=1, CLASSES=3, CLASS_LABELS="a,b"), "2 class labels for 3 classes"),
    (dict(GOALPOSTS="1", NORMALISATION=5), "1 reference values/goalposts for 2 fields"),
    (dict(EXCLUDE_EXPRESSION="\"ew\" <"), "is not valid"),
])
def test_index_parameters_refused_before_a_run(plugin, areas, alg_id, extra, message):
    ok, text = check(alg_id, dict(INDEX, INPUT=areas, **extra))
    assert not ok and message in text


@pytest.mark.parametrize("alg_id", ["sozialplanung:composite_index", "sozialplanung:index_sensitivity"])
def test_valid_index_parameters_pass(plugin, areas, alg_id):
    assert check(alg_id, dict(INDEX, INPUT=areas, WEIGHTS="2,1", CLASS_LABELS="a,b,c,d")) == (True, "")
    assert check(alg_id, dict(INDEX, INPUT=areas, CLASSIFICATION=5, CLASS_LABELS="ignored")) == (True, "")
    # weights from the first principal component: given weights are not used, so their count does not matter
    assert check(alg_id, dict(INDEX, INPUT=areas, WEIGHTING=1, WEIGHTS="1,2,3")) == (True, "")


@pytest.mark.parametrize("extra, message", [
    (dict(STATUS_BREAKS="1,0"), "The breaks must increase"),
    (dict(DYNAMICS_BREAKS="1,x"), "'x' in breaks is not a number"),
    (dict(STATUS_LABELS="a,b"), "2 class labels for 4 classes"),
    (dict(EXCLUDE_EXPRESSION="\"ew\" <"), "is not valid"),
])
def test_status_dynamics_parameters_refused(plugin, areas, extra, message):
    params = dict(INPUT=areas, ID_FIELD="key", STATUS_FIELDS=["x1"], DYNAMICS_FIELDS=["x2"],
                  OUTPUT="TEMPORARY_OUTPUT", **extra)
    ok, text = check("sozialplanung:status_dynamics_index", params)
    assert not ok and message in text
    params.update({k: None for k in extra})
    assert check("sozialplanung:status_dynamics_index", params) == (True, "")


@pytest.mark.parametrize("extra, message", [
    (dict(WEIGHTS="1"), "1 weights for 2 indicator fields"),
    (dict(TOLERANCES="1,2,3"), "3 tolerance bands for 2 indicator fields"),
    (dict(TOLERANCES="1,abc"), "'abc' in the tolerance bands is not a number"),
])
def test_similar_areas_parameters_refused(plugin, areas, extra, message):
    params = dict(INPUT=areas, ID_FIELD="key", FIELDS=["x1", "x2"], REFERENCE_ID="A", OUTPUT="TEMPORARY_OUTPUT",
                  **extra)
    ok, text = check("sozialplanung:similar_areas", params)
    assert not ok and message in text


def test_similar_areas_tolerances_only_matter_with_a_reference(plugin, areas):
    params = dict(INPUT=areas, ID_FIELD="key", FIELDS=["x1", "x2"], TOLERANCES="1,2,3", OUTPUT="TEMPORARY_OUTPUT")
    assert check("sozialplanung:similar_areas", params) == (True, "")


def test_processing_run_stops_at_the_check(plugin, areas, run):
    """processing.run refuses with the check's message (the layer is never read)."""
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="The breaks must increase"):
        run("sozialplanung:composite_index", dict(INDEX, INPUT=areas, BREAKS="2,1"))
