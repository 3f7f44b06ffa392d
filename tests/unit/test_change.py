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


def test_years_of_names_the_first_row_without_a_year():
    from sozialplanung_plugin.core.change import years_of

    assert years_of(["indikatoren_2023", 2025, "31.12.2024"]) == [2023, 2025, 2024]
    with pytest.raises(InputError) as e:
        years_of(["2023", "abc", "xyz"])
    assert e.value.code == "date_without_year" and e.value.details == {"row": 1, "value": "abc"}


def test_wide_panel_by_hand():
    from sozialplanung_plugin.core.change import wide_panel

    values = np.array([[15.0, 10.0, 1.0, 2.0], [6.0, 5.0, np.nan, 4.0]])
    panel = wide_panel(["01", "02"], ["q_2025", "q_2021", "r_2021", "r_2023"], values)
    assert panel.keys == ["01", "02"] and panel.rows == [0, 1]
    years, v, present = panel.series["q"]
    assert years == [2021, 2025] and v.tolist() == [[10.0, 15.0], [5.0, 6.0]] and present.all()
    years, v, present = panel.series["r"]
    assert years == [2021, 2023] and v[0].tolist() == [1.0, 2.0] and np.isnan(v[1, 0]) and v[1, 1] == 4.0
    assert wide_panel([None, "02"], ["q_2021", "q_2023"], np.ones((2, 2))).keys == [None, "02"]   # kept as it was
    with pytest.raises(InputError) as e:
        wide_panel(["01", "01"], ["q_2021", "q_2023"], np.ones((2, 2)))
    assert e.value.code == "duplicate_key_wide" and e.value.details == {"key": "01"}


def test_long_panel_by_hand():
    """Rows (key, year, q): (02, 2023, 5) (01, 2023, 10) (01, 2025, 15) (02, 2025, 6) (03, 2025, 7) and a row
    without a key. Areas in key order 01, 02, 03; 03 did not exist in 2023; each is written with its 2025 row."""
    from sozialplanung_plugin.core.change import long_panel

    keys = ["02", "01", "01", "02", "03", None]
    years = [2023, 2023, 2025, 2025, 2025, 2025]
    panel = long_panel(keys, years, ["q"], np.array([[5.0], [10.0], [15.0], [6.0], [7.0], [99.0]]))
    assert panel.keys == ["01", "02", "03"] and panel.rows == [2, 3, 4]
    all_years, v, present = panel.series["q"]
    assert all_years == [2023, 2025]
    assert present.tolist() == [[True, True], [True, True], [False, True]]
    assert v[:2].tolist() == [[10.0, 15.0], [5.0, 6.0]] and np.isnan(v[2, 0]) and v[2, 1] == 7.0
    res = compute_change(v, all_years, present, decimals=1)
    assert res.absolute[:2].tolist() == [5.0, 1.0] and res.relative[:2].tolist() == [50.0, 20.0]
    assert np.isnan(res.absolute[2]) and res.flags == ["", "", "not_present"]


def test_long_panel_needs_two_dates_and_one_row_per_area_and_date():
    from sozialplanung_plugin.core.change import long_panel

    with pytest.raises(InputError) as e:
        long_panel(["01", "02"], [2023, 2023], ["q"], np.ones((2, 1)))
    assert e.value.code == "single_date" and e.value.details == {"year": 2023}
    with pytest.raises(InputError) as e:
        long_panel(["01", "01", "01"], [2023, 2025, 2025], ["q"], np.ones((3, 1)))
    assert e.value.code == "duplicate_area_date" and e.value.details == {"key": "01", "year": 2025, "row": 2}
