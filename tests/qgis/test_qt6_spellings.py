"""Every Qt/QGIS enum the plugin names exists in the running QGIS, and none is named unscoped.

QGIS 4 (PyQt6) knows enums only scoped (``QgsWkbTypes.Type.Point``); QGIS 3.22 must know the same
spelling. The migration checker proposes spellings from a table; this test evaluates each spelling
the plugin's source actually uses against the QGIS it runs on (3.22 on the host, 3.40 and 3.44 in
``make test-matrix``)."""
from __future__ import annotations

import ast
import importlib
import os

from tests.conftest import REPO

PLUGIN = os.path.join(REPO, "sozialplanung_plugin")
QT_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis", "qgis.PyQt.QtCore", "qgis.PyQt.QtGui",
              "qgis.PyQt.QtWidgets", "qgis.PyQt.QtXml", "qgis.PyQt.QtSvg", "qgis.PyQt.QtPrintSupport")


def _sources():
    for root, _dirs, files in os.walk(PLUGIN):
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    yield os.path.relpath(path, REPO), ast.parse(f.read(), filename=path)


def _imported_classes(tree):
    """{local name: class object} for the Qt/QGIS classes a module imports (also inside functions)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in QT_MODULES:
            module = importlib.import_module(node.module)
            for alias in node.names:
                value = getattr(module, alias.name, None)
                if isinstance(value, type):
                    found[alias.asname or alias.name] = value
    return found


def _is_enum_type(value) -> bool:
    return isinstance(value, type) and type(value).__name__ in ("enumtype", "EnumType", "EnumMeta")


def _is_enum_member(value) -> bool:
    return _is_enum_type(type(value))


def _uses():
    """(where, 'Class.Enum.Member' or 'Class.Member', value or AttributeError) for every enum use."""
    for rel, tree in _sources():
        classes = _imported_classes(tree)
        parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in classes):
                continue
            owner = classes[node.value.id]
            where = f"{rel}:{node.lineno}"
            first = getattr(owner, node.attr, AttributeError)
            parent = parents.get(node)
            if _is_enum_type(first) and isinstance(parent, ast.Attribute) and parent.value is node:
                yield where, f"{node.value.id}.{node.attr}.{parent.attr}", getattr(first, parent.attr, AttributeError)
            elif first is AttributeError or _is_enum_member(first):
                yield where, f"{node.value.id}.{node.attr}", first


def test_every_scoped_enum_spelling_exists_here(qgis_app):
    uses = list(_uses())
    scoped = [(w, s, v) for w, s, v in uses if s.count(".") == 2]
    missing = [f"{w}: {s}" for w, s, v in scoped if v is AttributeError]
    assert missing == []
    # the plugin names many enums (parameter types, geometry types, Qt flags): the walk found them
    spellings = {s for _w, s, _v in scoped}
    assert len(spellings) > 40
    assert {"QgsProcessingParameterNumber.Type.Double", "QgsWkbTypes.Type.Point",
            "QgsFeatureRequest.Flag.NoGeometry", "Qt.DockWidgetArea.RightDockWidgetArea"} <= spellings
    assert all(_is_enum_member(v) for _w, _s, v in scoped)


def test_no_unscoped_enum_and_no_missing_attribute(qgis_app):
    """``QgsWkbTypes.Point`` works on QGIS 3 only; a name that does not exist at all is a bug on this
    version."""
    bad = [f"{w}: {s}" for w, s, v in _uses() if s.count(".") == 1]
    assert bad == []


def test_the_walk_sees_an_unscoped_enum(qgis_app, monkeypatch):
    """The check is not blind: an unscoped and a misspelled enum in a module are both reported."""
    from qgis.core import QgsWkbTypes

    tree = ast.parse("from qgis.core import QgsWkbTypes\na = QgsWkbTypes.Point\nb = QgsWkbTypes.Type.Pointt\n"
                     "c = QgsWkbTypes.Type.Point\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["_sources"]), "_sources", lambda: [("m.py", tree)])
    found = {s: v for _w, s, v in _uses()}
    assert found == {"QgsWkbTypes.Point": QgsWkbTypes.Point, "QgsWkbTypes.Type.Pointt": AttributeError,
                     "QgsWkbTypes.Type.Point": QgsWkbTypes.Point}
