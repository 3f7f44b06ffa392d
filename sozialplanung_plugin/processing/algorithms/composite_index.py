"""sozialplanung:composite_index — compose a social index (Sozialindex bilden)."""
from __future__ import annotations

from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSink

from sozialplanung_plugin.compat import FieldType
from sozialplanung_plugin.processing import social_index as ii
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

OUTPUT = "OUTPUT"
NORM_SUFFIX = "_norm"


class CompositeIndex(SozialplanungAlgorithm):
    GROUP_ID = "index"
    REQUIRES = ("numpy",)

    def name(self):
        return "composite_index"

    def displayName(self):  # noqa: N802
        return tr("Compose a social index")

    def tags(self):
        return tr("Sozialindex,Armutsindex,composite indicator,z-score,MSS,Sozialmonitoring,Klassen,ranking"
                  ).split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Combines several indicators per area into one social index (Sozialindex, Armutsindex), ranks the "
            "areas and divides them into classes — following the OECD/JRC Handbook on Constructing Composite "
            "Indicators. The result keeps the input's fields and adds the normalised indicators "
            "(<i>&lt;field&gt;_norm</i>), <i>aggregate</i> (before re-standardisation), <i>aggregate_std</i> "
            "(after it), <i>index</i>, <i>index_rank</i>, <i>index_class</i> (1 = first class), "
            "<i>index_label</i>, <i>rated</i> (1/0) and <i>index_flag</i> (why not rated, or what was filled "
            "in).</p><p>The log reports the correlation matrix of the indicators, Cronbach's alpha, the "
            "variance the first principal component explains and the number of areas per class. All settings, "
            "the weights and breaks used, the plugin version and the date are stored with a GeoPackage result "
            "(table sozialplanung_index_recipe).</p>") + ii.index_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        ii.add_area_parameters(self)
        ii.add_composition_parameters(self)
        ii.add_rating_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Social index"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def parameter_problem(self, parameters, context):
        return self.first_problem(lambda: ii.check_composition_parameters(self, parameters, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.composite_index import compose
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.area_table import Column, aliases, write_area_table
        from sozialplanung_plugin.processing.messages import processing_error
        from sozialplanung_plugin.processing.recipe import recipe_rows

        self.refuse_bad_parameters(parameters, context)
        areas, names, settings = ii.read_index_inputs(self, parameters, context, feedback)
        values = areas.numeric(names)
        feedback.setProgress(30)
        try:
            result = compose(values, names, areas.keys, population=areas.population,
                             min_population=self.parameterAsInt(parameters, ii.MIN_POPULATION, context),
                             excluded=areas.excluded, missing=areas.missing, **settings)
            labels = ii.class_labels(self.parameterAsString(parameters, ii.CLASS_LABELS, context), result.breaks)
        except InputError as err:
            raise processing_error(err, areas.layer, names=names) from None
        feedback.setProgress(70)
        ii.log_report(feedback, names, result, labels)
        not_rated = tr("not rated")
        restd = result.index if result.restandardised else result.aggregate * float("nan")
        columns = [Column(n + NORM_SUFFIX, FieldType.Double, result.normalised[:, j],
                          tr("{field} (normalised)").format(field=n)) for j, n in enumerate(names)] + [
            Column("aggregate", FieldType.Double, result.aggregate, tr("Aggregate")),
            Column("aggregate_std", FieldType.Double, restd, tr("Aggregate, standardised again")),
            *ii.rating_columns(result, labels, not_rated),
            Column("index_flag", FieldType.String, [f or None for f in result.flags], tr("Index flag"))]
        dest_id = write_area_table(self, parameters, context, feedback, areas, columns, OUTPUT)
        if dest_id is None:
            return {}
        extra = {"weights_used": ",".join(f"{w:g}" for w in result.weights),
                 "breaks_used": ",".join(f"{b:.6g}" for b in result.breaks or []),
                 "class_labels_used": ",".join(labels)}
        rows = recipe_rows(self, parameters, context, extra)
        style = dict(field="index_class" if result.breaks is not None else "index", aliases=aliases(columns),
                     null_label=not_rated, abstract="\n".join(f"{r['item']}: {r['value']}" for r in rows),
                     categories=[(c, lab) for c, lab in enumerate(labels, 1)] or None)
        self.store_with_output(parameters, context, OUTPUT, dest_id, ii.RECIPE_TABLE, rows, style)
        return {OUTPUT: dest_id}
