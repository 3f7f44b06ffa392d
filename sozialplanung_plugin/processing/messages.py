"""Translated messages for core errors: one place maps InputError codes to text."""
from __future__ import annotations

from qgis.core import QgsProcessingException

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.translation import tr


def input_error_message(err: InputError, layer: str = "", field: str = "") -> str:
    d = dict(err.details)
    d.setdefault("layer", layer)
    d.setdefault("field", field)
    templates = {
        "negative_count": tr("Layer '{layer}', field '{field}': feature {row} has the negative count "
                             "{value:g} ({n} negative values in all). Counts cannot be negative; if "
                             "negative numbers mark missing values, replace them with NULL first."),
        "missing_area_key": tr("Layer '{layer}', field '{field}': feature {row} has no area key (NULL "
                               "or empty). Every planning area needs a unique key."),
        "duplicate_area_key": tr("Layer '{layer}', field '{field}': the area key '{key}' occurs more "
                                 "than once ({n} duplicated keys in all). Area keys must be unique; "
                                 "dissolve or renumber the areas first."),
    }
    template = templates.get(err.code)
    if template is None:
        return tr("Invalid input: {detail}").format(detail=str(err))
    return template.format(**d)


def checked_area_keys(values, fids, layer: str, field: str):
    """Area keys as text, present and unique; otherwise a translated error naming the feature."""
    from sozialplanung_plugin.core.aggregation import check_area_keys
    from sozialplanung_plugin.core.keys import keys_as_text

    keys = keys_as_text(values)
    try:
        check_area_keys(keys)
    except InputError as err:
        if "row" in err.details:
            err.details["row"] = fids[err.details["row"]]
        raise processing_error(err, layer, field) from None
    return keys


def processing_error(err: InputError, layer: str = "", field: str = "") -> QgsProcessingException:
    return QgsProcessingException(input_error_message(err, layer, field))
