"""Model output ids across QGIS versions.

A model publishes a child algorithm's output as one of its own parameters, and the run's result has the same
key. Two namings exist (QgsProcessingModelAlgorithm's "internal version"):

- version 1: ``<child id>:<output name>``, e.g. ``indicators:kennzahlen``. Every model on QGIS 3.22, and on
  later versions every model file that was written without ``internal_version`` or with ``Version1`` (the
  plugin's shipped model, see scripts/make_model.py).
- version 2: the output's description, lower case, spaces as ``_``, other characters dropped, e.g.
  ``kennzahlen`` for "Kennzahlen". Models created on QGIS 3.40 and 3.44 (in the modeler or in code).

The tests name both ids literally; the model itself says which naming it uses (``toVariant()`` writes
``internal_version`` since the naming exists, QGIS 3.22 writes none).
"""


def internal_version(model) -> str:
    """'Version1' or 'Version2' (QGIS 3.22 knows only the first and does not write the key)."""
    return model.toVariant().get("internal_version") or "Version1"


def output_id(model, version1: str, version2: str) -> str:
    """The id this model gives an output: ``version1`` ("<child>:<output>") or ``version2`` (from the description)."""
    return version1 if internal_version(model) == "Version1" else version2


def destination_ids(model) -> list:
    return sorted(p.name() for p in model.destinationParameterDefinitions())
