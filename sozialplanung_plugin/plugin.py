"""Plugin object: translator, Processing provider, GUI entries."""
from __future__ import annotations

from qgis.core import QgsApplication

from sozialplanung_plugin.translation import install_translator


class SozialplanungPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.dock = None
        self.action = None

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        """Register the provider; qgis_process calls only this, never initGui."""
        from sozialplanung_plugin.processing.provider import SozialplanungProvider

        if self.provider is None:
            self.provider = SozialplanungProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API name)
        self.initProcessing()
        if self.iface is None:
            return
        from qgis.PyQt.QtGui import QIcon
        from qgis.PyQt.QtWidgets import QAction

        from sozialplanung_plugin.processing.base import ICON_PATH
        from sozialplanung_plugin.translation import tr

        # the dock is built on first use: starting QGIS stays cheap
        self.action = QAction(QIcon(ICON_PATH), tr("Area profile (Gebietsprofil)"), self.iface.mainWindow())
        self.action.setObjectName("SozialplanungAreaProfileAction")
        self.action.setCheckable(True)
        self.action.toggled.connect(self.show_profile_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(tr("&Sozialplanung"), self.action)

    def show_profile_dock(self, visible=True):
        from qgis.PyQt.QtCore import Qt

        if self.dock is None:
            from sozialplanung_plugin.gui.area_profile_dock import AreaProfileDock

            self.dock = AreaProfileDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(lambda v: self.action.setChecked(v) if self.action else None)
        self.dock.setVisible(visible)

    def unload(self):
        from sozialplanung_plugin.translation import tr

        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removeToolBarIcon(self.action)
            self.iface.removePluginMenu(tr("&Sozialplanung"), self.action)
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
