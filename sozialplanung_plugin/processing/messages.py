"""Translated messages: every core ``InputError`` code has its one template here, and the messages
the algorithms share ("no features", "field missing or not numeric", "field exists already") are
written once. Templates name the layer, field and row and say what to do."""
from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Optional, Sequence

from qgis.core import QgsProcessingException

from sozialplanung_plugin.translation import tr

if TYPE_CHECKING:   # the core is imported when an algorithm runs, not when the provider loads
    from sozialplanung_plugin.core.errors import InputError


def _templates() -> Dict[str, str]:
    """code -> template; built on each call, so that the texts follow the UI language."""
    return {
        # ---- area tables and counts (core.aggregation)
        "negative_count": tr("Layer '{layer}', field '{field}': feature {row} has the negative count "
                             "{value:g} ({n} negative values in all). Counts cannot be negative; if "
                             "negative numbers mark missing values, replace them with NULL first."),
        "missing_area_key": tr("Layer '{layer}', field '{field}': feature {row} has no area key (NULL "
                               "or empty). Every planning area needs a unique key."),
        "duplicate_area_key": tr("Layer '{layer}', field '{field}': the area key '{key}' occurs more "
                                 "than once ({n} duplicated keys in all). Area keys must be unique; "
                                 "dissolve or renumber the areas first."),
        # ---- social index (core.composite_index, normalisation, classification, status_dynamics)
        "constant_field": tr("Layer '{layer}': the indicator '{field}' has the same value ({value:g}) in all rated "
                             "areas (standard deviation 0), so it cannot be standardised. Leave it out."),
        "constant_aggregate": tr("The aggregate has the same value ({value:g}) in all rated areas and cannot be "
                                 "standardised again; switch off re-standardisation."),
        "too_few_rated": tr("Layer '{layer}': only {n} areas can be rated (enough population, no missing values, not "
                            "left out). An index needs at least two; check the minimum population and NULL values."),
        "weights_count": tr("{given} weights for {fields} indicator fields ({names}): give one weight per field, in "
                            "the same order, or none for equal weights."),
        "weights_sum_zero": tr("The weights add up to 0; give at least one positive weight."),
        "negative_weight": tr("The weight of '{field}' is negative ({weight:g}); to turn an indicator round, list it "
                              "under 'Fields where higher is better' instead."),
        "weights_not_finite": tr("The weights must be numbers."),
        "not_a_number": tr("'{value}' in {what} is not a number (use a point as decimal separator, commas between "
                           "values)."),
        "breaks_not_increasing": tr("The breaks must increase: {second:g} follows {first:g}."),
        "no_breaks": tr("Standard-deviation and fixed breaks need the breaks, e.g. -1,1,1.5."),
        "too_few_classes": tr("At least two classes are needed."),
        "too_few_distinct_values": tr("Only {n} distinct index values for {classes} natural classes; choose fewer "
                                      "classes."),
        "geometric_negative": tr("The geometric mean needs values >= 0, but '{field}' is {value:g} in area '{key}' "
                                 "({n} negative values in all). Normalise with min-max, rank or percentile rank, "
                                 "which give no negative values."),
        "all_missing": tr("Layer '{layer}': the indicator '{field}' is NULL in every rated area."),
        "goalposts_count": tr("{given} reference values/goalposts for {fields} fields; give one entry per field "
                              "(empty entries use the mean)."),
        "bad_goalpost": tr("'{value}' is no reference value or goalposts low:high (two different numbers; a "
                           "reference must not be 0)."),
        "zero_reference": tr("The reference value of '{field}' is 0 (its mean over the rated areas): a deviation in % "
                             "cannot be computed. Give a reference or goalposts."),
        "labels_count": tr("{given} class labels for {classes} classes; give one label per class or none."),
        # ---- indicators, catalogue, delivered tables, change

        # ---- budget allocation (core.allocation)

        # ---- accessibility (core.catchment, network, supply, distribution)
        "no_bands": tr("Give at least one distance band, e.g. 300,500,800."),
        "bad_band": tr("'{value}' in the distance bands is not a number (use a point as decimal separator)."),
        "negative_band": tr("The distance band '{value}' must be greater than 0."),
        "unsorted_bands": tr("The distance bands must increase: {second:g} follows {first:g}. Give them in "
                             "increasing order, e.g. 300,500,800."),
        "empty_network": tr("The network layer '{layer}' has no line with two different vertices."),
        "no_steps": tr("E2SFCA needs steps, e.g. 300:1, 400:0.68, 500:0.22."),
        "unsorted_steps": tr("The steps must increase: {second:g} follows {first:g}."),
        "bad_step": tr("'{value}' is no step distance:weight (distance > 0, weight >= 0)."),
        "bad_sigma": tr("The gaussian σ must be greater than 0, not {value:g}."),
        "bad_scale": tr("The gravity scale must be greater than 0, not {value:g}."),
        "bad_weight": tr("The weight '{expr}' is {value} for feature {row} of layer '{layer}'; weights must be 0 or "
                         "more."),
        "negative_total": tr("Layer '{layer}', field '{field}': area '{key}' has {value:g}; counts to distribute "
                             "must be whole numbers of 0 or more."),
        "not_whole": tr("Layer '{layer}', field '{field}': area '{key}' has {value:g}; counts to distribute must be "
                        "whole numbers of 0 or more."),

        # ---- area profiles and similar areas (core.profile, similarity)
        "tolerances_count": tr("{given} tolerance bands for {fields} indicator fields; give one entry per field "
                               "(empty entries for none)."),
        "bad_weights": tr("The weights must be 0 or more and not all 0."),
        "no_areas_to_report": tr("Layer '{layer}' has no areas to report."),
        "all_indicators_null": tr("Layer '{layer}': all chosen indicators are NULL in every area — nothing to "
                                  "report."),

    }


def input_error_message(err: InputError, layer: str = "", field: str = "", names: Optional[Sequence[str]] = None,
                        fids: Optional[Sequence[int]] = None) -> str:
    """The translated text for a core error. ``names`` turn a detail ``column`` (an index into the
    fields given to the core) into the field name, ``fids`` a detail ``row`` into the feature id."""
    d = dict(err.details)
    d.setdefault("layer", layer)
    d.setdefault("field", field)
    if names is not None:
        d.setdefault("names", ", ".join(names))
        if "column" in d:
            d["field"] = names[d["column"]]
    if fids is not None and "row" in d:
        d["row"] = fids[d["row"]]
    template = _templates().get(err.code)
    if template is None:
        return tr("Invalid input: {detail}").format(detail=str(err))
    return template.format(**d)


def processing_error(err: InputError, layer: str = "", field: str = "", names: Optional[Sequence[str]] = None,
                     fids: Optional[Sequence[int]] = None) -> QgsProcessingException:
    return QgsProcessingException(input_error_message(err, layer, field, names, fids))


def checked_area_keys(values, fids, layer: str, field: str):
    """Area keys as text, present and unique; otherwise a translated error naming the feature."""
    from sozialplanung_plugin.core.aggregation import check_area_keys
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.core.keys import keys_as_text

    keys = keys_as_text(values)
    try:
        check_area_keys(keys)
    except InputError as err:
        raise processing_error(err, layer, field, fids=fids) from None
    return keys


# ---------------------------------------------------------------- shared messages
def no_features(layer: str, what_to_do: str = "") -> QgsProcessingException:
    """'Layer has no features', and (translated by the caller) what that means for this run."""
    text = tr("Layer '{layer}' has no features.").format(layer=layer)
    return QgsProcessingException(f"{text} {what_to_do}".strip())


def field_missing(layer: str, field: str, key_hint: bool = False) -> QgsProcessingException:
    if key_hint:
        return QgsProcessingException(
            tr("Layer '{layer}' has no field '{field}'. Choose the field that holds the area key.")
            .format(layer=layer, field=field))
    return QgsProcessingException(tr("Layer '{layer}' has no field '{field}'.").format(layer=layer, field=field))


def field_not_numeric(layer: str, field: str, type_name: str) -> QgsProcessingException:
    return QgsProcessingException(
        tr("Layer '{layer}': the field '{field}' is not numeric. Choose a numeric field or convert it first: the "
           "field '{field}' is of type {type}, not a number; for a CSV, read the column as a number (German files: "
           "decimal comma and thousands separator).")
        .format(layer=layer, field=field, type=type_name))


def field_exists(layer: str, field: str) -> QgsProcessingException:
    return QgsProcessingException(tr("Layer '{layer}' already has a field '{field}'. Rename it first (the result "
                                     "adds this field).").format(layer=layer, field=field))
