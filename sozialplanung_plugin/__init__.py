"""Sozialplanung: social planning tools for QGIS (indicators, indices, catchments)."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Called by QGIS (and by qgis_process with iface=None) to create the plugin."""
    from sozialplanung_plugin.plugin import SozialplanungPlugin

    return SozialplanungPlugin(iface)
