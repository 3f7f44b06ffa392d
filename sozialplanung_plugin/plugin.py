"""Plugin object: translator, Processing provider, GUI entries."""
from __future__ import annotations

import contextlib

from qgis.core import QgsApplication

from sozialplanung_plugin.translation import install_translator


class SozialplanungPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        """Register the provider; qgis_process calls only this, never initGui."""
        from sozialplanung_plugin.processing.provider import SozialplanungProvider

        if self.provider is None:
            self.provider = SozialplanungProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API name)
        with contextlib.suppress(ImportError):  # registers :/plugins/sozialplanung_plugin/ (make stage)
            from sozialplanung_plugin import resources_rc  # noqa: F401
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
