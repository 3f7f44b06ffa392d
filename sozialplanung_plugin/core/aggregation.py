"""Aggregating counts from small units (addresses, blocks) to planning areas.

Every method ends in the same bookkeeping: each source unit gives a share of
its counts to zero or more areas; what no area receives is *unassigned*.
The invariant, checked and reported by the caller:

    sum over areas + unassigned == input total      (for every field)

NULL counts (NaN here) contribute nothing and are reported; negative counts
are an error (a count cannot be negative; -1 as a "missing" code must become
NULL first).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.keys import duplicated_keys
from sozialplanung_plugin.core.progress import CanceledFn, ProgressFn, report
from sozialplanung_plugin.core.types import Array

# METHOD enum of aggregate_counts (frozen order)
BY_KEY, BY_LOCATION, LARGEST_OVERLAP, APPORTION = 0, 1, 2, 3
# shares of a unit's area below this are rounding slivers along shared boundaries
SLIVER = 1e-9


@dataclass
class Aggregation:
    """Result of aggregating ``n_src`` units with ``n_fields`` counts to ``n_areas`` areas."""

    sums: Array                 # (n_areas, n_fields) float64
    unit_counts: Array          # (n_areas,) int: source units contributing to the area
    unassigned_share: Array     # (n_src,) share of each unit that reached no area, 0..1
    input_totals: Array         # (n_fields,)
    unassigned_totals: Array    # (n_fields,)
    null_counts: Dict[int, List[int]] = field(default_factory=dict)  # field -> NULL rows (first few)
    null_totals: Dict[int, int] = field(default_factory=dict)        # field -> number of NULLs

    @property
    def area_totals(self) -> Array:
        totals: Array = self.sums.sum(axis=0)
        return totals

    def totals_preserved(self, rel_tol: float = 1e-9) -> Array:
        """Per field: does sum over areas + unassigned equal the input total?"""
        lhs = self.area_totals + self.unassigned_totals
        preserved: Array = np.isclose(lhs, self.input_totals, rtol=rel_tol, atol=1e-6)
        return preserved


def validate_counts(values: Array, field_names: Sequence[str],
                    row_ids: Optional[Sequence[object]] = None) -> None:
    """Raise :class:`InputError` ``negative_count`` for the first negative value."""
    values = np.asarray(values, dtype=float)
    neg = np.argwhere(values < 0)
    if neg.size:
        row, col = (int(v) for v in neg[0])
        raise InputError("negative_count", field=field_names[col],
                         row=row_ids[row] if row_ids is not None else row,
                         value=float(values[row, col]), n=int(len(neg)))


def _null_report(values: Array, max_rows: int = 5) -> Tuple[Dict[int, List[int]], Dict[int, int]]:
    rows: Dict[int, List[int]] = {}
    totals: Dict[int, int] = {}
    isnan = np.isnan(values)
    for col in np.nonzero(isnan.any(axis=0))[0]:
        idx = np.nonzero(isnan[:, col])[0]
        rows[int(col)] = [int(i) for i in idx[:max_rows]]
        totals[int(col)] = int(idx.size)
    return rows, totals


def _finish(sums: Array, unit_counts: Array, unassigned_share: Array, values: Array) -> Aggregation:
    clean = np.nan_to_num(values, nan=0.0)
    null_rows, null_totals = _null_report(values)
    return Aggregation(
        sums=sums,
        unit_counts=unit_counts,
        unassigned_share=unassigned_share,
        input_totals=clean.sum(axis=0),
        unassigned_totals=(clean * unassigned_share[:, None]).sum(axis=0),
        null_counts=null_rows,
        null_totals=null_totals,
    )


def sum_by_assignment(area_index: Array, values: Array, n_areas: int) -> Aggregation:
    """Each unit goes whole to one area (``area_index`` >= 0) or to none (-1)."""
    values = np.asarray(values, dtype=float).reshape(len(area_index), -1)
    area_index = np.asarray(area_index, dtype=np.int64)
    clean = np.nan_to_num(values, nan=0.0)
    ok = area_index >= 0
    sums = np.zeros((n_areas, values.shape[1]), dtype=float)
    for col in range(values.shape[1]):
        sums[:, col] = np.bincount(area_index[ok], weights=clean[ok, col], minlength=n_areas)
    unit_counts = np.bincount(area_index[ok], minlength=n_areas).astype(np.int64)
    return _finish(sums, unit_counts, (~ok).astype(float), values)


def index_by_key(source_keys: Sequence[Optional[str]],
                 area_keys: Sequence[Optional[str]]) -> Array:
    """Area position per source unit, matching keys as text exactly; -1 if none."""
    check_area_keys(area_keys)
    lookup = {k: i for i, k in enumerate(area_keys)}
    return np.array([lookup.get(k, -1) if k is not None else -1 for k in source_keys],
                    dtype=np.int64)


def check_area_keys(area_keys: Sequence[Optional[str]]) -> None:
    """Area keys must be present and unique."""
    for row, k in enumerate(area_keys):
        if k is None or k == "":
            raise InputError("missing_area_key", row=row)
    dups = duplicated_keys(area_keys)
    if dups:
        raise InputError("duplicate_area_key", key=dups[0], n=len(dups))


def largest_overlap(src: Array, area: Array, overlap: Array,
                    n_src: int) -> Array:
    """For each source unit the area with the largest overlap (-1: none).

    ``src``, ``area``, ``overlap`` list the intersecting pairs. Ties go to the
    area that comes first in the area layer (lowest index), so the result does
    not depend on the order of the pairs.
    """
    src = np.asarray(src, dtype=np.int64)
    area = np.asarray(area, dtype=np.int64)
    overlap = np.asarray(overlap, dtype=float)
    result = np.full(n_src, -1, dtype=np.int64)
    keep = overlap > 0
    src, area, overlap = src[keep], area[keep], overlap[keep]
    if src.size == 0:
        return result
    order = np.lexsort((area, -overlap, src))   # by src, then largest overlap, then lowest area
    s_sorted = src[order]
    first = np.ones(s_sorted.size, dtype=bool)
    first[1:] = s_sorted[1:] != s_sorted[:-1]
    result[s_sorted[first]] = area[order][first]
    return result


def apportion(src: Array, area: Array, overlap: Array,
              source_area: Array, values: Array, n_areas: int,
              progress: ProgressFn = None, is_canceled: CanceledFn = None) -> Aggregation:
    """Area-weighted apportioning: a unit gives each area ``overlap / source_area`` of its counts.

    The part of a unit outside every area stays unassigned. Where areas
    overlap each other the shares of a unit would add up to more than 1; they
    are scaled back to 1 so nothing is counted twice. Units with zero area
    cannot be apportioned and stay unassigned.
    """
    values = np.asarray(values, dtype=float).reshape(len(source_area), -1)
    src = np.asarray(src, dtype=np.int64)
    area = np.asarray(area, dtype=np.int64)
    overlap = np.asarray(overlap, dtype=float)
    source_area = np.asarray(source_area, dtype=float)
    n_src = len(source_area)
    keep = (overlap > 0) & (source_area[src] > 0)
    src, area, overlap = src[keep], area[keep], overlap[keep]
    share = overlap / source_area[src]
    # floating-point slivers along shared boundaries are not real overlaps
    sliver = share < SLIVER
    src, area, share = src[~sliver], area[~sliver], share[~sliver]
    total = np.bincount(src, weights=share, minlength=n_src)
    # covered to within rounding, or more than once by overlapping areas:
    # scale the unit's shares so they add up to exactly 1
    full = total > 1.0 - SLIVER
    share = np.where(full[src], share / np.where(total > 0, total, 1.0)[src], share)
    assigned = np.where(full, 1.0, total)
    clean = np.nan_to_num(values, nan=0.0)
    sums = np.zeros((n_areas, values.shape[1]), dtype=float)
    for col in range(values.shape[1]):
        report(progress, is_canceled, col / max(1, values.shape[1]))
        sums[:, col] = np.bincount(area, weights=share * clean[src, col], minlength=n_areas)
    unit_counts = np.bincount(area, minlength=n_areas).astype(np.int64)
    result = _finish(sums, unit_counts, 1.0 - assigned, values)
    return result


def shares_exceeding_one(src: Array, overlap: Array, source_area: Array,
                         tolerance: float = 1e-6) -> int:
    """Number of source units covered by more than one area at the same place (overlapping areas)."""
    src = np.asarray(src, dtype=np.int64)
    source_area = np.asarray(source_area, dtype=float)
    ok = source_area[src] > 0
    total = np.bincount(src[ok], weights=np.asarray(overlap, float)[ok] / source_area[src[ok]],
                        minlength=len(source_area))
    return int(np.count_nonzero(total > 1.0 + tolerance))
