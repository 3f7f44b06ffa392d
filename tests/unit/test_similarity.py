"""Similar areas: standardised distances by hand, tolerance bands, k most similar against brute force."""
import numpy as np
import pytest

from sozialplanung_plugin.core import similarity as sim
from sozialplanung_plugin.core.errors import InputError

# x = 10 20 30 40 (mean 25, population SD sqrt(125) = 11.180340); y = 1 1 2 4 (mean 2, SD sqrt(1.5) = 1.224745)
V = np.array([[10.0, 1.0], [20.0, 1.0], [30.0, 2.0], [40.0, 4.0]])


def test_distances_by_hand():
    r = sim.similar_to(V, 0)
    zx = (V[:, 0] - 25) / np.sqrt(125)
    zy = (V[:, 1] - 2) / np.sqrt(1.5)
    expected = np.sqrt(((zx - zx[0]) ** 2 + (zy - zy[0]) ** 2) / 2)
    # area 1: z differences 0.894427 and 0 -> sqrt(0.8 / 2) = 0.632456
    assert r.distance[1] == pytest.approx(0.632456, abs=1e-6)
    np.testing.assert_allclose(r.distance[1:], expected[1:])
    assert np.isnan(r.distance[0]) and r.rank[1:].tolist() == [1, 2, 3]


def test_weights_and_tolerances():
    r = sim.similar_to(V, 1, weights=[0, 1], tolerances=[10, None])
    # only y counts: area 0 has the same y -> distance 0, rank 1
    assert r.distance[0] == 0 and r.rank[0] == 1
    assert r.within[:, 0].tolist() == [True, True, True, False] and r.n_within.tolist() == [1, 1, 1, 0]


def test_nulls_are_left_out():
    v = V.copy()
    v[2, 1] = np.nan
    r = sim.similar_to(v, 0)
    z = sim.standardise(v)
    assert r.distance[2] == pytest.approx(abs(z[2, 0] - z[0, 0]))


@pytest.mark.parametrize("with_null", [False, True])
def test_k_most_similar_against_brute_force(with_null):
    rng = np.random.default_rng(5)
    v = rng.normal(size=(60, 4))
    if with_null:
        v[3, 1] = np.nan
    got = sim.most_similar(v, 5, weights=[1, 2, 1, 1])
    z = sim.standardise(v)
    for a in range(len(v)):
        d = sim.distances_to(z, a, np.array([1.0, 2, 1, 1]))
        d[a] = np.inf
        expected = sorted(range(len(v)), key=lambda i: (d[i], i))[:5]
        assert [i for i, _ in got[a]] == expected
        np.testing.assert_allclose([x for _, x in got[a]], d[expected])


def test_bad_input():
    for kw, code in ((dict(weights=[1]), "weights_count"), (dict(weights=[0, 0]), "bad_weights"),
                     (dict(tolerances=[1]), "tolerances_count")):
        with pytest.raises(InputError) as err:
            sim.similar_to(V, 0, **kw)
        assert err.value.code == code


def test_settings_checked_without_data():
    """check_settings refuses what similar_to would refuse, before any data is read."""
    sim.check_settings(2)
    sim.check_settings(2, weights=[1, 3], tolerances=[0.5, None])
    for kw, code in ((dict(weights=[1]), "weights_count"), (dict(weights=[-1, 2]), "bad_weights"),
                     (dict(tolerances=[1, 2, 3]), "tolerances_count")):
        with pytest.raises(InputError) as err:
            sim.check_settings(2, **kw)
        assert err.value.code == code
