"""Who lives within reach of a facility: straight-line and along the street network.

Straight line: a resident at distance <= d counts — a true circle, no polygon
approximation. A polygon facility (e.g. a playground's area) is measured
from its boundary; residents inside it have distance 0.

Network (see core/network.py for the graph conventions): facilities and
residents are snapped onto the nearest edge; a polygon facility is entered
anywhere on its boundary (the boundary is sampled every few metres and each
sample snapped; the nearest counts).

All distances are in the metres of the (metric) coordinates given.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core import network as nw
from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.point_in_polygon import containing_pairs
from sozialplanung_plugin.core.progress import CanceledFn, ProgressFn, report
from sozialplanung_plugin.core.types import Array

STRAIGHT, NETWORK = 0, 1                 # enum order frozen: the MODE parameter
BOUNDARY_STEP = 10.0                     # metres between access points on a polygon facility's boundary


def parse_bands(text: str, walking_speed_kmh: float = 0.0) -> List[float]:
    """'300,500,800' -> metres; with a walking speed the numbers are minutes."""
    out: List[float] = []
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            v = float(part)
        except ValueError:
            raise InputError("bad_band", value=part) from None
        if not np.isfinite(v) or v <= 0:
            raise InputError("negative_band", value=part)
        out.append(v * walking_speed_kmh * 1000.0 / 60.0 if walking_speed_kmh > 0 else v)
    if not out:
        raise InputError("no_bands")
    for a, b in zip(out, out[1:]):
        if not b > a:
            raise InputError("unsorted_bands", first=a, second=b)
    return out


@dataclass
class Facilities:
    """Point facilities (``xy``) or polygon facilities (``rings``: per facility its closed rings)."""
    xy: Optional[Array] = None
    rings: Optional[List[List[Array]]] = None

    @property
    def count(self) -> int:
        return int(len(self.xy)) if self.xy is not None else len(self.rings or [])

    def boundary_network(self) -> Tuple[nw.Network, Array]:
        """The rings as a 'network' whose edges know their facility (for nearest-boundary distances)."""
        lines: List[Array] = []
        owner: List[int] = []
        for f, rings in enumerate(self.rings or []):
            for r in rings:
                lines.append(np.asarray(r, dtype=float))
                owner.append(f)
        net = nw.build_network(lines)
        return net, np.asarray(owner, dtype=np.int64)[net.seg_line] if len(owner) else np.zeros(0, dtype=np.int64)

    def access_points(self, step: float = BOUNDARY_STEP) -> Tuple[Array, Array]:
        """Points (and their facility) where a facility can be entered: the point itself, or samples
        along a polygon's boundary at most ``step`` apart (vertices included)."""
        if self.xy is not None:
            return np.asarray(self.xy, dtype=float), np.arange(len(self.xy))
        pts: List[Array] = []
        owner: List[Array] = []
        for f, rings in enumerate(self.rings or []):
            for r in rings:
                r = np.asarray(r, dtype=float)
                a, b = r[:-1], r[1:]
                n = np.maximum(1, np.ceil(np.hypot(*(b - a).T) / step).astype(int))
                t = np.concatenate([np.arange(k) / k for k in n])
                s = np.repeat(np.arange(len(a)), n)
                samples = a[s] + (b[s] - a[s]) * t[:, None]
                pts.append(samples)
                owner.append(np.full(len(samples), f))
        if not pts:
            return np.zeros((0, 2)), np.zeros(0, dtype=np.int64)
        return np.vstack(pts), np.concatenate(owner).astype(np.int64)


@dataclass
class Reach:
    nearest_dist: Array            # per resident point: distance to the nearest facility (inf: none / unroutable)
    nearest: Array                 # index of that facility (-1)
    pair_facility: Array           # all (facility, point, distance) within the largest band
    pair_point: Array
    pair_dist: Array
    routable: Array                # per point (always True for straight-line)
    facility_routable: Array       # per facility
    network: Optional[nw.Network] = None     # along the network: the graph and the facilities on it, for
    sources: Optional[nw.Sources] = None     # drawing catchments without building them again


def _min_per_pair(f: Array, p: Array, d: Array) -> Tuple[Array, Array, Array]:
    """Smallest distance per (facility, point)."""
    if not len(f):
        return f, p, d
    order = np.lexsort((d, p, f))
    f, p, d = f[order], p[order], d[order]
    first = np.ones(len(f), dtype=bool)
    first[1:] = (f[1:] != f[:-1]) | (p[1:] != p[:-1])
    return f[first], p[first], d[first]


def straight_reach(fac: Facilities, pts: Array, limit: float) -> Reach:
    from scipy.spatial import cKDTree

    n = len(pts)
    ok = np.asarray(np.isfinite(pts).all(axis=1), dtype=bool)
    idx = np.nonzero(ok)[0]
    if fac.count == 0 or not len(idx):
        empty = np.zeros(0, dtype=np.int64)
        return Reach(np.full(n, np.inf), np.full(n, -1, dtype=np.int64), empty, empty, np.zeros(0), ok,
                     np.ones(fac.count, dtype=bool))
    ptree = cKDTree(pts[idx])
    if fac.xy is not None:
        fxy = np.asarray(fac.xy, dtype=float)
        good = np.asarray(np.isfinite(fxy).all(axis=1), dtype=bool)
        gidx = np.nonzero(good)[0]
        ftree = cKDTree(fxy[gidx])
        dist, who = ftree.query(pts[idx], k=1)
        nearest_dist: Array = np.full(n, np.inf)
        nearest: Array = np.full(n, -1, dtype=np.int64)
        nearest_dist[idx], nearest[idx] = dist, gidx[who]
        sm = ftree.sparse_distance_matrix(ptree, limit, output_type="ndarray")
        f, p, d = gidx[sm["i"]], idx[sm["j"]], sm["v"]
        # the tree's cut-off is exact, but recompute to be sure the distance is the same number as above
        d = np.hypot(*(fxy[f] - pts[p]).T)
        keep = d <= limit
        return Reach(nearest_dist, nearest, f[keep], p[keep], d[keep], ok, good)
    # polygons: distance to the boundary, 0 inside
    net, owner = fac.boundary_network()
    snap = nw.snap_points(net, pts, np.inf)
    nearest_dist = np.where(snap.routable, snap.leg, np.inf)
    nearest = np.where(snap.routable, owner[np.where(snap.routable, snap.seg, 0)], -1)
    in_f, in_p = containing_pairs(pts[:, 0], pts[:, 1], fac.rings or [])
    nearest_dist[in_p] = 0.0
    nearest[in_p] = in_f
    index = nw.piece_index(net)              # built once, by snap_points above
    assert index.tree is not None
    sm = index.tree.sparse_distance_matrix(ptree, limit + index.half, output_type="ndarray")
    piece, p = sm["i"], idx[sm["j"]]
    d, _ = nw.point_segment(pts[p, 0], pts[p, 1], index.p0[piece, 0], index.p0[piece, 1], index.p1[piece, 0],
                             index.p1[piece, 1])
    f = owner[index.seg[piece]]
    f = np.concatenate([f, in_f])
    p = np.concatenate([p, in_p])
    d = np.concatenate([d, np.zeros(len(in_p))])
    keep = d <= limit
    f, p, d = _min_per_pair(f[keep], p[keep], d[keep])
    return Reach(nearest_dist, nearest, f, p, d, ok, np.array([bool(r) for r in (fac.rings or [])]))


def network_sources(fac: Facilities, lines: Sequence[Array], max_snap: float, tolerance: float = 0.0,
                    with_legs: bool = True) -> Tuple[nw.Network, nw.Sources, Array]:
    """The graph, the facilities as sources on it, and which facilities are routable."""
    net = nw.build_network(lines, tolerance)
    if len(net.seg_len) == 0:
        raise InputError("empty_network")
    access, owner = fac.access_points()
    fsnap = nw.snap_points(net, access, max_snap)
    facility_routable = np.zeros(fac.count, dtype=bool)
    facility_routable[owner[fsnap.routable]] = True
    return net, nw.facility_sources(net, fsnap, owner, fac.count, with_legs), facility_routable


def network_reach(fac: Facilities, pts: Array, lines: Sequence[Array], limit: float, max_snap: float,
                  tolerance: float = 0.0, with_legs: bool = True, progress: ProgressFn = None,
                  is_canceled: CanceledFn = None) -> Reach:
    net, sources, facility_routable = network_sources(fac, lines, max_snap, tolerance, with_legs)
    report(progress, is_canceled, 0.1)
    psnap = nw.snap_points(net, pts, max_snap)
    report(progress, is_canceled, 0.2)
    nearest_dist, nearest = nw.nearest_facility(net, sources, psnap, with_legs)
    report(progress, is_canceled, 0.3)
    f, p, d = nw.reach_pairs(net, sources, psnap, limit, with_legs,
                             progress=None if progress is None else (lambda x: report(progress, is_canceled,
                                                                                      0.3 + 0.7 * x)))
    if fac.rings is not None:             # residents inside a facility's area are there already
        in_f, in_p = containing_pairs(pts[:, 0], pts[:, 1], fac.rings)
        nearest_dist[in_p] = 0.0
        nearest[in_p] = in_f
        f, p, d = _min_per_pair(np.concatenate([f, in_f]), np.concatenate([p, in_p]),
                                np.concatenate([d, np.zeros(len(in_p))]))
    return Reach(nearest_dist, nearest, f, p, d, psnap.routable, facility_routable, net, sources)


def facility_counts(reach: Reach, values: Array, n_facilities: int, bands: Sequence[float]) -> Array:
    """(facilities, bands, fields): residents within each band of each facility (a resident may count for
    several facilities)."""
    out = np.zeros((n_facilities, len(bands), values.shape[1]))
    for b, band in enumerate(bands):
        sel = reach.pair_dist <= band
        for k in range(values.shape[1]):
            w = np.nan_to_num(values[reach.pair_point[sel], k])
            out[:, b, k] = np.bincount(reach.pair_facility[sel], weights=w, minlength=n_facilities)
    return out


def weighted_median(groups: Array, values: Array, weights: Array, n_groups: int) -> Array:
    """Median of ``values`` per group, each value counted with its weight (NaN where no weight)."""
    out = np.full(n_groups, np.nan)
    ok = (groups >= 0) & np.isfinite(values) & (weights > 0)
    g, v, w = groups[ok], values[ok], weights[ok]
    if not len(g):
        return out
    order = np.lexsort((v, g))
    g, v, w = g[order], v[order], w[order]
    cum = np.cumsum(w)
    starts = np.searchsorted(g, np.arange(n_groups), "left")
    ends = np.searchsorted(g, np.arange(n_groups), "right")
    for a in np.nonzero(ends > starts)[0]:
        s, e = starts[a], ends[a]
        base = cum[s - 1] if s > 0 else 0.0
        half = (cum[e - 1] - base) / 2.0
        k = s + int(np.searchsorted(cum[s:e] - base, half, "left"))
        out[a] = v[min(k, e - 1)]
    return out


@dataclass
class AreaSummary:
    total: Array           # (areas, fields)
    reached: Array         # (areas, bands, fields)
    share: Array           # (areas, bands, fields), % of total
    mean_dist: Array       # (areas, fields), resident-weighted, over residents with a reachable facility
    median_dist: Array     # (areas, fields)
    unroutable: Array      # (areas, fields): residents not routable or with no reachable facility


def area_summary(area: Array, n_areas: int, values: Array, nearest_dist: Array, bands: Sequence[float]) -> AreaSummary:
    k = values.shape[1]
    vals = np.nan_to_num(values)
    inside = area >= 0
    a = np.where(inside, area, 0)
    total = np.zeros((n_areas, k))
    reached = np.zeros((n_areas, len(bands), k))
    mean = np.full((n_areas, k), np.nan)
    median = np.full((n_areas, k), np.nan)
    unroutable = np.zeros((n_areas, k))
    finite = np.isfinite(nearest_dist)
    for j in range(k):
        w = np.where(inside, vals[:, j], 0.0)
        total[:, j] = np.bincount(a, w, n_areas)
        for b, band in enumerate(bands):
            reached[:, b, j] = np.bincount(a, np.where(nearest_dist <= band, w, 0.0), n_areas)
        wf = np.where(finite, w, 0.0)
        sw = np.bincount(a, wf, n_areas)
        swd = np.bincount(a, np.where(finite, w * np.where(finite, nearest_dist, 0.0), 0.0), n_areas)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean[:, j] = np.where(sw > 0, swd / sw, np.nan)
        median[:, j] = weighted_median(np.where(inside, area, -1), nearest_dist, wf, n_areas)
        unroutable[:, j] = np.bincount(a, np.where(~finite, w, 0.0), n_areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total[:, None, :] > 0, reached / total[:, None, :] * 100.0, np.nan)
    return AreaSummary(total, reached, share, mean, median, unroutable)
