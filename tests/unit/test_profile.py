"""Area profile data by hand: ranks with ties and polarity, reference as total row or population-weighted mean."""
import numpy as np
import pytest

from sozialplanung_plugin.core import profile as pr

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
