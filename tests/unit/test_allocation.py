"""Need-based allocation: hand-worked examples, invariants on random cases, and the
water-filling and largest-remainder steps against independent methods."""
import itertools
from fractions import Fraction

import numpy as np
import pytest

from sozialplanung_plugin.core.allocation import (
    NEED_CLASS,
    NEED_NONE,
    NEED_VALUE,
    allocate,
    allocate_by_need,
    need_multipliers,
    parse_class_weights,
)
from sozialplanung_plugin.core.errors import InputError

WEIGHTS = "1:1, 2:1.25, 3:1.5, 4:2"


# ---------------------------------------------------------------- by hand

def test_hand_worked_four_areas():
    # targets 100, 200, 300, 400; classes 1..4 with weights 1, 1.25, 1.5, 2
    # weight = 100, 250, 450, 800; sum 1600; shares 6.25, 15.625, 28.125, 50 %
    # total 10000 in units of 100 = 100 units; quotas 6.25, 15.625, 28.125, 50 units
    # whole parts 6 + 15 + 28 + 50 = 99, one unit left -> largest remainder .625 (area 2)
    # -> 600, 1600, 2800, 5000
    r = allocate_by_need([100, 200, 300, 400], [1, 2, 3, 4], NEED_CLASS, WEIGHTS, 10000, 100)
    assert r.need_weight.tolist() == [1, 1.25, 1.5, 2]
    assert r.weight.tolist() == [100, 250, 450, 800]
    assert r.share.tolist() == [6.25, 15.625, 28.125, 50]
    assert r.amount_proportional.tolist() == [625, 1562.5, 2812.5, 5000]
    assert r.amount_constrained.tolist() == [625, 1562.5, 2812.5, 5000]
    assert r.amount.tolist() == [600, 1600, 2800, 5000]
    assert r.units.tolist() == [6, 16, 28, 50] and r.total_units == 100
    assert r.adjustment == [""] * 4 and r.flags == [""] * 4


def test_hand_worked_floor():
    # floor 1000: area 1 (625) is raised to 1000; the other 9000 go to weights 250, 450, 800 (sum 1500):
    # 1500, 2700, 4800 — all above the floor, whole units already
    r = allocate_by_need([100, 200, 300, 400], [1, 2, 3, 4], NEED_CLASS, WEIGHTS, 10000, 100, floor=1000)
    assert r.amount_constrained.tolist() == pytest.approx([1000, 1500, 2700, 4800])
    assert r.amount.tolist() == [1000, 1500, 2700, 4800]
    assert r.adjustment == ["floor", "", "", ""] and r.n_floor == 1 and r.n_cap == 0


def test_hand_worked_cap_and_tie_by_weight():
    # cap 4000: area 4 (5000) is held at 4000; the other 6000 go to weights 100, 250, 450 (sum 800):
    # 750, 1875, 3375 = 7.5, 18.75, 33.75 units; whole parts 7 + 18 + 33 + 40 = 98, two units left:
    # remainders .5, .75, .75 -> areas 2 and 3 -> 700, 1900, 3400, 4000
    r = allocate_by_need([100, 200, 300, 400], [1, 2, 3, 4], NEED_CLASS, WEIGHTS, 10000, 100, cap=4000)
    assert r.amount_constrained.tolist() == pytest.approx([750, 1875, 3375, 4000])
    assert r.amount.tolist() == [700, 1900, 3400, 4000]
    assert r.adjustment == ["", "", "", "cap"]
    # one unit left, equal remainders: the larger weight wins (quotas 0.5 and 1.5 units)
    assert allocate([1, 3], [1, 1], 2).amount.tolist() == [0, 2]
    # equal weights: the area that comes first wins
    assert allocate([5, 5, 5], [1, 1, 1], 4).amount.tolist() == [2, 1, 1]
    assert allocate([5, 5, 5], [1, 1, 1], 5).amount.tolist() == [2, 2, 1]


def test_floor_and_cap_together_need_one_side_per_round():
    # weights 1, 1, 10; total 14; floor 2; cap 9. Proportional 1.17, 1.17, 11.67: fixing both sides at once
    # would give 2 + 2 + 9 = 13 with nothing left to share. Right: area 3 at the cap, the others share
    # 5 -> 2.5 each (above the floor); rounding: remainders .5 and .5, equal weights -> area 1
    r = allocate([1, 1, 10], [1, 1, 1], 14, floor=2, cap=9)
    assert r.amount_constrained.tolist() == pytest.approx([2.5, 2.5, 9])
    assert r.amount.tolist() == [3, 2, 9] and r.adjustment == ["", "", "cap"]


def test_null_need_gets_weight_zero_and_only_the_floor():
    r = allocate([100, 100, 100], [1, np.nan, 2], 900, unit=1, floor=100)
    assert r.flags == ["", "no_need_value", ""]
    assert r.need_weight.tolist() == [1, 0, 2] and r.weight.tolist() == [100, 0, 200]
    # area 2: floor 100; the other 800 in proportion 1:2 -> 266.67, 533.33 -> 267, 533
    assert r.amount.tolist() == [267, 100, 533] and r.adjustment == ["", "floor", ""]
    assert r.amount_proportional.tolist() == pytest.approx([300, 0, 600])
    without_floor = allocate([100, 100, 100], [1, np.nan, 2], 900)
    assert without_floor.amount.tolist() == [300, 0, 600] and without_floor.adjustment == [""] * 3


def test_floor_only_with_target():
    r = allocate([0, 100, 300], [1, 1, 1], 1000, floor=100)
    assert r.amount.tolist() == [0, 250, 750] and r.adjustment == ["", "", ""]
    # target 0 gets the floor too when asked: 100, then 900 in proportion 1:3
    r = allocate([0, 100, 300], [1, 1, 1], 1000, floor=100, floor_only_with_target=False)
    assert r.amount.tolist() == [100, 225, 675] and r.adjustment == ["floor", "", ""]


def test_fractional_unit_and_value_mode():
    # unit 0.5: total 10 = 20 units; weights 2 * 0.5, 3 * 1.5, 5 * 0 = 1, 4.5, 0 -> 3.636.., 16.36.. units
    r = allocate_by_need([2, 3, 5], [0.5, 1.5, 0.0], NEED_VALUE, "", 10, 0.5)
    assert r.units.tolist() == [4, 16, 0] and r.amount.tolist() == [2.0, 8.0, 0.0]
    assert r.amount.sum() == 10
    assert allocate_by_need([1, 3], None, NEED_NONE, "", 8).amount.tolist() == [2, 6]


# ---------------------------------------------------------------- class weights

def test_parse_class_weights():
    assert parse_class_weights(WEIGHTS) == {1: 1.0, 2: 1.25, 3: 1.5, 4: 2.0}
    assert parse_class_weights("1,1.25,1.5,2") == {1: 1.0, 2: 1.25, 3: 1.5, 4: 2.0}
    assert parse_class_weights("1:1; 2:1,25; 3 = 1,5") == {1: 1.0, 2: 1.25, 3: 1.5}
    assert parse_class_weights(" 0:0, 5:3 ") == {0: 0.0, 5: 3.0}
    assert parse_class_weights("1; 1,5") == {1: 1.0, 2: 1.5}
    for text, code in (("", "class_weights_missing"), (" , ", "class_weights_missing"),
                       ("1:1, 2:1,25", "class_weights_unparsable"), ("1:a", "class_weights_unparsable"),
                       ("1.5:2", "class_weights_unparsable"), ("1:1, 2", "class_weights_unparsable"),
                       ("1:1, 1:2", "class_weights_duplicate"), ("1:1, 2:-1", "negative_class_weight"),
                       ("1, -2", "negative_class_weight"), ("1:inf", "class_weights_unparsable")):
        with pytest.raises(InputError) as e:
            parse_class_weights(text)
        assert e.value.code == code, text


def test_need_multipliers():
    weights = {1: 1.0, 2: 1.5}
    got = need_multipliers(np.array([1.0, 2.0, np.nan, 1.0]), NEED_CLASS, weights)
    assert got[[0, 1, 3]].tolist() == [1.0, 1.5, 1.0] and np.isnan(got[2])
    with pytest.raises(InputError) as e:
        need_multipliers(np.array([1.0, 3.0, 3.0]), NEED_CLASS, weights)
    assert e.value.code == "class_weight_missing"
    assert e.value.details == {"cls": 3, "row": 1, "n": 2, "classes": "1, 2"}
    with pytest.raises(InputError) as e:
        need_multipliers(np.array([1.0, 1.5]), NEED_CLASS, weights)
    assert e.value.code == "need_class_not_integer" and e.value.details["row"] == 1
    with pytest.raises(InputError) as e:
        need_multipliers(np.array([0.3, -0.2, -1.0]), NEED_VALUE)
    assert e.value.code == "negative_need_value" and e.value.details == {"row": 1, "value": -0.2, "n": 2}
    with pytest.raises(InputError) as e:
        need_multipliers(None, NEED_VALUE)
    assert e.value.code == "need_field_missing"
    assert need_multipliers(None, NEED_NONE, n=3).tolist() == [1, 1, 1]


# ---------------------------------------------------------------- errors

@pytest.mark.parametrize("kwargs, code", [
    (dict(target=[], need_weight=[], total=10), "no_areas"),
    (dict(total=0), "bad_total"),
    (dict(total=float("nan")), "bad_total"),
    (dict(unit=0), "bad_unit"),
    (dict(total=1050, unit=100), "total_not_multiple"),
    (dict(floor=-1), "negative_floor"),
    (dict(floor=150, unit=100), "floor_not_multiple"),
    (dict(cap=450, unit=100), "cap_not_multiple"),
    (dict(cap=-5), "bad_cap"),
    (dict(floor=500, cap=400, unit=100), "floor_above_cap"),
    (dict(target=[10, np.nan, 5]), "missing_target"),
    (dict(target=[10, -1, 5]), "negative_target"),
    (dict(need_weight=[1, -0.5, 1]), "negative_need_weight"),
    (dict(target=[0, 0, 0]), "all_weights_zero"),
    (dict(need_weight=[np.nan, 0, np.nan]), "all_weights_zero"),
    (dict(floor=400, unit=100), "floor_infeasible"),            # 3 x 400 > 1000
    (dict(cap=300, unit=100), "cap_infeasible"),                # 3 x 300 < 1000
    (dict(need_weight=[1, 0, 0], cap=500, floor=100, unit=100), "cap_infeasible"),  # 500 + 100 + 100 < 1000
])
def test_errors(kwargs, code):
    args = dict(target=[10, 20, 30], need_weight=[1, 1, 1], total=1000)
    args.update(kwargs)
    with pytest.raises(InputError) as e:
        allocate(**args)
    assert e.value.code == code


def test_error_details_name_the_row():
    with pytest.raises(InputError) as e:
        allocate([10, 20, -3, -4], [1, 1, 1, 1], 100)
    assert e.value.details == {"row": 2, "value": -3.0, "n": 2}
    with pytest.raises(InputError) as e:
        allocate([10, 20, 30], [1, 1, 1], 1000, unit=100, floor=400)
    assert e.value.details == {"floor": 400.0, "n": 3, "needed": 1200.0, "total": 1000.0}


def test_inputs_unchanged():
    target, need = np.array([3.0, 0.0, 7.0]), np.array([1.0, np.nan, 2.0])
    allocate(target, need, 100, floor=10)
    assert target.tolist() == [3.0, 0.0, 7.0] and np.isnan(need[1]) and need[[0, 2]].tolist() == [1.0, 2.0]


# ---------------------------------------------------------------- independent methods

def hamilton_exact(targets, multipliers, total_units):
    """Hamilton's method in exact rational arithmetic, written independently of the core:
    quotas as Fractions, Python's sort on (remainder desc, weight desc, index)."""
    weights = [Fraction(t) * Fraction(m) for t, m in zip(targets, multipliers)]
    s = sum(weights)
    quotas = [Fraction(total_units) * w / s for w in weights]
    seats = [q.numerator // q.denominator for q in quotas]
    ranked = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - seats[i]), -weights[i], i))
    for i in ranked[:total_units - sum(seats)]:
        seats[i] += 1
    return seats


def clipped_by_bisection(weight, lower, upper, total):
    """clip(λ w, lower, upper) with Σ = total, λ found by bisection (not by the core's iteration)."""
    w, lo, hi = (np.asarray(a, dtype=float) for a in (weight, lower, upper))

    def amounts(lam):
        return np.where(w > 0, np.clip(lam * w, lo, hi), lo)

    a, b = 0.0, 1.0
    while amounts(b).sum() < total:
        b *= 2
    for _ in range(200):
        m = (a + b) / 2
        a, b = (m, b) if amounts(m).sum() < total else (a, m)
    return amounts((a + b) / 2)


def best_rounding_brute_force(x, weight, lower, upper, total_units):
    """All ways to round ``x`` down or up within the bounds and with the right sum; the least
    squared deviation (which is what the largest-remainder method achieves)."""
    base = np.floor(x + 1e-9).astype(int)
    can = [i for i in range(len(x)) if weight[i] > 0 and base[i] < upper[i]]
    left = total_units - int(base.sum())
    best = None
    for combo in itertools.combinations(can, left):
        a = base.copy()
        a[list(combo)] += 1
        cost = float(((a - x) ** 2).sum())
        if best is None or cost < best - 1e-9:
            best = cost
    return best


def test_sum_exact_and_bounds_on_random_cases():
    rng = np.random.default_rng(20240611)
    feasible = bounded = infeasible = 0
    for _ in range(200):
        n = int(rng.integers(1, 9))
        target = rng.integers(0, 2000, n).astype(float)
        target[rng.random(n) < 0.15] = 0
        classes = rng.integers(1, 5, n).astype(float)
        classes[rng.random(n) < 0.15] = np.nan
        unit = float(rng.choice([1, 5, 100, 0.5, 0.25]))
        total_units = int(rng.integers(1, 5000))
        total = total_units * unit
        floor_units = int(rng.integers(0, total_units // n + 2)) if rng.random() < 0.6 else 0
        cap_units = (int(rng.integers(max(floor_units, total_units // n, 1), max(floor_units, total_units) + 2))
                     if rng.random() < 0.6 else None)
        only_with_target = bool(rng.random() < 0.7)
        multiplier = need_multipliers(classes, NEED_CLASS, parse_class_weights(WEIGHTS))
        weight = target * np.nan_to_num(multiplier)
        lower = np.where((target > 0) | (not only_with_target), floor_units, 0)
        upper = np.full(n, np.inf if cap_units is None else cap_units)
        capacity = np.where(weight > 0, upper, lower).sum()
        try:
            r = allocate(target, multiplier, total, unit, floor_units * unit,
                         None if cap_units is None else cap_units * unit, only_with_target)
        except InputError as e:
            # infeasible exactly when the independent conditions say so
            assert e.code in ("all_weights_zero", "floor_infeasible", "cap_infeasible")
            assert weight.sum() == 0 or lower.sum() > total_units or capacity < total_units
            infeasible += 1
            continue
        feasible += 1
        assert weight.sum() > 0 and lower.sum() <= total_units <= capacity
        # exact sum, in whole units and in amounts
        assert int(r.units.sum()) == total_units and r.amount.sum() == total
        assert np.array_equal(r.amount, r.units * unit)
        # floor and cap hold after rounding; each amount within one unit of the unrounded one
        assert (r.units >= lower).all() and (r.units <= upper).all()
        assert (np.abs(r.amount - r.amount_constrained) < unit * (1 + 1e-9)).all()
        assert (r.amount[weight == 0] == lower[weight == 0] * unit).all()
        # floor/cap water-filling against bisection on the level λ
        x = clipped_by_bisection(weight, lower, upper, total_units)
        assert r.amount_constrained / unit == pytest.approx(x, rel=1e-9, abs=1e-6)
        assert r.amount_proportional.sum() == pytest.approx(total)
        # rounding: the least squared deviation of all roundings (brute force)
        best = best_rounding_brute_force(r.amount_constrained / unit, weight, lower, upper, total_units)
        assert float(((r.units - r.amount_constrained / unit) ** 2).sum()) == pytest.approx(best, abs=1e-6)
        if floor_units == 0 and cap_units is None:
            # no bounds: exactly Hamilton's method, ties included (exact remainders are multiples of
            # 1 / (4 Σ weight), far apart compared with floating-point noise)
            mult = [0 if np.isnan(m) else m for m in multiplier]
            assert r.units.tolist() == hamilton_exact(target.astype(int).tolist(), mult, total_units)
        else:
            bounded += 1
    assert feasible >= 150 and bounded >= 100 and infeasible >= 5, (feasible, bounded, infeasible)


def test_unbounded_is_hamilton_on_random_cases():
    rng = np.random.default_rng(11)
    for _ in range(200):
        n = int(rng.integers(1, 40))
        target = rng.integers(0, 3000, n)
        target[0] = max(target[0], 1)
        classes = rng.integers(1, 5, n)
        # exact remainders are multiples of 1 / (4 Σ weight) >= 1e-6, the core's tie tolerance is
        # 1e-11 × total <= 2e-7: distinct remainders stay distinct, equal ones tie
        total_units = int(rng.integers(1, 20000))
        r = allocate_by_need(target, classes, NEED_CLASS, WEIGHTS, total_units * 100, 100)
        mult = [{1: 1, 2: 1.25, 3: 1.5, 4: 2}[c] for c in classes.tolist()]
        assert r.units.tolist() == hamilton_exact(target.tolist(), mult, total_units)


def test_hamilton_exact_on_many_ties():
    """Many equal remainders: 7 areas of equal target in two need classes, totals 1..40."""
    target = [10, 10, 10, 10, 10, 10, 10]
    classes = [1, 2, 1, 2, 1, 2, 1]
    for total in range(1, 41):
        r = allocate_by_need(target, classes, NEED_CLASS, "1:1, 2:2", total)
        assert r.units.tolist() == hamilton_exact(target, [1 if c == 1 else 2 for c in classes], total), total


def test_large_case_is_consistent():
    rng = np.random.default_rng(7)
    n = 20000
    target = rng.integers(0, 5000, n).astype(float)
    need = rng.random(n) * 3
    r = allocate(target, need, 12_345_600, unit=100, floor=200, cap=2000)
    assert int(r.units.sum()) == 123456 and r.amount.sum() == 12_345_600
    assert r.amount[target > 0].min() >= 200 and r.amount.max() <= 2000
    assert r.n_floor > 0 and r.n_cap > 0


def test_amounts_in_units_by_hand():
    """The checks that need the parameters alone (the algorithm makes them before it runs)."""
    from sozialplanung_plugin.core.allocation import amounts_in_units

    assert amounts_in_units(10000, 100, 500, 4000) == (100, 5, 40)
    assert amounts_in_units(1050, 1) == (1050, 0, None)
    assert amounts_in_units(2.5, 0.5, 1.0) == (5, 2, None)
    for kwargs, code in ((dict(total=0, unit=1), "bad_total"), (dict(total=100, unit=0), "bad_unit"),
                         (dict(total=1050, unit=100), "total_not_multiple"),
                         (dict(total=1000, unit=100, floor=-100), "negative_floor"),
                         (dict(total=1000, unit=100, floor=150), "floor_not_multiple"),
                         (dict(total=1000, unit=100, cap=0), "bad_cap"),
                         (dict(total=1000, unit=100, cap=450), "cap_not_multiple"),
                         (dict(total=1000, unit=100, floor=500, cap=400), "floor_above_cap")):
        with pytest.raises(InputError) as e:
            amounts_in_units(**kwargs)
        assert e.value.code == code, kwargs
