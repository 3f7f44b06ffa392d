"""Area profiles' data read from a layer (the Gebietsprofil dock) or built from the columns of an area
table (the Sozialatlas report), as core.profile.AreaProfiles. Which fields belong to a profile is
core.profile's rule (``profile_fields``); here they are only read."""
from __future__ import annotations

from typing import List, Mapping, Optional, Sequence

from qgis.core import QgsFeatureRequest


def as_floats(values):
    """Attribute values as a float array: NULL (None, a null QVariant) and what is no number -> NaN."""
    import numpy as np

    if isinstance(values, np.ndarray):
        return values.astype(float)

    def one(v):
        try:
            return float(v) if v is not None and not (hasattr(v, "isNull") and v.isNull()) else np.nan
        except (TypeError, ValueError):
            return np.nan

    return np.array([one(v) for v in values], dtype=float)


def as_list(values) -> list:
    """Attribute values as a list; numbers read as a float array (the OGR fast path) as text the way
    keys are written ("2", not "2.0"), NaN as None."""
    import numpy as np

    if isinstance(values, np.ndarray):
        from sozialplanung_plugin.core.keys import keys_as_text

        return keys_as_text(values.tolist())
    return list(values)


def profile_data(fids: Sequence[int], keys: Sequence[str], columns: Mapping[str, Sequence], fields,
                 names: Sequence[str], aliases: Sequence[str], name_field: Optional[str] = None):
    """AreaProfiles from the attribute ``columns`` (field -> values per row) of the indicators
    ``names``, the fields that go with them (``fields``, core.profile.ProfileFields) and ``name_field``."""
    import numpy as np

    from sozialplanung_plugin.core.profile import area_profiles

    values = np.column_stack([as_floats(columns[n]) for n in names]) if names else np.empty((len(keys), 0))
    read = {f: as_floats(columns[f]) for f in fields.numeric()}
    read.update({f: as_list(columns[f]) for f in fields.text()})
    return area_profiles(fids, keys, names, aliases, values, fields, read,
                         as_list(columns[name_field]) if name_field else None)


def read_profile_data(layer, key: str, names: List[str], name_field: Optional[str] = None):
    """The profiles' data of a layer as it is (its filter, all its features); None without a layer,
    key or indicators."""
    from sozialplanung_plugin.core.profile import profile_fields

    if layer is None or not key or not names:
        return None
    fields = profile_fields(layer.fields().names(), names)
    wanted = fields.to_read(names, key, name_field)
    idx = [layer.fields().lookupField(f) for f in wanted]
    fids: List[int] = []
    columns: dict = {f: [] for f in wanted}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(idx)
    for feat in layer.getFeatures(request):
        fids.append(feat.id())
        for f, i in zip(wanted, idx):
            columns[f].append(feat.attribute(i))
    aliases = [layer.attributeDisplayName(layer.fields().lookupField(n)) for n in names]
    return profile_data(fids, [str(k) for k in columns[key]], columns, fields, names, aliases, name_field)
