"""sozialplanung:aggregate_counts — sum counts of small units per planning area."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import INTEGER_TYPES, FieldType, parameter_as_strings
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
FIELDS = "FIELDS"
AREAS = "AREAS"
AREA_ID = "AREA_ID"
METHOD = "METHOD"
INPUT_KEY = "INPUT_KEY"
OUTPUT = "OUTPUT"
OUTPUT_UNASSIGNED = "OUTPUT_UNASSIGNED"
MIN_COUNT = "MIN_COUNT"
GROUP_FIELDS = "GROUP_FIELDS"

COUNT_FIELD = "n_units"
SUPPRESSED_FIELD = "suppressed_fields"
ID_FIELD_NAMES = ("fid", "ogc_fid", "objectid", "gid")


def method_names():
    return [tr("By key field"),
            tr("By location: point in polygon / polygon centroid"),
            tr("By location: largest overlap"),
            tr("Area-weighted apportioning")]


class AggregateCounts(SozialplanungAlgorithm):
    GROUP_ID = "counts"
    REQUIRES = ("numpy",)

    def name(self):
        return "aggregate_counts"

    def displayName(self):  # noqa: N802
        return tr("Aggregate counts to planning areas")

    def tags(self):
        return tr("sum,aggregate,Sozialraum,Baublock,address,count,join,Zählwerte,summieren").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Sums counts (residents by age, SGB II beneficiaries, households and more) of small units "
            "— addresses, buildings, Baublöcke — for each planning area (statistischer Bezirk, "
            "Sozialraum, Stadtteil).</p>"
            "<h3>Methods</h3><ul>"
            "<li><b>By key field</b>: the unit's key (<i>Key field in the source units</i>) equals the "
            "area key (<i>Area key field</i>). Keys are compared as text exactly: '010203' is not "
            "'10203'. If leading zeros were lost (a key read as a number), the algorithm stops and "
            "says so.</li>"
            "<li><b>By location: point in polygon / polygon centroid</b>: a point counts for the area "
            "that contains it; a polygon for the area containing its centroid (a point on its surface "
            "if the centroid lies outside it). A point on a boundary shared by two areas counts "
            "exactly once.</li>"
            "<li><b>By location: largest overlap</b>: a polygon counts wholly for the area it overlaps "
            "most (ties: the area that comes first). Points are located as above.</li>"
            "<li><b>Area-weighted apportioning</b>: a polygon's counts are split between areas in "
            "proportion to the overlapping area (results are then decimal numbers). Points are "
            "located as above.</li></ul>"
            "<h3>Results</h3><p><i>Areas with sums</i> has every area with its attributes (the area key "
            "as text), one sum per count field (integer fields stay integers except with "
            "apportioning) and <i>n_units</i>, the number of source units counted. Units that cannot "
            "be assigned to any area go to <i>Unassigned units</i> with the reason. The log shows for "
            "every field that the total is preserved: sum over areas + unassigned = input total.</p>"
            "<h3>Data handling</h3><p>NULL counts add nothing and are reported; negative counts stop "
            "the algorithm. If the layers have different CRSs, the source units are reprojected to the "
            "CRS of the planning areas. With a geographic CRS, overlaps are measured on the ellipsoid. "
            "Invalid polygons are repaired (make valid) and reported. The input layers are never "
            "changed.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(
            INPUT, tr("Source units with counts"),
            [QgsProcessing.SourceType.TypeVector])
        p.setHelp(tr("Addresses, buildings or Baublöcke (points or polygons) with counts; a table without geometry "
                     "works with the key method."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            FIELDS, tr("Count fields (empty: all numeric)"), None, INPUT,
            QgsProcessingParameterField.DataType.Numeric, allowMultiple=True, optional=True)
        p.setHelp(tr("Numeric fields of the source units to be summed per area; empty: all numeric fields "
                     "except ids and the key."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            AREAS, tr("Planning areas"), [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(tr("Polygons of the planning areas (Sozialräume, statistical districts, Baublöcke); every "
                     "area appears in the output."))
        self.addParameter(p)
        p = QgsProcessingParameterField(AREA_ID, tr("Area key field"), None, AREAS,
                                        QgsProcessingParameterField.DataType.Any)
        p.setHelp(tr("Unique key of each area, e.g. '0102'. Written to the output as text."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(METHOD, tr("Method"), method_names(), defaultValue=1)
        p.setHelp(tr("How a source unit is matched to an area: 0 by key field, 1 point in polygon / "
                     "centroid, 2 largest overlap, 3 area-weighted apportioning."))
        self.addParameter(p)
        p = QgsProcessingParameterField(INPUT_KEY, tr("Key field in the source units (key method)"),
                                        None, INPUT, QgsProcessingParameterField.DataType.Any, optional=True)
        p.setHelp(tr("Field of the source units holding the key of their area; needed for the key method."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            OUTPUT, tr("Areas with sums"), QgsProcessing.SourceType.TypeVectorPolygon))
        p = QgsProcessingParameterFeatureSink(
            OUTPUT_UNASSIGNED, tr("Unassigned units"), QgsProcessing.SourceType.TypeVectorAnyGeometry,
            optional=True, createByDefault=False)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(MIN_COUNT, tr("Confidentiality: minimum count"),
                                         QgsProcessingParameterNumber.Type.Integer, 0, minValue=0)
        p.setHelp(tr("0: no suppression. Otherwise sums from 1 to below this are published as NULL, and further "
                     "areas are suppressed so that none can be recovered from published totals."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterField(GROUP_FIELDS, tr("Confidentiality: published totals by"), None, AREAS,
                                        QgsProcessingParameterField.DataType.Any, allowMultiple=True, optional=True)
        p.setHelp(tr("Area fields whose groups have published totals, e.g. stadtteil_id; the town total is always "
                     "assumed published."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)

    # ------------------------------------------------------------------
    def parameter_problem(self, parameters, context):
        from sozialplanung_plugin.core.aggregation import BY_KEY

        if self.parameterAsEnum(parameters, METHOD, context) == BY_KEY and \
                not parameter_as_strings(self, parameters, INPUT_KEY, context):
            return tr("The method 'By key field' needs the key field of the source units (INPUT_KEY).")
        return count_field_clash(parameter_as_strings(self, parameters, FIELDS, context),
                                 (parameter_as_strings(self, parameters, AREA_ID, context) or [""])[0])

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.errors import Canceled
        from sozialplanung_plugin.processing.aggregate_counts_assignment import assign_units, report_totals
        from sozialplanung_plugin.processing.styles import StyleOnLoad

        self.refuse_bad_parameters(parameters, context)
        job = self._job(parameters, context, feedback)
        feedback.setProgressText(tr("Reading areas"))
        area_tab, area_keys = read_areas(job, context, feedback)
        feedback.setProgressText(tr("Reading source units"))
        tab, values = self._read_units(parameters, context, feedback, job)
        if tab is None:
            return {}
        feedback.setProgressText(tr("Assigning units to areas"))
        try:
            assigned = assign_units(job, tab, values, area_tab, area_keys, context, feedback)
        except Canceled:
            return {}
        if assigned is None:
            return {}
        result, reason = assigned
        report_totals(feedback, job, tab, result)
        suppressed = protect_counts(result.sums, self.parameterAsInt(parameters, MIN_COUNT, context),
                                    [area_tab.columns[g] for g in job.group_fields], job.names, area_keys, feedback)
        dest_id = self._write_areas(parameters, context, feedback, job, area_tab, area_keys, tab, result, suppressed)
        if dest_id is None:
            return {}
        outputs = {OUTPUT: dest_id}
        if parameters.get(OUTPUT_UNASSIGNED):
            written, un_id = self._write_unassigned(parameters, context, feedback, job, tab, reason, result)
            if not written:
                return {}
            if un_id is not None:
                outputs[OUTPUT_UNASSIGNED] = un_id
        StyleOnLoad.attach(context, dest_id, job.names[0], {COUNT_FIELD: tr("Number of source units")})
        feedback.setProgress(100)
        return outputs

    def _job(self, parameters, context, feedback):
        """The layers, method, key and count fields of the run, checked against the layers."""
        from sozialplanung_plugin.core import aggregation
        from sozialplanung_plugin.processing.messages import no_features

        source, src_name = self.source_and_label(parameters, INPUT, context)
        areas, area_name = self.source_and_label(parameters, AREAS, context)
        method = self.parameterAsEnum(parameters, METHOD, context)
        src_fields, area_fields = source.fields(), areas.fields()
        area_id = self.field_name(area_fields, (parameter_as_strings(self, parameters, AREA_ID, context) or [""])[0],
                                  area_name, key_hint=True)
        input_key = (parameter_as_strings(self, parameters, INPUT_KEY, context) or [""])[0]
        if method == aggregation.BY_KEY:
            input_key = self.field_name(src_fields, input_key, src_name, key_hint=True)
        names = parameter_as_strings(self, parameters, FIELDS, context) or \
            self._default_count_fields(parameters, context, src_fields, input_key, src_name, feedback)
        names = list(dict.fromkeys(self.field_name(src_fields, n, src_name) for n in names))
        clash = count_field_clash(names, area_id)
        if clash:
            raise QgsProcessingException(clash)
        names = self.numeric_field_names(src_fields, names, src_name)
        src_geom_type = QgsWkbTypes.geometryType(source.wkbType())
        if method != aggregation.BY_KEY and src_geom_type not in (QgsWkbTypes.GeometryType.PointGeometry,
                                                                   QgsWkbTypes.GeometryType.PolygonGeometry):
            raise QgsProcessingException(
                tr("Layer '{layer}' has no point or polygon geometry, so it cannot be located in the "
                   "areas. Use the method 'By key field' or a layer of points or polygons.")
                .format(layer=src_name))
        if source.featureCount() == 0:
            raise no_features(src_name, tr("There is nothing to aggregate."))
        if areas.featureCount() == 0:
            raise no_features(area_name, tr("There are no areas to aggregate to."))
        if method in (aggregation.LARGEST_OVERLAP, aggregation.APPORTION) and \
                src_geom_type == QgsWkbTypes.GeometryType.PointGeometry:
            feedback.pushInfo(tr("The source units are points: each point counts for the area "
                                 "that contains it."))
            method = aggregation.BY_LOCATION
        crs = areas.sourceCrs()
        if method != aggregation.BY_KEY and source.sourceCrs() != crs:
            feedback.pushInfo(tr("Reprojecting '{layer}' from {src} to {dst}, the CRS of the areas.")
                              .format(layer=src_name, src=source.sourceCrs().authid(), dst=crs.authid()))
        if method != aggregation.BY_KEY and crs.isGeographic():
            feedback.pushInfo(tr("The areas have a geographic CRS ({crs}); areas of overlap are measured "
                                 "on the ellipsoid.").format(crs=crs.authid()))
        group_fields = [self.field_name(area_fields, g, area_name)
                        for g in parameter_as_strings(self, parameters, GROUP_FIELDS, context)]
        return Job(source, areas, src_name, area_name, method, area_id, input_key, names, crs, group_fields)

    def _default_count_fields(self, parameters, context, fields, input_key, layer, feedback):
        """Every numeric field except ids, the key and the layer's primary key."""
        src_layer = self.parameterAsVectorLayer(parameters, INPUT, context)
        pk = set(src_layer.dataProvider().pkAttributeIndexes()) if src_layer is not None else set()
        skip = {input_key.lower(), COUNT_FIELD} | set(ID_FIELD_NAMES)
        names = [f.name() for i, f in enumerate(fields)
                 if f.isNumeric() and f.name().lower() not in skip and i not in pk]
        if not names:
            raise QgsProcessingException(
                tr("Layer '{layer}' has no numeric fields to sum. Choose the count fields explicitly "
                   "or convert text columns to numbers.").format(layer=layer))
        feedback.pushInfo(tr("Summing all numeric fields: {fields}").format(fields=", ".join(names)))
        return names

    def _read_units(self, parameters, context, feedback, job):
        """The source units with what the method needs (key, points or geometries, in the areas' CRS) and
        their counts (units x fields); (None, None) if the user cancelled."""
        from sozialplanung_plugin.core import aggregation
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.convert import GEOMETRIES, NO_GEOMETRY, POINTS, numeric_matrix, read_source
        from sozialplanung_plugin.processing.messages import processing_error

        by_key = job.method == aggregation.BY_KEY
        wanted = list(job.names) + ([job.input_key] if by_key and job.input_key not in job.names else [])
        geometry = NO_GEOMETRY if by_key else POINTS if job.method == aggregation.BY_LOCATION else GEOMETRIES
        tab = read_source(self.parameterAsVectorLayer(parameters, INPUT, context), self.subset_only(parameters, INPUT),
                          job.source, wanted, context, feedback, geometry, job.crs, 0, 40)
        if feedback.isCanceled():
            return None, None
        try:
            values = numeric_matrix(tab, job.names)
        except ValueError as err:
            raise QgsProcessingException(
                tr("Layer '{layer}': a count field holds a value that is not a number ({detail}).")
                .format(layer=job.src_name, detail=str(err))) from None
        try:
            aggregation.validate_counts(values, job.names, tab.fids)
        except InputError as err:
            raise processing_error(err, job.src_name) from None
        return tab, values

    def _write_areas(self, parameters, context, feedback, job, area_tab, area_keys, tab, result, suppressed):
        """Every area with its attributes (the key as text) and the sums; the destination id, None if cancelled."""
        from sozialplanung_plugin.core import aggregation
        from sozialplanung_plugin.processing.overlay import polygon_part

        integer = [tab.field_types[n] in INTEGER_TYPES and job.method != aggregation.APPORTION for n in job.names]
        fields, kept = area_output_fields(job, integer, suppressed is not None, feedback)
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields,
                                             QgsWkbTypes.multiType(job.areas.wkbType()), job.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        key_pos = job.areas.fields().lookupField(job.area_id)
        columns = [f.name() for f in job.areas.fields()]

        def features():
            for a in range(len(area_keys)):
                feat = QgsFeature(fields)
                feat.setGeometry(polygon_part(area_tab.geometries[a]))
                attrs = [area_keys[a] if i == key_pos else area_tab.columns[columns[i]][a] for i in kept]
                for j, is_int in enumerate(integer):
                    v = result.sums[a, j]
                    attrs.append(None if suppressed is not None and suppressed[a, j] else
                                 int(round(v)) if is_int else float(v))
                attrs.append(int(result.unit_counts[a]))
                if suppressed is not None:
                    attrs.append(",".join(n for j, n in enumerate(job.names) if suppressed[a, j]) or None)
                feat.setAttributes(attrs)
                yield feat

        return dest_id if self.write_batched(sink, features(), len(area_keys), OUTPUT, feedback, (90, 100)) else None

    def _write_unassigned(self, parameters, context, feedback, job, tab, reason, result):
        """The units not (fully) assigned, with the reason and the share left over: (False if the user
        cancelled, the destination id or None)."""
        from sozialplanung_plugin.core import aggregation

        fields = QgsFields(job.source.fields())
        fields.append(QgsField("reason", FieldType.String))
        fields.append(QgsField("unassigned_share", FieldType.Double))
        by_key = job.method == aggregation.BY_KEY
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT_UNASSIGNED, context, fields, job.source.wkbType(),
                                             job.source.sourceCrs() if by_key else job.crs)
        if sink is None:
            return True, None
        row_of = {tab.fids[k]: k for k in reason}
        request = QgsFeatureRequest().setFilterFids(list(row_of))
        if not by_key:
            request.setDestinationCrs(job.crs, context.transformContext())

        def features():
            for f in job.source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
                k = row_of[f.id()]
                out = QgsFeature(fields)
                out.setGeometry(f.geometry())
                out.setAttributes(f.attributes() + [reason[k], float(result.unassigned_share[k])])
                yield out

        written = not row_of or self.write_batched(sink, features(), len(row_of), OUTPUT_UNASSIGNED, feedback,
                                                   (95, 100))
        return written, dest_id


@dataclass
class Job:
    """What a run needs from the parameters, checked against the layers."""

    source: object                # QgsProcessingFeatureSource of the units
    areas: object                 # ... of the planning areas
    src_name: str                 # how messages name the layers
    area_name: str
    method: int                   # core.aggregation.BY_KEY ... (points: BY_LOCATION for the overlap methods)
    area_id: str
    input_key: str
    names: List[str]              # the count fields
    crs: object                   # the areas' CRS, where the units are located
    group_fields: List[str]       # area fields whose groups have published totals


def count_field_clash(names, area_id) -> str:
    """A message if a count field would have the name of the area key or the unit count of the output."""
    for n in names:
        if n.lower() in (area_id.lower(), COUNT_FIELD):
            return tr("The count field '{field}' has the same name as the area key or the unit count of the "
                      "output. Rename it (e.g. with the field calculator or 'Refactor fields') or leave it out."
                      ).format(field=n)
    return ""


def read_areas(job, context, feedback):
    """The areas with all attributes and their geometries (invalid ones repaired), and their keys as text."""
    from sozialplanung_plugin.processing.convert import read_features
    from sozialplanung_plugin.processing.messages import checked_area_keys
    from sozialplanung_plugin.processing.overlay import repaired

    tab = read_features(job.areas, [f.name() for f in job.areas.fields()], context, None, with_geometry=True)
    keys = checked_area_keys(tab.columns[job.area_id], tab.fids, job.area_name, job.area_id)
    tab.geometries, fixed = repaired(tab.geometries, polygons_only=True)
    if fixed:
        feedback.pushWarning(tr("Invalid area polygons repaired before use: {n} (keys: {keys}).")
                             .format(n=len(fixed), keys=", ".join(keys[k] for k in fixed[:10])))
    return tab, keys


def protect_counts(sums, min_count, groups, names, keys, feedback):
    """Cells (area x field) published as NULL: primary (1 to below min_count) and secondary, so that
    no confidential sum can be recovered from the published totals. None when min_count is 0."""
    if min_count <= 0:
        return None
    from sozialplanung_plugin.core.secondary_suppression import small_counts
    from sozialplanung_plugin.processing.suppression import protect_against_totals

    primary = small_counts(sums, min_count)
    table = protect_against_totals(sums, primary, groups, min_count, keys, names, feedback)
    feedback.pushInfo(tr("Confidentiality: {p} sums from 1 to {m} published as NULL, {s} more to protect them "
                         "against the published totals; see the field suppressed_fields.")
                      .format(p=int(primary.sum()), m=min_count - 1, s=table.n_secondary))
    return primary | table.secondary


def area_output_fields(job, integer, with_suppressed, feedback):
    """The output fields (the area fields with the key as text, one sum per count field, the unit count and,
    with suppression, the suppressed fields) and the positions of the area fields kept."""
    fields = QgsFields()
    kept = []
    taken = {n.lower() for n in job.names} | {COUNT_FIELD, SUPPRESSED_FIELD}
    key_name = job.area_id if job.area_id.lower() != "fid" else "area_id"   # GeoPackage reserves "fid"
    for i, f in enumerate(job.areas.fields()):
        if f.name() == job.area_id:
            fields.append(QgsField(key_name, FieldType.String, "string", 0))
        elif f.name().lower() in taken or f.name().lower() == "fid" and key_name == "area_id":
            feedback.pushInfo(tr("The area field '{field}' is replaced by the sum of the same name.")
                              .format(field=f.name()))
            continue
        else:
            fields.append(QgsField(f))
        kept.append(i)
    for n, is_int in zip(job.names, integer):
        fields.append(QgsField(n, FieldType.LongLong if is_int else FieldType.Double))
    fields.append(QgsField(COUNT_FIELD, FieldType.Int))
    if with_suppressed:
        fields.append(QgsField(SUPPRESSED_FIELD, FieldType.String))
    assert fields.count() == len(kept) + len(job.names) + 1 + with_suppressed, "field names unique"
    return fields, kept
