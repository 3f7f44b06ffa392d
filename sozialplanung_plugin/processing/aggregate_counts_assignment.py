"""Source units assigned to planning areas, for aggregate_counts (its own module, kept apart for size): by key,
by location (point in polygon) or by overlap (largest overlap, area-weighted apportioning), with why a unit is
not (fully) assigned, and the check input total = areas + unassigned in the log. The maths is in
core.aggregation, the GEOS part in overlay."""
from __future__ import annotations

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QLocale

from sozialplanung_plugin.compat import INTEGER_TYPES, FieldType
from sozialplanung_plugin.translation import tr


def assign_units(job, tab, values, area_tab, area_keys, context, feedback):
    """The sums per area by the job's method (core.aggregation) and, by unit row, why it is not (fully)
    assigned; None if the user cancelled."""
    from sozialplanung_plugin.core import aggregation

    if job.method == aggregation.BY_KEY:
        return by_key(job, tab, values, area_keys, feedback)
    if job.method == aggregation.BY_LOCATION:
        return by_location(tab, values, area_tab, area_keys, feedback)
    return by_overlap(job, tab, values, area_tab, area_keys, context, feedback)


def by_key(job, tab, values, area_keys, feedback):
    """Units counted for the area whose key their key field holds (as text, exactly)."""
    import numpy as np

    from sozialplanung_plugin.core import aggregation
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.core.keys import keys_as_text, require_matching_keys
    from sozialplanung_plugin.processing.messages import processing_error

    src_keys = keys_as_text(tab.columns[job.input_key])
    try:
        diag = require_matching_keys(src_keys, area_keys)
    except InputError as err:
        numeric_key = tab.field_types.get(job.input_key) in INTEGER_TYPES + (FieldType.Double,)
        raise processing_error(err, src=job.src_name, skey=job.input_key, areas=job.area_name, akey=job.area_id,
                               kind=tr(", a number field") if numeric_key else "") from None
    if diag.n_unmatched:
        feedback.pushWarning(tr("Units whose key is not in '{areas}': {n} (e.g. {examples}). They are listed as "
                                "unassigned.").format(n=diag.n_unmatched, areas=job.area_name,
                                                      examples=", ".join(f"'{k}'" for k in diag.unmatched_examples)))
    assign = aggregation.index_by_key(src_keys, area_keys)
    reason = {k: tr("key is NULL") if src_keys[k] is None else tr("key not found in the areas")
              for k in np.nonzero(assign < 0)[0]}
    return aggregation.sum_by_assignment(assign, values, len(area_keys)), reason


def by_location(tab, values, area_tab, area_keys, feedback):
    """Units counted for the area that contains their point (a polygon's centroid or a point on it)."""
    import numpy as np

    from sozialplanung_plugin.core import aggregation
    from sozialplanung_plugin.core.point_in_polygon import locate_points
    from sozialplanung_plugin.processing.convert import polygon_rings

    xy = tab.xy
    rings = [polygon_rings(g) for g in area_tab.geometries]
    ok = ~np.isnan(xy[:, 0])
    assign = np.full(len(tab), -1, dtype=np.int64)
    located, n_multi = locate_points(xy[ok, 0], xy[ok, 1], rings, progress=lambda f: feedback.setProgress(40 + 50 * f),
                                     is_canceled=feedback.isCanceled)
    assign[ok] = located
    if n_multi:
        feedback.pushWarning(tr("Units lying in more than one area (the areas overlap): {n}. "
                                "Each is counted once, for the first of these areas.").format(n=n_multi))
    reason = {k: tr("no geometry") if not ok[k] else tr("outside all areas") for k in np.nonzero(assign < 0)[0]}
    return aggregation.sum_by_assignment(assign, values, len(area_keys)), reason


def by_overlap(job, tab, values, area_tab, area_keys, context, feedback):
    """Polygons counted wholly for the area they overlap most, or apportioned by the overlapping area."""
    import numpy as np

    from sozialplanung_plugin.core import aggregation
    from sozialplanung_plugin.processing.convert import area_measure
    from sozialplanung_plugin.processing.overlay import overlay_pairs, repaired

    src_geoms, fixed = repaired(tab.geometries)
    if fixed:
        feedback.pushWarning(tr("Invalid source polygons repaired before use: {n}.").format(n=len(fixed)))
    largest = job.method == aggregation.LARGEST_OVERLAP
    s_idx, a_idx, overlap, src_area = overlay_pairs(src_geoms, area_tab.geometries, area_measure(job.crs, context),
                                                    feedback, 40, 90, first_containing_only=largest)
    if feedback.isCanceled():
        return None
    if largest:
        assign = aggregation.largest_overlap(s_idx, a_idx, overlap, len(tab))
        result = aggregation.sum_by_assignment(assign, values, len(area_keys))
    else:
        result = aggregation.apportion(s_idx, a_idx, overlap, src_area, values, len(area_keys))
        n_over = aggregation.shares_exceeding_one(s_idx, overlap, src_area)
        if n_over:
            feedback.pushWarning(tr("Units covered by overlapping areas: {n}. Their shares were "
                                    "scaled so that nothing is counted twice.").format(n=n_over))
    reason = {k: tr("no geometry or zero area") if src_area[k] <= 0 else tr("outside all areas")
              if result.unassigned_share[k] >= 1 - 1e-12 else tr("partly outside all areas")
              for k in np.nonzero(result.unassigned_share > 1e-12)[0]}
    return result, reason


# ---------------------------------------------------------------- results
def report_totals(feedback, job, tab, result):
    """NULL counts, the check input total = areas + unassigned per field, and the units not assigned."""
    import numpy as np

    from sozialplanung_plugin.core import aggregation

    for col, rows in result.null_counts.items():
        feedback.pushWarning(tr("Field '{field}': NULL values not counted: {n} (features {rows}).").format(
            field=job.names[col], n=result.null_totals[col], rows=", ".join(str(tab.fids[r]) for r in rows)))
    preserved = result.totals_preserved()
    feedback.pushInfo(tr("Totals (input = areas + unassigned):"))
    decimals = 2 if job.method == aggregation.APPORTION else 0
    for j, n in enumerate(job.names):
        feedback.pushInfo("  {}: {} = {} + {} {}".format(
            n, *(format_number(v, decimals) for v in (result.input_totals[j], result.area_totals[j],
                                                      result.unassigned_totals[j])), "✓" if preserved[j] else "✗"))
    if not preserved.all():
        raise QgsProcessingException(tr("Internal error: totals were not preserved. Please report this."))
    n_unassigned = int(np.count_nonzero(result.unassigned_share > 1e-12))
    if n_unassigned:
        feedback.pushWarning(tr("Units not (fully) assigned to an area: {n} of {total}.")
                             .format(n=n_unassigned, total=len(tab)))


def format_number(value, decimals):
    """A total in the UI's number format (37.873 in German, 37,873 in English)."""
    return QLocale().toString(float(value), "f", decimals)
