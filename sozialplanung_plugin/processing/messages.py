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
        # (core.keys; the glue adds src, skey, kind, areas and akey: the layers and key fields compared)
        "key_zeros_lost": tr("The keys of '{src}' (field '{skey}'{kind}) lost their leading zeros: '{example_src}' "
                             "should be '{example_area}' as in '{areas}' (field '{akey}'). {n} of {total} units do "
                             "not match for this reason. Import the table again with the key column as text "
                             "(in the CSV import: field type 'text'), or build the key with lpad()."),
        "no_key_matches": tr("None of the keys in '{src}' (field '{skey}') matches a key in '{areas}' (field "
                             "'{akey}'); for example '{example}'. Check that both fields hold the same kind of key."),
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
        # ---- indicators, catalogue, delivered tables, change (core.catalogue, delivered_table, change)
        "catalogue_not_json": tr("The catalogue file '{path}' is not valid JSON (line {line}, column {column}): "
                                 "{problem}."),
        "catalogue_invalid": tr("The catalogue file '{path}' is not valid: entry {entry}, key '{key}': {problem}."),
        "unknown_indicator": tr("Unknown indicator '{id}'. Known in this catalogue: {ids}."),
        "no_indicator_fits": tr("Layer '{layer}' has none of the fields the catalogue's indicators need. Choose "
                                "indicators explicitly, give a catalogue file with your field names, or define a "
                                "custom indicator."),
        "indicator_field_missing": tr("Indicator '{id}': the {role} uses the field '{field}', which layer '{layer}' "
                                      "does not have."),
        "indicator_field_not_numeric": tr("Indicator '{id}': the field '{field}' of layer '{layer}' is not numeric."),
        "table_ragged_row": tr("File '{path}', line {line}: {found} cells where the header has {expected}. Check the "
                               "separator and quoting of that line."),
        "table_missing_column": tr("File '{path}' has no column '{column}'. Columns: {columns}."),
        "table_duplicate_column": tr("File '{path}' has the column '{column}' twice. Column names must be unique."),
        "table_empty": tr("File '{path}' is empty."),
        "wide_field_without_year": tr("Layer '{layer}': the field '{field}' does not end with a year. In the wide "
                                      "layout name the fields indicator_year, e.g. sgb2_quote_2025."),
        "duplicate_year": tr("Indicator '{indicator}' has two fields for {year}."),
        "one_date_only": tr("Indicator '{indicator}' has a field for {year} only: a change needs two dates."),
        "duplicate_key_wide": tr("Layer '{layer}': the area key '{key}' occurs more than once. In the wide layout "
                                 "every area has one row."),
        "date_without_year": tr("Layer '{layer}', field '{field}': feature {row} has '{value}', in which no year can "
                                "be found."),
        "single_date": tr("Layer '{layer}' has only one date ({year}): a change needs two."),
        "duplicate_area_date": tr("Layer '{layer}': area '{key}' has more than one row for {year}."),
        # ---- budget allocation (core.allocation; the glue adds key, target_field, need_field and the mode names
        # class_mode, value_mode, none_mode, and writes amounts as plain numbers)
        "missing_target": tr(
            "Layer '{layer}', field '{target_field}': feature {row} (area '{key}') has no target population "
            "(NULL; areas without one in all: {n}). Enter 0 for areas without a target population, or fill in the "
            "count."),
        "negative_target": tr(
            "Layer '{layer}', field '{target_field}': feature {row} (area '{key}') has the negative target "
            "population {value} (negative values in all: {n}). A population cannot be negative: correct the "
            "value, or enter 0."),
        "negative_need_value": tr(
            "Layer '{layer}', field '{need_field}': feature {row} (area '{key}') has the need value {value}, "
            "below 0 (such values in all: {n}). With '{value_mode}' the value itself is the multiplier and "
            "must be 0 or more. For index values that can be negative (such as z-scores) use the index "
            "classes with '{class_mode}'."),
        "negative_need_weight": tr(
            "Layer '{layer}', field '{need_field}': feature {row} (area '{key}') has the need weight {value}, "
            "below 0. Need weights must be 0 or more."),
        "need_class_not_integer": tr(
            "Layer '{layer}', field '{need_field}': feature {row} (area '{key}') has the need value {value}, "
            "which is not a whole-number class (such values in all: {n}). With '{class_mode}' the need field "
            "must hold classes such as 1, 2, 3, 4 (e.g. index_class); for an index value choose "
            "'{value_mode}'."),
        "class_weight_missing": tr(
            "Layer '{layer}', field '{need_field}': class {cls} occurs (areas: {n}, the first is feature "
            "{row}, area '{key}'), but the class weights give no weight for it (classes with a weight: "
            "{classes}). Add a weight for class {cls} to the class weights, e.g. '{cls}:1'."),
        "class_weights_missing": tr(
            "The class weights are empty. Enter a weight per class, e.g. '1:1, 2:1.25, 3:1.5, 4:2', or "
            "choose another need weight than '{class_mode}'."),
        "class_weights_unparsable": tr(
            "The class weights '{text}' cannot be read at '{piece}'. Write class:weight pairs separated by "
            "commas, e.g. '1:1, 2:1.25, 3:1.5, 4:2', or the weights of classes 1, 2, 3, ... in order, e.g. "
            "'1, 1.25, 1.5, 2'. Use a point as decimal separator, or separate the pairs with semicolons "
            "('1:1; 2:1,25')."),
        "class_weights_duplicate": tr(
            "The class weights '{text}' give class {cls} more than one weight. Give each class one weight."),
        "negative_class_weight": tr(
            "The class weights give class {cls} the negative weight {weight}. Weights must be 0 or more."),
        "bad_total": tr("The total to allocate must be greater than 0 (it is {total})."),
        "bad_unit": tr("The unit must be greater than 0 (it is {unit})."),
        "bad_cap": tr("The cap must be greater than 0, or 0 for no cap (it is {cap})."),
        "negative_floor": tr("The floor must be 0 or more (it is {floor})."),
        "total_not_multiple": tr(
            "The total {total} is not a whole multiple of the unit {unit}, so it cannot be shared out in "
            "whole units. Change the total or the unit (e.g. unit 1)."),
        "floor_not_multiple": tr(
            "The floor {floor} is not a whole multiple of the unit {unit}. Choose a floor in whole units."),
        "cap_not_multiple": tr(
            "The cap {cap} is not a whole multiple of the unit {unit}. Choose a cap in whole units."),
        "floor_above_cap": tr("The floor {floor} is above the cap {cap}. The floor must not exceed the cap."),
        "floor_infeasible": tr(
            "Layer '{layer}': the floors cannot be met: {n} areas × floor {floor} = {needed}, more than the "
            "total {total}. Lower the floor or raise the total."),
        "cap_infeasible": tr(
            "Layer '{layer}': the cap cannot be met: the {n} areas with a weight above 0 can receive at most "
            "{capacity} (cap {cap} each, plus the floors of the others), less than the total {total}. Raise "
            "the cap or lower the total."),
        "all_weights_zero": tr(
            "Layer '{layer}': all {n} areas have weight 0 (target population × need weight; {no_need} without "
            "a need value), so there is nothing to share in proportion to. Check the fields "
            "'{target_field}' and '{need_field}' and the class weights."),
        "weights_too_large": tr(
            "Layer '{layer}': target population × need weight is too large to add up. Check the fields "
            "'{target_field}' and '{need_field}'."),
        "no_areas": tr("Layer '{layer}' has no features: there are no areas to allocate to."),
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


def word(code: str) -> str:
    """A word the core passes as a code (a detail ``role``: numerator, denominator), translated."""
    return {"numerator": tr("numerator"), "denominator": tr("denominator")}.get(code, code)


def input_error_message(err: InputError, layer: str = "", field: str = "", names: Optional[Sequence[str]] = None,
                        fids: Optional[Sequence[int]] = None, keys: Optional[Sequence[object]] = None,
                        **context: object) -> str:
    """The translated text for a core error. ``names`` turn a detail ``column`` (an index into the
    fields given to the core) into the field name, ``keys`` give a detail ``row`` its area ``{key}``,
    ``fids`` turn the ``row`` into the feature id; ``context`` fills placeholders the core knows nothing
    of (e.g. ``path``, the file a message names)."""
    d = dict(err.details)
    for name, value in context.items():
        d.setdefault(name, value)
    d.setdefault("layer", layer)
    d.setdefault("field", field)
    if "role" in d:
        d["role"] = word(str(d["role"]))
    if names is not None:
        d.setdefault("names", ", ".join(names))
        if "column" in d:
            d["field"] = names[d["column"]]
    if keys is not None and "row" in d:
        d.setdefault("key", keys[d["row"]])
    if fids is not None and "row" in d:
        d["row"] = fids[d["row"]]
    template = _templates().get(err.code)
    if template is None:
        return tr("Invalid input: {detail}").format(detail=str(err))
    return template.format(**d)


def processing_error(err: InputError, layer: str = "", field: str = "", names: Optional[Sequence[str]] = None,
                     fids: Optional[Sequence[int]] = None, keys: Optional[Sequence[object]] = None,
                     **context: object) -> QgsProcessingException:
    return QgsProcessingException(input_error_message(err, layer, field, names, fids, keys, **context))


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
