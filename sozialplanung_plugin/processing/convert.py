"""Layers <-> plain Python/numpy data for the core; NaN becomes NULL on write."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from sozialplanung_plugin.compat import gdal_open_vector, ogr_layer

PROGRESS_CHUNK = 5000


def plain(value):
    """A QGIS attribute value as plain Python (None for NULL)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


@dataclass
class FeatureTable:
    fids: List[int]
    columns: Dict[str, list]                      # lists (QGIS API) or numpy arrays (OGR Arrow)
    geometries: Optional[List[QgsGeometry]] = None
    field_types: Dict[str, int] = field(default_factory=dict)
    xy: Optional[np.ndarray] = None               # point coordinates, when read by the fast path

    def __len__(self) -> int:
        return len(self.fids)


def read_features(source, field_names: Sequence[str], context, feedback,
                  with_geometry: bool = False,
                  dest_crs: Optional[QgsCoordinateReferenceSystem] = None,
                  progress_from: float = 0.0, progress_to: float = 100.0) -> FeatureTable:
    """Read the named attributes (and geometries) of a feature source.

    Requests only what is needed (no geometry unless asked for, a subset of
    attributes), skips QGIS's own validity check (callers repair or report
    invalid geometries themselves) and transforms into ``dest_crs``.
    """
    fields = source.fields()
    idx = [fields.lookupField(n) for n in field_names]
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(idx)
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    elif dest_crs is not None and dest_crs.isValid() and dest_crs != source.sourceCrs():
        request.setDestinationCrs(dest_crs, context.transformContext())
    total = source.featureCount()
    step = (progress_to - progress_from) / total if total and total > 0 else 0.0
    fids: List[int] = []
    cols: Dict[str, list] = {n: [] for n in field_names}
    geoms: Optional[List[QgsGeometry]] = [] if with_geometry else None
    appenders = [(cols[n].append, i) for n, i in zip(field_names, idx)]
    for k, feat in enumerate(source.getFeatures(request,
                                                QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)):
        if k % PROGRESS_CHUNK == 0 and feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(progress_from + k * step)
        fids.append(feat.id())
        attrs = feat.attributes()
        for append, i in appenders:
            append(plain(attrs[i]))
        if geoms is not None:
            geoms.append(QgsGeometry(feat.geometry()))
    types = {n: fields.at(i).type() for n, i in zip(field_names, idx)}
    return FeatureTable(fids, cols, geoms, types)


def ogr_fast_path(layer, selected_only: bool, dest_crs=None):
    """(path, table name, layer id) if ``layer`` can be read straight through OGR, else None.

    Only a plain GeoPackage table qualifies: no filter (subset string), no
    "selected features only", no unsaved edits, no reprojection, no open options.
    """
    if layer is None or selected_only or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.isEditable() and layer.isModified():
        return None
    if dest_crs is not None and dest_crs.isValid() and dest_crs != layer.crs():
        return None
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    # only plain GeoPackage tables: no open options, subsets or geometry-type sub-layers, and
    # no DBF/CSV text encodings to second-guess
    if not path.lower().endswith(".gpkg") or set(k for k, v in parts.items() if v) - {"path", "layerName", "layerId"}:
        return None
    return path, parts.get("layerName") or None, parts.get("layerId")


def _point_wkb_xy(wkb: np.ndarray) -> Optional[np.ndarray]:
    """x, y from an Arrow column of little-endian (ISO) point WKB; None if not all such points."""
    if wkb.dtype.kind == "V":
        raw = np.frombuffer(wkb.tobytes(), dtype=np.uint8).reshape(len(wkb), wkb.dtype.itemsize)
    else:
        items = [b if b is not None else b"" for b in wkb]
        sizes = {len(b) for b in items}
        if len(sizes) != 1:
            return None
        raw = np.frombuffer(b"".join(items), dtype=np.uint8).reshape(len(items), sizes.pop())
    if raw.shape[1] < 21 or not (raw[:, 0] == 1).all():
        return None
    gtype = raw[:, 1:5].copy().view("<u4")[:, 0] % 1000
    if not (gtype == 1).all():
        return None
    return raw[:, 5:21].copy().view("<f8").reshape(len(raw), 2)


def _arrow_layer(location, field_names: Sequence[str], with_geometry: bool):
    """(data source, layer) of a plain GeoPackage table set up to stream only ``field_names`` (and the
    geometry if asked) through OGR's Arrow interface; None when this GDAL or layer cannot. Keep the data
    source referenced while the layer is read."""
    path, table, layer_id = location
    ds = gdal_open_vector(path)
    if ds is None:
        return None
    lyr = ogr_layer(ds, table) if table else ogr_layer(ds, index=int(layer_id or 0))
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
        return None
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if any(n not in names for n in field_names):
        return None
    lyr.SetIgnoredFields([n for n in names if n not in field_names] + ([] if with_geometry else ["OGR_GEOMETRY"]))
    return ds, lyr


def read_ogr_arrow(location, field_names: Sequence[str], want_points: bool) -> Optional[FeatureTable]:
    """Attributes (and point coordinates) through OGR's Arrow stream — about ten times
    faster than feature iteration. None when this GDAL or layer cannot do it."""
    try:
        opened = _arrow_layer(location, field_names, want_points)
        if opened is None:
            return None
        ds, lyr = opened
        stream = lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"])
        chunks: Dict[str, list] = {}
        for batch in stream:
            for k, v in batch.items():
                chunks.setdefault(k, []).append(v)
        return _arrow_table(lyr, chunks, field_names, want_points)
    except Exception:  # any OGR/Arrow limitation: fall back to the QGIS API
        return None


def _arrow_table(lyr, chunks, field_names, want_points) -> Optional[FeatureTable]:
    fid_col = lyr.GetFIDColumn() or "OGC_FID"
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    if fid_col not in chunks:
        return None
    fids = np.concatenate(chunks[fid_col]).astype(np.int64)
    columns: Dict[str, object] = {}
    for n in field_names:
        parts = chunks.get(n, [])
        col = np.ma.concatenate(parts) if parts else np.ma.masked_all(len(fids))
        if col.dtype.kind == "S":
            data = [None if m else v.decode("utf-8") for v, m in zip(np.ma.getdata(col), np.ma.getmaskarray(col))]
            columns[n] = data
        elif col.dtype.kind in "iufb":
            columns[n] = np.ma.filled(col.astype(float), np.nan)
        else:
            return None
    xy = None
    if want_points:
        if geom_col not in chunks:
            return None
        xy = _point_wkb_xy(np.concatenate(chunks[geom_col]))
        if xy is None:
            return None
    return FeatureTable(fids.tolist(), columns, None, {}, xy)


def nullable(values) -> list:
    """Numbers as Python objects for writing, NULL (None) where not finite."""
    if not isinstance(values, np.ndarray):
        return list(values)
    obj = values.astype(object)
    obj[~np.isfinite(values.astype(float))] = None
    return obj.tolist()


def to_float(value) -> float:
    """Numeric attribute to float; NULL -> NaN. Raises ValueError for text."""
    if value is None:
        return math.nan
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    return float(str(value))


def numeric_matrix(table: FeatureTable, names: Sequence[str]) -> np.ndarray:
    """(n_features, n_fields) float matrix; NULL -> NaN."""
    out = np.empty((len(table), len(names)), dtype=float)
    for j, n in enumerate(names):
        col = table.columns[n]
        if isinstance(col, np.ndarray):
            out[:, j] = col
            continue
        try:
            out[:, j] = np.array(col, dtype=float) if None not in col else [to_float(v) for v in col]
        except (TypeError, ValueError):
            out[:, j] = [to_float(v) for v in col]
    return out


def representative_point(geom: QgsGeometry) -> Optional[QgsGeometry]:
    """Point for a geometry: the point itself, else the centroid, else (when the
    centroid lies outside a concave polygon) a point on the surface."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    gtype = QgsWkbTypes.geometryType(geom.wkbType())
    if gtype == QgsWkbTypes.GeometryType.PointGeometry and not geom.isMultipart():
        return geom
    centroid = geom.centroid()
    if gtype == QgsWkbTypes.GeometryType.PolygonGeometry and not geom.contains(centroid):
        surface = geom.pointOnSurface()
        if surface is not None and not surface.isEmpty():
            return surface
    return centroid


def point_xy(geoms: Sequence[QgsGeometry]) -> np.ndarray:
    """(n, 2) coordinates of each geometry's representative point; NaN where empty."""
    out = np.full((len(geoms), 2), np.nan)
    for k, g in enumerate(geoms):
        p = representative_point(g)
        if p is not None:
            pt = p.asPoint()
            out[k, 0], out[k, 1] = pt.x(), pt.y()
    return out


def point_geometries(xy: np.ndarray):
    """Point geometries of (n, 2) coordinates, made one by one as they are written (None where NaN)."""
    for x, y in xy.tolist():
        yield QgsGeometry.fromPointXY(QgsPointXY(x, y)) if x == x else None


def polygon_rings(geom: QgsGeometry) -> List[np.ndarray]:
    """All rings (outer and holes, all parts) of a polygon geometry as closed arrays."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return []
    parts = geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]
    rings = []
    for part in parts:
        for ring in part:
            if len(ring) >= 4:
                rings.append(np.array([(p.x(), p.y()) for p in ring], dtype=float))
    return rings


def area_measure(crs: QgsCoordinateReferenceSystem, context):
    """Function geometry -> area in m². Geographic CRSs are measured on their
    ellipsoid, so shares of area stay right for data in EPSG:4326."""
    if crs.isValid() and crs.isGeographic():
        da = QgsDistanceArea()
        da.setSourceCrs(crs, context.transformContext())
        da.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
        return da.measureArea
    return lambda g: g.area()


POINTS, NO_GEOMETRY, GEOMETRIES = "points", "none", "geometries"


def read_source(layer, selected_only: bool, source, field_names: Sequence[str], context, feedback,
                geometry: str = NO_GEOMETRY, dest_crs=None,
                progress_from: float = 0.0, progress_to: float = 100.0) -> FeatureTable:
    """Read a Processing source for the core: attributes, plus point coordinates
    (``POINTS``, in ``tab.xy``) or whole geometries (``GEOMETRIES``).

    OGR layers go through the Arrow fast path where possible; everything else
    (PostGIS, memory layers, filters, selections, reprojection) through the QGIS API.
    """
    fields = source.fields()
    types = {n: fields.at(fields.lookupField(n)).type() for n in field_names}
    if geometry != GEOMETRIES:
        location = ogr_fast_path(layer, selected_only, dest_crs if geometry == POINTS else None)
        if location is not None:
            tab = read_ogr_arrow(location, field_names, geometry == POINTS)
            if tab is not None and len(tab) == source.featureCount():
                tab.field_types = types
                if feedback is not None:
                    feedback.setProgress(progress_to)
                return tab
    tab = read_features(source, field_names, context, feedback, with_geometry=geometry != NO_GEOMETRY,
                        dest_crs=dest_crs, progress_from=progress_from, progress_to=progress_to)
    if geometry == POINTS:
        tab.xy = point_xy(tab.geometries)
    return tab


def geometries_by_fid(source, fids: Sequence[int], subset: bool) -> Dict[int, QgsGeometry]:
    """Geometries of a source by feature id, read without attributes (after the attributes came
    through the fast path); empty for tables without geometry. ``subset``: only ``fids``."""
    out: Dict[int, QgsGeometry] = {}
    if QgsWkbTypes.geometryType(source.wkbType()) in (QgsWkbTypes.GeometryType.NullGeometry,
                                                      QgsWkbTypes.GeometryType.UnknownGeometry):
        return out
    request = QgsFeatureRequest().setNoAttributes()
    if subset:
        request.setFilterFids(list(fids))
    for feat in source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
        out[feat.id()] = feat.geometry()
    return out


def _wkb_lines(wkb: bytes) -> List[np.ndarray]:
    """Vertex arrays of a (Multi)LineString in WKB (2D, Z, M or ZM; ISO or EWKB-free OGR flavour)."""
    out: List[np.ndarray] = []

    def one(offset: int):
        order = "<" if wkb[offset] == 1 else ">"
        gtype = int(np.frombuffer(wkb, dtype=order + "u4", count=1, offset=offset + 1)[0])
        flags = gtype & 0xFFFF0000
        base = gtype & 0xFFFF
        dims = 2 + (base // 1000 in (1, 2)) + (base // 1000 == 3) * 2 + bool(flags & 0x80000000) + bool(
            flags & 0x40000000)
        kind = base % 1000
        offset += 5
        if kind == 2:
            n = int(np.frombuffer(wkb, dtype=order + "u4", count=1, offset=offset)[0])
            offset += 4
            pts = np.frombuffer(wkb, dtype=order + "f8", count=n * dims, offset=offset).reshape(n, dims)[:, :2]
            out.append(pts.astype(float))
            return offset + 8 * n * dims
        if kind == 5:
            n = int(np.frombuffer(wkb, dtype=order + "u4", count=1, offset=offset)[0])
            offset += 4
            for _ in range(n):
                offset = one(offset)
            return offset
        raise ValueError(kind)

    one(0)
    return out


def read_lines_fast(layer, subset: bool, source, dest_crs, context, feedback) -> List[np.ndarray]:
    """All line parts of a line layer as vertex arrays in ``dest_crs`` — through OGR's Arrow stream
    for a plain GeoPackage in that CRS, else through the QGIS API."""
    location = ogr_fast_path(layer, subset, dest_crs)
    if location is not None:
        lines = _arrow_lines(location)
        if lines is not None:
            return lines
    tab = read_features(source, [], context, feedback, with_geometry=True, dest_crs=dest_crs)
    lines = []
    for g in tab.geometries or []:
        if g is None or g.isNull():
            continue
        parts = g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]
        for part in parts:
            if len(part) >= 2:
                lines.append(np.array([(p.x(), p.y()) for p in part], dtype=float))
    return lines


def _arrow_lines(location) -> Optional[List[np.ndarray]]:
    try:
        opened = _arrow_layer(location, [], True)
        if opened is None:
            return None
        ds, lyr = opened
        geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
        lines: List[np.ndarray] = []
        for batch in lyr.GetArrowStreamAsNumPy():
            for wkb in batch[geom_col]:
                if wkb is None:
                    continue
                for part in _wkb_lines(bytes(wkb)):
                    if len(part) >= 2:
                        lines.append(part)
        return lines
    except Exception:  # any OGR/Arrow limitation: fall back to the QGIS API
        return None
