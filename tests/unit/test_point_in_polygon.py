import numpy as np

from sozialplanung_plugin.core.point_in_polygon import locate_points, rings_from_coordinates

# two unit squares side by side sharing the edge x=1, and a square with a hole
LEFT = rings_from_coordinates([[[(0, 0), (1, 0), (1, 1), (0, 1)]]])
RIGHT = rings_from_coordinates([[[(1, 0), (2, 0), (2, 1), (1, 1)]]])
HOLED = rings_from_coordinates([[[(0, 2), (4, 2), (4, 6), (0, 6)], [(1, 3), (3, 3), (3, 5), (1, 5)]]])


def test_points_by_hand():
    px = np.array([0.5, 1.5, 0.5, 2.5, 3.5, 2.0, 9.0])
    py = np.array([0.5, 0.5, 2.5, 4.0, 4.0, 2.5, 9.0])
    idx, multi = locate_points(px, py, [LEFT, RIGHT, HOLED])
    # (2.5, 4) lies in the hole; (3.5, 4) in the ring; (2, 2.5) in the ring
    assert idx.tolist() == [0, 1, 2, -1, 2, 2, -1]
    assert multi == 0


def test_shared_edge_counts_once():
    px = np.array([1.0, 1.0, 1.0])
    py = np.array([0.25, 0.5, 0.75])
    idx, multi = locate_points(px, py, [LEFT, RIGHT])
    assert (idx >= 0).all() and multi == 0
    # and the same when the polygons come in the other order
    idx2, multi2 = locate_points(px, py, [RIGHT, LEFT])
    assert (idx2 >= 0).all() and multi2 == 0
    # a horizontal shared edge too
    top = rings_from_coordinates([[[(0, 1), (1, 1), (1, 2), (0, 2)]]])
    idx3, multi3 = locate_points(np.array([0.5]), np.array([1.0]), [LEFT, top])
    assert idx3[0] >= 0 and multi3 == 0


def test_overlapping_polygons_first_wins_and_are_counted():
    idx, multi = locate_points(np.array([0.5]), np.array([0.5]), [LEFT, LEFT])
    assert idx.tolist() == [0]
    assert multi == 1


def test_random_points_match_brute_force_on_convex_quads():
    rng = np.random.default_rng(1)
    # a 3x3 grid of unit squares: containment is floor() of the coordinates
    polys = [rings_from_coordinates([[[(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]]])
             for i in range(3) for j in range(3)]
    px, py = rng.uniform(-0.5, 3.5, 4000), rng.uniform(-0.5, 3.5, 4000)
    idx, _ = locate_points(px, py, polys)
    inside = (px >= 0) & (px < 3) & (py >= 0) & (py < 3)
    expected = np.where(inside, np.floor(px).astype(int) * 3 + np.floor(py).astype(int), -1)
    assert (idx == expected).all()


def test_cancel_raises_and_progress_reaches_one():
    import pytest

    from sozialplanung_plugin.core.errors import Canceled

    polys = [LEFT] * 40
    seen = []
    locate_points(np.array([0.5]), np.array([0.5]), polys, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Canceled):
        locate_points(np.array([0.5]), np.array([0.5]), polys, is_canceled=lambda: True)


def test_points_on_shared_diagonal_edges_count_exactly_once():
    """Two triangles sharing a long diagonal: every point on it lands in exactly one."""
    rng = np.random.default_rng(3)
    a = (412345.67, 5651234.89)
    b = (413987.01, 5652876.55)
    c = (413987.01, 5651234.89)
    d = (412345.67, 5652876.55)
    lower = rings_from_coordinates([[[a, c, b]]])
    upper = rings_from_coordinates([[[a, b, d]]])
    t = rng.uniform(0.001, 0.999, 2_000_000)
    px = a[0] + t * (b[0] - a[0])
    py = a[1] + t * (b[1] - a[1])
    idx, multi = locate_points(px, py, [lower, upper])
    assert multi == 0
    assert (idx >= 0).all()
    idx2, multi2 = locate_points(px, py, [upper, lower])
    assert multi2 == 0 and (idx2 >= 0).all()
