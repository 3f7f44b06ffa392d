"""sozialplanung:indicator_change — change of indicators between reference dates."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
AREA_ID = "AREA_ID"
MODE = "MODE"
FIELDS = "FIELDS"
DATE_FIELD = "DATE_FIELD"
DECIMALS = "DECIMALS"
OUTPUT = "OUTPUT"

WIDE, LONG = 0, 1


class IndicatorChange(SozialplanungAlgorithm):
    GROUP_ID = "indicators"
    REQUIRES = ("numpy",)

    def name(self):
        return "indicator_change"

    def displayName(self):  # noqa: N802
        return tr("Change of indicators over time")

    def tags(self):
        return tr("change,trend,Veränderung,Entwicklung,Prozentpunkte,Zeitreihe").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Change of indicators (or counts) per area between reference dates.</p>"
            "<h3>Input</h3><ul><li><b>Wide</b>: one field per indicator and date, named with the year at the "
            "end, e.g. sgb2_quote_2023 and sgb2_quote_2025.</li>"
            "<li><b>Long</b>: one row per area and date, with a date field holding the year, a date, or a text "
            "with a four-digit year (such as the layer name that <i>Merge vector layers</i> writes).</li></ul>"
            "<h3>Results per indicator</h3><p><i>&lt;id&gt;_abs_&lt;first&gt;_&lt;last&gt;</i>: last minus "
            "first value — percentage points for rates in %. <i>&lt;id&gt;_rel_…</i>: relative change in %. With "
            "three or more dates also <i>&lt;id&gt;_trend_…</i>, the OLS slope per year, and "
            "<i>&lt;id&gt;_trendrel_…</i>, the slope in % of the first value per year. The period is part of "
            "the field names.</p>"
            "<p>Areas present at only some dates (boundary changes) are kept and flagged not_present in "
            "<i>&lt;id&gt;_chg_flag</i>; a NULL (suppressed) value at any date gives NULL with the flag "
            "suppressed — never a number computed from a confidential cell. zero_base: the first value is 0, "
            "so there is no relative change.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(INPUT, tr("Indicators per area and date"),
                                                [QgsProcessing.SourceType.TypeVector])
        p.setHelp(tr("Wide: fields per date; long: rows per area and date (e.g. merged indicator layers)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(AREA_ID, tr("Area key field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any)
        p.setHelp(tr("Key of each area, kept as text."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(MODE, tr("Table layout"), [tr("Wide (fields per date)"),
                                                                  tr("Long (rows per date)")], defaultValue=0)
        p.setHelp(tr("0 wide: fields named indicator_year, e.g. sgb2_quote_2025; 1 long: a date field."))
        self.addParameter(p)
        p = QgsProcessingParameterField(FIELDS, tr("Indicator fields"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, allowMultiple=True)
        p.setHelp(tr("Wide: all fields of all dates, e.g. sgb2_quote_2023, sgb2_quote_2025. Long: the indicator "
                     "fields."))
        self.addParameter(p)
        p = QgsProcessingParameterField(DATE_FIELD, tr("Date field (long layout)"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any, optional=True)
        p.setHelp(tr("Year, date, or text with a four-digit year."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(DECIMALS, tr("Decimals"), QgsProcessingParameterNumber.Type.Integer, 2,
                                         minValue=0, maxValue=6)
        p.setHelp(tr("Results are rounded half up to this many decimals."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Change"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def parameter_problem(self, parameters, context):
        from sozialplanung_plugin.core.change import split_wide_fields
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.messages import input_error_message

        names = parameter_as_strings(self, parameters, FIELDS, context)
        if not names:
            return tr("Choose the indicator fields.")
        if self.parameterAsEnum(parameters, MODE, context) == LONG:
            if not parameter_as_strings(self, parameters, DATE_FIELD, context):
                return tr("The long layout needs the date field.")
            return ""
        try:
            split_wide_fields(names)
        except InputError as err:
            return input_error_message(err, self.layer_label(parameters, INPUT, context))
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.change import compute_change, long_panel, wide_panel, years_of
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.area_table import read_area_table, write_area_table
        from sozialplanung_plugin.processing.messages import processing_error

        self.refuse_bad_parameters(parameters, context)
        source, layer = self.source_and_label(parameters, INPUT, context)
        names = [self.field_name(source.fields(), n, layer)
                 for n in parameter_as_strings(self, parameters, FIELDS, context)]
        mode = self.parameterAsEnum(parameters, MODE, context)
        date_field = self.field_name(source.fields(), parameter_as_strings(self, parameters, DATE_FIELD, context)[0],
                                     layer) if mode == LONG else None
        areas = read_area_table(self, parameters, context, feedback, INPUT, AREA_ID,
                                names + ([date_field] if date_field else []), progress=(0, 50),
                                unique_keys=False, allow_empty=mode == WIDE)
        values = areas.numeric(names)
        try:
            if mode == WIDE:
                panel = wide_panel(areas.keys, names, values)
            else:
                panel = long_panel(areas.keys, years_of(areas.table.columns[date_field]), names, values)
        except InputError as err:
            raise processing_error(err, layer, date_field or "", fids=areas.fids) from None
        decimals = self.parameterAsInt(parameters, DECIMALS, context)
        columns = []
        for ind, (years, matrix, present) in panel.series.items():
            res = compute_change(matrix, years, present, decimals)
            columns += change_columns(ind, years, res, decimals)
            feedback.pushInfo(tr("{indicator}: change {first}–{last} for {n} areas, {flagged} flagged.")
                              .format(indicator=ind, first=years[0], last=years[-1], n=len(panel.keys),
                                      flagged=sum(1 for f in res.flags if f)))
        dest_id = write_area_table(self, parameters, context, feedback, areas.reordered(panel.rows), columns, OUTPUT,
                                   keep=[], key_as_text=True)
        if dest_id is None:
            return {}
        return {OUTPUT: dest_id}


def change_columns(indicator, years, res, decimals):
    """The output columns of one indicator: absolute and relative change (and trends) over the period, the flag."""
    from sozialplanung_plugin.processing.area_table import Column

    period = f"{years[0]}_{years[-1]}"
    values = [(f"{indicator}_abs_{period}", res.absolute), (f"{indicator}_rel_{period}", res.relative)]
    if res.trend is not None:
        values += [(f"{indicator}_trend_{period}", res.trend), (f"{indicator}_trendrel_{period}", res.trend_relative)]
    return [Column(name, FieldType.Double, v, type_name="double", length=20, precision=decimals)
            for name, v in values] + [Column(indicator + "_chg_flag", FieldType.String, [f or None for f in res.flags])]
