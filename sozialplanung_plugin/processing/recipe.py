"""How a result was made, stored with it: a table in the output GeoPackage."""
from __future__ import annotations

import configparser
import os
from typing import Dict, List

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))


def plugin_version() -> str:
    cfg = configparser.ConfigParser()
    cfg.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    if cfg.has_option("general", "version"):
        return cfg.get("general", "version")
    return "dev"


def write_recipe_table(gpkg: str, table: str, rows: List[Dict[str, object]]) -> None:
    """(Re)write ``table`` in ``gpkg`` with one row per output field (OGR, no geometry)."""
    from osgeo import ogr

    ds = ogr.Open(gpkg, 1)
    if ds is None or not rows:
        return
    if ds.GetLayerByName(table) is not None:
        ds.DeleteLayer(table)
    lyr = ds.CreateLayer(table, None, ogr.wkbNone)
    columns = list(rows[0])
    for c in columns:
        kind = ogr.OFTReal if isinstance(rows[0][c], float) else \
            ogr.OFTInteger if isinstance(rows[0][c], int) else ogr.OFTString
        lyr.CreateField(ogr.FieldDefn(c, kind))
    lyr.StartTransaction()
    for r in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for c in columns:
            f.SetField(c, r[c])
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
