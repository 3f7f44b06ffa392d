"""Stand-in for qgis.gui (see _table.py): classes and scoped enums only."""
from qgis._table import MODULES

globals().update(MODULES["gui"])
__all__ = sorted(MODULES["gui"])
