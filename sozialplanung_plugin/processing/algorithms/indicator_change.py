"""sozialplanung:indicator_change — change of indicators between reference dates."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
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

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core.change import compute_change, split_wide_fields, year_of
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.keys import keys_as_text
        from sozialplanung_plugin.processing.convert import nullable, numeric_matrix, read_features

        source, layer = self.source_and_label(parameters, INPUT, context)
        fields = source.fields()

        def canonical(name):
            return self.field_name(fields, name, layer)

        area_id = canonical((parameter_as_strings(self, parameters, AREA_ID, context) or [""])[0])
        names = [canonical(n) for n in parameter_as_strings(self, parameters, FIELDS, context)]
        if not names:
            raise QgsProcessingException(tr("Choose the indicator fields."))
        mode = self.parameterAsEnum(parameters, MODE, context)
        decimals = self.parameterAsInt(parameters, DECIMALS, context)
        date_field = None
        if mode == LONG:
            chosen = parameter_as_strings(self, parameters, DATE_FIELD, context)
            if not chosen:
                raise QgsProcessingException(tr("The long layout needs the date field."))
            date_field = canonical(chosen[0])
        wanted = list(dict.fromkeys([area_id] + names + ([date_field] if date_field else [])))
        tab = read_features(source, wanted, context, feedback, with_geometry=True, progress_to=50)
        keys = keys_as_text(tab.columns[area_id])
        values = numeric_matrix(tab, names)

        if mode == WIDE:
            try:
                groups = split_wide_fields(names)
            except InputError as err:
                raise QgsProcessingException(self._message(err, layer)) from None
            col = {n: j for j, n in enumerate(names)}
            dups = [k for k in set(keys) if keys.count(k) > 1]
            if dups:
                raise QgsProcessingException(tr("Layer '{layer}': the area key '{key}' occurs more than once. In "
                                                "the wide layout every area has one row.").format(layer=layer,
                                                                                                  key=dups[0]))
            area_keys, geoms, row_src = keys, tab.geometries, list(range(len(keys)))
            series = {ind: ([y for y, _ in items], values[:, [col[f] for _, f in items]],
                            np.ones((len(keys), len(items)), dtype=bool)) for ind, items in groups.items()}
        else:
            years = [year_of(v) for v in tab.columns[date_field]]
            bad = [i for i, y in enumerate(years) if y is None]
            if bad:
                raise QgsProcessingException(
                    tr("Layer '{layer}', field '{field}': feature {row} has '{value}', in which no year can be "
                       "found.").format(layer=layer, field=date_field, row=tab.fids[bad[0]],
                                        value=tab.columns[date_field][bad[0]]))
            all_years = sorted(set(years))
            if len(all_years) < 2:
                raise QgsProcessingException(tr("Layer '{layer}' has only one date ({year}): a change needs two.")
                                             .format(layer=layer, year=all_years[0]))
            area_keys = sorted({k for k in keys if k is not None})
            pos = {k: i for i, k in enumerate(area_keys)}
            ycol = {y: j for j, y in enumerate(all_years)}
            present = np.zeros((len(area_keys), len(all_years)), dtype=bool)
            row_src = [None] * len(area_keys)
            cube = np.full((len(area_keys), len(all_years), len(names)), np.nan)
            for i, (k, y) in enumerate(zip(keys, years)):
                if k is None:
                    continue
                a, t = pos[k], ycol[y]
                if present[a, t]:
                    raise QgsProcessingException(
                        tr("Layer '{layer}': area '{key}' has more than one row for {year}.")
                        .format(layer=layer, key=k, year=y))
                present[a, t] = True
                cube[a, t, :] = values[i]
                if row_src[a] is None or years[row_src[a]] < y:
                    row_src[a] = i           # geometry from the latest date
            geoms = [tab.geometries[i] for i in row_src]
            series = {n: (all_years, cube[:, :, j], present) for j, n in enumerate(names)}

        out_fields = QgsFields()
        out_fields.append(QgsField(area_id, FieldType.String))
        results = []
        for ind, (years, matrix, present) in series.items():
            period = f"{years[0]}_{years[-1]}"
            res = compute_change(matrix, years, present, decimals)
            cols = [(f"{ind}_abs_{period}", res.absolute), (f"{ind}_rel_{period}", res.relative)]
            if res.trend is not None:
                cols += [(f"{ind}_trend_{period}", res.trend),
                         (f"{ind}_trendrel_{period}", res.trend_relative)]
            for name, _ in cols:
                out_fields.append(QgsField(name, FieldType.Double, "double", 20, decimals))
            out_fields.append(QgsField(ind + "_chg_flag", FieldType.String))
            results.append((cols, res.flags))
            n_flag = sum(1 for f in res.flags if f)
            feedback.pushInfo(tr("{indicator}: change {first}–{last} for {n} areas, {flagged} flagged.")
                              .format(indicator=ind, first=years[0], last=years[-1], n=len(area_keys), flagged=n_flag))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, out_fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        written = [[nullable(arr) for _, arr in cols] for cols, _ in results]
        for a, key in enumerate(area_keys):
            attrs = [key]
            for (_, flags), values in zip(results, written):
                attrs += [column[a] for column in values]
                attrs.append(flags[a] or None)
            feat = QgsFeature(out_fields)
            if geoms[a] is not None:
                feat.setGeometry(geoms[a])
            feat.setAttributes(attrs)
            self.write_features(sink, [feat], OUTPUT)
        return {OUTPUT: dest_id}

    @staticmethod
    def _message(err, layer):
        d = err.details
        if err.code == "wide_field_without_year":
            return tr("Layer '{layer}': the field '{field}' does not end with a year. In the wide layout name the "
                      "fields indicator_year, e.g. sgb2_quote_2025.").format(layer=layer, **d)
        if err.code == "duplicate_year":
            return tr("Indicator '{indicator}' has two fields for {year}.").format(**d)
        return tr("Indicator '{indicator}' has a field for {year} only: a change needs two dates.").format(**d)
