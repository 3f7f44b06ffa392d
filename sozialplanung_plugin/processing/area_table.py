"""One row per area: the home of reading an area table from a Processing source and writing it back
with new columns.

Most algorithms take "one row per area in, the same areas with new columns out". They read with
``read_area_table`` (key as text, present and unique; attributes through the OGR fast path or the
QGIS API; NULL as None/NaN) and write with ``write_area_table``, describing each new column once
(``Column``: name, type, values, alias)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsField, QgsFields, QgsProcessingException

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing.feature_writer import column_features, write_batched
from sozialplanung_plugin.processing.messages import checked_area_keys, field_exists, no_features


@dataclass
class AreaTable:
    source: object                # QgsProcessingFeatureSource
    layer: str                    # how messages name the layer
    id_field: str
    keys: List[str]               # the area keys as text, in the order of ``table``
    table: object                 # convert.FeatureTable: the attributes read (every field unless fewer were asked for)
    subset: bool                  # only selected features / a feature limit

    @property
    def fids(self) -> List[int]:
        return self.table.fids

    def __len__(self) -> int:
        return len(self.keys)

    def numeric(self, names: Sequence[str]):
        """(areas, fields) float matrix of the named fields; NULL -> NaN."""
        from sozialplanung_plugin.processing.convert import numeric_matrix

        return numeric_matrix(self.table, names)

    def reordered(self, order: Sequence[int]) -> AreaTable:
        """The same areas in another order (e.g. by rank), for writing."""
        import numpy as np

        from sozialplanung_plugin.processing.convert import FeatureTable

        pick = np.asarray(order, dtype=int)
        table = FeatureTable([self.table.fids[i] for i in order],
                             {n: (c[pick] if isinstance(c, np.ndarray) else [c[i] for i in order])
                              for n, c in self.table.columns.items()},
                             None, dict(self.table.field_types))
        return replace(self, keys=[self.keys[i] for i in order], table=table)


def read_area_table(alg, parameters, context, feedback, input_name: str = "INPUT", id_name: str = "ID_FIELD",
                    field_names: Optional[Sequence[str]] = None, progress: Tuple[float, float] = (0.0, 20.0),
                    empty_hint: str = "", unique_keys: bool = True, allow_empty: bool = False) -> AreaTable:
    """The areas of parameter ``input_name`` with their key (field parameter ``id_name``) and the
    attributes ``field_names`` (default: every field). Errors name the layer, field and feature.
    ``unique_keys=False`` for a table with several rows per area (keys as text, None where missing);
    ``allow_empty`` reads a layer without features instead of refusing it."""
    from sozialplanung_plugin.processing.convert import NO_GEOMETRY, read_source

    source, layer = alg.source_and_label(parameters, input_name, context)
    if source.featureCount() == 0 and not allow_empty:
        raise no_features(layer, empty_hint)
    id_field = alg.field_name(source.fields(), (parameter_as_strings(alg, parameters, id_name, context) or [""])[0],
                              layer, key_hint=True)
    subset = alg.subset_only(parameters, input_name)
    names = [f.name() for f in source.fields()] if field_names is None else \
        list(dict.fromkeys([id_field, *field_names]))
    tab = read_source(alg.parameterAsVectorLayer(parameters, input_name, context), subset, source, names, context,
                      feedback, NO_GEOMETRY, None, *progress)
    if unique_keys:
        keys = checked_area_keys(tab.columns[id_field], tab.fids, layer, id_field)
    else:
        from sozialplanung_plugin.core.keys import keys_as_text

        keys = keys_as_text(tab.columns[id_field])
    return AreaTable(source, layer, id_field, keys, tab, subset)


@dataclass
class Column:
    """A column of the output: name, field type (``compat.FieldType``), one value per area (a list with
    None for NULL, or a numpy array with NaN for NULL), alias and optional length/precision."""

    name: str
    type: object
    values: Sequence
    alias: str = ""
    length: int = 0
    precision: int = 0
    type_name: str = field(default="")

    def reordered(self, order: Sequence[int]) -> Column:
        """The same column with its values in another order."""
        import numpy as np

        if isinstance(self.values, np.ndarray):
            return replace(self, values=self.values[np.asarray(order, dtype=int)])
        return replace(self, values=[self.values[i] for i in order])

    def qgs_field(self) -> QgsField:
        return QgsField(self.name, self.type, self.type_name, self.length, self.precision)


def aliases(columns: Sequence[Column]) -> Dict[str, str]:
    """{name: alias} of the columns that have one (for the style applied on load)."""
    return {c.name: c.alias for c in columns if c.alias}


def output_fields(areas: AreaTable, columns: Sequence[Column], keep: Optional[Sequence[str]] = None,
                  key_as_text: bool = False) -> QgsFields:
    """The kept input fields (default all, unchanged) plus the new columns; with ``key_as_text`` the key
    comes first, as text. A new column whose name the output already has is an error."""
    src = areas.source.fields()
    fields = QgsFields()
    if key_as_text:
        fields.append(QgsField(areas.id_field, FieldType.String, "string", 0))
    kept = [f.name() for f in src] if keep is None else list(keep)
    for name in kept:
        if key_as_text and name == areas.id_field:
            continue
        fields.append(QgsField(src.at(src.lookupField(name))))
    taken = {fields.at(i).name().lower() for i in range(fields.count())}
    for column in columns:
        if column.name.lower() in taken:
            raise field_exists(areas.layer, column.name)
        taken.add(column.name.lower())
        fields.append(column.qgs_field())
    return fields


def write_area_table(alg, parameters, context, feedback, areas: AreaTable, columns: Sequence[Column], output: str,
                     keep: Optional[Sequence[str]] = None, key_as_text: bool = False,
                     progress: Tuple[float, float] = (80.0, 100.0)) -> Optional[str]:
    """Write the areas (their geometries, the kept attributes) with the new columns to the sink
    ``output``; the destination id, or None if the user cancelled."""
    from sozialplanung_plugin.processing.convert import geometries_by_fid, nullable

    fields = output_fields(areas, columns, keep, key_as_text)
    sink, dest_id = alg.parameterAsSink(parameters, output, context, fields, areas.source.wkbType(),
                                        areas.source.sourceCrs())
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, output))
    kept = [f.name() for f in areas.source.fields()] if keep is None else list(keep)
    if key_as_text:
        kept = [n for n in kept if n != areas.id_field]
    values = ([areas.keys] if key_as_text else []) + [nullable(areas.table.columns[n]) for n in kept] + \
        [nullable(c.values) for c in columns]
    geometries: Dict[int, object] = geometries_by_fid(areas.source, areas.fids, areas.subset)
    features = column_features(fields, values, (geometries.get(fid) for fid in areas.fids))
    description = alg.parameterDefinition(output).description()
    if not write_batched(sink, features, len(areas), description, feedback, progress):
        return None
    return dest_id
