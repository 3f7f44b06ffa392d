"""House style is checked with the tests: ruff everywhere, mypy --strict on the pure core."""
import os
import subprocess
import sys

from mypy_options import options as mypy_options  # scripts/ (on sys.path, tests/conftest.py)

from tests.conftest import BUILD, REPO

BIN = os.path.dirname(sys.executable)


def test_ruff():
    out = subprocess.run([os.path.join(BIN, "ruff"), "check", "sozialplanung_plugin", "tests", "scripts"],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_mypy_strict_core():
    out = subprocess.run([os.path.join(BIN, "mypy"), "--config-file", os.path.join(REPO, "pyproject.toml"),
                          *mypy_options(), "sozialplanung_plugin/core"],
                         cwd=BUILD, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success" in out.stdout
