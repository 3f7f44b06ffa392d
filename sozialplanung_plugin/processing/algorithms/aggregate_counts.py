"""sozialplanung:aggregate_counts — sum counts of small units per planning area."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
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
from qgis.PyQt.QtCore import QLocale

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
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core import aggregation
        from sozialplanung_plugin.core.errors import Canceled, InputError
        from sozialplanung_plugin.core.keys import keys_as_text
        from sozialplanung_plugin.core.point_in_polygon import locate_points
        from sozialplanung_plugin.processing.convert import (
            GEOMETRIES,
            NO_GEOMETRY,
            POINTS,
            area_measure,
            numeric_matrix,
            polygon_rings,
            read_features,
            read_source,
        )
        from sozialplanung_plugin.processing.messages import checked_area_keys, processing_error
        from sozialplanung_plugin.processing.overlay import overlay_pairs, valid_geometry
        from sozialplanung_plugin.processing.styles import StyleOnLoad

        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        areas = self.parameterAsSource(parameters, AREAS, context)
        if areas is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, AREAS))
        method = self.parameterAsEnum(parameters, METHOD, context)
        area_id = parameter_as_strings(self, parameters, AREA_ID, context)
        area_id = area_id[0] if area_id else ""
        input_key = parameter_as_strings(self, parameters, INPUT_KEY, context)
        input_key = input_key[0] if input_key else ""
        names = parameter_as_strings(self, parameters, FIELDS, context)
        src_name = self.layer_label(parameters, INPUT, context)
        area_name = self.layer_label(parameters, AREAS, context)

        # ---- check parameters against the layers ---------------------------
        src_fields, area_fields = source.fields(), areas.fields()
        area_id = self.field_name(area_fields, area_id, area_name, key_hint=True)
        if method == aggregation.BY_KEY:
            if not input_key:
                raise QgsProcessingException(
                    tr("The method 'By key field' needs the key field of the source units (INPUT_KEY)."))
            input_key = self.field_name(src_fields, input_key, src_name, key_hint=True)
        if not names:
            src_layer = self.parameterAsVectorLayer(parameters, INPUT, context)
            pk = set(src_layer.dataProvider().pkAttributeIndexes()) if src_layer is not None else set()
            skip = {input_key.lower(), COUNT_FIELD} | set(ID_FIELD_NAMES)
            names = [f.name() for i, f in enumerate(src_fields)
                     if f.isNumeric() and f.name().lower() not in skip and i not in pk]
            if not names:
                raise QgsProcessingException(
                    tr("Layer '{layer}' has no numeric fields to sum. Choose the count fields explicitly "
                       "or convert text columns to numbers.").format(layer=src_name))
            feedback.pushInfo(tr("Summing all numeric fields: {fields}").format(fields=", ".join(names)))
        names = list(dict.fromkeys(self.field_name(src_fields, n, src_name) for n in names))
        for n in names:
            idx = src_fields.lookupField(n)
            if n.lower() in (area_id.lower(), COUNT_FIELD):
                raise QgsProcessingException(
                    tr("The count field '{field}' has the same name as the area key or the unit count of the "
                       "output. Rename it (e.g. with the field calculator or 'Refactor fields') or leave it out.")
                    .format(field=n))
            if not src_fields.at(idx).isNumeric():
                raise QgsProcessingException(
                    tr("Layer '{layer}': the field '{field}' is of type {type}, not a number. Count fields "
                       "must be numeric; for a CSV, read the column as a number (German files: decimal comma "
                       "and thousands separator).")
                    .format(layer=src_name, field=n, type=src_fields.at(idx).typeName()))
        src_geom_type = QgsWkbTypes.geometryType(source.wkbType())
        if method != aggregation.BY_KEY and src_geom_type not in (QgsWkbTypes.GeometryType.PointGeometry,
                                                                   QgsWkbTypes.GeometryType.PolygonGeometry):
            raise QgsProcessingException(
                tr("Layer '{layer}' has no point or polygon geometry, so it cannot be located in the "
                   "areas. Use the method 'By key field' or a layer of points or polygons.")
                .format(layer=src_name))
        if source.featureCount() == 0:
            raise QgsProcessingException(
                tr("Layer '{layer}' has no features: there is nothing to aggregate.").format(layer=src_name))
        if areas.featureCount() == 0:
            raise QgsProcessingException(
                tr("Layer '{layer}' has no features: there are no areas to aggregate to.")
                .format(layer=area_name))
        is_points = src_geom_type == QgsWkbTypes.GeometryType.PointGeometry
        if method in (aggregation.LARGEST_OVERLAP, aggregation.APPORTION) and is_points:
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

        # ---- read ----------------------------------------------------------
        feedback.setProgressText(tr("Reading areas"))
        area_all = [f.name() for f in area_fields]
        area_tab = read_features(areas, area_all, context, None, with_geometry=True)
        area_keys = checked_area_keys(area_tab.columns[area_id], area_tab.fids, area_name, area_id)
        repaired = []
        for k, g in enumerate(area_tab.geometries):
            fixed, was_invalid = valid_geometry(g)
            if was_invalid:
                area_tab.geometries[k] = polygon_part(fixed)
                repaired.append(area_keys[k])
        if repaired:
            feedback.pushWarning(tr("Invalid area polygons repaired before use: {n} (keys: {keys}).")
                                 .format(n=len(repaired), keys=", ".join(repaired[:10])))

        feedback.setProgressText(tr("Reading source units"))
        wanted = list(names) + ([input_key] if method == aggregation.BY_KEY and input_key not in names else [])
        if method == aggregation.BY_KEY:
            geometry = NO_GEOMETRY
        elif method == aggregation.BY_LOCATION:
            geometry = POINTS
        else:
            geometry = GEOMETRIES
        tab = read_source(self.parameterAsVectorLayer(parameters, INPUT, context), self.subset_only(parameters, INPUT),
                          source, wanted,
                          context, feedback, geometry, crs, 0, 40)
        if feedback.isCanceled():
            return {}
        try:
            values = numeric_matrix(tab, names)
        except ValueError as err:
            raise QgsProcessingException(
                tr("Layer '{layer}': a count field holds a value that is not a number ({detail}).")
                .format(layer=src_name, detail=str(err))) from None
        try:
            aggregation.validate_counts(values, names, tab.fids)
        except InputError as err:
            raise processing_error(err, src_name) from None

        # ---- assign ----------------------------------------------------------
        reason = {}
        feedback.setProgressText(tr("Assigning units to areas"))
        try:
            if method == aggregation.BY_KEY:
                src_keys = keys_as_text(tab.columns[input_key])
                explain_key_mismatch(src_keys, area_keys, tab.field_types.get(input_key), input_key, area_id,
                                     src_name, area_name, feedback)
                assign = aggregation.index_by_key(src_keys, area_keys)
                result = aggregation.sum_by_assignment(assign, values, len(area_keys))
                for k in np.nonzero(assign < 0)[0]:
                    reason[k] = tr("key is NULL") if src_keys[k] is None else tr("key not found in the areas")
            elif method == aggregation.BY_LOCATION:
                xy = tab.xy
                rings = [polygon_rings(g) for g in area_tab.geometries]
                ok = ~np.isnan(xy[:, 0])
                assign = np.full(len(tab), -1, dtype=np.int64)
                located, n_multi = locate_points(
                    xy[ok, 0], xy[ok, 1], rings,
                    progress=lambda f: feedback.setProgress(40 + 50 * f),
                    is_canceled=feedback.isCanceled)
                assign[ok] = located
                if n_multi:
                    feedback.pushWarning(tr("Units lying in more than one area (the areas overlap): {n}. "
                                            "Each is counted once, for the first of these areas.").format(n=n_multi))
                result = aggregation.sum_by_assignment(assign, values, len(area_keys))
                for k in np.nonzero(assign < 0)[0]:
                    reason[k] = tr("no geometry") if not ok[k] else tr("outside all areas")
            else:
                src_geoms = []
                n_fixed = 0
                for g in tab.geometries:
                    fixed, was_invalid = valid_geometry(g)
                    n_fixed += was_invalid
                    src_geoms.append(fixed)
                if n_fixed:
                    feedback.pushWarning(tr("Invalid source polygons repaired before use: {n}.")
                                         .format(n=n_fixed))
                s_idx, a_idx, overlap, src_area = overlay_pairs(
                    src_geoms, area_tab.geometries, area_measure(crs, context), feedback, 40, 90,
                    first_containing_only=method == aggregation.LARGEST_OVERLAP)
                if feedback.isCanceled():
                    return {}
                if method == aggregation.LARGEST_OVERLAP:
                    assign = aggregation.largest_overlap(s_idx, a_idx, overlap, len(tab))
                    result = aggregation.sum_by_assignment(assign, values, len(area_keys))
                else:
                    result = aggregation.apportion(s_idx, a_idx, overlap, src_area, values, len(area_keys))
                    n_over = aggregation.shares_exceeding_one(s_idx, overlap, src_area)
                    if n_over:
                        feedback.pushWarning(tr("Units covered by overlapping areas: {n}. Their shares were "
                                                "scaled so that nothing is counted twice.").format(n=n_over))
                for k in np.nonzero(result.unassigned_share > 1e-12)[0]:
                    if src_area[k] <= 0:
                        reason[k] = tr("no geometry or zero area")
                    elif result.unassigned_share[k] >= 1 - 1e-12:
                        reason[k] = tr("outside all areas")
                    else:
                        reason[k] = tr("partly outside all areas")
        except Canceled:
            return {}

        # ---- report ----------------------------------------------------------
        for col, rows in result.null_counts.items():
            feedback.pushWarning(
                tr("Field '{field}': NULL values not counted: {n} (features {rows}).").format(
                    field=names[col], n=result.null_totals[col],
                    rows=", ".join(str(tab.fids[r]) for r in rows)))
        preserved = result.totals_preserved()
        feedback.pushInfo(tr("Totals (input = areas + unassigned):"))
        decimals = 2 if method == aggregation.APPORTION else 0
        for j, n in enumerate(names):
            feedback.pushInfo("  {}: {} = {} + {} {}".format(
                n, *(format_number(v, decimals) for v in (result.input_totals[j], result.area_totals[j],
                                                          result.unassigned_totals[j])),
                "✓" if preserved[j] else "✗"))
        if not preserved.all():
            raise QgsProcessingException(tr("Internal error: totals were not preserved. Please report this."))
        n_unassigned = int(np.count_nonzero(result.unassigned_share > 1e-12))
        if n_unassigned:
            feedback.pushWarning(tr("Units not (fully) assigned to an area: {n} of {total}.")
                                 .format(n=n_unassigned, total=len(tab)))

        # ---- confidentiality ---------------------------------------------------
        min_count = self.parameterAsInt(parameters, MIN_COUNT, context)
        group_fields = [self.field_name(area_fields, g, area_name)
                        for g in parameter_as_strings(self, parameters, GROUP_FIELDS, context)]
        suppressed = protect_counts(result.sums, min_count, [area_tab.columns[g] for g in group_fields],
                                    names, area_keys, feedback)

        # ---- write -----------------------------------------------------------
        integer = [tab.field_types[n] in INTEGER_TYPES and method != aggregation.APPORTION for n in names]
        out_fields = QgsFields()
        kept = []
        taken = {n.lower() for n in names} | {COUNT_FIELD, SUPPRESSED_FIELD}
        key_name = area_id if area_id.lower() != "fid" else "area_id"   # GeoPackage reserves "fid"
        for i, f in enumerate(area_fields):
            if f.name() == area_id:
                out_fields.append(QgsField(key_name, FieldType.String, "string", 0))
            elif f.name().lower() in taken or f.name().lower() == "fid" and key_name == "area_id":
                feedback.pushInfo(tr("The area field '{field}' is replaced by the sum of the same name.")
                                  .format(field=f.name()))
                continue
            else:
                out_fields.append(QgsField(f))
            kept.append(i)
        for n, is_int in zip(names, integer):
            out_fields.append(QgsField(n, FieldType.LongLong if is_int else FieldType.Double))
        out_fields.append(QgsField(COUNT_FIELD, FieldType.Int))
        if suppressed is not None:
            out_fields.append(QgsField(SUPPRESSED_FIELD, FieldType.String))
        assert out_fields.count() == len(kept) + len(names) + 1 + (suppressed is not None), "field names unique"
        out_type = QgsWkbTypes.multiType(areas.wkbType())
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, out_fields, out_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        key_pos = area_fields.lookupField(area_id)
        for a in range(len(area_keys)):
            feat = QgsFeature(out_fields)
            feat.setGeometry(polygon_part(area_tab.geometries[a]))
            attrs = [area_keys[a] if i == key_pos else area_tab.columns[area_all[i]][a] for i in kept]
            for j, is_int in enumerate(integer):
                v = result.sums[a, j]
                if suppressed is not None and suppressed[a, j]:
                    attrs.append(None)
                else:
                    attrs.append(int(round(v)) if is_int else float(v))
            attrs.append(int(result.unit_counts[a]))
            if suppressed is not None:
                attrs.append(",".join(n for j, n in enumerate(names) if suppressed[a, j]) or None)
            feat.setAttributes(attrs)
            self.write_features(sink, [feat], OUTPUT)
        outputs = {OUTPUT: dest_id}

        if parameters.get(OUTPUT_UNASSIGNED):
            un_fields = QgsFields(src_fields)
            un_fields.append(QgsField("reason", FieldType.String))
            un_fields.append(QgsField("unassigned_share", FieldType.Double))
            un_sink, un_id = self.parameterAsSink(parameters, OUTPUT_UNASSIGNED, context, un_fields,
                                                  source.wkbType(), crs if method != aggregation.BY_KEY
                                                  else source.sourceCrs())
            if un_sink is not None:
                wanted_ids = {tab.fids[k]: k for k in reason}
                if wanted_ids:
                    req = QgsFeatureRequest().setFilterFids(list(wanted_ids))
                    if method != aggregation.BY_KEY:
                        req.setDestinationCrs(crs, context.transformContext())
                    for f in source.getFeatures(req, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
                        k = wanted_ids[f.id()]
                        out = QgsFeature(un_fields)
                        out.setGeometry(f.geometry())
                        out.setAttributes(f.attributes() + [reason[k], float(result.unassigned_share[k])])
                        self.write_features(un_sink, [out], OUTPUT_UNASSIGNED)
                outputs[OUTPUT_UNASSIGNED] = un_id

        StyleOnLoad.attach(context, dest_id, names[0],
                           {COUNT_FIELD: tr("Number of source units")})
        feedback.setProgress(100)
        return outputs


def protect_counts(sums, min_count, groups, names, keys, feedback):
    """Cells (area x field) published as NULL: primary (1 to below min_count) and secondary, so that
    no confidential sum can be recovered from the published totals. None when min_count is 0."""
    if min_count <= 0:
        return None
    import numpy as np

    from sozialplanung_plugin.core.secondary_suppression import secondary_suppression

    levels = [list(g) for g in groups] + [["town"] * len(keys)]
    out = np.zeros(sums.shape, dtype=bool)
    n_primary = n_secondary = 0
    for j, name in enumerate(names):
        values = sums[:, j]
        primary = (values > 0) & (values < min_count)
        if not primary.any():
            continue
        res = secondary_suppression(values, primary, levels, min_count)
        out[:, j] = primary | res.secondary
        n_primary += int(primary.sum())
        n_secondary += int(res.secondary.sum())
        if res.unprotectable:
            feedback.pushWarning(tr("Field '{field}': the confidential sum of areas {keys} follows from a published "
                                    "total (e.g. the only area of its group); do not publish that group's total.")
                                 .format(field=name, keys=", ".join(keys[i] for i in res.unprotectable)))
    feedback.pushInfo(tr("Confidentiality: {p} sums from 1 to {m} published as NULL, {s} more to protect them "
                         "against the published totals; see the field suppressed_fields.")
                      .format(p=n_primary, m=min_count - 1, s=n_secondary))
    return out


def polygon_part(geom):
    """Only the polygonal part, as multipolygon (make valid can return a geometry collection)."""
    if geom is None or geom.isNull():
        return geom
    if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        parts = [g for g in geom.asGeometryCollection()
                 if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry]
        geom = QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
    if not geom.isNull():
        geom.convertToMultiType()
    return geom


def format_number(value, decimals):
    """A total in the UI's number format (37.873 in German, 37,873 in English)."""
    return QLocale().toString(float(value), "f", decimals)


def explain_key_mismatch(src_keys, area_keys, src_type, input_key, area_id, src_name, area_name, feedback):
    """Explain keys that do not match, above all leading zeros lost in a numeric key."""
    from sozialplanung_plugin.core.keys import diagnose_mismatch

    diag = diagnose_mismatch(src_keys, area_keys)
    if diag.n_unmatched == 0:
        return
    numeric_src = src_type in INTEGER_TYPES + (FieldType.Double,)
    if diag.zeros_lost:
        raise QgsProcessingException(
            tr("The keys of '{src}' (field '{skey}'{kind}) lost their leading zeros: '{example_src}' "
               "should be '{example_area}' as in '{areas}' (field '{akey}'). {n} of {total} units do "
               "not match for this reason. Import the table again with the key column as text "
               "(in the CSV import: field type 'text'), or build the key with lpad().")
            .format(src=src_name, skey=input_key,
                    kind=tr(", a number field") if numeric_src else "",
                    example_src=diag.zeros_example["source"], example_area=diag.zeros_example["area"],
                    areas=area_name, akey=area_id, n=diag.n_matched_without_zeros,
                    total=diag.n_source))
    if diag.n_matched == 0:
        raise QgsProcessingException(
            tr("None of the keys in '{src}' (field '{skey}') matches a key in '{areas}' (field "
               "'{akey}'); for example '{example}'. Check that both fields hold the same kind of key.")
            .format(src=src_name, skey=input_key, areas=area_name, akey=area_id,
                    example=(diag.unmatched_examples or ["NULL"])[0]))
    feedback.pushWarning(
        tr("Units whose key is not in '{areas}': {n} (e.g. {examples}). They are listed as "
           "unassigned.").format(n=diag.n_unmatched, areas=area_name,
                                 examples=", ".join(f"'{k}'" for k in diag.unmatched_examples)))
