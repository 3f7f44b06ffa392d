"""Social index composition: hand-worked examples, invariants, published Berlin MSS results."""
import itertools
import os

import numpy as np
import pandas as pd
import pytest

from sozialplanung_plugin.core import classification as cls
from sozialplanung_plugin.core import composite_index as ci
from sozialplanung_plugin.core import normalisation as nm
from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.status_dynamics import status_dynamics
from tests.conftest import DATA

MSS = os.path.join(DATA, "reference", "mss")
KEYS = list("ABCDE")
# Worked on paper:
# x1 = 2 4 6 8 10: mean 6, population SD sqrt(40/5) = 2.8284271 -> z1 = -1.4142136 -0.7071068 0 +0.7071068 +1.4142136
# x2 = 1 1 2 3 3:  mean 2, population SD sqrt(4/5) = 0.8944272  -> z2 = -1.1180340 -1.1180340 0 +1.1180340 +1.1180340
# sum            = -2.5322476 -1.8251408 0 +1.8251408 +2.5322476
# SD of the sums = sqrt((2 x 2.5322476^2 + 2 x 1.8251408^2) / 5) = sqrt(19.486834 / 5) = 1.974175
# index          = -1.282687 -0.924508 0 +0.924508 +1.282687
# classes at -1, +1, +1.5 SD (a value on a break goes towards the mean): 1 2 2 2 3
X = np.array([[2, 1], [4, 1], [6, 2], [8, 3], [10, 3]], dtype=float)


def test_worked_example_by_hand():
    r = ci.compose(X, ["x1", "x2"], KEYS, invert=[False, False], restandardise=True)
    np.testing.assert_allclose(r.normalised[:, 0], [-1.4142136, -0.7071068, 0, 0.7071068, 1.4142136], atol=1e-7)
    np.testing.assert_allclose(r.normalised[:, 1], [-1.1180340, -1.1180340, 0, 1.1180340, 1.1180340], atol=1e-7)
    np.testing.assert_allclose(r.aggregate, [-2.5322476, -1.8251408, 0, 1.8251408, 2.5322476], atol=1e-7)
    np.testing.assert_allclose(r.index, [-1.282687, -0.924508, 0, 0.924508, 1.282687], atol=1e-6)
    assert r.index_class.tolist() == [1, 2, 2, 2, 3]
    assert r.rank.tolist() == [5, 4, 3, 2, 1]          # rank 1 = most need
    assert r.report.class_counts == {1: 1, 2: 3, 3: 1, 4: 0}


def test_worked_example_sample_sd():
    # sample SD of x1 = sqrt(40/4) = 3.1622777 -> z1(10) = 4 / 3.1622777 = 1.2649111
    r = ci.compose(X, ["x1", "x2"], KEYS, invert=[False, False], normalisation=nm.Z_SAMPLE)
    assert r.normalised[4, 0] == pytest.approx(1.2649111, abs=1e-7)


def test_inverting_a_field_reverses_its_contribution():
    plain = ci.compose(X, ["x1", "x2"], KEYS, invert=[False, False])
    inv = ci.compose(X, ["x1", "x2"], KEYS, invert=[False, True])
    np.testing.assert_allclose(inv.normalised[:, 1], -plain.normalised[:, 1])
    np.testing.assert_allclose(inv.aggregate, plain.normalised[:, 0] - plain.normalised[:, 1])
    # by hand: z1 - z2 = -0.2961796 +0.4109272 0 -0.4109272 +0.2961796
    np.testing.assert_allclose(inv.aggregate, [-0.2961796, 0.4109272, 0, -0.4109272, 0.2961796], atol=1e-7)


def test_restandardised_index_has_mean_0_and_sd_1_over_rated_areas():
    rng = np.random.default_rng(3)
    values = rng.gamma(2.0, 3.0, size=(300, 5))
    pop = rng.integers(100, 5000, 300).astype(float)
    for ddof, method in ((0, nm.Z_POPULATION), (1, nm.Z_SAMPLE)):
        r = ci.compose(values, list("abcde"), [str(i) for i in range(300)], invert=[False] * 5,
                       normalisation=method, restandardise=True, population=pop, min_population=300)
        v = r.index[r.rated]
        assert abs(v.mean()) < 1e-12 and np.std(v, ddof=ddof) == pytest.approx(1.0, abs=1e-12)
        assert np.isnan(r.index[~r.rated]).all() and (r.index_class[~r.rated] == 0).all()
        assert all("small_population" in f for f, ok in zip(r.flags, r.rated) if not ok)


def test_not_rated_areas_take_no_part_in_the_statistics():
    outlier = np.vstack([X, [[1000.0, 1000.0]]])
    r = ci.compose(outlier, ["x1", "x2"], KEYS + ["F"], invert=[False, False], restandardise=True,
                   excluded=np.array([False] * 5 + [True]))
    np.testing.assert_allclose(r.index[:5], [-1.282687, -0.924508, 0, 0.924508, 1.282687], atol=1e-6)
    assert not r.rated[5] and r.flags[5] == "excluded"


def test_missing_values_exclude_or_impute():
    v = X.copy()
    v[2, 1] = np.nan
    r = ci.compose(v, ["x1", "x2"], KEYS, invert=[False, False])
    assert not r.rated[2] and r.flags[2] == "missing:x2" and r.rated.sum() == 4
    r = ci.compose(v, ["x1", "x2"], KEYS, invert=[False, False], missing=ci.IMPUTE_MEDIAN)
    assert r.rated.all() and r.flags[2] == "imputed:x2"
    # median of 1 1 3 3 is 2: the same table as X
    np.testing.assert_allclose(r.aggregate, [-2.5322476, -1.8251408, 0, 1.8251408, 2.5322476], atol=1e-7)
    r = ci.compose(v, ["x1", "x2"], KEYS, invert=[False, False], missing=ci.IMPUTE_MEAN)
    assert r.normalised[2, 1] == pytest.approx(0.0, abs=1e-12)      # mean of 1 1 3 3 = 2 = new mean


def test_weights_and_weighted_mean():
    r = ci.compose(X, ["x1", "x2"], KEYS, invert=[False, False], weights=[3, 1])
    np.testing.assert_allclose(r.aggregate, 3 * r.normalised[:, 0] + r.normalised[:, 1])
    m = ci.compose(X, ["x1", "x2"], KEYS, invert=[False, False], weights=[3, 1], aggregation=ci.WEIGHTED_MEAN)
    np.testing.assert_allclose(m.aggregate, r.aggregate / 4)


def test_normalisations_by_hand():
    x = np.array([[10.0], [20.0], [20.0], [50.0]])
    rated = np.ones(4, dtype=bool)
    np.testing.assert_allclose(nm.normalise(x, rated, nm.MIN_MAX, [False])[:, 0], [0, 25, 25, 100])
    np.testing.assert_allclose(nm.normalise(x, rated, nm.MIN_MAX, [True])[:, 0], [100, 75, 75, 0])
    np.testing.assert_allclose(nm.normalise(x, rated, nm.RANK, [False])[:, 0], [1, 2.5, 2.5, 4])
    np.testing.assert_allclose(nm.normalise(x, rated, nm.RANK, [True])[:, 0], [4, 2.5, 2.5, 1])
    np.testing.assert_allclose(nm.normalise(x, rated, nm.PERCENTILE_RANK, [False])[:, 0], [0, 50, 50, 100])
    # goalposts 10:30 -> (x - 10) / 20 x 100 capped; a reference 20 -> deviation in %; none: mean 25
    gp = nm.parse_goalposts("10:30", 1)
    np.testing.assert_allclose(nm.normalise(x, rated, nm.DISTANCE_TO_REFERENCE, [False], gp)[:, 0], [0, 50, 50, 100])
    gp = nm.parse_goalposts("20", 1)
    np.testing.assert_allclose(nm.normalise(x, rated, nm.DISTANCE_TO_REFERENCE, [False], gp)[:, 0], [-50, 0, 0, 150])
    np.testing.assert_allclose(nm.normalise(x, rated, nm.DISTANCE_TO_REFERENCE, [True])[:, 0], [60, 20, 20, -100])
    np.testing.assert_allclose(nm.normalise(x, rated, nm.NONE, [True])[:, 0], [-10, -20, -20, -50])


def test_aggregations_by_hand():
    v = np.array([[4.0, 1.0], [9.0, 0.0], [2.0, 8.0]])
    w = np.array([1.0, 1.0])
    np.testing.assert_allclose(ci.aggregate(v, w, ci.GEOMETRIC_MEAN), [2.0, 0.0, 4.0])     # sqrt(4), 0, sqrt(16)
    np.testing.assert_allclose(ci.aggregate(v, np.array([3.0, 1.0]), ci.GEOMETRIC_MEAN)[0], 4 ** 0.75)
    np.testing.assert_allclose(ci.aggregate(v, w, ci.MINIMUM), [1, 0, 2])
    np.testing.assert_allclose(ci.aggregate(v, w, ci.MAXIMUM), [4, 9, 8])
    np.testing.assert_allclose(ci.aggregate(v, w, ci.COUNT_AT_THRESHOLD, threshold=4), [1, 1, 1])
    np.testing.assert_allclose(ci.aggregate(v, w, ci.COUNT_AT_THRESHOLD, threshold=1), [2, 1, 2])
    with pytest.raises(InputError) as err:
        ci.aggregate(np.array([[1.0, -0.5]]), w, ci.GEOMETRIC_MEAN, names=["a", "b"], keys=["K1"])
    assert err.value.code == "geometric_negative" and err.value.details["field"] == "b"
    assert err.value.details["key"] == "K1"


def test_statistics_report():
    r = ci.compose(X, ["x1", "x2"], KEYS, invert=[False, False])
    rho = np.corrcoef(X[:, 0], X[:, 1])[0, 1]
    assert r.report.correlation[0, 1] == pytest.approx(rho)
    # two standardised items: alpha = 2 rho / (1 + rho); first component explains (1 + rho) / 2
    assert r.report.cronbach_alpha == pytest.approx(2 * rho / (1 + rho))
    assert r.report.pc1_share == pytest.approx((1 + rho) / 2)


def test_pca_weights():
    rng = np.random.default_rng(1)
    base = rng.normal(size=200)
    v = np.column_stack([base + rng.normal(scale=s, size=200) for s in (0.1, 0.5, 3.0)])
    r = ci.compose(v, list("abc"), [str(i) for i in range(200)], invert=[False] * 3, pca=True)
    assert r.weights.sum() == pytest.approx(3.0)
    assert r.weights[0] > r.weights[1] > r.weights[2]


@pytest.mark.parametrize("kwargs,code", [
    (dict(weights=[1]), "weights_count"),
    (dict(weights=[0, 0]), "weights_sum_zero"),
    (dict(weights=[1, -1]), "negative_weight"),
    (dict(breaks=[1, 1.5, -1]), "breaks_not_increasing"),
    (dict(min_population=10 ** 9, population=np.ones(5)), "too_few_rated"),
])
def test_bad_input(kwargs, code):
    with pytest.raises(InputError) as err:
        ci.compose(X, ["x1", "x2"], KEYS, invert=[False, False], **kwargs)
    assert err.value.code == code


def test_constant_field_names_the_field():
    v = X.copy()
    v[:, 1] = 7.0
    with pytest.raises(InputError) as err:
        ci.compose(v, ["x1", "x2"], KEYS, invert=[False, False])
    assert err.value.code == "constant_field" and err.value.details["column"] == 1


# ------------------------------------------------------------------ classification
def test_break_side_conventions():
    v = np.array([-1.0, 0.0, 1.0, 1.5, 2.0])
    b = [-1.0, 1.0, 1.5]
    assert cls.assign_classes(v, b, "centre").tolist() == [2, 2, 2, 3, 4]    # MSS
    assert cls.assign_classes(v, b, "upper").tolist() == [2, 2, 3, 4, 4]
    assert cls.assign_classes(v, b, "lower").tolist() == [1, 2, 2, 3, 4]
    assert cls.assign_classes(np.array([np.nan, 5.0]), b).tolist() == [0, 4]


def _brute_force_jenks(values, k):
    v = np.sort(values)
    best, best_cuts = np.inf, None
    for cuts in itertools.combinations(range(1, len(v)), k - 1):
        parts = np.split(v, cuts)
        cost = sum(((p - p.mean()) ** 2).sum() for p in parts)
        if cost < best - 1e-12:
            best, best_cuts = cost, cuts
    return sorted(float(v[c - 1]) for c in best_cuts)


@pytest.mark.parametrize("seed", range(6))
def test_natural_breaks_are_the_optimum(seed):
    rng = np.random.default_rng(seed)
    values = np.round(rng.gamma(2.0, 2.0, 13), 1)
    for k in (2, 3, 4):
        assert cls.natural_breaks(values, k) == pytest.approx(_brute_force_jenks(values, k))


def test_quantile_and_equal_interval_breaks():
    v = np.arange(1.0, 9.0)          # 1..8
    assert cls.quantile_breaks(v, 4) == pytest.approx([2.75, 4.5, 6.25])
    assert cls.equal_interval_breaks(v, 7) == pytest.approx([2, 3, 4, 5, 6, 7])
    # an upper limit belongs to its class
    assert cls.assign_classes(v, cls.equal_interval_breaks(v, 7), "lower").tolist() == [1, 1, 2, 3, 4, 5, 6, 7]


# ------------------------------------------------------------------ Berlin MSS, published
def _mss(edition):
    d = pd.read_csv(os.path.join(MSS, f"mss{edition}_plr_inputs_and_published_classes.csv"), dtype={"plr_id": str})
    status = [c for c in ("s1", "s2", "s3", "s4") if d.loc[d.rated == 1, c].notna().all()]
    return d, status, ["d" + c[1] for c in status]


@pytest.mark.parametrize("edition", [2013, 2015, 2017, 2019, 2021])
def test_mss_published_results_are_reproduced(edition):
    d, status, dynamics = _mss(edition)
    res = status_dynamics(d[status].to_numpy(float), d[dynamics].to_numpy(float), status, dynamics,
                          d.plr_id.tolist(), population=d.ew.to_numpy(float), min_population=300,
                          excluded=(d.rated == 0).to_numpy())
    rated = (d.rated == 1).to_numpy()
    assert (res.rated == rated).all()
    for j, c in enumerate(status):
        np.testing.assert_allclose(res.status.normalised[rated, j], d.loc[rated, "pub_z_" + c], atol=2e-5)
    np.testing.assert_allclose(res.status.aggregate[rated], d.loc[rated, "pub_status_sum"], atol=5e-5)
    np.testing.assert_allclose(res.dynamics.normalised[rated, 0], d.loc[rated, "pub_z_d1"], atol=5e-5)
    if d.pub_status_index.notna().any():
        # published with 5 decimals (2 in 2021), from unrounded inputs
        np.testing.assert_allclose(res.status.index[rated], d.loc[rated, "pub_status_index"],
                                   atol=1e-5 if edition < 2019 else 0.005 + 1e-9)
    assert (res.status.index_class[rated] == d.loc[rated, "pub_status_class_code"]).all()
    dyn = d.loc[rated, "pub_dynamik_class_code"].map({"+": 1, "+/-": 2, "-": 3})
    assert (res.dynamics.index_class[rated] == dyn).all()
    assert [lab for lab, ok in zip(res.label, rated) if ok] == d.loc[rated, "pub_sdi_code"].tolist()
    assert all(lab is None for lab, ok in zip(res.label, rated) if not ok)
    counts = pd.read_csv(os.path.join(MSS, "published_class_counts_per_edition.csv")).set_index("edition")
    assert [res.status.report.class_counts[c] for c in (1, 2, 3, 4)] == \
        counts.loc[edition, ["hoch", "mittel", "niedrig", "sehr_niedrig"]].tolist()


def test_mss_sample_sd_would_change_published_classes():
    """Why the default is the population SD: with the sample SD, 2013 Klixstraße leaves 'sehr niedrig'."""
    d, status, dynamics = _mss(2013)
    res = status_dynamics(d[status].to_numpy(float), d[dynamics].to_numpy(float), status, dynamics,
                          d.plr_id.tolist(), excluded=(d.rated == 0).to_numpy(), normalisation=nm.Z_SAMPLE)
    rated = (d.rated == 1).to_numpy()
    wrong = d.loc[rated & (res.status.index_class != d.pub_status_class_code.fillna(0).to_numpy()), "plr_name"]
    assert wrong.tolist() == ["Klixstraße"]
