"""sozialplanung:composite_index — compose a social index (Sozialindex bilden)."""
from __future__ import annotations

from qgis.core import QgsProcessing, QgsProcessingException, QgsProcessingParameterFeatureSink

from sozialplanung_plugin.compat import FieldType
from sozialplanung_plugin.processing import index_inputs as ii
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

OUTPUT = "OUTPUT"
NORM_SUFFIX = "_norm"


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
            "(table sozialplanung_index_recipe).</p>") + index_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        ii.add_area_parameters(self)
        ii.add_composition_parameters(self)
        ii.add_rating_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Social index"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.composite_index import compose
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.convert import nullable, numeric_matrix

        areas, names, settings = read_index_inputs(self, parameters, context, feedback)
        values = numeric_matrix(areas.table, names)
        feedback.setProgress(30)
        try:
            result = compose(values, names, areas.keys, population=areas.population,
                             min_population=self.parameterAsInt(parameters, ii.MIN_POPULATION, context),
                             excluded=areas.excluded, missing=areas.missing, **settings)
            labels = ii.class_labels(self.parameterAsString(parameters, ii.CLASS_LABELS, context), result.breaks)
        except InputError as err:
            raise ii.index_error(err, areas.layer, names) from None
        feedback.setProgress(70)
        ii.log_report(feedback, names, result, labels)
        not_rated = tr("not rated")
        new = [(n + NORM_SUFFIX, FieldType.Double) for n in names] + [
            ("aggregate", FieldType.Double), ("aggregate_std", FieldType.Double), ("index", FieldType.Double),
            ("index_rank", FieldType.Int), ("index_class", FieldType.Int), ("index_label", FieldType.String),
            ("rated", FieldType.Int), ("index_flag", FieldType.String)]
        restd = result.index if result.restandardised else result.aggregate * float("nan")
        columns = [nullable(result.normalised[:, j]) for j in range(len(names))] + [
            nullable(result.aggregate), nullable(restd), nullable(result.index),
            [int(r) if ok else None for r, ok in zip(result.rank, result.rated)],
            [int(c) if c > 0 else None for c in result.index_class],
            [labels[c - 1] if c > 0 else (not_rated if not ok else None)
             for c, ok in zip(result.index_class, result.rated)],
            [int(ok) for ok in result.rated], [f or None for f in result.flags]]
        dest_id = ii.write_areas(self, parameters, context, feedback, areas, new, columns, OUTPUT)
        if dest_id is None:
            return {}
        aliases = {n + NORM_SUFFIX: tr("{field} (normalised)").format(field=n) for n in names}
        aliases.update({"aggregate": tr("Aggregate"), "aggregate_std": tr("Aggregate, standardised again"),
                        "index": tr("Social index"), "index_rank": tr("Rank (1 = most need)"),
                        "index_class": tr("Index class"), "index_label": tr("Index class (label)"),
                        "rated": tr("Rated"), "index_flag": tr("Index flag")})
        extra = {"weights_used": ",".join(f"{w:g}" for w in result.weights),
                 "breaks_used": ",".join(f"{b:.6g}" for b in result.breaks or []),
                 "class_labels_used": ",".join(labels)}
        rows = ii.recipe_rows(self, parameters, context, extra)
        style = dict(field="index_class" if result.breaks is not None else "index", aliases=aliases,
                     null_label=not_rated, abstract="\n".join(f"{r['item']}: {r['value']}" for r in rows),
                     categories=[(c, lab) for c, lab in enumerate(labels, 1)] or None)
        self.store_with_output(parameters, context, OUTPUT, dest_id, ii.RECIPE_TABLE, rows, style)
        return {OUTPUT: dest_id}


def read_index_inputs(alg, parameters, context, feedback):
    """Areas, indicator field names and compose() settings — shared with index_sensitivity."""
    source, layer = alg.source_and_label(parameters, ii.INPUT, context)
    names = ii.canonical_fields(alg, parameters, ii.FIELDS, context, source, layer)
    if not names:
        raise QgsProcessingException(tr("Choose the indicator fields."))
    if len(set(n.lower() for n in names)) != len(names):
        raise QgsProcessingException(tr("An indicator field is chosen twice."))
    invert = ii.canonical_fields(alg, parameters, ii.INVERT_FIELDS, context, source, layer)
    stray = [n for n in invert if n not in names]
    if stray:
        raise QgsProcessingException(tr("'{field}' is listed under 'Fields where higher is better' but is not one "
                                         "of the indicator fields.").format(field=stray[0]))
    settings = ii.composition_settings(alg, parameters, context, names, invert)
    areas = ii.read_areas(alg, parameters, context, feedback)
    return areas, names, settings
