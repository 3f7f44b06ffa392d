"""sozialplanung:distribute_population — area totals onto buildings or addresses."""
from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

AREAS = "AREAS"
AREA_ID = "AREA_ID"
FIELDS = "FIELDS"
TARGETS = "TARGETS"
WEIGHT = "WEIGHT"
FILTER = "FILTER"
OUTPUT = "OUTPUT"
OUTPUT_MISSING = "OUTPUT_MISSING"


class DistributePopulation(SozialplanungAlgorithm):
    GROUP_ID = "accessibility"
    REQUIRES = ("numpy",)

    def name(self):
        return "distribute_population"

    def displayName(self):  # noqa: N802
        return tr("Distribute area totals to buildings")

    def tags(self):
        return tr("disaggregation,Verteilung,Gebäude,buildings,addresses,Adressen,dasymetric,largest remainder"
                  ).split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Many municipalities have counts per Sozialraum or Baublock, not per address. This algorithm shares "
            "each area's counts (several fields, e.g. age groups) out onto the residential buildings or addresses "
            "inside it, in proportion to a <i>weight</i> expression — e.g. <i>$area * \"geschosse\"</i> "
            "(footprint × storeys) or <i>1</i> (one share per address) — optionally only for the targets a "
            "<i>filter</i> expression selects (e.g. <i>\"nutzung\" = 'Wohnen'</i>).</p>"
            "<p>The results are whole persons by the largest-remainder method within each area, so every area's "
            "total is preserved exactly, field by field. A target belongs to the area containing its point (for "
            "buildings a point on their surface). Areas with counts but no target (or only targets of weight 0) "
            "are listed in the log and in the optional output of areas without targets: their persons are not "
            "distributed.</p>"
            "<p>The result has one point per target with the target's fields, the area key and the distributed "
            "counts — ready for <i>Population within reach of facilities</i>.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(AREAS, tr("Areas with counts"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(tr("Sozialräume or Baublöcke with the counts to distribute."))
        self.addParameter(p)
        p = QgsProcessingParameterField(AREA_ID, tr("Area key field"), None, AREAS,
                                        QgsProcessingParameterField.DataType.Any)
        p.setHelp(tr("Unique key of each area, kept as text."))
        self.addParameter(p)
        p = QgsProcessingParameterField(FIELDS, tr("Count fields"), None, AREAS,
                                        QgsProcessingParameterField.DataType.Numeric,
                                        allowMultiple=True)
        p.setHelp(tr("Whole counts per area, e.g. ew_0_2, ew_3_5, ew_6_9."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(TARGETS, tr("Buildings or addresses"),
                                                [QgsProcessing.SourceType.TypeVectorPoint,
                                                 QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(tr("Residential buildings (polygons) or addresses (points)."))
        self.addParameter(p)
        p = QgsProcessingParameterExpression(WEIGHT, tr("Weight"), "1", TARGETS)
        p.setHelp(tr("Expression per target, >= 0: e.g. 1, \"wohnungen\", $area * \"geschosse\"."))
        self.addParameter(p)
        p = QgsProcessingParameterExpression(FILTER, tr("Only targets where"), parentLayerParameterName=TARGETS,
                                             optional=True)
        p.setHelp(tr("Optional filter, e.g. \"nutzung\" = 'Wohnen'; other targets get nothing."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Distributed population"),
                                                            QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT_MISSING, tr("Areas without targets"),
                                                            QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
                                                            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core.distribution import distribute
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.point_in_polygon import locate_points
        from sozialplanung_plugin.processing.convert import (
            GEOMETRIES,
            numeric_matrix,
            plain,
            point_xy,
            polygon_rings,
            read_source,
        )
        from sozialplanung_plugin.processing.messages import checked_area_keys

        areas, area_label = self.source_and_label(parameters, AREAS, context)
        targets, target_label = self.source_and_label(parameters, TARGETS, context)
        for src, label in ((areas, area_label), (targets, target_label)):
            if src.featureCount() == 0:
                raise QgsProcessingException(tr("Layer '{layer}' has no features.").format(layer=label))
        area_id = self.field_name(areas.fields(), (parameter_as_strings(self, parameters, AREA_ID, context) or [""])[0],
                                  area_label, key_hint=True)
        names = [self.field_name(areas.fields(), n, area_label)
                 for n in parameter_as_strings(self, parameters, FIELDS, context)]
        if not names:
            raise QgsProcessingException(tr("Choose the count fields."))
        for n in names:
            if not areas.fields().at(areas.fields().lookupField(n)).isNumeric():
                raise QgsProcessingException(tr("Layer '{layer}': the field '{field}' is not numeric.")
                                             .format(layer=area_label, field=n))
        crs = targets.sourceCrs()
        area_tab = read_source(self.parameterAsVectorLayer(parameters, AREAS, context),
                               self.subset_only(parameters, AREAS), areas, [area_id] + names, context, feedback,
                               GEOMETRIES, crs, 0, 20)
        keys = checked_area_keys(area_tab.columns[area_id], area_tab.fids, area_label, area_id)
        totals = numeric_matrix(area_tab, names)

        # targets: attributes, points, weight and filter (QGIS expressions, evaluated per feature)
        weight_text = self.parameterAsExpression(parameters, WEIGHT, context) or "1"
        filter_text = (self.parameterAsExpression(parameters, FILTER, context) or "").strip()
        exprs = []
        for text in (weight_text, filter_text):
            e = QgsExpression(text) if text else None
            if e is not None and e.hasParserError():
                raise QgsProcessingException(tr("The expression '{expr}' is not valid: {error}")
                                             .format(expr=text, error=e.parserErrorString()))
            exprs.append(e)
        ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(
            self.parameterAsVectorLayer(parameters, TARGETS, context)))
        for e in exprs:
            if e is not None:
                e.prepare(ctx)
        # the targets' own fields, except those the result writes (they are replaced)
        new_names = {n.lower() for n in [area_id] + names}
        kept = [i for i, f in enumerate(targets.fields()) if f.name().lower() not in new_names]
        replaced = [f.name() for f in targets.fields() if f.name().lower() in new_names]
        if replaced:
            feedback.pushInfo(tr("The fields {fields} of '{layer}' are replaced by the distributed values.")
                              .format(fields=", ".join(replaced), layer=target_label))
        out_fields = QgsFields()
        for i in kept:
            out_fields.append(QgsField(targets.fields().at(i)))
        out_fields.append(QgsField(area_id, FieldType.String))
        for n in names:
            out_fields.append(QgsField(n, FieldType.LongLong))
        request = QgsFeatureRequest()
        request.setDestinationCrs(crs, context.transformContext())
        total = targets.featureCount()
        attrs, geoms, weights = [], [], []
        for k, feat in enumerate(targets.getFeatures(request)):
            if k % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(20 + 40 * k / max(1, total))
            ctx.setFeature(feat)
            keep = True
            if exprs[1] is not None:
                v = exprs[1].evaluate(ctx)
                keep = bool(plain(v))
            w = 0.0
            if keep:
                v = plain(exprs[0].evaluate(ctx))
                if exprs[0].hasEvalError():
                    raise QgsProcessingException(tr("The weight '{expr}' fails for feature {row} of layer '{layer}': "
                                                    "{error}").format(expr=weight_text, row=feat.id(),
                                                                      layer=target_label,
                                                                      error=exprs[0].evalErrorString()))
                try:
                    w = 0.0 if v is None else float(v)
                except (TypeError, ValueError):
                    raise QgsProcessingException(tr("The weight '{expr}' gives '{value}' for feature {row} of layer "
                                                    "'{layer}', which is not a number.")
                                                 .format(expr=weight_text, value=v, row=feat.id(),
                                                         layer=target_label)) from None
                if not np.isfinite(w) or w < 0:
                    raise QgsProcessingException(tr("The weight '{expr}' is {value} for feature {row} of layer "
                                                    "'{layer}'; weights must be 0 or more.")
                                                 .format(expr=weight_text, value=w, row=feat.id(),
                                                         layer=target_label))
            row = feat.attributes()
            attrs.append([row[i] for i in kept])
            geoms.append(QgsGeometry(feat.geometry()))
            weights.append(w)
        xy = point_xy(geoms)
        ok = np.isfinite(xy).all(axis=1)
        area_of = np.full(len(xy), -1, dtype=np.int64)
        located, _ = locate_points(xy[ok, 0], xy[ok, 1], [polygon_rings(g) for g in area_tab.geometries])
        area_of[ok] = located
        feedback.setProgress(70)
        try:
            result = distribute(area_of, np.array(weights), totals)
        except InputError as err:
            raise QgsProcessingException(self._message(err, area_label, keys, names)) from None
        outside = int(((area_of < 0) & (np.array(weights) > 0)).sum())
        if outside:
            feedback.pushWarning(tr("{n} targets of '{layer}' lie in no area and get nothing.")
                                 .format(n=outside, layer=target_label))
        if result.areas_without_targets:
            feedback.pushWarning(tr("{n} areas have counts but no target, so their persons ({counts}) are not "
                                    "distributed: {keys}.").format(
                n=len(result.areas_without_targets),
                counts=", ".join(f"{n} {int(v)}" for n, v in zip(names, result.undistributed)),
                keys=", ".join(keys[a] for a in result.areas_without_targets[:20])))
        for j, n in enumerate(names):
            feedback.pushInfo(tr("{field}: {got:,} of {total:,} persons distributed.").format(
                field=n, got=int(result.values[:, j].sum()), total=int(np.nansum(totals[:, j]))))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, out_fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        batch = []
        values = result.values.tolist()
        for i, (a_row, (x, y)) in enumerate(zip(attrs, xy.tolist())):
            feat = QgsFeature(out_fields)
            if x == x:
                feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            feat.setAttributes(list(a_row) + [keys[area_of[i]] if area_of[i] >= 0 else None] + values[i])
            batch.append(feat)
        self.write_features(sink, batch, OUTPUT)
        outputs = {OUTPUT: dest_id}
        if parameters.get(OUTPUT_MISSING):
            fields = QgsFields()
            fields.append(QgsField(area_id, FieldType.String))
            for n in names:
                fields.append(QgsField(n, FieldType.Double))
            msink, mdest = self.parameterAsSink(parameters, OUTPUT_MISSING, context, fields,
                                                QgsWkbTypes.Type.MultiPolygon, crs)
            if msink is not None:
                feats = []
                for a in result.areas_without_targets:
                    f = QgsFeature(fields)
                    f.setGeometry(area_tab.geometries[a])
                    f.setAttributes([keys[a]] + [float(v) for v in totals[a]])
                    feats.append(f)
                self.write_features(msink, feats, OUTPUT_MISSING)
                outputs[OUTPUT_MISSING] = mdest
        return outputs

    @staticmethod
    def _message(err, layer, keys, names):
        d = err.details
        if err.code in ("not_whole", "negative_total"):
            return tr("Layer '{layer}', field '{field}': area '{key}' has {value:g}; counts to distribute must be "
                      "whole numbers of 0 or more.").format(layer=layer, field=names[d["column"]], key=keys[d["row"]],
                                                           value=d["value"])
        return tr("Invalid input: {detail}").format(detail=str(err))
