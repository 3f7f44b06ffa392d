"""A social index composed from several indicators (OECD/JRC Handbook on Constructing
Composite Indicators): who is rated, normalisation, weights, aggregation,
re-standardisation, rank and classes, and the statistics that justify it.

Direction: after normalisation a higher value means more need (fields where
higher is better are inverted), so a higher index means more disadvantage and
rank 1 is the area with the highest index (ties share the best rank).

Aggregation methods (enum order frozen, the AGGREGATION parameter):
0 weighted sum sum(w x), 1 weighted mean sum(w x) / sum(w), 2 weighted
geometric mean prod(x ** (w / sum(w))) — defined for values >= 0 only: a 0 in
any indicator gives 0 (no compensation), a negative value is an error (choose
min-max, rank or percentile rank, which are >= 0), 3 minimum, 4 maximum
(weights do not apply), 5 number of indicators whose normalised value is at or
beyond ``threshold`` (>=; weights do not apply).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from sozialplanung_plugin.core import classification as cls
from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.normalisation import Goalpost, normalise, sd_ddof, zscore
from sozialplanung_plugin.core.types import Array

WEIGHTED_SUM, WEIGHTED_MEAN, GEOMETRIC_MEAN, MINIMUM, MAXIMUM, COUNT_AT_THRESHOLD = range(6)
EXCLUDE, IMPUTE_MEAN, IMPUTE_MEDIAN = range(3)

SMALL_POPULATION = "small_population"
NO_POPULATION = "no_population"
EXCLUDED = "excluded"
MISSING = "missing"          # flag "missing:<field>"
IMPUTED = "imputed"          # flag "imputed:<field>"


@dataclass
class Rating:
    rated: Array                        # bool per area
    flags: List[str]                    # why an area is not rated, or what was imputed ("" = nothing)
    values: Array                       # the indicator values, with imputed values filled in


def rate_areas(values: Array, names: Sequence[str], population: Optional[Array] = None,
               min_population: float = 0.0, excluded: Optional[Array] = None,
               missing: int = EXCLUDE) -> Rating:
    """Which areas take part in the statistics. Not rated: population below
    ``min_population`` (or NULL), ``excluded`` (outliers named by the user), and — with
    ``missing`` = EXCLUDE — a NULL in any indicator. IMPUTE_MEAN / IMPUTE_MEDIAN fill a NULL with
    the mean / median of that indicator over the rated areas instead (flagged)."""
    n, k = values.shape
    values = values.astype(float).copy()
    rated = np.ones(n, dtype=bool)
    reasons: List[List[str]] = [[] for _ in range(n)]
    if population is not None and min_population > 0:
        pop = np.asarray(population, dtype=float)
        for i in np.nonzero(~np.isfinite(pop))[0]:
            reasons[i].append(NO_POPULATION)
        for i in np.nonzero(np.isfinite(pop) & (pop < min_population))[0]:
            reasons[i].append(SMALL_POPULATION)
        rated &= np.isfinite(pop) & (pop >= min_population)
    if excluded is not None:
        for i in np.nonzero(excluded)[0]:
            reasons[i].append(EXCLUDED)
        rated &= ~np.asarray(excluded, dtype=bool)
    nan = ~np.isfinite(values)
    if missing == EXCLUDE:
        for i, j in zip(*np.nonzero(nan)):
            reasons[i].append(f"{MISSING}:{names[j]}")
        rated &= ~nan.any(axis=1)
    else:
        for j in range(k):
            have = rated & ~nan[:, j]
            if not have.any():
                raise InputError("all_missing", field=names[j])
            fill = float(np.mean(values[have, j]) if missing == IMPUTE_MEAN else np.median(values[have, j]))
            for i in np.nonzero(nan[:, j] & rated)[0]:
                values[i, j] = fill
                reasons[i].append(f"{IMPUTED}:{names[j]}")
    return Rating(rated, [",".join(r) for r in reasons], values)


def check_weights(weights: Optional[Sequence[float]], k: int, names: Sequence[str]) -> Array:
    """Weights in field order; equal weights 1 when none are given."""
    if weights is None or len(weights) == 0:
        return np.ones(k)
    if len(weights) != k:
        raise InputError("weights_count", given=len(weights), fields=k, names=", ".join(names))
    w = np.asarray(weights, dtype=float)
    if not np.isfinite(w).all():
        raise InputError("weights_not_finite")
    neg = np.nonzero(w < 0)[0]
    if neg.size:
        raise InputError("negative_weight", field=names[neg[0]], weight=float(w[neg[0]]))
    if not w.sum() > 0:
        raise InputError("weights_sum_zero")
    return w


def pca_weights(normalised: Array) -> Array:
    """Weights from the first principal component of the correlation matrix: squared loadings
    (they sum to 1), scaled so that they sum to the number of indicators like equal weights do."""
    corr = np.corrcoef(normalised, rowvar=False)
    vals, vecs = np.linalg.eigh(corr)
    first = vecs[:, int(np.argmax(vals))]
    return np.asarray(first * first * normalised.shape[1])


def aggregate(normalised: Array, weights: Array, method: int, threshold: float = 1.0,
              names: Sequence[str] = (), keys: Sequence[str] = ()) -> Array:
    """Aggregate the rows of a complete (n, k) matrix (see module docstring)."""
    if method == WEIGHTED_SUM:
        return np.asarray(normalised @ weights)
    if method == WEIGHTED_MEAN:
        return np.asarray(normalised @ weights / weights.sum())
    if method == GEOMETRIC_MEAN:
        neg = np.argwhere(normalised < 0)
        if neg.size:
            i, j = (int(a) for a in neg[0])
            raise InputError("geometric_negative", field=names[j] if names else j, key=keys[i] if keys else i,
                             value=float(normalised[i, j]), n=len(neg))
        with np.errstate(divide="ignore"):
            logs = np.log(normalised)
        used = weights > 0
        out = np.exp(logs[:, used] @ weights[used] / weights.sum())
        return np.asarray(np.where((normalised[:, used] == 0).any(axis=1), 0.0, out))
    if method == MINIMUM:
        return np.asarray(normalised.min(axis=1))
    if method == MAXIMUM:
        return np.asarray(normalised.max(axis=1))
    if method == COUNT_AT_THRESHOLD:
        return np.asarray((normalised >= threshold).sum(axis=1).astype(float))
    raise InputError("unknown_method", method=method)


def descending_rank(x: Array, rated: Array) -> Array:
    """Rank 1 = highest value among the rated areas; ties share the best rank; NaN if not rated."""
    out = np.full(len(x), np.nan)
    v = x[rated]
    order = np.sort(v)[::-1]
    out[rated] = np.searchsorted(-order, -v, side="left") + 1
    return out


@dataclass
class Report:
    correlation: Array                  # (k, k) Pearson over the rated areas, normalised values
    cronbach_alpha: float
    pc1_share: float                    # explained variance of the first principal component (0..1)
    class_counts: Dict[int, int] = field(default_factory=dict)


def statistics(normalised: Array) -> Report:
    """Correlation matrix, Cronbach's alpha and the first component's share of the variance."""
    k = normalised.shape[1]
    if k < 2:
        return Report(np.ones((1, 1)), float("nan"), 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        corr = np.corrcoef(normalised, rowvar=False)
        item_var = normalised.var(axis=0, ddof=1).sum()
        total_var = normalised.sum(axis=1).var(ddof=1)
        alpha = k / (k - 1) * (1 - item_var / total_var) if total_var > 0 else float("nan")
        vals = np.linalg.eigvalsh(np.nan_to_num(corr))
    return Report(corr, float(alpha), float(vals.max() / vals.sum()) if vals.sum() > 0 else float("nan"))


@dataclass
class CompositeResult:
    normalised: Array                   # (n, k), NaN for areas not rated
    aggregate: Array                    # before re-standardisation
    index: Array                        # after it (same as aggregate without re-standardisation)
    rank: Array
    index_class: Array                  # 1 = first class, 0 = none / not rated
    breaks: Optional[List[float]]
    rated: Array
    flags: List[str]
    weights: Array
    report: Report
    restandardised: bool = False


def compose(values: Array, names: Sequence[str], keys: Sequence[str], *, invert: Sequence[bool],
            weights: Optional[Sequence[float]] = None, pca: bool = False, normalisation: int = 0,
            aggregation: int = WEIGHTED_SUM, threshold: float = 1.0, restandardise: bool = False,
            classification: int = cls.SD_BREAKS, breaks: Sequence[float] = (-1.0, 1.0, 1.5),
            n_classes: int = 4, on_break: str = "centre", population: Optional[Array] = None,
            min_population: float = 0.0, excluded: Optional[Array] = None, missing: int = EXCLUDE,
            goalposts: Optional[Sequence[Goalpost]] = None, rating: Optional[Rating] = None) -> CompositeResult:
    """The whole composition for (n, k) ``values``; see the module docstring."""
    n, k = values.shape
    if k == 0:
        raise InputError("no_fields")
    if rating is None:
        rating = rate_areas(values, names, population, min_population, excluded, missing)
    rated = rating.rated
    if rated.sum() < 2:
        raise InputError("too_few_rated", n=int(rated.sum()))
    norm = normalise(rating.values, rated, normalisation, invert, goalposts)
    sub = norm[rated]
    w = pca_weights(sub) if pca else check_weights(weights, k, names)
    agg = np.full(n, np.nan)
    agg[rated] = aggregate(sub, w, aggregation, threshold, names, [keys[int(i)] for i in np.nonzero(rated)[0]])
    ddof = sd_ddof(normalisation)
    index = zscore(agg, rated, ddof) if restandardise else agg
    rank = descending_rank(index, rated)
    found = cls.class_breaks(index[rated], classification, breaks, n_classes, ddof)
    klass = np.zeros(n, dtype=int)
    if found is not None:
        klass[rated] = cls.assign_classes(index[rated], found, cls.effective_on_break(classification, on_break))
    report = statistics(sub)
    if found is not None:
        report.class_counts = {c: int((klass == c).sum()) for c in range(1, len(found) + 2)}
    return CompositeResult(norm, agg, index, rank, klass, found, rated, rating.flags, w, report, restandardise)
