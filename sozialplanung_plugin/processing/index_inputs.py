"""What the social-index algorithms (composite_index, index_sensitivity,
status_dynamics_index) share: their parameters, reading the areas, the
translated messages for core errors, the log report and writing the result."""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

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
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from sozialplanung_plugin.compat import parameter_as_strings
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
FIELDS = "FIELDS"
INVERT_FIELDS = "INVERT_FIELDS"
WEIGHTS = "WEIGHTS"
WEIGHTING = "WEIGHTING"
NORMALISATION = "NORMALISATION"
GOALPOSTS = "GOALPOSTS"
AGGREGATION = "AGGREGATION"
THRESHOLD = "THRESHOLD"
RESTANDARDISE = "RESTANDARDISE"
CLASSIFICATION = "CLASSIFICATION"
BREAKS = "BREAKS"
CLASSES = "CLASSES"
CLASS_LABELS = "CLASS_LABELS"
ON_BREAK = "ON_BREAK"
POPULATION_FIELD = "POPULATION_FIELD"
MIN_POPULATION = "MIN_POPULATION"
EXCLUDE_EXPRESSION = "EXCLUDE_EXPRESSION"
EXCLUDE_IDS = "EXCLUDE_IDS"
MISSING_VALUES = "MISSING_VALUES"

ON_BREAK_SIDES = ["centre", "upper", "lower"]
RECIPE_TABLE = "sozialplanung_index_recipe"


def flagged(p, advanced=False):
    if advanced:
        p.setFlags(p.flags() | p.FlagAdvanced)
    return p


def add_area_parameters(alg) -> None:
    """INPUT, ID_FIELD and who is rated: POPULATION_FIELD, MIN_POPULATION, EXCLUDE_IDS,
    EXCLUDE_EXPRESSION, MISSING_VALUES."""
    p = QgsProcessingParameterFeatureSource(INPUT, tr("Indicators per area"), [QgsProcessing.SourceType.TypeVector])
    p.setHelp(tr("Layer or table with one row per area (Sozialraum, Planungsraum) and the indicator fields, "
                 "e.g. the result of Compute social indicators."))
    alg.addParameter(p)
    p = QgsProcessingParameterField(ID_FIELD, tr("Area key field"), None, INPUT,
                                    QgsProcessingParameterField.DataType.Any)
    p.setHelp(tr("Unique key of each area, kept as text."))
    alg.addParameter(p)


def add_rating_parameters(alg, min_population: int = 300) -> None:
    p = QgsProcessingParameterField(POPULATION_FIELD, tr("Population field"), None, INPUT,
                                    QgsProcessingParameterField.DataType.Numeric, optional=True)
    p.setHelp(tr("Residents per area. Areas with fewer than the minimum population are not rated."))
    alg.addParameter(p)
    p = QgsProcessingParameterNumber(MIN_POPULATION, tr("Minimum population"),
                                     QgsProcessingParameterNumber.Type.Integer,
                                     min_population, minValue=0)
    p.setHelp(tr("Areas with fewer residents are not rated: kept in the result with the label 'not rated', "
                 "and left out of means and standard deviations (MSS: 300)."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(EXCLUDE_IDS, tr("Areas to leave out (keys, comma-separated)"), "",
                                     optional=True)
    p.setHelp(tr("Outliers such as a business park with few residents: not rated, kept in the result."))
    alg.addParameter(p)
    p = QgsProcessingParameterExpression(EXCLUDE_EXPRESSION, tr("Areas to leave out (expression)"),
                                         parentLayerParameterName=INPUT, optional=True)
    p.setHelp(tr("Areas for which this expression is true are not rated, e.g. \"typ\" = 'Gewerbe'."))
    alg.addParameter(flagged(p, True))
    p = QgsProcessingParameterEnum(MISSING_VALUES, tr("Missing values (NULL)"),
                                   [tr("Do not rate the area"), tr("Fill in the mean"), tr("Fill in the median")],
                                   defaultValue=0)
    p.setHelp(tr("An area with a NULL indicator (e.g. suppressed) is not rated (flag missing:<field>), or the mean "
                 "or median of the rated areas is filled in (flag imputed:<field>)."))
    alg.addParameter(p)


def normalisation_options():
    return [tr("z-score (population SD)"), tr("z-score (sample SD)"), tr("Min-max 0–100"), tr("Rank"),
            tr("Percentile rank 0–100"), tr("Distance to reference or goalposts"), tr("None")]


def aggregation_options():
    return [tr("Weighted sum"), tr("Weighted mean"), tr("Geometric mean"), tr("Minimum"), tr("Maximum"),
            tr("Number of indicators at or beyond the threshold")]


def classification_options():
    return [tr("Standard-deviation breaks"), tr("Quantiles"), tr("Equal intervals"), tr("Fixed breaks"),
            tr("Natural breaks (Jenks)"), tr("None")]


def add_composition_parameters(alg) -> None:
    """FIELDS … ON_BREAK, as composite_index and index_sensitivity offer them."""
    p = QgsProcessingParameterField(FIELDS, tr("Indicator fields"), None, INPUT,
                                    QgsProcessingParameterField.DataType.Numeric,
                                    allowMultiple=True)
    p.setHelp(tr("The indicators to combine, e.g. sgb2_quote, arbeitslosenrelation, alleinerziehende_anteil."))
    alg.addParameter(p)
    p = QgsProcessingParameterField(INVERT_FIELDS, tr("Fields where higher is better"), None, INPUT,
                                    QgsProcessingParameterField.DataType.Numeric, allowMultiple=True, optional=True)
    p.setHelp(tr("These are turned round, so that a higher index always means more need."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(WEIGHTS, tr("Weights (comma-separated, in field order)"), "", optional=True)
    p.setHelp(tr("E.g. 2,1,1. Empty: equal weights."))
    alg.addParameter(p)
    p = QgsProcessingParameterEnum(WEIGHTING, tr("Weighting"),
                                   [tr("Given weights (or equal)"), tr("First principal component")], defaultValue=0)
    p.setHelp(tr("Principal component: weights from the squared loadings of the first component; the log lists "
                 "them."))
    alg.addParameter(flagged(p, True))
    p = QgsProcessingParameterEnum(NORMALISATION, tr("Normalisation"), normalisation_options(), defaultValue=0)
    p.setHelp(tr("How indicators are made comparable before they are combined; statistics come from the rated "
                 "areas."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(GOALPOSTS, tr("Reference values or goalposts (comma-separated)"), "",
                                     optional=True)
    p.setHelp(tr("For 'distance to reference': per field a reference value (deviation in %) or goalposts low:high "
                 "(position 0–100), e.g. 12.5, 5:30. Empty: the mean of the rated areas."))
    alg.addParameter(flagged(p, True))
    p = QgsProcessingParameterEnum(AGGREGATION, tr("Aggregation"), aggregation_options(), defaultValue=0)
    p.setHelp(tr("How the normalised indicators are combined per area."))
    alg.addParameter(p)
    p = QgsProcessingParameterNumber(THRESHOLD, tr("Threshold (number of burdens)"),
                                     QgsProcessingParameterNumber.Type.Double, 1.0)
    p.setHelp(tr("For 'number of indicators at or beyond the threshold': a normalised value >= this counts as a "
                 "burden (z-scores: 1 = one SD above the mean)."))
    alg.addParameter(flagged(p, True))
    p = QgsProcessingParameterBoolean(RESTANDARDISE, tr("Standardise the aggregate again (z)"), True)
    p.setHelp(tr("The index then has mean 0 and SD 1 over the rated areas, as in the MSS."))
    alg.addParameter(p)
    p = QgsProcessingParameterEnum(CLASSIFICATION, tr("Classes"), classification_options(), defaultValue=0)
    p.setHelp(tr("How the index is divided into classes; class 1 holds the lowest index values."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(BREAKS, tr("Breaks (comma-separated)"), "-1,1,1.5", optional=True)
    p.setHelp(tr("Standard-deviation breaks: multiples of the SD from the mean, e.g. -1,1,1.5 (MSS). Fixed "
                 "breaks: index values."))
    alg.addParameter(p)
    p = QgsProcessingParameterNumber(CLASSES, tr("Number of classes"), QgsProcessingParameterNumber.Type.Integer, 5,
                                     minValue=2, maxValue=12)
    p.setHelp(tr("For quantiles, equal intervals and natural breaks."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(CLASS_LABELS, tr("Class labels (comma-separated)"), "", optional=True)
    p.setHelp(tr("One label per class from the lowest index up, e.g. hoch,mittel,niedrig,sehr niedrig. Empty: the "
                 "class limits."))
    alg.addParameter(p)
    add_on_break_parameter(alg, tr("For SD and fixed breaks. MSS: the middle class includes both its limits "
                                   "(-1 <= x <= +1)."))


def add_on_break_parameter(alg, help_text: str) -> None:
    p = QgsProcessingParameterEnum(ON_BREAK, tr("A value exactly on a break goes"),
                                   [tr("Towards the mean (MSS)"), tr("Into the upper class"),
                                    tr("Into the lower class")], defaultValue=0)
    p.setHelp(help_text)
    alg.addParameter(flagged(p, True))


@dataclass
class Areas:
    source: object
    layer: str
    id_field: str
    keys: List[str]
    table: object                 # convert.FeatureTable with all input attributes
    subset: bool
    population: Optional[object]
    excluded: object              # bool array
    missing: int


def canonical_fields(alg, parameters, name, context, source, layer, numeric=True) -> List[str]:
    fields = source.fields()
    out = []
    for n in parameter_as_strings(alg, parameters, name, context) or []:
        real = alg.field_name(fields, n, layer)
        if numeric and not fields.at(fields.lookupField(real)).isNumeric():
            raise QgsProcessingException(
                tr("Layer '{layer}': the field '{field}' is not numeric ({type}). Choose numeric indicator fields "
                   "or convert the field first (Refactor fields).").format(
                    layer=layer, field=real, type=fields.at(fields.lookupField(real)).typeName()))
        out.append(real)
    return out


def read_areas(alg, parameters, context, feedback) -> Areas:
    """All attributes of the input (the result keeps them), the keys, population and exclusions."""
    import numpy as np

    from sozialplanung_plugin.processing.convert import NO_GEOMETRY, numeric_matrix, read_source
    from sozialplanung_plugin.processing.messages import checked_area_keys

    source, layer = alg.source_and_label(parameters, INPUT, context)
    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Layer '{layer}' has no features.").format(layer=layer))
    id_field = alg.field_name(source.fields(), (parameter_as_strings(alg, parameters, ID_FIELD, context) or [""])[0],
                              layer, key_hint=True)
    pop = canonical_fields(alg, parameters, POPULATION_FIELD, context, source, layer)
    subset = alg.subset_only(parameters, INPUT)
    names = [f.name() for f in source.fields()]
    tab = read_source(alg.parameterAsVectorLayer(parameters, INPUT, context), subset, source, names, context,
                      feedback, NO_GEOMETRY, None, 0, 20)
    keys = checked_area_keys(tab.columns[id_field], tab.fids, layer, id_field)
    population = numeric_matrix(tab, pop)[:, 0] if pop else None
    excluded = np.zeros(len(keys), dtype=bool)
    ids = [k.strip() for k in (alg.parameterAsString(parameters, EXCLUDE_IDS, context) or "").split(",") if k.strip()]
    unknown = sorted(set(ids) - set(keys))
    if unknown:
        raise QgsProcessingException(tr("Layer '{layer}' has no area with the key '{key}' (areas to leave out).")
                                     .format(layer=layer, key=unknown[0]))
    excluded |= np.isin(np.array(keys, dtype=object), ids)
    expression = (alg.parameterAsExpression(parameters, EXCLUDE_EXPRESSION, context) or "").strip()
    if expression:
        excluded |= _expression_true(source, expression, tab.fids, context, layer)
    missing = alg.parameterAsEnum(parameters, MISSING_VALUES, context)
    return Areas(source, layer, id_field, keys, tab, subset, population, excluded, missing)


def _expression_true(source, text, fids, context, layer):
    import numpy as np

    expr = QgsExpression(text)
    if expr.hasParserError():
        raise QgsProcessingException(tr("The expression '{expr}' is not valid: {error}")
                                     .format(expr=text, error=expr.parserErrorString()))
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(None))
    expr.prepare(ctx)
    row_of = {fid: i for i, fid in enumerate(fids)}
    out = np.zeros(len(fids), dtype=bool)
    request = QgsFeatureRequest()
    if not expr.needsGeometry():
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feat in source.getFeatures(request):
        i = row_of.get(feat.id())
        if i is None:
            continue
        ctx.setFeature(feat)
        value = expr.evaluate(ctx)
        if expr.hasEvalError():
            raise QgsProcessingException(tr("The expression '{expr}' fails for feature {row} of layer '{layer}': "
                                            "{error}").format(expr=text, row=feat.id(), layer=layer,
                                                              error=expr.evalErrorString()))
        out[i] = bool(value) and not (hasattr(value, "isNull") and value.isNull())
    return out


def composition_settings(alg, parameters, context, names: Sequence[str], invert: Sequence[str]) -> Dict:
    """Keyword arguments for core.composite_index.compose from the parameters."""
    from sozialplanung_plugin.core.classification import parse_numbers
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.core.normalisation import parse_goalposts

    try:
        weights = parse_numbers(alg.parameterAsString(parameters, WEIGHTS, context), "weights")
        breaks = parse_numbers(alg.parameterAsString(parameters, BREAKS, context), "breaks")
        goalposts = parse_goalposts(alg.parameterAsString(parameters, GOALPOSTS, context), len(names))
    except InputError as err:
        raise index_error(err, "", names) from None
    return dict(invert=[n in invert for n in names], weights=weights or None,
                pca=alg.parameterAsEnum(parameters, WEIGHTING, context) == 1,
                normalisation=alg.parameterAsEnum(parameters, NORMALISATION, context),
                aggregation=alg.parameterAsEnum(parameters, AGGREGATION, context),
                threshold=alg.parameterAsDouble(parameters, THRESHOLD, context),
                restandardise=alg.parameterAsBoolean(parameters, RESTANDARDISE, context),
                classification=alg.parameterAsEnum(parameters, CLASSIFICATION, context), breaks=breaks,
                n_classes=alg.parameterAsInt(parameters, CLASSES, context),
                on_break=ON_BREAK_SIDES[alg.parameterAsEnum(parameters, ON_BREAK, context)], goalposts=goalposts)


def index_error(err, layer: str, names: Sequence[str]) -> QgsProcessingException:
    """Translated message for a core error of the index computation."""
    d = dict(err.details)
    d.setdefault("layer", layer)
    if "column" in d:
        d["field"] = names[d["column"]]
    templates = {
        "constant_field": tr("Layer '{layer}': the indicator '{field}' has the same value ({value:g}) in all rated "
                             "areas (standard deviation 0), so it cannot be standardised. Leave it out."),
        "constant_aggregate": tr("The aggregate has the same value ({value:g}) in all rated areas and cannot be "
                                 "standardised again; switch off re-standardisation."),
        "too_few_rated": tr("Layer '{layer}': only {n} areas can be rated (enough population, no missing values, not "
                            "left out). An index needs at least two; check the minimum population and NULL values."),
        "weights_count": tr("{given} weights for {fields} indicator fields ({names}): give one weight per field, in "
                            "the same order, or none for equal weights."),
        "weights_sum_zero": tr("The weights add up to 0; give at least one positive weight."),
        "negative_weight": tr("The weight of '{field}' is negative ({weight:g}); to turn an indicator round, list it "
                              "under 'Fields where higher is better' instead."),
        "weights_not_finite": tr("The weights must be numbers."),
        "not_a_number": tr("'{value}' in {what} is not a number (use a point as decimal separator, commas between "
                           "values)."),
        "breaks_not_increasing": tr("The breaks must increase: {second:g} follows {first:g}."),
        "no_breaks": tr("Standard-deviation and fixed breaks need the breaks, e.g. -1,1,1.5."),
        "too_few_classes": tr("At least two classes are needed."),
        "too_few_distinct_values": tr("Only {n} distinct index values for {classes} natural classes; choose fewer "
                                      "classes."),
        "geometric_negative": tr("The geometric mean needs values >= 0, but '{field}' is {value:g} in area '{key}' "
                                 "({n} negative values in all). Normalise with min-max, rank or percentile rank, "
                                 "which give no negative values."),
        "all_missing": tr("Layer '{layer}': the indicator '{field}' is NULL in every rated area."),
        "goalposts_count": tr("{given} reference values/goalposts for {fields} fields; give one entry per field "
                              "(empty entries use the mean)."),
        "bad_goalpost": tr("'{value}' is no reference value or goalposts low:high (two different numbers; a "
                           "reference must not be 0)."),
        "zero_reference": tr("The reference value of '{field}' is 0 (its mean over the rated areas): a deviation in % "
                             "cannot be computed. Give a reference or goalposts."),
        "labels_count": tr("{given} class labels for {classes} classes; give one label per class or none."),
    }
    template = templates.get(err.code)
    if template is None:
        return QgsProcessingException(tr("Invalid input: {detail}").format(detail=str(err)))
    return QgsProcessingException(template.format(**d))


def class_labels(text: str, breaks: Optional[Sequence[float]]) -> List[str]:
    """The user's labels (checked against the number of classes) or the class limits."""
    from sozialplanung_plugin.core.errors import InputError

    if breaks is None:
        return []
    k = len(breaks) + 1
    given = [t.strip() for t in (text or "").split(",") if t.strip()]
    if given:
        if len(given) != k:
            raise InputError("labels_count", given=len(given), classes=k)
        return given
    fmt = [f"{b:.2f}" for b in breaks]
    return ([tr("below {limit}").format(limit=fmt[0])] +
            [f"{a} – {b}" for a, b in zip(fmt, fmt[1:])] +
            [tr("above {limit}").format(limit=fmt[-1])])


def log_report(feedback, names: Sequence[str], result, labels: Sequence[str]) -> None:
    """Correlations, Cronbach's alpha, first component, weights and class sizes in the log."""
    rep = result.report
    width = max(8, max(len(n) for n in names))
    lines = [" " * width + " " + " ".join(f"{n[:width]:>{width}}" for n in names)]
    for i, n in enumerate(names):
        lines.append(f"{n[:width]:<{width}} " + " ".join(f"{rep.correlation[i, j]:>{width}.2f}"
                                                         for j in range(len(names))))
    feedback.pushInfo(tr("Correlation of the normalised indicators (Pearson, rated areas):") + "\n" + "\n".join(lines))
    feedback.pushInfo(tr("Cronbach's alpha: {alpha:.3f}; the first principal component explains {share:.1f} % of "
                         "the variance.").format(alpha=rep.cronbach_alpha, share=100 * rep.pc1_share))
    feedback.pushInfo(tr("Weights used: {weights}.").format(
        weights=", ".join(f"{n} {w:.3f}" for n, w in zip(names, result.weights))))
    if rep.class_counts:
        feedback.pushInfo(tr("Areas per class: {counts}; not rated: {n}.").format(
            counts=", ".join(f"{c} {labels[c - 1] if c - 1 < len(labels) else ''} = {m}".replace("  ", " ")
                             for c, m in rep.class_counts.items()),
            n=int((~result.rated).sum())))


def output_fields(areas: Areas, new: Sequence[tuple]) -> QgsFields:
    """The input's fields plus the new ones ((name, QVariant type) pairs); a clash is an error."""
    fields = QgsFields()
    for f in areas.source.fields():
        fields.append(QgsField(f))
    taken = {f.name().lower() for f in areas.source.fields()}
    for name, kind in new:
        if name.lower() in taken:
            raise QgsProcessingException(tr("Layer '{layer}' already has a field '{field}'. Rename it first (the "
                                            "result adds this field).").format(layer=areas.layer, field=name))
        taken.add(name.lower())
        fields.append(QgsField(name, kind))          # no length/precision: values are not rounded
    return fields


def write_areas(alg, parameters, context, feedback, areas: Areas, new: Sequence[tuple], columns: Sequence[list],
                output: str):
    """Write input attributes + ``columns`` (lists, NULL as None) with the input geometries."""
    from sozialplanung_plugin.processing.convert import geometries_by_fid, nullable

    fields = output_fields(areas, new)
    sink, dest_id = alg.parameterAsSink(parameters, output, context, fields, areas.source.wkbType(),
                                        areas.source.sourceCrs())
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, output))
    geometries = geometries_by_fid(areas.source, areas.table.fids, areas.subset)
    kept = [nullable(areas.table.columns[f.name()]) for f in areas.source.fields()]
    rows = list(zip(*(kept + list(columns))))
    batch = []
    for i, fid in enumerate(areas.table.fids):
        if i % 5000 == 0:
            if feedback.isCanceled():
                return None
            feedback.setProgress(80 + 20 * i / max(1, len(rows)))
        feat = QgsFeature(fields)
        if fid in geometries:
            feat.setGeometry(geometries[fid])
        feat.setAttributes(list(rows[i]))
        batch.append(feat)
        if len(batch) >= 5000:
            alg.write_features(sink, batch, output)
            batch = []
    alg.write_features(sink, batch, output)
    return dest_id


def recipe_rows(alg, parameters, context, extra: Dict[str, str]) -> List[Dict[str, object]]:
    """One row per parameter (as given) plus what was derived (weights, breaks), version and date."""
    from sozialplanung_plugin.processing.recipe import plugin_version

    now = datetime.datetime.now().replace(microsecond=0).isoformat()
    rows = []
    for d in alg.parameterDefinitions():
        if d.isDestination():
            continue
        value = parameters.get(d.name())
        rows.append({"item": d.name(), "value": "" if value is None else str(value),
                     "plugin_version": plugin_version(), "run_date": now})
    for k, v in extra.items():
        rows.append({"item": k, "value": v, "plugin_version": plugin_version(), "run_date": now})
    rows.insert(0, {"item": "algorithm", "value": "sozialplanung:" + alg.name(), "plugin_version": plugin_version(),
                    "run_date": now})
    return rows
