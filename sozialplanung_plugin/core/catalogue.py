"""The Kennzahlenkatalog: indicator definitions, built in or from a JSON file.

A Kreis writes one catalogue file and every town computes identical
indicators from it. The file format (version 1)::

    {"format": "sozialplanung-kennzahlenkatalog", "version": 1,
     "title": "...",
     "indicators": [
        {"id": "sgb2_quote",
         "name": {"de": "SGB-II-Quote", "en": "SGB II rate"},
         "numerator": "sgb2_elb + sgb2_nef",          # QGIS expression over the input's fields
         "denominator": "ew_0_2 + ew_3_5 + ...",
         "factor": 100, "decimals": 1, "unit": "%",
         "polarity": "higher_is_worse",              # | "higher_is_better" | "neutral"
         "kind": "rate",                             # | "ratio" | "balance"
         "definition": {"de": "...", "en": "..."},
         "source": "...",
         "suppression": {"min_count": 3, "min_denominator": 100}   # optional
        }]}

Field names in the built-in catalogue are those of the sample town
(``ew_0_2`` ... ``ew_80_plus``, ``sgb2_elb``, ...). Export the catalogue,
replace them with your own field names, and use the file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np

from sozialplanung_plugin.core.errors import InputError
from sozialplanung_plugin.core.indicators import BALANCE, RATE, RATIO
from sozialplanung_plugin.core.types import Array

FORMAT = "sozialplanung-kennzahlenkatalog"
VERSION = 1
POLARITIES = ("higher_is_worse", "higher_is_better", "neutral")
KINDS = (RATE, RATIO, BALANCE)
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class Indicator:
    id: str
    name_de: str
    name_en: str
    numerator: str
    denominator: str
    factor: float = 100.0
    decimals: int = 1
    unit: str = "%"
    polarity: str = "higher_is_worse"
    kind: str = RATE
    definition_de: str = ""
    definition_en: str = ""
    source: str = ""
    min_count: Optional[int] = None
    min_denominator: Optional[float] = None
    extra: Dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def name(self, language: str) -> str:
        return self.name_de if language == "de" else self.name_en

    def definition(self, language: str) -> str:
        return self.definition_de if language == "de" else self.definition_en

    def to_json(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id, "name": {"de": self.name_de, "en": self.name_en},
            "numerator": self.numerator, "denominator": self.denominator,
            "factor": self.factor, "decimals": self.decimals, "unit": self.unit,
            "polarity": self.polarity, "kind": self.kind,
            "definition": {"de": self.definition_de, "en": self.definition_en},
            "source": self.source,
        }
        supp = {k: v for k, v in (("min_count", self.min_count), ("min_denominator", self.min_denominator))
                if v is not None}
        if supp:
            out["suppression"] = supp
        return out


def recipe_entry(ind: Indicator, min_count: int, min_denominator: float, reference_date: str = "",
                 with_ci: bool = False, min_population: int = 0, max_relative_half_width: float = 0.3,
                 group_fields: Sequence[str] = ()) -> Dict[str, Any]:
    """How the field of one indicator was made — definition, suppression, rounding, interval and
    reliability rules as applied — for the recipe stored with the result."""
    rule = ("NULL if 0 < numerator < {c}" if ind.kind != BALANCE else "") + \
           (f"; NULL if denominator < {min_denominator:g}" if min_denominator else "")
    secondary = "; secondary suppression against published totals by {} and the town".format(
        ", ".join(group_fields)) if ind.kind != BALANCE else ""
    return {
        "field": ind.id, "indicator_id": ind.id, "name_de": ind.name_de, "name_en": ind.name_en,
        "definition_de": ind.definition_de, "definition_en": ind.definition_en,
        "numerator": ind.numerator, "denominator": ind.denominator, "factor": ind.factor,
        "decimals": ind.decimals, "unit": ind.unit, "polarity": ind.polarity, "kind": ind.kind,
        "source": ind.source, "reference_date": reference_date or "",
        "suppression": rule.format(c=min_count).lstrip("; ") + secondary,
        "rounding": f"half up, {ind.decimals} decimals, applied last",
        "confidence_interval": "Wilson score 95 %" if (with_ci and ind.kind == RATE) else "",
        "reliability": f"unreliable if half-width > {max_relative_half_width:g} x centre; small_population if < "
                       f"{min_population}",
    }


# ---------------------------------------------------------------- built-in catalogue
U15 = "ew_0_2 + ew_3_5 + ew_6_9 + ew_10_14"
U18 = U15 + " + ew_15_17"
U20 = U18 + " + ew_18_19"
A15_64 = "ew_15_17 + ew_18_24 + ew_25_64"
A18_64 = "ew_18_24 + ew_25_64"
A20_64 = "ew_20_24 + ew_25_64"
A65 = "ew_65_79 + ew_80_plus"
U65 = U18 + " + ew_18_24 + ew_25_64"
BA = "Statistik der Bundesagentur für Arbeit"
REG = "Einwohnermelderegister"


def _i(id_: str, de: str, en: str, num: str, den: str, defn_de: str, defn_en: str, **kw: Any) -> Indicator:
    return Indicator(id_, de, en, num, den, definition_de=defn_de, definition_en=defn_en, **kw)


BUILTIN: Tuple[Indicator, ...] = (
    _i("sgb2_quote", "SGB-II-Quote", "SGB II rate", "sgb2_elb + sgb2_nef", U65,
       "Leistungsberechtigte nach dem SGB II (erwerbsfähige und nicht erwerbsfähige) je 100 Einwohner "
       "von 0 bis unter 65 Jahren (Altersgrenze nach § 7a SGB II, hier vereinfacht 65).",
       "SGB II beneficiaries (able and not able to work) per 100 residents aged 0 to under 65 "
       "(age limit of § 7a SGB II, simplified to 65).", source=BA, min_denominator=100),
    _i("elb_quote", "ELB-Quote", "Rate of employable SGB II beneficiaries", "sgb2_elb", A15_64,
       "Erwerbsfähige Leistungsberechtigte (ELB) je 100 Einwohner von 15 bis unter 65 Jahren.",
       "Employable SGB II beneficiaries per 100 residents aged 15 to under 65.", source=BA,
       min_denominator=100),
    _i("sozialgeld_quote_u15", "SGB-II-Quote unter 15 (Sozialgeld-Quote)", "SGB II rate under 15",
       "sgb2_nef_u15", U15,
       "Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren je 100 Einwohner unter 15 Jahren.",
       "Non-employable SGB II beneficiaries under 15 per 100 residents under 15.", source=BA,
       min_denominator=100),
    _i("sgb12_quote", "SGB-XII-Quote (Grundsicherung im Alter)", "Old-age basic income support rate",
       "sgb12_gsia_65plus", A65,
       "Empfänger von Grundsicherung im Alter (SGB XII, 4. Kapitel) ab 65 Jahren je 100 Einwohner "
       "ab 65 Jahren.",
       "Recipients of basic income support in old age (SGB XII chapter 4) aged 65+ per 100 residents "
       "aged 65+.", source="Sozialamt / Statistisches Landesamt"),
    _i("mindestsicherungsquote", "Mindestsicherungsquote", "Minimum income benefit rate",
       "sgb2_elb + sgb2_nef + sgb12_hlu + sgb12_gsia_65plus + asylblg", "ew_gesamt",
       "Empfänger von Mindestsicherungsleistungen (SGB II, Hilfe zum Lebensunterhalt, Grundsicherung "
       "im Alter, AsylbLG-Regelleistungen) je 100 Einwohner.",
       "Recipients of minimum income benefits (SGB II, subsistence assistance, basic income support "
       "in old age, asylum seekers' benefits) per 100 residents.", source="Statistische Ämter"),
    _i("arbeitslosenrelation", "Arbeitslosenrelation", "Unemployment ratio", "alo_sgb2 + alo_sgb3", A15_64,
       "Arbeitslose (SGB II und SGB III) je 100 Einwohner von 15 bis unter 65 Jahren.",
       "Unemployed (SGB II and SGB III) per 100 residents aged 15 to under 65.", source=BA),
    _i("langzeitarbeitslosenanteil", "Langzeitarbeitslosenanteil", "Share of long-term unemployed",
       "alo_langzeit", "alo_sgb2 + alo_sgb3",
       "Langzeitarbeitslose (ein Jahr und länger) je 100 Arbeitslose.",
       "Long-term unemployed (one year or longer) per 100 unemployed.", source=BA),
    _i("jugendquotient", "Jugendquotient (unter 20 / 20–64)", "Youth dependency ratio (under 20 / 20–64)",
       U20, A20_64, "Einwohner unter 20 Jahren je 100 Einwohner von 20 bis unter 65 Jahren.",
       "Residents under 20 per 100 residents aged 20 to under 65.", source=REG, kind=RATIO,
       polarity="neutral"),
    _i("jugendquotient_u18", "Jugendquotient (unter 18 / 18–64)", "Youth dependency ratio (under 18 / 18–64)",
       U18, A18_64, "Einwohner unter 18 Jahren je 100 Einwohner von 18 bis unter 65 Jahren.",
       "Residents under 18 per 100 residents aged 18 to under 65.", source=REG, kind=RATIO, polarity="neutral"),
    _i("jugendquotient_u15", "Jugendquotient (unter 15 / 15–64)", "Youth dependency ratio (under 15 / 15–64)",
       U15, A15_64, "Einwohner unter 15 Jahren je 100 Einwohner von 15 bis unter 65 Jahren.",
       "Residents under 15 per 100 residents aged 15 to under 65.", source=REG, kind=RATIO, polarity="neutral"),
    _i("altenquotient", "Altenquotient (65+ / 20–64)", "Old-age dependency ratio (65+ / 20–64)", A65, A20_64,
       "Einwohner ab 65 Jahren je 100 Einwohner von 20 bis unter 65 Jahren.",
       "Residents aged 65+ per 100 residents aged 20 to under 65.", source=REG, kind=RATIO, polarity="neutral"),
    _i("altenquotient_18", "Altenquotient (65+ / 18–64)", "Old-age dependency ratio (65+ / 18–64)", A65, A18_64,
       "Einwohner ab 65 Jahren je 100 Einwohner von 18 bis unter 65 Jahren.",
       "Residents aged 65+ per 100 residents aged 18 to under 65.", source=REG, kind=RATIO, polarity="neutral"),
    _i("altenquotient_15", "Altenquotient (65+ / 15–64)", "Old-age dependency ratio (65+ / 15–64)", A65, A15_64,
       "Einwohner ab 65 Jahren je 100 Einwohner von 15 bis unter 65 Jahren.",
       "Residents aged 65+ per 100 residents aged 15 to under 65.", source=REG, kind=RATIO, polarity="neutral"),
    _i("aging_index", "Aging-Index (65+ / unter 15)", "Ageing index (65+ / under 15)", A65, U15,
       "Einwohner ab 65 Jahren je 100 Einwohner unter 15 Jahren. Die Grenzen unterscheiden sich zwischen "
       "Ämtern; Variante mit unter 20: aging_index_u20.",
       "Residents aged 65+ per 100 residents under 15. Offices use different bounds; the variant with "
       "under 20 is aging_index_u20.", source=REG, kind=RATIO, polarity="neutral"),
    _i("aging_index_u20", "Aging-Index (65+ / unter 20)", "Ageing index (65+ / under 20)", A65, U20,
       "Einwohner ab 65 Jahren je 100 Einwohner unter 20 Jahren.",
       "Residents aged 65+ per 100 residents under 20.", source=REG, kind=RATIO, polarity="neutral"),
    _i("greying_index", "Greying-Index (80+ / 65+)", "Greying index (80+ / 65+)", "ew_80_plus", A65,
       "Einwohner ab 80 Jahren je 100 Einwohner ab 65 Jahren (Hochaltrigkeit). Manche Ämter beziehen auf "
       "60+; die Grenzen stehen im Namen.",
       "Residents aged 80+ per 100 residents aged 65+ (the very old). Some offices use 60+; the bounds "
       "are in the name.", source=REG, polarity="neutral"),
    _i("auslaenderanteil", "Ausländeranteil", "Share of foreign nationals", "auslaender", "ew_gesamt",
       "Einwohner ohne deutsche Staatsangehörigkeit je 100 Einwohner.",
       "Residents without German citizenship per 100 residents.", source=REG, polarity="neutral"),
    _i("migrationsanteil", "Anteil mit Migrationshintergrund", "Share with migration background",
       "migrationshintergrund", "ew_gesamt",
       "Einwohner mit Migrationshintergrund je 100 Einwohner.",
       "Residents with a migration background per 100 residents.", source=REG, polarity="neutral"),
    _i("alleinerziehendenanteil", "Alleinerziehendenanteil", "Share of single-parent households",
       "hh_alleinerziehend", "hh_mit_kindern",
       "Haushalte von Alleinerziehenden je 100 Haushalte mit Kindern unter 18 Jahren.",
       "Single-parent households per 100 households with children under 18.", source=REG),
    _i("kinderanteil", "Kinderanteil (unter 15)", "Share of children (under 15)", U15, "ew_gesamt",
       "Einwohner unter 15 Jahren je 100 Einwohner.", "Residents under 15 per 100 residents.", source=REG,
       polarity="neutral"),
    _i("jugendanteil", "Jugendanteil (15–24)", "Share of young people (15–24)", "ew_15_17 + ew_18_24",
       "ew_gesamt", "Einwohner von 15 bis unter 25 Jahren je 100 Einwohner.",
       "Residents aged 15 to under 25 per 100 residents.", source=REG, polarity="neutral"),
    _i("seniorenanteil", "Seniorenanteil (65+)", "Share of older people (65+)", A65, "ew_gesamt",
       "Einwohner ab 65 Jahren je 100 Einwohner.", "Residents aged 65+ per 100 residents.", source=REG,
       polarity="neutral"),
    _i("wanderungssaldo", "Wanderungssaldo je 1.000 Einwohner", "Net migration per 1,000 residents",
       "zuzuege - fortzuege", "ew_gesamt",
       "Zuzüge minus Fortzüge (über die Gebietsgrenze) je 1.000 Einwohner.",
       "Moves in minus moves out (across the area's boundary) per 1,000 residents.", source=REG,
       factor=1000.0, unit="je 1.000 EW", kind=BALANCE, polarity="higher_is_better"),
    _i("natuerlicher_saldo", "Natürlicher Saldo je 1.000 Einwohner", "Natural balance per 1,000 residents",
       "geburten - sterbefaelle", "ew_gesamt",
       "Lebendgeborene minus Gestorbene je 1.000 Einwohner.",
       "Live births minus deaths per 1,000 residents.", source=REG, factor=1000.0, unit="je 1.000 EW",
       kind=BALANCE, polarity="neutral"),
)


def builtin_ids() -> List[str]:
    return [ind.id for ind in BUILTIN]


# ---------------------------------------------------------------- JSON
def catalogue_to_json(indicators: Sequence[Indicator], title: str = "") -> str:
    doc = {"format": FORMAT, "version": VERSION, "title": title,
           "indicators": [ind.to_json() for ind in indicators]}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _bad(entry: str, key: str, problem: str) -> InputError:
    return InputError("catalogue_invalid", entry=entry, key=key, problem=problem)


def parse_catalogue(text: str) -> List[Indicator]:
    """Indicators of a catalogue file; :class:`InputError` naming the entry and key otherwise."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError("catalogue_not_json", line=err.lineno, column=err.colno, problem=err.msg) from None
    if not isinstance(doc, dict):
        raise _bad("-", "-", "top level must be an object")
    if doc.get("format") != FORMAT:
        raise _bad("-", "format", f"must be '{FORMAT}'")
    if doc.get("version") != VERSION:
        raise _bad("-", "version", f"must be {VERSION}")
    entries = doc.get("indicators")
    if not isinstance(entries, list) or not entries:
        raise _bad("-", "indicators", "must be a non-empty list")
    out: List[Indicator] = []
    seen: set[str] = set()
    for pos, entry in enumerate(entries, 1):
        label = f"#{pos}"
        if not isinstance(entry, dict):
            raise _bad(label, "-", "must be an object")
        ind_id = entry.get("id")
        if not isinstance(ind_id, str) or not ID_PATTERN.match(ind_id):
            raise _bad(label, "id", "must be lowercase letters, digits and _ (at most 40), starting with a letter")
        label = f"#{pos} ({ind_id})"
        if ind_id in seen:
            raise _bad(label, "id", "occurs more than once")
        seen.add(ind_id)
        out.append(_parse_entry(entry, label))
    return out


def _text_pair(entry: Mapping[str, Any], key: str, label: str, required: bool) -> Tuple[str, str]:
    value = entry.get(key)
    if value is None and not required:
        return "", ""
    if isinstance(value, str) and value.strip():
        return value, value
    if isinstance(value, dict) and all(isinstance(value.get(k), str) and value.get(k) for k in ("de", "en")):
        return value["de"], value["en"]
    raise _bad(label, key, "must be a text or an object with texts 'de' and 'en'")


def _parse_entry(entry: Mapping[str, Any], label: str) -> Indicator:
    known = {"id", "name", "numerator", "denominator", "factor", "decimals", "unit", "polarity", "kind",
             "definition", "source", "suppression"}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise _bad(label, unknown[0], "unknown key")
    name_de, name_en = _text_pair(entry, "name", label, True)
    def_de, def_en = _text_pair(entry, "definition", label, False)
    for key in ("numerator", "denominator"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise _bad(label, key, "must be an expression over the input's fields")
    factor = entry.get("factor", 100)
    if not isinstance(factor, (int, float)) or isinstance(factor, bool) or factor <= 0:
        raise _bad(label, "factor", "must be a positive number (100, 1000, 1)")
    decimals = entry.get("decimals", 1)
    if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 6:
        raise _bad(label, "decimals", "must be a whole number from 0 to 6")
    polarity = entry.get("polarity", "higher_is_worse")
    if polarity not in POLARITIES:
        raise _bad(label, "polarity", "must be one of " + ", ".join(POLARITIES))
    kind = entry.get("kind", RATE)
    if kind not in KINDS:
        raise _bad(label, "kind", "must be one of " + ", ".join(KINDS))
    unit = entry.get("unit", "%")
    source = entry.get("source", "")
    for key, val in (("unit", unit), ("source", source)):
        if not isinstance(val, str):
            raise _bad(label, key, "must be a text")
    supp = entry.get("suppression", {})
    if not isinstance(supp, dict) or set(supp) - {"min_count", "min_denominator"}:
        raise _bad(label, "suppression", "must be an object with min_count and/or min_denominator")
    for key in ("min_count", "min_denominator"):
        val = supp.get(key)
        if val is not None and (not isinstance(val, (int, float)) or isinstance(val, bool) or val < 0):
            raise _bad(label, f"suppression.{key}", "must be a number >= 0")
    return Indicator(entry["id"], name_de, name_en, entry["numerator"], entry["denominator"], float(factor),
                     decimals, unit, polarity, kind, def_de, def_en, source,
                     supp.get("min_count"), supp.get("min_denominator"))


# ---------------------------------------------------------------- which indicators, evaluated how
Terms = List[Tuple[int, str]]


def missing_fields(ind: Indicator, field_names: Collection[str]) -> List[str]:
    """Fields the sums in numerator and denominator use that ``field_names`` (lower case) lacks."""
    missing: List[str] = []
    for expr in (ind.numerator, ind.denominator):
        for _, f in sum_terms(expr) or []:
            if f.lower() not in field_names and f not in missing:
                missing.append(f)
    return missing


def choose_indicators(catalogue: Sequence[Indicator], wanted: Sequence[str], custom: Optional[Indicator],
                      field_names: Collection[str],
                      on_skip: Optional[Callable[[Indicator, List[str]], None]] = None) -> List[Indicator]:
    """The indicators to compute: the ``wanted`` ids (``unknown_indicator`` if the catalogue has no such
    id) and the ``custom`` one. With neither, every catalogue indicator whose fields the input has
    (``field_names``, any case); ``on_skip(indicator, missing fields)`` hears of the others, and
    ``no_indicator_fits`` says that none is left."""
    by_id = {i.id: i for i in catalogue}
    chosen: List[Indicator] = []
    for w in wanted:
        if w not in by_id:
            raise InputError("unknown_indicator", id=w, ids=", ".join(sorted(by_id)))
        chosen.append(by_id[w])
    if custom is not None:
        chosen.append(custom)
    if wanted or custom is not None:
        return chosen
    lower = {n.lower() for n in field_names}
    for ind in catalogue:
        missing = missing_fields(ind, lower)
        if not missing:
            chosen.append(ind)
        elif on_skip is not None:
            on_skip(ind, missing)
    if not chosen:
        raise InputError("no_indicator_fits")
    return chosen


def evaluation_plan(ind: Indicator, fields: Mapping[str, str], numeric: Collection[str]) -> List[Union[Terms, str]]:
    """How numerator and denominator are evaluated: a sum of fields as its terms [(sign, field), ...] (numpy,
    fast; the fields in the input's own spelling), anything else as the expression text (QGIS). ``fields``
    maps the input's field names in lower case to their own spelling, ``numeric`` holds the numeric ones.
    A missing field is ``indicator_field_missing`` (with the ``role``: numerator or denominator), a text field
    ``indicator_field_not_numeric``."""
    parts: List[Union[Terms, str]] = []
    for role, expr in (("numerator", ind.numerator), ("denominator", ind.denominator)):
        terms = sum_terms(expr)
        if terms is None:
            parts.append(expr)
            continue
        resolved: Terms = []
        for sign, name in terms:
            real = fields.get(name.lower())
            if real is None:
                raise InputError("indicator_field_missing", id=ind.id, role=role, field=name)
            if real not in numeric:
                raise InputError("indicator_field_not_numeric", id=ind.id, field=real)
            resolved.append((sign, real))
        parts.append(resolved)
    return parts


# ---------------------------------------------------------------- fast evaluation of sum expressions
_TERM = re.compile(r'\s*([+-])?\s*("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_]*)\s*')


def sum_terms(expression: str) -> Optional[List[Tuple[int, str]]]:
    """``a + b - "c d"`` as [(+1, 'a'), (+1, 'b'), (-1, 'c d')]; None if the expression is anything else.

    The common catalogue expression is a plain sum of fields; those are
    evaluated with numpy (fast), everything else by QGIS' expression engine.
    """
    pos = 0
    terms: List[Tuple[int, str]] = []
    text = expression.strip()
    if not text:
        return None
    while pos < len(text):
        m = _TERM.match(text, pos)
        if m is None or m.end() == pos:
            return None
        sign_txt, name = m.group(1), m.group(2)
        if terms and sign_txt is None:
            return None
        if name.startswith('"'):
            name = name[1:-1].replace('""', '"')
        elif name.upper() in ("AND", "OR", "NOT", "NULL", "IS", "IN", "LIKE", "CASE", "TRUE", "FALSE"):
            return None
        terms.append((-1 if sign_txt == "-" else 1, name))
        pos = m.end()
    return terms


def evaluate_terms(terms: Sequence[Tuple[int, str]], columns: Mapping[str, Array]) -> Array:
    """Sum of signed columns; NULL (NaN) in any term makes the result NULL, as in QGIS."""
    first = np.asarray(columns[terms[0][1]], dtype=float)
    total = np.zeros(first.shape, dtype=float)
    for sign, name in terms:
        total = total + sign * np.asarray(columns[name], dtype=float)
    return total
