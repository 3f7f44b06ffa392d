"""Need-based allocation ("Ungleiches ungleich behandeln"): a total (euros, staff
hours, places) shared out among areas in proportion to a target population times
a need weight, with an optional floor and cap per area, in whole units that add
up exactly to the total.

1. Weight per area: ``target × need weight``. The need weight comes from an
   index class (a weight per class), from an index value itself, or is 1.
   A NULL need value gives weight 0 and the flag ``no_need_value``.
2. Proportional amount: ``total × weight / Σ weight`` (unrounded).
3. Floor and cap by water-filling: the amount of each area is
   ``clip(λ × weight, floor, cap)`` with the one level λ at which the amounts
   add up to the total. Found iteratively (Bitran and Hax, 1981): share the rest
   of the total among the free areas in proportion to their weight; if some fall
   below the floor or rise above the cap, fix the side with the larger total
   violation at its bound (both sides if equal), repeat until no free area
   violates a bound. Fixing both sides at once in every round can end with
   nothing left to share and a wrong total, hence one side per round.
   Areas with weight 0 receive only the floor (if they get one).
4. Rounding to whole units by the largest-remainder (Hamilton) method: each
   area gets the whole units below its amount, the units left go one each to
   the largest remainders; ties go to the larger weight, then to the area that
   comes first. As floor and cap are whole units, the result stays within them
   and adds up exactly to the total.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.types import Array

NEED_CLASS, NEED_VALUE, NEED_NONE = 0, 1, 2     # enum order frozen: the NEED_MODE parameter

AT_FLOOR = "floor"
AT_CAP = "cap"
NO_NEED_VALUE = "no_need_value"

_REL_TOL = 1e-9          # "is a whole multiple of the unit" up to floating-point noise
_TIE_TOL = 1e-11         # remainders (in units) this close, relative to the total, are ties


@dataclass
class AllocationResult:
    need_weight: Array               # the multiplier used (0 where the need value is NULL)
    weight: Array                    # target × need weight
    share: Array                     # % of the summed weight
    amount_proportional: Array       # total × weight / Σ weight, before floor/cap, unrounded
    amount_constrained: Array        # after floor/cap, unrounded
    amount: Array                    # whole units, adds up exactly to the total
    units: Array                     # amount / unit (int64)
    adjustment: List[str]            # "floor", "cap" or ""
    flags: List[str] = field(default_factory=list)   # "no_need_value" or ""
    total_units: int = 0

    @property
    def n_floor(self) -> int:
        return sum(1 for a in self.adjustment if a == AT_FLOOR)

    @property
    def n_cap(self) -> int:
        return sum(1 for a in self.adjustment if a == AT_CAP)


# ---------------------------------------------------------------- need weights

_NUMBER = r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?"
_PAIR = re.compile(rf"^\s*({_NUMBER})\s*[:=]\s*({_NUMBER})\s*$")
_PLAIN = re.compile(rf"^\s*({_NUMBER})\s*$")


def _number(text: str, decimal_comma: bool) -> float:
    if "," in text and not decimal_comma:
        raise ValueError(text)
    return float(text.replace(",", "."))


def _class_number(text: str, decimal_comma: bool) -> int:
    value = _number(text, decimal_comma)
    if not math.isfinite(value) or not value.is_integer():
        raise ValueError(text)
    return int(value)


def parse_class_weights(text: str) -> Dict[int, float]:
    """Weights per class from ``"1:1, 2:1.25, 3:1.5, 4:2"`` (class:weight pairs, also ``=``),
    or from a plain list ``"1, 1.25, 1.5, 2"`` meaning classes 1, 2, 3, ... in order.

    Pairs or items are separated by commas, or by semicolons — then a decimal comma
    is allowed too (``"1:1; 2:1,25"``).
    """
    text = (text or "").strip()
    if not text:
        raise InputError("class_weights_missing")
    decimal_comma = ";" in text
    pieces = [p.strip() for p in text.split(";" if decimal_comma else ",")]
    pieces = [p for p in pieces if p]
    if not pieces:
        raise InputError("class_weights_missing")
    pairs = [_PAIR.match(p) for p in pieces]
    weights: Dict[int, float] = {}
    if any(m is not None for m in pairs):
        for piece, m in zip(pieces, pairs):
            if m is None:
                raise InputError("class_weights_unparsable", piece=piece, text=text)
            try:
                cls, weight = _class_number(m.group(1), decimal_comma), _number(m.group(2), decimal_comma)
            except ValueError:
                raise InputError("class_weights_unparsable", piece=piece, text=text) from None
            if cls in weights:
                raise InputError("class_weights_duplicate", cls=cls, text=text)
            weights[cls] = weight
    else:
        for k, piece in enumerate(pieces, 1):
            m = _PLAIN.match(piece)
            if m is None:
                raise InputError("class_weights_unparsable", piece=piece, text=text)
            try:
                weights[k] = _number(m.group(1), decimal_comma)
            except ValueError:
                raise InputError("class_weights_unparsable", piece=piece, text=text) from None
    for cls, weight in weights.items():
        if not math.isfinite(weight):
            raise InputError("class_weights_unparsable", piece=str(weight), text=text)
        if weight < 0:
            raise InputError("negative_class_weight", cls=cls, weight=weight)
    return weights


def need_multipliers(need: Optional[Array], mode: int, class_weights: Optional[Dict[int, float]] = None,
                     n: int = 0) -> Array:
    """The need weight per area (NaN where the need value is NULL).

    ``NEED_CLASS``: ``need`` holds whole-number classes, mapped by ``class_weights``;
    ``NEED_VALUE``: the need value itself, which must be >= 0; ``NEED_NONE``: 1 for all
    ``n`` areas (``need`` is ignored).
    """
    if mode == NEED_NONE:
        return np.ones(n if need is None else len(need), dtype=float)
    if need is None:
        raise InputError("need_field_missing", mode=mode)
    values = np.asarray(need, dtype=float)
    known = np.isfinite(values)
    if mode == NEED_VALUE:
        negative = np.flatnonzero(known & (values < 0))
        if negative.size:
            row = int(negative[0])
            raise InputError("negative_need_value", row=row, value=float(values[row]), n=int(negative.size))
        return values.copy()
    if mode != NEED_CLASS:
        raise ValueError(f"unknown need mode {mode}")
    weights = class_weights or {}
    fractional = np.flatnonzero(known & (values != np.round(values)))
    if fractional.size:
        row = int(fractional[0])
        raise InputError("need_class_not_integer", row=row, value=float(values[row]), n=int(fractional.size))
    out = np.full(len(values), np.nan)
    for cls in sorted({int(v) for v in values[known]}):
        rows = np.flatnonzero(known & (values == cls))
        if cls not in weights:
            raise InputError("class_weight_missing", cls=cls, row=int(rows[0]), n=int(rows.size),
                             classes=", ".join(str(c) for c in sorted(weights)))
        out[rows] = weights[cls]
    return out


# ---------------------------------------------------------------- allocation

def _whole_units(value: float, unit: float) -> Optional[int]:
    """value / unit as an int if it is a whole number (up to floating-point noise), else None."""
    q = value / unit
    k = round(q)
    return int(k) if abs(q - k) <= _REL_TOL * max(1.0, abs(q)) else None


def water_fill(weight: Array, lower: Array, upper: Array, total: float) -> Tuple[Array, Array, Array]:
    """Amounts ``clip(λ × weight, lower, upper)`` adding up to ``total``, found iteratively.

    Areas with weight 0 get ``lower``. The caller ensures feasibility:
    ``Σ lower <= total <= Σ upper`` over areas with weight > 0 plus ``Σ lower`` over the rest,
    and at least one weight > 0. Returns (amount, at lower bound, at upper bound).
    """
    w = np.asarray(weight, dtype=float)
    lo = np.asarray(lower, dtype=float)
    hi = np.asarray(upper, dtype=float)
    amount = np.where(w > 0, 0.0, lo)
    at_lo = (w <= 0) & (lo > 0)
    at_hi = np.zeros(len(w), dtype=bool)
    free = w > 0
    while free.any():
        idx = np.flatnonzero(free)
        remaining = total - float(amount[~free].sum())
        trial = remaining * w[idx] / float(w[idx].sum())
        below = trial < lo[idx]
        above = trial > hi[idx]
        alpha = float((lo[idx] - trial)[below].sum())
        beta = float((trial - hi[idx])[above].sum())
        if not below.any() and not above.any():
            amount[idx] = trial
            break
        if alpha >= beta:         # equal: both sides are at their bounds in the solution
            amount[idx[below]] = lo[idx[below]]
            at_lo[idx[below]] = True
            free[idx[below]] = False
        if beta >= alpha:
            amount[idx[above]] = hi[idx[above]]
            at_hi[idx[above]] = True
            free[idx[above]] = False
    return amount, at_lo, at_hi


def largest_remainder(quota: Array, weight: Array, lower: Array, upper: Array, total: int) -> Array:
    """Whole numbers close to ``quota`` (in units) adding up to ``total``, within
    ``lower``..``upper`` (whole numbers with lower <= quota <= upper): the whole part of each
    quota, plus one for the largest remainders; ties: larger weight, then lower index.
    Areas with weight 0 get no extra unit.

    Remainders closer than a tolerance (1e-11 of the total: far above floating-point noise, far
    below any real difference) count as equal, so a tie is a tie however the quotas were computed.
    """
    q = np.asarray(quota, dtype=float)
    w = np.asarray(weight, dtype=float)
    tol = _TIE_TOL * max(1.0, float(total))
    base = np.clip(np.floor(q + tol), lower, upper).astype(np.int64)
    remainder = np.maximum(q - base, 0.0)
    left = int(total - int(base.sum()))
    candidates = np.flatnonzero((w > 0) & (base < np.asarray(upper)))
    if left < 0 or left > candidates.size:
        raise ArithmeticError(f"largest remainder: {left} units left for {candidates.size} areas")
    units: Array = base.copy()
    if left == 0:
        return units
    rem = remainder[candidates]
    cut = rem[np.lexsort((candidates, -w[candidates], -rem))[left - 1]]     # the last remainder that gets a unit
    sure = candidates[rem > cut + tol]
    tied = candidates[np.abs(rem - cut) <= tol]
    tied = tied[np.lexsort((tied, -w[tied]))][:left - sure.size]
    units[sure] += 1
    units[tied] += 1
    return units


def amounts_in_units(total: float, unit: float, floor: float = 0.0,
                     cap: Optional[float] = None) -> Tuple[int, int, Optional[int]]:
    """Total, floor and cap (None = no cap) in whole units; :class:`InputError` unless the total and the
    unit are above 0, the floor 0 or more, the cap above 0, all whole multiples of the unit and the floor
    not above the cap. Needs the parameters alone, so the algorithm checks them before it runs."""
    total, unit, floor = float(total), float(unit), float(floor)
    if not math.isfinite(total) or total <= 0:
        raise InputError("bad_total", total=total)
    if not math.isfinite(unit) or unit <= 0:
        raise InputError("bad_unit", unit=unit)
    total_units = _whole_units(total, unit)
    if total_units is None:
        raise InputError("total_not_multiple", total=total, unit=unit)
    if not math.isfinite(floor) or floor < 0:
        raise InputError("negative_floor", floor=floor)
    floor_units = _whole_units(floor, unit)
    if floor_units is None:
        raise InputError("floor_not_multiple", floor=floor, unit=unit)
    cap_units: Optional[int] = None
    if cap is not None:
        cap = float(cap)
        if not math.isfinite(cap) or cap <= 0:
            raise InputError("bad_cap", cap=cap)
        cap_units = _whole_units(cap, unit)
        if cap_units is None:
            raise InputError("cap_not_multiple", cap=cap, unit=unit)
        if cap_units < floor_units:
            raise InputError("floor_above_cap", floor=floor, cap=cap)
    return total_units, floor_units, cap_units


def allocate(target: Array, need_weight: Array, total: float, unit: float = 1.0, floor: float = 0.0,
             cap: Optional[float] = None, floor_only_with_target: bool = True) -> AllocationResult:
    """Share ``total`` among areas in proportion to ``target × need_weight``.

    ``need_weight`` NaN = no need value (weight 0, flag ``no_need_value``). ``floor`` and
    ``cap`` (None = no cap) are per area and must be whole multiples of ``unit``, as must
    ``total``. With ``floor_only_with_target`` areas with target 0 get no floor.
    Raises :class:`InputError` for input that allows no allocation.
    """
    t = np.asarray(target, dtype=float)
    nw = np.asarray(need_weight, dtype=float)
    total, unit, floor = float(total), float(unit), float(floor)
    cap = None if cap is None else float(cap)
    if t.shape != nw.shape or t.ndim != 1:
        raise ValueError("target and need_weight must be 1-d arrays of the same length")
    n = len(t)
    if n == 0:
        raise InputError("no_areas")
    total_units, floor_units, cap_units = amounts_in_units(total, unit, floor, cap)

    missing_target = np.flatnonzero(~np.isfinite(t))
    if missing_target.size:
        raise InputError("missing_target", row=int(missing_target[0]), n=int(missing_target.size))
    negative_target = np.flatnonzero(t < 0)
    if negative_target.size:
        row = int(negative_target[0])
        raise InputError("negative_target", row=row, value=float(t[row]), n=int(negative_target.size))
    no_need = np.isnan(nw)
    bad_need = np.flatnonzero(~no_need & (~np.isfinite(nw) | (nw < 0)))
    if bad_need.size:
        row = int(bad_need[0])
        raise InputError("negative_need_weight", row=row, value=float(nw[row]), n=int(bad_need.size))
    multiplier = np.where(no_need, 0.0, nw)
    weight = t * multiplier
    weight_sum = float(weight.sum())
    if not weight_sum > 0:
        raise InputError("all_weights_zero", n=n, no_need=int(no_need.sum()))
    if not math.isfinite(weight_sum):
        raise InputError("weights_too_large")

    gets_floor = t > 0 if floor_only_with_target else np.ones(n, dtype=bool)
    lower = np.where(gets_floor, float(floor_units), 0.0)
    upper = np.full(n, math.inf if cap_units is None else float(cap_units))
    needed = int(lower.sum())
    if needed > total_units:
        raise InputError("floor_infeasible", floor=floor, n=int(gets_floor.sum()), needed=needed * unit,
                         total=total)
    if cap_units is not None:
        receiving = weight > 0
        capacity = int(cap_units * int(receiving.sum()) + lower[~receiving].sum())
        if capacity < total_units:
            raise InputError("cap_infeasible", cap=cap, n=int(receiving.sum()), capacity=capacity * unit,
                             total=total)

    constrained_units, at_lo, at_hi = water_fill(weight, lower, upper, float(total_units))
    units = largest_remainder(constrained_units, weight, lower, upper, total_units)
    proportional = total * weight / weight_sum
    adjustment = [AT_CAP if h else AT_FLOOR if lo_ and floor_units > 0 else "" for lo_, h in zip(at_lo, at_hi)]
    return AllocationResult(
        need_weight=multiplier,
        weight=weight,
        share=100.0 * weight / weight_sum,
        amount_proportional=proportional,
        amount_constrained=constrained_units * unit,
        amount=units * unit,
        units=units,
        adjustment=adjustment,
        flags=[NO_NEED_VALUE if m else "" for m in no_need],
        total_units=total_units,
    )


def allocate_by_need(target: Array, need: Optional[Array], mode: int, class_weights: str, total: float,
                     unit: float = 1.0, floor: float = 0.0, cap: Optional[float] = None,
                     floor_only_with_target: bool = True) -> AllocationResult:
    """The whole computation for the Processing algorithm: need weights from ``need``
    (class, value or none, see :func:`need_multipliers`), then :func:`allocate`."""
    weights = parse_class_weights(class_weights) if mode == NEED_CLASS else None
    multiplier = need_multipliers(need, mode, weights, n=len(target))
    return allocate(target, multiplier, total, unit, floor, cap, floor_only_with_target)
