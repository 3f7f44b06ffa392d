"""Monte Carlo robustness of an index ranking."""
import numpy as np
import pytest

from sozialplanung_plugin.core import composite_index as ci
from sozialplanung_plugin.core import sensitivity as sa

RNG = np.random.default_rng(11)
N = 60
LATENT = RNG.normal(size=N)
VALUES = np.column_stack([LATENT * a + RNG.normal(scale=s, size=N) + 10 for a, s in ((1, .3), (1, .6), (.5, 1.5))])
NAMES = ["a", "b", "c"]
KEYS = [f"K{i}" for i in range(N)]


def test_nothing_varied_reproduces_the_nominal_index():
    r = sa.sensitivity(VALUES, NAMES, KEYS, runs=50, vary_normalisation=False, weight_mode=sa.NO_WEIGHT_CHANGE,
                       vary_aggregation=False, leave_one_out=False, invert=[False] * 3, restandardise=True)
    np.testing.assert_array_equal(r.median_rank, r.nominal.rank)
    np.testing.assert_array_equal(r.rank_p05, r.nominal.rank)
    np.testing.assert_array_equal(r.rank_p95, r.nominal.rank)
    assert (r.class_share == 1).all() and not r.unstable.any()


def test_seeded_runs_are_repeatable_and_seeds_differ():
    kw = dict(runs=100, invert=[False] * 3)
    a = sa.sensitivity(VALUES, NAMES, KEYS, seed=5, **kw)
    b = sa.sensitivity(VALUES, NAMES, KEYS, seed=5, **kw)
    c = sa.sensitivity(VALUES, NAMES, KEYS, seed=6, **kw)
    np.testing.assert_array_equal(a.rank_p95, b.rank_p95)
    assert a.effects == b.effects
    assert not np.array_equal(a.class_share, c.class_share)


def test_leave_one_out_against_the_four_indices_computed_directly():
    """Only the left-out indicator varies: every run is one of four indices (none, a, b, c left out), so the
    share of runs keeping the class is the mean over those four, up to sampling error."""
    runs = 4000
    r = sa.sensitivity(VALUES, NAMES, KEYS, runs=runs, vary_normalisation=False, weight_mode=sa.NO_WEIGHT_CHANGE,
                       vary_aggregation=False, leave_one_out=True, invert=[False] * 3, restandardise=True)
    nominal = ci.compose(VALUES, NAMES, KEYS, invert=[False] * 3, restandardise=True)
    same = []
    ranks = []
    for left in (None, 0, 1, 2):
        w = [0.0 if j == left else 1.0 for j in range(3)]
        alt = ci.compose(VALUES, NAMES, KEYS, invert=[False] * 3, restandardise=True, weights=w)
        same.append(alt.index_class == nominal.index_class)
        ranks.append(alt.rank)
    expected = np.mean(same, axis=0)
    np.testing.assert_allclose(r.class_share, expected, atol=0.04)   # 4000 draws: SD of a share <= 0.008
    ranks = np.array(ranks)
    assert (r.rank_p05 >= ranks.min(axis=0)).all() and (r.rank_p95 <= ranks.max(axis=0)).all()
    assert r.effects["left_out"] == pytest.approx(1.0)           # the only choice explains everything


def test_first_order_effect_names_the_choice_that_matters():
    # five extreme values in c: z-scores let them dominate the sum, ranks do not — so the normalisation
    # moves the ranking far more than weights changed by +-5 %
    v = VALUES.copy()
    v[:5, 2] += 40
    r = sa.sensitivity(v, NAMES, KEYS, runs=400, vary_normalisation=True, weight_mode=sa.UNIFORM, weight_range=5,
                       vary_aggregation=False, leave_one_out=False, invert=[False] * 3)
    top = max(r.effects, key=r.effects.get)
    assert top == "normalisation"
    assert all(0 <= e <= 1 + 1e-9 for e in r.effects.values())


def test_unstable_flag_uses_the_threshold():
    r = sa.sensitivity(VALUES, NAMES, KEYS, runs=200, invert=[False] * 3, stability=0.9)
    np.testing.assert_array_equal(r.unstable[r.nominal.rated], r.class_share[r.nominal.rated] < 0.9)


def test_natural_breaks_runs_keep_the_class_sizes():
    from sozialplanung_plugin.core import classification as cls

    r = sa.sensitivity(VALUES, NAMES, KEYS, runs=30, invert=[False] * 3, classification=cls.NATURAL_BREAKS,
                       n_classes=3, vary_normalisation=False, weight_mode=sa.NO_WEIGHT_CHANGE,
                       vary_aggregation=False, leave_one_out=False)
    assert (r.class_share == 1).all()
