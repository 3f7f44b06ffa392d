"""What differs between QGIS 3.22 and QGIS 4.x, in one place (the only module with version checks).

- Field types: QGIS 3.38 moved ``QgsField`` and ``QgsFields`` from ``QVariant::Type`` to
  ``QMetaType::Type``; Qt 6 has no ``QVariant.<Type>``. ``FieldType.Double`` etc. are the type
  the running QGIS expects, and compare equal to what ``QgsField.type()`` returns there.
- ``QgsProcessingAlgorithm.parameterAsFields`` is deprecated from QGIS 3.40 on in favour of
  ``parameterAsStrings``.
- ``QgsMapLayer.saveStyleToDatabase`` is deprecated in favour of ``saveStyleToDatabaseV2``.
- GDAL/OGR: GDAL 4 raises exceptions by default, and any plugin in the same QGIS process may
  switch them on today; the helpers here behave the same whether exceptions are on or off.
"""
from __future__ import annotations

from typing import Any, List, Optional

from qgis.core import Qgis

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

# QGIS 3.38 (QMetaType field types), 3.40 (parameterAsStrings)
_METATYPE_FIELDS = QGIS_VERSION_INT >= 33800
_PARAMETER_AS_STRINGS = QGIS_VERSION_INT >= 34000


def _field_type(qvariant_name: str, qmetatype_name: str) -> Any:
    if _METATYPE_FIELDS:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, qmetatype_name)
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, qvariant_name)


class FieldType:
    """Field types for ``QgsField(name, FieldType.X)`` and for comparing with ``field.type()``."""

    Int = _field_type("Int", "Int")
    UInt = _field_type("UInt", "UInt")
    LongLong = _field_type("LongLong", "LongLong")
    ULongLong = _field_type("ULongLong", "ULongLong")
    Double = _field_type("Double", "Double")
    String = _field_type("String", "QString")
    Bool = _field_type("Bool", "Bool")
    Date = _field_type("Date", "QDate")
    DateTime = _field_type("DateTime", "QDateTime")


INTEGER_TYPES = (FieldType.Int, FieldType.LongLong, FieldType.UInt, FieldType.ULongLong)


def parameter_as_strings(algorithm, parameters, name: str, context) -> List[str]:
    """The field names (or other strings) of a field or multiple-string parameter."""
    if _PARAMETER_AS_STRINGS:
        return list(algorithm.parameterAsStrings(parameters, name, context) or [])
    return list(algorithm.parameterAsFields(parameters, name, context) or [])


def save_style_to_database(layer, name: str, description: str, use_as_default: bool) -> str:
    """Store the layer's style in its data source; returns an error message ('' if stored)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        result = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
        return str((result[-1] if isinstance(result, tuple) else "") or "")
    return str(layer.saveStyleToDatabase(name, description, use_as_default, "") or "")


def ogr_open(path: str, update: bool = False):
    """``ogr.Open``: the data source, or None when it cannot be opened (exceptions on or off)."""
    from osgeo import ogr

    try:
        return ogr.Open(path, 1 if update else 0)
    except RuntimeError:
        return None


def gdal_open_vector(path: str):
    """A read-only vector data source through ``gdal.OpenEx``, or None (exceptions on or off)."""
    from osgeo import gdal

    try:
        return gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None


def ogr_layer(data_source, name: Optional[str] = None, index: int = 0):
    """A layer of an OGR data source by name (or index), or None (exceptions on or off)."""
    try:
        return data_source.GetLayerByName(name) if name is not None else data_source.GetLayer(index)
    except RuntimeError:
        return None
