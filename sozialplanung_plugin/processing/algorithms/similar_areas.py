"""sozialplanung:similar_areas — find similar areas (Vergleichbare Gebiete)."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
FIELDS = "FIELDS"
WEIGHTS = "WEIGHTS"
TOLERANCES = "TOLERANCES"
REFERENCE_ID = "REFERENCE_ID"
NUMBER = "NUMBER"
OUTPUT = "OUTPUT"


class SimilarAreas(SozialplanungAlgorithm):
    GROUP_ID = "profiles"
    REQUIRES = ("numpy", "scipy")

    def name(self):
        return "similar_areas"

    def displayName(self):  # noqa: N802
        return tr("Find similar areas")

    def tags(self):
        return tr("Vergleichbare Gebiete,similar,Ähnlichkeit,Vergleich,benchmark,CoSI,Gebietsprofil").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Which areas are most like a given one? Each chosen indicator is z-standardised over all areas "
            "(so that a percentage and a count weigh alike), and the distance between two areas is the weighted "
            "root mean square of their z differences, over the indicators both have (NULL, e.g. suppressed, "
            "values are left out).</p>"
            "<p><b>With a reference area</b> (<i>Reference area key</i>): every area gets "
            "<i>similarity_rank</i> (1 = most similar), <i>similarity_distance</i>, and — with tolerance bands "
            "per indicator in its own unit, e.g. 2,5,,1 — <i>within_tolerance</i> (how many indicators lie "
            "within the band of the reference's value) and <i>within_fields</i> (which). The reference itself has "
            "<i>is_reference</i> = 1.</p>"
            "<p><b>Without a reference</b>: every area gets its most similar areas, <i>similar_1</i> … with "
            "<i>distance_1</i> …</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(INPUT, tr("Indicators per area"), [QgsProcessing.SourceType.TypeVector])
        p.setHelp(tr("One row per area with the indicator fields."))
        self.addParameter(p)
        p = QgsProcessingParameterField(ID_FIELD, tr("Area key field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any)
        p.setHelp(tr("Unique key of each area, kept as text."))
        self.addParameter(p)
        p = QgsProcessingParameterField(FIELDS, tr("Indicator fields"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, allowMultiple=True)
        p.setHelp(tr("The indicators to compare."))
        self.addParameter(p)
        p = QgsProcessingParameterString(WEIGHTS, tr("Weights (comma-separated, in field order)"), "", optional=True)
        p.setHelp(tr("E.g. 2,1,1. Empty: equal weights."))
        self.addParameter(p)
        p = QgsProcessingParameterString(TOLERANCES, tr("Tolerance bands (comma-separated, in field order)"), "",
                                         optional=True)
        p.setHelp(tr("Per indicator, in its unit, how far a value may lie from the reference's; an empty entry: "
                     "no band. E.g. 2,5,,1."))
        self.addParameter(p)
        p = QgsProcessingParameterString(REFERENCE_ID, tr("Reference area key"), "", optional=True)
        p.setHelp(tr("The area to compare with. Empty: the most similar areas of every area."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(NUMBER, tr("Number of similar areas"),
                                         QgsProcessingParameterNumber.Type.Integer,
                                         5, minValue=1, maxValue=50)
        p.setHelp(tr("Without a reference: how many similar areas each area gets."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Similar areas"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def parameter_problem(self, parameters, context):
        return self.first_problem(lambda: self._weights_and_tolerances(parameters, context))

    def _weights_and_tolerances(self, parameters, context, layer=""):
        """Weights and tolerance bands: numbers, one per indicator field (or none)."""
        from sozialplanung_plugin.core.classification import parse_numbers
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.similarity import check_settings
        from sozialplanung_plugin.processing.messages import processing_error

        names = parameter_as_strings(self, parameters, FIELDS, context)
        try:
            weights = parse_numbers(self.parameterAsString(parameters, WEIGHTS, context), "weights")
            tolerances = parse_tolerances(self.parameterAsString(parameters, TOLERANCES, context))
            if names:   # tolerance bands count only for a reference area
                with_reference = bool((self.parameterAsString(parameters, REFERENCE_ID, context) or "").strip())
                check_settings(len(names), weights or None, tolerances if with_reference else None)
        except InputError as err:
            raise processing_error(err, layer, names=names) from None
        return weights, tolerances

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core import similarity as sim
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.area_table import Column, read_area_table, write_area_table
        from sozialplanung_plugin.processing.messages import processing_error

        self.refuse_bad_parameters(parameters, context)
        source, layer = self.source_and_label(parameters, INPUT, context)
        names = self.numeric_field_names(source.fields(), parameter_as_strings(self, parameters, FIELDS, context),
                                         layer)
        if not names:
            raise QgsProcessingException(tr("Choose the indicator fields."))
        weights, tolerances = self._weights_and_tolerances(parameters, context, layer)
        areas = read_area_table(self, parameters, context, feedback, INPUT, ID_FIELD, progress=(0, 30))
        keys = areas.keys
        values = areas.numeric(names)
        ref_key = (self.parameterAsString(parameters, REFERENCE_ID, context) or "").strip()
        try:
            if ref_key:
                columns, order = self._similar_to(areas, values, ref_key, weights, tolerances, names, feedback)
            else:
                k = self.parameterAsInt(parameters, NUMBER, context)
                res_k = sim.most_similar(values, k, weights or None)
                columns = [Column("similar_ids", FieldType.String,
                                  [",".join(keys[i] for i, _ in row) for row in res_k])]
                for j in range(k):
                    columns.append(Column(f"similar_{j + 1}", FieldType.String,
                                          [keys[row[j][0]] if j < len(row) else None for row in res_k]))
                    columns.append(Column(f"distance_{j + 1}", FieldType.Double,
                                          [row[j][1] if j < len(row) else None for row in res_k]))
                order = list(range(len(keys)))
        except InputError as err:
            raise processing_error(err, layer, names=names) from None
        # written in rank order (the reference first)
        columns = [c.reordered(order) for c in columns]
        dest_id = write_area_table(self, parameters, context, feedback, areas.reordered(order), columns, OUTPUT)
        if dest_id is None:
            return {}
        return {OUTPUT: dest_id}

    @staticmethod
    def _similar_to(areas, values, ref_key, weights, tolerances, names, feedback):
        """Columns for 'similar to one reference area' and the order to write the areas in."""
        import numpy as np

        from sozialplanung_plugin.core import similarity as sim
        from sozialplanung_plugin.processing.area_table import Column

        keys = areas.keys
        if ref_key not in keys:
            raise QgsProcessingException(
                tr("Layer '{layer}' has no area with the key '{key}' (reference area). Known keys are e.g. "
                   "{some}.").format(layer=areas.layer, key=ref_key, some=", ".join(keys[:5])))
        ref = keys.index(ref_key)
        res = sim.similar_to(values, ref, weights or None, tolerances)
        columns = [
            Column("is_reference", FieldType.Int, [int(i == ref) for i in range(len(keys))]),
            Column("similarity_rank", FieldType.Int, [int(r) if r == r else None for r in res.rank]),
            Column("similarity_distance", FieldType.Double, res.distance),
            Column("within_tolerance", FieldType.Int, [int(n) if tolerances else None for n in res.n_within]),
            Column("within_fields", FieldType.String,
                   [",".join(n for n, w in zip(names, row) if w) or None if tolerances else None
                    for row in res.within])]
        order = sorted(range(len(keys)), key=lambda i: (i != ref, res.rank[i] if res.rank[i] == res.rank[i]
                                                        else np.inf, i))
        best = [keys[i] for i in order[1:6] if res.rank[i] == res.rank[i]]
        feedback.pushInfo(tr("Most similar to '{key}': {areas}.").format(key=ref_key, areas=", ".join(best)))
        return columns, order


def parse_tolerances(text):
    """Tolerance bands per field (empty entries: none), or None when not given."""
    from sozialplanung_plugin.core.errors import InputError

    text = (text or "").strip()
    if not text:
        return None
    out = []
    for part in text.split(","):
        part = part.strip()
        try:
            out.append(float(part) if part else None)
        except ValueError:
            raise InputError("not_a_number", value=part, what=tr("the tolerance bands")) from None
    return out
