"""sozialplanung:compute_indicators — social indicators with official definitions and protection."""
from __future__ import annotations

import datetime

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
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
        p = QgsProcessingParameterFeatureSource(INPUT, tr("Counts per area"), [QgsProcessing.SourceType.TypeVector])
        p.setHelp(tr("Layer or table with counts per area (GeoPackage, CSV, XLSX, PostGIS)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(AREA_ID, tr("Area key field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any)
        p.setHelp(tr("Unique key of each area, kept as text."))
        self.addParameter(p)
        p = QgsProcessingParameterString(INDICATORS, tr("Indicators (ids, comma-separated)"), optional=True)
        p.setHelp(tr("E.g. sgb2_quote,arbeitslosenrelation. Empty: all catalogue indicators whose fields "
                     "the input has."))
        self.addParameter(p)
        p = QgsProcessingParameterFile(CATALOGUE, tr("Kennzahlenkatalog file"), extension="json", optional=True)
        p.setHelp(tr("JSON catalogue of indicator definitions; empty: the built-in catalogue."))
        self.addParameter(p)
        p = QgsProcessingParameterExpression(NUMERATOR, tr("Custom indicator: numerator"),
                                             parentLayerParameterName=INPUT, optional=True)
        p.setHelp(tr("Expression over the input's fields, e.g. sgb2_elb + sgb2_nef."))
        self.addParameter(p)
        p = QgsProcessingParameterExpression(DENOMINATOR, tr("Custom indicator: denominator"),
                                             parentLayerParameterName=INPUT, optional=True)
        p.setHelp(tr("Expression over the input's fields, e.g. ew_gesamt."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(FACTOR, tr("Custom indicator: factor"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         100.0, minValue=0.000001)
        p.setHelp(tr("100 for per cent, 1000 for per thousand, 1 for a plain ratio."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(DECIMALS, tr("Custom indicator: decimals"),
                                         QgsProcessingParameterNumber.Type.Integer, 1, minValue=0, maxValue=6)
        p.setHelp(tr("Decimal places after rounding half up."))
        self.addParameter(p)
        p = QgsProcessingParameterString(NAME, tr("Custom indicator: field name"), "custom_rate", optional=True)
        p.setHelp(tr("Name of the output field of the custom indicator."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(MIN_COUNT, tr("Minimum count"), QgsProcessingParameterNumber.Type.Integer, 3,
                                         minValue=0)
        p.setHelp(tr("Numerator counts from 1 to below this are confidential: the value is published as NULL."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(MIN_DENOMINATOR, tr("Minimum denominator"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0)
        p.setHelp(tr("Values with a smaller denominator are published as NULL (the catalogue may set a stricter "
                     "value per indicator, e.g. 100 for SGB II quotas)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(GROUP_FIELDS, tr("Published totals by"), None,
                                        INPUT, QgsProcessingParameterField.DataType.Any, allowMultiple=True,
                                        optional=True)
        p.setHelp(tr("Fields whose groups have published totals, e.g. stadtteil_id. The town total is always "
                     "assumed published. Areas are suppressed in addition (secondary_suppression) so that no "
                     "confidential count can be recovered by subtraction."))
        self.addParameter(p)
        p = QgsProcessingParameterField(POPULATION_FIELD, tr("Population field"), "ew_gesamt", INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, optional=True)
        p.setHelp(tr("Residents per area, for the small-population flag."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(MIN_POPULATION, tr("Minimum population"),
                                         QgsProcessingParameterNumber.Type.Integer, 300, minValue=0)
        p.setHelp(tr("Areas with fewer residents are flagged small_population (not reliable)."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(CONFIDENCE, tr("Add 95 % confidence intervals"), False)
        p.setHelp(tr("Adds <id>_ci_low and <id>_ci_high (Wilson score interval) for shares."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(MAX_RELATIVE_HALF_WIDTH, tr("Unreliable above relative half-width"),
                                         QgsProcessingParameterNumber.Type.Double, 0.3, minValue=0)
        p.setHelp(tr("A share is flagged unreliable when its interval's half-width exceeds this share of the "
                     "interval's centre."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterString(REFERENCE_DATE, tr("Reference date (Stichtag)"), "", optional=True)
        p.setHelp(tr("E.g. 31.12.2025; stored in the recipe."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Indicators"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        p = QgsProcessingParameterFileDestination(OUTPUT_CATALOGUE, tr("Save catalogue as"), tr("JSON files (*.json)"),
                                                  optional=True, createByDefault=False)
        p.setHelp(tr("Writes the catalogue that was used as a JSON file, to start your own."))
        self.addParameter(p)

    # ------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core import catalogue as cat
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.indicators import compute_indicator
        from sozialplanung_plugin.processing.convert import NO_GEOMETRY, geometries_by_fid, nullable, read_source
        from sozialplanung_plugin.processing.messages import checked_area_keys, processing_error

        source, layer_name = self.source_and_label(parameters, INPUT, context)
        fields = source.fields()
        area_id = self.field_name(fields, (parameter_as_strings(self, parameters, AREA_ID, context) or [""])[0],
                                  layer_name, key_hint=True)
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{layer}' has no features.").format(layer=layer_name))

        # ---- which indicators ---------------------------------------------
        path = self.parameterAsFile(parameters, CATALOGUE, context)
        if path:
            try:
                with open(path, encoding="utf-8") as fh:
                    catalogue = cat.parse_catalogue(fh.read())
            except OSError as err:
                raise QgsProcessingException(tr("Cannot read the catalogue file '{path}': {error}")
                                             .format(path=path, error=err)) from None
            except InputError as err:
                raise processing_error(err, path) from None
        else:
            catalogue = list(cat.BUILTIN)
        by_id = {i.id: i for i in catalogue}
        wanted = [w.strip() for w in (self.parameterAsString(parameters, INDICATORS, context) or "").split(",")
                  if w.strip()]
        chosen = []
        for w in wanted:
            if w not in by_id:
                raise QgsProcessingException(
                    tr("Unknown indicator '{id}'. Known in this catalogue: {ids}.")
                    .format(id=w, ids=", ".join(sorted(by_id))))
            chosen.append(by_id[w])
        numerator = (self.parameterAsString(parameters, NUMERATOR, context) or "").strip()
        denominator = (self.parameterAsString(parameters, DENOMINATOR, context) or "").strip()
        if bool(numerator) != bool(denominator):
            raise QgsProcessingException(tr("A custom indicator needs both a numerator and a denominator."))
        if numerator:
            name = (self.parameterAsString(parameters, NAME, context) or "custom_rate").strip()
            chosen.append(cat.Indicator(name, name, name, numerator, denominator,
                                        self.parameterAsDouble(parameters, FACTOR, context),
                                        self.parameterAsInt(parameters, DECIMALS, context), "", "neutral",
                                        definition_de=f"{numerator} / {denominator}",
                                        definition_en=f"{numerator} / {denominator}",
                                        source=tr("custom")))
        names = {f.name().lower(): f.name() for f in fields}
        if not wanted and not numerator:
            for ind in catalogue:
                missing = self._missing_fields(ind, names)
                if missing:
                    feedback.pushInfo(tr("Skipping '{id}': the input has no field {fields}.")
                                      .format(id=ind.id, fields=", ".join(missing)))
                else:
                    chosen.append(ind)
            if not chosen:
                raise QgsProcessingException(
                    tr("Layer '{layer}' has none of the fields the catalogue's indicators need. Choose "
                       "indicators explicitly, give a catalogue file with your field names, or define a custom "
                       "indicator.").format(layer=layer_name))

        # ---- check expressions and fields ----------------------------------
        plans = []
        needed = set()
        for ind in chosen:
            parts = []
            for role, expr in ((tr("numerator"), ind.numerator), (tr("denominator"), ind.denominator)):
                terms = cat.sum_terms(expr)
                if terms is not None:
                    for _, f in terms:
                        if f.lower() not in names:
                            raise QgsProcessingException(
                                tr("Indicator '{id}': the {role} uses the field '{field}', which layer '{layer}' "
                                   "does not have.").format(id=ind.id, role=role, field=f, layer=layer_name))
                        real = names[f.lower()]
                        if not fields.at(fields.lookupField(real)).isNumeric():
                            raise QgsProcessingException(
                                tr("Indicator '{id}': the field '{field}' of layer '{layer}' is not numeric.")
                                .format(id=ind.id, field=real, layer=layer_name))
                        needed.add(real)
                    parts.append(("terms", [(s, names[f.lower()]) for s, f in terms]))
                else:
                    qexpr = QgsExpression(expr)
                    if qexpr.hasParserError():
                        raise QgsProcessingException(
                            tr("Indicator '{id}': the {role} '{expr}' is not a valid expression: {error}")
                            .format(id=ind.id, role=role, expr=expr, error=qexpr.parserErrorString()))
                    parts.append(("expression", expr))
            plans.append((ind, parts))
        group_fields = [self.field_name(fields, g, layer_name)
                        for g in parameter_as_strings(self, parameters, GROUP_FIELDS, context)]
        pop_field = parameter_as_strings(self, parameters, POPULATION_FIELD, context)
        pop_field = names.get(pop_field[0].lower()) if pop_field else None
        if pop_field:
            needed.add(pop_field)

        # ---- read ----------------------------------------------------------
        selected_only = self.subset_only(parameters, INPUT)
        # the output carries the key, the input's text fields (names) and the population, not every count
        kept = [f.name() for f in fields if f.name() != area_id and not f.isNumeric()]
        if pop_field and pop_field != area_id:
            kept.append(pop_field)
        tab = read_source(self.parameterAsVectorLayer(parameters, INPUT, context), selected_only, source,
                          sorted(needed | {area_id} | set(kept) | set(group_fields)), context, feedback, NO_GEOMETRY,
                          None, 0, 40)
        if feedback.isCanceled():
            return {}
        keys = checked_area_keys(tab.columns[area_id], tab.fids, layer_name, area_id)
        columns = {}
        for f in needed:
            col = np.asarray(tab.columns[f], dtype=float)
            neg = np.nonzero(col < 0)[0]
            if neg.size:
                raise QgsProcessingException(
                    tr("Layer '{layer}', field '{field}': feature {row} has the negative count {value:g}. Counts "
                       "cannot be negative; replace missing-value codes with NULL.")
                    .format(layer=layer_name, field=f, row=tab.fids[neg[0]], value=col[neg[0]]))
            columns[f] = col
        expression_values = self._evaluate_expressions(source, plans, tab.fids, context, feedback, layer_name)

        # ---- compute -------------------------------------------------------
        min_count = self.parameterAsInt(parameters, MIN_COUNT, context)
        min_den = self.parameterAsDouble(parameters, MIN_DENOMINATOR, context)
        min_pop = self.parameterAsInt(parameters, MIN_POPULATION, context)
        max_rel = self.parameterAsDouble(parameters, MAX_RELATIVE_HALF_WIDTH, context)
        with_ci = self.parameterAsBoolean(parameters, CONFIDENCE, context)
        population = columns.get(pop_field) if pop_field else None
        results = []
        for k, (ind, parts) in enumerate(plans):
            feedback.setProgress(40 + 40 * k / max(1, len(plans)))
            arrays = [cat.evaluate_terms(spec, columns) if how == "terms" else expression_values[(ind.id, j)]
                      for j, (how, spec) in enumerate(parts)]
            eff_count = max(min_count, ind.min_count or 0)
            eff_den = max(min_den, ind.min_denominator or 0)
            res = compute_indicator(arrays[0], arrays[1], ind.factor, ind.decimals, ind.kind, eff_count, eff_den,
                                    population, min_pop, max_rel)
            n_gt = sum(1 for f in res.flags if "numerator_gt_denominator" in f)
            if n_gt:
                rows = [str(tab.fids[i]) for i, f in enumerate(res.flags) if "numerator_gt_denominator" in f]
                feedback.pushWarning(tr("Indicator '{id}': the numerator exceeds the denominator in {n} areas "
                                        "(features {rows}); check the input.")
                                     .format(id=ind.id, n=n_gt, rows=", ".join(rows[:10])))
            if ind.kind != "balance":
                self._secondary(res, arrays[0], eff_count, tab, group_fields, keys, ind, feedback)
            n_sup = int(np.count_nonzero(np.isnan(res.value) & np.isfinite(res.raw)))
            feedback.pushInfo(tr("{id}: {n} values, {s} suppressed (minimum count {c}, minimum denominator {d:g}).")
                              .format(id=ind.id, n=len(keys), s=n_sup, c=eff_count, d=eff_den))
            results.append((ind, res, eff_count, eff_den))

        # ---- write -----------------------------------------------------------
        out_fields = QgsFields()
        out_fields.append(QgsField(area_id, FieldType.String, "string", 0))
        for name in kept:
            out_fields.append(QgsField(fields.at(fields.lookupField(name))))
        taken = {n.lower() for n in [area_id] + kept}
        for ind, _, _, _ in results:
            new = [ind.id, ind.id + FLAG_SUFFIX] + ([ind.id + LOW_SUFFIX, ind.id + HIGH_SUFFIX] if with_ci else [])
            clash = [n for n in new if n.lower() in taken]
            if clash:
                raise QgsProcessingException(
                    tr("Layer '{layer}' already has a field '{field}'. Rename it or leave out that indicator.")
                    .format(layer=layer_name, field=clash[0]))
            taken.update(n.lower() for n in new)
            out_fields.append(QgsField(ind.id, FieldType.Double, "double", 20, ind.decimals))
            out_fields.append(QgsField(ind.id + FLAG_SUFFIX, FieldType.String))
            if with_ci:
                out_fields.append(QgsField(ind.id + LOW_SUFFIX, FieldType.Double, "double", 20, ind.decimals))
                out_fields.append(QgsField(ind.id + HIGH_SUFFIX, FieldType.Double, "double", 20, ind.decimals))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, out_fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))

        columns_out = [keys] + [nullable(tab.columns[name]) for name in kept]
        for _, res, _, _ in results:
            columns_out.append(nullable(res.value))
            columns_out.append([f or None for f in res.flags])
            if with_ci:
                columns_out += [nullable(res.ci_low), nullable(res.ci_high)]
        rows = [list(r) for r in zip(*columns_out)]
        geometries = geometries_by_fid(source, tab.fids, selected_only)
        batch = []
        for i, fid in enumerate(tab.fids):
            if i % 5000 == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(80 + 20 * i / max(1, len(tab.fids)))
            out = QgsFeature(out_fields)
            if fid in geometries:
                out.setGeometry(geometries[fid])
            out.setAttributes(rows[i])
            batch.append(out)
            if len(batch) >= 5000:
                self.write_features(sink, batch, OUTPUT)
                batch = []
        self.write_features(sink, batch, OUTPUT)

        # ---- recipe ----------------------------------------------------------
        lang = ui_language()
        recipe = self._recipe(results, self.parameterAsString(parameters, REFERENCE_DATE, context), with_ci,
                              min_pop, max_rel, group_fields)
        outputs = {OUTPUT: dest_id}
        cat_path = self.parameterAsFileOutput(parameters, OUTPUT_CATALOGUE, context)
        if cat_path and parameters.get(OUTPUT_CATALOGUE):
            with open(cat_path, "w", encoding="utf-8") as fh:
                fh.write(cat.catalogue_to_json([r[0] for r in results], tr("Catalogue used")))
            outputs[OUTPUT_CATALOGUE] = cat_path
        aliases = {ind.id: f"{ind.name(lang)} ({ind.unit})" if ind.unit else ind.name(lang)
                   for ind, _, _, _ in results}
        aliases.update({ind.id + FLAG_SUFFIX: tr("{name}: flag").format(name=ind.name(lang))
                        for ind, _, _, _ in results})
        self.store_with_output(parameters, context, OUTPUT, dest_id, RECIPE_TABLE, recipe, dict(
            field=results[0][0].id, aliases=aliases, null_label=tr("confidential / no data"),
            abstract=self._abstract(recipe)))
        return outputs

    @staticmethod
    def _secondary(res, numerator, min_count, tab, group_fields, keys, ind, feedback):
        """Suppress further areas so that no confidential numerator follows from published totals."""
        import numpy as np

        from sozialplanung_plugin.core.secondary_suppression import secondary_suppression

        primary = np.array(["suppressed_count" in f for f in res.flags])
        if not primary.any() or min_count <= 0:
            return
        groups = [[tab.columns[g][i] for i in range(len(keys))] for g in group_fields] + [["town"] * len(keys)]
        hidden = np.isnan(res.value) & ~primary
        result = secondary_suppression(numerator, primary, groups, min_count, hidden)
        for i in np.nonzero(result.secondary)[0]:
            res.value[i] = np.nan
            res.ci_low[i] = np.nan
            res.ci_high[i] = np.nan
            res.flags[i] = (res.flags[i] + "," if res.flags[i] else "") + "secondary_suppression"
        if result.secondary.any():
            feedback.pushInfo(tr("{id}: {n} further areas suppressed so that no confidential count can be "
                                 "recovered from published totals (secondary suppression).")
                              .format(id=ind.id, n=int(result.secondary.sum())))
        if result.unprotectable:
            feedback.pushWarning(tr("{id}: the confidential value of areas {keys} follows from a published total "
                                    "(e.g. the only area of its group) and cannot be protected by suppressing "
                                    "other areas; do not publish that group's total.")
                                 .format(id=ind.id, keys=", ".join(keys[i] for i in result.unprotectable)))

    # ------------------------------------------------------------------
    @staticmethod
    def _missing_fields(ind, names):
        from sozialplanung_plugin.core.catalogue import sum_terms

        missing = []
        for expr in (ind.numerator, ind.denominator):
            terms = sum_terms(expr)
            if terms is None:
                continue
            missing += [f for _, f in terms if f.lower() not in names and f not in missing]
        return missing

    @staticmethod
    def _evaluate_expressions(source, plans, fids, context, feedback, layer_name):
        """Values of the non-sum expressions, evaluated by QGIS (one pass over the features)."""
        import numpy as np

        todo = [(ind.id, j, spec) for ind, parts in plans for j, (how, spec) in enumerate(parts) if how == "expression"]
        if not todo:
            return {}
        ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
        exprs = []
        for ind_id, j, text in todo:
            e = QgsExpression(text)
            e.prepare(ctx)
            exprs.append((ind_id, j, text, e))
        row_of = {fid: i for i, fid in enumerate(fids)}
        values = {(ind_id, j): np.full(len(fids), np.nan) for ind_id, j, _, _ in exprs}
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        for feat in source.getFeatures(request):
            i = row_of.get(feat.id())
            if i is None:
                continue
            ctx.setFeature(feat)
            for ind_id, j, text, e in exprs:
                v = e.evaluate(ctx)
                if e.hasEvalError():
                    raise QgsProcessingException(
                        tr("Indicator '{id}': the expression '{expr}' fails for feature {row} of layer "
                           "'{layer}': {error}").format(id=ind_id, expr=text, row=feat.id(), layer=layer_name,
                                                         error=e.evalErrorString()))
                if v is None or (hasattr(v, "isNull") and v.isNull()):
                    continue
                try:
                    values[(ind_id, j)][i] = float(v)
                except (TypeError, ValueError):
                    raise QgsProcessingException(
                        tr("Indicator '{id}': the expression '{expr}' gives '{value}' for feature {row}, which is "
                           "not a number.").format(id=ind_id, expr=text, value=v, row=feat.id())) from None
        return values

    @staticmethod
    def _recipe(results, reference_date, with_ci, min_pop, max_rel, group_fields=()):
        from sozialplanung_plugin.processing.recipe import plugin_version

        now = datetime.datetime.now().replace(microsecond=0).isoformat()
        rows = []
        for ind, _, eff_count, eff_den in results:
            rule = ("NULL if 0 < numerator < {c}" if ind.kind != "balance" else "") + \
                   (f"; NULL if denominator < {eff_den:g}" if eff_den else "")
            rows.append({
                "field": ind.id, "indicator_id": ind.id, "name_de": ind.name_de, "name_en": ind.name_en,
                "definition_de": ind.definition_de, "definition_en": ind.definition_en,
                "numerator": ind.numerator, "denominator": ind.denominator, "factor": ind.factor,
                "decimals": ind.decimals, "unit": ind.unit, "polarity": ind.polarity, "kind": ind.kind,
                "source": ind.source, "reference_date": reference_date or "",
                "suppression": rule.format(c=eff_count).lstrip("; ") + (
                    "; secondary suppression against published totals by {} and the town".format(
                        ", ".join(group_fields)) if ind.kind != "balance" else ""),
                "rounding": f"half up, {ind.decimals} decimals, applied last",
                "confidence_interval": "Wilson score 95 %" if (with_ci and ind.kind == "rate") else "",
                "reliability": f"unreliable if half-width > {max_rel:g} x centre; small_population if < {min_pop}",
                "plugin_version": plugin_version(), "run_date": now,
            })
        return rows

    @staticmethod
    def _abstract(recipe):
        lines = ["{field}: {name_de} / {name_en} = ({numerator}) / ({denominator}) x {factor:g}; {suppression}; "
                 "Stichtag {reference_date}; Sozialplanung {plugin_version}, {run_date}".format(**r) for r in recipe]
        return "\n".join(lines)
