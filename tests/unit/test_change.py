import numpy as np
import pytest

from sozialplanung_plugin.core.change import compute_change, split_wide_fields, year_of
from sozialplanung_plugin.core.errors import InputError


def test_change_by_hand_and_against_polyfit():
    values = np.array([[10.0, 12.0, 15.0], [5.0, np.nan, 6.0], [0.0, 1.0, 2.0], [4.0, 4.0, 4.0]])
    present = np.array([[True] * 3, [True] * 3, [True] * 3, [True, False, True]])
    res = compute_change(values, [2021, 2023, 2025], present)
    assert res.absolute[0] == 5.0 and res.relative[0] == 50.0
    assert res.trend[0] == 1.25 and res.trend_relative[0] == 12.5          # by hand: 10 / 8
    assert res.trend[0] == round(np.polyfit([2021, 2023, 2025], values[0], 1)[0], 2)
    assert np.isnan(res.absolute[1]) and res.flags[1] == "suppressed"
    assert res.absolute[2] == 2.0 and np.isnan(res.relative[2]) and res.flags[2] == "zero_base"
    assert np.isnan(res.absolute[3]) and res.flags[3] == "not_present"
    assert res.flags[0] == ""


def test_two_dates_have_no_trend_and_round_half_up():
    res = compute_change(np.array([[20.0, 20.125]]), [2023, 2025], np.array([[True, True]]), decimals=2)
    assert res.trend is None and res.absolute[0] == 0.13 and res.relative[0] == 0.63   # 0.125 -> 0.13, 0.625 -> 0.63


def test_year_of():
    assert year_of(2025) == 2025 and year_of(2025.0) == 2025 and year_of("31.12.2023") == 2023
    assert year_of("indikatoren_sozialraeume_2023") == 2023 and year_of("2023-12-31") == 2023
    assert year_of("Stand 2023 bis 2025") is None and year_of(None) is None and year_of("abc") is None


def test_split_wide_fields():
    g = split_wide_fields(["q_2025", "q_2023", "alq2023", "alq2025"])
    assert g == {"q": [(2023, "q_2023"), (2025, "q_2025")], "alq": [(2023, "alq2023"), (2025, "alq2025")]}
    for bad, code in ((["q_2023", "x"], "wide_field_without_year"), (["q_2023"], "one_date_only"),
                      (["q_2023", "q2023"], "duplicate_year")):
        with pytest.raises(InputError) as e:
            split_wide_fields(bad)
        assert e.value.code == code
