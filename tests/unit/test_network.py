"""Street network graph, snapping and shortest paths: tiny networks by hand, random networks against networkx."""
import networkx as nx
import numpy as np
import pytest

from sozialplanung_plugin.core import network as nw


def _lines(*coords):
    return [np.array(c, dtype=float) for c in coords]


def _distances(lines, facilities, points, max_snap=50.0, limit=1e9, tolerance=0.0, legs=True):
    net = nw.build_network(lines, tolerance)
    fs = nw.snap_points(net, np.array(facilities, dtype=float), max_snap)
    ps = nw.snap_points(net, np.array(points, dtype=float), max_snap)
    src = nw.facility_sources(net, fs, np.arange(len(facilities)), len(facilities), legs)
    d, who = nw.nearest_facility(net, src, ps, legs, limit)
    return d, who, ps


# T-junction: a way (0,0)-(100,0)-(200,0) and a side way from its interior vertex (100,0) up to (100,100)
T = _lines([(0, 0), (100, 0), (200, 0)], [(100, 0), (100, 100)])


def test_t_junction_by_hand():
    d, who, _ = _distances(T, [(0, 10)], [(110, 100), (200, -5), (100, 50)])
    # legs 10 + path 100 + 100 + leg 10; 10 + 200 + 5; 10 + 100 + 50 (snapped onto the side way)
    assert d.tolist() == pytest.approx([220, 215, 160])
    assert who.tolist() == [0, 0, 0]
    d, _, _ = _distances(T, [(0, 10)], [(110, 100)], legs=False)
    assert d.tolist() == pytest.approx([200])


def test_snapping_to_the_nearest_position_on_an_edge_not_the_nearest_node():
    d, _, ps = _distances(T, [(0, 0)], [(37, 4)])
    assert ps.pos[0].tolist() == pytest.approx([37, 0]) and ps.leg[0] == pytest.approx(4)
    assert d[0] == pytest.approx(41)


def test_bridge_without_shared_vertex_does_not_connect():
    bridge = _lines([(50, 50), (150, 50)])        # crosses the side way at (100, 50) without a vertex there
    d, who, _ = _distances(T + bridge, [(100, 45)], [(60, 52)])
    # the facility sits on the side way; the point's nearest edge is the bridge, which has no vertex in
    # common with the side way: unreachable
    assert not np.isfinite(d[0]) and who[0] == -1


def test_shared_interior_vertex_connects():
    crossing = _lines([(50, 50), (100, 50), (150, 50)])   # a vertex at (100, 50), but the side way has none
    d, _, _ = _distances(T + crossing, [(100, 45)], [(60, 52)])
    assert not np.isfinite(d[0])
    side = _lines([(100, 0), (100, 50), (100, 100)])      # now the side way has the vertex (100, 50)
    d, _, _ = _distances(T[:1] + side + crossing, [(100, 45)], [(60, 52)])
    assert d[0] == pytest.approx(0 + 5 + 40 + 2)


def test_dead_end_disconnected_piece_and_max_snap():
    island = _lines([(500, 500), (600, 500)])
    d, who, ps = _distances(T + island, [(0, 0)], [(550, 510), (100, 180), (100, 140)], max_snap=50)
    assert not np.isfinite(d[0])                         # on the island
    assert not ps.routable[1] and not np.isfinite(d[1])  # 80 m from the dead end > MAX_SNAP
    assert d[2] == pytest.approx(100 + 100 + 40)         # 40 m beyond the dead end: snapped to its end


def test_tolerance_merges_nearly_coincident_ends():
    gap = _lines([(0, 0), (100, 0)], [(100.04, 0.0), (200, 0)])
    d, _, _ = _distances(gap, [(0, 0)], [(200, 0)])
    assert not np.isfinite(d[0])
    d, _, _ = _distances(gap, [(0, 0)], [(200, 0)], tolerance=0.1)
    assert d[0] == pytest.approx(200, abs=0.05)


def test_same_edge_direct_path():
    d, _, _ = _distances(_lines([(0, 0), (100, 0)]), [(40, 0)], [(60, 3)])
    assert d[0] == pytest.approx(23)


# ------------------------------------------------------------------ against networkx
def _random_network(seed):
    rng = np.random.default_rng(seed)
    n = 6
    xs = np.arange(n) * 100.0
    grid = {(i, j): (xs[i] + rng.uniform(-20, 20), xs[j] + rng.uniform(-20, 20)) for i in range(n) for j in range(n)}
    lines = []
    for i in range(n):
        for j in range(n):
            for di, dj in ((1, 0), (0, 1)):
                if (i + di, j + dj) in grid and rng.random() > 0.15:
                    lines.append(np.array([grid[(i, j)], grid[(i + di, j + dj)]]))
    # a long way through several vertices, and a bridge
    lines.append(np.array([grid[(0, 2)], grid[(1, 2)], grid[(2, 2)], grid[(3, 2)]]))
    lines.append(np.array([grid[(0, 0)], grid[(5, 5)]]))
    fac = rng.uniform(-30, 530, (6, 2))
    pts = rng.uniform(-30, 530, (150, 2))
    return lines, fac, pts


def _brute_snap(lines, p):
    best = (np.inf, None, None)
    for ln in lines:
        for k in range(len(ln) - 1):
            a, b = ln[k], ln[k + 1]
            ab = b - a
            t = np.clip(np.dot(p - a, ab) / np.dot(ab, ab), 0, 1)
            q = a + t * ab
            d = np.hypot(*(p - q))
            if d < best[0]:
                best = (d, (tuple(a), tuple(b)), tuple(q))
    return best


def _networkx_distances(lines, fac, pts, max_snap):
    """Independent: split each edge at the snapped positions (brute-force snapping), add legs, Dijkstra."""
    g = nx.Graph()
    for ln in lines:
        for k in range(len(ln) - 1):
            a, b = tuple(ln[k]), tuple(ln[k + 1])
            g.add_edge(a, b, weight=float(np.hypot(*(np.array(a) - b))))
    splits = {}
    snaps = []
    for p in list(fac) + list(pts):
        d, edge, q = _brute_snap(lines, p)
        snaps.append((d, edge, q))
        if d <= max_snap:
            splits.setdefault(frozenset(edge), []).append(q)
    for edge, qs in splits.items():
        a, b = tuple(edge) if len(edge) == 2 else (next(iter(edge)),) * 2
        if g.has_edge(a, b):
            g.remove_edge(a, b)
        chain = sorted(set(qs) | {a, b}, key=lambda q: np.hypot(*(np.array(q) - a)))
        for u, v in zip(chain, chain[1:]):
            g.add_edge(u, v, weight=float(np.hypot(*(np.array(u) - v))))
    for k, (d, _, q) in enumerate(snaps):
        if d <= max_snap:
            g.add_edge(("pt", k), q, weight=float(d) if d > 0 else 1e-12)
    out = np.full((len(fac), len(pts)), np.inf)
    for f in range(len(fac)):
        if ("pt", f) not in g:
            continue
        lengths = nx.single_source_dijkstra_path_length(g, ("pt", f), weight="weight")
        for j in range(len(pts)):
            out[f, j] = lengths.get(("pt", len(fac) + j), np.inf)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_distances_equal_networkx(seed):
    lines, fac, pts = _random_network(seed)
    max_snap, limit = 40.0, 450.0
    expected = _networkx_distances(lines, fac, pts, max_snap)
    net = nw.build_network(lines)
    fs, ps = nw.snap_points(net, fac, max_snap), nw.snap_points(net, pts, max_snap)
    src = nw.facility_sources(net, fs, np.arange(len(fac)), len(fac))
    d, who = nw.nearest_facility(net, src, ps)
    np.testing.assert_allclose(np.where(np.isfinite(d), d, -1), np.where(np.isfinite(expected.min(0)),
                                                                          expected.min(0), -1), atol=1e-6)
    reached = np.isfinite(d)
    np.testing.assert_allclose(expected[who[reached], np.nonzero(reached)[0]], d[reached], atol=1e-6)
    f, p, dd = nw.reach_pairs(net, src, ps, limit, chunk=4)
    got = np.full_like(expected, np.inf)
    got[f, p] = dd
    within = np.where(expected <= limit, expected, np.inf)
    assert set(zip(*np.nonzero(np.isfinite(got)))) == set(zip(*np.nonzero(np.isfinite(within))))
    np.testing.assert_allclose(got[np.isfinite(got)], within[np.isfinite(got)], atol=1e-6)
