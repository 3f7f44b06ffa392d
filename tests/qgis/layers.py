"""Small GeoPackage layers written with OGR (independent of the plugin) for the QGIS tests."""
import os

from osgeo import ogr, osr

ALG = "sozialplanung:aggregate_counts"
X0, Y0 = 400000.0, 5600000.0


def _square(x0, y0, x1, y1, hole=None):
    g = ogr.Geometry(ogr.wkbPolygon)
    for rx0, ry0, rx1, ry1 in [(x0, y0, x1, y1)] + ([hole] if hole else []):
        r = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in [(rx0, ry0), (rx1, ry0), (rx1, ry1), (rx0, ry1), (rx0, ry0)]:
            r.AddPoint_2D(X0 + x, Y0 + y)
        g.AddGeometry(r)
    return g


def _point(x, y):
    g = ogr.Geometry(ogr.wkbPoint)
    g.AddPoint_2D(X0 + x, Y0 + y)
    return g


def write_layer(path, name, geoms, fields, rows, epsg=25832, gtype=None):
    """Write a GeoPackage layer with OGR (independent of the plugin)."""
    ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    if gtype is None:
        gtype = geoms[0].GetGeometryType() if geoms else ogr.wkbNone
    lyr = ds.CreateLayer(name, srs if gtype != ogr.wkbNone else None, gtype)
    types = {"str": ogr.OFTString, "int": ogr.OFTInteger64, "real": ogr.OFTReal}
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, types[ftype]))
    for k, row in enumerate(rows):
        f = ogr.Feature(lyr.GetLayerDefn())
        if geoms:
            f.SetGeometry(geoms[k])
        for (fname, _), v in zip(fields, row):
            if v is None:
                f.SetFieldNull(fname)
            else:
                f.SetField(fname, v)
        lyr.CreateFeature(f)
    ds = None
    return f"{path}|layername={name}"


def features(layer_or_path, key="area_key"):
    from qgis.core import QgsVectorLayer

    lyr = layer_or_path if not isinstance(layer_or_path, str) else QgsVectorLayer(layer_or_path, "out", "ogr")
    assert lyr.isValid()
    return {f[key]: {n: f[n] for n in lyr.fields().names()} for f in lyr.getFeatures()}


def params(tiny, **kw):
    p = {"INPUT": tiny["points"], "FIELDS": ["ew", "kids"], "AREAS": tiny["areas"], "AREA_ID": "area_key",
         "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


