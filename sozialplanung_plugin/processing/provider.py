"""Processing provider "sozialplanung" (id frozen: models and scripts use it)."""
from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from sozialplanung_plugin.processing.base import ICON_PATH, missing_dependencies
from sozialplanung_plugin.translation import tr

PROVIDER_ID = "sozialplanung"


def algorithm_classes():
    """The explicit list of algorithms the provider offers."""
    from sozialplanung_plugin.processing.algorithms.aggregate_counts import AggregateCounts
    from sozialplanung_plugin.processing.algorithms.allocate_budget import AllocateBudget
    from sozialplanung_plugin.processing.algorithms.area_profile_report import AreaProfileReport
    from sozialplanung_plugin.processing.algorithms.composite_index import CompositeIndex
    from sozialplanung_plugin.processing.algorithms.compute_indicators import ComputeIndicators
    from sozialplanung_plugin.processing.algorithms.distribute_population import DistributePopulation
    from sozialplanung_plugin.processing.algorithms.import_table import ImportTable
    from sozialplanung_plugin.processing.algorithms.index_sensitivity import IndexSensitivity
    from sozialplanung_plugin.processing.algorithms.indicator_change import IndicatorChange
    from sozialplanung_plugin.processing.algorithms.population_in_reach import PopulationInReach
    from sozialplanung_plugin.processing.algorithms.similar_areas import SimilarAreas
    from sozialplanung_plugin.processing.algorithms.status_dynamics_index import StatusDynamicsIndex
    from sozialplanung_plugin.processing.algorithms.supply_ratio import SupplyRatio

    return [AggregateCounts, ComputeIndicators, ImportTable, IndicatorChange, CompositeIndex, StatusDynamicsIndex,
            IndexSensitivity, AllocateBudget, PopulationInReach,
            DistributePopulation, SupplyRatio, SimilarAreas, AreaProfileReport]


class SozialplanungProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Sozialplanung")

    def longName(self):  # noqa: N802
        return tr("Sozialplanung – social planning tools")

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802
        return ICON_PATH

    def loadAlgorithms(self):  # noqa: N802
        self._load_plugin_algorithms()
        self._load_models()

    def _load_models(self):
        """The models shipped in resources/models (e.g. Sozialbericht – Grundauswertung)."""
        import glob
        import os

        from qgis.core import QgsProcessingModelAlgorithm

        from sozialplanung_plugin.processing.base import PLUGIN_DIR

        for path in sorted(glob.glob(os.path.join(PLUGIN_DIR, "resources", "models", "*.model3"))):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(path):
                model.setSourceFilePath(path)
                self.addAlgorithm(model)
            else:
                QgsMessageLog.logMessage(tr("The model '{path}' could not be loaded.").format(path=path),
                                         "Sozialplanung", Qgis.MessageLevel.Warning)

    def _load_plugin_algorithms(self):
        missing = missing_dependencies()
        if missing:
            QgsMessageLog.logMessage(
                tr("Sozialplanung needs the Python modules {modules}, which are missing. "
                   "The algorithms are listed but cannot run until they are installed "
                   "(OSGeo4W: python3-numpy / python3-scipy; Debian/Ubuntu: python3-numpy "
                   "python3-scipy).").format(modules=", ".join(missing)),
                "Sozialplanung", Qgis.MessageLevel.Critical)
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
