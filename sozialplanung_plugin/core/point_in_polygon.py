"""Which polygon contains each point: vectorised crossing-number test.

Polygons are given as lists of closed rings (every ring of every part,
outer rings and holes alike); the even-odd rule over all rings handles holes
and multipolygons. The half-open edge rule (an edge counts when one end is
strictly above the point and the other is not, and the crossing is strictly
right of the point) puts a point on an edge shared by two polygons into
exactly one of them, so totals are never counted twice.

When polygons overlap, a point goes to the first polygon in input order and
the number of such points is returned so the caller can warn.
"""
from __future__ import annotations

from typing import List, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.progress import CanceledFn, ProgressFn, report
from sozialplanung_plugin.core.types import Array

Ring = Array  # shape (n, 2), first point == last point

_MAX_CELLS = 2_000_000  # edges x points evaluated at once


def _inside_rings(rings: Sequence[Ring], px: Array, py: Array) -> Array:
    inside = np.zeros(px.shape[0], dtype=bool)
    for ring in rings:
        x1, y1 = ring[:-1, 0], ring[:-1, 1]
        x2, y2 = ring[1:, 0], ring[1:, 1]
        # orient every edge lower end first: an edge shared by two polygons runs in
        # opposite directions in them, and must give both the same crossing point
        swap = (y1 > y2) | ((y1 == y2) & (x1 > x2))
        x1, x2 = np.where(swap, x2, x1), np.where(swap, x1, x2)
        y1, y2 = np.where(swap, y2, y1), np.where(swap, y1, y2)
        dy = y2 - y1
        safe_dy = np.where(dy == 0.0, 1.0, dy)
        step = max(1, _MAX_CELLS // max(1, len(x1)))
        for start in range(0, len(px), step):
            qx = px[start:start + step][None, :]
            qy = py[start:start + step][None, :]
            straddle = (y1[:, None] > qy) != (y2[:, None] > qy)
            xint = x1[:, None] + (qy - y1[:, None]) * ((x2 - x1) / safe_dy)[:, None]
            crossings = np.count_nonzero(straddle & (qx < xint), axis=0)
            inside[start:start + step] ^= (crossings % 2).astype(bool)
    return inside


def locate_points(px: Array, py: Array,
                  polygons: Sequence[Sequence[Ring]],
                  progress: ProgressFn = None,
                  is_canceled: CanceledFn = None) -> Tuple[Array, int]:
    """Index of the containing polygon per point (-1: none), and the number
    of points that lay in more than one polygon."""
    px = np.asarray(px, dtype=float)
    py = np.asarray(py, dtype=float)
    result = np.full(px.shape[0], -1, dtype=np.int64)
    if px.shape[0] == 0 or len(polygons) == 0:
        return result, 0
    order = np.argsort(px, kind="stable")
    sx = px[order]
    n_multi = 0
    for k, rings in enumerate(polygons):
        if k % 16 == 0:
            report(progress, is_canceled, k / len(polygons))
        rings = [np.asarray(r, dtype=float) for r in rings if len(r) >= 4]
        if not rings:
            continue
        allpts = np.vstack(rings)
        xmin, ymin = allpts.min(axis=0)
        xmax, ymax = allpts.max(axis=0)
        lo, hi = np.searchsorted(sx, xmin, "left"), np.searchsorted(sx, xmax, "right")
        cand = order[lo:hi]
        cand = cand[(py[cand] >= ymin) & (py[cand] <= ymax)]
        if cand.size == 0:
            continue
        hit = cand[_inside_rings(rings, px[cand], py[cand])]
        taken = result[hit] >= 0
        n_multi += int(np.count_nonzero(taken))
        result[hit[~taken]] = k
    report(progress, is_canceled, 1.0)
    return result, n_multi


def containing_pairs(px: Array, py: Array, polygons: Sequence[Sequence[Ring]]) -> Tuple[Array, Array]:
    """Every (polygon, point) with the point inside the polygon — also where polygons overlap."""
    px = np.asarray(px, dtype=float)
    py = np.asarray(py, dtype=float)
    order = np.argsort(px, kind="stable")
    sx = px[order]
    out_poly: List[Array] = []
    out_pt: List[Array] = []
    for k, rings in enumerate(polygons):
        rings = [np.asarray(r, dtype=float) for r in rings if len(r) >= 4]
        if not rings:
            continue
        allpts = np.vstack(rings)
        xmin, ymin = allpts.min(axis=0)
        xmax, ymax = allpts.max(axis=0)
        lo, hi = np.searchsorted(sx, xmin, "left"), np.searchsorted(sx, xmax, "right")
        cand = order[lo:hi]
        cand = cand[(py[cand] >= ymin) & (py[cand] <= ymax)]
        if cand.size:
            hit = cand[_inside_rings(rings, px[cand], py[cand])]
            out_poly.append(np.full(len(hit), k, dtype=np.int64))
            out_pt.append(hit)
    if not out_poly:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(out_poly), np.concatenate(out_pt)


def rings_from_coordinates(parts: List[List[List[Tuple[float, float]]]]) -> List[Ring]:
    """Flatten polygon parts (each a list of rings of (x, y)) into closed numpy rings."""
    rings: List[Ring] = []
    for part in parts:
        for ring in part:
            arr = np.asarray(ring, dtype=float)
            if len(arr) and not np.array_equal(arr[0], arr[-1]):
                arr = np.vstack([arr, arr[:1]])
            rings.append(arr)
    return rings
