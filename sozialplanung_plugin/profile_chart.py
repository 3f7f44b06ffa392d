"""Area profiles drawn with QPainter — the spine chart of an indicator and the printable profile table —
and numbers as planners read them. Shared by the Gebietsprofil dock and the Sozialatlas report
(area_profile_report); no widgets here, the maths is core.profile."""
from __future__ import annotations

import functools
import math
from typing import Callable, Optional

from qgis.PyQt.QtCore import QRectF, QSize
from qgis.PyQt.QtGui import QColor, QPainter, QPalette, QPen

from sozialplanung_plugin.translation import tr

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


def rank_text(ip) -> str:
    """'3 / 12': the rank among the ranked areas; empty without a rank."""
    return f"{ip.rank} / {ip.n_ranked}" if ip.rank else ""


def change_text(ip) -> str:
    """The change with its sign ('+1.5'); empty without one."""
    return (("+" if ip.change > 0 else "") + number(ip.change)) if math.isfinite(ip.change) else ""


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
        painter.drawText(int(width * 0.58), y + 17, rank_text(ip))
        paint_spine(painter, QRectF(width * 0.66, y, width * 0.33, row_h), ip, palette)
        y += row_h
    return y + 10


def save_svg(path: str, width: int, height: int, paint: Callable[[QPainter], object]) -> None:
    """An SVG file of ``width`` x ``height`` drawn by ``paint(painter)``."""
    from qgis.PyQt.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    painter = QPainter(generator)
    paint(painter)
    painter.end()
