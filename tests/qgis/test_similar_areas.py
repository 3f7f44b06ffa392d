"""similar_areas on the sample town's indicators: ranks and distances against numpy, k most similar."""
import numpy as np
import pytest

from tests.conftest import SAMPLE_GPKG

ALG = "sozialplanung:similar_areas"
FIELDS = ["sgb2_quote", "auslaenderanteil", "alleinerziehendenanteil"]


@pytest.fixture(scope="module")
def indicators(plugin):
    import processing

    counts = processing.run("sozialplanung:aggregate_counts", {
        "INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025", "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
        "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return processing.run("sozialplanung:compute_indicators", {
        "INPUT": counts, "AREA_ID": "sozialraum_id", "INDICATORS": ",".join(FIELDS), "MIN_COUNT": 0,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def _matrix(layer):
    rows = {f["sozialraum_id"]: [f[n] for n in FIELDS] for f in layer.getFeatures()}
    keys = sorted(rows)
    return keys, np.array([rows[k] for k in keys], dtype=float)


def test_with_reference(run, indicators, feedback):
    import processing

    res = processing.run(ALG, {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "FIELDS": FIELDS,
                               "REFERENCE_ID": "0202", "TOLERANCES": "2,,1", "OUTPUT": "TEMPORARY_OUTPUT"},
                         feedback=feedback)["OUTPUT"]
    keys, x = _matrix(indicators)
    z = (x - x.mean(0)) / x.std(0)
    ref = keys.index("0202")
    d = np.sqrt(((z - z[ref]) ** 2).mean(axis=1))
    feats = list(res.getFeatures())
    assert feats[0]["sozialraum_id"] == "0202" and feats[0]["is_reference"] == 1
    got = {f["sozialraum_id"]: f for f in feats}
    order = sorted((k for k in keys if k != "0202"), key=lambda k: d[keys.index(k)])
    assert [f["sozialraum_id"] for f in feats[1:]] == order
    for k in order:
        assert got[k]["similarity_distance"] == pytest.approx(d[keys.index(k)])
        i = keys.index(k)
        within = [n for j, n in zip((0, 2), ("sgb2_quote", "alleinerziehendenanteil"))
                  if abs(x[i, j] - x[ref, j]) <= (2 if j == 0 else 1)]
        assert got[k]["within_tolerance"] == len(within)
        assert (got[k]["within_fields"] or "") == ",".join(within)
    assert got[order[0]]["similarity_rank"] == 1
    assert any(m.startswith("Most similar to '0202': " + order[0]) for m in feedback.infos)


def test_k_most_similar_for_every_area(run, indicators):
    res = run(ALG, {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "FIELDS": FIELDS, "NUMBER": 3,
                    "WEIGHTS": "2,1,1", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    keys, x = _matrix(indicators)
    z = (x - x.mean(0)) / x.std(0)
    w = np.array([2.0, 1, 1])
    for f in res.getFeatures():
        a = keys.index(f["sozialraum_id"])
        d = np.sqrt((((z - z[a]) ** 2) * w).sum(1) / w.sum())
        d[a] = np.inf
        best = sorted(range(len(keys)), key=lambda i: (d[i], i))[:3]
        assert f["similar_ids"] == ",".join(keys[i] for i in best)
        assert f["distance_1"] == pytest.approx(d[best[0]])


def test_unknown_reference(run, indicators):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no area with the key '9999'"):
        run(ALG, {"INPUT": indicators, "ID_FIELD": "sozialraum_id", "FIELDS": FIELDS, "REFERENCE_ID": "9999",
                  "OUTPUT": "TEMPORARY_OUTPUT"})
