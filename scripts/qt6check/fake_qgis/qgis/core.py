"""Stand-in for qgis.core (see _table.py): classes and scoped enums only."""
from qgis._table import MODULES

globals().update(MODULES["core"])
__all__ = sorted(MODULES["core"])
