"""Polygon overlay through GEOS: which source polygons overlap which areas, by how much.

The geometric part of "largest overlap" and "area-weighted apportioning";
the bookkeeping on the resulting pairs is in core.aggregation.
"""
from __future__ import annotations

from typing import Callable, List, Sequence, Tuple

import numpy as np
from qgis.core import QgsGeometry, QgsSpatialIndex, QgsWkbTypes

from sozialplanung_plugin.processing.convert import PROGRESS_CHUNK


def valid_geometry(geom: QgsGeometry) -> Tuple[QgsGeometry, bool]:
    """The geometry, repaired with makeValid if needed; flag says it was repaired."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return geom, False
    if geom.isGeosValid():
        return geom, False
    return geom.makeValid(), True


def polygon_part(geom: QgsGeometry) -> QgsGeometry:
    """Only the polygonal part, as multipolygon (make valid can return a geometry collection)."""
    if geom is None or geom.isNull():
        return geom
    if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        parts = [g for g in geom.asGeometryCollection()
                 if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry]
        geom = QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
    if not geom.isNull():
        geom.convertToMultiType()
    return geom


def repaired(geoms: Sequence[QgsGeometry], polygons_only: bool = False) -> Tuple[List[QgsGeometry], List[int]]:
    """The geometries with the invalid ones made valid (``polygons_only``: then only their polygonal part,
    see :func:`polygon_part`), and the positions of those repaired."""
    out, fixed = [], []
    for k, geom in enumerate(geoms):
        valid, was_invalid = valid_geometry(geom)
        if was_invalid:
            fixed.append(k)
            if polygons_only:
                valid = polygon_part(valid)
        out.append(valid)
    return out, fixed


def overlay_pairs(sources: Sequence[QgsGeometry], areas: Sequence[QgsGeometry],
                  measure: Callable[[QgsGeometry], float], feedback=None,
                  progress_from: float = 0.0, progress_to: float = 100.0,
                  first_containing_only: bool = False
                  ) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Intersecting (source, area) pairs with the overlap area, plus each source's area.

    Areas are indexed and prepared once; a source lying wholly inside an area
    costs one prepared ``contains`` test instead of an intersection, and areas
    that only touch a source (shared boundary) are skipped. With
    ``first_containing_only`` (largest overlap), the search for a source stops
    at the first area, in area order, that contains it wholly: no other area
    can overlap it more, and ties go to the first area anyway.
    """
    index = QgsSpatialIndex()
    engines = []
    for k, g in enumerate(areas):
        if g is None or g.isNull() or g.isEmpty():
            engines.append(None)
            continue
        index.addFeature(k, g.boundingBox())
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        engines.append(engine)
    src_idx: List[int] = []
    area_idx: List[int] = []
    overlaps: List[float] = []
    source_area = np.zeros(len(sources))
    step = (progress_to - progress_from) / max(1, len(sources))
    for s, g in enumerate(sources):
        if s % PROGRESS_CHUNK == 0 and feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(progress_from + s * step)
        if g is None or g.isNull() or g.isEmpty():
            continue
        a_s = measure(g)
        source_area[s] = a_s
        geom = g.constGet()
        for a in sorted(index.intersects(g.boundingBox())):
            engine = engines[a]
            if engine.contains(geom):
                src_idx.append(s)
                area_idx.append(a)
                overlaps.append(a_s)
                if first_containing_only:
                    break
            elif engine.intersects(geom) and not engine.touches(geom):
                inter = g.intersection(areas[a])
                if inter is not None and not inter.isEmpty():
                    src_idx.append(s)
                    area_idx.append(a)
                    overlaps.append(measure(inter))
    return (np.array(src_idx, dtype=np.int64), np.array(area_idx, dtype=np.int64),
            np.array(overlaps, dtype=float), source_area)
