"""The official Qt5 -> Qt6 migration checker (qgis-pyqt5to6) finds nothing in the plugin, and is not
blind: on a module written the QGIS 3 way it reports each construct QGIS 4 rejects."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import REPO

CHECKER = os.path.join(REPO, "scripts", "qt6check", "run_checker.py")


def run_checker(directory):
    return subprocess.run([sys.executable, CHECKER, str(directory)], capture_output=True, text=True,
                          cwd=REPO, check=False, timeout=300)


def test_plugin_has_zero_findings():
    proc = run_checker(os.path.join(REPO, "sozialplanung_plugin"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "default mode: 0 findings" in proc.stdout
    assert "qgis3-incompatible mode: 0 findings" in proc.stdout


def test_checker_reports_qgis3_style_code(tmp_path):
    plugin = tmp_path / "old_plugin"
    plugin.mkdir()
    (plugin / "alg.py").write_text(textwrap.dedent("""\
        from qgis.core import QgsField, QgsProcessingParameterNumber, QgsWkbTypes
        from qgis.PyQt.QtCore import Qt, QVariant
        from PyQt5.QtWidgets import QDockWidget
        from . import resources_rc

        a = QgsWkbTypes.MultiPolygon
        b = QgsProcessingParameterNumber.Double
        c = Qt.AlignLeft
        d = QgsField("x", QVariant.Int)
        e = QgsWkbTypes.Type.Point
        f = QgsWkbTypes.Point
    """), encoding="utf-8")
    proc = run_checker(plugin)
    out = proc.stdout
    assert proc.returncode == 1
    assert "alg.py:6: would change: 'a = QgsWkbTypes.MultiPolygon' -> 'a = QgsWkbTypes.Type.MultiPolygon'" in out
    # QGIS 3.44 has a Point both in QgsWkbTypes.Type and (as Qgis.GeometryType) in QgsWkbTypes.GeometryType
    assert "alg.py:11:4 WARNING: ambiguous enum, cannot fix: QgsWkbTypes.Point" in out
    assert "-> 'b = QgsProcessingParameterNumber.Type.Double'" in out
    assert "-> 'c = Qt.AlignmentFlag.AlignLeft'" in out          # Qt enum (PyQt6 introspection)
    assert "[qgis3-incompatible] " + str(plugin / "alg.py") + ":9: would change" in out  # QVariant.Int
    assert "QMetaType.Type.Int" in out
    assert "qgis.PyQt.QtWidgets" in out                 # the PyQt5 import
    assert "compiled resources" in out                  # resources_rc
    # the scoped spelling on the last line is not a finding
    assert not any(":10:" in line for line in out.splitlines())
    assert "0 findings" not in out.splitlines()[-1]
