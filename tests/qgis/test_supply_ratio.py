"""supply_ratio on the sample town against the PySAL access package on brute-force distances."""
import numpy as np
import pandas as pd
import pytest
from osgeo import ogr

from tests.conftest import SAMPLE_GPKG
from tests.unit.test_supply import FCA, WEIGHTS

ALG = "sozialplanung:supply_ratio"


def _layer(name):
    return f"{SAMPLE_GPKG}|layername={name}"


def _params(**kw):
    p = {"FACILITIES": _layer("spielplaetze"), "FACILITY_ID": "spielplatz_id", "SUPPLY_FIELD": "flaeche_m2",
         "POPULATION": _layer("adressen_2025"), "DEMAND_FIELD": "ew_6_9", "AREAS": _layer("sozialraeume"),
         "AREA_ID": "sozialraum_id", "MODE": 0, "NETWORK": _layer("strassen"), "DISTANCE": 500, "METHOD": 0,
         "NORM": 1.5, "OUTPUT_POPULATION": "TEMPORARY_OUTPUT", "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
         "OUTPUT_FACILITIES": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


@pytest.fixture(scope="module")
def town():
    ds = ogr.Open(SAMPLE_GPKG)
    adr = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f.GetField("adr_id"), f.GetField("ew_6_9"),
            f.GetField("sozialraum_id")) for f in ds.GetLayerByName("adressen_2025")]
    fac = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), f.GetField("spielplatz_id"), f.GetField("flaeche_m2"))
           for f in ds.GetLayerByName("spielplaetze")]
    return adr, fac


@pytest.mark.parametrize("method,fn", [(0, None), (1, "steps"), (2, "gauss")])
def test_equals_pysal_access(run, town, method, fn):
    adr, fac = town
    pxy = np.array([(a[0], a[1]) for a in adr])
    fxy = np.array([(f[0], f[1]) for f in fac])
    d = np.hypot(fxy[:, None, 0] - pxy[None, :, 0], fxy[:, None, 1] - pxy[None, :, 1])
    fi, pi = np.nonzero(d <= 500)
    cost = pd.DataFrame({"origin": pi, "dest": fi, "cost": d[fi, pi]})
    dem = pd.DataFrame({"geoid": np.arange(len(adr)), "demand": [float(a[3]) for a in adr]})
    sup = pd.DataFrame({"supply": [float(f[3]) for f in fac]}, index=pd.Index(np.arange(len(fac)), name="geoid"))
    weight_fn = {None: None, "steps": WEIGHTS.step_fn({300: 1, 400: 0.68, 500: 0.22}),
                 "gauss": WEIGHTS.gaussian(250.0)}[fn]
    ref = FCA.two_stage_fca(dem, sup, cost, max_cost=500, demand_index="geoid", demand_name="demand",
                            supply_name="supply", weight_fn=weight_fn).reindex(np.arange(len(adr))).fillna(0)
    res = run(ALG, _params(METHOD=method))
    got = {f["adr_id"]: f["access"] for f in res["OUTPUT_POPULATION"].getFeatures()}
    np.testing.assert_allclose([got[a[2]] for a in adr], ref.to_numpy(), rtol=1e-9, atol=1e-12)
    pct = {f["adr_id"]: f["access_pct"] for f in res["OUTPUT_POPULATION"].getFeatures()}
    assert pct[adr[0][2]] == pytest.approx(ref.iloc[0] / 1.5 * 100)
    # per Sozialraum: demand-weighted mean, using the addresses' own keys
    areas = {f["sozialraum_id"]: f for f in res["OUTPUT_AREAS"].getFeatures()}
    frame = pd.DataFrame({"sr": [a[4] for a in adr], "dem": dem.demand, "acc": ref.to_numpy()})
    for sr, grp in frame.groupby("sr"):
        assert areas[sr]["demand"] == grp.dem.sum()
        assert areas[sr]["access_mean"] == pytest.approx((grp.dem * grp.acc).sum() / grp.dem.sum())


def test_network_supply_never_counts_farther_than_straight_line(run):
    straight = run(ALG, _params(MODE=0))["OUTPUT_FACILITIES"]
    along = run(ALG, _params(MODE=1))["OUTPUT_FACILITIES"]
    s = {f["spielplatz_id"]: f["demand_in_reach"] for f in straight.getFeatures()}
    n = {f["spielplatz_id"]: f["demand_in_reach"] for f in along.getFeatures()}
    assert all(n[k] <= s[k] for k in s) and sum(n.values()) > 0


@pytest.mark.parametrize("kw,message", [
    (dict(METHOD=1, STEPS="500:1, 300:0.5"), "steps must increase"),
    (dict(METHOD=1, STEPS="300"), "'300' is no step"),
    (dict(SUPPLY_FIELD="name"), "the field 'name' is not numeric"),
])
def test_bad_input(run, kw, message):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, _params(**kw))


@pytest.mark.parametrize("kw,message", [
    (dict(METHOD=1, STEPS="500:1, 300:0.5"), "The steps must increase: 300 follows 500"),
    (dict(METHOD=1, STEPS="300"), "'300' is no step distance:weight"),
    (dict(METHOD=1, STEPS=""), "E2SFCA needs steps"),
    (dict(METHOD=3, GRAVITY_SCALE=0), "The gravity scale must be greater than 0"),
    (dict(MODE=1, NETWORK=None), "needs the street network layer"),
])
def test_parameters_refused_before_a_run(plugin, kw, message):
    """checkParameterValues refuses what the parameters alone show to be wrong, before a run."""
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    ok, text = alg.checkParameterValues(_params(**kw), QgsProcessingContext())
    assert not ok and message in text
    # steps are only read for E2SFCA; a scale of 0 only matters for gravity
    for fine in (_params(), _params(METHOD=0, STEPS="300"), _params(METHOD=2, GRAVITY_SCALE=0)):
        assert alg.checkParameterValues(fine, QgsProcessingContext()) == (True, "")


def test_every_accessibility_error_code_has_a_message(plugin):
    """Each InputError code the accessibility core raises has its one template in messages (unknown_method
    cannot come from an enum parameter)."""
    import pathlib
    import re

    from sozialplanung_plugin.processing.messages import _templates

    core = pathlib.Path(__file__).parents[2] / "sozialplanung_plugin" / "core"
    codes = set()
    for module in ("catchment", "network", "supply", "distribution"):
        text = (core / f"{module}.py").read_text(encoding="utf-8")
        codes |= set(re.findall(r'InputError\("(\w+)"', text)) | set(re.findall(r'\("(\w+)", \w+ < 0\)', text))
        codes |= set(re.findall(r'\("(not_whole)"', text))
    assert {"bad_band", "empty_network", "bad_step", "bad_weight", "negative_total", "not_whole"} <= codes
    assert sorted(codes - set(_templates()) - {"unknown_method"}) == []
