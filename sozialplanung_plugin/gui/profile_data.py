"""Area profile data read from a layer and drawn with QPainter — shared by the Gebietsprofil dock and the
Sozialatlas report (area_profile_report). No widgets here; the maths is core.profile."""
from __future__ import annotations

import functools
import math
from typing import List, Optional

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtGui import QColor, QPainter, QPalette, QPen

from sozialplanung_plugin.translation import tr

TOTAL_KEYS = {"gesamt", "stadt", "total", "summe", "stadt gesamt", "kreis"}
WORSE, BETTER, NEUTRAL_COLOR = QColor("#d7191c"), QColor("#2c7bb6"), QColor("#737373")


def paint_spine(painter: QPainter, rect: QRectF, ip, palette: QPalette) -> Optional[float]:
    """Spine chart of one indicator: the range of all areas (line), the 25–75 % band (box), the reference
    (centre line) and the area's value (dot: red = more need, blue = less, grey = no clear difference).
    Returns the marker's x position (None when the value is suppressed)."""
    text = palette.color(QPalette.ColorRole.Text)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    lo, hi = ip.minimum, ip.maximum
    if not (math.isfinite(lo) and math.isfinite(hi)):
        painter.restore()
        return None
    span = hi - lo if hi > lo else 1.0
    left, width = rect.left() + 6, max(1.0, rect.width() - 12)
    mid = rect.center().y()

    def x_of(v):
        return left + (v - lo) / span * width

    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.2))
    painter.drawLine(int(left), int(mid), int(left + width), int(mid))
    band = QColor(text)
    band.setAlpha(45)
    half = min(5.0, rect.height() * 0.25)           # the same size in every row, however tall the row is
    painter.fillRect(QRectF(x_of(ip.q25), mid - half, max(1.0, x_of(ip.q75) - x_of(ip.q25)), 2 * half), band)
    if math.isfinite(ip.reference):
        painter.setPen(QPen(text, 1.6))
        xr = x_of(ip.reference)
        painter.drawLine(int(xr), int(mid - 1.6 * half), int(xr), int(mid + 1.6 * half))
    x = None
    if not ip.suppressed:
        worse = ip.worse
        color = NEUTRAL_COLOR if worse is None else WORSE if worse else BETTER
        x = x_of(ip.value)
        r = min(4.5, rect.height() * 0.22)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1))
        painter.setBrush(color)
        painter.drawEllipse(QRectF(x - r, mid - r, 2 * r, 2 * r))
    painter.restore()
    return x


@functools.lru_cache(maxsize=1)
def _decimal_comma() -> bool:
    """The UI language is fixed for a QGIS session (as the installed translator is): read it once, not per
    number — a Sozialatlas formats tens of thousands of them."""
    from sozialplanung_plugin.translation import ui_language

    return ui_language() == "de"


def number(v: float, decimals: int = 1) -> str:
    """A number as planners read it: decimal comma in the German UI."""
    if v is None or not math.isfinite(v):
        return ""
    text = f"{v:.{decimals}f}"
    return text.replace(".", ",") if _decimal_comma() else text


def read_profile_data(layer, key: str, names: List[str], name_field: Optional[str] = None) -> Optional[dict]:
    """Keys, names, indicator values, confidence intervals and change fields (found by name:
    <field>_ci_low/_ci_high, <field>_abs_<y0>_<y1>), population (ew_gesamt), class labels, the town's total
    row — everything core.profile.build_profile needs, read once."""
    import numpy as np

    from sozialplanung_plugin.core.catalogue import BUILTIN

    if layer is None or not key or not names:
        return None
    lookup = {f.lower(): f for f in layer.fields().names()}
    pop_field = lookup.get("ew_gesamt")
    extra = {}
    for n in names:
        for suffix in ("_ci_low", "_ci_high"):
            if (n + suffix).lower() in lookup:
                extra[n + suffix] = lookup[(n + suffix).lower()]
        change = sorted(f for f in layer.fields().names() if f.lower().startswith(n.lower() + "_abs_"))
        if change:
            extra[n + "_change"] = change[-1]
    label = next((lookup[c] for c in ("index_label", "status_label", "sdi") if c in lookup), None)
    wanted = [key] + names + list(extra.values()) + [f for f in (pop_field, label, name_field) if f]
    idx = [layer.fields().lookupField(f) for f in wanted]
    rows = []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(idx)
    for feat in layer.getFeatures(request):
        rows.append((feat.id(), [feat.attribute(i) for i in idx]))

    def num(v):
        try:
            return float(v) if v is not None and not (hasattr(v, "isNull") and v.isNull()) else np.nan
        except (TypeError, ValueError):
            return np.nan

    keys = [str(r[1][0]) for r in rows]
    values = np.array([[num(v) for v in r[1][1:1 + len(names)]] for r in rows]).reshape(len(rows), len(names))
    pos = {f: i for i, f in enumerate(wanted)}

    def column(field):
        return np.array([num(r[1][pos[field]]) for r in rows]) if field else None

    def matrix(suffix):
        """A column per indicator (NaN where an indicator has no such field); None when none has one."""
        if not any(n + suffix in extra for n in names):
            return None
        return np.column_stack([column(extra[n + suffix]) if n + suffix in extra else np.full(len(rows), np.nan)
                                for n in names])

    polarity = {i.id: i.polarity for i in BUILTIN}
    total = next((i for i, k in enumerate(keys) if k.strip().lower() in TOTAL_KEYS), None)
    return dict(
        fids=[r[0] for r in rows], keys=keys, names=names, values=values,
        labels=[r[1][pos[label]] for r in rows] if label else None,
        titles=[r[1][pos[name_field]] for r in rows] if name_field else None,
        population=column(pop_field), total=total, ci_low=matrix("_ci_low"), ci_high=matrix("_ci_high"),
        change=matrix("_change"), polarity=[polarity.get(n, "neutral") for n in names],
        aliases=[layer.attributeDisplayName(layer.fields().lookupField(n)) for n in names])


def profile_of(data: dict, index: int):
    from sozialplanung_plugin.core.profile import build_profile

    return build_profile(data["values"], data["aliases"], index, data["polarity"], data["population"],
                         data["total"], data["ci_low"], data["ci_high"], change=data["change"])


def print_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#9e9e9e"))
    return palette


def draw_profile(painter: QPainter, width: int, title: str, profile, row_h: int = 26) -> int:
    """The profile as a printable table — indicator, value, reference, rank, spine chart — for PNG/SVG
    exports and the report's pages; returns the height used."""
    palette = print_palette()
    y = 10
    painter.setPen(QColor("black"))
    if title:
        painter.drawText(10, y + 16, title)
        y += 34
    painter.setPen(QColor("#525252"))
    for x, text in ((10, tr("Indicator")), (width * 0.40, tr("Value")), (width * 0.49, tr("Reference")),
                    (width * 0.58, tr("Rank")), (width * 0.66, tr("Range"))):
        painter.drawText(int(x), y + 14, text)
    y += 22
    painter.setPen(QColor("black"))
    for ip in profile:
        painter.drawText(10, y + 17, ip.name[:44])
        painter.drawText(int(width * 0.40), y + 17, tr("confidential") if ip.suppressed else number(ip.value))
        painter.drawText(int(width * 0.49), y + 17, number(ip.reference))
        painter.drawText(int(width * 0.58), y + 17, f"{ip.rank} / {ip.n_ranked}" if ip.rank else "")
        paint_spine(painter, QRectF(width * 0.66, y, width * 0.33, row_h), ip, palette)
        y += row_h
    return y + 10
