"""How robust is an index's ranking? Monte Carlo uncertainty and sensitivity analysis as
the JRC does it for the composite indicators it audits (OECD/JRC Handbook, ch. 7).

Each run recomputes the index with randomly changed choices:

* normalisation: one of z-score, min-max, rank, percentile rank, drawn with equal
  probability (when varied);
* weights: each weight times 1 + U(-p, +p) (``UNIFORM``), or Dirichlet around the chosen
  weights with concentration c (``DIRICHLET``: mean = the chosen shares, larger c = closer);
* aggregation: arithmetic (weighted sum) or geometric mean, drawn with equal probability;
  the geometric mean is taken over the normalised values rescaled to 1-100 per
  indicator, so that it is defined for every normalisation;
* one indicator left out (or none), drawn with equal probability.

Statistics are taken over the rated areas of the nominal index. Per area: the
median rank, the 5 % and 95 % rank, and the share of runs in which it keeps its
nominal class. Classes in a run are made by the nominal classification method
(SD breaks and quantiles from the run's own index, fixed breaks as given, natural
breaks by keeping the nominal class sizes). First-order effect of a choice:
the share of the variance of the mean absolute rank shift across runs that the
choice explains alone (Var(E[Y|X]) / Var(Y), X binned in tenths for weights).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

import numpy as np

from sozialplanung_plugin.core import classification as cls
from sozialplanung_plugin.core.composite_index import (
    GEOMETRIC_MEAN,
    WEIGHTED_SUM,
    CompositeResult,
    aggregate,
    compose,
    rate_areas,
)
from sozialplanung_plugin.core.normalisation import MIN_MAX, PERCENTILE_RANK, RANK, Z_POPULATION, normalise, sd_ddof
from sozialplanung_plugin.core.progress import CanceledFn, ProgressFn, report
from sozialplanung_plugin.core.types import Array

NO_WEIGHT_CHANGE, UNIFORM, DIRICHLET = range(3)
NORMALISATION_ALTERNATIVES = (Z_POPULATION, MIN_MAX, RANK, PERCENTILE_RANK)


@dataclass
class SensitivityResult:
    nominal: CompositeResult
    median_rank: Array                  # NaN for areas not rated
    rank_p05: Array
    rank_p95: Array
    class_share: Array                  # share of runs with the nominal class (NaN without classes)
    unstable: Array                     # bool
    effects: Dict[str, float] = field(default_factory=dict)
    runs: int = 0


def _ranks_desc(x: Array) -> Array:
    """Rank 1 = highest; ties share the best rank."""
    order = np.argsort(-x, kind="stable")
    s = x[order]
    start = np.ones(len(x), dtype=bool)
    start[1:] = s[1:] != s[:-1]
    first = np.maximum.accumulate(np.where(start, np.arange(len(x)), 0))
    out = np.empty(len(x), dtype=np.int64)
    out[order] = first + 1
    return out


def _run_classes(index: Array, method: int, breaks: Sequence[float], nominal_breaks: Optional[List[float]],
                 n_classes: int, ddof: int, on_break: str, sizes: Optional[Array]) -> Optional[Array]:
    if nominal_breaks is None:
        return None
    if method == cls.NATURAL_BREAKS and sizes is not None:
        out = np.empty(len(index), dtype=int)
        order = np.argsort(index, kind="mergesort")
        out[order] = np.repeat(np.arange(1, len(sizes) + 1), sizes)
        return out
    found = cls.class_breaks(index, method, breaks, n_classes, ddof)
    return cls.assign_classes(index, found or [], cls.effective_on_break(method, on_break))


def _first_order(y: Array, x: Array, bins: int = 0) -> float:
    """Var(E[Y|X]) / Var(Y); X discrete, or binned into ``bins`` quantile bins."""
    var = float(np.var(y))
    if not var > 0:
        return 0.0
    if bins:
        edges = np.quantile(x, np.linspace(0, 1, bins + 1)[1:-1])
        x = np.searchsorted(edges, x, side="right")
    groups = np.unique(x)
    between = sum((x == g).mean() * (y[x == g].mean() - y.mean()) ** 2 for g in groups)
    return float(between / var)


def sensitivity(values: Array, names: Sequence[str], keys: Sequence[str], *, runs: int = 1000, seed: int = 1,
                vary_normalisation: bool = True, weight_mode: int = UNIFORM, weight_range: float = 25.0,
                concentration: float = 50.0, vary_aggregation: bool = True, leave_one_out: bool = True,
                stability: float = 0.8, progress: ProgressFn = None, is_canceled: CanceledFn = None,
                **nominal: Any) -> SensitivityResult:
    """Nominal index (``compose`` with ``nominal`` settings) and its Monte Carlo robustness."""
    rating = rate_areas(values, names, nominal.get("population"), float(nominal.get("min_population", 0.0)),
                        nominal.get("excluded"), int(nominal.get("missing", 0)))
    base = compose(values, names, keys, rating=rating, **nominal)     # the same rated areas in every run
    rated = base.rated
    n, k = values.shape
    m = int(rated.sum())
    invert = nominal.get("invert", [False] * k)
    goalposts = nominal.get("goalposts")
    method = int(nominal.get("classification", cls.SD_BREAKS))
    breaks = list(nominal.get("breaks", (-1.0, 1.0, 1.5)))
    n_classes = int(nominal.get("n_classes", 4))
    on_break = str(nominal.get("on_break", "centre"))
    nominal_norm = int(nominal.get("normalisation", Z_POPULATION))
    nominal_agg = int(nominal.get("aggregation", WEIGHTED_SUM))
    threshold = float(nominal.get("threshold", 1.0))
    restandardise = bool(nominal.get("restandardise", False))
    ddof = sd_ddof(nominal_norm)
    filled = rating.values
    norms = sorted(set(NORMALISATION_ALTERNATIVES) | {nominal_norm}) if vary_normalisation else [nominal_norm]
    matrices = {}
    log_rescaled = {}
    for method_id in norms:
        mat = base.normalised[rated] if method_id == nominal_norm else \
            normalise(filled, rated, method_id, invert, goalposts)[rated]
        matrices[method_id] = mat
        lo, hi = mat.min(axis=0), mat.max(axis=0)
        span = np.where(hi > lo, hi - lo, 1.0)
        log_rescaled[method_id] = np.log(1.0 + 99.0 * (mat - lo) / span)
    aggs = sorted({nominal_agg, WEIGHTED_SUM, GEOMETRIC_MEAN}) if vary_aggregation else [nominal_agg]
    base_rank = base.rank[rated]
    base_class = base.index_class[rated]
    sizes = np.bincount(base_class, minlength=len(base.breaks) + 2)[1:] if base.breaks is not None else None

    rng = np.random.default_rng(seed)
    w0 = base.weights
    ranks = np.empty((runs, m), dtype=np.int32)
    same = np.zeros(m)
    shift = np.empty(runs)
    drawn: Dict[str, List[float]] = {"normalisation": [], "aggregation": [], "left_out": []}
    drawn_weights = np.empty((runs, k))
    for r in range(runs):
        if r % 20 == 0:
            report(progress, is_canceled, r / runs)
        norm_id = norms[rng.integers(len(norms))]
        agg_id = aggs[rng.integers(len(aggs))]
        w = w0.copy()
        if weight_mode == UNIFORM:
            w = w0 * (1.0 + rng.uniform(-weight_range / 100.0, weight_range / 100.0, k))
        elif weight_mode == DIRICHLET:
            w = rng.dirichlet(concentration * w0 / w0.sum() + 1e-9) * w0.sum()
        left = int(rng.integers(-1, k)) if leave_one_out and k > 1 else -1
        if left >= 0:
            w[left] = 0.0
        drawn["normalisation"].append(norm_id)
        drawn["aggregation"].append(agg_id)
        drawn["left_out"].append(left)
        drawn_weights[r] = w
        if agg_id == GEOMETRIC_MEAN and not (agg_id == nominal_agg and norm_id == nominal_norm
                                             and (matrices[norm_id] >= 0).all()):
            index = np.exp(log_rescaled[norm_id] @ w / w.sum())      # geometric mean of values in 1-100
        else:
            index = aggregate(matrices[norm_id], w, agg_id, threshold)
        if restandardise:
            sd = float(np.std(index, ddof=ddof))
            index = (index - index.mean()) / sd if sd > 0 else index
        rk = _ranks_desc(index)
        ranks[r] = rk
        shift[r] = float(np.mean(np.abs(rk - base_rank)))
        klass = _run_classes(index, method, breaks, base.breaks, n_classes, ddof, on_break, sizes)
        if klass is not None:
            same += klass == base_class
    report(progress, is_canceled, 1.0)

    def spread(values_rated: Array) -> Array:
        out = np.full(n, np.nan)
        out[rated] = values_rated
        return out

    class_share = spread(same / runs) if base.breaks is not None else np.full(n, np.nan)
    effects: Dict[str, float] = {}
    if len(norms) > 1:
        effects["normalisation"] = _first_order(shift, np.array(drawn["normalisation"]))
    if len(aggs) > 1:
        effects["aggregation"] = _first_order(shift, np.array(drawn["aggregation"]))
    if leave_one_out and k > 1:
        effects["left_out"] = _first_order(shift, np.array(drawn["left_out"]))
    if weight_mode != NO_WEIGHT_CHANGE:
        for j, name in enumerate(names):
            effects[f"weight:{name}"] = _first_order(shift, drawn_weights[:, j], bins=10)
    unstable = np.zeros(n, dtype=bool)
    if base.breaks is not None:
        unstable[rated] = same / runs < stability
    return SensitivityResult(base, spread(np.median(ranks, axis=0)), spread(np.percentile(ranks, 5, axis=0)),
                             spread(np.percentile(ranks, 95, axis=0)), class_share, unstable, effects, runs)
