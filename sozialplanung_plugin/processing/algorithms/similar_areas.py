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

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core import similarity as sim
        from sozialplanung_plugin.core.classification import parse_numbers
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing import index_inputs as ii
        from sozialplanung_plugin.processing.convert import NO_GEOMETRY, nullable, numeric_matrix, read_source
        from sozialplanung_plugin.processing.messages import checked_area_keys

        source, layer = self.source_and_label(parameters, INPUT, context)
        if source.featureCount() == 0:
            raise QgsProcessingException(tr("Layer '{layer}' has no features.").format(layer=layer))
        id_field = self.field_name(source.fields(), (parameter_as_strings(self, parameters, ID_FIELD,
                                                                          context) or [""])[0],
                                   layer, key_hint=True)
        names = ii.canonical_fields(self, parameters, FIELDS, context, source, layer)
        if not names:
            raise QgsProcessingException(tr("Choose the indicator fields."))
        try:
            weights = parse_numbers(self.parameterAsString(parameters, WEIGHTS, context), "weights")
        except InputError as err:
            raise ii.index_error(err, layer, names) from None
        tol_text = (self.parameterAsString(parameters, TOLERANCES, context) or "").strip()
        tolerances = None
        if tol_text:
            tolerances = []
            for part in tol_text.split(","):
                part = part.strip()
                try:
                    tolerances.append(float(part) if part else None)
                except ValueError:
                    raise QgsProcessingException(tr("'{value}' in the tolerance bands is not a number.")
                                                 .format(value=part)) from None
        subset = self.subset_only(parameters, INPUT)
        tab = read_source(self.parameterAsVectorLayer(parameters, INPUT, context), subset, source,
                          [f.name() for f in source.fields()], context, feedback, NO_GEOMETRY, None, 0, 30)
        keys = checked_area_keys(tab.columns[id_field], tab.fids, layer, id_field)
        values = numeric_matrix(tab, names)
        ref_key = (self.parameterAsString(parameters, REFERENCE_ID, context) or "").strip()
        areas = ii.Areas(source, layer, id_field, keys, tab, subset, None, np.zeros(len(keys), dtype=bool), 0)
        try:
            if ref_key:
                if ref_key not in keys:
                    raise QgsProcessingException(
                        tr("Layer '{layer}' has no area with the key '{key}' (reference area). Known keys are e.g. "
                           "{some}.").format(layer=layer, key=ref_key, some=", ".join(keys[:5])))
                ref = keys.index(ref_key)
                res = sim.similar_to(values, ref, weights or None, tolerances)
                new = [("is_reference", FieldType.Int), ("similarity_rank", FieldType.Int),
                       ("similarity_distance", FieldType.Double), ("within_tolerance", FieldType.Int),
                       ("within_fields", FieldType.String)]
                columns = [[int(i == ref) for i in range(len(keys))],
                           [int(r) if r == r else None for r in res.rank], nullable(res.distance),
                           [int(n) if tolerances else None for n in res.n_within],
                           [",".join(n for n, w in zip(names, row) if w) or None if tolerances else None
                            for row in res.within]]
                order = sorted(range(len(keys)), key=lambda i: (i != ref, res.rank[i] if res.rank[i] == res.rank[i]
                                                                else np.inf, i))
                best = [keys[i] for i in order[1:6] if res.rank[i] == res.rank[i]]
                feedback.pushInfo(tr("Most similar to '{key}': {areas}.").format(key=ref_key, areas=", ".join(best)))
            else:
                k = self.parameterAsInt(parameters, NUMBER, context)
                res_k = sim.most_similar(values, k, weights or None)
                new = [("similar_ids", FieldType.String)]
                for j in range(1, k + 1):
                    new += [(f"similar_{j}", FieldType.String), (f"distance_{j}", FieldType.Double)]
                columns = [[",".join(keys[i] for i, _ in row) for row in res_k]]
                for j in range(k):
                    columns.append([keys[row[j][0]] if j < len(row) else None for row in res_k])
                    columns.append([row[j][1] if j < len(row) else None for row in res_k])
                order = list(range(len(keys)))
        except InputError as err:
            raise QgsProcessingException(self._message(err, layer, names)) from None
        # write in rank order (the reference first)
        areas.table.fids = [tab.fids[i] for i in order]
        pick = np.asarray(order, dtype=int)
        areas.table.columns = {n: (c[pick] if isinstance(c, np.ndarray) else [c[i] for i in order])
                               for n, c in tab.columns.items()}
        areas.keys = [keys[i] for i in order]
        columns = [[c[i] for i in order] for c in columns]
        dest_id = ii.write_areas(self, parameters, context, feedback, areas, new, columns, OUTPUT)
        if dest_id is None:
            return {}
        return {OUTPUT: dest_id}

    @staticmethod
    def _message(err, layer, names):
        d = err.details
        if err.code == "weights_count":
            return tr("{given} weights for {fields} indicator fields; give one weight per field or none.").format(**d)
        if err.code == "tolerances_count":
            return tr("{given} tolerance bands for {fields} indicator fields; give one entry per field (empty "
                      "entries for none).").format(**d)
        if err.code == "bad_weights":
            return tr("The weights must be 0 or more and not all 0.")
        if err.code == "all_missing":
            return tr("Layer '{layer}': the indicator '{field}' is NULL in every area.").format(
                layer=layer, field=names[d["column"]])
        return tr("Invalid input: {detail}").format(detail=str(err))
