"""Headless QGIS with the plugin loaded exactly as QGIS/qgis_process load it:
classFactory(iface) then initProcessing()."""
import os
import shutil
import sys
import tempfile

import pytest

from tests.conftest import BUILD
from tests.qgis.layers import _point, _square, write_layer

_PROFILE = tempfile.mkdtemp(prefix="sozialplanung-qgis-test-")
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = _PROFILE
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, "/usr/share/qgis/python/plugins")
sys.path.insert(0, BUILD)


@pytest.fixture(scope="session")
def qgis_app():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    yield app
    shutil.rmtree(_PROFILE, ignore_errors=True)


@pytest.fixture(scope="session")
def plugin(qgis_app):
    import sozialplanung_plugin

    plug = sozialplanung_plugin.classFactory(None)
    plug.initProcessing()
    yield plug


class Feedback:
    """Collects the algorithm's log for assertions."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class _F(QgsProcessingFeedback):
            def __init__(s):
                super().__init__()
                s.infos, s.warnings = [], []

            def pushInfo(s, m):  # noqa: N802
                s.infos.append(m)

            def pushWarning(s, m):  # noqa: N802
                s.warnings.append(m)

        self.fb = _F()


@pytest.fixture
def feedback(plugin):
    return Feedback().fb


@pytest.fixture
def run(plugin):
    """processing.run with a fresh context; returns the result dict."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    def _run(alg, params, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg, params, context=context, feedback=feedback)

    return _run


@pytest.fixture
def tiny(tmp_path):
    """Three areas (one with a hole), six points, four blocks — see the module doc."""
    path = str(tmp_path / "tiny.gpkg")
    areas = write_layer(path, "areas",
                        [_square(0, 0, 10, 10), _square(10, 0, 20, 10),
                         _square(0, 10, 20, 20, hole=(5, 13, 8, 16))],
                        [("area_key", "str"), ("name", "str")],
                        [("010", "Nord"), ("011", "Süd"), ("020", "Mühlenfeld")])
    points = write_layer(path, "points",
                         [_point(2, 2), _point(12, 5), _point(10, 5), _point(6, 14), _point(15, 15),
                          _point(30, 30)],
                         [("key", "str"), ("ew", "int"), ("kids", "int")],
                         [("010", 10, 2), ("011", 5, 1), ("011", 4, 0), ("020", 3, 0), ("020", 8, None),
                          (None, 2, 0)])
    blocks = write_layer(path, "blocks",
                         [_square(8, 0, 12, 4), _square(1, 1, 9, 9), _square(15, 2, 25, 6),
                          _square(2, 8, 18, 12)],
                         [("ew", "int")], [(20,), (6,), (10,), (16,)])
    return dict(path=path, areas=areas, points=points, blocks=blocks)


@pytest.fixture
def refused(plugin):
    """For parameters an algorithm refuses before it runs: the messages of checkParameterValues (called
    directly) and of processing.run (which calls it first and prefixes 'Unable to execute algorithm')."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProject

    def _refused(alg_id, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        ok, message = QgsApplication.processingRegistry().algorithmById(alg_id).checkParameterValues(params, context)
        assert not ok
        with pytest.raises(QgsProcessingException) as e:
            processing.run(alg_id, params, context=context)
        assert str(e.value).startswith("Unable to execute algorithm")
        return message, str(e.value)

    return _refused


@pytest.fixture
def accepted(plugin):
    """checkParameterValues of good parameters: (True, message)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    def _accepted(alg_id, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return QgsApplication.processingRegistry().algorithmById(alg_id).checkParameterValues(params, context)

    return _accepted
