"""sozialplanung:area_profile_report — the Sozialatlas as a PDF, through a QGIS print layout with an atlas."""
from __future__ import annotations

import datetime
import math
import os
import tempfile

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsMemoryProviderUtils,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing.base import PLUGIN_DIR, SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
NAME_FIELD = "NAME_FIELD"
FIELDS = "FIELDS"
TITLE = "TITLE"
LAYOUT_TEMPLATE = "LAYOUT_TEMPLATE"
OUTPUT = "OUTPUT"
OUTPUT_TABLE = "OUTPUT_TABLE"

DEFAULT_TEMPLATE = os.path.join(PLUGIN_DIR, "resources", "templates", "sozialatlas.qpt")
ROWS_PER_TABLE_PAGE = 30
PAGE_FIELDS = [("page_no", FieldType.Int), ("page_type", FieldType.String), ("area_key", FieldType.String),
               ("heading", FieldType.String), ("subheading", FieldType.String), ("info", FieldType.String),
               ("notes", FieldType.String), ("profile_svg", FieldType.String), ("first_row", FieldType.Int),
               ("last_row", FieldType.Int)]
ITEM_IDS = ("heading", "subheading", "map_overview", "legend", "map_area", "locator", "info", "profile_table",
            "profile", "notes", "table", "footer")


def page_is(kind: str) -> QgsProperty:
    """Data-defined 'exclude from exports' for items shown only on pages of ``kind``."""
    return QgsProperty.fromExpression(f"attribute(@atlas_feature, 'page_type') <> '{kind}'")


class AreaProfileReport(SozialplanungAlgorithm):
    GROUP_ID = "profiles"
    REQUIRES = ("numpy",)

    def name(self):
        return "area_profile_report"

    def displayName(self):  # noqa: N802
        return tr("Sozialatlas as PDF (area profiles)")

    def tags(self):
        return tr("Sozialatlas,Sozialbericht,report,PDF,atlas,Gebietsprofil,print layout").split(",")

    def flags(self):
        # print layouts are drawn in the main thread (as QGIS's own atlas export does)
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>The yearly Sozialatlas in one step: a PDF made with a QGIS print layout and its atlas — a cover page "
            "with the title, the date and an overview map of the areas (by index class where the layer has one), "
            "then one page per area with its map (neighbours grey), a locator map, the profile table with a spine "
            "chart per indicator (value, reference, rank among all areas), the index class and notes on "
            "suppressed ('geheim') or unreliable values, and at the end a table of all areas.</p>"
            "<p>The layout comes from a template (.qpt): the default ships with the plugin; a municipality can "
            "use its corporate design — the items are found by their ids: heading, subheading, map_overview, "
            "map_area, locator, info, profile, notes, table, footer (missing ones are left out). The areas layer "
            "needs no particular style; geometry is not required (maps are then left empty).</p>"
            "<p>Optionally the table of all areas as CSV or XLSX for the statistics appendix (suppressed values as "
            "'geheim', flags kept).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(INPUT, tr("Indicators per area"), [QgsProcessing.SourceType.TypeVector])
        p.setHelp(tr("One row per area, e.g. the result of Compute social indicators or of the social index."))
        self.addParameter(p)
        p = QgsProcessingParameterField(ID_FIELD, tr("Area key field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any)
        p.setHelp(tr("Unique key of each area."))
        self.addParameter(p)
        p = QgsProcessingParameterField(NAME_FIELD, tr("Area name field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any, optional=True)
        p.setHelp(tr("Shown as the page heading."))
        self.addParameter(p)
        p = QgsProcessingParameterField(FIELDS, tr("Indicator fields"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, allowMultiple=True)
        p.setHelp(tr("The indicators of the profile, in this order."))
        self.addParameter(p)
        p = QgsProcessingParameterString(TITLE, tr("Title"), tr("Sozialatlas"))
        p.setHelp(tr("Title of the cover page."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(LAYOUT_TEMPLATE, tr("Layout template (.qpt)"), extension="qpt", optional=True)
        p.setHelp(tr("Empty: the template that ships with the plugin."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFileDestination(OUTPUT, tr("Sozialatlas (PDF)"), tr("PDF (*.pdf)")))
        p = QgsProcessingParameterFileDestination(OUTPUT_TABLE, tr("Table of all areas"),
                                                  tr("CSV (*.csv);;Excel (*.xlsx)"), optional=True,
                                                  createByDefault=False)
        p.setHelp(tr("Optional: the values of all areas for the statistics appendix."))
        self.addParameter(p)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from qgis.PyQt.QtCore import QRectF, QSize
        from qgis.PyQt.QtGui import QPainter
        from qgis.PyQt.QtSvg import QSvgGenerator

        from sozialplanung_plugin.gui.profile_data import draw_profile, number, profile_of, read_profile_data

        source, layer_label = self.source_and_label(parameters, INPUT, context)
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{layer}' has no features.").format(layer=layer_label))
        fields = source.fields()
        key = self.field_name(fields, (parameter_as_strings(self, parameters, ID_FIELD, context) or [""])[0],
                              layer_label,
                              key_hint=True)
        chosen = parameter_as_strings(self, parameters, NAME_FIELD, context)
        name_field = self.field_name(fields, chosen[0], layer_label) if chosen else None
        names = [self.field_name(fields, n, layer_label) for n in parameter_as_strings(self, parameters, FIELDS,
                                                                                       context)]
        if not names:
            raise QgsProcessingException(tr("Choose the indicator fields."))
        for n in names:
            if not fields.at(fields.lookupField(n)).isNumeric():
                raise QgsProcessingException(tr("Layer '{layer}': the field '{field}' is not numeric.")
                                             .format(layer=layer_label, field=n))
        title = self.parameterAsString(parameters, TITLE, context) or tr("Sozialatlas")
        template = self.parameterAsFile(parameters, LAYOUT_TEMPLATE, context) or DEFAULT_TEMPLATE
        pdf = self.parameterAsFileOutput(parameters, OUTPUT, context)

        # the areas as a layer of their own (selected features, filters, any provider), with geometry
        areas = source.materialize(QgsFeatureRequest(), feedback)
        if areas is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        original = self.parameterAsVectorLayer(parameters, INPUT, context)
        if original is not None:            # the copy has no aliases: take them from the layer
            for n in names:
                alias = original.attributeDisplayName(original.fields().lookupField(n))
                areas.setFieldAlias(areas.fields().lookupField(n), alias)
        data = read_profile_data(areas, key, names, name_field)
        if data is None or not data["keys"]:
            raise QgsProcessingException(tr("Layer '{layer}' has no areas to report.").format(layer=layer_label))
        if all(not math.isfinite(v) for v in data["values"].ravel()):
            raise QgsProcessingException(tr("Layer '{layer}': all chosen indicators are NULL in every area — "
                                            "nothing to report.").format(layer=layer_label))
        has_geometry = QgsWkbTypes.geometryType(areas.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        if not has_geometry:
            feedback.pushWarning(tr("Layer '{layer}' has no polygons: the report is made without maps.")
                                 .format(layer=layer_label))
        flag_fields = {n: f for n in names for f in [n + "_flag"] if areas.fields().lookupField(f) >= 0}
        geoms = {f.id(): QgsGeometry(f.geometry()) for f in areas.getFeatures()}
        flags = {n: {f.id(): f[flag] for f in areas.getFeatures()} for n, flag in flag_fields.items()}

        # ---- per-area profile pictures (SVG) and notes
        tmp = tempfile.mkdtemp(prefix="sozialatlas_")
        n_areas = len(data["keys"])
        area_rows = [i for i in range(n_areas) if i != data["total"]]
        profiles = {}                    # per area, made once: for the picture and for the table
        pages = []
        date = datetime.date.today().strftime("%d.%m.%Y")
        pages.append(dict(page_type="cover", area_key="", heading=title,
                          subheading=tr("Area profiles of {n} areas · as of {date}").format(n=len(area_rows),
                                                                                            date=date)))
        for k, i in enumerate(area_rows):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(30 * k / max(1, len(area_rows)))
            profile = profiles[i] = profile_of(data, i)
            svg = os.path.join(tmp, f"profil_{k:05d}.svg")
            height = 80 + 26 * len(profile)
            gen = QSvgGenerator()
            gen.setFileName(svg)
            gen.setSize(QSize(900, height))
            gen.setViewBox(QRectF(0, 0, 900, height))
            painter = QPainter(gen)
            draw_profile(painter, 900, "", profile)
            painter.end()
            suppressed = [ip.name for ip in profile if ip.suppressed]
            unreliable = [ip.name for ip, n in zip(profile, names)
                          if n in flags and "unreliable" in str(flags[n].get(data["fids"][i]) or "")]
            notes = []
            if suppressed:
                notes.append(tr("confidential (suppressed, not 0): {names}").format(names=", ".join(suppressed)))
            if unreliable:
                notes.append(tr("unreliable (wide confidence interval): {names}").format(names=", ".join(unreliable)))
            info = []
            if data.get("labels") and data["labels"][i] not in (None, ""):
                info.append(tr("Class: {label}").format(label=data["labels"][i]))
            if data.get("population") is not None and math.isfinite(data["population"][i]):
                info.append(tr("Residents: {n}").format(n=f"{data['population'][i]:,.0f}".replace(",", ".")))
            name = data["titles"][i] if data.get("titles") else ""
            pages.append(dict(page_type="area", area_key=data["keys"][i],
                              heading=f"{data['keys'][i]} {name}".strip(), subheading=title, info="\n".join(info),
                              notes="  ·  ".join(notes), profile_svg=svg, fid=data["fids"][i]))
        for start in range(0, len(area_rows), ROWS_PER_TABLE_PAGE):
            pages.append(dict(page_type="table", heading=tr("All areas"), subheading=title, first_row=start + 1,
                              last_row=min(start + ROWS_PER_TABLE_PAGE, len(area_rows))))

        # ---- layers for the layout: pages (the atlas), areas for maps, the table of all areas
        crs = areas.crs()
        extent = None
        for g in geoms.values():
            if not g.isNull():
                extent = g.boundingBox() if extent is None else extent.combineExtentWith(g.boundingBox()) or extent
        page_fields = QgsFields()
        for n, t in PAGE_FIELDS:
            page_fields.append(QgsField(n, t))
        page_layer = QgsMemoryProviderUtils.createMemoryLayer("pages", page_fields, QgsWkbTypes.Type.MultiPolygon, crs)
        whole = QgsGeometry.fromRect(extent) if extent is not None else QgsGeometry()
        feats = []
        for no, pg in enumerate(pages, 1):
            f = QgsFeature(page_fields)
            f.setAttributes([no] + [pg.get(n) for n, _ in PAGE_FIELDS[1:]])
            geom = geoms.get(pg.get("fid")) if pg["page_type"] == "area" else whole
            if geom is not None and not geom.isNull():
                f.setGeometry(geom)
            feats.append(f)
        page_layer.dataProvider().addFeatures(feats)
        page_layer.updateExtents()
        table_layer = self._table_layer(data, area_rows, crs, number, flags, names)
        profile_layer = self._profile_layer(data, area_rows, profiles, crs, number)
        map_layer = self._map_layer(areas, key)

        # ---- the layout from the template
        project = QgsProject()
        for lyr in (page_layer, table_layer, map_layer, profile_layer):
            project.addMapLayer(lyr, False)
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        try:
            with open(template, encoding="utf-8") as fh:
                doc = QDomDocument()
                parsed = doc.setContent(fh.read())
                ok = parsed[0] if isinstance(parsed, tuple) else bool(parsed)   # PyQt returns (ok, msg, line, col)
        except OSError as err:
            raise QgsProcessingException(tr("Cannot read the layout template '{path}': {error}")
                                         .format(path=template, error=err)) from None
        if not ok:
            raise QgsProcessingException(tr("The layout template '{path}' is not a valid .qpt (XML) file.")
                                         .format(path=template))
        _, loaded = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
        if not loaded:
            raise QgsProcessingException(tr("The layout template '{path}' could not be loaded.").format(path=template))
        items = {i: layout.itemById(i) for i in ITEM_IDS}
        if not any(items.values()):
            raise QgsProcessingException(tr("The layout template '{path}' has none of the item ids heading, "
                                            "map_area, profile, table … the report fills.").format(path=template))
        self._bind(layout, items, page_layer, map_layer, table_layer, profile_layer, has_geometry)
        atlas = layout.atlas()
        atlas.setCoverageLayer(page_layer)
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"page_no"')
        atlas.setEnabled(True)

        # ---- export, page by page with progress and cancel
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = True
        # text as text, not outlines: searchable, copyable and read by screen readers
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText

        result, error = QgsLayoutExporter.exportToPdf(atlas, pdf, settings, feedback)
        if feedback.isCanceled():
            return {}
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(tr("The PDF could not be written to '{path}': {error}")
                                         .format(path=pdf, error=error or result))
        feedback.pushInfo(tr("{n} pages written: the cover, {areas} area pages, {tables} table pages.").format(
            n=len(pages), areas=len(area_rows), tables=len(pages) - len(area_rows) - 1))
        outputs = {OUTPUT: pdf}
        table_path = self.parameterAsFileOutput(parameters, OUTPUT_TABLE, context)
        if table_path and parameters.get(OUTPUT_TABLE):
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "XLSX" if table_path.lower().endswith(".xlsx") else "CSV"
            options.fileEncoding = "UTF-8"
            if options.driverName == "CSV":
                options.layerOptions = ["SEPARATOR=SEMICOLON"]
            err = QgsVectorFileWriter.writeAsVectorFormatV3(table_layer, table_path, context.transformContext(),
                                                            options)
            if err[0] != QgsVectorFileWriter.WriterError.NoError:
                raise QgsProcessingException(tr("Could not write the table '{path}': {error}")
                                             .format(path=table_path, error=err[1]))
            outputs[OUTPUT_TABLE] = table_path
        return outputs

    @staticmethod
    def _profile_layer(data, rows, profiles, crs, number):
        """One row per area and indicator — the profile table of each area page (real text in the PDF)."""
        fields = QgsFields()
        for n in ("area_key", tr("Indicator"), tr("Value"), tr("Reference"), tr("Rank"), tr("Change")):
            fields.append(QgsField(n, FieldType.String))
        lyr = QgsMemoryProviderUtils.createMemoryLayer("profile_rows", fields, QgsWkbTypes.Type.NoGeometry, crs)
        feats = []
        for i in rows:
            for ip in profiles[i]:
                f = QgsFeature(fields)
                f.setAttributes([data["keys"][i], ip.name, "geheim" if ip.suppressed else number(ip.value),
                                 number(ip.reference), f"{ip.rank} / {ip.n_ranked}" if ip.rank else "",
                                 (("+" if ip.change > 0 else "") + number(ip.change)) if math.isfinite(ip.change)
                                 else ""])
                feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    @staticmethod
    def _table_layer(data, rows, crs, number, flags, names):
        """All areas as text (values formatted, 'geheim' for suppressed, flags kept), numbered for the table
        pages and the appendix."""
        import numpy as np

        fields = QgsFields()
        fields.append(QgsField("row_nr", FieldType.Int))
        fields.append(QgsField(tr("Area"), FieldType.String))
        for alias in data["aliases"]:
            fields.append(QgsField(alias[:60], FieldType.String))
        flag_names = [n for n in names if n in flags]
        for n in flag_names:
            fields.append(QgsField(n + "_flag", FieldType.String))
        lyr = QgsMemoryProviderUtils.createMemoryLayer("areas_table", fields, QgsWkbTypes.Type.NoGeometry, crs)
        feats = []
        for k, i in enumerate(rows, 1):
            f = QgsFeature(fields)
            name = data["titles"][i] if data.get("titles") else ""
            vals = ["geheim" if not np.isfinite(v) else number(v) for v in data["values"][i]]
            marks = [flags[n].get(data["fids"][i]) or None for n in flag_names]
            f.setAttributes([k, f"{data['keys'][i]} {name or ''}".strip()] + vals + marks)
            feats.append(f)
        lyr.dataProvider().addFeatures(feats)
        return lyr

    @staticmethod
    def _map_layer(areas, key):
        """The areas for the maps: the page's area strong, its neighbours grey; on the cover by class."""
        lyr = areas.clone() if hasattr(areas, "clone") else areas
        lyr.setName(tr("Index class"))          # the legend's heading on the cover
        quoted = '"' + key.replace('"', '""') + '"'
        symbol_area = QgsSymbol.defaultSymbol(lyr.geometryType()) if lyr.geometryType() >= 0 else None
        if symbol_area is None:
            return lyr
        root = QgsRuleBasedRenderer.Rule(None)

        def add(expr, color, outline, label, is_else=False):
            sym = QgsSymbol.defaultSymbol(lyr.geometryType())
            sym.setColor(QColor(color))
            sym.symbolLayer(0).setStrokeColor(QColor(outline))
            sym.symbolLayer(0).setStrokeWidth(0.3)
            rule = QgsRuleBasedRenderer.Rule(sym, 0, 0, expr, label)
            if is_else:                # QGIS 3.22: setIsElse() also replaces the filter by "ELSE"
                rule.setIsElse(True)
            root.appendChild(rule)

        current = f"to_string({quoted}) = attribute(@atlas_feature, 'area_key')"
        add(current, "#d7191c", "#67000d", "area")
        add(f"attribute(@atlas_feature, 'page_type') = 'area' AND NOT ({current})", "#e0e0e0", "#9e9e9e",
            "neighbours")
        # the cover: by index class where the layer has one (class 1 = lowest index, blue .. red)
        class_field = next((f for f in ("index_class", "status_class") if lyr.fields().lookupField(f) >= 0), None)
        if class_field is not None:
            from sozialplanung_plugin.processing.styles import diverging_colors

            label_field = next((f for f in ("index_label", "status_label") if lyr.fields().lookupField(f) >= 0), None)
            names = {}
            for feat in lyr.getFeatures():
                v = feat[class_field]
                if v is not None and v == v and not (hasattr(v, "isNull") and v.isNull()):
                    names.setdefault(int(v), str(feat[label_field]) if label_field else str(int(v)))
            classes = sorted(names)
            for c, color in zip(classes, diverging_colors(max(classes) if classes else 1)):
                add(f"attribute(@atlas_feature, 'page_type') <> 'area' AND \"{class_field}\" = {c}", color,
                    "#4d4d4d", f"{c} {names[c]}" if names[c] != str(c) else str(c))
        add("", "#bdbdbd" if class_field else "#abd9e9", "#4d4d4d", "all", is_else=True)
        lyr.setRenderer(QgsRuleBasedRenderer(root))
        return lyr

    @staticmethod
    def _bind(layout, items, page_layer, map_layer, table_layer, profile_layer, has_geometry):
        from qgis.PyQt.QtGui import QFont

        def small(table, size):
            from qgis.core import QgsTextFormat

            fmt = QgsTextFormat()
            fmt.setFont(QFont("DejaVu Sans"))
            fmt.setSize(size)
            table.setContentTextFormat(fmt)
            table.setHeaderTextFormat(fmt)

        def show_on(item, kind):
            item.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
                                                     page_is(kind))

        for label_id, field in (("heading", "heading"), ("subheading", "subheading"), ("info", "info"),
                                ("notes", "notes")):
            item = items.get(label_id)
            if isinstance(item, QgsLayoutItemLabel):
                item.setText(f'[% "{field}" %]')
        if isinstance(items.get("info"), QgsLayoutItemLabel):
            show_on(items["info"], "area")
        if isinstance(items.get("notes"), QgsLayoutItemLabel):
            show_on(items["notes"], "area")
        if isinstance(items.get("footer"), QgsLayoutItemLabel):
            items["footer"].setText("[% @atlas_featurenumber %] / [% @atlas_totalfeatures %]")
        for map_id, kind in (("map_overview", "cover"), ("map_area", "area"), ("locator", "area")):
            item = items.get(map_id)
            if not isinstance(item, QgsLayoutItemMap):
                continue
            item.setCrs(map_layer.crs())      # the layout's own project has no CRS
            item.setLayers([map_layer] if has_geometry else [])
            item.setKeepLayerSet(True)
            show_on(item, kind)
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
            show_on(legend, "cover")
        locator, main = items.get("locator"), items.get("map_area")
        if isinstance(locator, QgsLayoutItemMap) and isinstance(main, QgsLayoutItemMap):
            overview = locator.overview()
            overview.setLinkedMap(main)
            overview.setEnabled(True)
        picture = items.get("profile")
        if isinstance(picture, QgsLayoutItemPicture):
            picture.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                        QgsProperty.fromField("profile_svg"))
            picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
            show_on(picture, "area")
        frame = items.get("profile_table")
        table = frame.multiFrame() if frame is not None and hasattr(frame, "multiFrame") else None
        if isinstance(table, QgsLayoutItemAttributeTable):
            table.setVectorLayer(profile_layer)
            table.setDisplayedFields([f.name() for f in profile_layer.fields() if f.name() != "area_key"])
            table.setFilterFeatures(True)
            table.setFeatureFilter('"area_key" = attribute(@atlas_feature, \'area_key\')')
            small(table, 8)
            show_on(frame, "area")
        frame = items.get("table")
        table = frame.multiFrame() if frame is not None and hasattr(frame, "multiFrame") else None
        if isinstance(table, QgsLayoutItemAttributeTable):
            table.setVectorLayer(table_layer)
            table.setDisplayedFields([f.name() for f in table_layer.fields()
                                      if f.name() != "row_nr" and not f.name().endswith("_flag")])
            table.setFilterFeatures(True)
            table.setFeatureFilter('"row_nr" >= attribute(@atlas_feature, \'first_row\') AND '
                                   '"row_nr" <= attribute(@atlas_feature, \'last_row\')')
            table.setMaximumNumberOfFeatures(ROWS_PER_TABLE_PAGE)
            small(table, 6 if len(table_layer.fields()) > 7 else 7.5)
            show_on(frame, "table")

