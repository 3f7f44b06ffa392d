"""QGIS expressions evaluated per feature: the one way the plugin does it (parse error checked, one
pass over the features, values by the row of a table read before)."""
from __future__ import annotations

from typing import Callable, List, Optional, Sequence

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProcessingException,
)

from sozialplanung_plugin.translation import tr


def parsed(text: str, describe: str = "") -> QgsExpression:
    """The parsed expression; a translated error if it does not parse (``describe``: which expression,
    e.g. "Indicator 'x': the numerator", for the message)."""
    expr = QgsExpression(text)
    if expr.hasParserError():
        if describe:
            raise QgsProcessingException(tr("{what} '{expr}' is not a valid expression: {error}")
                                         .format(what=describe, expr=text, error=expr.parserErrorString()))
        raise QgsProcessingException(tr("The expression '{expr}' is not valid: {error}")
                                     .format(expr=text, error=expr.parserErrorString()))
    return expr


def expression_text(alg, parameters, name: str, context, default: str = "") -> str:
    """The text of the expression parameter ``name`` as given (``default`` when empty). QGIS's
    parameterAsExpression silently returns the parameter's default for text that does not parse, so
    text is taken as it is (and checked with ``parsed``); anything else (a model input) goes through QGIS."""
    raw = parameters.get(name)
    text = raw if isinstance(raw, str) else alg.parameterAsExpression(parameters, name, context)
    return (text or "").strip() or default


def evaluate_per_feature(source, texts: Sequence[str], fids: Sequence[int], layer: str,
                         eval_error: Optional[Callable[[int, str, int, str], QgsProcessingException]] = None,
                         feedback=None, scope_layer=None) -> List[list]:
    """For each expression in ``texts`` its value (plain Python, None for NULL) for each feature id of
    ``fids``, in that order: one pass over ``source``. A feature for which an expression fails stops the
    run with ``eval_error(k, text, fid, error)`` or a generic message naming layer and feature.
    ``scope_layer``: the map layer whose variables (@layer_name …) the expressions see."""
    from sozialplanung_plugin.processing.convert import plain

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(scope_layer))
    exprs = [parsed(t) for t in texts]
    for e in exprs:
        e.prepare(context)
    row_of = {fid: i for i, fid in enumerate(fids)}
    out: List[list] = [[None] * len(fids) for _ in texts]
    request = QgsFeatureRequest()
    if not any(e.needsGeometry() for e in exprs):
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for n, feat in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 5000 == 0 and feedback.isCanceled():
            break
        i = row_of.get(feat.id())
        if i is None:
            continue
        context.setFeature(feat)
        for k, e in enumerate(exprs):
            value = e.evaluate(context)
            if e.hasEvalError():
                if eval_error is not None:
                    raise eval_error(k, texts[k], feat.id(), e.evalErrorString())
                raise QgsProcessingException(
                    tr("The expression '{expr}' fails for feature {row} of layer '{layer}': {error}")
                    .format(expr=texts[k], row=feat.id(), layer=layer, error=e.evalErrorString()))
            out[k][i] = plain(value)
    return out
