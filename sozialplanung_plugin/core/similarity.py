"""Similar areas ("Vergleichbare Gebiete"): which areas have indicator values closest to an area's.

Each indicator is z-standardised over all areas with a value (population SD),
so that a percentage and a count weigh alike; the distance between areas a and
b is the weighted root mean square of the z differences over the indicators
both have (NULL values are left out, the weights of the rest re-scaled):

    d(a, b) = sqrt( sum_j w_j (z_aj - z_bj)^2 / sum_j w_j ).

A tolerance band per indicator (as CoSI offers it) says, in the indicator's
own unit, how far a value may lie from the reference's to count as "within
tolerance"; it does not change the distance.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.types import Array


def standardise(values: Array) -> Array:
    """z-scores per column over the non-NULL values; a constant column gives 0."""
    v = np.asarray(values, dtype=float)
    out = np.full(v.shape, np.nan)
    for j in range(v.shape[1]):
        col = v[:, j]
        ok = np.isfinite(col)
        if ok.sum() == 0:
            raise InputError("all_missing", column=j)
        sd = float(np.std(col[ok]))
        out[ok, j] = (col[ok] - col[ok].mean()) / sd if sd > 0 else 0.0
    return out


def distances_to(z: Array, ref: int, weights: Array) -> Array:
    """Distance of every area to area ``ref`` (NaN where they share no indicator)."""
    diff = z - z[ref]
    ok = np.isfinite(diff)
    w = np.where(ok, weights[None, :], 0.0)
    num = (np.where(ok, diff * diff, 0.0) * w).sum(axis=1)
    den = w.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, np.sqrt(num / den), np.nan)


def ranks_ascending(d: Array) -> Array:
    """Rank 1 = smallest distance; ties share the best rank; NaN stays NaN."""
    out = np.full(len(d), np.nan)
    ok = np.isfinite(d)
    v = d[ok]
    s = np.sort(v)
    out[ok] = np.searchsorted(s, v, side="left") + 1
    return out


@dataclass
class Similar:
    distance: Array            # to the reference
    rank: Array                # 1 = most similar (the reference itself excluded: NaN)
    within: Array              # (n, k) bool: value within the tolerance band of the reference's
    n_within: Array            # per area: how many indicators lie within tolerance


def similar_to(values: Array, ref: int, weights: Optional[Sequence[float]] = None,
               tolerances: Optional[Sequence[Optional[float]]] = None) -> Similar:
    v = np.asarray(values, dtype=float)
    k = v.shape[1]
    w = check_weights(weights, k)
    z = standardise(v)
    d = distances_to(z, ref, w)
    d[ref] = np.nan
    rank = ranks_ascending(d)
    tol = check_tolerances(tolerances, k)
    within = np.zeros(v.shape, dtype=bool)
    for j, t in enumerate(tol):
        if t is not None:
            within[:, j] = np.abs(v[:, j] - v[ref, j]) <= t
    n_within = within.sum(axis=1)
    return Similar(d, rank, within, n_within)


def check_tolerances(tolerances: Optional[Sequence[Optional[float]]], k: int) -> List[Optional[float]]:
    """Tolerance bands in field order (None: no band); one entry per field."""
    tol = list(tolerances) if tolerances is not None else [None] * k
    if len(tol) != k:
        raise InputError("tolerances_count", given=len(tol), fields=k)
    return tol


def check_settings(k: int, weights: Optional[Sequence[float]] = None,
                   tolerances: Optional[Sequence[Optional[float]]] = None) -> None:
    """What can be checked without the data: weights and tolerance bands for ``k`` indicator fields."""
    check_weights(weights, k)
    check_tolerances(tolerances, k)


def check_weights(weights: Optional[Sequence[float]], k: int) -> Array:
    if weights is None or len(weights) == 0:
        return np.ones(k)
    if len(weights) != k:
        raise InputError("weights_count", given=len(weights), fields=k)
    w = np.asarray(weights, dtype=float)
    if (w < 0).any() or not w.sum() > 0:
        raise InputError("bad_weights")
    return w


def most_similar(values: Array, n_similar: int, weights: Optional[Sequence[float]] = None
                 ) -> List[List[Tuple[int, float]]]:
    """For every area its ``n_similar`` most similar others as [(index, distance), ...] (ties: the area
    that comes first)."""
    v = np.asarray(values, dtype=float)
    w = check_weights(weights, v.shape[1])
    z = standardise(v)
    if np.isfinite(z).all():
        # no NULLs: the distance is Euclidean in z scaled by sqrt(w / sum w) -> a KD-tree answers it
        from scipy.spatial import cKDTree

        scaled = z * np.sqrt(w / w.sum())
        kk = min(n_similar + 1, len(v))
        dist, idx = cKDTree(scaled).query(scaled, k=kk)
        dist, idx = dist.reshape(len(v), kk), idx.reshape(len(v), kk)
        result = []
        for a in range(len(v)):
            pairs = sorted(((float(d), int(i)) for d, i in zip(dist[a], idx[a]) if i != a), key=lambda t: (t[0], t[1]))
            result.append([(i, d) for d, i in pairs[:n_similar]])
        return result
    out = []
    for a in range(len(v)):
        d = distances_to(z, a, w)
        d[a] = np.inf
        d = np.where(np.isfinite(d), d, np.inf)
        order = np.lexsort((np.arange(len(d)), d))[:n_similar]
        out.append([(int(i), float(d[i])) for i in order if np.isfinite(d[i])])
    return out
