"""How a result was made, stored with it: a table in the output GeoPackage."""
from __future__ import annotations

import configparser
import datetime
import os
import re
from typing import Dict, List, Optional, Tuple

from sozialplanung_plugin.compat import ogr_layer, ogr_open

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))


def plugin_version() -> str:
    cfg = configparser.ConfigParser()
    cfg.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    if cfg.has_option("general", "version"):
        return cfg.get("general", "version")
    return "dev"


def geopackage_target(destination: str) -> Tuple[str, Optional[str]]:
    """(GeoPackage path, table or None) of an output destination, ('', None) if it is no GeoPackage.

    Destinations come as 'out.gpkg', 'out.gpkg|layername=t' or "ogr:dbname='out.gpkg' table=\"t\" (geom)".
    """
    if destination.startswith("ogr:"):
        db = re.search(r"dbname='((?:[^']|'')*)'", destination)
        tb = re.search(r'table="((?:[^"]|"")*)"', destination)
        path = db.group(1).replace("''", "'") if db else ""
        table = tb.group(1).replace('""', '"') if tb else None
    else:
        parts = destination.split("|")
        path = parts[0]
        table = next((p.split("=", 1)[1] for p in parts[1:] if p.startswith("layername=")), None)
    return (path, table) if path.lower().endswith(".gpkg") else ("", None)


def write_recipe_table(gpkg: str, table: str, rows: List[Dict[str, object]]) -> None:
    """(Re)write ``table`` in ``gpkg`` with one row per output field (OGR, no geometry)."""
    from osgeo import ogr

    ds = ogr_open(gpkg, update=True)
    if ds is None or not rows:
        return
    if ogr_layer(ds, table) is not None:
        ds.DeleteLayer(table)
    lyr = ds.CreateLayer(table, None, ogr.wkbNone)
    if lyr is None:  # exceptions off: OGR says so only through its return value
        raise RuntimeError(f"cannot create the table '{table}' in {gpkg}")
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


def recipe_rows(alg, parameters, context, extra: Dict[str, str]) -> List[Dict[str, object]]:
    """One row per parameter (as given) plus what was derived (weights, breaks), version and date."""
    now = datetime.datetime.now().replace(microsecond=0).isoformat()
    rows = []
    for d in alg.parameterDefinitions():
        if d.isDestination():
            continue
        value = parameters.get(d.name())
        rows.append({"item": d.name(), "value": "" if value is None else str(value),
                     "plugin_version": plugin_version(), "run_date": now})
    for k, v in extra.items():
        rows.append({"item": k, "value": v, "plugin_version": plugin_version(), "run_date": now})
    rows.insert(0, {"item": "algorithm", "value": "sozialplanung:" + alg.name(), "plugin_version": plugin_version(),
                    "run_date": now})
    return rows
