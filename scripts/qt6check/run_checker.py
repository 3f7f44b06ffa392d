#!/usr/bin/env python3
"""Run the official Qt5 -> Qt6 migration checker (PyPI ``qgis-pyqt5to6``) without rewriting.

The checker rewrites files in place and needs a PyQt6 build of QGIS to know QGIS's enums; no
Debian package has one. This wrapper runs it on a copy of the plugin, with ``fake_qgis/`` (the
PyQGIS classes and enums of ``qgis_enums.json``, as Qt6 presents them) in place of ``qgis``,
once in its default mode (QGIS 3 compatible fixes) and once with
``--qgis3-incompatible-changes`` (which also rewrites ``QVariant.<Type>`` to ``QMetaType``).
A finding is every line the checker would change and every warning or error it prints.

    .venv/bin/python scripts/qt6check/run_checker.py sozialplanung_plugin      # check, exit 1 on findings
    .venv/bin/python scripts/qt6check/run_checker.py --fix sozialplanung_plugin  # apply the compatible fixes
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "qgis_enums.json")
MODES = {"default": [], "qgis3-incompatible": ["--qgis3-incompatible-changes"]}
NOISE = ("QGIS classes not available for introspection",)


def run_tool(directory: str, extra: list) -> list:
    env = dict(os.environ, PYTHONPATH=os.path.join(HERE, "fake_qgis"), QT6CHECK_ENUMS=TABLE,
               QT_QPA_PLATFORM="offscreen")
    code = "import sys; from pyqt5to6.pyqt5to6 import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.run([sys.executable, "-c", code, directory, *extra], env=env, capture_output=True,
                          text=True, check=False)
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    if proc.returncode not in (0, 1) or any(line.startswith("Traceback") for line in lines):
        sys.exit("the migration checker itself failed:\n" + "\n".join(lines))
    return [line for line in lines if not line.startswith(NOISE)]


def changed_lines(original: str, copy: str) -> list:
    findings = []
    for root, _dirs, files in os.walk(original):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, original)
            with open(path, encoding="utf-8") as f:
                before = f.read().splitlines()
            with open(os.path.join(copy, rel), encoding="utf-8") as f:
                after = f.read().splitlines()
            matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == "equal":
                    continue
                if tag == "replace" and i2 - i1 == j2 - j1:   # one finding per changed line
                    for k in range(i2 - i1):
                        findings.append(f"{os.path.join(original, rel)}:{i1 + k + 1}: would change: "
                                        f"{before[i1 + k].strip()!r} -> {after[j1 + k].strip()!r}")
                    continue
                old = " | ".join(s.strip() for s in before[i1:i2])
                new = " | ".join(s.strip() for s in after[j1:j2])
                findings.append(f"{os.path.join(original, rel)}:{i1 + 1}: would change: {old!r} -> {new!r}")
    return findings


def check(directory: str) -> int:
    with open(TABLE, encoding="utf-8") as f:
        versions = json.load(f).get("qgis_versions", [])
    total = 0
    for mode, extra in MODES.items():
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, os.path.basename(os.path.normpath(directory)))
            shutil.copytree(directory, copy, ignore=shutil.ignore_patterns("__pycache__"))
            messages = [m.replace(copy, directory) for m in run_tool(copy, extra)]
            findings = messages + changed_lines(directory, copy)
        for finding in findings:
            print(f"[{mode}] {finding}")
        total += len(findings)
        print(f"Qt6 migration checker, {mode} mode: {len(findings)} findings")
    print(f"Qt6 migration checker (qgis-pyqt5to6, QGIS enums of {', '.join(versions)}): {total} findings "
          f"in {directory}")
    return 1 if total else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--fix", action="store_true", help="apply the QGIS-3-compatible fixes in place")
    args = parser.parse_args()
    if args.fix:
        for line in run_tool(args.directory, []):
            print(line)
        return 0
    return check(args.directory)


if __name__ == "__main__":
    sys.exit(main())
