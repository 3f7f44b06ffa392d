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

What a profile shows, found in the layer by field name (any case):

* The town's total row: the first row whose key, trimmed, is one of ``TOTAL_KEYS``
  ("Gesamt", "Stadt", ...). It is the reference, not an area: no rank, no page.
* Per indicator ``<field>``: ``<field>_ci_low``/``<field>_ci_high`` (confidence interval),
  the newest ``<field>_abs_<from>_<to>`` (change; the last by name) and ``<field>_flag``.
* The population ``ew_gesamt`` (weights of the reference) and the class label
  (``index_label``, ``status_label`` or ``sdi``, the first the layer has).
* Polarity: the catalogue's for an indicator named like a built-in one, else "neutral".
* Notes: the suppressed indicators, and those whose flag says "unreliable".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.indicators import UNRELIABLE
from sozialplanung_plugin.core.types import Array

HIGHER_IS_WORSE, HIGHER_IS_BETTER, NEUTRAL = "higher_is_worse", "higher_is_better", "neutral"
TOTAL_ROW, WEIGHTED_MEAN, MEAN = "total_row", "population_weighted_mean", "mean"
TOTAL_KEYS = frozenset({"gesamt", "stadt", "total", "summe", "stadt gesamt", "kreis"})
POPULATION_FIELD = "ew_gesamt"
LABEL_FIELDS = ("index_label", "status_label", "sdi")
CI_LOW, CI_HIGH, CHANGE, FLAG = "_ci_low", "_ci_high", "_abs_", "_flag"


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


# ---------------------------------------------------------------- what a profile shows
def total_row(keys: Sequence[str]) -> Optional[int]:
    """The row of the town's total (the first key that, trimmed and in any case, is in TOTAL_KEYS)."""
    return next((i for i, k in enumerate(keys) if k.strip().lower() in TOTAL_KEYS), None)


@dataclass
class ProfileFields:
    """The fields that go with the indicators (each dict: indicator field -> the layer's field)."""

    ci_low: Dict[str, str]
    ci_high: Dict[str, str]
    change: Dict[str, str]
    flag: Dict[str, str]
    population: Optional[str]
    label: Optional[str]

    def numeric(self) -> List[str]:
        """The numeric fields to read besides the indicators, each once."""
        found = [*self.ci_low.values(), *self.ci_high.values(), *self.change.values(), self.population]
        return list(dict.fromkeys(f for f in found if f))

    def text(self) -> List[str]:
        """The text fields to read: flags and the class label, each once."""
        return list(dict.fromkeys(f for f in [*self.flag.values(), self.label] if f))

    def to_read(self, indicators: Sequence[str], *others: Optional[str]) -> List[str]:
        """The indicators, these fields and ``others`` (e.g. key and name; None: none), each once."""
        return list(dict.fromkeys(f for f in [*others, *indicators, *self.numeric(), *self.text()] if f))


def profile_fields(field_names: Sequence[str], indicators: Sequence[str]) -> ProfileFields:
    """Find the fields that go with ``indicators`` among ``field_names`` (by name, in any case)."""
    lookup = {f.lower(): f for f in field_names}

    def with_suffix(suffix: str) -> Dict[str, str]:
        return {n: lookup[(n + suffix).lower()] for n in indicators if (n + suffix).lower() in lookup}

    change = {}
    for n in indicators:
        periods = sorted(f for f in field_names if f.lower().startswith(n.lower() + CHANGE))
        if periods:
            change[n] = periods[-1]
    return ProfileFields(with_suffix(CI_LOW), with_suffix(CI_HIGH), change, with_suffix(FLAG),
                         lookup.get(POPULATION_FIELD), next((lookup[f] for f in LABEL_FIELDS if f in lookup), None))


def polarities(indicators: Sequence[str]) -> List[str]:
    """The catalogue's polarity of each indicator named like a built-in one; "neutral" for the others."""
    from sozialplanung_plugin.core.catalogue import BUILTIN

    known = {i.id: i.polarity for i in BUILTIN}
    return [known.get(n, NEUTRAL) for n in indicators]


@dataclass
class AreaProfiles:
    """A layer's areas ready for profiles: one row per area (and perhaps the town's total row)."""

    fids: List[int]                     # the features the rows come from
    keys: List[str]
    names: List[str]                    # the indicator fields
    aliases: List[str]                  # how the indicators are shown
    values: Array                       # (rows, indicators); NaN = suppressed / missing
    polarity: List[str]
    total: Optional[int]                # the town's total row
    population: Optional[Array] = None
    ci_low: Optional[Array] = None
    ci_high: Optional[Array] = None
    change: Optional[Array] = None
    labels: Optional[List[Any]] = None  # class label per row
    titles: Optional[List[Any]] = None  # area name per row
    flags: Dict[str, List[Any]] = field(default_factory=dict)   # indicator field -> flag per row

    def __getitem__(self, name: str) -> Any:
        """Also readable by name, as the dock's callers read it (``data["keys"]``)."""
        return getattr(self, name)

    def area_rows(self) -> List[int]:
        """The rows that are areas (all but the town's total row)."""
        return [i for i in range(len(self.keys)) if i != self.total]

    def title(self, row: int) -> str:
        """The area's name ("" without one)."""
        name = self.titles[row] if self.titles else None
        return "" if name is None else str(name)

    def flags_of(self, row: int) -> List[Any]:
        """The flag of each indicator in ``row`` (None where it has no flag field)."""
        return [self.flags[n][row] if n in self.flags else None for n in self.names]

    def profile(self, row: int) -> List[IndicatorProfile]:
        return build_profile(self.values, self.aliases, row, self.polarity, self.population, self.total,
                             self.ci_low, self.ci_high, change=self.change)


def area_profiles(fids: Sequence[int], keys: Sequence[str], names: Sequence[str], aliases: Sequence[str],
                  values: Array, fields: ProfileFields, columns: Mapping[str, Any],
                  titles: Optional[Sequence[Any]] = None) -> AreaProfiles:
    """The profiles' data from the indicator ``values`` (rows, indicators) and ``columns``: the float
    array of each field in ``fields.numeric()``, the values of each in ``fields.text()``."""
    n = len(keys)

    def matrix(by_indicator: Dict[str, str]) -> Optional[Array]:
        """A column per indicator (NaN where it has no such field); None when none has one."""
        if not by_indicator:
            return None
        out: Array = np.column_stack([np.asarray(columns[by_indicator[f]], dtype=float) if f in by_indicator
                                      else np.full(n, np.nan) for f in names])
        return out

    return AreaProfiles(
        list(fids), list(keys), list(names), list(aliases), np.asarray(values, dtype=float).reshape(n, len(names)),
        polarities(names), total_row(keys),
        np.asarray(columns[fields.population], dtype=float) if fields.population else None,
        matrix(fields.ci_low), matrix(fields.ci_high), matrix(fields.change),
        list(columns[fields.label]) if fields.label else None, list(titles) if titles is not None else None,
        {f: list(columns[flag]) for f, flag in fields.flag.items()})


def check_reportable(data: AreaProfiles) -> None:
    """A report needs areas and at least one value."""
    if not data.keys:
        raise InputError("no_areas_to_report")
    if not np.isfinite(data.values).any():
        raise InputError("all_indicators_null")


def area_notes(profile: Sequence[IndicatorProfile], flags: Sequence[Any]) -> Tuple[List[str], List[str]]:
    """The names of the suppressed indicators and of those whose flag (one per indicator, None
    without) says "unreliable"."""
    suppressed = [ip.name for ip in profile if ip.suppressed]
    unreliable = [ip.name for ip, flag in zip(profile, flags) if UNRELIABLE in str(flag or "")]
    return suppressed, unreliable
