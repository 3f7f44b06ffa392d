"""sozialplanung:index_sensitivity — how robust is the ranking of a social index?"""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from sozialplanung_plugin.compat import FieldType
from sozialplanung_plugin.processing import social_index as ii
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

VARY_NORMALISATION = "VARY_NORMALISATION"
WEIGHT_VARIATION = "WEIGHT_VARIATION"
WEIGHT_RANGE = "WEIGHT_RANGE"
CONCENTRATION = "CONCENTRATION"
VARY_AGGREGATION = "VARY_AGGREGATION"
LEAVE_ONE_OUT = "LEAVE_ONE_OUT"
RUNS = "RUNS"
SEED = "SEED"
STABILITY = "STABILITY"
OUTPUT = "OUTPUT"


class IndexSensitivity(SozialplanungAlgorithm):
    GROUP_ID = "index"
    REQUIRES = ("numpy",)

    def name(self):
        return "index_sensitivity"

    def displayName(self):  # noqa: N802
        return tr("Sensitivity of a social index")

    def tags(self):
        return tr("Sensitivität,Robustheit,Monte Carlo,uncertainty,ranking,JRC,Sozialindex").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>How robust is the ranking of a social index? The index is computed as in <i>Compose a social "
            "index</i> (same parameters) and then again in many Monte Carlo runs with changed choices, as the "
            "EU's Joint Research Centre audits composite indicators:</p><ul>"
            "<li><b>normalisation</b>: z-score, min-max, rank or percentile rank, drawn at random</li>"
            "<li><b>weights</b>: each weight changed at random within ± the given percentage, or drawn from a "
            "Dirichlet distribution around the chosen weights (larger concentration = closer)</li>"
            "<li><b>aggregation</b>: arithmetic or geometric mean (the geometric mean over values rescaled to "
            "1–100, so that it is defined for every normalisation)</li>"
            "<li><b>one indicator left out</b> (or none)</li></ul>"
            "<p>Per area: <i>rank_median</i>, <i>rank_p05</i> and <i>rank_p95</i> (90 % of the runs lie "
            "between), <i>class_share</i> (share of runs in which the area keeps its class; SD and quantile "
            "classes are made anew in each run, natural breaks keep their class sizes) and "
            "<i>class_unstable</i> (1 when that share is below the stability threshold). The log names the "
            "choice that moves the ranking most (first-order effect: the share of the variance of the mean "
            "rank shift that the choice explains alone). Runs are seeded: the same seed gives the same "
            "result.</p>") + ii.index_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        ii.add_area_parameters(self)
        ii.add_composition_parameters(self)
        ii.add_rating_parameters(self)
        p = QgsProcessingParameterBoolean(VARY_NORMALISATION, tr("Vary the normalisation"), True)
        p.setHelp(tr("Draw z-score, min-max, rank or percentile rank in each run."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(WEIGHT_VARIATION, tr("Vary the weights"),
                                       [tr("No"), tr("Within ± a percentage"), tr("Dirichlet around the weights")],
                                       defaultValue=1)
        p.setHelp(tr("How weights change from run to run."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(WEIGHT_RANGE, tr("Weight range (± %)"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         25.0, minValue=0, maxValue=100)
        p.setHelp(tr("Each weight is multiplied by 1 + a random share within ± this percentage."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(CONCENTRATION, tr("Dirichlet concentration"),
                                         QgsProcessingParameterNumber.Type.Double, 50.0, minValue=0.1)
        p.setHelp(tr("Larger values keep the drawn weights closer to the chosen ones."))
        self.addParameter(ii.flagged(p, True))
        p = QgsProcessingParameterBoolean(VARY_AGGREGATION, tr("Vary the aggregation"), True)
        p.setHelp(tr("Draw the arithmetic or the geometric mean in each run."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(LEAVE_ONE_OUT, tr("Leave one indicator out"), True)
        p.setHelp(tr("Each run leaves out one indicator or none, drawn at random."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(RUNS, tr("Runs"), QgsProcessingParameterNumber.Type.Integer, 1000, minValue=10,
                                         maxValue=100000)
        p.setHelp(tr("Number of Monte Carlo runs."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer, 1,
                                         minValue=0)
        p.setHelp(tr("The same seed gives the same result."))
        self.addParameter(ii.flagged(p, True))
        p = QgsProcessingParameterNumber(STABILITY, tr("Stability threshold"), QgsProcessingParameterNumber.Type.Double,
                                         0.8, minValue=0, maxValue=1)
        p.setHelp(tr("An area whose class is kept in fewer than this share of the runs is flagged unstable."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Index sensitivity"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def parameter_problem(self, parameters, context):
        return self.first_problem(lambda: ii.check_composition_parameters(self, parameters, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.errors import Canceled, InputError
        from sozialplanung_plugin.core.sensitivity import sensitivity
        from sozialplanung_plugin.processing.area_table import Column, aliases, write_area_table
        from sozialplanung_plugin.processing.messages import processing_error
        from sozialplanung_plugin.processing.recipe import recipe_rows

        self.refuse_bad_parameters(parameters, context)
        areas, names, settings = ii.read_index_inputs(self, parameters, context, feedback)
        values = areas.numeric(names)
        runs = self.parameterAsInt(parameters, RUNS, context)
        try:
            res = sensitivity(
                values, names, areas.keys, runs=runs, seed=self.parameterAsInt(parameters, SEED, context),
                vary_normalisation=self.parameterAsBoolean(parameters, VARY_NORMALISATION, context),
                weight_mode=self.parameterAsEnum(parameters, WEIGHT_VARIATION, context),
                weight_range=self.parameterAsDouble(parameters, WEIGHT_RANGE, context),
                concentration=self.parameterAsDouble(parameters, CONCENTRATION, context),
                vary_aggregation=self.parameterAsBoolean(parameters, VARY_AGGREGATION, context),
                leave_one_out=self.parameterAsBoolean(parameters, LEAVE_ONE_OUT, context),
                stability=self.parameterAsDouble(parameters, STABILITY, context),
                progress=lambda f: feedback.setProgress(20 + 60 * f), is_canceled=feedback.isCanceled,
                population=areas.population, excluded=areas.excluded, missing=areas.missing,
                min_population=self.parameterAsInt(parameters, ii.MIN_POPULATION, context), **settings)
            labels = ii.class_labels(self.parameterAsString(parameters, ii.CLASS_LABELS, context),
                                     res.nominal.breaks)
        except InputError as err:
            raise processing_error(err, areas.layer, names=names) from None
        except Canceled:
            return {}
        nominal = res.nominal
        ii.log_report(feedback, names, nominal, labels)
        if res.effects:
            ranked = sorted(res.effects.items(), key=lambda kv: -kv[1])
            feedback.pushInfo(tr("First-order effects on the mean rank shift ({runs} runs), largest first:")
                              .format(runs=runs) + "\n" + "\n".join(f"  {k}: {v:.3f}" for k, v in ranked))
            feedback.pushInfo(tr("The choice that moves the ranking most: {choice}.").format(choice=ranked[0][0]))
        if nominal.breaks is not None:
            feedback.pushInfo(tr("{n} of {m} rated areas change their class in more than {p:.0f} % of the runs.")
                              .format(n=int(res.unstable.sum()), m=int(nominal.rated.sum()),
                                      p=100 - 100 * self.parameterAsDouble(parameters, STABILITY, context)))
        not_rated = tr("not rated")
        columns = [
            *ii.rating_columns(nominal, labels, not_rated),
            Column("rank_median", FieldType.Double, res.median_rank, tr("Median rank")),
            Column("rank_p05", FieldType.Double, res.rank_p05, tr("Rank, 5 % of runs")),
            Column("rank_p95", FieldType.Double, res.rank_p95, tr("Rank, 95 % of runs")),
            Column("class_share", FieldType.Double, res.class_share, tr("Share of runs in the same class")),
            Column("class_unstable", FieldType.Int,
                   [int(u) if ok and nominal.breaks is not None else None
                    for u, ok in zip(res.unstable, nominal.rated)],
                   tr("Class unstable")),
            Column("index_flag", FieldType.String, [f or None for f in nominal.flags], tr("Index flag"))]
        dest_id = write_area_table(self, parameters, context, feedback, areas, columns, OUTPUT)
        if dest_id is None:
            return {}
        rows = recipe_rows(self, parameters, context, {
            "effects": ", ".join(f"{k}={v:.4f}" for k, v in res.effects.items())})
        style = dict(field="class_share" if nominal.breaks is not None else "rank_median",
                     aliases=aliases(columns),
                     null_label=not_rated, abstract="\n".join(f"{r['item']}: {r['value']}" for r in rows))
        self.store_with_output(parameters, context, OUTPUT, dest_id, ii.RECIPE_TABLE, rows, style)
        return {OUTPUT: dest_id}
