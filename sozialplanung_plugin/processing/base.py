"""Thin base class for the plugin's algorithms: the boilerplate, nothing more."""
from __future__ import annotations

import importlib.util
import os
from typing import List

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProviderRegistry
from qgis.PyQt.QtGui import QIcon

from sozialplanung_plugin.translation import tr

PLUGIN_DIR = os.path.dirname(os.path.dirname(__file__))
ICON_PATH = os.path.join(PLUGIN_DIR, "resources", "icons", "sozialplanung.svg")
REQUIRED_MODULES = ("numpy", "scipy")   # what the plugin as a whole uses (QGIS ships both everywhere)


def missing_dependencies(modules=None) -> List[str]:
    return [m for m in (REQUIRED_MODULES if modules is None else modules)
            if m in REQUIRED_MODULES and importlib.util.find_spec(m) is None]


def group_names():
    """Translated group names by stable group id."""
    return {
        "counts": tr("Counts and planning areas"),
        "indicators": tr("Indicators"),
        "index": tr("Social index"),
        "accessibility": tr("Accessibility"),
        "profiles": tr("Area profiles"),
    }


class SozialplanungAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set GROUP_ID and implement name/displayName/shortHelpString,
    initAlgorithm and processAlgorithm."""

    GROUP_ID = "counts"
    REQUIRES = REQUIRED_MODULES   # modules this algorithm needs; subclasses narrow it

    def createInstance(self):  # noqa: N802
        return type(self)()

    def group(self):
        return group_names()[self.GROUP_ID]

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802
        return ICON_PATH

    def canExecute(self):  # noqa: N802
        missing = missing_dependencies(self.REQUIRES)
        if missing:
            return False, tr("This algorithm needs the Python modules {modules}. "
                             "Install them with the QGIS installer (OSGeo4W: python3-numpy, "
                             "python3-scipy) or your package manager.").format(
                modules=", ".join(missing))
        return True, ""

    def parameter_problem(self, parameters, context) -> str:
        """The first problem the parameters alone show (bands not increasing, a method without the field
        it needs ...), translated; "" if none. Algorithms with such checks override this."""
        return ""

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS' own checks, then ``parameter_problem``: the dialog, processing.run and qgis_process
        refuse before the run."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problem = self.parameter_problem(parameters, context)
        return (False, problem) if problem else (True, message)

    @staticmethod
    def first_problem(*checks) -> str:
        """Run checks that raise a translated QgsProcessingException; the first message, "" if none
        (for ``parameter_problem`` built from shared check functions)."""
        for check in checks:
            try:
                check()
            except QgsProcessingException as err:
                return str(err)
        return ""

    def refuse_bad_parameters(self, parameters, context) -> None:
        """``parameter_problem`` as an error, at the start of processAlgorithm: QGIS 3.22 does not call
        checkParameterValues for a model's child algorithms or QgsProcessingAlgorithm.run()."""
        problem = self.parameter_problem(parameters, context)
        if problem:
            raise QgsProcessingException(problem)

    @staticmethod
    def field_name(fields, name, layer, key_hint=False) -> str:
        """The field's own spelling (parameters may differ in case, e.g. shapefile names typed in
        qgis_process); a translated error naming layer and field if it does not exist."""
        from sozialplanung_plugin.processing.messages import field_missing

        idx = fields.lookupField(name or "")
        if idx < 0:
            raise field_missing(layer, name, key_hint)
        return fields.at(idx).name()

    def numeric_field_names(self, fields, names, layer) -> List[str]:
        """The fields' own spellings; a translated error if one is missing or not numeric."""
        from sozialplanung_plugin.processing.messages import field_not_numeric

        out = []
        for name in names:
            real = self.field_name(fields, name, layer)
            field = fields.at(fields.lookupField(real))
            if not field.isNumeric():
                raise field_not_numeric(layer, real, field.typeName())
            out.append(real)
        return out

    @staticmethod
    def subset_only(parameters, name) -> bool:
        """Is the input restricted to selected features or a feature limit (so it cannot be read
        straight from its file)?"""
        from qgis.core import QgsProcessingFeatureSourceDefinition

        definition = parameters.get(name)
        return isinstance(definition, QgsProcessingFeatureSourceDefinition) and (
            definition.selectedFeaturesOnly or definition.featureLimit != -1)

    def write_features(self, sink, features, output) -> None:
        """Add features to a sink; a translated error if the provider refuses them."""
        from sozialplanung_plugin.processing.feature_writer import add_features

        add_features(sink, features, self.parameterDefinition(output).description())

    def write_batched(self, sink, features, total, output, feedback, progress=(80.0, 100.0)) -> bool:
        """Write features in batches with progress and cancel (False if cancelled)."""
        from sozialplanung_plugin.processing.feature_writer import write_batched

        return write_batched(sink, features, total, self.parameterDefinition(output).description(), feedback,
                             progress)

    def store_with_output(self, parameters, context, output: str, dest_id: str, recipe_table: str, recipe_rows,
                          style) -> None:
        """Attach the style on load and remember the recipe rows and style, which
        postProcessAlgorithm stores inside an output GeoPackage (after the output is closed)."""
        from sozialplanung_plugin.processing.styles import StyleOnLoad

        StyleOnLoad.attach(context, dest_id, **style)
        # not parameterAsOutputLayer(): it would register the output a second time for loading into the
        # project ("The following layers were not correctly generated" in the dialog)
        raw = parameters.get(output)
        raw = raw.sink.staticValue() if hasattr(raw, "sink") else raw
        self._stored = (dest_id if str(dest_id).lower().split("|")[0].endswith(".gpkg") else str(raw or ""),
                        recipe_table, recipe_rows, style)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Recipe table and default style into an output GeoPackage (also for qgis_process runs)."""
        from sozialplanung_plugin.processing.recipe import geopackage_target, write_recipe_table
        from sozialplanung_plugin.processing.styles import save_default_style

        stored = getattr(self, "_stored", None)
        if stored:
            target, recipe_table, rows, style = stored
            path, table = geopackage_target(target or "")
            if path and rows:
                write_recipe_table(path, recipe_table, rows)
                save_default_style(path, [recipe_table], table=table, **style)
        return {}

    def source_and_label(self, parameters, name, context):
        """The feature source of parameter ``name`` (an error if it cannot be loaded) and how messages
        name it."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source, self.layer_label(parameters, name, context)

    def layer_label(self, parameters, name, context) -> str:
        """How messages name an input layer: its name, plus the table inside a
        GeoPackage when the name alone (the file name) does not say it."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            return str(parameters.get(name, name))
        label = layer.name()
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        table = parts.get("layerName") or ""
        if table and table != label:
            label = f"{label} ({table})"
        return label
