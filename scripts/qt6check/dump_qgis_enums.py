#!/usr/bin/python3
"""Dump the enums of the installed PyQGIS as JSON: the table the Qt6 migration checker needs.

The official checker (PyPI ``qgis-pyqt5to6``) finds unscoped QGIS enums by introspecting a
PyQt6 build of QGIS, which has no Debian package. This script records, from the QGIS that is
installed (3.22 on Debian 12, 3.40/3.44 in the matrix chroots), every class of qgis.core,
qgis.gui and qgis.analysis with its bases, nested classes and enums (name and members).
``fake_qgis/`` rebuilds those classes with Python enums, which is what a Qt6 QGIS looks like
to the checker. ``make qt6-enums`` merges the dump of each version into ``qgis_enums.json``.

    /usr/bin/python3 scripts/qt6check/dump_qgis_enums.py out.json
"""
from __future__ import annotations

import enum
import importlib
import inspect
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MODULES = ("qgis.core", "qgis.gui", "qgis.analysis")


def is_enum_type(value: object) -> bool:
    return inspect.isclass(value) and (
        isinstance(value, enum.EnumMeta) or type(value).__name__ == "enumtype")


def enum_members(owner: type, value: type) -> list:
    if isinstance(value, enum.EnumMeta):
        return sorted(value.__members__)
    # a sip (PyQt5) enum: its members are attributes of the class that defines it
    return sorted(k for k, v in vars(owner).items() if type(v) is value)


def base_name(base: type) -> str | None:
    module = base.__module__ or ""
    if module.startswith("qgis._") or module.startswith("qgis."):
        return base.__name__
    if module.startswith("PyQt5."):
        return "PyQt:" + module.split(".", 1)[1] + "." + base.__name__
    return None


def describe(cls: type, seen: set) -> dict:
    entry: dict = {"bases": [b for b in (base_name(x) for x in cls.__bases__) if b], "enums": {}, "classes": {}}
    for key, value in sorted(vars(cls).items()):
        if key.startswith("__"):
            continue
        if is_enum_type(value):
            entry["enums"][key] = {"name": value.__name__, "members": enum_members(cls, value)}
        elif inspect.isclass(value) and id(value) not in seen and \
                value.__qualname__.startswith(cls.__qualname__ + "."):
            seen.add(id(value))
            entry["classes"][key] = describe(value, seen)
    return entry


def dump() -> dict:
    from qgis.core import Qgis
    classes: dict = {}
    seen: set = set()
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name, value in sorted(vars(module).items()):
            if inspect.isclass(value) and name.startswith("Qgs") or name == "Qgis":
                if id(value) in seen or value.__name__ != name:
                    continue
                seen.add(id(value))
                classes[name] = dict(describe(value, seen), module=module_name.split(".")[1])
    return {"qgis_version": Qgis.QGIS_VERSION, "classes": classes}


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(dump(), f, indent=0, sort_keys=True)
