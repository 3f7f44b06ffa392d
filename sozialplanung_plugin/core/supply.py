"""Supply per demand: two-step floating catchment (2SFCA) and its variants.

With W(d) the distance weight (0 beyond the catchment distance d0):

1. each facility j faces the weighted demand D_j = sum_i P_i W(d_ij) and offers
   R_j = S_j / D_j (supply per demand unit in its catchment);
2. each demand point i gets A_i = sum_j R_j W(d_ij).

Weights (enum order frozen, the METHOD parameter; the definitions are those of
the PySAL ``access`` package, the test's reference):

0 2SFCA (Luo & Wang 2003): W = 1 for d <= d0;
1 E2SFCA (Luo & Qi 2009): steps ``[(t_1, w_1), ...]`` — W = w_k for the first
  threshold t_k >= d, 0 beyond the last (e.g. 300: 1, 600: 0.68, 900: 0.22);
2 gaussian: W = exp(-d² / (2 σ²)) for d <= d0;
3 gravity: W = (max(d, d_min) / scale) ** -beta for d <= d0.

Planning ratio ("Versorgungsgrad"): supply per demand against a municipal
standard, in % — A / norm × 100 (e.g. m² of play area per child, norm 1.5).

Per area (``area_supply``): the demand of the points inside it, the supply of
the facilities inside it, the demand-weighted mean of the points' A, and the
simple ratio supply inside / demand inside (no catchments: the planning table's
Versorgungsgrad once divided by the norm).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence, Tuple

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.types import Array

TWO_STEP, STEPS, GAUSSIAN, GRAVITY = range(4)


def parse_steps(text: str) -> List[Tuple[float, float]]:
    """'300:1, 600:0.68, 900:0.22' -> [(300, 1.0), (600, 0.68), (900, 0.22)]."""
    steps: List[Tuple[float, float]] = []
    for part in (text or "").split(","):
        part = part.strip()
        if not part:
            continue
        bits = part.split(":")
        try:
            t, w = float(bits[0]), float(bits[1])
        except (ValueError, IndexError):
            raise InputError("bad_step", value=part) from None
        if t <= 0 or w < 0:
            raise InputError("bad_step", value=part)
        steps.append((t, w))
    if not steps:
        raise InputError("no_steps")
    for (a, _), (b, _) in zip(steps, steps[1:]):
        if not b > a:
            raise InputError("unsorted_steps", first=a, second=b)
    return steps


def weights(d: Array, method: int, d0: float, steps: Sequence[Tuple[float, float]] = (), sigma: float = 0.0,
            beta: float = 1.0, scale: float = 1.0, d_min: float = 1.0) -> Array:
    d = np.asarray(d, dtype=float)
    if method == TWO_STEP:
        return np.where(d <= d0, 1.0, 0.0)
    if method == STEPS:
        thresholds = np.array([t for t, _ in steps])
        values = np.array([w for _, w in steps] + [0.0])
        return np.asarray(values[np.searchsorted(thresholds, d, side="left")])
    if method == GAUSSIAN:
        if not sigma > 0:
            raise InputError("bad_sigma", value=sigma)
        return np.where(d <= d0, np.exp(-d * d / (2.0 * sigma * sigma)), 0.0)
    if method == GRAVITY:
        if not scale > 0:
            raise InputError("bad_scale", value=scale)
        return np.where(d <= d0, np.power(np.maximum(d, d_min) / scale, -beta), 0.0)
    raise InputError("unknown_method", method=method)


@dataclass
class SupplyResult:
    facility_demand: Array        # D_j: weighted demand each facility faces
    facility_ratio: Array         # R_j = S_j / D_j (NaN where D_j = 0)
    access: Array                 # A_i per demand point (0 where nothing within reach)


def two_step(pair_facility: Array, pair_point: Array, pair_weight: Array, supply: Array, demand: Array
             ) -> SupplyResult:
    """The two steps over (facility, point, weight) pairs."""
    n_fac, n_pts = len(supply), len(demand)
    dem = np.nan_to_num(np.asarray(demand, dtype=float))
    fd = np.bincount(pair_facility, dem[pair_point] * pair_weight, n_fac)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(fd > 0, np.asarray(supply, dtype=float) / np.where(fd > 0, fd, 1.0), np.nan)
    contrib = np.nan_to_num(ratio)[pair_facility] * pair_weight
    access = np.bincount(pair_point, contrib, n_pts)
    return SupplyResult(fd, ratio, access)


def demand_weighted_mean(group: Array, n_groups: int, value: Array, demand: Array) -> Array:
    """Mean of ``value`` per group, weighted by demand (NaN where no demand)."""
    ok = group >= 0
    dem = np.where(ok, np.nan_to_num(demand), 0.0)
    g = np.where(ok, group, 0)
    w = np.bincount(g, dem, n_groups)
    s = np.bincount(g, dem * np.nan_to_num(value), n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(w > 0, s / w, np.nan)


@dataclass
class AreaSupply:
    demand: Array                 # demand of the points inside each area
    supply_inside: Array          # supply of the facilities inside each area
    access_mean: Array            # demand-weighted mean access of the points inside (NaN where no demand)
    supply_per_demand: Array      # supply inside / demand (NaN where no demand)


def area_supply(point_area: Array, facility_area: Array, n_areas: int, demand: Array, supply: Array,
                access: Array) -> AreaSupply:
    """Per area from ``point_area`` and ``facility_area``, the area index of each demand point and
    facility (-1: in no area), with the points' ``demand`` and ``access`` and the facilities' ``supply``."""
    of = np.asarray(point_area)
    fa = np.asarray(facility_area)
    area_demand = np.bincount(np.where(of >= 0, of, 0), np.where(of >= 0, demand, 0.0), n_areas)
    inside = np.bincount(np.where(fa >= 0, fa, 0), np.where(fa >= 0, supply, 0.0), n_areas)
    with np.errstate(invalid="ignore", divide="ignore"):
        simple = np.where(area_demand > 0, inside / area_demand, np.nan)
    return AreaSupply(area_demand, inside, demand_weighted_mean(of, n_areas, access, demand), simple)


def percent_of_norm(values: Array, norm: float) -> Array:
    """``values`` / ``norm`` × 100; NaN where there is no norm (0)."""
    v = np.asarray(values, dtype=float)
    return np.asarray(v / norm * 100.0) if norm > 0 else np.asarray(v * np.nan)
