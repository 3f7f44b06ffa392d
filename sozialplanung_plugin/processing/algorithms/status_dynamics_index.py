"""sozialplanung:status_dynamics_index — Berlin's Monitoring Soziale Stadtentwicklung in one step."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing import social_index as ii
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

STATUS_FIELDS = "STATUS_FIELDS"
DYNAMICS_FIELDS = "DYNAMICS_FIELDS"
STANDARD_DEVIATION = "STANDARD_DEVIATION"
STATUS_BREAKS = "STATUS_BREAKS"
STATUS_LABELS = "STATUS_LABELS"
DYNAMICS_BREAKS = "DYNAMICS_BREAKS"
DYNAMICS_LABELS = "DYNAMICS_LABELS"
OUTPUT = "OUTPUT"
Z_SUFFIX = "_z"


class StatusDynamicsIndex(SozialplanungAlgorithm):
    GROUP_ID = "index"
    REQUIRES = ("numpy",)

    def name(self):
        return "status_dynamics_index"

    def displayName(self):  # noqa: N802
        return tr("Status and dynamics index (MSS method)")

    def tags(self):
        return tr("MSS,Monitoring Soziale Stadtentwicklung,Statusindex,Dynamikindex,Gesamtindex,Sozialmonitoring,"
                  "Berlin").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>The method of Berlin's <b>Monitoring Soziale Stadtentwicklung</b> (MSS) in one step. Status "
            "indicators (shares at the reference date, e.g. SGB-II-Quote, Arbeitslosigkeit, Kinderarmut) and "
            "dynamics indicators (their change over two years in percentage points, from <i>Change of "
            "indicators over time</i>) are each z-standardised over the rated areas (simple mean, population "
            "standard deviation), summed with equal weights, and the sums standardised again.</p>"
            "<p><b>Status index</b> classes: 1 hoch (x &lt; −1), 2 mittel (−1 ≤ x ≤ +1), 3 niedrig (+1 &lt; x ≤ "
            "+1.5), 4 sehr niedrig (x &gt; +1.5). <b>Dynamics index</b> classes: 1 positiv (x &lt; −1), 2 stabil "
            "(−1 ≤ x ≤ +1), 3 negativ (x &gt; +1). A higher value means more disadvantage, or a worsening. "
            "Combined: <i>sdi</i> such as '2+/-' (status mittel, dynamics stabil) and <i>sdi_code</i> = 10 × "
            "status + dynamics (22).</p>"
            "<p>Areas with fewer than 300 residents and named outliers are <b>not rated</b> (kept, label 'not "
            "rated'). These defaults reproduce the published MSS 2013–2021 tables exactly: the population SD "
            "(divide by n) gives the published z-values, the sample SD would move areas into other classes.</p>"
            "<p>Result: the input's fields plus <i>&lt;field&gt;_z</i>, <i>status_sum</i>, <i>status_index</i>, "
            "<i>status_class</i>, <i>status_label</i>, <i>dynamics_sum</i>, <i>dynamics_index</i>, "
            "<i>dynamics_class</i>, <i>dynamics_label</i>, <i>sdi</i>, <i>sdi_code</i>, <i>rated</i>, "
            "<i>index_flag</i>.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        ii.add_area_parameters(self)
        p = QgsProcessingParameterField(STATUS_FIELDS, tr("Status indicators"), None, ii.INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, allowMultiple=True)
        p.setHelp(tr("Levels at the reference date, e.g. arbeitslose_anteil, transfer_anteil, kinderarmut."))
        self.addParameter(p)
        p = QgsProcessingParameterField(DYNAMICS_FIELDS, tr("Dynamics indicators"), None, ii.INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, allowMultiple=True)
        p.setHelp(tr("Change over two years in percentage points, e.g. sgb2_quote_abs_2023_2025."))
        self.addParameter(p)
        p = QgsProcessingParameterField(ii.INVERT_FIELDS, tr("Fields where higher is better"), None, ii.INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, allowMultiple=True, optional=True)
        p.setHelp(tr("Turned round so that higher always means more disadvantage (not needed for the MSS "
                     "indicators)."))
        self.addParameter(ii.flagged(p, True))
        p = QgsProcessingParameterEnum(STANDARD_DEVIATION, tr("Standard deviation"),
                                       [tr("Population (divide by n, MSS)"), tr("Sample (divide by n − 1)")],
                                       defaultValue=0)
        p.setHelp(tr("The published MSS results follow from the population standard deviation."))
        self.addParameter(ii.flagged(p, True))
        for name, label, default, help_text in (
                (STATUS_BREAKS, tr("Status breaks (SD)"), "-1,1,1.5", tr("Multiples of the SD; MSS: -1,1,1.5.")),
                (STATUS_LABELS, tr("Status labels"), tr("high,medium,low,very low"),
                 tr("One per class from the lowest index up (the highest social status first).")),
                (DYNAMICS_BREAKS, tr("Dynamics breaks (SD)"), "-1,1", tr("Multiples of the SD; MSS: -1,1.")),
                (DYNAMICS_LABELS, tr("Dynamics labels"), tr("positive,stable,negative"),
                 tr("One per class from the lowest index up (improving first)."))):
            p = QgsProcessingParameterString(name, label, default)
            p.setHelp(help_text)
            self.addParameter(ii.flagged(p, True))
        ii.add_on_break_parameter(self, tr("MSS: the middle class includes both its limits (-1 <= x <= +1)."))
        ii.add_rating_parameters(self, 300)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Status and dynamics index"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def parameter_problem(self, parameters, context):
        return self.first_problem(lambda: ii.check_rating_parameters(self, parameters, context),
                                  lambda: self._breaks_and_labels(parameters, context))

    def _breaks_and_labels(self, parameters, context, layer="", names=None):
        """Status and dynamics breaks (numbers, increasing) and their labels (one per class)."""
        from sozialplanung_plugin.core.classification import check_breaks, parse_numbers
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.messages import processing_error

        try:
            s_breaks = parse_numbers(self.parameterAsString(parameters, STATUS_BREAKS, context), "breaks")
            d_breaks = parse_numbers(self.parameterAsString(parameters, DYNAMICS_BREAKS, context), "breaks")
            for b in (s_breaks, d_breaks):
                if not b:
                    raise InputError("no_breaks")
                check_breaks(b)
            s_labels = ii.class_labels(self.parameterAsString(parameters, STATUS_LABELS, context), s_breaks)
            d_labels = ii.class_labels(self.parameterAsString(parameters, DYNAMICS_LABELS, context), d_breaks)
        except InputError as err:
            raise processing_error(err, layer, names=names) from None
        return s_breaks, d_breaks, s_labels, d_labels

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.normalisation import Z_POPULATION, Z_SAMPLE
        from sozialplanung_plugin.core.status_dynamics import status_dynamics
        from sozialplanung_plugin.processing.area_table import Column, aliases, write_area_table
        from sozialplanung_plugin.processing.messages import processing_error
        from sozialplanung_plugin.processing.recipe import recipe_rows

        self.refuse_bad_parameters(parameters, context)
        source, layer = self.source_and_label(parameters, ii.INPUT, context)

        def numeric_fields(name):
            return self.numeric_field_names(source.fields(), parameter_as_strings(self, parameters, name, context),
                                            layer)

        status = numeric_fields(STATUS_FIELDS)
        dynamics = numeric_fields(DYNAMICS_FIELDS)
        if not status or not dynamics:
            raise QgsProcessingException(tr("Choose the status and the dynamics indicators."))
        invert = numeric_fields(ii.INVERT_FIELDS)
        names = status + dynamics
        s_breaks, d_breaks, s_labels, d_labels = self._breaks_and_labels(parameters, context, layer, names)
        areas = ii.read_rated_areas(self, parameters, context, feedback)
        sample_sd = self.parameterAsEnum(parameters, STANDARD_DEVIATION, context) == 1
        feedback.setProgress(30)
        try:
            res = status_dynamics(
                areas.numeric(status), areas.numeric(dynamics), status, dynamics,
                areas.keys, population=areas.population,
                min_population=self.parameterAsInt(parameters, ii.MIN_POPULATION, context), excluded=areas.excluded,
                missing=areas.missing,
                normalisation=Z_SAMPLE if sample_sd else Z_POPULATION,
                invert_status=[n in invert for n in status], invert_dynamics=[n in invert for n in dynamics],
                status_breaks=s_breaks, dynamics_breaks=d_breaks,
                on_break=ii.ON_BREAK_SIDES[self.parameterAsEnum(parameters, ii.ON_BREAK, context)])
        except InputError as err:
            raise processing_error(err, areas.layer, names=names) from None
        feedback.setProgress(70)
        feedback.pushInfo(tr("Status index"))
        ii.log_report(feedback, status, res.status, s_labels)
        feedback.pushInfo(tr("Dynamics index"))
        ii.log_report(feedback, dynamics, res.dynamics, d_labels)

        not_rated = tr("not rated")

        def labelled(part, labels):
            return [labels[c - 1] if c > 0 else not_rated for c in part.index_class]

        def classes(part):
            return [int(c) if c > 0 else None for c in part.index_class]

        z_columns = [(n, res.status.normalised[:, j]) for j, n in enumerate(status)] + \
            [(n, res.dynamics.normalised[:, j]) for j, n in enumerate(dynamics)]
        columns = [Column(n + Z_SUFFIX, FieldType.Double, z, tr("{field} (z)").format(field=n)) for n, z in z_columns]
        columns += [
            Column("status_sum", FieldType.Double, res.status.aggregate, tr("Status sum")),
            Column("status_index", FieldType.Double, res.status.index, tr("Status index")),
            Column("status_class", FieldType.Int, classes(res.status), tr("Status class")),
            Column("status_label", FieldType.String, labelled(res.status, s_labels), tr("Status")),
            Column("dynamics_sum", FieldType.Double, res.dynamics.aggregate, tr("Dynamics sum")),
            Column("dynamics_index", FieldType.Double, res.dynamics.index, tr("Dynamics index")),
            Column("dynamics_class", FieldType.Int, classes(res.dynamics), tr("Dynamics class")),
            Column("dynamics_label", FieldType.String, labelled(res.dynamics, d_labels), tr("Dynamics")),
            Column("sdi", FieldType.String, [lab if lab else not_rated for lab in res.label],
                   tr("Status/dynamics class")),
            Column("sdi_code", FieldType.Int, [int(c) if c else None for c in res.code], tr("Status/dynamics code")),
            Column("rated", FieldType.Int, [int(ok) for ok in res.rated], tr("Rated")),
            Column("index_flag", FieldType.String, [f or None for f in res.flags], tr("Index flag"))]
        dest_id = write_area_table(self, parameters, context, feedback, areas, columns, OUTPUT)
        if dest_id is None:
            return {}
        rows = recipe_rows(self, parameters, context, {
            "status_breaks_used": ",".join(f"{b:.6g}" for b in res.status.breaks or []),
            "dynamics_breaks_used": ",".join(f"{b:.6g}" for b in res.dynamics.breaks or [])})
        style = dict(field="status_class", aliases=aliases(columns), null_label=not_rated,
                     abstract="\n".join(f"{r['item']}: {r['value']}" for r in rows),
                     categories=list(enumerate(s_labels, 1)))
        self.store_with_output(parameters, context, OUTPUT, dest_id, ii.RECIPE_TABLE, rows, style)
        n_rated = int(res.rated.sum())
        feedback.pushInfo(tr("{n} areas rated, {m} not rated.").format(n=n_rated, m=len(areas.keys) - n_rated))
        return {OUTPUT: dest_id}
