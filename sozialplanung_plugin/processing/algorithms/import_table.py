"""sozialplanung:import_table — a statistics office's CSV, read right without editing the file."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import FieldType
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
KEY_FIELDS = "KEY_FIELDS"
DASH_IS_ZERO = "DASH_IS_ZERO"
OUTPUT = "OUTPUT"

TYPES = {"text": FieldType.String, "integer": FieldType.LongLong, "real": FieldType.Double}


class ImportTable(SozialplanungAlgorithm):
    GROUP_ID = "counts"
    REQUIRES = ()

    def name(self):
        return "import_table"

    def displayName(self):  # noqa: N802
        return tr("Import a statistics table (CSV as delivered)")

    def tags(self):
        return tr("CSV,import,Statistikamt,Dezimalkomma,Tausendertrennzeichen,Windows-1252").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Reads a CSV file exactly as statistics offices deliver it, without editing the file: "
            "separator ; (or , or tab), UTF-8 or Windows-1252, decimal comma and thousands separator "
            "(1.234,5), keys with leading zeros kept as text ('0101').</p>"
            "<p>Markers instead of numbers become NULL, and the marker is kept in a column "
            "<i>&lt;column&gt;_note</i>: * anonymised (Bundesagentur für Arbeit: values 1 and 2), . unknown or "
            "confidential, x not applicable, / not reliable enough, … not yet available. A dash (-) means "
            "'nothing, exactly zero' in the legend of the statistical offices and is read as 0; switch this "
            "off where your delivery uses the dash for missing values.</p>"
            "<p>The result is a table (no geometry) ready for <i>Compute social indicators</i> or a join to the "
            "planning areas.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFile(INPUT, tr("CSV file"), extension="csv")
        p.setHelp(tr("The file as delivered; it is never changed."))
        self.addParameter(p)
        p = QgsProcessingParameterString(KEY_FIELDS, tr("Key columns (comma-separated)"), "", optional=True)
        p.setHelp(tr("Columns to keep as text whatever they contain. Columns with leading zeros are kept as "
                     "text anyway."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(DASH_IS_ZERO, tr("A dash (-) means zero"), True)
        p.setHelp(tr("Destatis legend: '-' = nothing, exactly zero. Off: a dash is read as NULL."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Imported table"),
                                                            QgsProcessing.SourceType.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core.delivered_table import read_delivered_csv
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.messages import processing_error

        path = self.parameterAsFile(parameters, INPUT, context)
        keys = [k.strip() for k in (self.parameterAsString(parameters, KEY_FIELDS, context) or "").split(",")
                if k.strip()]
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as err:
            raise QgsProcessingException(
                tr("Cannot read the file '{path}': {error}").format(path=path, error=err)) from None
        try:
            table = read_delivered_csv(data, keys, self.parameterAsBoolean(parameters, DASH_IS_ZERO, context))
        except InputError as err:
            raise processing_error(err, path=path) from None
        feedback.pushInfo(tr("Read {rows} rows and {cols} columns ({encoding}, separator '{sep}').").format(
            rows=table.n_rows, cols=len(table.columns), encoding=table.encoding, sep=table.delimiter))
        fields = QgsFields()
        for col in table.columns:
            fields.append(QgsField(col.name, TYPES[col.kind]))
            if col.notes is not None:
                fields.append(QgsField(col.name + "_note", FieldType.String))
        for name, counts in table.marker_counts.items():
            feedback.pushInfo(tr("Column '{column}': markers read as NULL/0: {markers}").format(
                column=name, markers=", ".join(f"'{m}' {n}x" for m, n in counts.items())))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        if not self.write_batched(sink, rows_as_features(table, fields), table.n_rows, OUTPUT, feedback, (0.0, 100.0)):
            return {}
        return {OUTPUT: dest_id}


def rows_as_features(table, fields):
    """The rows of a delivered table as features: each column's value, followed by its marker where it has notes."""
    for i in range(table.n_rows):
        attrs = []
        for col in table.columns:
            attrs.append(col.values[i])
            if col.notes is not None:
                attrs.append(col.notes[i])
        feat = QgsFeature(fields)
        feat.setAttributes(attrs)
        yield feat
