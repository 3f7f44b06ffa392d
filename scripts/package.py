#!/usr/bin/python3
"""Zip the staged plugin for Plugins > Install from ZIP and check the result."""
import ast
import os
import sys
import zipfile

EXCLUDED_DIRS = {"__pycache__", "tests", ".pytest_cache"}


def build(stage: str, target: str) -> None:
    top = os.path.basename(os.path.normpath(stage))
    if os.path.exists(target):
        os.remove(target)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for root, dirs, files in os.walk(stage):
            dirs[:] = sorted(d for d in dirs if d not in EXCLUDED_DIRS)
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = os.path.join(root, name)
                arc = os.path.join(top, os.path.relpath(path, stage))
                zf.write(path, arc)
    problems = check(target, top)
    if problems:
        sys.exit("package check failed: " + "; ".join(problems))
    print(target)


def check(target: str, top: str) -> list:
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
    problems = []
    if {n.split("/")[0] for n in names} != {top}:
        problems.append("more than one top folder")
    for required in ("__init__.py", "metadata.txt", "LICENSE", "i18n/sozialplanung_de.qm",
                     "resources/icons/sozialplanung.svg"):
        if f"{top}/{required}" not in names:
            problems.append(f"missing {required}")
    bad = [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/tests/" in n]
    if bad:
        problems.append("unwanted files: " + ", ".join(bad[:5]))
    qt5 = qt5_imports(target)
    if qt5:
        problems.append("PyQt5 imported (QGIS 4 is Qt6; use qgis.PyQt): " + ", ".join(qt5[:5]))
    return problems


def qt5_imports(target: str) -> list:
    """'file:line' of every import of PyQt5 (or of its sip/uic/pyrcc5 tools) in the zip's Python files."""
    found = []
    with zipfile.ZipFile(target) as zf:
        for name in zf.namelist():
            if not name.endswith(".py"):
                continue
            tree = ast.parse(zf.read(name).decode("utf-8"), filename=name)
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    modules = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    modules = [node.module or ""]
                else:
                    continue
                if any(m == "PyQt5" or m.startswith("PyQt5.") for m in modules):
                    found.append(f"{name}:{node.lineno}")
    return found


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2])
