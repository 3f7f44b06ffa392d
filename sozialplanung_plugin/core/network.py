"""A walkable street network as a graph, points snapped onto it, and shortest paths.

Conventions (documented for users in the help of population_in_reach):

* Nodes are the lines' vertices. Lines connect where they share a vertex —
  at their ends or anywhere inside (OSM ways cross at interior vertices);
  lines that cross without a shared vertex (bridges, tunnels) do not
  connect. With a ``tolerance`` > 0, vertices closer than it are merged
  (nearly coincident ends of digitised lines).
* Edges are the straight pieces between consecutive vertices, both
  directions, weighted by their length in the (metric) coordinates given.
* A point is snapped to the nearest position on the nearest edge (not to
  the nearest node); the straight leg from the point to that position is
  its off-network distance. Points farther than ``max_snap`` are not
  routable.
* The distance between two snapped points is the shortest path along the
  network between their positions, plus both legs when ``with_legs``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, List, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.progress import ProgressFn
from sozialplanung_plugin.core.types import Array

SNAP_PIECE = 25.0          # long edges are indexed in pieces of at most this length for snapping


@dataclass
class Network:
    node_xy: Array            # (n, 2)
    seg_a: Array              # (m,) first node of each edge
    seg_b: Array              # (m,) second node
    seg_len: Array            # (m,) length
    seg_line: Array           # (m,) index of the input line the edge belongs to
    snap_index: Any = None    # built on first use by piece_index()

    @property
    def n_nodes(self) -> int:
        return int(len(self.node_xy))


def build_network(lines: Sequence[Array], tolerance: float = 0.0) -> Network:
    """Graph from polylines ((k_i, 2) arrays of vertices, in metres)."""
    sizes = np.array([len(ln) for ln in lines], dtype=np.int64)
    if sizes.sum() == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Network(np.zeros((0, 2)), empty, empty, np.zeros(0), empty)
    xy = np.concatenate([np.asarray(ln, dtype=float).reshape(-1, 2) for ln in lines])
    node_xy, inverse = np.unique(xy, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    if tolerance > 0 and len(node_xy) > 1:
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components
        from scipy.spatial import cKDTree

        pairs = cKDTree(node_xy).query_pairs(tolerance, output_type="ndarray")
        if len(pairs):
            n = len(node_xy)
            graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
            _, label = connected_components(graph, directed=False)
            # merged node at the mean position of its group
            counts = np.bincount(label)
            merged = np.column_stack([np.bincount(label, node_xy[:, 0]), np.bincount(label, node_xy[:, 1])])
            node_xy = merged / counts[:, None]
            inverse = label[inverse]
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    line_of_vertex = np.repeat(np.arange(len(lines)), sizes)
    last = np.zeros(len(xy), dtype=bool)
    last[(starts + sizes - 1)[sizes > 0]] = True
    first = np.nonzero(~last)[0]                      # a vertex followed by another of the same line
    a, b = inverse[first], inverse[first + 1]
    keep = a != b
    a, b, line = a[keep], b[keep], line_of_vertex[first][keep]
    # the same straight piece twice (two ways over the same vertices) is one edge
    _, once = np.unique(np.column_stack([np.minimum(a, b), np.maximum(a, b)]), axis=0, return_index=True)
    once = np.sort(once)
    a, b, line = a[once], b[once], line[once]
    length = np.hypot(*(node_xy[b] - node_xy[a]).T)
    return Network(node_xy, a.astype(np.int64), b.astype(np.int64), length, line.astype(np.int64))


@dataclass
class Snap:
    seg: Array            # edge index, -1 where not routable
    t: Array              # position along the edge from seg_a (0..1)
    leg: Array            # distance from the point to that position (NaN where not routable)
    pos: Array            # (n, 2) the snapped positions

    @property
    def routable(self) -> Array:
        return np.asarray(self.seg >= 0)


def point_segment(px: Array, py: Array, ax: Array, ay: Array, bx: Array, by: Array) -> Tuple[Array, Array]:
    """Distance from points to segments (elementwise) and the position t (0..1) of the foot."""
    dx, dy = bx - ax, by - ay
    ll = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(ll > 0, ((px - ax) * dx + (py - ay) * dy) / ll, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return np.hypot(px - (ax + t * dx), py - (ay + t * dy)), t


class PieceIndex:
    """Edges cut into pieces of at most SNAP_PIECE, indexed by their midpoints."""

    def __init__(self, net: Network):
        from scipy.spatial import cKDTree

        n_pieces = np.maximum(1, np.ceil(net.seg_len / SNAP_PIECE).astype(np.int64))
        self.seg = np.repeat(np.arange(len(net.seg_len)), n_pieces)
        offset = np.arange(len(self.seg)) - np.repeat(np.cumsum(n_pieces) - n_pieces, n_pieces)
        k = np.repeat(n_pieces, n_pieces).astype(float)
        self.t0 = offset / k
        self.t1 = (offset + 1) / k
        a, b = net.node_xy[net.seg_a[self.seg]], net.node_xy[net.seg_b[self.seg]]
        self.p0 = a + (b - a) * self.t0[:, None]
        self.p1 = a + (b - a) * self.t1[:, None]
        self.half = float(np.max(np.hypot(*(self.p1 - self.p0).T)) / 2) if len(self.seg) else 0.0
        self.tree = cKDTree((self.p0 + self.p1) / 2, balanced_tree=False, compact_nodes=False) \
            if len(self.seg) else None


def piece_index(net: Network) -> PieceIndex:
    """The snapping index of a network, built once."""
    if net.snap_index is None:
        net.snap_index = PieceIndex(net)
    return net.snap_index  # type: ignore[no-any-return]


def snap_points(net: Network, xy: Array, max_snap: float) -> Snap:
    """Nearest position on the nearest edge for each point (exact: candidates by a KD-tree over
    edge pieces, widened until no piece outside them can be nearer)."""
    n = len(xy)
    seg = np.full(n, -1, dtype=np.int64)
    t = np.zeros(n)
    leg = np.full(n, np.nan)
    pos = np.full((n, 2), np.nan)
    if n == 0 or len(net.seg_len) == 0:
        return Snap(seg, t, leg, pos)
    index = piece_index(net)
    assert index.tree is not None
    finite = np.isfinite(xy).all(axis=1)
    todo = np.nonzero(finite)[0]
    k = 8
    best_d = np.full(n, np.inf)
    best_piece = np.full(n, -1, dtype=np.int64)
    best_u = np.zeros(n)
    while len(todo):
        kk = min(k, len(index.seg))
        dist, idx = index.tree.query(xy[todo], k=kk, workers=-1)
        dist, idx = dist.reshape(len(todo), kk), idx.reshape(len(todo), kk)
        p = xy[todo]
        d, u = point_segment(p[:, 0:1], p[:, 1:2], index.p0[idx, 0], index.p0[idx, 1], index.p1[idx, 0],
                              index.p1[idx, 1])
        j = np.argmin(d, axis=1)
        rows = np.arange(len(todo))
        best_d[todo] = d[rows, j]
        best_piece[todo] = idx[rows, j]
        best_u[todo] = u[rows, j]
        # exact unless a piece beyond the k-th could still be nearer: its midpoint is at least the k-th
        # distance away, the piece itself at least that minus half its length
        unsure = (kk < len(index.seg)) & (dist[:, -1] - index.half < best_d[todo]) & \
            (dist[:, -1] - index.half <= max_snap)
        todo = todo[unsure]
        k *= 4
    ok = np.isfinite(best_d) & (best_d <= max_snap)
    piece = best_piece[ok]
    seg[ok] = index.seg[piece]
    t[ok] = index.t0[piece] + best_u[ok] * (index.t1[piece] - index.t0[piece])
    leg[ok] = best_d[ok]
    a, b = net.node_xy[net.seg_a[seg[ok]]], net.node_xy[net.seg_b[seg[ok]]]
    pos[ok] = a + (b - a) * t[ok][:, None]
    return Snap(seg, t, leg, pos)


def _graph(net: Network, extra_rows: Array, extra_cols: Array, extra_w: Array, n_total: int) -> Any:
    """Symmetric sparse graph of the edges (shortest of parallel edges) plus extra edges."""
    from scipy.sparse import csr_matrix

    rows = np.concatenate([net.seg_a, extra_rows])
    cols = np.concatenate([net.seg_b, extra_cols])
    w = np.concatenate([net.seg_len, extra_w])
    lo, hi = np.minimum(rows, cols), np.maximum(rows, cols)
    order = np.lexsort((w, hi, lo))
    lo, hi, w = lo[order], hi[order], w[order]
    first = np.ones(len(lo), dtype=bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    lo, hi, w = lo[first], hi[first], w[first]
    # csgraph treats explicit zeros as missing edges: a tiny positive weight keeps zero-length links
    w = np.maximum(w, 1e-9)
    return csr_matrix((w, (lo, hi)), shape=(n_total, n_total))


@dataclass
class Sources:
    """Facilities as virtual nodes of the graph: facility f is node n_nodes + f, linked to both ends of
    the edges its access points are snapped to."""
    graph: Any                        # scipy csr (n_nodes + n_facilities)^2
    n_nodes: int
    n_facilities: int
    access_facility: Array            # facility of each routable access point
    access_seg: Array
    access_t: Array
    access_leg: Array


def facility_sources(net: Network, snap: Snap, facility_of_access: Array, n_facilities: int,
                     with_legs: bool = True) -> Sources:
    ok = snap.routable
    fac = np.asarray(facility_of_access)[ok]
    seg, t = snap.seg[ok], snap.t[ok]
    leg = snap.leg[ok] if with_legs else np.zeros(int(ok.sum()))
    length = net.seg_len[seg]
    virtual = net.n_nodes + fac
    rows = np.concatenate([virtual, virtual])
    cols = np.concatenate([net.seg_a[seg], net.seg_b[seg]])
    w = np.concatenate([leg + t * length, leg + (1 - t) * length])
    graph = _graph(net, rows, cols, w, net.n_nodes + n_facilities)
    return Sources(graph, net.n_nodes, n_facilities, fac, seg, t, leg)


def nearest_facility(net: Network, sources: Sources, snap: Snap, with_legs: bool = True,
                     limit: float = np.inf) -> Tuple[Array, Array]:
    """Distance to and index of the nearest facility for each point (multi-source Dijkstra);
    inf / -1 where not routable or nothing is reachable."""
    from scipy.sparse.csgraph import dijkstra

    n_points = len(snap.seg)
    if sources.n_facilities == 0 or len(sources.access_facility) == 0:
        return np.full(n_points, np.inf), np.full(n_points, -1, dtype=np.int64)
    virtual = np.unique(sources.n_nodes + sources.access_facility)
    dist, _, src = dijkstra(sources.graph, directed=False, indices=virtual, min_only=True,
                            return_predecessors=True, limit=limit)
    node_dist = dist[:sources.n_nodes]
    node_src = np.where(src[:sources.n_nodes] >= 0, src[:sources.n_nodes] - sources.n_nodes, -1)
    ok = snap.routable
    seg = np.where(ok, snap.seg, 0)
    length = net.seg_len[seg]
    da = node_dist[net.seg_a[seg]] + snap.t * length
    db = node_dist[net.seg_b[seg]] + (1 - snap.t) * length
    d = np.minimum(da, db)
    who = np.where(da <= db, node_src[net.seg_a[seg]], node_src[net.seg_b[seg]])
    # a facility on the point's own edge may be reached directly along it
    for f, s, tt, lg in zip(sources.access_facility, sources.access_seg, sources.access_t, sources.access_leg):
        on = np.nonzero(ok & (snap.seg == s))[0]
        if len(on):
            direct = lg + np.abs(snap.t[on] - tt) * net.seg_len[s]
            better = direct < d[on]
            d[on[better]] = direct[better]
            who[on[better]] = f
    if with_legs:
        d = d + np.where(ok, snap.leg, 0.0)
    d = np.where(ok & np.isfinite(d) & (d <= limit), d, np.inf)
    who = np.where(np.isfinite(d), who, -1)
    return d, who.astype(np.int64)


def _expand(starts: Array, items: Array, keys: Array) -> Tuple[Array, Array]:
    """For each position i of ``keys``, all items[starts[keys[i]]:starts[keys[i] + 1]]: returns
    (position, item) pairs — a vectorised CSR lookup."""
    lo, hi = starts[keys], starts[keys + 1]
    counts = hi - lo
    pos = np.repeat(np.arange(len(keys)), counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return pos, items[np.repeat(lo, counts) + offsets]


def _access_xy(net: Network, sources: Sources, block: Array) -> Array:
    sel = np.isin(sources.access_facility, block)
    seg, t = sources.access_seg[sel], sources.access_t[sel]
    a, b = net.node_xy[net.seg_a[seg]], net.node_xy[net.seg_b[seg]]
    return np.asarray(a + (b - a) * t[:, None])


def _spatial_blocks(net: Network, sources: Sources, size: int) -> List[Array]:
    """Routable facilities in blocks of about ``size`` that lie close together (grid cells)."""
    facilities = np.unique(sources.access_facility)
    if len(facilities) <= size:
        return [facilities] if len(facilities) else []
    first = np.searchsorted(sources.access_facility[np.argsort(sources.access_facility, kind="stable")], facilities)
    order = np.argsort(sources.access_facility, kind="stable")[first]
    seg, t = sources.access_seg[order], sources.access_t[order]
    a, b = net.node_xy[net.seg_a[seg]], net.node_xy[net.seg_b[seg]]
    xy = a + (b - a) * t[:, None]
    span = np.maximum(xy.max(axis=0) - xy.min(axis=0), 1.0)
    cells = max(1, int(round(np.sqrt(len(facilities) / size))))
    cx = np.minimum(((xy[:, 0] - xy[:, 0].min()) / span[0] * cells).astype(int), cells - 1)
    cy = np.minimum(((xy[:, 1] - xy[:, 1].min()) / span[1] * cells).astype(int), cells - 1)
    cell = cx * cells + cy
    blocks = []
    for c in np.unique(cell):
        members = facilities[cell == c]
        for s0 in range(0, len(members), 2 * size):
            blocks.append(members[s0:s0 + 2 * size])
    return blocks


def reach_pairs(net: Network, sources: Sources, snap: Snap, limit: float, with_legs: bool = True,
                chunk: int = 64, progress: ProgressFn = None) -> Tuple[Array, Array, Array]:
    """All (facility, point, distance) with distance <= limit: Dijkstra bounded by ``limit`` from a block
    of facilities at a time, then the points on the edges each reached (vectorised)."""
    from scipy.sparse.csgraph import dijkstra

    idx = np.nonzero(snap.routable)[0]
    seg = snap.seg[idx]
    # points by node: each routable point hangs on both ends of its edge
    ends = np.concatenate([net.seg_a[seg], net.seg_b[seg]])
    pts = np.concatenate([idx, idx])
    order = np.argsort(ends, kind="stable")
    node_starts = np.searchsorted(ends[order], np.arange(net.n_nodes + 1))
    node_pts = pts[order]
    # points by edge, for facilities on the same edge
    order = np.argsort(seg, kind="stable")
    seg_starts = np.searchsorted(seg[order], np.arange(len(net.seg_len) + 1))
    seg_pts = idx[order]
    n_points = len(snap.seg)
    out_f: List[Array] = []
    out_p: List[Array] = []
    out_d: List[Array] = []
    n_all = sources.n_nodes + sources.n_facilities
    for k, block in enumerate(_spatial_blocks(net, sources, chunk)):
        # only nodes within ``limit`` (straight line) of the block's access points can be reached:
        # Dijkstra on that part of the graph
        acc_xy = _access_xy(net, sources, block)
        lo, hi = acc_xy.min(axis=0) - limit, acc_xy.max(axis=0) + limit
        keep_node = np.zeros(n_all, dtype=bool)
        keep_node[:sources.n_nodes] = ((net.node_xy >= lo) & (net.node_xy <= hi)).all(axis=1)
        keep_node[sources.n_nodes + block] = True
        sub_ids = np.nonzero(keep_node)[0]
        sub = sources.graph[sub_ids][:, sub_ids]
        local = np.searchsorted(sub_ids, sources.n_nodes + block)
        dist = dijkstra(sub, directed=False, indices=local, limit=limit)
        n_sub_nodes = int(np.searchsorted(sub_ids, sources.n_nodes))
        # distances by global node through a local index; nodes outside the part map to an inf column
        node_d = np.hstack([dist[:, :n_sub_nodes], np.full((len(block), 1), np.inf)])
        local_of = np.full(sources.n_nodes, n_sub_nodes, dtype=np.int64)
        local_of[sub_ids[:n_sub_nodes]] = np.arange(n_sub_nodes)
        rows, sub_nodes = np.nonzero(np.isfinite(node_d[:, :n_sub_nodes]))
        r, p = _expand(node_starts, node_pts, sub_ids[sub_nodes])
        r = rows[r]
        # access points of this block's facilities: the points on their own edges
        row_of = np.full(sources.n_facilities, -1, dtype=np.int64)
        row_of[block] = np.arange(len(block))
        acc = np.nonzero(row_of[sources.access_facility] >= 0)[0]
        ar, ap = _expand(seg_starts, seg_pts, sources.access_seg[acc])
        r = np.concatenate([r, row_of[sources.access_facility[acc]][ar]])
        p = np.concatenate([p, ap])
        key = np.unique(r * n_points + p)
        r, p = key // n_points, key % n_points
        s_p, t_p = snap.seg[p], snap.t[p]
        length = net.seg_len[s_p]
        d = np.minimum(node_d[r, local_of[net.seg_a[s_p]]] + t_p * length,
                       node_d[r, local_of[net.seg_b[s_p]]] + (1 - t_p) * length)
        # directly along the shared edge
        a_acc = acc[ar]
        a_row = row_of[sources.access_facility[a_acc]]
        direct = sources.access_leg[a_acc] + np.abs(snap.t[ap] - sources.access_t[a_acc]) * net.seg_len[snap.seg[ap]]
        pos = np.searchsorted(key, a_row * n_points + ap)
        np.minimum.at(d, pos, direct)
        if with_legs:
            d = d + snap.leg[p]
        keep = d <= limit
        out_f.append(block[r[keep]])
        out_p.append(p[keep])
        out_d.append(d[keep])
        if progress is not None:
            progress(min(1.0, (k + 1) * chunk / max(1, sources.n_facilities)))
    if not out_f:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(out_f), np.concatenate(out_p), np.concatenate(out_d)


def node_distances(sources: Sources, facilities: Array, limit: float, chunk: int = 64) -> Iterator[Tuple[int, Array]]:
    """(facility, distances of all graph nodes from it, inf beyond ``limit``), facility by facility."""
    from scipy.sparse.csgraph import dijkstra

    for c0 in range(0, len(facilities), chunk):
        block = np.asarray(facilities[c0:c0 + chunk], dtype=np.int64)
        dist = dijkstra(sources.graph, directed=False, indices=sources.n_nodes + block, limit=limit)
        for r, f in enumerate(block):
            yield int(f), dist[r, :sources.n_nodes]


def reached_pieces(net: Network, node_dist: Array, band: float, sources: Sources, facility: int) -> Array:
    """The parts of edges within ``band`` of a facility, as (k, 4) segments x0 y0 x1 y1 — for drawing its
    catchment (counts never depend on these)."""
    a_d, b_d = node_dist[net.seg_a], node_dist[net.seg_b]
    length = np.maximum(net.seg_len, 1e-12)
    from_a = np.clip((band - a_d) / length, 0.0, 1.0)          # reached from a: [0, from_a]
    from_b = np.clip((band - b_d) / length, 0.0, 1.0)          # reached from b: [1 - from_b, 1]
    pieces = []
    full = from_a + from_b >= 1.0
    for lo, hi, sel in ((np.zeros_like(from_a), np.ones_like(from_a), full),
                        (np.zeros_like(from_a), from_a, ~full & (from_a > 0)),
                        (1.0 - from_b, np.ones_like(from_b), ~full & (from_b > 0))):
        idx = np.nonzero(sel)[0]
        pa, pb = net.node_xy[net.seg_a[idx]], net.node_xy[net.seg_b[idx]]
        pieces.append(np.hstack([pa + (pb - pa) * lo[idx, None], pa + (pb - pa) * hi[idx, None]]))
    # the facility's own edges, around its access points
    acc = np.nonzero(sources.access_facility == facility)[0]
    for k in acc:
        s, t, lg = sources.access_seg[k], sources.access_t[k], sources.access_leg[k]
        r = (band - lg) / length[s]
        if r > 0:
            pa, pb = net.node_xy[net.seg_a[s]], net.node_xy[net.seg_b[s]]
            lo, hi = max(0.0, t - r), min(1.0, t + r)
            pieces.append(np.array([[*(pa + (pb - pa) * lo), *(pa + (pb - pa) * hi)]]))
    return np.vstack(pieces) if pieces else np.zeros((0, 4))
