"""area_profile_report's print layout: the template (.qpt) read and loaded, its items — found by their ids —
bound to the atlas's layers, the PDF exported page by page, and the table of all areas written as CSV/XLSX."""
from __future__ import annotations

import os

from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsVectorFileWriter,
)
from qgis.PyQt.QtXml import QDomDocument

from sozialplanung_plugin.processing.area_profile_report_pages import ROWS_PER_TABLE_PAGE
from sozialplanung_plugin.processing.base import PLUGIN_DIR
from sozialplanung_plugin.translation import tr

DEFAULT_TEMPLATE = os.path.join(PLUGIN_DIR, "resources", "templates", "sozialatlas.qpt")
ITEM_IDS = ("heading", "subheading", "map_overview", "legend", "map_area", "locator", "info", "profile_table",
            "profile", "notes", "table", "footer")


def page_is(kind: str) -> QgsProperty:
    """Data-defined 'exclude from exports' for items shown only on pages of ``kind``."""
    return QgsProperty.fromExpression(f"attribute(@atlas_feature, 'page_type') <> '{kind}'")


def read_template(path: str) -> QDomDocument:
    """The template as XML; a translated error if it cannot be read or is no XML."""
    try:
        with open(path, encoding="utf-8") as fh:
            doc = QDomDocument()
            parsed = doc.setContent(fh.read())
            ok = parsed[0] if isinstance(parsed, tuple) else bool(parsed)   # PyQt returns (ok, msg, line, col)
    except OSError as err:
        raise QgsProcessingException(tr("Cannot read the layout template '{path}': {error}")
                                     .format(path=path, error=err)) from None
    if not ok:
        raise QgsProcessingException(tr("The layout template '{path}' is not a valid .qpt (XML) file.")
                                     .format(path=path))
    return doc


def sozialatlas_layout(project, template: str, layers, has_geometry: bool) -> QgsPrintLayout:
    """The layout of ``template`` in ``project`` (which must hold ``layers`` and outlive the layout), its
    items bound to the layers, the atlas over the pages."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _, loaded = layout.loadFromTemplate(read_template(template), QgsReadWriteContext(), True)
    if not loaded:
        raise QgsProcessingException(tr("The layout template '{path}' could not be loaded.").format(path=template))
    items = {i: layout.itemById(i) for i in ITEM_IDS}
    if not any(items.values()):
        raise QgsProcessingException(tr("The layout template '{path}' has none of the item ids heading, "
                                        "map_area, profile, table … the report fills.").format(path=template))
    _bind_texts(items)
    _bind_maps(items, layers, has_geometry)
    _bind_profile(items, layers.profile_rows)
    _bind_table(items, layers.table)
    atlas = layout.atlas()
    atlas.setCoverageLayer(layers.pages)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page_no"')
    atlas.setEnabled(True)
    return layout


def _show_on(item, kind: str) -> None:
    item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports, page_is(kind))


def _small(table, size: float) -> None:
    from qgis.core import QgsTextFormat
    from qgis.PyQt.QtGui import QFont

    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(size)
    table.setContentTextFormat(fmt)
    table.setHeaderTextFormat(fmt)


def _bind_texts(items) -> None:
    for label_id, field in (("heading", "heading"), ("subheading", "subheading"), ("info", "info"),
                            ("notes", "notes")):
        item = items.get(label_id)
        if isinstance(item, QgsLayoutItemLabel):
            item.setText(f'[% "{field}" %]')
    if isinstance(items.get("info"), QgsLayoutItemLabel):
        _show_on(items["info"], "area")
    if isinstance(items.get("notes"), QgsLayoutItemLabel):
        _show_on(items["notes"], "area")
    if isinstance(items.get("footer"), QgsLayoutItemLabel):
        items["footer"].setText("[% @atlas_featurenumber %] / [% @atlas_totalfeatures %]")


def _bind_maps(items, layers, has_geometry: bool) -> None:
    map_layer, page_layer = layers.areas, layers.pages
    for map_id, kind in (("map_overview", "cover"), ("map_area", "area"), ("locator", "area")):
        item = items.get(map_id)
        if not isinstance(item, QgsLayoutItemMap):
            continue
        item.setCrs(map_layer.crs())      # the layout's own project has no CRS
        item.setLayers([map_layer] if has_geometry else [])
        item.setKeepLayerSet(True)
        _show_on(item, kind)
        if map_id == "map_area":
            item.setAtlasDriven(True)
            item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
            item.setAtlasMargin(0.25)
        else:
            page_layer.updateExtents()
            extent = QgsRectangle(page_layer.extent())
            if not extent.isEmpty():
                extent.scale(1.05)
                item.zoomToExtent(extent)
                if item.extent().isEmpty():
                    item.setExtent(extent)
    legend = items.get("legend")
    if isinstance(legend, QgsLayoutItemLegend) and isinstance(items.get("map_overview"), QgsLayoutItemMap):
        legend.setLinkedMap(items["map_overview"])
        legend.setAutoUpdateModel(False)
        legend.model().rootGroup().clear()
        legend.model().rootGroup().addLayer(map_layer)
        legend.setLegendFilterByMapEnabled(True)       # only the classes drawn on the cover
        legend.setTitle(tr("Classes"))
        _show_on(legend, "cover")
    locator, main = items.get("locator"), items.get("map_area")
    if isinstance(locator, QgsLayoutItemMap) and isinstance(main, QgsLayoutItemMap):
        overview = locator.overview()
        overview.setLinkedMap(main)
        overview.setEnabled(True)


def _table_of(frame):
    table = frame.multiFrame() if frame is not None and hasattr(frame, "multiFrame") else None
    return table if isinstance(table, QgsLayoutItemAttributeTable) else None


def _bind_profile(items, profile_layer) -> None:
    picture = items.get("profile")
    if isinstance(picture, QgsLayoutItemPicture):
        picture.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                    QgsProperty.fromField("profile_svg"))
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        _show_on(picture, "area")
    table = _table_of(items.get("profile_table"))
    if table is not None:
        table.setVectorLayer(profile_layer)
        table.setDisplayedFields([f.name() for f in profile_layer.fields() if f.name() != "area_key"])
        table.setFilterFeatures(True)
        table.setFeatureFilter('"area_key" = attribute(@atlas_feature, \'area_key\')')
        _small(table, 8)
        _show_on(items["profile_table"], "area")


def _bind_table(items, table_layer) -> None:
    table = _table_of(items.get("table"))
    if table is not None:
        table.setVectorLayer(table_layer)
        table.setDisplayedFields([f.name() for f in table_layer.fields()
                                  if f.name() != "row_nr" and not f.name().endswith("_flag")])
        table.setFilterFeatures(True)
        table.setFeatureFilter('"row_nr" >= attribute(@atlas_feature, \'first_row\') AND '
                               '"row_nr" <= attribute(@atlas_feature, \'last_row\')')
        table.setMaximumNumberOfFeatures(ROWS_PER_TABLE_PAGE)
        _small(table, 6 if len(table_layer.fields()) > 7 else 7.5)
        _show_on(items["table"], "table")


def export_pdf(layout, path: str, feedback) -> bool:
    """The atlas as one PDF, page by page with progress and cancel; False if the user cancelled."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    # text as text, not outlines: searchable, copyable and read by screen readers
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), path, settings, feedback)
    if feedback.isCanceled():
        return False
    if result != QgsLayoutExporter.ExportResult.Success:
        raise QgsProcessingException(tr("The PDF could not be written to '{path}': {error}")
                                     .format(path=path, error=error or result))
    return True


def write_table(table_layer, path: str, context) -> None:
    """The table of all areas as CSV (semicolons, UTF-8) or, for a .xlsx path, as XLSX."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "XLSX" if path.lower().endswith(".xlsx") else "CSV"
    options.fileEncoding = "UTF-8"
    if options.driverName == "CSV":
        options.layerOptions = ["SEPARATOR=SEMICOLON"]
    err = QgsVectorFileWriter.writeAsVectorFormatV3(table_layer, path, context.transformContext(), options)
    if err[0] != QgsVectorFileWriter.WriterError.NoError:
        raise QgsProcessingException(tr("Could not write the table '{path}': {error}").format(path=path, error=err[1]))
