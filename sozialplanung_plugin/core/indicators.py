"""Social indicators from counts: rates, rounding, confidence intervals, primary suppression.

Conventions (stated in the algorithm help as well):

* **Rounding** is "round half up" (kaufmännisches Runden, half away from
  zero), applied last, as statistics offices publish. When numerator and
  denominator are whole counts, the rounding is done in exact integer
  arithmetic, so 2.675 % never becomes 2.67 % through binary floating point.
* **Primary suppression**: a rate is published as NULL (never 0) when its
  numerator count is confidential (0 < n < ``min_count``; the Bundesagentur
  für Arbeit anonymises 1 and 2) or its denominator is below
  ``min_denominator`` (Destatis: SGB II quotas need 100 persons).
* **Confidence interval**: Wilson score interval (95 %) for rates whose
  numerator is part of the denominator (proportions). A rate is flagged
  *unreliable* when the interval's half-width exceeds ``max_relative_half_width``
  times its centre — small areas and rare events.
* Flags are machine-readable codes, several joined by ``,``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np

from sozialplanung_plugin.core.types import Array

Z95 = 1.959963984540054

# flag codes (stable: models and scripts filter on them)
SUPPRESSED_COUNT = "suppressed_count"
SMALL_DENOMINATOR = "small_denominator"
ZERO_DENOMINATOR = "zero_denominator"
MISSING = "missing"
NUMERATOR_GT_DENOMINATOR = "numerator_gt_denominator"
UNRELIABLE = "unreliable"
SMALL_POPULATION = "small_population"
SECONDARY_SUPPRESSION = "secondary_suppression"

RATE, RATIO, BALANCE = "rate", "ratio", "balance"


def round_half_up(values: Array, decimals: int) -> Array:
    """Round half away from zero to ``decimals`` places (NaN stays NaN).

    A tiny relative nudge makes values that are a half in decimal but just
    below it in binary (2.675 -> 2.67499999...) round up as printed.
    """
    x = np.asarray(values, dtype=float)
    scale = 10.0 ** decimals
    scaled = np.abs(x) * scale
    nudged = scaled * (1.0 + 4 * np.finfo(float).eps) + 1e-9
    out: Array = np.sign(x) * np.floor(nudged + 0.5) / scale
    return out


def exact_rate(numerator: Array, denominator: Array, factor: float, decimals: int) -> Array:
    """numerator / denominator * factor rounded half up; exact for whole counts.

    With integral counts and an integral ``factor * 10**decimals`` the
    rounding is done in Python integers; otherwise through :func:`round_half_up`.
    Zero or missing denominators give NaN.
    """
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    out = np.full(num.shape, np.nan)
    ok = np.isfinite(num) & np.isfinite(den) & (den != 0)
    scale_f = factor * 10 ** decimals
    integral = (ok.any() and float(scale_f).is_integer()
                and np.all(num[ok] == np.round(num[ok])) and np.all(den[ok] == np.round(den[ok])))
    if integral:
        scale = int(scale_f)
        n = np.abs(num[ok]).astype(np.int64)
        d = np.abs(den[ok]).astype(np.int64)
        sign = np.where((num[ok] < 0) != (den[ok] < 0), -1.0, 1.0)
        if n.size and int(n.max()) * 2 * scale + int(d.max()) < 2 ** 62:
            q = (2 * n * scale + d) // (2 * d)      # floor(n*scale/d + 1/2), exact in int64
            out[ok] = sign * q / 10 ** decimals
        else:                                      # huge counts: Python's unbounded integers
            idx = np.nonzero(ok)[0]
            for k, i in enumerate(idx):
                out[i] = sign[k] * ((2 * int(n[k]) * scale + int(d[k])) // (2 * int(d[k]))) / 10 ** decimals
        return out
    out[ok] = round_half_up(num[ok] / den[ok] * factor, decimals)
    return out


def wilson_interval(successes: Array, trials: Array, z: float = Z95) -> Tuple[Array, Array]:
    """Wilson score interval for proportions x/n; NaN where n <= 0 or x is outside 0..n."""
    x = np.asarray(successes, dtype=float)
    n = np.asarray(trials, dtype=float)
    lo = np.full(x.shape, np.nan)
    hi = np.full(x.shape, np.nan)
    ok = np.isfinite(x) & np.isfinite(n) & (n > 0) & (x >= 0) & (x <= n)
    p = x[ok] / n[ok]
    nn = n[ok]
    denom = 1.0 + z * z / nn
    centre = (p + z * z / (2 * nn)) / denom
    half = z * np.sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn)) / denom
    lo[ok] = np.maximum(0.0, centre - half)
    hi[ok] = np.minimum(1.0, centre + half)
    return lo, hi


@dataclass
class IndicatorValues:
    value: Array                 # published value (NaN = NULL)
    flags: List[str]             # per area: "" or codes joined by ","
    ci_low: Array                # in the indicator's unit (NaN where not applicable)
    ci_high: Array
    raw: Array                   # unrounded, unsuppressed value (for internal checks only)


def compute_indicator(numerator: Array, denominator: Array, factor: float, decimals: int,
                      kind: str = RATE, min_count: int = 3, min_denominator: float = 0,
                      population: Optional[Array] = None, min_population: float = 0,
                      max_relative_half_width: float = 0.3) -> IndicatorValues:
    """Values, flags and 95 % intervals of one indicator for every area."""
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    n = num.shape[0]
    flags = np.full(n, "", dtype=object)

    def flag(mask: Array, code: str) -> None:
        mask = np.asarray(mask, dtype=bool)
        flags[mask] = np.where(flags[mask] == "", code, flags[mask] + "," + code)

    missing = ~np.isfinite(num) | ~np.isfinite(den)
    zero_den = ~missing & (den == 0)
    value = exact_rate(num, den, factor, decimals)
    with np.errstate(divide="ignore", invalid="ignore"):
        raw = np.where(missing | zero_den, np.nan, num / np.where(den == 0, 1, den) * factor)
    flag(missing, MISSING)
    flag(zero_den, ZERO_DENOMINATOR)
    suppress = missing | zero_den
    if kind != BALANCE:
        secret = ~missing & (num > 0) & (num < min_count)
        flag(secret, SUPPRESSED_COUNT)
        suppress |= secret
    small_den = ~missing & ~zero_den & (den < min_denominator)
    flag(small_den, SMALL_DENOMINATOR)
    suppress |= small_den
    if kind == RATE:
        flag(~missing & ~zero_den & (num > den), NUMERATOR_GT_DENOMINATOR)
    value = np.where(suppress, np.nan, value)

    lo: Array = np.full(n, np.nan)
    hi: Array = np.full(n, np.nan)
    if kind == RATE:
        plo, phi = wilson_interval(num, den)
        lo, hi = plo * factor, phi * factor
        centre = (lo + hi) / 2
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = (hi - lo) / 2 / centre
        flag(~suppress & np.isfinite(rel) & (rel > max_relative_half_width), UNRELIABLE)
        lo = np.where(suppress, np.nan, round_half_up(lo, decimals))
        hi = np.where(suppress, np.nan, round_half_up(hi, decimals))
    if population is not None and min_population > 0:
        pop = np.asarray(population, dtype=float)
        flag(np.isfinite(pop) & (pop < min_population), SMALL_POPULATION)
    return IndicatorValues(value, flags.tolist(), lo, hi, raw)


# ---------------------------------------------------------------- secondary suppression (core.secondary_suppression)
def suppressed_cells(result: IndicatorValues) -> Tuple[Array, Array]:
    """(primary, hidden) per area: the numerator is confidential (flag ``suppressed_count``), and the value
    is published as NULL for another reason (unknown to an attacker, but needing no protection)."""
    primary = np.array([SUPPRESSED_COUNT in f.split(",") for f in result.flags], dtype=bool)
    hidden: Array = np.isnan(np.asarray(result.value, dtype=float)) & ~primary
    return primary, hidden


def suppress_further(result: IndicatorValues, cells: Array) -> None:
    """Publish the areas ``cells`` as NULL too (value and interval), flagged ``secondary_suppression``."""
    for i in np.nonzero(np.asarray(cells, dtype=bool))[0]:
        result.value[i] = np.nan
        result.ci_low[i] = np.nan
        result.ci_high[i] = np.nan
        result.flags[i] = (result.flags[i] + "," if result.flags[i] else "") + SECONDARY_SUPPRESSION
