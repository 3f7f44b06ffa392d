"""The one translation helper and the translator installed at plugin load.

``pylupdate5`` extracts only string literals: call ``tr("literal")`` and
format afterwards, never ``tr(f"...")`` or ``tr(variable)``.
"""
from __future__ import annotations

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "@default"
PLUGIN_DIR = os.path.dirname(__file__)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ui_language() -> str:
    """Two-letter language QGIS runs in (QGIS stores it in locale/userLocale)."""
    value = QgsSettings().value("locale/userLocale", "") or QLocale().name()
    return str(value)[0:2].lower()


def install_translator():
    """Load i18n/sozialplanung_<lang>.qm if present; returns the translator to keep alive."""
    path = os.path.join(PLUGIN_DIR, "i18n", f"sozialplanung_{ui_language()}.qm")
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
