"""`make demo` prints the same tables on every QGIS version the tests run on (3.22 on the host, 3.40 and 3.44 in
`make test-matrix`): its output, with the output folder written as ``demo_output``, equals
tests/data/reference/demo_tables.txt, written on QGIS 3.22 (scripts/demo.py, in a fresh folder)."""
import os
import subprocess
import sys

from tests.conftest import DATA, REPO

REFERENCE = os.path.join(DATA, "reference", "demo_tables.txt")


def demo_tables(out_dir: str) -> str:
    proc = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "demo.py")], cwd=REPO,
                          capture_output=True, text=True, timeout=900,
                          env=dict(os.environ, SOZIALPLANUNG_DEMO_OUTPUT=out_dir, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc.stdout.replace(out_dir, "demo_output")


def test_demo_prints_the_reference_tables(tmp_path):
    out_dir = str(tmp_path / "demo_output")
    got = demo_tables(out_dir)
    with open(REFERENCE, encoding="utf-8") as fh:
        expected = fh.read()
    assert got == expected
    assert os.path.exists(os.path.join(out_dir, "sozialatlas_musterstadt_2025.pdf"))
