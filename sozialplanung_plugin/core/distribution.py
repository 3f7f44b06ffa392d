"""Area totals distributed onto the buildings or addresses inside each area.

Each area's count is shared out in proportion to the targets' weights (e.g.
footprint × storeys, or 1 per address) and rounded to whole persons by the
largest-remainder (Hamilton) method within the area: every target gets the
whole part of its share, the persons left go one each to the largest
remainders (ties: larger weight, then the target that comes first). So every
area's total is preserved exactly, field by field.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.types import Array

_TOL = 1e-9


@dataclass
class Distribution:
    values: Array                     # (targets, fields) whole numbers; 0 for targets outside every area
    areas_without_targets: List[int]  # areas with a count > 0 but no target of positive weight
    undistributed: Array              # (fields,) persons of those areas


def check_weights(weights: Array) -> Array:
    """The weights as floats; an error naming the first that is not a number of 0 or more."""
    w = np.asarray(weights, dtype=float)
    bad = np.nonzero(~np.isfinite(w) | (w < 0))[0]
    if len(bad):
        raise InputError("bad_weight", row=int(bad[0]), value=float(w[bad[0]]))
    return w


def distribute(area_of_target: Array, weights: Array, totals: Array) -> Distribution:
    """``area_of_target``: area index per target (-1 outside); ``weights`` >= 0 per target;
    ``totals``: (areas, fields) whole non-negative counts (NaN = no count)."""
    area = np.asarray(area_of_target, dtype=np.int64)
    w = check_weights(weights)
    tot = np.asarray(totals, dtype=float)
    n_areas, k = tot.shape
    filled = np.nan_to_num(tot)
    for code, wrong in (("negative_total", filled < 0), ("not_whole", np.abs(filled - np.round(filled)) > _TOL)):
        hit = np.argwhere(wrong)
        if len(hit):
            r, c = int(hit[0][0]), int(hit[0][1])
            raise InputError(code, row=r, column=c, value=float(filled[r, c]))
    filled = np.round(filled).astype(np.int64)
    inside = (area >= 0) & (w > 0)
    wsum = np.bincount(area[inside], w[inside], n_areas)
    without = [int(a) for a in np.nonzero((wsum <= 0) & (filled.sum(axis=1) > 0))[0]]
    values = np.zeros((len(w), k), dtype=np.int64)
    t = np.nonzero(inside)[0]
    if len(t):
        a = area[t]
        share = w[t] / wsum[a]
        # targets grouped by area; within an area by remainder (desc), weight (desc), position
        for j in range(k):
            quota = filled[a, j] * share
            base = np.floor(quota + _TOL).astype(np.int64)
            rem = np.maximum(quota - base, 0.0)
            left: Array = filled[:, j] - np.bincount(a, base, n_areas).astype(np.int64)
            # remainders that differ by less than a tolerance are a tie (floating-point noise must not decide):
            # sorted by remainder, a gap larger than the tolerance starts a new tie group
            by_rem = np.lexsort((-rem, a))
            gap = np.ones(len(by_rem), dtype=bool)
            gap[1:] = (a[by_rem][1:] != a[by_rem][:-1]) | (rem[by_rem][:-1] - rem[by_rem][1:] > _TOL)
            group = np.empty(len(by_rem), dtype=np.int64)
            group[by_rem] = np.cumsum(gap)
            order = np.lexsort((t, -w[t], group))
            a_sorted = a[order]
            first = np.searchsorted(a_sorted, a_sorted, side="left")
            rank = np.arange(len(order)) - first
            extra = np.zeros(len(t), dtype=np.int64)
            extra[order] = (rank < left[a_sorted]).astype(np.int64)
            values[t, j] = base + extra
    undistributed = filled[without].sum(axis=0) if without else np.zeros(k, dtype=np.int64)
    return Distribution(values, without, undistributed)
