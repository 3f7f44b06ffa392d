"""Population within reach: straight-line against brute force, network against straight line, summaries by hand."""
import numpy as np
import pytest

from sozialplanung_plugin.core import catchment as ca
from sozialplanung_plugin.core.errors import InputError

RNG = np.random.default_rng(21)
PTS = RNG.uniform(0, 2000, (3000, 2))
FAC = RNG.uniform(0, 2000, (25, 2))


def _brute(fac_xy, pts):
    return np.hypot(fac_xy[:, None, 0] - pts[None, :, 0], fac_xy[:, None, 1] - pts[None, :, 1])


def test_straight_line_counts_equal_brute_force_exactly():
    bands = [150.0, 300.0, 400.0]
    reach = ca.straight_reach(ca.Facilities(xy=FAC), PTS, max(bands))
    d = _brute(FAC, PTS)
    values = RNG.integers(0, 5, (len(PTS), 2)).astype(float)
    counts = ca.facility_counts(reach, values, len(FAC), bands)
    for b, band in enumerate(bands):
        expected = (d <= band).astype(float) @ values
        np.testing.assert_array_equal(counts[:, b, :], expected)
    assert (np.diff(counts, axis=1) >= 0).all()                     # monotone in distance
    np.testing.assert_allclose(reach.nearest_dist, d.min(0))
    assert (reach.nearest == d.argmin(0)).all()


def test_a_point_exactly_on_the_circle_counts():
    fac = np.array([[0.0, 0.0]])
    pts = np.array([[300.0, 0.0], [0.0, -300.0], [300.0000001, 0.0], [180.0, 240.0]])   # 180-240-300 triangle
    reach = ca.straight_reach(ca.Facilities(xy=fac), pts, 300.0)
    assert sorted(reach.pair_point.tolist()) == [0, 1, 3]


def test_polygon_facility_measured_from_its_boundary():
    square = [np.array([(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)], dtype=float)]
    pts = np.array([(50, 50), (150, 50), (200, 200), (50, -30)], dtype=float)
    reach = ca.straight_reach(ca.Facilities(rings=[square]), pts, 100.0)
    # inside: 0; 50 right of the edge; corner distance sqrt(2) x 100; 30 below
    np.testing.assert_allclose(reach.nearest_dist, [0, 50, 100 * np.sqrt(2), 30])
    assert dict(zip(reach.pair_point.tolist(), reach.pair_dist.tolist())) == pytest.approx({0: 0, 1: 50, 3: 30})


def test_network_reach_is_never_more_than_straight_line():
    # a grid of streets every 100 m
    lines = [np.array([(0, y), (2000, y)], dtype=float) for y in range(0, 2001, 100)] + \
            [np.array([(x, 0), (x, 2000)], dtype=float) for x in range(0, 2001, 100)]
    # split the long lines at every crossing so they share vertices
    lines = [np.array([(x0 + (x1 - x0) * k / 20, y0 + (y1 - y0) * k / 20) for k in range(21)])
             for (x0, y0), (x1, y1) in (ln for ln in lines)]
    bands = [200.0, 400.0]
    values = np.ones((len(PTS), 1))
    straight = ca.facility_counts(ca.straight_reach(ca.Facilities(xy=FAC), PTS, 400), values, len(FAC), bands)
    net = ca.network_reach(ca.Facilities(xy=FAC), PTS, lines, 400, max_snap=80)
    along = ca.facility_counts(net, values, len(FAC), bands)
    assert (along <= straight).all() and along.sum() > 0
    # on a grid the network distance is at least the Manhattan-like detour: >= straight line per pair
    d = _brute(FAC, PTS)
    assert (net.pair_dist >= d[net.pair_facility, net.pair_point] - 1e-9).all()


def test_weighted_median_and_area_summary_by_hand():
    area = np.array([0, 0, 0, 1, 1, -1])
    dist = np.array([100.0, 300.0, np.inf, 50.0, 500.0, 10.0])
    vals = np.array([[2.0], [1.0], [4.0], [1.0], [3.0], [9.0]])
    s = ca.area_summary(area, 2, vals, dist, [200.0, 400.0])
    assert s.total[:, 0].tolist() == [7, 4]
    assert s.reached[:, :, 0].tolist() == [[2, 3], [1, 1]]
    assert s.share[0, 1, 0] == pytest.approx(3 / 7 * 100)
    # area 0: residents with a facility: 2 at 100 m, 1 at 300 m -> mean 500/3, median 100
    assert s.mean_dist[0, 0] == pytest.approx(500 / 3) and s.median_dist[0, 0] == 100
    # area 1: 1 at 50, 3 at 500 -> mean 1550/4, median 500
    assert s.mean_dist[1, 0] == pytest.approx(387.5) and s.median_dist[1, 0] == 500
    assert s.unroutable[:, 0].tolist() == [4, 0]


@pytest.mark.parametrize("text,code", [("", "no_bands"), ("300,-5", "negative_band"), ("500,300", "unsorted_bands"),
                                       ("300,abc", "bad_band"), ("300,300", "unsorted_bands")])
def test_bad_bands(text, code):
    with pytest.raises(InputError) as err:
        ca.parse_bands(text)
    assert err.value.code == code


def test_bands_in_minutes():
    assert ca.parse_bands("5,10", walking_speed_kmh=4.8) == pytest.approx([400.0, 800.0])
