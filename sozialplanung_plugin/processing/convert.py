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
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

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
    columns: Dict[str, list]
    geometries: Optional[List[QgsGeometry]] = None
    field_types: Dict[str, int] = field(default_factory=dict)

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
        request.setFlags(QgsFeatureRequest.NoGeometry)
    elif dest_crs is not None and dest_crs.isValid() and dest_crs != source.sourceCrs():
        request.setDestinationCrs(dest_crs, context.transformContext())
    total = source.featureCount()
    step = (progress_to - progress_from) / total if total and total > 0 else 0.0
    fids: List[int] = []
    cols: Dict[str, list] = {n: [] for n in field_names}
    geoms: Optional[List[QgsGeometry]] = [] if with_geometry else None
    appenders = [(cols[n].append, i) for n, i in zip(field_names, idx)]
    for k, feat in enumerate(source.getFeatures(request,
                                                QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
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
        try:
            out[:, j] = np.array(col, dtype=float) if None not in col else [to_float(v) for v in col]
        except (TypeError, ValueError):
            out[:, j] = [to_float(v) for v in col]
    return out


def first_non_numeric(values: list):
    """(row, value) of the first value that is not a number, or None."""
    for row, v in enumerate(values):
        try:
            to_float(v)
        except (TypeError, ValueError):
            return row, v
    return None


def representative_point(geom: QgsGeometry) -> Optional[QgsGeometry]:
    """Point for a geometry: the point itself, else the centroid, else (when the
    centroid lies outside a concave polygon) a point on the surface."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    gtype = QgsWkbTypes.geometryType(geom.wkbType())
    if gtype == QgsWkbTypes.PointGeometry and not geom.isMultipart():
        return geom
    centroid = geom.centroid()
    if gtype == QgsWkbTypes.PolygonGeometry and not geom.contains(centroid):
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
