import json

import numpy as np
import pytest

from sozialplanung_plugin.core import catalogue as cat
from sozialplanung_plugin.core.errors import InputError


def test_builtin_has_the_required_indicators():
    ids = cat.builtin_ids()
    for required in ("sgb2_quote", "elb_quote", "sozialgeld_quote_u15", "sgb12_quote", "mindestsicherungsquote",
                     "arbeitslosenrelation", "langzeitarbeitslosenanteil", "jugendquotient", "altenquotient",
                     "aging_index", "greying_index", "auslaenderanteil", "migrationsanteil",
                     "alleinerziehendenanteil", "kinderanteil", "jugendanteil", "seniorenanteil",
                     "wanderungssaldo", "natuerlicher_saldo"):
        assert required in ids
    assert len(set(ids)) == len(ids)
    for i in cat.BUILTIN:
        assert i.name_de and i.name_en and i.definition_de and i.definition_en and i.source
        assert cat.sum_terms(i.numerator) and cat.sum_terms(i.denominator)


def test_round_trip_through_json():
    text = cat.catalogue_to_json(cat.BUILTIN, "Musterkreis")
    doc = json.loads(text)
    assert doc["format"] == cat.FORMAT and doc["version"] == 1
    assert cat.parse_catalogue(text) == list(cat.BUILTIN)


def _doc(**changes):
    entry = {"id": "quote", "name": {"de": "Quote", "en": "Rate"}, "numerator": "a", "denominator": "b"}
    entry.update(changes)
    return json.dumps({"format": cat.FORMAT, "version": 1, "indicators": [entry]})


@pytest.mark.parametrize("changes,key", [
    ({"factor": 0}, "factor"), ({"decimals": 1.5}, "decimals"), ({"polarity": "up"}, "polarity"),
    ({"numerator": ""}, "numerator"), ({"name": {"de": "x"}}, "name"), ({"colour": "red"}, "colour"),
    ({"id": "Quote 1"}, "id"), ({"suppression": {"min_count": -1}}, "suppression.min_count"),
    ({"kind": "share"}, "kind"),
])
def test_invalid_entries_name_entry_and_key(changes, key):
    with pytest.raises(InputError) as e:
        cat.parse_catalogue(_doc(**changes))
    assert e.value.code == "catalogue_invalid"
    assert e.value.details["key"] == key and e.value.details["entry"].startswith("#1")


def test_duplicate_ids_and_not_json():
    doc = json.loads(_doc())
    doc["indicators"].append(doc["indicators"][0])
    with pytest.raises(InputError) as e:
        cat.parse_catalogue(json.dumps(doc))
    assert e.value.details == {"entry": "#2 (quote)", "key": "id", "problem": "occurs more than once"}
    with pytest.raises(InputError) as e:
        cat.parse_catalogue("{not json")
    assert e.value.code == "catalogue_not_json" and e.value.details["line"] == 1


def test_sum_terms():
    assert cat.sum_terms("a + b - c") == [(1, "a"), (1, "b"), (-1, "c")]
    assert cat.sum_terms('"Einwohner 0-2" + ew_3_5') == [(1, "Einwohner 0-2"), (1, "ew_3_5")]
    assert cat.sum_terms("-a") == [(-1, "a")]
    for other in ("a * 2", "coalesce(a, 0)", "a b", "", "a + 1", "a AND b", "a +"):
        assert cat.sum_terms(other) is None, other


def test_evaluate_terms_propagates_null():
    cols = {"a": np.array([1.0, np.nan]), "b": np.array([2.0, 3.0])}
    out = cat.evaluate_terms([(1, "a"), (-1, "b")], cols)
    assert out[0] == -1.0 and np.isnan(out[1])


# ---------------------------------------------------------------- which indicators, evaluated how
def _small_catalogue():
    return [cat.Indicator("a_quote", "A", "A", "a1 + a2", "pop", kind="rate"),
            cat.Indicator("b_quote", "B", "B", "b", "pop"),
            cat.Indicator("c_ratio", "C", "C", "a1 * 2", "pop")]


def test_choose_indicators_by_id_custom_or_by_fields():
    catalogue = _small_catalogue()
    custom = cat.Indicator("mine", "mine", "mine", "x", "y")
    assert [i.id for i in cat.choose_indicators(catalogue, ["b_quote"], None, [])] == ["b_quote"]
    assert [i.id for i in cat.choose_indicators(catalogue, ["b_quote"], custom, [])] == ["b_quote", "mine"]
    assert [i.id for i in cat.choose_indicators(catalogue, [], custom, ["A1", "A2", "POP"])] == ["mine"]
    # neither: those whose sum fields the input has (any case); the others are heard of with what they lack;
    # c_ratio is no sum, so QGIS evaluates it and it is kept
    skipped = []
    got = cat.choose_indicators(catalogue, [], None, ["A1", "a2", "Pop"], lambda i, m: skipped.append((i.id, m)))
    assert [i.id for i in got] == ["a_quote", "c_ratio"] and skipped == [("b_quote", ["b"])]
    assert cat.missing_fields(catalogue[0], {"a1"}) == ["a2", "pop"]
    with pytest.raises(InputError) as e:
        cat.choose_indicators(catalogue, ["nope"], None, [])
    assert e.value.code == "unknown_indicator" and e.value.details == {"id": "nope",
                                                                       "ids": "a_quote, b_quote, c_ratio"}
    with pytest.raises(InputError) as e:
        cat.choose_indicators(catalogue[:2], [], None, ["x"])
    assert e.value.code == "no_indicator_fits"


def test_evaluation_plan_sums_by_numpy_the_rest_by_qgis():
    a, _, c = _small_catalogue()
    fields = {"a1": "A1", "a2": "a2", "pop": "Pop", "name": "name"}
    numeric = {"A1", "a2", "Pop"}
    assert cat.evaluation_plan(a, fields, numeric) == [[(1, "A1"), (1, "a2")], [(1, "Pop")]]
    assert cat.evaluation_plan(c, fields, numeric) == ["a1 * 2", [(1, "Pop")]]
    with pytest.raises(InputError) as e:
        cat.evaluation_plan(cat.Indicator("d", "d", "d", "a1", "ew"), fields, numeric)
    assert e.value.code == "indicator_field_missing"
    assert e.value.details == {"id": "d", "role": "denominator", "field": "ew"}
    with pytest.raises(InputError) as e:
        cat.evaluation_plan(cat.Indicator("d", "d", "d", "a1 - name", "pop"), fields, numeric)
    assert e.value.code == "indicator_field_not_numeric" and e.value.details == {"id": "d", "field": "name"}


def test_recipe_entry_states_the_rules_applied():
    sgb2 = next(i for i in cat.BUILTIN if i.id == "sgb2_quote")
    entry = cat.recipe_entry(sgb2, 3, 100, "31.12.2025", True, 300, 0.3, ["stadtteil_id"])
    assert entry["field"] == "sgb2_quote" and entry["numerator"] == "sgb2_elb + sgb2_nef"
    assert entry["suppression"] == ("NULL if 0 < numerator < 3; NULL if denominator < 100; secondary suppression "
                                    "against published totals by stadtteil_id and the town")
    assert entry["reference_date"] == "31.12.2025" and entry["confidence_interval"] == "Wilson score 95 %"
    assert entry["rounding"] == "half up, 1 decimals, applied last"
    assert entry["reliability"] == "unreliable if half-width > 0.3 x centre; small_population if < 300"
    saldo = cat.Indicator("saldo", "S", "S", "zu - fort", "ew", 1000, kind="balance")
    entry = cat.recipe_entry(saldo, 3, 0)
    assert entry["suppression"] == "" and entry["confidence_interval"] == ""
