"""Stand-in PyQGIS for the Qt6 migration checker (scripts/qt6check/run_checker.py)."""
