"""Area profile data by hand: ranks with ties and polarity, reference as total row or population-weighted mean."""
import numpy as np
import pytest

from sozialplanung_plugin.core import profile as pr
from sozialplanung_plugin.core.errors import InputError

# rows: areas A-E and (last) the town total
V = np.array([[10.0, 50.0], [20.0, 40.0], [20.0, np.nan], [40.0, 30.0], [5.0, 60.0], [18.0, 45.0]])
POP = np.array([100.0, 200.0, 100.0, 100.0, 500.0, np.nan])


def test_ranks_with_ties_and_polarity():
    p = pr.build_profile(V, ["sgb2", "erwerb"], area=1, polarity=[pr.HIGHER_IS_WORSE, pr.HIGHER_IS_BETTER],
                         total_row=5)
    # sgb2 (higher is worse): 40 -> 1, 20 and 20 share 2, 10 -> 4, 5 -> 5; area B has 20 -> rank 2
    assert p[0].rank == 2 and p[0].n_ranked == 5
    # erwerb (higher is better): the lowest ranks first: 30 -> 1, 40 -> 2 (area B), 50 -> 3, 60 -> 4; C is NULL
    assert p[1].rank == 2 and p[1].n_ranked == 4
    assert p[0].reference == 18 and p[0].reference_kind == pr.TOTAL_ROW


def test_reference_population_weighted_mean_without_total_row():
    p = pr.build_profile(V[:5], ["sgb2", "erwerb"], area=0, population=POP[:5])
    # (10x100 + 20x200 + 20x100 + 40x100 + 5x500) / 1000 = 13.5
    assert p[0].reference == pytest.approx(13.5) and p[0].reference_kind == pr.WEIGHTED_MEAN
    # erwerb: C (NULL) is left out: (50x100 + 40x200 + 30x100 + 60x500) / 900 = 51.111
    assert p[1].reference == pytest.approx(46000 / 900)
    p = pr.build_profile(V[:5], ["sgb2", "erwerb"], area=0)
    assert p[0].reference == pytest.approx(19.0) and p[0].reference_kind == pr.MEAN


def test_suppressed_value_has_no_rank_and_no_marker():
    p = pr.build_profile(V, ["sgb2", "erwerb"], area=2, total_row=5)
    assert p[1].suppressed and p[1].rank is None and p[1].status == ""
    assert not p[0].suppressed


def test_range_and_quintile_marker():
    p = pr.build_profile(V, ["sgb2", "erwerb"], area=3, total_row=5)
    assert (p[0].minimum, p[0].maximum) == (5, 40)
    assert (p[0].q25, p[0].q75) == (10, 20)        # quantiles of 5, 10, 20, 20, 40
    assert p[0].status == "above" and p[0].basis == "quintiles" and p[0].worse is True
    p = pr.build_profile(V, ["sgb2", "erwerb"], area=4, total_row=5)
    assert p[0].status == "below" and p[0].worse is False


def test_confidence_interval_marker_and_change():
    low = V - 1.5
    high = V + 1.5
    prev = V - 1
    p = pr.build_profile(V, ["sgb2", "erwerb"], area=1, total_row=5, ci_low=low, ci_high=high, previous=prev)
    # 20 +- 1.5 does not contain 18 -> above; change +1
    assert p[0].status == "above" and p[0].basis == "confidence_interval" and p[0].change == 1
    low[1, 0] = 17
    p = pr.build_profile(V, ["sgb2", "erwerb"], area=1, total_row=5, ci_low=low, ci_high=high)
    assert p[0].status == "similar"


# ---------------------------------------------------------------- what a profile shows
def test_total_row_is_the_first_key_naming_the_town():
    assert pr.total_row(["0101", " Gesamt ", "Stadt"]) == 1          # trimmed, any case, the first one
    assert pr.total_row(["0101", "STADT GESAMT"]) == 1
    assert pr.total_row(["0101", "Gesamtstadt", "0102"]) is None      # only the listed keys, not a prefix


def test_fields_that_go_with_the_indicators_found_by_name():
    names = ["key", "SGB2", "sgb2_CI_LOW", "sgb2_ci_high", "sgb2_abs_2021_2023", "sgb2_abs_2023_2025", "erwerb",
             "erwerb_flag", "EW_GESAMT", "status_label", "index_label"]
    f = pr.profile_fields(names, ["sgb2", "erwerb"])
    assert f.ci_low == {"sgb2": "sgb2_CI_LOW"} and f.ci_high == {"sgb2": "sgb2_ci_high"}
    assert f.change == {"sgb2": "sgb2_abs_2023_2025"}                 # the newest period: the last by name
    assert f.flag == {"erwerb": "erwerb_flag"}
    assert f.population == "EW_GESAMT"
    assert f.label == "index_label"                                   # index before status, whatever the layer's order
    assert f.numeric() == ["sgb2_CI_LOW", "sgb2_ci_high", "sgb2_abs_2023_2025", "EW_GESAMT"]
    assert f.text() == ["erwerb_flag", "index_label"]
    assert f.to_read(["sgb2", "erwerb"], "key", None, "key") == ["key", "sgb2", "erwerb", "sgb2_CI_LOW", "sgb2_ci_high",
                                                                 "sgb2_abs_2023_2025", "EW_GESAMT", "erwerb_flag",
                                                                 "index_label"]
    bare = pr.profile_fields(["key", "a"], ["a"])
    assert (bare.ci_low, bare.change, bare.flag, bare.population, bare.label) == ({}, {}, {}, None, None)


def test_polarity_from_the_catalogue_else_neutral():
    assert pr.polarities(["sgb2_quote", "wanderungssaldo", "own_field"]) == [pr.HIGHER_IS_WORSE, pr.HIGHER_IS_BETTER,
                                                                             pr.NEUTRAL]


def test_area_profiles_from_columns():
    keys = ["A", "B", "C", "D", "E", "Gesamt"]
    fields = pr.profile_fields(["key", "sgb2", "erwerb", "sgb2_ci_low", "sgb2_ci_high", "erwerb_abs_2023_2025",
                                "ew_gesamt", "erwerb_flag", "index_label"], ["sgb2", "erwerb"])
    columns = {"sgb2_ci_low": V[:, 0] - 1.5, "sgb2_ci_high": V[:, 0] + 1.5,
               "erwerb_abs_2023_2025": np.array([1.0, -2.0, np.nan, 0.0, 3.0, 0.5]), "ew_gesamt": POP,
               "erwerb_flag": ["unreliable", None, "missing", None, None, None],
               "index_label": ["hoch", None, "", "mittel", "niedrig", None]}
    data = pr.area_profiles([11, 12, 13, 14, 15, 16], keys, ["sgb2", "erwerb"], ["SGB II", "Erwerb"], V, fields,
                            columns, titles=["Nord", None, "Süd", "Ost", "West", "Stadt"])
    assert data.total == 5 and data.area_rows() == [0, 1, 2, 3, 4]
    assert data["keys"] is data.keys                                  # readable by name as well
    assert data.polarity == [pr.NEUTRAL, pr.NEUTRAL]
    # confidence interval only for sgb2: the erwerb column is NaN
    assert data.ci_low[1, 0] == 18.5 and np.isnan(data.ci_low[1, 1])
    assert np.isnan(data.change[0, 0]) and data.change[1, 1] == -2
    assert data.title(0) == "Nord" and data.title(1) == ""
    assert data.flags_of(0) == [None, "unreliable"] and data.flags_of(2) == [None, "missing"]
    assert data.labels == ["hoch", None, "", "mittel", "niedrig", None]
    # B (row 1): reference = the total row (18, 45); sgb2 20 +- 1.5 does not contain 18 -> above
    p = data.profile(1)
    assert [ip.name for ip in p] == ["SGB II", "Erwerb"]
    assert p[0].reference == 18 and p[0].status == "above" and p[0].basis == "confidence_interval"
    # erwerb is no catalogue indicator: neutral ranks the highest first, 60 (E), 50 (A), 40 (B), 30 (D); C is NULL
    assert p[1].reference == 45 and p[1].change == -2 and (p[1].rank, p[1].n_ranked) == (3, 4)
    assert p[0].worse is None                                         # neutral: no red or blue


def test_check_reportable():
    fields = pr.profile_fields(["key", "a"], ["a"])
    with pytest.raises(InputError) as err:
        pr.check_reportable(pr.area_profiles([], [], ["a"], ["a"], np.empty((0, 1)), fields, {}))
    assert err.value.code == "no_areas_to_report"
    with pytest.raises(InputError) as err:
        pr.check_reportable(pr.area_profiles([1, 2], ["A", "B"], ["a"], ["a"], np.array([[np.nan], [np.nan]]), fields,
                                             {}))
    assert err.value.code == "all_indicators_null"
    pr.check_reportable(pr.area_profiles([1, 2], ["A", "B"], ["a"], ["a"], np.array([[np.nan], [0.0]]), fields, {}))


def test_notes_name_suppressed_and_unreliable_indicators():
    p = pr.build_profile(V, ["sgb2", "erwerb"], area=2, total_row=5)          # C: erwerb suppressed
    assert pr.area_notes(p, ["small_population,unreliable", None]) == (["erwerb"], ["sgb2"])
    assert pr.area_notes(p, [None, None]) == (["erwerb"], [])
