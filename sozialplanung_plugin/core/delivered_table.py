"""Tables as statistics offices deliver them: German CSV with all its habits.

* delimiter ``;`` (also ``,`` or tab, detected from the header line),
* UTF-8 (with or without BOM) or Windows-1252, detected,
* decimal comma and thousands separator (``1.234,5``),
* keys with leading zeros (``"0101"``) — kept as text, never as numbers,
* markers instead of numbers (Zeichenerklärung of the statistical offices):
  ``*`` anonymised (BA: values 1 and 2), ``.`` unknown or confidential,
  ``x`` not applicable, ``/`` not reliable enough, ``…``/``...`` not yet
  available — all read as NULL, the marker kept in a ``<column>_note``
  column; ``-`` / ``–`` means "nothing, exactly zero" in the Destatis legend
  (read as 0), or NULL where a delivery uses it for missing values
  (``dash_is_zero=False``).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from sozialplanung_plugin.core.errors import InputError

NULL_MARKERS = ("*", ".", "x", "X", "/", "…", "...")
DASHES = ("-", "–", "—")
_GERMAN_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
_PLAIN_DECIMAL = re.compile(r"^[+-]?\d+\.\d+$")


@dataclass
class Column:
    name: str
    kind: str                       # "text" | "integer" | "real"
    values: List[object]            # str / int / float / None
    notes: Optional[List[Optional[str]]] = None   # marker per row where a marker stood


@dataclass
class DeliveredTable:
    columns: List[Column]
    encoding: str
    delimiter: str
    n_rows: int
    marker_counts: Dict[str, Dict[str, int]] = field(default_factory=dict)   # column -> marker -> count


def decode(data: bytes) -> Tuple[str, str]:
    """Text and encoding: UTF-8 (BOM or not) if it decodes, else Windows-1252."""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc), "UTF-8" if enc == "utf-8-sig" else "Windows-1252"
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "ISO-8859-1"


def detect_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ";"


def parse_number(text: str) -> Optional[float]:
    """A German-formatted number ('1.234,5', '12,3', '-7'), else None. Plain '3.5' is read as 3.5."""
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    if _GERMAN_NUMBER.match(t):
        return float(t.replace(".", "").replace(",", "."))
    if _PLAIN_DECIMAL.match(t):
        return float(t)
    return None


def _is_key_like(cells: Sequence[str]) -> bool:
    """Digit strings with leading zeros are keys: '0101' must stay '0101'."""
    return any(len(c) > 1 and c.startswith("0") and c.isdigit() for c in cells)


def read_delivered_csv(data: bytes, key_columns: Sequence[str] = (), dash_is_zero: bool = True) -> DeliveredTable:
    text, encoding = decode(data)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InputError("table_empty")
    delimiter = detect_delimiter(lines[0])
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    rows = [r for r in rows if any(c.strip() for c in r)]
    header = [h.strip() for h in rows[0]]
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise InputError("table_duplicate_column", column=dup)
    body = rows[1:]
    for n, r in enumerate(body, 2):
        if len(r) != len(header):
            raise InputError("table_ragged_row", line=n, found=len(r), expected=len(header))
    missing_keys = [k for k in key_columns if k not in header]
    if missing_keys:
        raise InputError("table_missing_column", column=missing_keys[0], columns=", ".join(header))
    columns: List[Column] = []
    markers: Dict[str, Dict[str, int]] = {}
    for j, name in enumerate(header):
        cells = [r[j].strip() for r in body]
        if name in key_columns or _is_key_like(cells):
            columns.append(Column(name, "text", [c if c else None for c in cells]))
            continue
        values: List[Optional[float]] = []
        notes: List[Optional[str]] = []
        numeric = True
        has_decimals = False
        for c in cells:
            if c == "":
                values.append(None)
                notes.append(None)
            elif c in NULL_MARKERS or (c in DASHES and not dash_is_zero):
                values.append(None)
                notes.append(c)
            elif c in DASHES:
                values.append(0.0)
                notes.append(c)
            else:
                v = parse_number(c)
                if v is None:
                    numeric = False
                    break
                has_decimals = has_decimals or not float(v).is_integer() or "," in c
                values.append(v)
                notes.append(None)
        if not numeric:
            columns.append(Column(name, "text", [c if c else None for c in cells]))
            continue
        kind = "real" if has_decimals else "integer"
        out: List[object] = [None if v is None else (int(v) if kind == "integer" else v) for v in values]
        used = [n for n in notes if n is not None]
        columns.append(Column(name, kind, out, notes if used else None))
        if used:
            markers[name] = {m: used.count(m) for m in sorted(set(used))}
    return DeliveredTable(columns, encoding, delimiter, len(body), markers)
