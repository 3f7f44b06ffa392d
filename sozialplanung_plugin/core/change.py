"""Change of indicators over reference dates: difference, relative change, trend.

For each area and indicator, given values at dates t_1 < ... < t_k (NaN where
suppressed or missing):

* absolute change t_k - t_1 (percentage points when the indicator is a rate in %),
* relative change (t_k - t_1) / t_1 x 100 (NULL when t_1 is 0),
* with three or more dates, the trend: the OLS slope of value on year over
  the dates, per year, also relative to the first value (% of t_1 per year).

An area that lacks a date (boundary change) or has a NULL value at one gets
no result for that indicator, and a flag says why — it is never dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.indicators import round_half_up
from sozialplanung_plugin.core.keys import duplicated_keys
from sozialplanung_plugin.core.types import Array

NOT_PRESENT = "not_present"      # the area has no row at some date
SUPPRESSED = "suppressed"        # the area's value is NULL (suppressed or missing) at some date
ZERO_BASE = "zero_base"          # relative change undefined: first value 0

_YEAR = re.compile(r"(19|20)\d{2}")
_WIDE = re.compile(r"^(.*?)[_]?((?:19|20)\d{2})$")


def year_of(value: object) -> Optional[int]:
    """The year in a year number, a date or a text such as '31.12.2025' or 'indikatoren_2023'."""
    if value is None:
        return None
    if isinstance(value, (int, np.integer)) and 1900 <= int(value) <= 2099:
        return int(value)
    if isinstance(value, float) and value.is_integer() and 1900 <= value <= 2099:
        return int(value)
    if hasattr(value, "year"):
        return int(value.year)
    found = _YEAR.findall(str(value))
    m = _YEAR.search(str(value))
    return int(m.group(0)) if m and len(found) == 1 else None


def split_wide_fields(fields: Sequence[str]) -> Dict[str, List[Tuple[int, str]]]:
    """Group wide fields named <indicator>_<year> by indicator, dates in order."""
    groups: Dict[str, List[Tuple[int, str]]] = {}
    for f in fields:
        m = _WIDE.match(f)
        if m is None or not m.group(1):
            raise InputError("wide_field_without_year", field=f)
        groups.setdefault(m.group(1), []).append((int(m.group(2)), f))
    for name, items in groups.items():
        items.sort()
        years = [y for y, _ in items]
        if len(set(years)) != len(years):
            raise InputError("duplicate_year", indicator=name, year=next(y for y in years if years.count(y) > 1))
        if len(items) < 2:
            raise InputError("one_date_only", indicator=name, year=years[0])
    return groups


def years_of(values: Sequence[object]) -> List[int]:
    """The year of each date value (:func:`year_of`); ``date_without_year`` names the first row without one."""
    years = [year_of(v) for v in values]
    for row, year in enumerate(years):
        if year is None:
            raise InputError("date_without_year", row=row, value=values[row])
    return [int(y) for y in years if y is not None]


# ---------------------------------------------------------------- the input as series per area and date
@dataclass
class Panel:
    """Values per area and date, one series per indicator: what :func:`compute_change` takes."""

    keys: List[Optional[str]]   # one per area
    rows: List[int]             # per area the input row it is written with (long layout: its latest date)
    series: Dict[str, Tuple[List[int], Array, Array]]   # indicator -> (years, values and present: areas x dates)


def wide_panel(keys: Sequence[Optional[str]], fields: Sequence[str], values: Array) -> Panel:
    """Wide layout: one row per area, one field per indicator and date (``<indicator>_<year>``, see
    :func:`split_wide_fields`); ``values`` is areas x ``fields``. Every area is present at every date."""
    groups = split_wide_fields(fields)
    dups = duplicated_keys(keys)
    if dups:
        raise InputError("duplicate_key_wide", key=dups[0])
    v = np.asarray(values, dtype=float).reshape(len(keys), len(fields))
    col = {f: j for j, f in enumerate(fields)}
    series: Dict[str, Tuple[List[int], Array, Array]] = {
        ind: ([y for y, _ in items], v[:, [col[f] for _, f in items]], np.ones((len(keys), len(items)), dtype=bool))
        for ind, items in groups.items()}
    return Panel(list(keys), list(range(len(keys))), series)


def long_panel(keys: Sequence[Optional[str]], years: Sequence[int], fields: Sequence[str], values: Array) -> Panel:
    """Long layout: one row per area and date (``years``, one per row), reshaped to areas x dates. Areas
    in key order; rows without a key are left out; an area missing at a date is not present there."""
    all_years = sorted(set(years))
    if len(all_years) < 2:
        raise InputError("single_date", year=all_years[0] if all_years else None)
    v = np.asarray(values, dtype=float).reshape(len(keys), len(fields))
    area_keys = sorted({k for k in keys if k is not None})
    pos = {k: a for a, k in enumerate(area_keys)}
    column = {y: t for t, y in enumerate(all_years)}
    present: Array = np.zeros((len(area_keys), len(all_years)), dtype=bool)
    cube = np.full((len(area_keys), len(all_years), len(fields)), np.nan)
    rows = [-1] * len(area_keys)
    for i, (k, y) in enumerate(zip(keys, years)):
        if k is None:
            continue
        a, t = pos[k], column[y]
        if present[a, t]:
            raise InputError("duplicate_area_date", key=k, year=y, row=i)
        present[a, t] = True
        cube[a, t, :] = v[i]
        if rows[a] < 0 or years[rows[a]] < y:
            rows[a] = i                 # written with the row of the latest date
    series: Dict[str, Tuple[List[int], Array, Array]] = {
        f: (list(all_years), cube[:, :, j], present) for j, f in enumerate(fields)}
    return Panel(list(area_keys), rows, series)


@dataclass
class Change:
    absolute: Array
    relative: Array
    trend: Optional[Array]            # per year; None with two dates
    trend_relative: Optional[Array]
    flags: List[str]


def compute_change(values: Array, years: Sequence[int], present: Array, decimals: int = 2) -> Change:
    """``values`` (areas x dates, NaN = NULL), ``present`` (areas x dates: row exists)."""
    v = np.asarray(values, dtype=float)
    t = np.asarray(years, dtype=float)
    pres = np.asarray(present, dtype=bool)
    n = v.shape[0]
    complete = pres.all(axis=1) & np.isfinite(v).all(axis=1)
    first, last = v[:, 0], v[:, -1]
    absolute = np.where(complete, last - first, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        relative = np.where(complete & (first != 0), (last - first) / first * 100.0, np.nan)
    trend = trend_rel = None
    if len(t) >= 3:
        tc = t - t.mean()
        slope = ((v - v.mean(axis=1, keepdims=True)) * tc).sum(axis=1) / (tc * tc).sum()
        trend = np.where(complete, slope, np.nan)
        with np.errstate(divide="ignore", invalid="ignore"):
            trend_rel = np.where(complete & (first != 0), slope / first * 100.0, np.nan)
    flags: List[str] = []
    for i in range(n):
        codes = []
        if not pres[i].all():
            codes.append(NOT_PRESENT)
        elif not np.isfinite(v[i]).all():
            codes.append(SUPPRESSED)
        elif first[i] == 0:
            codes.append(ZERO_BASE)
        flags.append(",".join(codes))
    def rnd(a: Optional[Array]) -> Optional[Array]:
        return None if a is None else round_half_up(a, decimals)
    return Change(round_half_up(absolute, decimals), round_half_up(relative, decimals), rnd(trend), rnd(trend_rel),
                  flags)
