"""core/ must import with qgis and PyQt blocked: the maths stays QGIS-free."""
import os
import subprocess
import sys

from tests.conftest import BUILD

GUARD = r"""
import importlib, importlib.abc, pkgutil, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip', 'osgeo'):
            raise ImportError('blocked: ' + name)
        return None
sys.meta_path.insert(0, Block())
sys.path.insert(0, {build!r})
import sozialplanung_plugin.core as core
names = [m.name for m in pkgutil.iter_modules(core.__path__)]
for n in names:
    importlib.import_module('sozialplanung_plugin.core.' + n)
assert not any(k.split('.')[0] in ('qgis', 'PyQt5') for k in sys.modules), 'qgis leaked'
print('OK', len(names))
"""


def test_core_imports_without_qgis():
    out = subprocess.run([sys.executable, "-c", GUARD.format(build=BUILD)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    n = int(out.stdout.split()[1])
    assert n >= 5


def test_guard_really_blocks():
    """The guard itself must fail when something imports qgis."""
    code = GUARD.format(build=BUILD).replace("print('OK'", "import qgis.core\nprint('OK'")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode != 0
    assert "blocked: qgis" in out.stderr
    assert os.path.isdir(os.path.join(BUILD, "sozialplanung_plugin", "core"))
