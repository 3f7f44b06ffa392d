"""sozialplanung:distribute_population — area totals onto buildings or addresses."""
from __future__ import annotations

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing.area_table import Column
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

    def _expressions(self, parameters, context):
        """The weight expression and the filter expression ('' for none), as given."""
        from sozialplanung_plugin.processing.expressions import expression_text

        return (expression_text(self, parameters, WEIGHT, context, "1"),
                expression_text(self, parameters, FILTER, context))

    def parameter_problem(self, parameters, context):
        """The weight and filter expressions parse."""
        from sozialplanung_plugin.processing.expressions import parsed

        return self.first_problem(*[lambda t=text: parsed(t)
                                    for text in filter(None, self._expressions(parameters, context))])

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core.distribution import distribute
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.point_in_polygon import locate_points
        from sozialplanung_plugin.processing.convert import (
            GEOMETRIES,
            nullable,
            numeric_matrix,
            point_geometries,
            point_xy,
            polygon_rings,
            read_features,
            read_source,
        )
        from sozialplanung_plugin.processing.feature_writer import column_features, write_columns
        from sozialplanung_plugin.processing.messages import checked_area_keys, no_features, processing_error

        self.refuse_bad_parameters(parameters, context)
        areas, area_label = self.source_and_label(parameters, AREAS, context)
        targets, target_label = self.source_and_label(parameters, TARGETS, context)
        for src, label in ((areas, area_label), (targets, target_label)):
            if src.featureCount() == 0:
                raise no_features(label)
        area_id = self.field_name(areas.fields(), (parameter_as_strings(self, parameters, AREA_ID, context) or [""])[0],
                                  area_label, key_hint=True)
        names = self.numeric_field_names(areas.fields(), parameter_as_strings(self, parameters, FIELDS, context),
                                         area_label)
        if not names:
            raise QgsProcessingException(tr("Choose the count fields."))
        crs = targets.sourceCrs()
        area_tab = read_source(self.parameterAsVectorLayer(parameters, AREAS, context),
                               self.subset_only(parameters, AREAS), areas, [area_id] + names, context, feedback,
                               GEOMETRIES, crs, 0, 20)
        keys = checked_area_keys(area_tab.columns[area_id], area_tab.fids, area_label, area_id)
        totals = numeric_matrix(area_tab, names)

        # the targets' own fields, except those the result writes (they are replaced); points; weights
        new_names = {n.lower() for n in [area_id] + names}
        kept = [f for f in targets.fields() if f.name().lower() not in new_names]
        replaced = [f.name() for f in targets.fields() if f.name().lower() in new_names]
        if replaced:
            feedback.pushInfo(tr("The fields {fields} of '{layer}' are replaced by the distributed values.")
                              .format(fields=", ".join(replaced), layer=target_label))
        tab = read_features(targets, [f.name() for f in kept], context, feedback, with_geometry=True, dest_crs=crs,
                            progress_from=20, progress_to=50)
        weights = self._weights(parameters, context, targets, tab.fids, target_label, feedback)
        if feedback.isCanceled():
            return {}
        xy = point_xy(tab.geometries)
        ok = np.isfinite(xy).all(axis=1)
        area_of = np.full(len(xy), -1, dtype=np.int64)
        located, _ = locate_points(xy[ok, 0], xy[ok, 1], [polygon_rings(g) for g in area_tab.geometries])
        area_of[ok] = located
        feedback.setProgress(70)
        try:
            result = distribute(area_of, weights, totals)
        except InputError as err:          # the weights are checked: a count that is no whole number >= 0
            err.details["key"] = keys[err.details["row"]]
            raise processing_error(err, area_label, names=names) from None
        outside = int(((area_of < 0) & (weights > 0)).sum())
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

        new = [Column(area_id, FieldType.String, [keys[a] if a >= 0 else None for a in area_of.tolist()])] + \
            [Column(n, FieldType.LongLong, result.values[:, j]) for j, n in enumerate(names)]
        out_fields = QgsFields()
        for f in kept:
            out_fields.append(QgsField(f))
        for column in new:
            out_fields.append(column.qgs_field())
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, out_fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        values = [tab.columns[f.name()] for f in kept] + [nullable(c.values) for c in new]
        if not self.write_batched(sink, column_features(out_fields, values, point_geometries(xy)), len(xy), OUTPUT,
                                  feedback, (80, 95)):
            return {}
        outputs = {OUTPUT: dest_id}
        without = result.areas_without_targets
        missing = write_columns(self, parameters, OUTPUT_MISSING, context, feedback,
                                [Column(area_id, FieldType.String, [keys[a] for a in without])] +
                                [Column(n, FieldType.Double, totals[without, j].tolist()) for j, n in enumerate(names)],
                                [area_tab.geometries[a] for a in without], QgsWkbTypes.Type.MultiPolygon, crs,
                                (95, 100))
        if missing:
            outputs[OUTPUT_MISSING] = missing
        return outputs

    def _weights(self, parameters, context, targets, fids, layer, feedback):
        """The weight of each target of ``fids`` (0 where the filter leaves it out): the expressions evaluated
        per feature; an error naming the feature where a weight is no number of 0 or more."""
        import numpy as np

        from sozialplanung_plugin.core.distribution import check_weights
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.expressions import evaluate_per_feature
        from sozialplanung_plugin.processing.messages import processing_error

        weight_text, filter_text = self._expressions(parameters, context)
        scope = self.parameterAsVectorLayer(parameters, TARGETS, context)
        rows = range(len(fids))
        if filter_text:
            (passed,) = evaluate_per_feature(targets, [filter_text], fids, layer, feedback=feedback, scope_layer=scope)
            rows = [i for i in rows if bool(passed[i])]

        def failed(_k, text, fid, error):
            return QgsProcessingException(tr("The weight '{expr}' fails for feature {row} of layer '{layer}': "
                                             "{error}").format(expr=text, row=fid, layer=layer, error=error))

        (values,) = evaluate_per_feature(targets, [weight_text], [fids[i] for i in rows], layer, failed, feedback,
                                         scope)
        weights = np.zeros(len(fids))
        for i, v in zip(rows, values):
            try:
                weights[i] = 0.0 if v is None else float(v)
            except (TypeError, ValueError):
                raise QgsProcessingException(tr("The weight '{expr}' gives '{value}' for feature {row} of layer "
                                                "'{layer}', which is not a number.")
                                             .format(expr=weight_text, value=v, row=fids[i], layer=layer)) from None
        try:
            return check_weights(weights)
        except InputError as err:
            err.details["expr"] = weight_text
            raise processing_error(err, layer, fids=fids) from None
