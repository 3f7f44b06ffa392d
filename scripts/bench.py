#!/usr/bin/python3
"""Benchmark: ``sozialplanung:aggregate_counts`` against the native QGIS way.

What is compared, and why
-------------------------
The plugin's main job is "sum the counts of small units for each planning
area". Without the plugin a QGIS user does the same with built-in Processing
algorithms. This script runs both on the generated towns M and L (see
``scripts/generate_town.py``) and reports how long each takes:

``address_pip``  addresses (points) -> Sozialräume, by location, summing six
                 count fields.
                 plugin:  ``sozialplanung:aggregate_counts``, METHOD 1
                          (point in polygon)
                 native:  ``qgis:joinbylocationsummary`` with INPUT =
                          Sozialräume, JOIN = addresses, PREDICATE contains,
                          SUMMARIES sum

``block_overlap`` Baublöcke (polygons) -> Sozialräume, by largest overlap,
                 summing three count fields.
                 plugin:  ``sozialplanung:aggregate_counts``, METHOD 2
                          (largest overlap)
                 native:  ``native:joinattributesbylocation`` (largest overlap,
                          one-to-one, Sozialraum key with prefix ``sr_``)
                          followed by ``native:aggregate`` grouped by that key
                          with ``sum`` per field

Fairness: both sides read the same GeoPackage layers and write their final
output to a GeoPackage file in the same temporary directory; the time is
``time.perf_counter`` around ``processing.run`` (reading and writing
included). The intermediate layer of the native two-step chain is a memory
layer, the most favourable choice for the native side. All runs happen in one
QGIS process; the rounds are interleaved (plugin and native alternate which
goes first) so caches and CPU frequency affect both alike. The table shows
the minimum and median time per side and the median of the per-round ratios
native/plugin ("x times faster"). Nothing is asserted about time.

After the first round the results are checked: the sums per Sozialraum key
from the plugin must equal those of the native chain. As a third opinion both
are compared with the sums by the key field ``sozialraum_id`` that the units
carry themselves (the synthetic town nests exactly, so that key is the true
answer). A disagreement is reported, not raised.

Usage (from the repository root, after ``make stage``)::

    /usr/bin/python3 scripts/bench.py [--sizes M,L] [--rounds 3]

Towns are generated into ``bench_data/`` when missing; the results are also
written to ``bench_data/bench_results.json``.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Callable, Dict, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(ROOT, "scripts")
BUILD = os.path.join(ROOT, "build")
DATA_DIR = os.path.join(ROOT, "bench_data")
RESULTS_JSON = os.path.join(DATA_DIR, "bench_results.json")
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"

AREA_LAYER = "sozialraeume"
AREA_ID = "sozialraum_id"

Sums = Dict[Optional[str], Tuple[float, ...]]


class Case:
    """One comparison: what is aggregated, how each side does it, how results are read back."""

    def __init__(self, name: str, title: str, layer: str, fields: List[str],
                 plugin_method: int) -> None:
        self.name = name
        self.title = title
        self.layer = layer
        self.fields = fields
        self.plugin_method = plugin_method

    def uri(self, gpkg: str, layer: str) -> str:
        return f"{gpkg}|layername={layer}"

    def run_plugin(self, gpkg: str, out: str) -> str:
        import processing

        res = processing.run("sozialplanung:aggregate_counts", {
            "INPUT": self.uri(gpkg, self.layer),
            "FIELDS": self.fields,
            "AREAS": self.uri(gpkg, AREA_LAYER),
            "AREA_ID": AREA_ID,
            "METHOD": self.plugin_method,
            "OUTPUT": out,
        })
        return res["OUTPUT"]

    def run_native(self, gpkg: str, out: str) -> str:
        raise NotImplementedError

    def plugin_sums(self, path: str) -> Sums:
        return read_sums(path, AREA_ID, self.fields)

    def native_sums(self, path: str) -> Sums:
        raise NotImplementedError


class AddressPointInPolygon(Case):
    def run_native(self, gpkg: str, out: str) -> str:
        import processing

        res = processing.run("qgis:joinbylocationsummary", {
            "INPUT": self.uri(gpkg, AREA_LAYER),
            "JOIN": self.uri(gpkg, self.layer),
            "PREDICATE": [1],            # contains: the Sozialraum contains the address
            "JOIN_FIELDS": self.fields,
            "SUMMARIES": [5],            # sum
            "DISCARD_NONMATCHING": False,
            "OUTPUT": out,
        })
        return res["OUTPUT"]

    def native_sums(self, path: str) -> Sums:
        return read_sums(path, AREA_ID, [f + "_sum" for f in self.fields])


class BlockLargestOverlap(Case):
    PREFIX = "sr_"

    def run_native(self, gpkg: str, out: str) -> str:
        import processing

        joined = processing.run("native:joinattributesbylocation", {
            "INPUT": self.uri(gpkg, self.layer),
            "JOIN": self.uri(gpkg, AREA_LAYER),
            "PREDICATE": [0],            # intersects; METHOD 2 then keeps the largest overlap
            "JOIN_FIELDS": [AREA_ID],
            "METHOD": 2,                 # one-to-one, feature with the largest overlap
            "DISCARD_NONMATCHING": False,
            "PREFIX": self.PREFIX,
            "OUTPUT": "memory:",
        })["OUTPUT"]
        key = self.PREFIX + AREA_ID
        aggregates = [{"aggregate": "first_value", "delimiter": ",", "input": f'"{key}"',
                       "length": 0, "name": AREA_ID, "precision": 0, "type": 10}]  # QVariant.String
        aggregates += [{"aggregate": "sum", "delimiter": ",", "input": f'"{f}"',
                        "length": 0, "name": f, "precision": 0, "type": 4}      # QVariant.LongLong
                       for f in self.fields]
        res = processing.run("native:aggregate", {
            "INPUT": joined,
            "GROUP_BY": f'"{key}"',
            "AGGREGATES": aggregates,
            "OUTPUT": out,
        })
        return res["OUTPUT"]

    def native_sums(self, path: str) -> Sums:
        return read_sums(path, AREA_ID, self.fields)


CASES = [
    AddressPointInPolygon(
        "address_pip", "addresses -> Sozialräume, point in polygon", "adressen_2025",
        ["ew_gesamt", "ew_0_2", "ew_3_5", "ew_6_9", "sgb2_elb", "hh_gesamt"], 1),
    BlockLargestOverlap(
        "block_overlap", "Baublöcke -> Sozialräume, largest overlap", "baubloecke",
        ["ew_gesamt", "sgb2_elb", "hh_gesamt"], 2),
]


# ---------------------------------------------------------------- helpers
def ensure_town(size: str) -> str:
    """Path of musterstadt_<size>.gpkg in bench_data/, generated if missing."""
    gpkg = os.path.join(DATA_DIR, f"musterstadt_{size}.gpkg")
    if not os.path.exists(gpkg):
        print(f"Generating town {size} into {DATA_DIR} ...", flush=True)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(SCRIPTS, "generate_town.py"), size, DATA_DIR],
                       check=True, stdout=subprocess.DEVNULL)
        print(f"  done in {time.perf_counter() - t0:.1f} s", flush=True)
    return gpkg


def start_qgis():
    """Start a headless QGIS with Processing and the staged plugin's provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.path.isfile(os.path.join(BUILD, "sozialplanung_plugin", "__init__.py")):
        sys.exit("The plugin is not staged: run 'make stage' first.")
    sys.path.insert(0, BUILD)
    sys.path.insert(0, QGIS_PLUGINS)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import sozialplanung_plugin

    plugin = sozialplanung_plugin.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def open_layer(uri: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, "bench", "ogr")
    if not layer.isValid():
        raise RuntimeError(f"cannot open {uri}")
    return layer


def number(value) -> float:
    """Attribute value as float; NULL (no unit matched) counts as 0."""
    if value is None:
        return 0.0
    try:
        if hasattr(value, "isNull") and value.isNull():
            return 0.0
    except TypeError:
        pass
    return float(value)


def key_text(value) -> Optional[str]:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return str(value)


def read_sums(uri: str, key: str, fields: List[str]) -> Sums:
    """Per key: the values of ``fields`` (summed over features with the same key)."""
    from qgis.core import QgsFeatureRequest

    layer = open_layer(uri)
    names = [f.name() for f in layer.fields()]
    missing = [f for f in [key] + fields if f not in names]
    if missing:
        raise RuntimeError(f"{uri} lacks fields {missing} (has {names})")
    idx = [names.index(f) for f in fields]
    kidx = names.index(key)
    out: Dict[Optional[str], List[float]] = {}
    for feat in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        attrs = feat.attributes()
        acc = out.setdefault(key_text(attrs[kidx]), [0.0] * len(fields))
        for j, i in enumerate(idx):
            acc[j] += number(attrs[i])
    return {k: tuple(v) for k, v in out.items()}


def compare(case: Case, a: Sums, b: Sums, label_a: str, label_b: str) -> Tuple[bool, List[str]]:
    """Do two per-key sum tables agree? Returns (ok, lines describing differences)."""
    zero = (0.0,) * len(case.fields)
    keys = sorted(set(a) | set(b), key=lambda k: (k is None, k or ""))
    differing = [k for k in keys
                 if any(abs(x - y) > 1e-6 for x, y in zip(a.get(k, zero), b.get(k, zero)))]
    lines = []
    if not differing:
        return True, lines
    lines.append(f"{len(differing)} of {len(keys)} keys differ between {label_a} and {label_b}")
    totals_a = [sum(v[j] for v in a.values()) for j in range(len(case.fields))]
    totals_b = [sum(v[j] for v in b.values()) for j in range(len(case.fields))]
    lines.append(f"totals {label_a}: {dict(zip(case.fields, map(int, totals_a)))}")
    lines.append(f"totals {label_b}: {dict(zip(case.fields, map(int, totals_b)))}")
    for k in differing[:5]:
        va, vb = [int(x) for x in a.get(k, zero)], [int(x) for x in b.get(k, zero)]
        lines.append(f"key {k!r}: {label_a} {va} vs {label_b} {vb}")
    if len(differing) > 5:
        lines.append(f"... and {len(differing) - 5} more keys")
    return False, lines


def verify(case: Case, gpkg: str, plugin_out: str, native_out: str) -> Dict:
    """Check plugin against native, and both against the units' own key field."""
    try:
        p = case.plugin_sums(plugin_out)
        n = case.native_sums(native_out)
        truth = read_sums(case.uri(gpkg, case.layer), AREA_ID, case.fields)
    except Exception as err:  # noqa: BLE001 - report, do not crash the benchmark
        return {"ok": False, "details": [f"could not read outputs: {err}"]}
    ok, details = compare(case, p, n, "plugin", "native")
    for label, sums in (("plugin", p), ("native", n)):
        same, lines = compare(case, sums, truth, label, "key field")
        details.append("{} vs. the units' own key field: {}".format(
            label, "equal" if same else lines[0]))
    total = sum(v[0] for v in p.values())
    details.append(f"{len(p)} areas, {case.fields[0]} total {total:,.0f}")
    return {"ok": ok, "details": details}


def output_path(tmp: str, case: Case, size: str, side: str, rnd: int) -> str:
    return os.path.join(tmp, f"{case.name}_{size}_{side}_{rnd}.gpkg")


def timed(fn: Callable[[str, str], str], gpkg: str, out: str) -> Tuple[float, str]:
    t0 = time.perf_counter()
    result = fn(gpkg, out)
    return time.perf_counter() - t0, result


def remove_gpkg(path: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.remove(path + suffix)


# ---------------------------------------------------------------- main
def run(sizes: List[str], rounds: int) -> List[Dict]:
    towns = {size: ensure_town(size) for size in sizes}
    from qgis.core import Qgis

    print(f"QGIS {Qgis.QGIS_VERSION}, Python {platform.python_version()}, {rounds} round(s)\n", flush=True)
    results = []
    tmp = tempfile.mkdtemp(prefix="sozialplanung_bench_")
    try:
        for size in sizes:
            gpkg = towns[size]
            n_areas = open_layer(f"{gpkg}|layername={AREA_LAYER}").featureCount()
            rows = {c.name: {"case": c.name, "title": c.title, "size": size,
                             "n_features": open_layer(c.uri(gpkg, c.layer)).featureCount(),
                             "n_areas": n_areas, "plugin_s": [], "native_s": [], "check": None}
                    for c in CASES}
            for rnd in range(rounds):
                for case in CASES:
                    row = rows[case.name]
                    sides = [("plugin", case.run_plugin), ("native", case.run_native)]
                    if rnd % 2:
                        sides.reverse()
                    outs = {}
                    for side, fn in sides:
                        out = output_path(tmp, case, size, side, rnd)
                        try:
                            seconds, outs[side] = timed(fn, gpkg, out)
                        except Exception as err:  # noqa: BLE001
                            print(f"!! {case.name} {size} {side} failed: {str(err).strip()}",
                                  flush=True)
                            seconds, outs[side] = float("nan"), None
                        row[side + "_s"].append(seconds)
                    print("  {} {:<14} round {}: plugin {:7.2f} s, native {:7.2f} s".format(
                        size, case.name, rnd + 1, row["plugin_s"][-1], row["native_s"][-1]), flush=True)
                    if row["check"] is None and outs.get("plugin") and outs.get("native"):
                        row["check"] = verify(case, gpkg, outs["plugin"], outs["native"])
                        if row["check"]["ok"]:
                            print("    results agree: plugin and native sums per Sozialraum are equal",
                                  flush=True)
                        else:
                            print(f"    !! RESULTS DIFFER between plugin and native for {case.name} {size}:"
                                  , flush=True)
                        for line in row["check"]["details"]:
                            print("       " + line, flush=True)
                    for side in ("plugin", "native"):
                        remove_gpkg(output_path(tmp, case, size, side, rnd))
            for row in rows.values():
                summarize(row)
                results.append(row)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def summarize(row: Dict) -> None:
    def stats(values):
        ok = [v for v in values if v == v]  # drop NaN (failed runs)
        return (min(ok), statistics.median(ok)) if ok else (None, None)

    row["plugin_min"], row["plugin_median"] = stats(row["plugin_s"])
    row["native_min"], row["native_median"] = stats(row["native_s"])
    ratios = [n / p for p, n in zip(row["plugin_s"], row["native_s"]) if p == p and n == n and p > 0]
    row["ratio_median"] = statistics.median(ratios) if ratios else None


def print_table(results: List[Dict]) -> None:
    def fmt(v, spec, unit):
        return format(v, spec) + unit if v is not None else "-"

    header = ("{:<14} {:<4} {:>9} {:>6} | {:>10} {:>10} | {:>10} {:>10} | {:>13} | {}"
              .format("case", "size", "features", "areas", "plugin min", "plugin med",
                      "native min", "native med", "native/plugin", "results"))
    print("\n" + header)
    print("-" * len(header))
    for r in results:
        check = r["check"]
        verdict = "equal" if check and check["ok"] else ("DIFFER" if check else "not checked")
        print("{:<14} {:<4} {:>9,} {:>6,} | {:>10} {:>10} | {:>10} {:>10} | {:>13} | {}".format(
            r["case"], r["size"], r["n_features"], r["n_areas"],
            fmt(r["plugin_min"], ".2f", " s"), fmt(r["plugin_median"], ".2f", " s"),
            fmt(r["native_min"], ".2f", " s"), fmt(r["native_median"], ".2f", " s"),
            fmt(r["ratio_median"], ".1f", " x"), verdict))
    print("\nnative/plugin: median over rounds of native time / plugin time (how many times faster "
          "the plugin is).")


def write_json(results: List[Dict], sizes: List[str], rounds: int) -> None:
    from qgis.core import Qgis

    os.makedirs(DATA_DIR, exist_ok=True)
    doc = {
        "qgis_version": Qgis.QGIS_VERSION,
        "python": platform.python_version(),
        "machine": platform.platform(),
        "cpu_count": os.cpu_count(),
        "sizes": sizes,
        "rounds": rounds,
        "timing": "seconds, time.perf_counter around processing.run, GeoPackage in and out",
        "results": results,
    }
    with open(RESULTS_JSON, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=2, ensure_ascii=False)
    print(f"Results written to {os.path.relpath(RESULTS_JSON, ROOT)}")


# ---------------------------------------------------------------- indicators
N_AREAS, N_INDICATORS = 50_000, 30
INDICATOR_GPKG = os.path.join(DATA_DIR, "indicator_table.gpkg")
INDICATOR_CATALOGUE = os.path.join(DATA_DIR, "indicator_catalogue.json")


def ensure_indicator_table() -> None:
    """50,000 areas with 40 count fields (fixed seed) and a catalogue of 30 sum-of-fields indicators."""
    import json

    import numpy as np

    os.makedirs(DATA_DIR, exist_ok=True)
    rng = np.random.default_rng(50_000)
    names = [f"c{k:02d}" for k in range(40)]
    if not os.path.exists(INDICATOR_GPKG):
        from osgeo import ogr

        ds = ogr.GetDriverByName("GPKG").CreateDataSource(INDICATOR_GPKG)
        lyr = ds.CreateLayer("areas", None, ogr.wkbNone)
        lyr.CreateField(ogr.FieldDefn("area_id", ogr.OFTString))
        for n in names:
            lyr.CreateField(ogr.FieldDefn(n, ogr.OFTInteger64))
        pop = rng.integers(50, 5000, N_AREAS)
        values = rng.binomial(pop[:, None], rng.uniform(0.01, 0.3, len(names)))
        defn = lyr.GetLayerDefn()
        lyr.StartTransaction()
        for i in range(N_AREAS):
            f = ogr.Feature(defn)
            f.SetField(0, f"{i:06d}")
            for j in range(len(names)):
                f.SetField(j + 1, int(values[i, j]))
            lyr.CreateFeature(f)
        lyr.CommitTransaction()
        ds = None
    indicators = []
    for k in range(N_INDICATORS):
        a, b, c, d = (names[(k * 3 + m) % 40] for m in range(4))
        indicators.append({"id": f"ind{k:02d}", "name": f"Indicator {k}", "numerator": f"{a} + {b}",
                           "denominator": f"{a} + {b} + {c} + {d}", "factor": 100, "decimals": 1})
    with open(INDICATOR_CATALOGUE, "w", encoding="utf-8") as fh:
        json.dump({"format": "sozialplanung-kennzahlenkatalog", "version": 1, "indicators": indicators}, fh)


def indicators_plugin(out: str) -> str:
    import processing

    return processing.run("sozialplanung:compute_indicators", {
        "INPUT": f"{INDICATOR_GPKG}|layername=areas", "AREA_ID": "area_id", "CATALOGUE": INDICATOR_CATALOGUE,
        "MIN_COUNT": 0, "MIN_DENOMINATOR": 0, "MIN_POPULATION": 0, "POPULATION_FIELD": None, "OUTPUT": out})["OUTPUT"]


def indicators_native(out: str) -> str:
    """What a QGIS user does today: one field calculator run per indicator, chained."""
    import json

    import processing

    with open(INDICATOR_CATALOGUE, encoding="utf-8") as fh:
        indicators = json.load(fh)["indicators"]
    layer = f"{INDICATOR_GPKG}|layername=areas"
    for k, ind in enumerate(indicators):
        last = k == len(indicators) - 1
        layer = processing.run("native:fieldcalculator", {
            "INPUT": layer, "FIELD_NAME": ind["id"], "FIELD_TYPE": 0, "FIELD_LENGTH": 10, "FIELD_PRECISION": 1,
            "FORMULA": "round(({}) / ({}) * 100, 1)".format(ind["numerator"], ind["denominator"]),
            "OUTPUT": out if last else "TEMPORARY_OUTPUT"})["OUTPUT"]
    return layer


def run_indicators(rounds: int) -> Dict:
    tmp = tempfile.mkdtemp(prefix="sozialplanung_bench_ind_")
    row = {"case": "indicators", "title": f"{N_INDICATORS} indicators", "size": "50k",
           "n_features": N_AREAS, "n_areas": N_AREAS, "plugin_s": [], "native_s": [], "check": None}
    try:
        for rnd in range(rounds):
            sides = [("plugin", indicators_plugin), ("native", indicators_native)]
            if rnd % 2:
                sides.reverse()
            outs = {}
            for side, fn in sides:
                out = os.path.join(tmp, f"ind_{side}_{rnd}.gpkg")
                t0 = time.perf_counter()
                outs[side] = fn(out)
                row[side + "_s"].append(time.perf_counter() - t0)
            print("  indicators round {}: plugin {:7.2f} s, native {:7.2f} s".format(
                rnd + 1, row["plugin_s"][-1], row["native_s"][-1]), flush=True)
            if row["check"] is None:
                row["check"] = compare_indicators(outs["plugin"], outs["native"])
                for line in row["check"]["details"]:
                    print("       " + line, flush=True)
            for side in ("plugin", "native"):
                remove_gpkg(os.path.join(tmp, f"ind_{side}_{rnd}.gpkg"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    summarize(row)
    return row


def compare_indicators(plugin_out: str, native_out: str) -> Dict:
    """Values per area and indicator; the field calculator rounds binary floats, so a value on a
    decimal half may differ by one unit of the last decimal — those are counted separately."""
    plugin = read_sums(plugin_out, "area_id", [f"ind{k:02d}" for k in range(N_INDICATORS)])
    native = read_sums(native_out, "area_id", [f"ind{k:02d}" for k in range(N_INDICATORS)])
    equal = last_digit = other = 0
    for key, values in plugin.items():
        for a, b in zip(values, native.get(key, ())):
            if a == b:
                equal += 1
            elif abs(a - b) <= 0.1 + 1e-9:
                last_digit += 1
            else:
                other += 1
    ok = other == 0 and len(plugin) == len(native) == N_AREAS
    return {"ok": ok, "details": [f"{equal:,} values equal, {last_digit:,} differ by 0.1 (half-way cases: the "
                                  f"field calculator rounds binary floats, the plugin rounds half up exactly), "
                                  f"{other:,} differ more"]}


# ---------------------------------------------------------------- social index
N_INDEX_AREAS, N_INDEX_FIELDS, N_RUNS = 10_000, 20, 1000
INDEX_GPKG = os.path.join(DATA_DIR, "index_table.gpkg")
INDEX_FIELDS = [f"i{k:02d}" for k in range(N_INDEX_FIELDS)]


def ensure_index_table() -> None:
    """10,000 areas x 20 correlated indicators (fixed seed), a population field, polygons of 100 m squares."""
    import numpy as np

    if os.path.exists(INDEX_GPKG):
        return
    from osgeo import ogr, osr

    os.makedirs(DATA_DIR, exist_ok=True)
    rng = np.random.default_rng(10_000)
    latent = rng.normal(size=N_INDEX_AREAS)
    values = np.abs(latent[:, None] * rng.uniform(0.3, 1.0, N_INDEX_FIELDS) + rng.normal(size=(N_INDEX_AREAS,
                                                                                              N_INDEX_FIELDS)))
    values = np.round(values * 5 + 1, 3)
    pop = rng.integers(100, 6000, N_INDEX_AREAS)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(INDEX_GPKG)
    lyr = ds.CreateLayer("areas", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("area_id", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("ew", ogr.OFTInteger64))
    for n in INDEX_FIELDS:
        lyr.CreateField(ogr.FieldDefn(n, ogr.OFTReal))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i in range(N_INDEX_AREAS):
        f = ogr.Feature(defn)
        f.SetField(0, f"{i:05d}")
        f.SetField(1, int(pop[i]))
        for j in range(N_INDEX_FIELDS):
            f.SetField(j + 2, float(values[i, j]))
        x, y = 400000 + (i % 100) * 100, 5600000 + (i // 100) * 100
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},"
                                                f"{x} {y}))"))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None


def index_plugin(out: str) -> str:
    import processing

    return processing.run("sozialplanung:composite_index", {
        "INPUT": f"{INDEX_GPKG}|layername=areas", "ID_FIELD": "area_id", "FIELDS": INDEX_FIELDS,
        "NORMALISATION": 0, "AGGREGATION": 0, "RESTANDARDISE": True, "CLASSIFICATION": 0, "BREAKS": "-1,1,1.5",
        "MIN_POPULATION": 0, "OUTPUT": out})["OUTPUT"]


def sensitivity_plugin(out: str) -> str:
    import processing

    return processing.run("sozialplanung:index_sensitivity", {
        "INPUT": f"{INDEX_GPKG}|layername=areas", "ID_FIELD": "area_id", "FIELDS": INDEX_FIELDS, "RUNS": N_RUNS,
        "SEED": 1, "MIN_POPULATION": 0, "OUTPUT": out})["OUTPUT"]


def index_native(out: str) -> str:
    """What a QGIS user does today: one field calculator run per z-score (aggregate functions mean() and
    stdev() over the layer; QGIS's stdev() is the SAMPLE SD, so it is rescaled to the population SD the
    MSS uses), one for the sum, one to standardise it again, one CASE for the SD classes (a value on a
    break towards the mean, as the MSS)."""
    import processing

    def pop_sd(f):
        return f'(stdev("{f}") * sqrt((count("{f}") - 1) / count("{f}")))'

    layer = f"{INDEX_GPKG}|layername=areas"
    steps = [(f"{n}_z", f'("{n}" - mean("{n}")) / {pop_sd(n)}') for n in INDEX_FIELDS]
    steps.append(("agg", " + ".join(f'"{n}_z"' for n in INDEX_FIELDS)))
    steps.append(("idx", f'("agg" - mean("agg")) / {pop_sd("agg")}'))
    steps.append(("cls", 'CASE WHEN "idx" < -1 THEN 1 WHEN "idx" <= 1 THEN 2 WHEN "idx" <= 1.5 THEN 3 ELSE 4 END'))
    for k, (name, formula) in enumerate(steps):
        last = k == len(steps) - 1
        layer = processing.run("native:fieldcalculator", {
            "INPUT": layer, "FIELD_NAME": name, "FIELD_TYPE": 1 if name == "cls" else 0, "FIELD_LENGTH": 20,
            "FIELD_PRECISION": 10, "FORMULA": formula, "OUTPUT": out if last else "TEMPORARY_OUTPUT"})["OUTPUT"]
    return layer


def run_index(rounds: int) -> List[Dict]:
    tmp = tempfile.mkdtemp(prefix="sozialplanung_bench_idx_")
    row = {"case": "social_index", "title": f"index {N_INDEX_FIELDS} ind.", "size": "10k",
           "n_features": N_INDEX_AREAS, "n_areas": N_INDEX_AREAS, "plugin_s": [], "native_s": [], "check": None}
    sens = {"case": "index_sensitivity", "title": f"sensitivity {N_RUNS} runs", "size": "10k",
            "n_features": N_INDEX_AREAS, "n_areas": N_INDEX_AREAS, "plugin_s": [], "native_s": [], "check": None}
    try:
        for rnd in range(rounds):
            sides = [("plugin", index_plugin), ("native", index_native)]
            if rnd % 2:
                sides.reverse()
            outs = {}
            for side, fn in sides:
                out = os.path.join(tmp, f"idx_{side}_{rnd}.gpkg")
                t0 = time.perf_counter()
                outs[side] = fn(out)
                row[side + "_s"].append(time.perf_counter() - t0)
            out = os.path.join(tmp, f"sens_{rnd}.gpkg")
            t0 = time.perf_counter()
            sensitivity_plugin(out)
            sens["plugin_s"].append(time.perf_counter() - t0)
            print("  social index round {}: plugin {:6.2f} s (+ sensitivity {:5.2f} s = {:5.2f} s), native {:7.2f} s"
                  .format(rnd + 1, row["plugin_s"][-1], sens["plugin_s"][-1],
                          row["plugin_s"][-1] + sens["plugin_s"][-1], row["native_s"][-1]), flush=True)
            if row["check"] is None:
                row["check"] = compare_index(outs["plugin"], outs["native"])
                for line in row["check"]["details"]:
                    print("       " + line, flush=True)
            for side in ("plugin", "native"):
                remove_gpkg(os.path.join(tmp, f"idx_{side}_{rnd}.gpkg"))
            remove_gpkg(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    summarize(row)
    sens["plugin_min"] = min(sens["plugin_s"])
    sens["plugin_median"] = statistics.median(sens["plugin_s"])
    sens["native_min"] = sens["native_median"] = sens["ratio_median"] = None
    return [row, sens]


def compare_index(plugin_out: str, native_out: str) -> Dict:
    plugin = read_sums(plugin_out, "area_id", ["index", "index_class"])
    native = read_sums(native_out, "area_id", ["idx", "cls"])
    diff = max(abs(a[0] - native[k][0]) for k, a in plugin.items())
    classes_equal = sum(1 for k, a in plugin.items() if a[1] == native[k][1])
    ok = diff < 1e-6 and classes_equal == N_INDEX_AREAS
    return {"ok": ok, "details": [f"index: largest difference {diff:.1e}; classes equal for {classes_equal:,} of "
                                  f"{N_INDEX_AREAS:,} areas"]}


# ---------------------------------------------------------------- catchments
REACH_BAND = 400


def reach_params(gpkg: str, mode: int, per_address: bool, out_dir: str) -> Dict:
    p = {"FACILITIES": f"{gpkg}|layername=spielplaetze", "FACILITY_ID": "spielplatz_id",
         "POPULATION": f"{gpkg}|layername=adressen_2025", "POPULATION_FIELDS": ["ew_0_2"],
         "AREAS": f"{gpkg}|layername=sozialraeume", "AREA_ID": "sozialraum_id", "MODE": mode,
         "NETWORK": f"{gpkg}|layername=strassen", "DISTANCES": str(REACH_BAND), "MAX_SNAP": 100,
         "OUTPUT_FACILITIES": os.path.join(out_dir, "fac.gpkg"), "OUTPUT_AREAS": os.path.join(out_dir, "areas.gpkg"),
         "OUTPUT_POPULATION": os.path.join(out_dir, "pop.gpkg") if per_address else None,
         "OUTPUT_UNROUTABLE": None}
    return p


def reach_plugin(gpkg: str, mode: int, per_address: bool, out_dir: str) -> Dict:
    import processing

    return processing.run("sozialplanung:population_in_reach", reach_params(gpkg, mode, per_address, out_dir))


def reach_native_straight(gpkg: str, out_dir: str) -> Dict:
    """What a QGIS user does today: a 400 m buffer (QGIS's default 5 segments per quarter circle, i.e. a
    20-gon) around each playground and a weighted point count per buffer; for the Sozialräume the
    addresses within 400 m of any playground, counted per Sozialraum."""
    import processing

    buf = processing.run("native:buffer", {"INPUT": f"{gpkg}|layername=spielplaetze", "DISTANCE": REACH_BAND,
                                           "SEGMENTS": 5, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    per_fac = processing.run("native:countpointsinpolygon", {
        "POLYGONS": buf, "POINTS": f"{gpkg}|layername=adressen_2025", "WEIGHT": "ew_0_2", "FIELD": "reached",
        "OUTPUT": os.path.join(out_dir, "native_fac.gpkg")})["OUTPUT"]
    near = processing.run("native:extractwithindistance", {
        "INPUT": f"{gpkg}|layername=adressen_2025", "REFERENCE": f"{gpkg}|layername=spielplaetze",
        "DISTANCE": REACH_BAND, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    per_area = processing.run("native:countpointsinpolygon", {
        "POLYGONS": f"{gpkg}|layername=sozialraeume", "POINTS": near, "WEIGHT": "ew_0_2", "FIELD": "reached",
        "OUTPUT": os.path.join(out_dir, "native_areas.gpkg")})["OUTPUT"]
    return {"fac": per_fac, "areas": per_area}


def reach_native_network(gpkg: str, out_dir: str) -> Dict:
    """The native network chain: service areas from all playgrounds (lines), a 25 m buffer of the reached lines
    per playground, a weighted point count per buffer."""
    import processing

    lines = processing.run("native:serviceareafromlayer", {
        "INPUT": f"{gpkg}|layername=strassen", "STRATEGY": 0, "START_POINTS": f"{gpkg}|layername=spielplaetze",
        "TRAVEL_COST2": REACH_BAND, "TOLERANCE": 0, "INCLUDE_BOUNDS": False,
        "OUTPUT_LINES": "TEMPORARY_OUTPUT"})["OUTPUT_LINES"]
    buf = processing.run("native:buffer", {"INPUT": lines, "DISTANCE": 25, "SEGMENTS": 5, "DISSOLVE": False,
                                           "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    per_fac = processing.run("native:countpointsinpolygon", {
        "POLYGONS": buf, "POINTS": f"{gpkg}|layername=adressen_2025", "WEIGHT": "ew_0_2", "FIELD": "reached",
        "OUTPUT": os.path.join(out_dir, "native_net.gpkg")})["OUTPUT"]
    return {"fac": per_fac}


def compare_reach(out_dir: str) -> Dict:
    """Per playground: plugin (true circle) against the 20-gon buffer count; per Sozialraum: equal?"""
    plugin = read_sums(os.path.join(out_dir, "fac.gpkg"), "spielplatz_id", ["ew_0_2"])
    native = read_sums(os.path.join(out_dir, "native_fac.gpkg"), "spielplatz_id", ["reached"])
    lost = sum(plugin[k][0] - native[k][0] for k in plugin)
    total = sum(v[0] for v in plugin.values())
    areas_p = read_sums(os.path.join(out_dir, "areas.gpkg"), "sozialraum_id", ["ew_0_2_reached"])
    areas_n = read_sums(os.path.join(out_dir, "native_areas.gpkg"), "sozialraum_id", ["reached"])
    equal = sum(1 for k in areas_p if areas_p[k][0] == areas_n.get(k, (None,))[0])
    return {"ok": equal == len(areas_p), "details": [
        f"per playground the 20-gon buffers miss {lost:,.0f} of {total:,.0f} child counts ({lost / total:.1%}); "
        f"per Sozialraum {equal} of {len(areas_p)} reached counts equal"]}


def run_reach(size: str, rounds: int) -> List[Dict]:
    from osgeo import ogr

    gpkg = ensure_town(size)
    ds = ogr.Open(gpkg)
    n_addresses = ds.GetLayerByName("adressen_2025").GetFeatureCount()
    n_areas = ds.GetLayerByName("sozialraeume").GetFeatureCount()
    ds = None
    rows = []
    for case, title, mode, per_address, native in (
            ("reach_straight", "reach 400 m, straight", 0, False, reach_native_straight),
            ("reach_network", "reach 400 m, network", 1, True, reach_native_network)):
        row = {"case": case, "title": title, "size": size, "n_features": n_addresses, "n_areas": n_areas,
               "plugin_s": [],
               "native_s": [], "check": None}
        native_rounds = rounds if mode == 0 else 1       # the native network chain takes minutes
        for rnd in range(rounds):
            tmp = tempfile.mkdtemp(prefix="sozialplanung_bench_reach_")
            try:
                t0 = time.perf_counter()
                reach_plugin(gpkg, mode, per_address, tmp)
                row["plugin_s"].append(time.perf_counter() - t0)
                if rnd < native_rounds:
                    t0 = time.perf_counter()
                    native(gpkg, tmp)
                    row["native_s"].append(time.perf_counter() - t0)
                if mode == 0 and row["check"] is None:
                    row["check"] = compare_reach(tmp)
                    for line in row["check"]["details"]:
                        print("       " + line, flush=True)
                print("  {} {} round {}: plugin {:6.2f} s{}".format(
                    case, size, rnd + 1, row["plugin_s"][-1],
                    f", native {row['native_s'][-1]:7.2f} s" if rnd < native_rounds else ""), flush=True)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        summarize(row)
        rows.append(row)
    return rows


def run_profile_dock(n_areas: int = 1000, n_fields: int = 50, switches: int = 30) -> Dict:
    """Gebietsprofil dock: time to switch the area (profile, table, spine charts, similar areas) for 1,000
    areas x 50 indicators, drawn offscreen. Target: <= 100 ms. No native counterpart exists."""
    import numpy as np
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QVariant
    from qgis.PyQt.QtWidgets import QApplication

    from sozialplanung_plugin.gui.area_profile_dock import AreaProfileDock

    rng = np.random.default_rng(1000)
    layer = QgsVectorLayer("Point?crs=EPSG:25832", "profile_bench", "memory")
    fields = [QgsField("key", QVariant.String), QgsField("ew_gesamt", QVariant.Double)] + \
        [QgsField(f"k{j:02d}", QVariant.Double) for j in range(n_fields)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    values = rng.gamma(2.0, 5.0, (n_areas, n_fields))
    feats = []
    for i in range(n_areas):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i, i)))
        f.setAttributes([f"{i:04d}", float(rng.integers(300, 9000))] + values[i].tolist())
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(layer)

    class Iface:
        canvas = QgsMapCanvas()

        def mapCanvas(self):  # noqa: N802
            return self.canvas

    dock = AreaProfileDock(Iface())
    dock.resize(480, 900)
    dock.show()
    dock.set_layer(layer, key="key", fields=[f"k{j:02d}" for j in range(n_fields)])
    times = []
    for s in range(switches):
        t0 = time.perf_counter()
        dock.select_key(f"{(s * 37) % n_areas:04d}")
        dock.table.viewport().repaint()          # draw the 50 spine charts now, not later
        QApplication.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    dock.close()
    dock.deleteLater()
    QApplication.processEvents()
    QgsProject.instance().removeMapLayer(layer.id())
    med = statistics.median(times)
    print(f"Gebietsprofil dock, {n_areas:,} areas x {n_fields} indicators: switching the area takes "
          f"{med:.0f} ms (median of {switches}; max {max(times):.0f} ms; target <= 100 ms)", flush=True)
    return {"case": "profile_dock", "median_ms": med, "max_ms": max(times)}


def run_xl() -> None:
    """The scaling check: town XL (about 1,000,000 addresses, 500,000 street pieces, 5,000 playgrounds), the
    plugin only (the native chain would take hours), straight line and network, with peak memory."""
    import resource

    gpkg = ensure_town("XL")
    for mode, title in ((0, "straight line"), (1, "network")):
        tmp = tempfile.mkdtemp(prefix="sozialplanung_bench_xl_")
        try:
            t0 = time.perf_counter()
            reach_plugin(gpkg, mode, True, tmp)
            took = time.perf_counter() - t0
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        print(f"XL, children within {REACH_BAND} m, {title}, per playground + Sozialraum + address: {took:.1f} s; "
              f"peak memory so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="M,L", help="comma-separated town sizes (default: M,L)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds per case (default: 3)")
    ap.add_argument("--xl", action="store_true", help="only the catchment scaling check on town XL")
    args = ap.parse_args(argv)
    if args.xl:
        ensure_town("XL")
        app, plugin = start_qgis()  # noqa: F841
        run_xl()
        return 0
    sizes = [s.strip().upper() for s in args.sizes.split(",") if s.strip()]
    if not sizes or args.rounds < 1:
        ap.error("need at least one size and one round")
    for size in sizes:  # generate missing towns before QGIS starts
        ensure_town(size)
    ensure_indicator_table()
    ensure_index_table()
    app, plugin = start_qgis()  # noqa: F841 - keep references: QGIS must outlive the runs
    results = run(sizes, args.rounds)
    results.append(run_indicators(args.rounds))
    results.extend(run_index(args.rounds))
    results.extend(run_reach(sizes[-1], args.rounds))
    dock_row = run_profile_dock()
    import resource

    print(f"Peak memory of the benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    print_table(results)
    print(f"Gebietsprofil dock: {dock_row['median_ms']:.0f} ms per area switch (1,000 areas x 50 indicators)")
    write_json(results + [dock_row], sizes, args.rounds)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # PyQGIS 3.22 standalone scripts may crash while Qt and QGIS tear down widgets at interpreter exit;
    # the results are written: leave without that teardown
    os._exit(code)
