"""Normalisation of indicators before they are combined into an index (OECD/JRC Handbook, ch. 5).

Methods (enum order frozen, it is the NORMALISATION parameter):

0 z-score with the population SD (divide by n), 1 z-score with the sample SD
(divide by n - 1), 2 min-max 0-100, 3 rank (1 = lowest value, ties share the
mean rank), 4 percentile rank 0-100 ((rank - 1) / (n - 1) x 100), 5 distance
to a reference: with goalposts lo:hi the value's position (x - lo) / (hi - lo)
x 100 capped to 0-100, with a single reference value r the deviation
(x - r) / |r| x 100 in %, without either the deviation from the mean of the
rated areas in %, 6 none.

Statistics (mean, SD, minimum, maximum, ranks) come from the rated areas
only; areas not rated get NaN. "Inverted" fields (higher is better) are
turned round so that in every normalised indicator a higher value means more
need: -z, 100 - v, n + 1 - rank, -deviation, -x.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.types import Array

Z_POPULATION, Z_SAMPLE, MIN_MAX, RANK, PERCENTILE_RANK, DISTANCE_TO_REFERENCE, NONE = range(7)
METHOD_NAMES = ["z-score (population SD)", "z-score (sample SD)", "min-max 0-100", "rank", "percentile rank",
                "distance to reference", "none"]

Goalpost = Tuple[float, ...]      # () mean of rated areas, (r,) reference value, (lo, hi) goalposts


def parse_goalposts(text: str, k: int) -> List[Goalpost]:
    """'30:5, 12, ' -> [(30, 5), (12,), ()] — one entry per field, empty = the mean."""
    if not (text or "").strip():
        return [()] * k
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != k:
        raise InputError("goalposts_count", given=len(parts), fields=k)
    out: List[Goalpost] = []
    for p in parts:
        try:
            nums = tuple(float(x) for x in p.split(":")) if p else ()
        except ValueError:
            raise InputError("not_a_number", what="goalposts", value=p) from None
        if len(nums) > 2 or (len(nums) == 2 and nums[0] == nums[1]) or (len(nums) == 1 and nums[0] == 0):
            raise InputError("bad_goalpost", value=p)
        out.append(nums)
    return out


def average_ranks(x: Array) -> Array:
    """Ranks 1..n of the values (ties share their mean rank)."""
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    ranks = np.empty(len(x))
    # positions of runs of equal values
    starts = np.concatenate([[0], np.nonzero(np.diff(xs))[0] + 1])
    ends = np.concatenate([starts[1:], [len(xs)]])
    mean_rank = (starts + ends + 1) / 2.0          # mean of (start+1 .. end)
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return ranks


def sd_ddof(method: int) -> int:
    """Degrees of freedom of the SD that goes with a normalisation (1 only for the sample z-score)."""
    return 1 if method == Z_SAMPLE else 0


def normalise_column(x: Array, rated: Array, method: int, invert: bool,
                     goalpost: Goalpost = (), column: int = 0) -> Array:
    """One indicator normalised over the rated areas; NaN for the others."""
    out = np.full(len(x), np.nan)
    v = x[rated]
    if method in (Z_POPULATION, Z_SAMPLE):
        sd = float(np.std(v, ddof=sd_ddof(method)))
        if not sd > 0:
            raise InputError("constant_field", column=column, value=float(v[0]))
        z = (v - v.mean()) / sd
        out[rated] = -z if invert else z
    elif method == MIN_MAX:
        lo, hi = float(v.min()), float(v.max())
        if hi == lo:
            raise InputError("constant_field", column=column, value=lo)
        s = (v - lo) / (hi - lo) * 100.0
        out[rated] = 100.0 - s if invert else s
    elif method == RANK:
        r = average_ranks(-v if invert else v)
        out[rated] = r
    elif method == PERCENTILE_RANK:
        if len(v) < 2:
            raise InputError("too_few_rated", n=len(v))
        r = average_ranks(-v if invert else v)
        out[rated] = (r - 1.0) / (len(v) - 1) * 100.0
    elif method == DISTANCE_TO_REFERENCE:
        if len(goalpost) == 2:
            lo, hi = goalpost
            s = np.clip((v - lo) / (hi - lo), 0.0, 1.0) * 100.0
            out[rated] = 100.0 - s if invert else s
        else:
            ref = goalpost[0] if goalpost else float(v.mean())
            if ref == 0:
                raise InputError("zero_reference", column=column)
            d = (v - ref) / abs(ref) * 100.0
            out[rated] = -d if invert else d
    elif method == NONE:
        out[rated] = -v if invert else v
    else:
        raise InputError("unknown_method", method=method)
    return out


def normalise(values: Array, rated: Array, method: int, invert: Sequence[bool],
              goalposts: Optional[Sequence[Goalpost]] = None) -> Array:
    """(n, k) matrix normalised column by column (see module docstring)."""
    n, k = values.shape
    gp = list(goalposts) if goalposts is not None else [()] * k
    out = np.empty((n, k))
    for j in range(k):
        out[:, j] = normalise_column(values[:, j], rated, method, bool(invert[j]), gp[j], j)
    return out


def zscore(x: Array, rated: Array, ddof: int = 0) -> Array:
    """Re-standardisation of an aggregate: mean 0 and SD 1 over the rated areas."""
    out = np.full(len(x), np.nan)
    v = x[rated]
    sd = float(np.std(v, ddof=ddof))
    if not sd > 0:
        raise InputError("constant_aggregate", value=float(v[0]))
    out[rated] = (v - v.mean()) / sd
    return out
