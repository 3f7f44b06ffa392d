"""Stand-in for qgis.analysis (see _table.py): classes and scoped enums only."""
from qgis._table import MODULES

globals().update(MODULES["analysis"])
__all__ = sorted(MODULES["analysis"])
