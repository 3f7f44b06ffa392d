"""sozialplanung:area_profile_report — the Sozialatlas as a PDF, through a QGIS print layout with an atlas."""
from __future__ import annotations

import os
import tempfile

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsProviderRegistry,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import parameter_as_strings
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
NAME_FIELD = "NAME_FIELD"
FIELDS = "FIELDS"
TITLE = "TITLE"
LAYOUT_TEMPLATE = "LAYOUT_TEMPLATE"
OUTPUT = "OUTPUT"
OUTPUT_TABLE = "OUTPUT_TABLE"


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

    def parameter_problem(self, parameters, context) -> str:
        """What is wrong with the parameters alone ("" if nothing): indicator fields chosen, the template
        readable as XML, no output on an input or another output. checkParameterValues refuses with it
        before a run; the run checks again for callers that do not ask (a plain alg.run())."""
        from sozialplanung_plugin.processing.area_profile_report_layout import DEFAULT_TEMPLATE, read_template

        if not parameter_as_strings(self, parameters, FIELDS, context):
            return tr("Choose the indicator fields.")
        template = self.parameterAsFile(parameters, LAYOUT_TEMPLATE, context) or DEFAULT_TEMPLATE
        try:
            read_template(template)
        except QgsProcessingException as err:
            return str(err)
        layer = self.parameterAsVectorLayer(parameters, INPUT, context)
        files = [(INPUT, QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path")
                  if layer is not None else None), (LAYOUT_TEMPLATE, template),
                 (OUTPUT, self.parameterAsFileOutput(parameters, OUTPUT, context)),
                 (OUTPUT_TABLE, self.parameterAsFileOutput(parameters, OUTPUT_TABLE, context)
                  if parameters.get(OUTPUT_TABLE) else None)]
        named = {}                        # file -> the parameter that names it first
        for name, path in files:
            other = named.setdefault(os.path.normcase(os.path.realpath(path)), name) if path else name
            if other != name:             # only outputs come after another file
                return tr("The output '{output}' would overwrite '{other}' ({path}): choose another file.").format(
                    output=self.parameterDefinition(name).description(),
                    other=self.parameterDefinition(other).description(), path=path)
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.profile import check_reportable
        from sozialplanung_plugin.processing import area_profile_report_layout as layout
        from sozialplanung_plugin.processing.area_profile_report_pages import area_pages, atlas_layers
        from sozialplanung_plugin.processing.convert import geometries_by_fid
        from sozialplanung_plugin.processing.messages import processing_error

        self.refuse_bad_parameters(parameters, context)
        areas, data = self.read_profiles(parameters, context, feedback)
        try:
            check_reportable(data)
        except InputError as err:
            raise processing_error(err, areas.layer) from None
        title = self.parameterAsString(parameters, TITLE, context) or tr("Sozialatlas")
        template = self.parameterAsFile(parameters, LAYOUT_TEMPLATE, context) or layout.DEFAULT_TEMPLATE
        pdf = self.parameterAsFileOutput(parameters, OUTPUT, context)
        has_geometry = QgsWkbTypes.geometryType(areas.source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        if not has_geometry:
            feedback.pushWarning(tr("Layer '{layer}' has no polygons: the report is made without maps.")
                                 .format(layer=areas.layer))
        made = area_pages(data, title, tempfile.mkdtemp(prefix="sozialatlas_"), feedback)
        if made is None:
            return {}
        pages, profiles = made
        # the areas as a layer of their own (selected features, filters, any provider) for the maps
        map_areas = areas.source.materialize(QgsFeatureRequest(), feedback)
        if map_areas is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        layers = atlas_layers(data, pages, profiles, geometries_by_fid(areas.source, areas.fids, areas.subset),
                              map_areas, areas.id_field, feedback)
        if layers is None:
            return {}
        project = QgsProject()                  # holds the layers while the layout draws them
        for lyr in (layers.pages, layers.table, layers.areas, layers.profile_rows):
            project.addMapLayer(lyr, False)
        atlas = layout.sozialatlas_layout(project, template, layers, has_geometry)
        if not layout.export_pdf(atlas, pdf, feedback):
            return {}
        feedback.pushInfo(tr("{n} pages written: the cover, {areas} area pages, {tables} table pages.").format(
            n=len(pages), areas=len(profiles), tables=len(pages) - len(profiles) - 1))
        outputs = {OUTPUT: pdf}
        table_path = self.parameterAsFileOutput(parameters, OUTPUT_TABLE, context)
        if table_path and parameters.get(OUTPUT_TABLE):
            layout.write_table(layers.table, table_path, context)
            outputs[OUTPUT_TABLE] = table_path
        return outputs

    def read_profiles(self, parameters, context, feedback):
        """The areas (an area_table.AreaTable: keys checked, the fields a profile shows) and their
        profiles' data (core.profile.AreaProfiles), the indicators named as the layer names them."""
        from sozialplanung_plugin.core.profile import profile_fields
        from sozialplanung_plugin.processing.area_table import read_area_table
        from sozialplanung_plugin.profile_data import profile_data

        source, layer = self.source_and_label(parameters, INPUT, context)
        fields = source.fields()
        chosen = parameter_as_strings(self, parameters, NAME_FIELD, context)
        name_field = self.field_name(fields, chosen[0], layer) if chosen else None
        names = self.numeric_field_names(fields, parameter_as_strings(self, parameters, FIELDS, context), layer)
        found = profile_fields(fields.names(), names)
        areas = read_area_table(self, parameters, context, feedback, INPUT, ID_FIELD,
                                found.to_read(names, name_field), progress=(0, 5))
        original = self.parameterAsVectorLayer(parameters, INPUT, context)    # aliases: the layer's own
        aliases = [original.attributeDisplayName(original.fields().lookupField(n)) if original is not None else n
                   for n in names]
        return areas, profile_data(areas.fids, areas.keys, areas.table.columns, found, names, aliases, name_field)
