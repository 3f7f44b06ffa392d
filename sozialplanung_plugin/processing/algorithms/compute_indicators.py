"""sozialplanung:compute_indicators — social indicators with official definitions and protection."""
from __future__ import annotations

import datetime

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr, ui_language

INPUT = "INPUT"
AREA_ID = "AREA_ID"
INDICATORS = "INDICATORS"
CATALOGUE = "CATALOGUE"
NUMERATOR = "NUMERATOR"
DENOMINATOR = "DENOMINATOR"
FACTOR = "FACTOR"
DECIMALS = "DECIMALS"
NAME = "NAME"
MIN_COUNT = "MIN_COUNT"
MIN_DENOMINATOR = "MIN_DENOMINATOR"
POPULATION_FIELD = "POPULATION_FIELD"
MIN_POPULATION = "MIN_POPULATION"
CONFIDENCE = "CONFIDENCE"
MAX_RELATIVE_HALF_WIDTH = "MAX_RELATIVE_HALF_WIDTH"
REFERENCE_DATE = "REFERENCE_DATE"
GROUP_FIELDS = "GROUP_FIELDS"
OUTPUT = "OUTPUT"
OUTPUT_CATALOGUE = "OUTPUT_CATALOGUE"

RECIPE_TABLE = "sozialplanung_recipe"
FLAG_SUFFIX, LOW_SUFFIX, HIGH_SUFFIX = "_flag", "_ci_low", "_ci_high"


class ComputeIndicators(SozialplanungAlgorithm):
    GROUP_ID = "indicators"
    REQUIRES = ("numpy",)

    def name(self):
        return "compute_indicators"

    def displayName(self):  # noqa: N802
        return tr("Compute social indicators")

    def tags(self):
        return tr("SGB-II-Quote,Kennzahlen,indicator,rate,quote,Sozialindikatoren,Geheimhaltung,"
                  "confidentiality,Wilson").split(",")

    def shortHelpString(self):  # noqa: N802
        from sozialplanung_plugin.core.catalogue import BUILTIN

        lang = ui_language()
        rows = "".join(f"<li><b>{i.name(lang)}</b> (<i>{i.id}</i>): {i.definition(lang)}</li>"
                       for i in BUILTIN)
        return tr(
            "<p>Computes social indicators (Kennzahlen) per area from counts, defined the same way in every "
            "town and every year, protected by statistical confidentiality and flagged where unreliable. "
            "The input is never changed; the result is a new layer with one field per indicator and a "
            "flag field <i>&lt;id&gt;_flag</i>.</p>"
            "<h3>Which indicators</h3><p><i>Indicators</i> lists ids separated by commas; empty: every "
            "indicator of the catalogue whose fields the input has. The catalogue is the built-in one "
            "(below) or a <i>Kennzahlenkatalog file</i> (JSON, see README) that a Kreis writes once for all "
            "its towns. <i>Save catalogue as</i> writes the catalogue used, to start your own. A custom "
            "indicator needs no file: numerator and denominator are expressions over the input's fields.</p>"
            "<h3>Rounding and confidentiality</h3><p>Values are rounded half up (as statistics offices "
            "publish), last. A rate is published as NULL — never 0 — when its numerator is a count from 1 "
            "to below <i>Minimum count</i> (default 3: the Bundesagentur für Arbeit anonymises 1 and 2) or "
            "its denominator is below <i>Minimum denominator</i> (e.g. 100 for SGB II quotas). Flags say "
            "why: suppressed_count, small_denominator, zero_denominator, missing, "
            "numerator_gt_denominator, unreliable, small_population, secondary_suppression (suppressed so that "
            "no confidential count follows from the totals published by <i>Published totals by</i>).</p>"
            "<h3>Reliability</h3><p>For shares, the 95 % Wilson score interval can be added "
            "(<i>&lt;id&gt;_ci_low</i>, <i>&lt;id&gt;_ci_high</i>). A value is flagged <i>unreliable</i> when "
            "the interval's half-width exceeds the set share of its centre: the smaller the area, the "
            "larger the error. Areas with fewer residents than <i>Minimum population</i> are flagged "
            "<i>small_population</i>.</p>"
            "<h3>Recipe</h3><p>Definition, numerator, denominator, reference date, suppression rule, "
            "plugin version and run date of every field are stored with the result: as the table "
            "sozialplanung_recipe in an output GeoPackage, and as field aliases and layer metadata when "
            "the result is loaded.</p>"
            "<h3>Built-in catalogue</h3><ul>") + rows + "</ul>"

    def initAlgorithm(self, config=None):  # noqa: N802
        def add(parameter, help_text, advanced=False):
            parameter.setHelp(help_text)
            if advanced:
                parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
            self.addParameter(parameter)

        add(QgsProcessingParameterFeatureSource(INPUT, tr("Counts per area"), [QgsProcessing.SourceType.TypeVector]),
            tr("Layer or table with counts per area (GeoPackage, CSV, XLSX, PostGIS)."))
        add(QgsProcessingParameterField(AREA_ID, tr("Area key field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any),
            tr("Unique key of each area, kept as text."))
        add(QgsProcessingParameterString(INDICATORS, tr("Indicators (ids, comma-separated)"), optional=True),
            tr("E.g. sgb2_quote,arbeitslosenrelation. Empty: all catalogue indicators whose fields the input has."))
        add(QgsProcessingParameterFile(CATALOGUE, tr("Kennzahlenkatalog file"), extension="json", optional=True),
            tr("JSON catalogue of indicator definitions; empty: the built-in catalogue."))
        add(QgsProcessingParameterExpression(NUMERATOR, tr("Custom indicator: numerator"),
                                             parentLayerParameterName=INPUT, optional=True),
            tr("Expression over the input's fields, e.g. sgb2_elb + sgb2_nef."))
        add(QgsProcessingParameterExpression(DENOMINATOR, tr("Custom indicator: denominator"),
                                             parentLayerParameterName=INPUT, optional=True),
            tr("Expression over the input's fields, e.g. ew_gesamt."))
        add(QgsProcessingParameterNumber(FACTOR, tr("Custom indicator: factor"),
                                         QgsProcessingParameterNumber.Type.Double, 100.0, minValue=0.000001),
            tr("100 for per cent, 1000 for per thousand, 1 for a plain ratio."))
        add(QgsProcessingParameterNumber(DECIMALS, tr("Custom indicator: decimals"),
                                         QgsProcessingParameterNumber.Type.Integer, 1, minValue=0, maxValue=6),
            tr("Decimal places after rounding half up."))
        add(QgsProcessingParameterString(NAME, tr("Custom indicator: field name"), "custom_rate", optional=True),
            tr("Name of the output field of the custom indicator."))
        add(QgsProcessingParameterNumber(MIN_COUNT, tr("Minimum count"), QgsProcessingParameterNumber.Type.Integer, 3,
                                         minValue=0),
            tr("Numerator counts from 1 to below this are confidential: the value is published as NULL."))
        add(QgsProcessingParameterNumber(MIN_DENOMINATOR, tr("Minimum denominator"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0),
            tr("Values with a smaller denominator are published as NULL (the catalogue may set a stricter "
               "value per indicator, e.g. 100 for SGB II quotas)."))
        add(QgsProcessingParameterField(GROUP_FIELDS, tr("Published totals by"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any, allowMultiple=True, optional=True),
            tr("Fields whose groups have published totals, e.g. stadtteil_id. The town total is always "
               "assumed published. Areas are suppressed in addition (secondary_suppression) so that no "
               "confidential count can be recovered by subtraction."))
        add(QgsProcessingParameterField(POPULATION_FIELD, tr("Population field"), "ew_gesamt", INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, optional=True),
            tr("Residents per area, for the small-population flag."))
        add(QgsProcessingParameterNumber(MIN_POPULATION, tr("Minimum population"),
                                         QgsProcessingParameterNumber.Type.Integer, 300, minValue=0),
            tr("Areas with fewer residents are flagged small_population (not reliable)."))
        add(QgsProcessingParameterBoolean(CONFIDENCE, tr("Add 95 % confidence intervals"), False),
            tr("Adds <id>_ci_low and <id>_ci_high (Wilson score interval) for shares."))
        add(QgsProcessingParameterNumber(MAX_RELATIVE_HALF_WIDTH, tr("Unreliable above relative half-width"),
                                         QgsProcessingParameterNumber.Type.Double, 0.3, minValue=0),
            tr("A share is flagged unreliable when its interval's half-width exceeds this share of the "
               "interval's centre."), advanced=True)
        add(QgsProcessingParameterString(REFERENCE_DATE, tr("Reference date (Stichtag)"), "", optional=True),
            tr("E.g. 31.12.2025; stored in the recipe."))
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Indicators"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        add(QgsProcessingParameterFileDestination(OUTPUT_CATALOGUE, tr("Save catalogue as"), tr("JSON files (*.json)"),
                                                  optional=True, createByDefault=False),
            tr("Writes the catalogue that was used as a JSON file, to start your own."))

    # ------------------------------------------------------------------
    def parameter_problem(self, parameters, context):
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.expressions import parsed
        from sozialplanung_plugin.processing.messages import input_error_message

        custom = custom_indicator(self, parameters, context)
        if custom is not None and not (custom.numerator and custom.denominator):
            return tr("A custom indicator needs both a numerator and a denominator.")
        try:
            for role, text in (("numerator", custom.numerator), ("denominator", custom.denominator)) if custom else ():
                parsed(text, describe_part(custom.id, role))
            if wanted_ids(self, parameters, context):     # a catalogue file that cannot be read, unknown ids
                self._indicators(parameters, context, ())
        except QgsProcessingException as err:
            return str(err)
        except InputError as err:
            return input_error_message(err)
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.area_table import read_area_table, write_area_table
        from sozialplanung_plugin.processing.messages import no_features, processing_error

        self.refuse_bad_parameters(parameters, context)
        source, layer_name = self.source_and_label(parameters, INPUT, context)
        fields = source.fields()
        area_id = self.field_name(fields, (parameter_as_strings(self, parameters, AREA_ID, context) or [""])[0],
                                  layer_name, key_hint=True)
        if source.featureCount() == 0:
            raise no_features(layer_name)

        def skipped(ind, missing):
            feedback.pushInfo(tr("Skipping '{id}': the input has no field {fields}.")
                              .format(id=ind.id, fields=", ".join(missing)))

        try:
            chosen = self._indicators(parameters, context, fields.names(), skipped)
        except InputError as err:
            raise processing_error(err, layer_name) from None
        plans = indicator_plans(chosen, fields, layer_name)
        group_fields = [self.field_name(fields, g, layer_name)
                        for g in parameter_as_strings(self, parameters, GROUP_FIELDS, context)]
        pop_field = parameter_as_strings(self, parameters, POPULATION_FIELD, context)
        pop_field = {f.name().lower(): f.name() for f in fields}.get(pop_field[0].lower()) if pop_field else None
        needed = {f for _, parts in plans for part in parts if not isinstance(part, str) for _, f in part}
        needed |= {pop_field} if pop_field else set()
        # the output carries the key, the input's text fields (names) and the population, not every count
        kept = [f.name() for f in fields if f.name() != area_id and not f.isNumeric()]
        if pop_field and pop_field != area_id:
            kept.append(pop_field)
        areas = read_area_table(self, parameters, context, feedback, INPUT, AREA_ID,
                                sorted(needed | set(kept) | set(group_fields)), progress=(0, 40))
        if feedback.isCanceled():
            return {}
        counts = count_columns(areas, sorted(needed))
        expression_values = evaluate_expressions(areas, plans, feedback)
        results = self._indicator_values(parameters, context, feedback, plans, counts, expression_values, areas,
                                         group_fields, pop_field)
        with_ci = self.parameterAsBoolean(parameters, CONFIDENCE, context)
        columns = indicator_columns(results, with_ci)
        dest_id = write_area_table(self, parameters, context, feedback, areas, columns, OUTPUT, keep=kept,
                                   key_as_text=True)
        if dest_id is None:
            return {}

        return self._store_how_it_was_made(parameters, context, dest_id, results, columns, with_ci, group_fields)

    def _indicators(self, parameters, context, field_names, on_skip=None):
        """The indicators asked for and the custom one, or (neither) those of the catalogue the input has the
        fields for (``field_names``); core.catalogue.choose_indicators."""
        from sozialplanung_plugin.core.catalogue import choose_indicators

        return choose_indicators(read_catalogue(self.parameterAsFile(parameters, CATALOGUE, context)),
                                 wanted_ids(self, parameters, context), custom_indicator(self, parameters, context),
                                 field_names, on_skip)

    def _indicator_values(self, parameters, context, feedback, plans, counts, expression_values, areas,
                          group_fields, pop_field):
        """(indicator, values, minimum count, minimum denominator) per indicator: primary and secondary
        suppression applied, the log written."""
        import numpy as np

        from sozialplanung_plugin.core.catalogue import evaluate_terms
        from sozialplanung_plugin.core.indicators import compute_indicator

        min_count = self.parameterAsInt(parameters, MIN_COUNT, context)
        min_den = self.parameterAsDouble(parameters, MIN_DENOMINATOR, context)
        min_pop = self.parameterAsInt(parameters, MIN_POPULATION, context)
        max_rel = self.parameterAsDouble(parameters, MAX_RELATIVE_HALF_WIDTH, context)
        population = counts.get(pop_field) if pop_field else None
        groups = [list(areas.table.columns[g]) for g in group_fields]
        results = []
        for k, (ind, parts) in enumerate(plans):
            feedback.setProgress(40 + 40 * k / max(1, len(plans)))
            arrays = [expression_values[(ind.id, j)] if isinstance(part, str) else evaluate_terms(part, counts)
                      for j, part in enumerate(parts)]
            eff_count = max(min_count, ind.min_count or 0)
            eff_den = max(min_den, ind.min_denominator or 0)
            res = compute_indicator(arrays[0], arrays[1], ind.factor, ind.decimals, ind.kind, eff_count, eff_den,
                                    population, min_pop, max_rel)
            rows = [str(areas.fids[i]) for i, f in enumerate(res.flags) if "numerator_gt_denominator" in f]
            if rows:
                feedback.pushWarning(tr("Indicator '{id}': the numerator exceeds the denominator in {n} areas "
                                        "(features {rows}); check the input.")
                                     .format(id=ind.id, n=len(rows), rows=", ".join(rows[:10])))
            if ind.kind != "balance":
                suppress_against_totals(res, arrays[0], eff_count, groups, areas.keys, ind.id, feedback)
            n_sup = int(np.count_nonzero(np.isnan(res.value) & np.isfinite(res.raw)))
            feedback.pushInfo(tr("{id}: {n} values, {s} suppressed (minimum count {c}, minimum denominator {d:g}).")
                              .format(id=ind.id, n=len(areas), s=n_sup, c=eff_count, d=eff_den))
            results.append((ind, res, eff_count, eff_den))
        return results

    def _store_how_it_was_made(self, parameters, context, dest_id, results, columns, with_ci, group_fields):
        """The recipe (a table in a GeoPackage output, the layer's metadata), aliases and style on load, and the
        catalogue used (OUTPUT_CATALOGUE); the outputs."""
        from sozialplanung_plugin.core.catalogue import catalogue_to_json, recipe_entry
        from sozialplanung_plugin.processing.area_table import aliases
        from sozialplanung_plugin.processing.recipe import plugin_version

        now = datetime.datetime.now().replace(microsecond=0).isoformat()
        settings = (self.parameterAsString(parameters, REFERENCE_DATE, context), with_ci,
                    self.parameterAsInt(parameters, MIN_POPULATION, context),
                    self.parameterAsDouble(parameters, MAX_RELATIVE_HALF_WIDTH, context), group_fields)
        recipe = [{**recipe_entry(ind, eff_count, eff_den, *settings), "plugin_version": plugin_version(),
                   "run_date": now} for ind, _, eff_count, eff_den in results]
        abstract = "\n".join("{field}: {name_de} / {name_en} = ({numerator}) / ({denominator}) x {factor:g}; "
                             "{suppression}; Stichtag {reference_date}; Sozialplanung {plugin_version}, "
                             "{run_date}".format(**r) for r in recipe)
        outputs = {OUTPUT: dest_id}
        cat_path = self.parameterAsFileOutput(parameters, OUTPUT_CATALOGUE, context)
        if cat_path and parameters.get(OUTPUT_CATALOGUE):
            with open(cat_path, "w", encoding="utf-8") as fh:
                fh.write(catalogue_to_json([r[0] for r in results], tr("Catalogue used")))
            outputs[OUTPUT_CATALOGUE] = cat_path
        self.store_with_output(parameters, context, OUTPUT, dest_id, RECIPE_TABLE, recipe, dict(
            field=results[0][0].id, aliases=aliases(columns), null_label=tr("confidential / no data"),
            abstract=abstract))
        return outputs


# ---------------------------------------------------------------- parameters
def custom_indicator(alg, parameters, context):
    """The custom indicator (numerator and denominator are expressions over the input's fields), or None."""
    from sozialplanung_plugin.core.catalogue import Indicator

    num, den = ((alg.parameterAsString(parameters, name, context) or "").strip() for name in (NUMERATOR, DENOMINATOR))
    if not (num or den):
        return None
    name = (alg.parameterAsString(parameters, NAME, context) or "custom_rate").strip()
    return Indicator(name, name, name, num, den, alg.parameterAsDouble(parameters, FACTOR, context),
                     alg.parameterAsInt(parameters, DECIMALS, context), "", "neutral", definition_de=f"{num} / {den}",
                     definition_en=f"{num} / {den}", source=tr("custom"))


def wanted_ids(alg, parameters, context):
    return [w.strip() for w in (alg.parameterAsString(parameters, INDICATORS, context) or "").split(",") if w.strip()]


def describe_part(indicator_id: str, role: str) -> str:
    """How messages name the numerator or denominator of an indicator."""
    from sozialplanung_plugin.processing.messages import word

    return tr("Indicator '{id}': the {role}").format(id=indicator_id, role=word(role))


def read_catalogue(path):
    """The indicators of a catalogue file, or the built-in catalogue when none is given."""
    from sozialplanung_plugin.core import catalogue as cat
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.processing.messages import processing_error

    if not path:
        return list(cat.BUILTIN)
    try:
        with open(path, encoding="utf-8") as fh:
            return cat.parse_catalogue(fh.read())
    except OSError as err:
        raise QgsProcessingException(tr("Cannot read the catalogue file '{path}': {error}")
                                     .format(path=path, error=err)) from None
    except InputError as err:
        raise processing_error(err, path=path) from None


# ---------------------------------------------------------------- input
def indicator_plans(chosen, fields, layer_name):
    """(indicator, [numerator, denominator]) with each part a sum of fields (its terms) or an expression
    (text, parsed here); errors name the indicator, field and layer."""
    from sozialplanung_plugin.core.catalogue import evaluation_plan
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.processing.expressions import parsed
    from sozialplanung_plugin.processing.messages import processing_error

    names = {f.name().lower(): f.name() for f in fields}
    numeric = {f.name() for f in fields if f.isNumeric()}
    plans = []
    for ind in chosen:
        try:
            parts = evaluation_plan(ind, names, numeric)
        except InputError as err:
            raise processing_error(err, layer_name) from None
        for role, part in zip(("numerator", "denominator"), parts):
            if isinstance(part, str):
                parsed(part, describe_part(ind.id, role))
        plans.append((ind, parts))
    return plans


def count_columns(areas, names):
    """The count fields the sums use, as float arrays by name; a negative count is an error naming the feature."""
    from sozialplanung_plugin.core.aggregation import validate_counts
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.processing.messages import processing_error

    values = areas.numeric(names)
    try:
        validate_counts(values, names, areas.fids)
    except InputError as err:
        raise processing_error(err, areas.layer) from None
    return {n: values[:, j] for j, n in enumerate(names)}


def evaluate_expressions(areas, plans, feedback):
    """Values of the parts that are no plain sums, evaluated by QGIS, as float arrays by (indicator id, part)."""
    import numpy as np

    from sozialplanung_plugin.processing.expressions import evaluate_per_feature

    todo = [(ind.id, j, part) for ind, parts in plans for j, part in enumerate(parts) if isinstance(part, str)]
    if not todo:
        return {}

    def failed(k, text, fid, error):
        return QgsProcessingException(
            tr("Indicator '{id}': the expression '{expr}' fails for feature {row} of layer '{layer}': {error}")
            .format(id=todo[k][0], expr=text, row=fid, layer=areas.layer, error=error))

    evaluated = evaluate_per_feature(areas.source, [t for _, _, t in todo], areas.fids, areas.layer, failed, feedback)
    out = {}
    for (ind_id, j, text), values in zip(todo, evaluated):
        column = np.full(len(values), np.nan)
        for i, v in enumerate(values):
            if v is None:
                continue
            try:
                column[i] = float(v)
            except (TypeError, ValueError):
                raise QgsProcessingException(
                    tr("Indicator '{id}': the expression '{expr}' gives '{value}' for feature {row}, which is "
                       "not a number.").format(id=ind_id, expr=text, value=v, row=areas.fids[i])) from None
        out[(ind_id, j)] = column
    return out


# ---------------------------------------------------------------- results
def suppress_against_totals(res, numerator, min_count, groups, keys, indicator_id, feedback):
    """Suppress further areas so that no confidential numerator follows from published totals."""
    from sozialplanung_plugin.core.indicators import suppress_further, suppressed_cells
    from sozialplanung_plugin.processing.suppression import protect_against_totals

    primary, hidden = suppressed_cells(res)
    if not primary.any() or min_count <= 0:
        return
    table = protect_against_totals(numerator, primary, groups, min_count, keys, [indicator_id], feedback, hidden)
    suppress_further(res, table.secondary[:, 0])
    if table.n_secondary:
        feedback.pushInfo(tr("{id}: {n} further areas suppressed so that no confidential count can be "
                             "recovered from published totals (secondary suppression).")
                          .format(id=indicator_id, n=table.n_secondary))


def indicator_columns(results, with_ci):
    """The output columns of each indicator: value, flag and (with_ci) the interval, with aliases."""
    from sozialplanung_plugin.processing.area_table import Column

    lang = ui_language()
    columns = []
    for ind, res, _, _ in results:
        name = ind.name(lang)
        columns += [Column(ind.id, FieldType.Double, res.value, f"{name} ({ind.unit})" if ind.unit else name,
                           length=20, precision=ind.decimals, type_name="double"),
                    Column(ind.id + FLAG_SUFFIX, FieldType.String, [f or None for f in res.flags],
                           tr("{name}: flag").format(name=name))]
        if with_ci:
            columns += [Column(ind.id + suffix, FieldType.Double, values, length=20, precision=ind.decimals,
                               type_name="double")
                        for suffix, values in ((LOW_SUFFIX, res.ci_low), (HIGH_SUFFIX, res.ci_high))]
    return columns
