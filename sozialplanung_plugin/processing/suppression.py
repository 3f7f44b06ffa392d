"""Secondary suppression in the glue: the totals published by area fields and the town, the core's
protection (core.secondary_suppression.protect_columns), and a warning naming the areas whose
confidential value no suppression can protect. Used by every algorithm that publishes counts per area."""
from __future__ import annotations

from typing import Sequence

from sozialplanung_plugin.translation import tr


def protect_against_totals(values, primary, group_columns: Sequence[Sequence[object]], min_count: float,
                           keys: Sequence[str], labels: Sequence[str], feedback, hidden=None):
    """Cells (areas x columns) to suppress in addition to ``primary``, so that no confidential value follows
    from the totals of ``group_columns`` (one label per area each) and of the town. ``labels`` name the
    columns (field or indicator) in the warnings. The core's ``TableSuppression``."""
    from sozialplanung_plugin.core.secondary_suppression import protect_columns

    result = protect_columns(values, primary, group_columns, min_count, hidden)
    for label, cells in zip(labels, result.unprotectable):
        if cells:
            feedback.pushWarning(tr("{id}: the confidential value of areas {keys} follows from a published total "
                                    "(e.g. the only area of its group) and cannot be protected by suppressing "
                                    "other areas; do not publish that group's total.")
                                 .format(id=label, keys=", ".join(keys[i] for i in cells)))
    return result
