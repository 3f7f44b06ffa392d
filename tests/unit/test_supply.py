"""2SFCA and variants against the PySAL ``access`` package (test-only reference) and by hand."""
import importlib.util
import pathlib

import numpy as np
import pandas as pd
import pytest

from sozialplanung_plugin.core import supply as sp
from sozialplanung_plugin.core.errors import InputError


def _access_module(name):
    """Load access/<name>.py on its own: the package's __init__ imports geopandas, which the test venv does
    not have (and does not need for these functions)."""
    spec = importlib.util.find_spec("access")
    assert spec is not None and spec.submodule_search_locations, "pip install --no-deps access (make deps)"
    path = pathlib.Path(list(spec.submodule_search_locations)[0]) / f"{name}.py"
    module_spec = importlib.util.spec_from_file_location(f"access_{name}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


FCA = _access_module("fca")
WEIGHTS = _access_module("weights")


def test_by_hand():
    # facility 0 (supply 100) reaches points 0 and 1 (demand 10 and 30); facility 1 (supply 50) reaches point 1
    # R0 = 100 / 40 = 2.5, R1 = 50 / 30; A0 = 2.5, A1 = 2.5 + 5/3, A2 = 0
    r = sp.two_step(np.array([0, 0, 1]), np.array([0, 1, 1]), np.ones(3), np.array([100.0, 50.0]),
                    np.array([10.0, 30.0, 5.0]))
    np.testing.assert_allclose(r.facility_demand, [40, 30])
    np.testing.assert_allclose(r.access, [2.5, 2.5 + 5 / 3, 0])


def _reference(pairs_f, pairs_p, dist, supply, demand, weight_fn, max_cost):
    cost = pd.DataFrame({"origin": pairs_p, "dest": pairs_f, "cost": dist})
    dem = pd.DataFrame({"geoid": np.arange(len(demand)), "demand": demand})
    sup = pd.DataFrame({"supply": supply}, index=pd.Index(np.arange(len(supply)), name="geoid"))
    out = FCA.two_stage_fca(dem, sup, cost, max_cost=max_cost, demand_index="geoid", demand_name="demand",
                            supply_name="supply", weight_fn=weight_fn)
    return out.reindex(np.arange(len(demand))).fillna(0).to_numpy()


@pytest.mark.parametrize("method", [sp.TWO_STEP, sp.STEPS, sp.GAUSSIAN, sp.GRAVITY])
def test_equals_pysal_access(method):
    rng = np.random.default_rng(method)
    pts = rng.uniform(0, 3000, (400, 2))
    fac = rng.uniform(0, 3000, (30, 2))
    demand = rng.integers(0, 20, len(pts)).astype(float)
    supply = rng.uniform(100, 2000, len(fac))
    d = np.hypot(fac[:, None, 0] - pts[None, :, 0], fac[:, None, 1] - pts[None, :, 1])
    d0 = 900.0
    f, p = np.nonzero(d <= d0)
    dist = d[f, p]
    steps = [(300.0, 1.0), (600.0, 0.68), (900.0, 0.22)]
    kw = dict(steps=steps, sigma=400.0, beta=1.5, scale=100.0, d_min=50.0)
    ours = sp.two_step(f, p, sp.weights(dist, method, d0, **kw), supply, demand).access
    fn = {sp.TWO_STEP: None, sp.STEPS: WEIGHTS.step_fn(dict(steps)), sp.GAUSSIAN: WEIGHTS.gaussian(400.0),
          sp.GRAVITY: WEIGHTS.gravity(100.0, -1.5, 50.0)}[method]
    ref = _reference(f, p, dist, supply, demand, fn, d0)
    np.testing.assert_allclose(ours, ref, rtol=1e-10, atol=1e-12)


def test_steps_and_bad_input():
    steps = sp.parse_steps("300:1, 600:0.68, 900:0.22")
    assert sp.weights(np.array([0, 300, 301, 600, 900, 901.0]), sp.STEPS, 900, steps).tolist() == \
        [1, 1, 0.68, 0.68, 0.22, 0]
    for text, code in (("", "no_steps"), ("600:1,300:0.5", "unsorted_steps"), ("300", "bad_step"),
                       ("300:-1", "bad_step")):
        with pytest.raises(InputError) as err:
            sp.parse_steps(text)
        assert err.value.code == code


def test_demand_weighted_mean():
    m = sp.demand_weighted_mean(np.array([0, 0, 1, -1]), 2, np.array([1.0, 3.0, 2.0, 9.0]),
                                np.array([1.0, 3.0, 0.0, 5.0]))
    assert m[0] == pytest.approx(2.5) and np.isnan(m[1])


def test_area_supply_by_hand():
    # points in areas 0, 0, 1 and none, demand 1, 3, 0, 5, access 1, 3, 2, 9; facilities in areas 0, none, 0
    # with supply 10, 99, 2; three areas (the third holds nothing)
    a = sp.area_supply(np.array([0, 0, 1, -1]), np.array([0, -1, 0]), 3, np.array([1.0, 3.0, 0.0, 5.0]),
                       np.array([10.0, 99.0, 2.0]), np.array([1.0, 3.0, 2.0, 9.0]))
    assert a.demand.tolist() == [4.0, 0.0, 0.0]                  # 1 + 3; the point in no area counts nowhere
    assert a.supply_inside.tolist() == [12.0, 0.0, 0.0]          # 10 + 2; the facility in no area nowhere
    assert a.access_mean[0] == pytest.approx(2.5)                # (1·1 + 3·3) / 4
    assert np.isnan(a.access_mean[1:]).all()                     # no demand: no mean
    assert a.supply_per_demand[0] == pytest.approx(3.0)          # 12 / 4
    assert np.isnan(a.supply_per_demand[1:]).all()


def test_percent_of_norm():
    # 3 m² per child against a norm of 1.5 m²: 200 %; NaN stays NaN; without a norm every value is NaN
    np.testing.assert_array_equal(sp.percent_of_norm(np.array([3.0, 0.75, np.nan]), 1.5), [200.0, 50.0, np.nan])
    assert np.isnan(sp.percent_of_norm(np.array([3.0, 0.0]), 0.0)).all()
