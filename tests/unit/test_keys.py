from sozialplanung_plugin.core.keys import diagnose_mismatch, duplicated_keys, key_as_text, keys_as_text


def test_key_as_text_keeps_text_exactly():
    assert key_as_text("010203") == "010203"
    assert key_as_text(" 0102") == " 0102"
    assert key_as_text(10203) == "10203"
    assert key_as_text(10203.0) == "10203"
    assert key_as_text(float("nan")) is None
    assert key_as_text(None) is None
    assert keys_as_text(["01", 1, None]) == ["01", "1", None]
    assert key_as_text(10203) != "010203"


def test_duplicates_in_order_of_repetition():
    assert duplicated_keys(["01", "02", "01", "03", "02", "01", None, None]) == ["01", "02"]
    assert duplicated_keys(["01", "02"]) == []


def test_zeros_lost_is_recognised():
    areas = ["010101", "010102", "020101"]
    src = ["10101", "10102", "20101", "10101"]
    d = diagnose_mismatch(src, areas)
    assert d.n_matched == 0
    assert d.zeros_lost
    assert d.n_matched_without_zeros == 4
    assert d.zeros_example == {"source": "10101", "area": "010101"}


def test_other_mismatch_is_not_called_zeros():
    d = diagnose_mismatch(["X1", "010101", None], ["010101", "010102"])
    assert d.n_matched == 1
    assert d.n_missing_key == 1
    assert d.n_unmatched == 1
    assert not d.zeros_lost
    assert d.unmatched_examples == ["X1"]


def test_require_matching_keys_refuses_lost_zeros_and_no_match():
    import pytest

    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.core.keys import require_matching_keys

    areas = ["0101", "0102", "0201"]
    assert require_matching_keys(["0101", "0201", None], areas).n_unmatched == 0
    partly = require_matching_keys(["0101", "0101", "9999"], areas)          # one unit without its area: a warning
    assert partly.n_unmatched == 1 and partly.unmatched_examples == ["9999"]
    with pytest.raises(InputError) as e:                                    # read as numbers: 101, 102, 201
        require_matching_keys(["101", "102", "201", "0101"], areas)
    assert e.value.code == "key_zeros_lost"
    assert e.value.details == {"example_src": "101", "example_area": "0101", "n": 3, "total": 4}
    with pytest.raises(InputError) as e:
        require_matching_keys(["X1", "X2"], areas)
    assert e.value.code == "no_key_matches" and e.value.details == {"example": "X1"}
