"""Styles for outputs, applied on load (toolbox/models) or saved as .qml (demo).

Colour ramps are ColorBrewer schemes that are colour-blind safe; they are
built here rather than taken from the user's style database, so the result
is the same on every machine.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsClassificationQuantile,
    QgsExpression,
    QgsFeatureRequest,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from sozialplanung_plugin.compat import FieldType, ogr_layer, ogr_open, save_style_to_database

# ColorBrewer YlGnBu (sequential, colour-blind safe)
YLGNBU = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"]
# ColorBrewer RdYlBu (diverging, colour-blind safe), from blue (little need) to red (much need)
RDYLBU = {2: ["#91bfdb", "#fc8d59"], 3: ["#91bfdb", "#ffffbf", "#fc8d59"],
          4: ["#2c7bb6", "#abd9e9", "#fdae61", "#d7191c"], 5: ["#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"],
          6: ["#4575b4", "#91bfdb", "#e0f3f8", "#fee090", "#fc8d59", "#d73027"],
          7: ["#4575b4", "#91bfdb", "#e0f3f8", "#ffffbf", "#fee090", "#fc8d59", "#d73027"],
          8: ["#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#fee090", "#fdae61", "#f46d43", "#d73027"],
          9: ["#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#ffffbf", "#fee090", "#fdae61", "#f46d43", "#d73027"]}
NO_DATA_GREY = "#bdbdbd"
Category = Tuple[object, str]          # (value, label)


def diverging_colors(k: int) -> List[str]:
    if k in RDYLBU:
        return RDYLBU[k]
    if k == 1:
        return ["#ffffbf"]
    ramp = QgsGradientColorRamp(QColor(RDYLBU[9][0]), QColor(RDYLBU[9][-1]), False,
                                [QgsGradientStop(j / 8, QColor(c)) for j, c in enumerate(RDYLBU[9][1:-1], 1)])
    return [ramp.color(j / (k - 1)).name() for j in range(k)]


def class_style(layer: QgsVectorLayer, field: str, categories: Sequence[Category], null_label: str) -> None:
    """One colour per class (diverging, colour-blind safe, in class order) and grey for NULL (not rated)."""
    renderer = QgsCategorizedSymbolRenderer(field)
    colors = diverging_colors(len(categories))
    for (value, label), color in zip(list(categories) + [(None, null_label)], colors + [NO_DATA_GREY]):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        if symbol is None:
            return
        symbol.setColor(QColor(color))
        if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
            symbol.symbolLayer(0).setStrokeColor(QColor("#6e6e6e"))
            symbol.symbolLayer(0).setStrokeWidth(0.2)
        renderer.addCategory(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(renderer)


def sequential_ramp(colors=YLGNBU) -> QgsGradientColorRamp:
    stops = [QgsGradientStop(k / (len(colors) - 1), QColor(c)) for k, c in enumerate(colors[1:-1], 1)]
    return QgsGradientColorRamp(QColor(colors[0]), QColor(colors[-1]), False, stops)


def graduated_style(layer: QgsVectorLayer, field: str, classes: int = 5) -> None:
    """Quantile classes on ``field`` with a sequential colour-blind-safe ramp."""
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    if symbol is None:
        return
    if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        symbol.symbolLayer(0).setStrokeColor(QColor("#6e6e6e"))
        symbol.symbolLayer(0).setStrokeWidth(0.2)
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol)
    method = QgsClassificationQuantile()
    idx = layer.fields().lookupField(field)
    if idx >= 0 and layer.fields().at(idx).type() in (FieldType.Int, FieldType.LongLong, FieldType.UInt,
                                                      FieldType.ULongLong):
        method.setLabelPrecision(0)           # head counts: no decimals in the legend
        method.setLabelTrimTrailingZeroes(True)
    renderer.setClassificationMethod(method)
    # classes from the non-NULL values only: QGIS 3.22 counts NULL (suppressed) values as 0
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([idx])
    values = [float(v) for v in (f.attribute(idx) for f in layer.getFeatures(request))
              if v is not None and not (hasattr(v, "isNull") and v.isNull())]
    if not values:
        return
    for cls in method.classes(values, classes):
        renderer.addClassRange(QgsRendererRange(cls, symbol.clone()))
    renderer.updateColorRamp(sequential_ramp())
    layer.setRenderer(renderer)


def with_null_class(layer: QgsVectorLayer, field: str, label: str) -> None:
    """Turn the layer's graduated style into rules plus a grey class for NULL values
    (suppressed or missing), which a graduated renderer would not draw at all."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsGraduatedSymbolRenderer):
        return
    rules = QgsRuleBasedRenderer.convertFromRenderer(renderer)
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor("#bdbdbd"))
    rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, f"{QgsExpression.quotedColumnRef(field)} IS NULL", label)
    rules.rootRule().appendChild(rule)
    layer.setRenderer(rules)


def set_aliases(layer: QgsVectorLayer, aliases: Dict[str, str]) -> None:
    for name, alias in aliases.items():
        idx = layer.fields().lookupField(name)
        if idx >= 0:
            layer.setFieldAlias(idx, alias)


def style_output(layer: QgsVectorLayer, field: Optional[str], aliases: Dict[str, str], null_label: str = "",
                 abstract: str = "", categories: Optional[Sequence[Category]] = None) -> None:
    """Aliases, style (graduated with a NULL class if asked, or one colour per class given in
    ``categories``) and metadata abstract for an output layer."""
    set_aliases(layer, aliases)
    if field and categories and layer.fields().lookupField(field) >= 0:
        class_style(layer, field, categories, null_label)
    elif field and layer.fields().lookupField(field) >= 0:
        graduated_style(layer, field)
        if null_label:
            with_null_class(layer, field, null_label)
    if abstract:
        metadata = layer.metadata()
        metadata.setAbstract(abstract)
        layer.setMetadata(metadata)


def save_default_style(path: str, exclude: Sequence[str], field: Optional[str], aliases: Dict[str, str],
                       null_label: str = "", abstract: str = "", categories: Optional[Sequence[Category]] = None,
                       table: Optional[str] = None) -> bool:
    """Store the style as the default style of the output table in a GeoPackage, so it is
    styled wherever it is opened (also results of qgis_process)."""
    ds = ogr_open(path, update=True)
    if ds is None:
        return False
    tables = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    tables = [t for t in tables if t not in set(exclude) | {"layer_styles"}]
    if table is not None:
        tables = [t for t in tables if t == table]
    if len(tables) != 1:
        return False
    if ogr_layer(ds, "layer_styles") is not None:
        # QGIS 3.22 asks in a message box before overwriting a style: remove the old ones first, or a
        # run in qgis_process would wait for an answer forever
        ds.ExecuteSQL("DELETE FROM layer_styles WHERE f_table_name = '{}'".format(tables[0].replace("'", "''")))
    ds = None
    layer = QgsVectorLayer(f"{path}|layername={tables[0]}", tables[0], "ogr")
    if not layer.isValid():
        return False
    style_output(layer, field, aliases, null_label, abstract, categories)
    return not save_style_to_database(layer, "default", "Sozialplanung", True)


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a graduated style and field aliases when an output is loaded."""

    # QGIS keeps only a raw pointer to post-processors: hold them here until used.
    _alive: list = []

    def __init__(self, field: Optional[str], aliases: Dict[str, str], null_label: str = "", abstract: str = "",
                 categories: Optional[Sequence[Category]] = None):
        super().__init__()
        self.field = field
        self.aliases = aliases
        self.null_label = null_label
        self.abstract = abstract
        self.categories = categories

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if self in StyleOnLoad._alive:
            StyleOnLoad._alive.remove(self)
        if not isinstance(layer, QgsVectorLayer):
            return
        style_output(layer, self.field, self.aliases, self.null_label, self.abstract, self.categories)
        layer.triggerRepaint()
        # the layer is already in the layer tree: collapse and expand its node so the
        # legend shows the new classes
        project = context.project() if context is not None else None
        node = project.layerTreeRoot().findLayer(layer.id()) if project is not None else None
        if node is not None:
            node.setExpanded(False)
            node.setExpanded(True)

    @classmethod
    def attach(cls, context, dest_id: str, field: Optional[str], aliases: Dict[str, str],
               null_label: str = "", abstract: str = "", categories: Optional[Sequence[Category]] = None) -> None:
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            return
        processor = cls(field, aliases, null_label, abstract, categories)
        cls._alive.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
