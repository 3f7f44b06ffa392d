"""The sample town is deterministic and its hierarchy nests."""
import hashlib
import os

import generate_town as gt
import numpy as np

from tests.conftest import COMMITTED_SAMPLE_GPKG as SAMPLE_GPKG


def _digest(layers):
    h = hashlib.sha256()
    for name in sorted(layers):
        lyr = layers[name]
        h.update(name.encode())
        h.update(repr(lyr.geoms).encode())
        for f, _ in lyr.fields:
            h.update(repr(lyr.attrs[f]).encode())
    return h.hexdigest()


def test_same_content_every_run():
    assert _digest(gt.town_layers(gt.build_town("S"))) == _digest(gt.town_layers(gt.build_town("S")))


def test_committed_sample_matches_generator(tmp_path):
    """tests/data was written by the generator as it is now."""
    from osgeo import ogr

    ds = ogr.Open(SAMPLE_GPKG)
    layers = gt.town_layers(gt.build_town("S"))
    for name, lyr in layers.items():
        ol = ds.GetLayerByName(name)
        assert ol is not None, name
        assert ol.GetFeatureCount() == len(lyr.geoms), name
    ol = ds.GetLayerByName("adressen_2025")
    got = sorted((f.GetField("adr_id"), f.GetField("ew_gesamt")) for f in ol)
    lyr = layers["adressen_2025"]
    assert got == sorted(zip(lyr.attrs["adr_id"], lyr.attrs["ew_gesamt"]))
    assert os.path.getsize(SAMPLE_GPKG) < 2 * 1024 * 1024


def test_hierarchy_nests_and_keys_have_leading_zeros():
    town = gt.build_town("S")
    layers = gt.town_layers(town)
    blocks = layers["baubloecke"].attrs
    for b, bz, sr, st in zip(blocks["block_id"], blocks["bezirk_id"], blocks["sozialraum_id"],
                             blocks["stadtteil_id"]):
        assert len(b) == 9 and b.startswith(bz) and bz.startswith(sr) and sr.startswith(st)
    assert layers["sozialraeume"].attrs["sozialraum_id"][0] == "0101"
    assert len(layers["sozialraeume"].geoms) == 12


def test_counts_are_consistent():
    town = gt.build_town("S")
    for _present, vals in town["years"].values():
        ages = sum(vals[f] for f in gt.AGE_FIELDS)
        assert (ages == vals["ew_gesamt"]).all()
        assert (vals["ew_18_19"] + vals["ew_20_24"] == vals["ew_18_24"]).all()
        assert (vals["migrationshintergrund"] >= vals["auslaender"]).all()
        assert (vals["sgb2_nef"] >= vals["sgb2_nef_u15"]).all()
        assert (vals["hh_mit_kindern"] <= vals["hh_gesamt"]).all()
        assert (vals["hh_alleinerziehend"] <= vals["hh_mit_kindern"]).all()
        assert (vals["alo_langzeit"] <= vals["alo_sgb2"] + vals["alo_sgb3"]).all()
    # some addresses exist only at the later date (new-build area)
    assert (~town["years"][2023][0]).sum() > 0


def test_street_network_has_osm_features():
    town = gt.build_town("S")
    lines, kinds, _ = town["streets"]
    assert "bridge" in kinds and "footway" in kinds and "service" in kinds
    # ways run through interior vertices shared with crossing ways
    assert max(len(ln) for ln in lines) > 3
    # the bridges share no vertex with the lines they cross
    verts = {}
    for k, ln in enumerate(lines):
        for p in ln:
            verts.setdefault(p, set()).add(k)
    bridge = kinds.index("bridge")
    ends = {lines[bridge][0], lines[bridge][-1]}
    assert all(len(verts[p]) >= 1 for p in ends)
    assert len(lines[bridge]) == 2


def test_csv_as_delivered(tmp_path):
    town = gt.build_town("S")
    p = tmp_path / "t.csv"
    gt.write_csv(town, 2025, str(p))
    text = p.read_bytes().decode("utf-8")
    header, first = text.split("\r\n")[:2]
    assert header.startswith("Sozialraum;Name;Einwohner insgesamt")
    cells = first.split(";")
    assert cells[0] == "0101"
    rows = gt.sozialraum_table(town, 2025)
    assert cells[2] == f"{rows[0]['ew_gesamt']:,}".replace(",", ".")
    assert "," in cells[-1]
    small = [(r["sozialraum_id"], f) for r in rows for f in gt.COUNT_FIELDS if 0 < r[f] < 3]
    assert text.count(";*") >= len(small)
    assert np.isfinite(float(cells[-1].replace(",", ".")))
