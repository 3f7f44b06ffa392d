"""What the three social-index algorithms (composite_index, index_sensitivity, status_dynamics_index)
share: their parameters, the areas with who is rated (population, exclusions, missing values), the
settings of the composition and the report in the log. Reading and writing the area table itself is
area_table's job, messages are messages'."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from qgis.core import (
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
from sozialplanung_plugin.processing.area_table import AreaTable, read_area_table
from sozialplanung_plugin.processing.expressions import evaluate_per_feature, expression_text, parsed
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


def index_help() -> str:
    """The part of the help that composite_index and index_sensitivity share."""
    return tr(
        "<h3>Direction</h3><p>A higher index means more need (disadvantage): list the fields where a higher "
        "value is better (e.g. the share of residents with a job) under <i>Fields where higher is better</i>; "
        "they are turned round. Rank 1 is the area with the highest index.</p>"
        "<h3>Who is rated</h3><p>Areas below the <i>minimum population</i>, areas left out by key or expression "
        "(outliers) and — unless filled in — areas with a NULL indicator are <b>not rated</b>: they stay in the "
        "result with the label 'not rated' and take no part in means and standard deviations.</p>"
        "<h3>Normalisation</h3><ul><li>0 z-score with the population SD (divide by n; reproduces Berlin's "
        "published MSS), 1 with the sample SD (n − 1)</li><li>2 min-max 0–100</li><li>3 rank (1 = lowest, ties "
        "share the mean rank)</li><li>4 percentile rank 0–100</li><li>5 distance to a reference value (deviation "
        "in %) or goalposts low:high (position 0–100)</li><li>6 none</li></ul>"
        "<h3>Aggregation</h3><ul><li>0 weighted sum, 1 weighted mean</li><li>2 geometric mean: needs values "
        ">= 0 — a 0 in one indicator gives 0 (no compensation), negative values (z-scores) are an error: "
        "normalise with min-max, rank or percentile rank</li><li>3 minimum, 4 maximum</li><li>5 number of "
        "indicators at or beyond the threshold (number of burdens)</li></ul>"
        "<h3>Classes</h3><p>Class 1 holds the lowest index values. Standard-deviation breaks are multiples of "
        "the SD from the mean (MSS: -1,1,1.5 with the labels hoch,mittel,niedrig,sehr niedrig for the social "
        "status); a value exactly on a break goes towards the mean, as in the MSS.</p>")



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


def check_labels(alg, parameters, context, labels_name: str, breaks: Sequence[float]) -> None:
    """Labels given for classes from fixed or SD breaks: one per class."""
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.processing.messages import processing_error

    try:
        class_labels(alg.parameterAsString(parameters, labels_name, context), breaks)
    except InputError as err:
        raise processing_error(err) from None


def check_rating_parameters(alg, parameters, context) -> None:
    """The expression for areas to leave out parses (QGIS would silently use none instead)."""
    text = expression_text(alg, parameters, EXCLUDE_EXPRESSION, context)
    if text:
        parsed(text)


def check_composition_parameters(alg, parameters, context) -> None:
    """What composite_index and index_sensitivity can check before reading a layer: weights (numbers, one
    per field, not negative, not all 0), breaks (numbers, increasing, given where needed), goalposts (one per
    field) and class labels (one per class)."""
    from sozialplanung_plugin.core.classification import (
        FIXED_BREAKS,
        NATURAL_BREAKS,
        NO_CLASSES,
        SD_BREAKS,
        check_breaks,
    )
    from sozialplanung_plugin.core.composite_index import check_weights
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.processing.messages import processing_error

    check_rating_parameters(alg, parameters, context)
    names = parameter_as_strings(alg, parameters, FIELDS, context)
    method = alg.parameterAsEnum(parameters, CLASSIFICATION, context)
    weights, breaks, _ = parsed_numbers(alg, parameters, context, names)
    try:
        if names and alg.parameterAsEnum(parameters, WEIGHTING, context) != 1:   # PCA ignores given weights
            check_weights(weights or None, len(names), names)
        if method in (SD_BREAKS, FIXED_BREAKS):
            if not breaks:
                raise InputError("no_breaks")
            check_breaks(breaks)
    except InputError as err:
        raise processing_error(err, names=names) from None
    if method in (SD_BREAKS, FIXED_BREAKS):
        check_labels(alg, parameters, context, CLASS_LABELS, breaks)
    elif method != NO_CLASSES and method <= NATURAL_BREAKS:
        k = alg.parameterAsInt(parameters, CLASSES, context)
        check_labels(alg, parameters, context, CLASS_LABELS, [0.0] * (k - 1))


def parsed_numbers(alg, parameters, context, names: Sequence[str]):
    """WEIGHTS, BREAKS and GOALPOSTS read as numbers (goalposts one per field of ``names``, None without
    fields); a translated error naming the entry that is not a number."""
    from sozialplanung_plugin.core.classification import parse_numbers
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.core.normalisation import parse_goalposts
    from sozialplanung_plugin.processing.messages import processing_error

    try:
        weights = parse_numbers(alg.parameterAsString(parameters, WEIGHTS, context), "weights")
        breaks = parse_numbers(alg.parameterAsString(parameters, BREAKS, context), "breaks")
        goalposts = parse_goalposts(alg.parameterAsString(parameters, GOALPOSTS, context), len(names)) \
            if names else None
    except InputError as err:
        raise processing_error(err, names=names) from None
    return weights, breaks, goalposts


def composition_settings(alg, parameters, context, names: Sequence[str], invert: Sequence[str]) -> Dict:
    """Keyword arguments for core.composite_index.compose from the parameters."""
    weights, breaks, goalposts = parsed_numbers(alg, parameters, context, names)
    return dict(invert=[n in invert for n in names], weights=weights or None,
                pca=alg.parameterAsEnum(parameters, WEIGHTING, context) == 1,
                normalisation=alg.parameterAsEnum(parameters, NORMALISATION, context),
                aggregation=alg.parameterAsEnum(parameters, AGGREGATION, context),
                threshold=alg.parameterAsDouble(parameters, THRESHOLD, context),
                restandardise=alg.parameterAsBoolean(parameters, RESTANDARDISE, context),
                classification=alg.parameterAsEnum(parameters, CLASSIFICATION, context), breaks=breaks,
                n_classes=alg.parameterAsInt(parameters, CLASSES, context),
                on_break=ON_BREAK_SIDES[alg.parameterAsEnum(parameters, ON_BREAK, context)], goalposts=goalposts)


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


@dataclass
class RatedAreas(AreaTable):
    """The areas of an index and who is rated: population, areas left out, how NULLs are treated."""

    population: Optional[object] = None     # array of residents, or None
    excluded: object = None                 # bool array: left out by key or expression
    missing: int = 0                        # MISSING_VALUES


def read_rated_areas(alg, parameters, context, feedback) -> RatedAreas:
    """All attributes of the input (the result keeps them), the keys, population and exclusions."""
    import numpy as np

    areas = read_area_table(alg, parameters, context, feedback, INPUT, ID_FIELD)
    pop = alg.numeric_field_names(areas.source.fields(), parameter_as_strings(alg, parameters, POPULATION_FIELD,
                                                                               context), areas.layer)
    population = areas.numeric(pop)[:, 0] if pop else None
    keys = areas.keys
    ids = [k.strip() for k in (alg.parameterAsString(parameters, EXCLUDE_IDS, context) or "").split(",") if k.strip()]
    unknown = sorted(set(ids) - set(keys))
    if unknown:
        raise QgsProcessingException(tr("Layer '{layer}' has no area with the key '{key}' (areas to leave out).")
                                     .format(layer=areas.layer, key=unknown[0]))
    excluded = np.isin(np.array(keys, dtype=object), ids)
    expression = expression_text(alg, parameters, EXCLUDE_EXPRESSION, context)
    if expression:
        (values,) = evaluate_per_feature(areas.source, [expression], areas.fids, areas.layer, feedback=feedback)
        excluded |= np.array([bool(v) for v in values], dtype=bool)
    missing = alg.parameterAsEnum(parameters, MISSING_VALUES, context)
    return RatedAreas(**vars(areas), population=population, excluded=excluded, missing=missing)


def read_index_inputs(alg, parameters, context, feedback):
    """Areas, indicator field names and compose() settings of composite_index and index_sensitivity."""
    source, layer = alg.source_and_label(parameters, INPUT, context)
    names = alg.numeric_field_names(source.fields(), parameter_as_strings(alg, parameters, FIELDS, context), layer)
    if not names:
        raise QgsProcessingException(tr("Choose the indicator fields."))
    if len(set(n.lower() for n in names)) != len(names):
        raise QgsProcessingException(tr("An indicator field is chosen twice."))
    invert = alg.numeric_field_names(source.fields(), parameter_as_strings(alg, parameters, INVERT_FIELDS, context),
                                     layer)
    stray = [n for n in invert if n not in names]
    if stray:
        raise QgsProcessingException(tr("'{field}' is listed under 'Fields where higher is better' but is not one "
                                         "of the indicator fields.").format(field=stray[0]))
    settings = composition_settings(alg, parameters, context, names, invert)
    areas = read_rated_areas(alg, parameters, context, feedback)
    return areas, names, settings


def rating_columns(result, labels: Sequence[str], not_rated: str) -> list:
    """The output columns every index result has: index, rank, class, class label and rated."""
    from sozialplanung_plugin.compat import FieldType
    from sozialplanung_plugin.processing.area_table import Column

    return [
        Column("index", FieldType.Double, result.index, tr("Social index")),
        Column("index_rank", FieldType.Int, [int(r) if ok else None for r, ok in zip(result.rank, result.rated)],
               tr("Rank (1 = most need)")),
        Column("index_class", FieldType.Int, [int(c) if c > 0 else None for c in result.index_class],
               tr("Index class")),
        Column("index_label", FieldType.String,
               [labels[c - 1] if c > 0 else (not_rated if not ok else None)
                for c, ok in zip(result.index_class, result.rated)], tr("Index class (label)")),
        Column("rated", FieldType.Int, [int(ok) for ok in result.rated], tr("Rated"))]
