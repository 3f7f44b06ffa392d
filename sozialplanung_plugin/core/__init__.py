"""Pure maths of the Sozialplanung plugin: numpy/scipy only.

Nothing in this package may import qgis or PyQt (tests/unit guard that), so
every computation can be tested and reused without QGIS.
"""
