"""Class breaks for an index and the assignment of values to classes.

Methods (enum order frozen, it is the CLASSIFICATION parameter of the index
algorithms): 0 standard-deviation breaks, 1 quantiles, 2 equal intervals,
3 fixed breaks, 4 natural breaks (Jenks, Fisher's exact optimum), 5 none.

Classes are numbered from 1 (lowest values) upwards. ``k - 1`` increasing
breaks b_1 < ... < b_{k-1} split the line into k classes. Which class a value
exactly on a break belongs to is a convention that changes published classes,
so it is explicit: ``on_break="upper"`` puts it into the class above (class i
is [b_{i-1}, b_i)), ``on_break="lower"`` into the class below ((b_{i-1}, b_i]),
``on_break="centre"`` towards the mean (Berlin's MSS: the middle class
includes both limits).
Quantile, equal-interval and natural breaks are the upper limits of their
classes (the largest value of a natural class is its break), so they always
use "lower".
"""
from __future__ import annotations

from typing import List, Optional, Sequence

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.types import Array

SD_BREAKS, QUANTILES, EQUAL_INTERVALS, FIXED_BREAKS, NATURAL_BREAKS, NO_CLASSES = range(6)


def parse_numbers(text: str, what: str) -> List[float]:
    """'-1, 1, 1.5' -> [-1.0, 1.0, 1.5]; a decimal comma inside ';'-separated lists is not supported:
    use points. InputError 'not_a_number' naming the entry otherwise."""
    out: List[float] = []
    for part in (text or "").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(float(part))
        except ValueError:
            raise InputError("not_a_number", what=what, value=part) from None
    return out


def check_breaks(breaks: Sequence[float]) -> None:
    for a, b in zip(breaks, breaks[1:]):
        if not b > a:
            raise InputError("breaks_not_increasing", first=a, second=b)


def sd_breaks(values: Array, multiples: Sequence[float], ddof: int = 0) -> List[float]:
    """mean + m x SD for each multiple m (population SD for ddof 0, sample SD for ddof 1)."""
    v = values[np.isfinite(values)]
    sd = float(np.std(v, ddof=ddof))
    mean = float(np.mean(v))
    return [mean + m * sd for m in multiples]


def quantile_breaks(values: Array, k: int) -> List[float]:
    v = np.sort(values[np.isfinite(values)])
    return [float(np.quantile(v, j / k)) for j in range(1, k)]


def equal_interval_breaks(values: Array, k: int) -> List[float]:
    v = values[np.isfinite(values)]
    lo, hi = float(v.min()), float(v.max())
    return [lo + j * (hi - lo) / k for j in range(1, k)]


def natural_breaks(values: Array, k: int) -> List[float]:
    """Fisher's exact optimal partition of the sorted values into k classes (minimal
    within-class sum of squared deviations) — the "natural breaks (Jenks)" of GIS tools.
    Works on the distinct values weighted by their counts; returns each class's largest value
    except the last's."""
    v = values[np.isfinite(values)]
    uniq, counts = np.unique(v, return_counts=True)
    m = len(uniq)
    if m < k:
        raise InputError("too_few_distinct_values", n=m, classes=k)
    w = counts.astype(float)
    c0 = np.concatenate([[0.0], np.cumsum(w)])
    c1 = np.concatenate([[0.0], np.cumsum(w * uniq)])
    c2 = np.concatenate([[0.0], np.cumsum(w * uniq * uniq)])

    def ssd(i: Array, j: int) -> Array:        # cost of the class uniq[i..j] for a vector of starts i
        n = c0[j + 1] - c0[i]
        s = c1[j + 1] - c1[i]
        return np.asarray((c2[j + 1] - c2[i]) - s * s / n)

    cost = c2[1:] - c1[1:] * c1[1:] / c0[1:]   # one class covering uniq[0..j]
    choice = np.zeros((k, m), dtype=int)
    for c in range(1, k):
        new = np.full(m, np.inf)
        for j in range(c, m):
            starts = np.arange(c, j + 1)                            # the last class is uniq[i..j]
            total = cost[starts - 1] + ssd(starts, j)
            best = int(np.argmin(total))
            new[j] = total[best]
            choice[c, j] = starts[best]
        cost = new
    breaks: List[float] = []
    j = m - 1
    for c in range(k - 1, 0, -1):
        i = choice[c, j]
        breaks.append(float(uniq[i - 1]))
        j = i - 1
    return sorted(breaks)


def assign_classes(values: Array, breaks: Sequence[float], on_break: str = "centre") -> Array:
    """Class number (1 = lowest) per value; 0 where the value is NaN.

    ``on_break``: where a value exactly on a break goes — "upper" (class above), "lower" (class
    below) or "centre" (towards the mean of the values: a break below the mean sends it up, a break
    at or above the mean down, so the middle class includes both its limits — the MSS rule
    "mittel: -1 SD <= x <= +1 SD", "niedrig: +1 SD < x <= +1,5 SD")."""
    b = np.asarray(breaks, dtype=float)
    v = np.asarray(values, dtype=float)
    finite = np.isfinite(v)
    out = np.zeros(len(v), dtype=int)
    if on_break == "centre":
        centre = float(np.mean(v[finite])) if finite.any() else 0.0
        up = b < centre
    else:
        up = np.full(len(b), on_break == "upper")
    vv = v[finite][:, None]
    out[finite] = 1 + ((vv > b) | ((vv == b) & up)).sum(axis=1)
    return out


def class_breaks(values: Array, method: int, breaks: Sequence[float], n_classes: int,
                 ddof: int = 0) -> Optional[List[float]]:
    """Breaks for ``method`` over the finite ``values`` (None for 'none').
    ``breaks`` are SD multiples (method 0) or values (method 3)."""
    if method == NO_CLASSES:
        return None
    if method in (SD_BREAKS, FIXED_BREAKS):
        if not breaks:
            raise InputError("no_breaks")
        check_breaks(breaks)
        return sd_breaks(values, breaks, ddof) if method == SD_BREAKS else list(breaks)
    if n_classes < 2:
        raise InputError("too_few_classes", classes=n_classes)
    if method == QUANTILES:
        return quantile_breaks(values, n_classes)
    if method == EQUAL_INTERVALS:
        return equal_interval_breaks(values, n_classes)
    return natural_breaks(values, n_classes)


def effective_on_break(method: int, on_break: str) -> str:
    """The break side used: the given one for SD and fixed breaks, 'lower' for computed upper limits."""
    return on_break if method in (SD_BREAKS, FIXED_BREAKS) else "lower"
