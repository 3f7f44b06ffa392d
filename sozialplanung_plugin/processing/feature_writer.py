"""Writing features to a Processing sink: batched, with progress and cancel — the one place that does it."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Sequence, Tuple

from qgis.core import QgsFeature, QgsFeatureSink, QgsFields, QgsProcessingException

from sozialplanung_plugin.translation import tr

CHUNK = 5000


def add_features(sink, features, output_description: str) -> None:
    """Add features to a sink; a translated error naming the output if the provider refuses them."""
    if features and not sink.addFeatures(list(features), QgsFeatureSink.Flag.FastInsert):
        detail = sink.lastError() if hasattr(sink, "lastError") else ""
        raise QgsProcessingException(tr("Could not write to the output '{output}': {detail}").format(
            output=output_description, detail=detail))


def write_batched(sink, features: Iterable, total: int, output_description: str, feedback,
                  progress: Tuple[float, float] = (80.0, 100.0), chunk: int = CHUNK) -> bool:
    """Write ``features`` (an iterable of QgsFeature, ``total`` of them) in batches of ``chunk``,
    moving the progress bar from ``progress[0]`` to ``progress[1]``. False if the user cancelled."""
    start, end = progress
    batch = []
    for i, feature in enumerate(features):
        if i % chunk == 0 and feedback is not None:
            if feedback.isCanceled():
                return False
            feedback.setProgress(start + (end - start) * i / max(1, total))
        batch.append(feature)
        if len(batch) >= chunk:
            add_features(sink, batch, output_description)
            batch = []
    add_features(sink, batch, output_description)
    if feedback is not None:
        if feedback.isCanceled():
            return False
        feedback.setProgress(end)
    return True


def column_features(fields, columns: Sequence[Sequence], geometries: Iterable) -> Iterator[QgsFeature]:
    """One feature per row of ``columns`` (one list of values per field of ``fields``, None for NULL),
    with the geometry of the same row from ``geometries`` (None: no geometry)."""
    for geometry, row in zip(geometries, zip(*columns)):
        feat = QgsFeature(fields)
        if geometry is not None:
            feat.setGeometry(geometry)
        feat.setAttributes(list(row))
        yield feat


def write_columns(alg, parameters, output: str, context, feedback, columns: Sequence, geometries: Iterable,
                  wkb_type, crs, progress: Tuple[float, float] = (80.0, 100.0), chunk: int = CHUNK,
                  sink_for=None) -> Optional[str]:
    """Write the optional output ``output``: one feature per row of ``columns`` (``area_table.Column``:
    name, type, values with NaN or None for NULL) with ``geometries`` in the same order. The destination
    id, or None when the output is not asked for or the user cancelled. ``sink_for(fields)`` -> (sink,
    destination) replaces the ordinary sink (e.g. a file writer for a large output)."""
    from sozialplanung_plugin.processing.convert import nullable

    if not parameters.get(output):
        return None
    fields = QgsFields()
    for column in columns:
        fields.append(column.qgs_field())
    if sink_for is not None:
        sink, dest = sink_for(fields)
    else:
        sink, dest = alg.parameterAsSink(parameters, output, context, fields, wkb_type, crs)
    if sink is None:
        return None
    values = [nullable(column.values) for column in columns]
    done = write_batched(sink, column_features(fields, values, geometries), len(values[0]) if values else 0,
                         alg.parameterDefinition(output).description(), feedback, progress, chunk)
    del sink                  # a file writer is closed (flushed) here
    return dest if done else None
