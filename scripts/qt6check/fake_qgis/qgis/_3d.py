"""Stand-in for qgis._3d (see _table.py): classes and scoped enums only."""
from qgis._table import MODULES

globals().update(MODULES["_3d"])
__all__ = sorted(MODULES["_3d"])
