"""Writing features to a Processing sink: batched, with progress and cancel — the one place that does it."""
from __future__ import annotations

from typing import Iterable, Tuple

from qgis.core import QgsFeatureSink, QgsProcessingException

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
