"""Headless QGIS with the plugin loaded exactly as QGIS/qgis_process load it:
classFactory(iface) then initProcessing()."""
import os
import shutil
import sys
import tempfile

import pytest

from tests.conftest import BUILD

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
