"""Secondary suppression: no suppressed count can be recovered from published totals.

Setting: counts per small area (the cells) are published except the primary
suppressed ones; the totals of every group (Sozialräume of a Stadtteil,
Stadtteile of the town, any further grouping, nested or not) are published
too. An attacker knows every published cell, every group total and that
counts are >= 0. For a suppressed cell the attacker's knowledge is the range
of values it can take in a solution of

    sum of suppressed cells in group g = total_g - published cells of g   (every group g)
    x >= 0

A cell is *protected* when that range is at least ``protection`` wide (by
default the minimum count: the attacker cannot tell whether the value lies
below the threshold).

Method (the idea of tau-ARGUS' hypercube/"singleton" heuristics, checked by
linear programming): while a primary cell is not protected, suppress the
smallest published cell that shares a group with it and makes it protected;
if no single cell does, suppress the largest such cell and try again. Cells
with value 0 do not help (they add no room) and are never chosen. A cell
that cannot be protected (e.g. the only area of its group: the group total
is its value) is reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.types import Array


@dataclass
class SecondaryResult:
    secondary: Array                       # bool per cell: suppressed in addition
    unprotectable: List[int] = field(default_factory=list)   # primary cells no choice can protect
    ranges: List[Tuple[int, float, float]] = field(default_factory=list)  # (cell, low, high) at the end


def _group_matrix(groups: Sequence[Sequence[object]], n: int) -> Array:
    """One row per group (over all levels), 1 where the cell belongs to it."""
    rows = []
    for level in groups:
        labels = list(level)
        if len(labels) != n:
            raise ValueError("every grouping needs one label per cell")
        for g in sorted({str(x) for x in labels if x is not None}):
            rows.append([1.0 if x is not None and str(x) == g else 0.0 for x in labels])
    return np.array(rows, dtype=float).reshape(len(rows), n)


def feasible_range(values: Array, suppressed: Array, membership: Array, cell: int) -> Tuple[float, float]:
    """Smallest and largest value of ``cell`` consistent with all published numbers."""
    from scipy.optimize import linprog

    v = np.asarray(values, dtype=float)
    s = np.asarray(suppressed, dtype=bool)
    idx = np.nonzero(s)[0]
    pos = int(np.nonzero(idx == cell)[0][0])
    a = membership[:, idx]
    used = a.any(axis=1)
    a = a[used]
    b = (membership[used] * np.where(s, v, 0.0)).sum(axis=1)   # total minus published cells
    c = np.zeros(len(idx))
    c[pos] = 1.0
    bounds = [(0, None)] * len(idx)
    lo = linprog(c, A_eq=a, b_eq=b, bounds=bounds, method="highs")
    hi = linprog(-c, A_eq=a, b_eq=b, bounds=bounds, method="highs")
    low = lo.fun if lo.status == 0 else 0.0
    high = -hi.fun if hi.status == 0 else float("inf")   # unbounded: not in any group
    return float(low), float(high)


def finest_nested_level(groups: Sequence[Sequence[object]]) -> Optional[List[str]]:
    """The finest grouping if all groupings nest (every finer group lies inside one coarser group), else None.

    Then every coarser total is a sum of finest totals: the coarser ones tell an
    attacker nothing more, and each finest group can be protected on its own.
    """
    levels = [[str(x) for x in level] for level in groups]
    if not levels or any(None in level for level in groups):
        return None
    levels.sort(key=lambda lv: -len(set(lv)))
    finest = levels[0]
    for coarser in levels[1:]:
        parent: Dict[str, str] = {}
        for f, c in zip(finest, coarser):
            if parent.setdefault(f, c) != c:
                return None
    return finest


def _protect_nested(v: Array, primary: Array, suppressed: Array, finest: List[str], protection: float,
                    unprotectable: List[int]) -> None:
    """Closed form for nested groupings. In a finest group with two or more suppressed cells an
    attacker knows only their sum R, so each lies anywhere in [0, R]; with one, its value is R."""
    labels = np.array(finest, dtype=object)
    for g in sorted(set(labels[primary])):
        members = np.nonzero(labels == g)[0]
        while True:
            sup = members[suppressed[members]]
            if len(sup) >= 2 and v[sup].sum() >= protection - 1e-9:
                break
            candidates = [i for i in members[np.argsort(v[members], kind="stable")] if not suppressed[i] and v[i] > 0]
            if not candidates:
                unprotectable.extend(int(i) for i in members[primary[members]])
                break
            total = v[sup].sum()
            chosen = next((c for c in candidates if total + v[c] >= protection - 1e-9), candidates[-1])
            suppressed[chosen] = True


def secondary_suppression(values: Array, primary: Array, groups: Sequence[Sequence[object]],
                          protection: float, hidden: Optional[Array] = None) -> SecondaryResult:
    """Cells to suppress in addition to ``primary`` so that every primary cell is protected.

    ``hidden`` marks cells that are not published for other reasons (e.g. a
    too small denominator): they count as unknown to the attacker but need
    no protection of their own.
    """
    v = np.nan_to_num(np.asarray(values, dtype=float), nan=0.0)
    primary = np.asarray(primary, dtype=bool)
    n = len(v)
    membership = _group_matrix(groups, n)
    suppressed = primary.copy()
    if hidden is not None:
        suppressed |= np.asarray(hidden, dtype=bool)
    unprotectable: List[int] = []
    finest = finest_nested_level(groups)
    if finest is not None:
        _protect_nested(v, primary, suppressed, finest, protection, unprotectable)
        already = primary if hidden is None else (primary | np.asarray(hidden, dtype=bool))
        return SecondaryResult(suppressed & ~already, unprotectable, [])

    def width(cell: int, mask: Array) -> float:
        lo, hi = feasible_range(v, mask, membership, cell)
        return hi - lo

    for cell in np.nonzero(primary)[0]:
        p = int(cell)
        for _ in range(n):
            if width(p, suppressed) >= protection - 1e-9:
                break
            shares = np.asarray(membership[membership[:, p] > 0].any(axis=0), dtype=bool)
            candidates = [i for i in np.argsort(v, kind="stable")
                          if shares[i] and not suppressed[i] and v[i] > 0]
            if not candidates:
                unprotectable.append(int(p))
                break
            chosen = None
            for c in candidates:                       # smallest first
                trial = suppressed.copy()
                trial[c] = True
                if width(p, trial) >= protection - 1e-9:
                    chosen = c
                    break
            suppressed[chosen if chosen is not None else candidates[-1]] = True
    ranges = [(int(p), *feasible_range(v, suppressed, membership, int(p))) for p in np.nonzero(primary)[0]]
    already = primary if hidden is None else (primary | np.asarray(hidden, dtype=bool))
    return SecondaryResult(suppressed & ~already, unprotectable, ranges)


# ---------------------------------------------------------------- tables of counts per area
TOWN = "town"


def published_groupings(groups: Sequence[Sequence[object]], n: int) -> List[List[object]]:
    """The groupings whose totals are published: the given ones (one label per area, e.g. the
    Stadtteil of each Sozialraum) and the town, one group of all ``n`` areas."""
    return [list(level) for level in groups] + [[TOWN] * n]


def small_counts(values: Array, min_count: float) -> Array:
    """The primary rule for counts: confidential where 0 < value < ``min_count`` (NaN is not)."""
    v = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        out: Array = (v > 0) & (v < min_count)
    return out


@dataclass
class TableSuppression:
    """Secondary suppression of a table of areas x columns (one column per count or indicator)."""

    secondary: Array                      # bool (areas, columns): suppressed in addition
    unprotectable: List[List[int]]        # per column: the primary cells no choice can protect

    @property
    def n_secondary(self) -> int:
        return int(np.count_nonzero(self.secondary))


def protect_columns(values: Array, primary: Array, groups: Sequence[Sequence[object]], protection: float,
                    hidden: Optional[Array] = None) -> TableSuppression:
    """:func:`secondary_suppression` of each column of ``values`` (areas x columns; primary and hidden
    alike) against the totals of ``groups`` and of the town (:func:`published_groupings`). Columns
    without a primary cell, and every column when ``protection`` is 0 or less, stay as they are."""
    v = np.asarray(values, dtype=float)
    v = v.reshape(len(v), -1)
    p = np.asarray(primary, dtype=bool).reshape(v.shape)
    h = None if hidden is None else np.asarray(hidden, dtype=bool).reshape(v.shape)
    levels = published_groupings(groups, v.shape[0])
    secondary = np.zeros(v.shape, dtype=bool)
    unprotectable: List[List[int]] = [[] for _ in range(v.shape[1])]
    if protection <= 0:
        return TableSuppression(secondary, unprotectable)
    for j in range(v.shape[1]):
        if not p[:, j].any():
            continue
        res = secondary_suppression(v[:, j], p[:, j], levels, protection, None if h is None else h[:, j])
        secondary[:, j] = res.secondary
        unprotectable[j] = list(res.unprotectable)
    return TableSuppression(secondary, unprotectable)
