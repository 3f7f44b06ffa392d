#!/usr/bin/env python3
"""Prints the extra mypy options for this machine's numpy (used by `make lint` and tests/unit/test_lint.py).

mypy reads the core as Python 3.9 (pyproject.toml), the oldest Python under QGIS 3.22. numpy 2 (QGIS 3.40 on
Debian 13, 3.44 on sid) runs on Python 3.10+ only, and its type stubs read as 3.9 give dozens of errors that are
not in the core ("Need type annotation" for each np.zeros): with numpy 2, mypy reads everything as the running
Python's version.
"""
import sys


def options() -> list:
    import numpy

    if int(numpy.__version__.split(".")[0]) >= 2:
        return ["--python-version", f"{sys.version_info.major}.{sys.version_info.minor}"]
    return []


if __name__ == "__main__":
    print(" ".join(options()))
