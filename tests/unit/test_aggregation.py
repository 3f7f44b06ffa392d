"""Aggregation bookkeeping on tables small enough to check by hand."""
import math

import numpy as np
import pytest

from sozialplanung_plugin.core import aggregation as agg
from sozialplanung_plugin.core.errors import InputError


def test_sum_by_assignment_by_hand():
    # units: (area, ew, kids):  A 10 2 | B 5 1 | A 7 NULL | none 3 0
    values = np.array([[10, 2], [5, 1], [7, math.nan], [3, 0]], dtype=float)
    res = agg.sum_by_assignment(np.array([0, 1, 0, -1]), values, 2)
    assert res.sums.tolist() == [[17, 2], [5, 1]]
    assert res.unit_counts.tolist() == [2, 1]
    assert res.input_totals.tolist() == [25, 3]
    assert res.unassigned_totals.tolist() == [3, 0]
    assert res.totals_preserved().all()
    assert res.null_totals == {1: 1}
    assert res.null_counts == {1: [2]}


def test_index_by_key_is_exact_text():
    idx = agg.index_by_key(["0102", "102", None, "0101"], ["0101", "0102"])
    assert idx.tolist() == [1, -1, -1, 0]


def test_duplicate_and_missing_area_keys():
    with pytest.raises(InputError) as e:
        agg.index_by_key(["01"], ["01", "02", "01"])
    assert e.value.code == "duplicate_area_key" and e.value.details["key"] == "01"
    with pytest.raises(InputError) as e:
        agg.check_area_keys(["01", None])
    assert e.value.code == "missing_area_key" and e.value.details["row"] == 1


def test_negative_count_names_field_and_row():
    with pytest.raises(InputError) as e:
        agg.validate_counts(np.array([[1, 2], [3, -1]]), ["ew", "kids"], row_ids=[11, 12])
    assert e.value.details == {"field": "kids", "row": 12, "value": -1.0, "n": 1}


def test_largest_overlap_by_hand_with_tie():
    # unit 0: 30 in area 1, 70 in area 0 -> 0
    # unit 1: 50/50 in areas 2 and 1 -> tie -> lowest index 1
    # unit 2: no overlap -> -1
    src = np.array([0, 0, 1, 1])
    area = np.array([1, 0, 2, 1])
    ov = np.array([30.0, 70.0, 50.0, 50.0])
    assert agg.largest_overlap(src, area, ov, 3).tolist() == [0, 1, -1]
    # the order of the pairs does not matter
    p = np.array([3, 2, 1, 0])
    assert agg.largest_overlap(src[p], area[p], ov[p], 3).tolist() == [0, 1, -1]


def test_apportion_by_hand():
    # unit 0 (area 100, 40 residents): 25 in area A, 75 in B -> 10 / 30
    # unit 1 (area 50, 10 residents): 20 in B, 30 outside -> 4 to B, 6 unassigned
    src = np.array([0, 0, 1])
    area = np.array([0, 1, 1])
    ov = np.array([25.0, 75.0, 20.0])
    res = agg.apportion(src, area, ov, np.array([100.0, 50.0]), np.array([[40.0], [10.0]]), 2)
    assert res.sums[:, 0].tolist() == pytest.approx([10.0, 34.0])
    assert res.unassigned_totals.tolist() == pytest.approx([6.0])
    assert res.unassigned_share.tolist() == pytest.approx([0.0, 0.6])
    assert res.totals_preserved().all()


def test_apportion_overlapping_areas_not_counted_twice():
    # unit covered twice (two overlapping areas both contain it wholly)
    res = agg.apportion(np.array([0, 0]), np.array([0, 1]), np.array([10.0, 10.0]),
                        np.array([10.0]), np.array([[8.0]]), 2)
    assert res.sums[:, 0].tolist() == pytest.approx([4.0, 4.0])
    assert res.unassigned_totals[0] == pytest.approx(0.0)
    assert agg.shares_exceeding_one(np.array([0, 0]), np.array([10.0, 10.0]), np.array([10.0])) == 1


def test_apportion_drops_slivers():
    # a numerical sliver along the neighbour's boundary is not an overlap
    res = agg.apportion(np.array([0, 0]), np.array([0, 1]), np.array([100.0 - 1e-12, 1e-12]),
                        np.array([100.0]), np.array([[7.0]]), 2)
    assert res.sums[:, 0].tolist() == [7.0, 0.0]
    assert res.unit_counts.tolist() == [1, 0]
    assert res.unassigned_share.tolist() == [0.0]


def test_totals_preserved_random():
    rng = np.random.default_rng(7)
    n_src, n_area = 300, 9
    pairs_src = np.repeat(np.arange(n_src), 3)
    pairs_area = rng.integers(0, n_area, pairs_src.size)
    ov = rng.uniform(0, 1, pairs_src.size)
    src_area = np.bincount(pairs_src, weights=ov) * rng.uniform(0.8, 1.5, n_src)
    vals = rng.integers(0, 50, (n_src, 3)).astype(float)
    res = agg.apportion(pairs_src, pairs_area, ov, src_area, vals, n_area)
    assert res.totals_preserved().all()
    assert np.allclose(res.area_totals + res.unassigned_totals, vals.sum(axis=0))
