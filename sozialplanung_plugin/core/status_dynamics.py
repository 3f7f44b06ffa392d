"""Berlin's "Monitoring Soziale Stadtentwicklung" (MSS) in one step: status index,
dynamics index and the combined Status/Dynamik class.

The method as published (MSS 2021, Indikatorenblätter p. 41 and 45): the status
indicators (levels at the reference date) and, separately, the dynamics
indicators (change over two years in percentage points) are z-standardised over
the rated Planungsräume with their simple (unweighted) mean and the population
standard deviation (divide by n — this reproduces the published z-values; the
sample SD does not), summed with equal weights, and the sums standardised
again. Status classes: hoch x < -1, mittel -1 <= x <= +1, niedrig +1 < x <=
+1.5, sehr niedrig x > +1.5; dynamics classes: positiv x < -1, stabil
-1 <= x <= +1, negativ x > +1 (a value on a break goes towards the mean).
Areas with fewer than 300 residents and named outliers are not rated.
The combined class is written "2+/-" (status 2, dynamics stabil) and coded
10 x status + dynamics (21).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

from sozialplanung_plugin.core import classification as cls
from sozialplanung_plugin.core.composite_index import EXCLUDE, CompositeResult, Rating, compose, rate_areas
from sozialplanung_plugin.core.normalisation import Z_POPULATION
from sozialplanung_plugin.core.types import Array

STATUS_BREAKS = (-1.0, 1.0, 1.5)
DYNAMICS_BREAKS = (-1.0, 1.0)
DYNAMICS_SYMBOLS = ("+", "+/-", "-")          # positiv, stabil, negativ


@dataclass
class StatusDynamicsResult:
    status: CompositeResult
    dynamics: CompositeResult
    rated: Array
    flags: List[str]
    code: Array                               # 10 x status class + dynamics class, 0 if not rated
    label: List[Optional[str]]                # "2+/-", None if not rated


def status_dynamics(status_values: Array, dynamics_values: Array, status_names: Sequence[str],
                    dynamics_names: Sequence[str], keys: Sequence[str], *,
                    population: Optional[Array] = None, min_population: float = 300.0,
                    excluded: Optional[Array] = None, missing: int = EXCLUDE,
                    normalisation: int = Z_POPULATION, invert_status: Optional[Sequence[bool]] = None,
                    invert_dynamics: Optional[Sequence[bool]] = None,
                    status_breaks: Sequence[float] = STATUS_BREAKS,
                    dynamics_breaks: Sequence[float] = DYNAMICS_BREAKS,
                    on_break: str = "centre") -> StatusDynamicsResult:
    """Both indices over the same rated areas (an area must be ratable in both)."""
    ks, kd = status_values.shape[1], dynamics_values.shape[1]
    both = np.hstack([status_values, dynamics_values])
    rating = rate_areas(both, list(status_names) + list(dynamics_names), population, min_population, excluded,
                        missing)
    parts = []
    for cols, names, invert, breaks in ((slice(0, ks), status_names, invert_status, status_breaks),
                                        (slice(ks, ks + kd), dynamics_names, invert_dynamics, dynamics_breaks)):
        part = Rating(rating.rated, rating.flags, rating.values[:, cols])
        parts.append(compose(part.values, names, keys, invert=invert or [False] * len(names),
                             normalisation=normalisation, restandardise=True, classification=cls.SD_BREAKS,
                             breaks=breaks, on_break=on_break, rating=part))
    status, dynamics = parts
    code = np.where(rating.rated, 10 * status.index_class + dynamics.index_class, 0)
    symbols = list(DYNAMICS_SYMBOLS) if len(dynamics_breaks) == 2 else [str(c) for c in range(1, 10)]
    label: List[Optional[str]] = [
        f"{s}{symbols[d - 1]}" if ok else None
        for s, d, ok in zip(status.index_class, dynamics.index_class, rating.rated)]
    return StatusDynamicsResult(status, dynamics, rating.rated, rating.flags, code, label)
