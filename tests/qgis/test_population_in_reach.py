"""population_in_reach on the sample town: straight line against brute force, network against networkx,
scenario, CRS handling and bad input."""
import networkx as nx
import numpy as np
import pytest
from osgeo import ogr

from tests.conftest import SAMPLE_GPKG
from tests.qgis.layers import _point, write_layer

ALG = "sozialplanung:population_in_reach"
FIELDS = ["ew_0_2", "ew_3_5"]


def _layer(name):
    return f"{SAMPLE_GPKG}|layername={name}"


def _ogr_points(name, fields):
    ds = ogr.Open(SAMPLE_GPKG)
    rows = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY(), *[f.GetField(n) for n in fields])
            for f in ds.GetLayerByName(name)]
    return rows


@pytest.fixture(scope="module")
def town():
    adr = _ogr_points("adressen_2025", ["sozialraum_id"] + FIELDS)
    fac = _ogr_points("spielplaetze", ["spielplatz_id"])
    pxy = np.array([(r[0], r[1]) for r in adr])
    vals = np.array([r[3:] for r in adr], dtype=float)
    area = np.array([r[2] for r in adr])
    fxy = np.array([(r[0], r[1]) for r in fac])
    keys = [r[2] for r in fac]
    ds = ogr.Open(SAMPLE_GPKG)
    lines = [np.array(f.GetGeometryRef().GetPoints())[:, :2] for f in ds.GetLayerByName("strassen")]
    return dict(pxy=pxy, vals=vals, area=area, fxy=fxy, keys=keys, lines=lines)


def _params(**kw):
    p = {"FACILITIES": _layer("spielplaetze"), "FACILITY_ID": "spielplatz_id", "POPULATION": _layer("adressen_2025"),
         "POPULATION_FIELDS": FIELDS, "AREAS": _layer("sozialraeume"), "AREA_ID": "sozialraum_id", "MODE": 0,
         "NETWORK": _layer("strassen"), "DISTANCES": "300,400", "MAX_SNAP": 100,
         "OUTPUT_FACILITIES": "TEMPORARY_OUTPUT", "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
         "OUTPUT_POPULATION": "TEMPORARY_OUTPUT", "OUTPUT_UNROUTABLE": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def _by_band(layer, key):
    return {(f[key], f["band_m"]): f for f in layer.getFeatures()}


def test_straight_line_equals_brute_force(run, town):
    res = run(ALG, _params())
    d = np.hypot(town["fxy"][:, None, 0] - town["pxy"][None, :, 0], town["fxy"][:, None, 1] - town["pxy"][None, :, 1])
    got = _by_band(res["OUTPUT_FACILITIES"], "spielplatz_id")
    for band in (300.0, 400.0):
        expected = (d <= band).astype(float) @ town["vals"]
        for i, key in enumerate(town["keys"]):
            f = got[(key, band)]
            assert [f[n] for n in FIELDS] == expected[i].tolist()
    # per Sozialraum (the addresses' own key, independent of the plugin's point-in-polygon)
    nearest = d.min(axis=0)
    areas = _by_band(res["OUTPUT_AREAS"], "sozialraum_id")
    for sr in np.unique(town["area"]):
        sel = town["area"] == sr
        for band in (300.0, 400.0):
            f = areas[(sr, band)]
            tot = town["vals"][sel, 0].sum()
            reach = town["vals"][sel & (nearest <= band), 0].sum()
            assert f["ew_0_2_total"] == tot and f["ew_0_2_reached"] == reach
            assert f["ew_0_2_share"] == pytest.approx(reach / tot * 100)
        w = town["vals"][sel, 0]
        assert areas[(sr, 300.0)]["ew_0_2_mean_dist"] == pytest.approx((w * nearest[sel]).sum() / w.sum())
    # per address: nearest playground and distance
    pop = list(res["OUTPUT_POPULATION"].getFeatures())
    assert len(pop) == len(town["pxy"])
    ids = [f["adr_id"] for f in pop]
    order = {a: i for i, a in enumerate(r[2] for r in _ogr_points("adressen_2025", ["adr_id"]))}
    for f, a in zip(pop, ids):
        i = order[a]
        assert f["nearest_dist"] == pytest.approx(nearest[i])
        assert f["nearest_id"] == town["keys"][int(d[:, i].argmin())]


def test_polygon_facilities_measured_from_the_boundary(run):
    from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

    res = run(ALG, _params(FACILITIES=_layer("spielplatzflaechen"), AREAS=None, DISTANCES="200",
                           OUTPUT_AREAS=None))
    polys = QgsVectorLayer(_layer("spielplatzflaechen"), "p", "ogr")
    geoms = {f["spielplatz_id"]: QgsGeometry(f.geometry()) for f in polys.getFeatures()}
    adr = _ogr_points("adressen_2025", FIELDS)
    got = _by_band(res["OUTPUT_FACILITIES"], "spielplatz_id")
    for key, g in geoms.items():       # QGIS's own distance (0 inside) as the second method
        expected = sum(r[2] for r in adr if g.distance(QgsGeometry.fromPointXY(QgsPointXY(r[0], r[1]))) <= 200)
        assert got[(key, 200.0)]["ew_0_2"] == expected


def _snap_all(segs, pts):
    """Brute force: nearest position on any segment for each point (numpy over all segments)."""
    a, b = segs[:, 0], segs[:, 1]
    ab = b - a
    ll = (ab ** 2).sum(1)
    out = []
    for p in pts:
        t = np.clip(((p - a) * ab).sum(1) / ll, 0, 1)
        q = a + t[:, None] * ab
        d = np.hypot(*(p - q).T)
        k = int(d.argmin())
        out.append((d[k], k, tuple(q[k])))
    return out


def _networkx_nearest(town, max_snap, band):
    """Independent network distances: graph of the lines' vertices (shared vertices connect), every snapped
    position inserted by splitting its segment, legs added; networkx Dijkstra."""
    segs, seg_keys = [], []
    g = nx.Graph()
    for ln in town["lines"]:
        for k in range(len(ln) - 1):
            u, v = tuple(ln[k]), tuple(ln[k + 1])
            if u == v:
                continue
            segs.append((ln[k], ln[k + 1]))
            seg_keys.append((u, v))
            g.add_edge(u, v, weight=float(np.hypot(*(np.array(u) - v))))
    segs = np.array(segs)
    allpts = np.vstack([town["fxy"], town["pxy"]])
    snaps = _snap_all(segs, allpts)
    splits = {}
    for d, k, q in snaps:
        if d <= max_snap:
            splits.setdefault(k, set()).add(q)
    for k, qs in splits.items():
        u, v = seg_keys[k]
        if g.has_edge(u, v):
            g.remove_edge(u, v)
        chain = sorted(qs | {u, v}, key=lambda q: np.hypot(*(np.array(q) - u)))
        for x, y in zip(chain, chain[1:]):
            if x != y:
                g.add_edge(x, y, weight=float(np.hypot(*(np.array(x) - y))))
    nf = len(town["fxy"])
    for i, (d, _, q) in enumerate(snaps):
        if d <= max_snap:
            g.add_edge(("p", i), q, weight=max(float(d), 1e-12))
    sources = [("p", i) for i in range(nf) if ("p", i) in g]
    nearest = nx.multi_source_dijkstra_path_length(g, sources, weight="weight")
    near = np.array([nearest.get(("p", nf + j), np.inf) for j in range(len(town["pxy"]))])
    within = np.zeros((nf, len(town["pxy"])), dtype=bool)
    for i in range(nf):
        if ("p", i) in g:
            lengths = nx.single_source_dijkstra_path_length(g, ("p", i), cutoff=band, weight="weight")
            for j in range(len(town["pxy"])):
                if lengths.get(("p", nf + j), np.inf) <= band:
                    within[i, j] = True
    return near, within


def test_network_distances_equal_networkx(run, town):
    res = run(ALG, _params(MODE=1, DISTANCES="400"))
    near, within = _networkx_nearest(town, 100.0, 400.0)
    order = {a: i for i, a in enumerate(r[2] for r in _ogr_points("adressen_2025", ["adr_id"]))}
    got = np.full(len(near), np.nan)
    for f in res["OUTPUT_POPULATION"].getFeatures():
        v = f["nearest_dist"]
        got[order[f["adr_id"]]] = np.inf if v is None or v != v else v
    np.testing.assert_allclose(np.where(np.isfinite(got), got, -1), np.where(np.isfinite(near), near, -1),
                               atol=1e-6)
    per_fac = _by_band(res["OUTPUT_FACILITIES"], "spielplatz_id")
    expected = within.astype(float) @ town["vals"]
    for i, key in enumerate(town["keys"]):
        assert [per_fac[(key, 400.0)][n] for n in FIELDS] == expected[i].tolist()
    # network reach never exceeds straight-line reach
    straight = _by_band(run(ALG, _params(DISTANCES="400"))["OUTPUT_FACILITIES"], "spielplatz_id")
    assert all(per_fac[k]["ew_0_2"] <= straight[k]["ew_0_2"] for k in per_fac)


def test_scenario_with_one_more_playground(run, tmp_path, town):
    import processing

    added = str(tmp_path / "plus.gpkg")
    processing.run("native:savefeatures", {"INPUT": _layer("spielplaetze"), "OUTPUT": added})
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    lyr = QgsVectorLayer(added, "plus", "ogr")
    # the address farthest from any playground gets one
    d = np.hypot(town["fxy"][:, None, 0] - town["pxy"][None, :, 0], town["fxy"][:, None, 1] - town["pxy"][None, :, 1])
    far = int(d.min(axis=0).argmax())
    feat = QgsFeature(lyr.fields())
    feat.setAttribute("spielplatz_id", "NEU")
    feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*town["pxy"][far])))
    lyr.dataProvider().addFeatures([feat])
    res = run(ALG, _params(FACILITIES_COMPARE=added))
    areas = _by_band(res["OUTPUT_AREAS"], "sozialraum_id")
    fxy2 = np.vstack([town["fxy"], town["pxy"][far]])
    near2 = np.hypot(fxy2[:, None, 0] - town["pxy"][None, :, 0], fxy2[:, None, 1] - town["pxy"][None, :, 1]).min(0)
    for (sr, band), f in areas.items():
        sel = town["area"] == sr
        assert f["ew_0_2_reached_scenario"] == town["vals"][sel & (near2 <= band), 0].sum()
        assert f["ew_0_2_reached_change"] == f["ew_0_2_reached_scenario"] - f["ew_0_2_reached"]
    assert sum(f["ew_0_2_reached_change"] for f in areas.values()) > 0


def test_geographic_and_mixed_crs(run, town, feedback):
    import processing

    def to4326(name):
        return processing.run("native:reprojectlayer", {"INPUT": _layer(name), "TARGET_CRS": "EPSG:4326",
                                                        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]

    base = _by_band(run(ALG, _params(DISTANCES="400"))["OUTPUT_FACILITIES"], "spielplatz_id")
    # facilities in EPSG:4326, residents in EPSG:25832: measured in 25832, same counts
    mixed = _by_band(run(ALG, _params(FACILITIES=to4326("spielplaetze"), DISTANCES="400"))["OUTPUT_FACILITIES"],
                     "spielplatz_id")
    assert {k: v["ew_0_2"] for k, v in mixed.items()} == {k: v["ew_0_2"] for k, v in base.items()}
    # everything in EPSG:4326 along the network: projected to UTM 32N (= 25832 up to the datum) -> same result
    net_base = _by_band(run(ALG, _params(MODE=1, DISTANCES="400"))["OUTPUT_FACILITIES"], "spielplatz_id")
    import processing as p2

    geo = p2.run(ALG, _params(MODE=1, DISTANCES="400", FACILITIES=to4326("spielplaetze"),
                              POPULATION=to4326("adressen_2025"), NETWORK=to4326("strassen"),
                              AREAS=to4326("sozialraeume")), feedback=feedback)
    net_geo = _by_band(geo["OUTPUT_FACILITIES"], "spielplatz_id")
    assert {k: v["ew_0_2"] for k, v in net_geo.items()} == {k: v["ew_0_2"] for k, v in net_base.items()}
    assert any("EPSG:32632" in m and "UTM zone 32" in m for m in feedback.infos)


def test_unroutable_points_are_listed_not_snapped(run, tmp_path):
    far = write_layer(str(tmp_path / "far.gpkg"), "far", [_point(-100000, -100000), _point(-100010, -100000)],
                      [("spielplatz_id", "str")], [("X1",), ("X2",)])
    res = run(ALG, _params(MODE=1, FACILITIES=far, AREAS=None, OUTPUT_AREAS=None))
    rows = [(f["layer"], f["key"], f["reason"]) for f in res["OUTPUT_UNROUTABLE"].getFeatures()]
    assert {(k, r) for layer, k, r in rows if k in ("X1", "X2")} == {
        ("X1", "farther than 100 m from the network"), ("X2", "farther than 100 m from the network")}
    assert all(f["ew_0_2"] == 0 and f["routable"] == 0 for f in res["OUTPUT_FACILITIES"].getFeatures())


@pytest.mark.parametrize("kw,message", [
    (dict(DISTANCES="500,300"), "must increase: 300 follows 500"),
    (dict(DISTANCES="300,-5"), "'-5' must be greater than 0"),
    (dict(DISTANCES="300,abc"), "'abc' in the distance bands is not a number"),
    (dict(MODE=1, NETWORK=None), "needs the street network layer"),
    (dict(POPULATION_FIELDS=["adr_id"]), "the field 'adr_id' is not numeric"),
    (dict(FACILITY_ID="nope"), "has no field 'nope'"),
])
def test_bad_input(run, kw, message):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        run(ALG, _params(**kw))


def test_empty_facility_layer(run, tmp_path):
    from qgis.core import QgsProcessingException

    empty = write_layer(str(tmp_path / "e.gpkg"), "e", [], [("spielplatz_id", "str")], [], gtype=ogr.wkbPoint)
    with pytest.raises(QgsProcessingException, match="has no features"):
        run(ALG, _params(FACILITIES=empty))


def test_catchment_polygons(run):
    res = run(ALG, _params(MODE=1, DISTANCES="300,400", OUTPUT_CATCHMENTS="TEMPORARY_OUTPUT"))
    polys = list(res["OUTPUT_CATCHMENTS"].getFeatures())
    assert polys and all(p.geometry().isGeosValid() and p.geometry().area() > 0 for p in polys)
    by = {(p["spielplatz_id"], p["band_m"]): p.geometry() for p in polys}
    # the 300 m catchment lies inside the 400 m one
    for (key, band), g in by.items():
        if band == 300.0 and (key, 400.0) in by:
            assert g.difference(by[(key, 400.0)]).area() < 1.0
    straight = run(ALG, _params(DISTANCES="400", OUTPUT_CATCHMENTS="TEMPORARY_OUTPUT"))["OUTPUT_CATCHMENTS"]
    circle = next(straight.getFeatures()).geometry()
    assert circle.area() == pytest.approx(np.pi * 400 ** 2, rel=1e-3)


def test_large_per_address_output_into_a_geopackage(run, tmp_path, monkeypatch):
    """Large point outputs go into the GeoPackage without a spatial index (threshold lowered here); the file is
    complete and equal to the ordinary sink's result."""
    from qgis.core import QgsVectorLayer

    from sozialplanung_plugin.processing import population_in_reach_outputs

    ordinary = run(ALG, _params(MODE=1))["OUTPUT_POPULATION"]
    monkeypatch.setattr(population_in_reach_outputs, "LARGE_OUTPUT", 10)
    dest = str(tmp_path / "adressen.gpkg")
    res = run(ALG, _params(MODE=1, OUTPUT_POPULATION=dest))
    assert res["OUTPUT_POPULATION"] == dest
    lyr = QgsVectorLayer(dest, "a", "ogr")
    assert lyr.isValid() and lyr.featureCount() == ordinary.featureCount()
    got = {f["adr_id"]: (f["nearest_id"], f["nearest_dist"]) for f in lyr.getFeatures()}
    assert got == {f["adr_id"]: (f["nearest_id"], f["nearest_dist"]) for f in ordinary.getFeatures()}
    ds = ogr.Open(dest)
    assert ds.GetLayer(0).TestCapability("FastSpatialFilter") == 0      # no spatial index


def test_multipart_points_invalid_polygons_and_nothing_routable(run, tmp_path, feedback):
    import processing

    # multipart facility points: placed at the centre of their parts, with a warning
    mp = ogr.Geometry(ogr.wkbMultiPoint)
    for x, y in ((1000, 1000), (1010, 1000)):
        mp.AddGeometry(_point(x, y))
    multi = write_layer(str(tmp_path / "mp.gpkg"), "mp", [mp], [("spielplatz_id", "str")], [("M1",)])
    processing.run(ALG, _params(FACILITIES=multi, AREAS=None, OUTPUT_AREAS=None), feedback=feedback)
    assert any("multipart points" in m for m in feedback.warnings)
    # a self-intersecting (bow-tie) playground area is repaired and still counted
    bow = ogr.CreateGeometryFromWkt("POLYGON ((412500 5650500, 412700 5650700, 412700 5650500, 412500 5650700, "
                                    "412500 5650500))")
    invalid = write_layer(str(tmp_path / "bow.gpkg"), "bow", [bow], [("spielplatz_id", "str")], [("B1",)])
    res = processing.run(ALG, _params(FACILITIES=invalid, AREAS=None, OUTPUT_AREAS=None, DISTANCES="100"),
                         feedback=feedback)
    assert any("invalid and was repaired" in m for m in feedback.warnings)
    assert next(res["OUTPUT_FACILITIES"].getFeatures())["routable"] == 1
    # every address far from the network: a clear warning, results still written
    res = processing.run(ALG, _params(MODE=1, MAX_SNAP=0.001, AREAS=None, OUTPUT_AREAS=None), feedback=feedback)
    assert any("nothing is routable" in m for m in feedback.warnings)
    assert all(f["routable"] == 0 for f in res["OUTPUT_POPULATION"].getFeatures())



@pytest.mark.parametrize("kw,message", [
    (dict(DISTANCES="500,300"), "must increase: 300 follows 500"),
    (dict(DISTANCES="300,-5"), "'-5' must be greater than 0"),
    (dict(DISTANCES="300,abc"), "'abc' in the distance bands is not a number"),
    (dict(DISTANCES=" , "), "Give at least one distance band"),
    (dict(DISTANCES="5,4", WALKING_SPEED=4.8), "must increase"),
    (dict(MODE=1, NETWORK=None), "needs the street network layer"),
    (dict(AREA_ID=None), "Choose the area key field of"),
])
def test_parameters_refused_before_a_run(plugin, feedback, kw, message):
    """checkParameterValues refuses what the parameters alone show to be wrong (the dialog does not start the
    run); processing.run says the same without reading a layer."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException

    alg = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    ok, text = alg.checkParameterValues(_params(**kw), QgsProcessingContext())
    assert not ok and message in text
    with pytest.raises(QgsProcessingException, match=message):
        processing.run(ALG, _params(**kw), feedback=feedback)
    assert not any("Distances are measured" in m for m in feedback.infos)      # nothing was read
    assert alg.checkParameterValues(_params(), QgsProcessingContext()) == (True, "")


def test_negative_count_names_the_feature(run, tmp_path):
    """A negative resident count stops the run with the message every count algorithm gives (core.aggregation)."""
    from qgis.core import QgsProcessingException

    pop = write_layer(str(tmp_path / "p.gpkg"), "p", [_point(0, 0), _point(10, 0)], [("ew_0_2", "int")],
                      [(4,), (-3,)])
    with pytest.raises(QgsProcessingException, match=r"feature 2 has the negative count -3 \(1 negative"):
        run(ALG, _params(POPULATION=pop, POPULATION_FIELDS=["ew_0_2"], AREAS=None, OUTPUT_AREAS=None))
