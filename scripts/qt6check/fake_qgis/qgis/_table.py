"""PyQGIS classes rebuilt from qgis_enums.json the way a Qt6 (PyQt6) QGIS presents them.

Every enum is a Python enum nested in its class and reachable only scoped
(``QgsWkbTypes.Type.Point``, never ``QgsWkbTypes.Point``), as in QGIS 4. Classes keep their
bases (Qt bases taken from PyQt6) so that an enum reached through a subclass is found too.
Only the migration checker imports this package; it is never part of the plugin.
"""
from __future__ import annotations

import enum
import json
import os

TABLE = os.environ.get("QT6CHECK_ENUMS") or os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "qgis_enums.json")

MODULES: dict = {"core": {}, "gui": {}, "analysis": {}, "_3d": {}}


def _qt_base(spec: str):
    from importlib import import_module
    module, name = spec[len("PyQt:"):].split(".", 1)
    try:
        return getattr(import_module("PyQt6." + module), name, None)
    except ImportError:
        return None


def _make_class(name: str, bases: tuple, entry: dict) -> type:
    namespace: dict = {"__module__": "qgis._fake"}
    for key, spec in entry["enums"].items():
        members = [(m, i) for i, m in enumerate(spec["members"])]
        namespace[key] = enum.Enum(spec["name"], members) if members else enum.Enum(spec["name"], {})
    for key, child in entry["classes"].items():
        namespace[key] = _make_class(key, (object,), child)
    candidates = [bases, tuple(b for b in bases if not hasattr(b, "staticMetaObject")) or (object,), (object,)]
    for candidate in candidates:
        try:
            return type(name, candidate, namespace)
        except TypeError:  # layout or metaclass conflict between Qt bases: keep what fits
            continue
    raise TypeError(name)


def _build() -> None:
    with open(TABLE, encoding="utf-8") as f:
        classes = json.load(f)["classes"]
    built: dict = {}

    def build(name: str) -> type:
        if name in built:
            return built[name]
        entry = classes[name]
        bases = []
        for base in entry["bases"]:
            if base.startswith("PyQt:"):
                qt = _qt_base(base)
                if qt is not None:
                    bases.append(qt)
            elif base in classes:
                bases.append(build(base))
        built[name] = _make_class(name, tuple(bases) or (object,), entry)
        return built[name]

    for name, entry in classes.items():
        MODULES.setdefault(entry["module"], {})[name] = build(name)


_build()
