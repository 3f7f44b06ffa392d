"""Area profile data (Gebietsprofil): for one area and each indicator its value, the reference, its rank
among all areas, the range of all areas and whether it differs clearly from the reference.

Conventions:

* Reference: the value of the town's total row when the layer has one, else the
  population-weighted mean over the areas with a value (without a population: the
  plain mean). ``reference_kind`` says which.
* Rank: 1 = the area with the most need. For a "higher is worse" indicator that is
  the highest value, for "higher is better" the lowest; "neutral" ranks the highest
  value first. Ties share the best rank; areas without a value are not ranked.
* Range: minimum, maximum and the 25 % and 75 % quantiles over the areas (the total
  row excluded).
* Marker: with confidence-interval columns, the value differs clearly when its
  interval does not contain the reference; without them, when it lies in the top or
  bottom fifth of all areas ("quintiles"). ``status`` is "above", "below" or "similar".
* A NULL value (suppressed, "geheim") has no rank and no marker; it is never shown as 0.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

from sozialplanung_plugin.core.types import Array

HIGHER_IS_WORSE, HIGHER_IS_BETTER, NEUTRAL = "higher_is_worse", "higher_is_better", "neutral"
TOTAL_ROW, WEIGHTED_MEAN, MEAN = "total_row", "population_weighted_mean", "mean"


@dataclass
class IndicatorProfile:
    name: str
    value: float                  # NaN = suppressed / missing
    reference: float
    reference_kind: str
    rank: Optional[int]
    n_ranked: int
    minimum: float
    maximum: float
    q25: float
    q75: float
    status: str                   # "above", "below", "similar", "" (no value)
    basis: str                    # "confidence_interval" or "quintiles"
    change: float                 # value minus the previous value (NaN: none)
    polarity: str

    @property
    def suppressed(self) -> bool:
        return not np.isfinite(self.value)

    @property
    def worse(self) -> Optional[bool]:
        """Does the marker point to more need than the reference? None when it does not differ or is neutral."""
        if self.status == "similar" or not self.status or self.polarity == NEUTRAL:
            return None
        return (self.status == "above") == (self.polarity == HIGHER_IS_WORSE)


def descending_rank(values: Array) -> Array:
    """1 = highest; ties share the best rank; NaN stays NaN."""
    out = np.full(len(values), np.nan)
    ok = np.isfinite(values)
    s = np.sort(values[ok])[::-1]
    out[ok] = np.searchsorted(-s, -values[ok], side="left") + 1
    return out


def build_profile(values: Array, names: Sequence[str], area: int, polarity: Optional[Sequence[str]] = None,
                  population: Optional[Array] = None, total_row: Optional[int] = None,
                  ci_low: Optional[Array] = None, ci_high: Optional[Array] = None,
                  previous: Optional[Array] = None, change: Optional[Array] = None) -> List[IndicatorProfile]:
    """The profile of row ``area``; ``change`` (the change per area, e.g. indicator_change's field) or
    ``previous`` (the value at the previous date) give the change column."""
    v = np.asarray(values, dtype=float)
    n, k = v.shape
    pol = list(polarity) if polarity is not None else [HIGHER_IS_WORSE] * k
    areas = np.ones(n, dtype=bool)
    if total_row is not None:
        areas[total_row] = False
    out: List[IndicatorProfile] = []
    for j in range(k):
        col = v[:, j]
        ok = areas & np.isfinite(col)
        vals = col[ok]
        if total_row is not None and np.isfinite(col[total_row]):
            ref, kind = float(col[total_row]), TOTAL_ROW
        elif population is not None and np.nansum(np.asarray(population, dtype=float)[ok]) > 0:
            w = np.nan_to_num(np.asarray(population, dtype=float)[ok])
            ref, kind = float((vals * w).sum() / w.sum()), WEIGHTED_MEAN
        else:
            ref, kind = (float(vals.mean()) if len(vals) else float("nan")), MEAN
        key = col if pol[j] != HIGHER_IS_BETTER else -col
        ranks = descending_rank(np.where(ok, key, np.nan))
        value = float(col[area])
        rank = int(ranks[area]) if area != total_row and np.isfinite(ranks[area]) else None
        if len(vals):
            lo, hi = float(vals.min()), float(vals.max())
            q25, q75 = (float(q) for q in np.quantile(vals, [0.25, 0.75]))
            q20, q80 = (float(q) for q in np.quantile(vals, [0.2, 0.8]))
        else:
            lo = hi = q25 = q75 = q20 = q80 = float("nan")
        status, basis = "", "quintiles"
        if np.isfinite(value):
            if ci_low is not None and ci_high is not None and np.isfinite(ci_low[area, j]) and \
                    np.isfinite(ci_high[area, j]):
                basis = "confidence_interval"
                status = "above" if ci_low[area, j] > ref else "below" if ci_high[area, j] < ref else "similar"
            else:
                status = "above" if value > q80 else "below" if value < q20 else "similar"
        if change is not None:
            delta = float(change[area, j])
        else:
            delta = float(value - previous[area, j]) if previous is not None else float("nan")
        out.append(IndicatorProfile(names[j], value, ref, kind, rank, int(ok.sum()), lo, hi, q25, q75, status,
                                    basis, delta, pol[j]))
    return out
