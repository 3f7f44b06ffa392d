"""Secondary suppression against an independent attacker.

The attacker here is written from scratch: every cell is a variable, published
cells are fixed to their values, every group total must hold, counts are >= 0;
it maximises and minimises each suppressed cell with scipy's linprog.
"""
import itertools

import numpy as np
import pytest
from scipy.optimize import linprog

from sozialplanung_plugin.core.secondary_suppression import secondary_suppression


def attacker_ranges(values, suppressed, groups):
    n = len(values)
    a_eq, b_eq = [], []
    for i in range(n):
        if not suppressed[i]:
            row = np.zeros(n)
            row[i] = 1
            a_eq.append(row)
            b_eq.append(values[i])
    for level in groups:
        for g in set(level):
            row = np.array([1.0 if x == g else 0.0 for x in level])
            a_eq.append(row)
            b_eq.append(float(np.dot(row, values)))
    out = {}
    for i in np.nonzero(suppressed)[0]:
        c = np.zeros(n)
        c[i] = 1
        lo = linprog(c, A_eq=np.array(a_eq), b_eq=b_eq, bounds=[(0, None)] * n, method="highs")
        hi = linprog(-c, A_eq=np.array(a_eq), b_eq=b_eq, bounds=[(0, None)] * n, method="highs")
        out[int(i)] = (lo.fun, -hi.fun if hi.status == 0 else np.inf)
    return out


def test_single_cell_is_recovered_without_secondary_suppression():
    values = np.array([2.0, 40.0, 55.0, 8.0])
    groups = [["A", "A", "A", "A"]]
    primary = values < 3
    lo, hi = attacker_ranges(values, primary, groups)[0]
    assert lo == hi == 2.0                       # the subtraction attack works on the primary alone
    res = secondary_suppression(values, primary, groups, protection=3)
    assert res.secondary.tolist() == [False, False, False, True]   # the smallest cell that protects: 8
    lo, hi = attacker_ranges(values, primary | res.secondary, groups)[0]
    assert hi - lo >= 3


def test_zero_cells_never_help_and_lonely_cells_are_reported():
    values = np.array([1.0, 0.0, 30.0, 2.0])
    groups = [["A", "A", "A", "B"]]             # area 3 is alone in B: its total is its value
    res = secondary_suppression(values, values < 3, groups, protection=3)
    assert res.secondary.tolist() == [False, False, True, False]
    assert 3 in res.unprotectable


def test_minimal_on_small_tables_by_brute_force():
    rng = np.random.default_rng(11)
    for _ in range(25):
        n = 7
        values = rng.integers(0, 12, n).astype(float)
        groups = [list(rng.integers(0, 2, n))]
        primary = (values > 0) & (values < 3)
        res = secondary_suppression(values, primary, groups, protection=3)
        if res.unprotectable:
            continue
        best = None
        for k in range(n + 1):
            for extra in itertools.combinations([i for i in range(n) if not primary[i]], k):
                mask = primary.copy()
                mask[list(extra)] = True
                r = attacker_ranges(values, mask, groups)
                if all(r[p][1] - r[p][0] >= 3 - 1e-9 for p in np.nonzero(primary)[0]):
                    best = k
                    break
            if best is not None:
                break
        assert int(res.secondary.sum()) == best


@pytest.mark.parametrize("seed", range(60))
def test_fuzz_random_hierarchies(seed):
    rng = np.random.default_rng(seed)
    n_st = int(rng.integers(2, 5))
    stadtteil, sozialraum = [], []
    for s in range(n_st):
        for r in range(int(rng.integers(1, 6))):
            for _ in range(int(rng.integers(1, 5))):
                stadtteil.append(f"S{s}")
                sozialraum.append(f"S{s}R{r}")
    n = len(stadtteil)
    values = np.where(rng.random(n) < 0.3, rng.integers(0, 3, n), rng.integers(3, 60, n)).astype(float)
    groups = [sozialraum, stadtteil, ["town"] * n]
    if seed % 3 == 0:     # a grouping that cuts across the hierarchy (e.g. school districts)
        groups.append([f"X{int(x)}" for x in rng.integers(0, 3, n)])
    primary = (values > 0) & (values < 3)
    protection = 3
    res = secondary_suppression(values, primary, groups, protection)
    suppressed = primary | res.secondary
    assert not (res.secondary & primary).any()
    ranges = attacker_ranges(values, suppressed, groups)
    for p in np.nonzero(primary)[0]:
        lo, hi = ranges[int(p)]
        assert lo <= values[p] + 1e-6 <= hi + 2e-6
        if int(p) not in res.unprotectable:
            assert hi - lo >= protection - 1e-6, (seed, p, lo, hi)
    for p in res.unprotectable:                  # reported only when nothing could protect it
        same = [i for i in range(n) if any(level[i] == level[p] for level in groups[:1]) and i != p]
        assert all(values[i] == 0 or suppressed[i] for i in same)


# ---------------------------------------------------------------- tables of counts per area (the glue's wrapper)
def test_published_groupings_add_the_town():
    from sozialplanung_plugin.core.secondary_suppression import published_groupings

    assert published_groupings([["01", "01", "02"]], 3) == [["01", "01", "02"], ["town", "town", "town"]]
    assert published_groupings([], 2) == [["town", "town"]]


def test_small_counts_are_the_primary_rule():
    from sozialplanung_plugin.core.secondary_suppression import small_counts

    got = small_counts(np.array([[0.0, 1.0], [2.0, 3.0], [np.nan, 2.5]]), 3)
    assert got.tolist() == [[False, True], [True, False], [False, True]]


def test_protect_columns_by_hand():
    """Two Stadtteile (nested in the town). Column 0: 2 in 01 and 1 in 02 are confidential; the smallest
    cell of the same Stadtteil that makes the suppressed sum at least 3 is suppressed too: 9 in 01
    (2 + 9), 25 in 02 (1 + 25). Column 1 has nothing confidential and stays as it is."""
    from sozialplanung_plugin.core.secondary_suppression import protect_columns, small_counts

    sums = np.array([[2, 10], [40, 20], [9, 30], [1, 40], [25, 50], [30, 60]], dtype=float)
    stadtteil = ["01", "01", "01", "02", "02", "02"]
    res = protect_columns(sums, small_counts(sums, 3), [stadtteil], 3)
    assert res.secondary[:, 0].tolist() == [False, False, True, False, True, False]
    assert not res.secondary[:, 1].any()
    assert res.unprotectable == [[], []] and res.n_secondary == 2


def test_protect_columns_reports_a_lonely_area_and_uses_hidden_cells():
    from sozialplanung_plugin.core.secondary_suppression import protect_columns

    # area 2 is alone in B: B's published total is its value, nothing can protect it; in A the 7 protects the 1
    res = protect_columns(np.array([1.0, 7.0, 2.0]), np.array([True, False, True]), [["A", "A", "B"]], 3)
    assert res.secondary[:, 0].tolist() == [False, True, False] and res.unprotectable == [[2]]
    # a cell hidden for another reason (e.g. a too small denominator) is unknown to the attacker: 2 and 9
    # together leave room 11, so nothing more is suppressed (without it, the 9 would be)
    values, primary = np.array([2.0, 40.0, 9.0]), np.array([True, False, False])
    assert protect_columns(values, primary, [], 3).secondary[:, 0].tolist() == [False, False, True]
    hidden = protect_columns(values, primary, [], 3, hidden=np.array([False, False, True]))
    assert not hidden.secondary.any() and hidden.unprotectable == [[]]


def test_protect_columns_without_protection_changes_nothing():
    from sozialplanung_plugin.core.secondary_suppression import protect_columns

    res = protect_columns(np.array([[1.0], [50.0]]), np.array([[True], [False]]), [], 0)
    assert not res.secondary.any() and res.unprotectable == [[]]
