"""Area totals onto buildings: exact totals, largest remainder against exact fractions."""
from fractions import Fraction

import numpy as np
import pytest

from sozialplanung_plugin.core.distribution import check_weights, distribute
from sozialplanung_plugin.core.errors import InputError


def test_by_hand():
    # area 0: 10 persons on weights 1, 1, 1 -> 3.33 each: 3, 3, 3 and one more to the first (tie -> first)
    # area 1: 7 persons on weights 2 and 5 -> 2 and 5 exactly; a target outside (-1) gets nothing
    area = np.array([0, 0, 0, 1, 1, -1])
    w = np.array([1, 1, 1, 2, 5, 4], dtype=float)
    d = distribute(area, w, np.array([[10.0], [7.0]]))
    assert d.values[:, 0].tolist() == [4, 3, 3, 2, 5, 0]
    # 5 persons on 3, 3, 4 -> 1.5, 1.5, 2.0: whole parts 1, 1, 2, one left; remainders 0.5, 0.5 tie at the
    # same weight -> the first
    d = distribute(np.array([0, 0, 0]), np.array([3.0, 3.0, 4.0]), np.array([[5.0]]))
    assert d.values[:, 0].tolist() == [2, 1, 2]


def _hamilton(total, weights):
    """Independent: exact fractions, ties by larger weight then position."""
    s = sum(weights)
    quotas = [Fraction(total) * Fraction(w) / s for w in weights]
    base = [q.numerator // q.denominator for q in quotas]
    left = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - base[i]), -weights[i], i))
    for i in order[:left]:
        base[i] += 1
    return base


@pytest.mark.parametrize("seed", range(30))
def test_totals_preserved_and_equal_to_exact_hamilton(seed):
    rng = np.random.default_rng(seed)
    n_areas, n_targets = 6, 40
    area = rng.integers(-1, n_areas, n_targets)
    w = rng.integers(0, 6, n_targets).astype(float)
    totals = rng.integers(0, 200, (n_areas, 3)).astype(float)
    d = distribute(area, w, totals)
    for a in range(n_areas):
        sel = (area == a) & (w > 0)
        if sel.any():
            assert d.values[sel].sum(axis=0).tolist() == totals[a].tolist()
            for j in range(3):
                assert d.values[sel, j].tolist() == _hamilton(int(totals[a, j]), [int(x) for x in w[sel]])
        elif totals[a].sum() > 0:
            assert a in d.areas_without_targets
    assert (d.values[(area < 0) | (w == 0)] == 0).all()


@pytest.mark.parametrize("w,totals,code", [
    ([1.0, -1.0], [[5.0]], "bad_weight"),
    ([1.0, 1.0], [[5.5]], "not_whole"),
    ([1.0, 1.0], [[-3.0]], "negative_total"),
])
def test_bad_input(w, totals, code):
    with pytest.raises(InputError) as err:
        distribute(np.array([0, 0]), np.array(w), np.array(totals))
    assert err.value.code == code


def test_check_weights_names_the_first_bad_one():
    # 0 is a weight (the target gets nothing); -2 at position 2 comes before NaN at position 3
    assert check_weights([1, 0, 2.5]).tolist() == [1.0, 0.0, 2.5]
    with pytest.raises(InputError) as err:
        check_weights([1.0, 0.0, -2.0, np.nan])
    assert (err.value.code, err.value.details) == ("bad_weight", {"row": 2, "value": -2.0})
    with pytest.raises(InputError) as err:
        check_weights([1.0, np.inf])
    assert err.value.details["row"] == 1
