"""Indicator maths against hand values, a published table and published interval examples."""
import csv
import math
import os

import numpy as np
import pytest

from sozialplanung_plugin.core import indicators as ind
from tests.conftest import DATA


def test_round_half_up_by_hand():
    assert ind.round_half_up(np.array([2.675, 0.125, 1.005, 2.5, -2.5, 2.4999]), 2).tolist() == \
        [2.68, 0.13, 1.01, 2.5, -2.5, 2.5]
    assert ind.round_half_up(np.array([0.5, 1.5, 2.5, -0.5]), 0).tolist() == [1, 2, 3, -1]
    assert math.isnan(ind.round_half_up(np.array([np.nan]), 1)[0])


def test_exact_rate_by_hand():
    r = ind.exact_rate(np.array([1, 2675, 1, 5, 3]), np.array([8, 100000, 0, 3, 7]), 100, 0)
    assert r[0] == 13                     # 12.5 -> 13 (Python's round would give 12)
    assert ind.exact_rate(np.array([2675]), np.array([100000]), 100, 2)[0] == 2.68
    assert math.isnan(r[2])
    assert r[3] == 167 and r[4] == 43     # 166.67 -> 167, 42.857 -> 43
    assert ind.exact_rate(np.array([-15]), np.array([1000]), 1000, 1)[0] == -15.0
    assert ind.exact_rate(np.array([-1]), np.array([8]), 100, 0)[0] == -13   # half away from zero


def test_reproduces_every_published_share_of_munich():
    """Statistisches Amt München, Nichtdeutsche 31.12.2024 (tests/data/reference/README.md)."""
    with open(os.path.join(DATA, "reference", "muenchen_nichtdeutsche_2024.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == 26
    num = np.array([int(r["numerator"]) for r in rows])
    den = np.array([int(r["denominator"]) for r in rows])
    published = [float(r["published_share"].replace(",", ".")) for r in rows]
    got = ind.exact_rate(num, den, 100, 1)
    assert got.tolist() == published
    # the same through the full indicator computation (no suppression at these sizes)
    res = ind.compute_indicator(num, den, 100, 1, min_count=3, min_denominator=100)
    assert res.value.tolist() == published and set(res.flags) == {""}
    # truncation would not reproduce the table: the test can tell
    assert (np.floor(num / den * 1000) / 10).tolist() != published


@pytest.mark.parametrize("x,n,lo,hi", [
    # Newcombe (1998), Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score)
    (81, 263, 0.2553, 0.3662),
    (15, 148, 0.0624, 0.1605),
    (0, 20, 0.0, 0.1611),
    (1, 29, 0.0061, 0.1718),
])
def test_wilson_matches_newcombe(x, n, lo, hi):
    got_lo, got_hi = ind.wilson_interval(np.array([x]), np.array([n]))
    assert round(got_lo[0], 4) == lo and round(got_hi[0], 4) == hi


def test_flags_and_suppression_by_hand():
    num = np.array([0, 1, 2, 3, 50, np.nan, 5, 120, 40])
    den = np.array([500, 500, 500, 500, 80, 500, 0, 100, 2000])
    pop = np.array([900, 900, 900, 900, 250, 900, 900, 900, 5000])
    r = ind.compute_indicator(num, den, 100, 1, min_count=3, min_denominator=100, population=pop,
                              min_population=300)
    assert r.value[0] == 0.0                                   # a true zero is published
    assert np.isnan(r.value[1]) and np.isnan(r.value[2])       # 1 and 2 are confidential: NULL, not 0
    assert r.value[3] == 0.6
    assert np.isnan(r.value[4])                                # denominator 80 < 100
    assert r.flags[1] == "suppressed_count" and r.flags[2] == "suppressed_count"
    assert "small_denominator" in r.flags[4] and "small_population" in r.flags[4]
    assert r.flags[5] == "missing" and np.isnan(r.value[5])
    assert r.flags[6] == "zero_denominator" and np.isnan(r.value[6])
    assert "numerator_gt_denominator" in r.flags[7] and r.value[7] == 120.0
    assert r.value[8] == 2.0 and r.flags[8] == ""
    # 3 of 500: the interval is wide relative to the value -> unreliable
    assert "unreliable" in r.flags[3]
    assert r.ci_low[8] < 2.0 < r.ci_high[8]
    assert np.isnan(r.ci_low[1])                               # nothing published for suppressed cells


def test_balance_may_be_negative_and_is_not_count_suppressed():
    r = ind.compute_indicator(np.array([-2, 1]), np.array([1000, 1000]), 1000, 1, kind=ind.BALANCE,
                              min_count=3)
    assert r.value.tolist() == [-2.0, 1.0] and r.flags == ["", ""]
    assert np.isnan(r.ci_low).all()


def test_suppressed_cells_and_suppress_further_by_hand():
    # 1 and 2 are confidential counts (primary); 40 of 80 has a too small denominator (hidden, not primary)
    res = ind.compute_indicator(np.array([0, 1, 2, 40, 200]), np.array([500, 500, 500, 80, 900]), 100, 1,
                                min_count=3, min_denominator=100)
    primary, hidden = ind.suppressed_cells(res)
    assert primary.tolist() == [False, True, True, False, False]
    assert hidden.tolist() == [False, False, False, True, False]
    ind.suppress_further(res, np.array([False, False, False, True, True]))
    assert math.isnan(res.value[4]) and math.isnan(res.ci_low[4]) and math.isnan(res.ci_high[4])
    assert res.flags[4] == "secondary_suppression"
    assert res.flags[3] == "small_denominator,secondary_suppression"
    assert res.value[0] == 0.0 and "secondary_suppression" not in res.flags[0]
