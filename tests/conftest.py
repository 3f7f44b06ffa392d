"""Shared paths. Tests run against the staged plugin in build/ (make stage),
which is exactly what gets zipped and installed."""
import os
import shutil
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(REPO, "build")
DATA = os.path.join(REPO, "tests", "data")
COMMITTED_SAMPLE_GPKG = os.path.join(DATA, "musterstadt_S.gpkg")
# QGIS opens GeoPackages for update (header bytes, WAL files): tests read a copy,
# so the committed sample is never touched
SAMPLE_GPKG = os.path.join(tempfile.mkdtemp(prefix="sozialplanung-sample-"), "musterstadt_S.gpkg")
shutil.copy(COMMITTED_SAMPLE_GPKG, SAMPLE_GPKG)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for path in (BUILD, os.path.join(REPO, "scripts")):
    if path not in sys.path:
        sys.path.insert(0, path)

# Bind the package to the staged copy now: pytest later prepends the repository
# root to sys.path, where the source tree (without compiled .qm) would win.
import sozialplanung_plugin  # noqa: E402

if not os.path.abspath(sozialplanung_plugin.__file__).startswith(BUILD + os.sep):
    raise RuntimeError("tests must run against the staged plugin: run `make stage` (or `make test`)")
