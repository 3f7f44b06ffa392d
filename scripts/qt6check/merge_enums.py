#!/usr/bin/python3
"""Merge enum dumps (dump_qgis_enums.py) of several QGIS versions into the checker's table.

    merge_enums.py TABLE DUMP [DUMP ...]

TABLE (scripts/qt6check/qgis_enums.json) is rewritten with the union of the dumps: a class, an
enum or a member known to any version is known to the checker, so that an unscoped enum is found
whichever version introduced it.
"""
from __future__ import annotations

import json
import sys


def merge_class(into: dict, other: dict) -> None:
    into["bases"] = into["bases"] + [b for b in other["bases"] if b not in into["bases"]]
    for key, spec in other["enums"].items():
        mine = into["enums"].setdefault(key, {"name": spec["name"], "members": []})
        mine["members"] = sorted(set(mine["members"]) | set(spec["members"]))
    for key, child in other["classes"].items():
        if key in into["classes"]:
            merge_class(into["classes"][key], child)
        else:
            into["classes"][key] = child


def merge(dumps: list) -> dict:
    table: dict = {"format": "sozialplanung-qt6check-enums", "qgis_versions": [], "classes": {}}
    for dump in dumps:
        table["qgis_versions"].append(dump["qgis_version"])
        for name, entry in dump["classes"].items():
            if name in table["classes"]:
                merge_class(table["classes"][name], entry)
            else:
                table["classes"][name] = json.loads(json.dumps(entry))
    table["qgis_versions"] = sorted(set(table["qgis_versions"]))
    return table


if __name__ == "__main__":
    dumps = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            dumps.append(json.load(f))
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(merge(dumps), f, indent=0, sort_keys=True)
        f.write("\n")
