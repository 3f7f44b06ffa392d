"""The German translation covers every ``tr("...")`` string, without breaking placeholders or HTML.

Pure Python (ast + xml.etree): no QGIS, no Qt tools needed. The checker is a plain function
so that a synthetic case can prove it reports problems.
"""
from __future__ import annotations

import ast
import glob
import os
import re
import string
import xml.etree.ElementTree as ET

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLUGIN_DIR = os.path.join(ROOT, "sozialplanung_plugin")
TS_PATH = os.path.join(ROOT, "i18n", "sozialplanung_de.ts")
CONTEXT = "@default"
TAG_RE = re.compile(r"</?\w+>")
# A translation with one of these types is not compiled into the .qm by lrelease.
NOT_FINISHED = ("unfinished", "obsolete", "vanished")


# ---------------------------------------------------------------- checker

def plugin_sources():
    return sorted(p for p in glob.glob(os.path.join(PLUGIN_DIR, "**", "*.py"), recursive=True)
                  if "__pycache__" not in p)


def _rel(path, root):
    return os.path.relpath(path, root) if root else path


def extract_tr_calls(py_files, root=ROOT):
    """(literals, bad): literals maps each tr() string to its first "file:line";
    bad lists "file:line: ..." for tr() calls whose first argument is not a plain string literal."""
    literals, bad = {}, []
    for path in py_files:
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read(), filename=path)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"):
                continue
            where = f"{_rel(path, root)}:{node.lineno}"
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                literals.setdefault(arg.value, where)
            else:
                kind = type(arg).__name__ if arg is not None else "no argument"
                if isinstance(arg, ast.JoinedStr):
                    kind = "f-string"
                bad.append(f"{where}: tr() needs a string literal, got {kind} (pylupdate5 cannot extract it)"
                           )
    return literals, bad


def read_ts(ts_path, context=CONTEXT):
    """source -> (translation text or None, translation type or None) for one context."""
    messages = {}
    for ctx in ET.parse(ts_path).getroot().iter("context"):
        if (ctx.findtext("name") or "") != context:
            continue
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr_el = msg.find("translation")
            if src is None:
                continue
            if tr_el is None:
                messages[src] = (None, None)
            else:
                messages[src] = (tr_el.text, tr_el.get("type"))
    return messages


def placeholders(text):
    """Set of (field name, conversion, format spec) of a str.format template."""
    return {(name, conv, spec) for _lit, name, spec, conv in string.Formatter().parse(text) if name is not None}


def check_translations(py_files, ts_path, root=ROOT):
    """All problems found, one line each (empty list: all good)."""
    literals, problems = extract_tr_calls(py_files, root)
    messages = read_ts(ts_path)
    for src, where in sorted(literals.items(), key=lambda kv: kv[1]):
        short = src if len(src) <= 70 else src[:67] + "..."
        if src not in messages:
            problems.append(f"{where}: {short!r} is not in {os.path.basename(ts_path)} (run `make transup`)")
            continue
        text, kind = messages[src]
        if kind in NOT_FINISHED:
            problems.append(f"{where}: {short!r} has a translation of type {kind!r}")
            continue
        if not text or not text.strip():
            problems.append(f"{where}: {short!r} has an empty translation")
            continue
        try:
            want, got = placeholders(src), placeholders(text)
        except ValueError as exc:
            problems.append(f"{where}: {short!r}: malformed placeholder: {exc}")
            continue
        if want != got:
            problems.append(f"{where}: {short!r}: placeholders differ: "
                            f"source {sorted(want, key=str)} / translation {sorted(got, key=str)}")
        src_tags, text_tags = TAG_RE.findall(src), TAG_RE.findall(text)
        if src_tags != text_tags:
            problems.append(f"{where}: {short!r}: HTML tags differ: source {src_tags} / translation {text_tags}")
    return problems


# ---------------------------------------------------------------- the real plugin

@pytest.fixture(scope="module")
def messages():
    return read_ts(TS_PATH)


def tr_de(messages, source):
    text, kind = messages[source]
    assert kind is None, f"{source!r} is {kind}"
    return text


def test_sources_found():
    literals, _bad = extract_tr_calls(plugin_sources())
    assert len(literals) >= 50, f"expected the plugin's tr() strings, found {len(literals)}"
    assert "Aggregate counts to planning areas" in literals


def test_tr_only_with_literals():
    _literals, bad = extract_tr_calls(plugin_sources())
    assert not bad, "\n".join(bad)


def test_every_string_translated():
    problems = check_translations(plugin_sources(), TS_PATH)
    assert not problems, "\n".join(problems)


def test_ts_has_no_unfinished(messages):
    open_ = [src for src, (text, kind) in messages.items() if kind in NOT_FINISHED or not text]
    assert not open_, "\n".join(open_)


@pytest.mark.parametrize("source, german", [
    ("Aggregate counts to planning areas", "Zählwerte auf Planungsräume aggregieren"),
    ("Counts and planning areas", "Zählwerte und Planungsräume"),
    ("Layer '{layer}' has no field '{field}'. Choose the field that holds the area key.",
     "Layer '{layer}' hat kein Feld '{field}'. Wählen Sie das Feld mit dem Gebietsschlüssel."),
    ("Layer '{layer}' has no field '{field}'.", "Layer '{layer}' hat kein Feld '{field}'."),
    ("Indicators", "Indikatoren"),
    ("Social index", "Sozialindex"),
    ("Accessibility", "Erreichbarkeit"),
    ("Area profiles", "Gebietsprofile"),
    ("Sozialplanung", "Sozialplanung"),
    ("By key field", "Über Schlüsselfeld"),
    ("By location: point in polygon / polygon centroid", "Nach Lage: Punkt in Polygon / Polygonschwerpunkt"),
    ("By location: largest overlap", "Nach Lage: größte Überschneidung"),
    ("Area-weighted apportioning", "Flächengewichtete Aufteilung"),
    ("outside all areas", "außerhalb aller Gebiete"),
    ("partly outside all areas", "teilweise außerhalb aller Gebiete"),
    ("key not found in the areas", "Schlüssel nicht in den Gebieten"),
    ("key is NULL", "Schlüssel ist NULL"),
    ("no geometry", "keine Geometrie"),
    ("no geometry or zero area", "keine Geometrie oder Fläche 0"),
])
def test_fixed_terms(messages, source, german):
    assert tr_de(messages, source) == german


def test_tags_stay_a_comma_list(messages):
    literals, _bad = extract_tr_calls(plugin_sources())
    tags_src = [s for s in literals if s.startswith("sum,aggregate,")]
    assert len(tags_src) == 1
    german = tr_de(messages, tags_src[0])
    tags = german.split(",")
    assert all(t and t == t.strip() for t in tags), german
    assert set(tags_src[0].split(",")) <= set(tags), "the English tags must stay searchable"


def test_method_help_matches_method_names(messages):
    """The help text and the error messages name the methods as the method list does."""
    help_src = [s for s in messages if s.startswith("<p>Sums counts")]
    assert len(help_src) == 1
    help_de = tr_de(messages, help_src[0])
    for name in ("By key field", "By location: largest overlap", "Area-weighted apportioning"):
        assert f"<b>{tr_de(messages, name)}</b>" in help_de
    assert "'{}'".format(tr_de(messages, "By key field")) in tr_de(
        messages, "The method 'By key field' needs the key field of the source units (INPUT_KEY).")


# ---------------------------------------------------------------- the checker can fail

TS_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
{}
</context>
</TS>
"""


def _message(source, translation, kind=None):
    def esc(s):
        return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&apos;").replace('"', "&quot;"))
    attr = f' type="{kind}"' if kind else ""
    return (f"    <message>\n        <source>{esc(source)}</source>\n"
            f"        <translation{attr}>{esc(translation)}</translation>\n    </message>")


def _write_case(tmp_path, code, messages):
    py = tmp_path / "mod.py"
    py.write_text(code, encoding="utf-8")
    ts = tmp_path / "case_de.ts"
    ts.write_text(TS_TEMPLATE.format("\n".join(_message(*m) for m in messages)), encoding="utf-8")
    return [str(py)], str(ts)


def test_checker_accepts_a_good_case(tmp_path):
    files, ts = _write_case(tmp_path, (
        "def f(tr):\n"
        "    a = tr('Layer \\'{layer}\\' has ' 'no field.')\n"
        "    b = tr('<p>{n:g} <b>units</b></p>')\n"), [
        ("Layer '{layer}' has no field.", "Layer '{layer}' hat kein Feld."),
        ("<p>{n:g} <b>units</b></p>", "<p>{n:g} <b>Einheiten</b></p>"),
    ])
    assert check_translations(files, ts, root=str(tmp_path)) == []


def test_checker_reports_problems(tmp_path):
    files, ts = _write_case(tmp_path, (
        "def f(tr, name):\n"
        "    tr('Missing entirely')\n"
        "    tr('Untranslated')\n"
        "    tr('Empty')\n"
        "    tr('{n} units in {area}')\n"
        "    tr('{value:g} left')\n"
        "    tr('<p>Help <b>bold</b></p>')\n"
        "    tr(f'Hello {name}')\n"
        "    tr(name)\n"
        "    tr('a' + name)\n"), [
        ("Untranslated", "", "unfinished"),
        ("Empty", ""),
        ("{n} units in {area}", "{n} Einheiten in {gebiet}"),
        ("{value:g} left", "{value} übrig"),
        ("<p>Help <b>bold</b></p>", "<p>Hilfe <b>fett</p>"),
    ])
    problems = check_translations(files, ts, root=str(tmp_path))
    text = "\n".join(problems)
    assert "mod.py:2: 'Missing entirely' is not in case_de.ts" in text
    assert "mod.py:3: 'Untranslated' has a translation of type 'unfinished'" in text
    assert "mod.py:4: 'Empty' has an empty translation" in text
    assert "mod.py:5: '{n} units in {area}': placeholders differ" in text
    assert "mod.py:6: '{value:g} left': placeholders differ" in text
    assert "mod.py:7: '<p>Help <b>bold</b></p>': HTML tags differ" in text
    assert "mod.py:8: tr() needs a string literal, got f-string" in text
    assert "mod.py:9: tr() needs a string literal, got Name" in text
    assert "mod.py:10: tr() needs a string literal, got BinOp" in text
    assert len(problems) == 9, text
