#!/usr/bin/python3
"""Generate the synthetic sample town "Musterstadt" (EPSG:25832).

Deterministic: a fixed seed per size, so every run writes the same features
with the same attributes and coordinates (the GeoPackage timestamps are
pinned through OGR_CURRENT_DATE as well).

Sizes
  S  ~2,700 addresses, 12 Sozialräume   (committed under tests/data)
  M  ~50,000 addresses, ~25,000 street edges, ~130 Sozialräume, 450 playgrounds
  L  ~150,000 addresses, ~77,000 street edges, ~400 Sozialräume, 1,500 playgrounds

Layers in ``musterstadt_<size>.gpkg``:
  strassen, adressen_2023, adressen_2025, baubloecke, statistische_bezirke,
  sozialraeume, stadtteile, spielplaetze, spielplatzflaechen, familienzentren
plus ``sozialraeume_<year>.csv`` as a statistics office delivers them.

The town is a warped street grid. Every level of the planning hierarchy
(Stadtteil > Sozialraum > statistischer Bezirk > Baublock) is a union of grid
cells, so the levels nest exactly; keys are text with leading zeros
(Stadtteil "01", Sozialraum "0102", Bezirk "010203", Baublock "010203004").

Usage: generate_town.py SIZE OUTDIR
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Dict, List, Tuple

import numpy as np

YEARS = (2023, 2025)
EPSG = 25832
X0, Y0 = 412000.0, 5650000.0

AGE_FIELDS = ["ew_0_2", "ew_3_5", "ew_6_9", "ew_10_14", "ew_15_17",
              "ew_18_24", "ew_25_64", "ew_65_79", "ew_80_plus"]
BASE_AGE_SHARES = np.array([0.028, 0.028, 0.037, 0.045, 0.027,
                            0.075, 0.530, 0.160, 0.070])
SOCIAL_FIELDS = ["auslaender", "migrationshintergrund",
                 "sgb2_elb", "sgb2_nef", "sgb2_nef_u15",
                 "sgb12_gsia_65plus", "sgb12_hlu", "asylblg",
                 "alo_sgb2", "alo_sgb3", "alo_langzeit",
                 "hh_gesamt", "hh_mit_kindern", "hh_alleinerziehend",
                 "zuzuege", "fortzuege", "geburten", "sterbefaelle"]
# breakdown of ew_18_24 (for the usual 20-year bounds of youth/old-age ratios); not part of AGE_FIELDS
SPLIT_FIELDS = ["ew_18_19", "ew_20_24"]
COUNT_FIELDS = ["ew_gesamt"] + AGE_FIELDS + SPLIT_FIELDS + SOCIAL_FIELDS

STADTTEIL_NAMES = [
    "Altstadt", "Nordstadt", "Südstadt", "Weststadt", "Oststadt",
    "Mühlenfeld", "Kirchberg", "Lindenhof", "Eichenau", "Bahnhofsviertel",
    "Schloßberg", "Gartenstadt", "Höhenfeld", "Rosengarten", "Wiesental",
    "Brückenhof", "Sonnenhügel", "Kreuzfeld", "Ölmühle", "Auenwald",
    "Heidekamp", "Lerchenberg", "Tannenhöhe", "Marktviertel",
]
SR_SUFFIXES = ["Nord", "Süd", "West", "Ost", "Mitte", "Nordost", "Nordwest",
               "Südost", "Südwest", "Zentrum", "Am Bach", "Am Park"]


@dataclass(frozen=True)
class SizeSpec:
    name: str
    nx: int                 # grid cells in x
    ny: int                 # grid cells in y
    n_stadtteile: int
    n_sozialraeume: int
    addresses_per_cell: float
    n_playgrounds: int
    n_playground_polygons: int
    n_familienzentren: int
    n_bridges: int
    n_islands: int
    seed: int


SIZES = {
    "S": SizeSpec("S", 36, 30, 4, 12, 2.6, 30, 4, 6, 2, 3, 20251231),
    "M": SizeSpec("M", 125, 100, 12, 130, 4.2, 450, 30, 40, 15, 20, 20251232),
    "L": SizeSpec("L", 220, 175, 20, 400, 4.12, 1500, 80, 120, 40, 60, 20251233),
    # about 1,000,000 addresses, 500,000 street pieces, 5,000 playgrounds: the catchment scaling test
    "XL": SizeSpec("XL", 570, 450, 40, 1000, 3.9, 5000, 200, 300, 100, 150, 20251234),
}


@dataclass
class Layer:
    geometry: str                       # "Point", "LineString", "Polygon"
    fields: List[Tuple[str, str]]       # (name, "str"|"int"|"real")
    geoms: list                         # point: (x,y); line: [(x,y)...]; polygon: [ring...]
    attrs: Dict[str, list] = field(default_factory=dict)


# ----------------------------------------------------------------------------
# geometry of the warped grid
# ----------------------------------------------------------------------------
def _grid(spec: SizeSpec, rng: np.random.Generator) -> Tuple[np.ndarray, np.ndarray]:
    """Vertex coordinates (nx+1, ny+1) of the warped street grid."""
    widths = rng.uniform(75.0, 140.0, spec.nx)
    heights = rng.uniform(65.0, 120.0, spec.ny)
    xs = np.concatenate([[0.0], np.cumsum(widths)])
    ys = np.concatenate([[0.0], np.cumsum(heights)])
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    width, height = xs[-1], ys[-1]
    # gentle, smooth warp (a few metres up to ~25 m) so streets bend
    wx = 22.0 * np.sin(2 * np.pi * gy / (width * 0.37 + 900)) \
        + 9.0 * np.sin(2 * np.pi * gx / 1300.0)
    wy = 18.0 * np.sin(2 * np.pi * gx / (height * 0.41 + 800)) \
        + 8.0 * np.cos(2 * np.pi * gy / 1100.0)
    vx = np.round(X0 + gx + wx, 2)
    vy = np.round(Y0 + gy + wy, 2)
    return vx, vy


def _partition(rect: Tuple[int, int, int, int], n: int,
               rng: np.random.Generator) -> List[Tuple[int, int, int, int]]:
    """Split a cell rectangle (i0, j0, i1, j1) into n rectangles (guillotine)."""
    if n <= 1:
        return [rect]
    i0, j0, i1, j1 = rect
    n1 = n // 2
    frac = n1 / n * rng.uniform(0.85, 1.15)
    if (i1 - i0) >= (j1 - j0):
        cut = int(round(i0 + (i1 - i0) * frac))
        cut = min(max(cut, i0 + 1), i1 - 1)
        a, b = (i0, j0, cut, j1), (cut, j0, i1, j1)
    else:
        cut = int(round(j0 + (j1 - j0) * frac))
        cut = min(max(cut, j0 + 1), j1 - 1)
        a, b = (i0, j0, i1, cut), (i0, cut, i1, j1)
    return _partition(a, n1, rng) + _partition(b, n - n1, rng)


def _rect_ring(vx, vy, rect) -> List[Tuple[float, float]]:
    """Closed outer ring of a cell rectangle through every grid vertex."""
    i0, j0, i1, j1 = rect
    pts = [(i, j0) for i in range(i0, i1 + 1)]
    pts += [(i1, j) for j in range(j0 + 1, j1 + 1)]
    pts += [(i, j1) for i in range(i1 - 1, i0 - 1, -1)]
    pts += [(i0, j) for j in range(j1 - 1, j0 - 1, -1)]
    return [(float(vx[i, j]), float(vy[i, j])) for i, j in pts]


def _bilinear(vx, vy, i, j, u, v):
    """Map parametric (u, v) in cell (i, j) to coordinates."""
    x = ((1 - u) * (1 - v) * vx[i, j] + u * (1 - v) * vx[i + 1, j]
         + (1 - u) * v * vx[i, j + 1] + u * v * vx[i + 1, j + 1])
    y = ((1 - u) * (1 - v) * vy[i, j] + u * (1 - v) * vy[i + 1, j]
         + (1 - u) * v * vy[i, j + 1] + u * v * vy[i + 1, j + 1])
    return x, y


def _smooth_field(rng, n_centres, xs, ys, scale):
    cx = rng.uniform(xs.min(), xs.max(), n_centres)
    cy = rng.uniform(ys.min(), ys.max(), n_centres)
    w = rng.uniform(0.5, 1.0, n_centres)
    d2 = (xs[:, None] - cx[None, :]) ** 2 + (ys[:, None] - cy[None, :]) ** 2
    return (w[None, :] * np.exp(-d2 / (2 * scale ** 2))).sum(axis=1)


# ----------------------------------------------------------------------------
# the town
# ----------------------------------------------------------------------------
def build_town(size: str) -> Dict[str, object]:
    spec = SIZES[size]
    rng = np.random.default_rng(spec.seed)
    vx, vy = _grid(spec, rng)
    nx, ny = spec.nx, spec.ny

    # ---- hierarchy: Stadtteile > Sozialräume > Bezirke > Baublöcke -------
    st_rects = _partition((0, 0, nx, ny), spec.n_stadtteile, rng)
    st_cells = np.array([(r[2] - r[0]) * (r[3] - r[1]) for r in st_rects], float)
    quota = spec.n_sozialraeume * st_cells / st_cells.sum()
    n_sr = np.floor(quota).astype(int)
    for k in np.argsort(-(quota - n_sr))[: spec.n_sozialraeume - n_sr.sum()]:
        n_sr[k] += 1

    cell_block: Dict[Tuple[int, int], List[str]] = {}
    cell_sr = np.zeros((nx, ny), dtype=int)
    stadtteile, sozialraeume, bezirke = [], [], []
    for s, srect in enumerate(st_rects):
        st_key = f"{s + 1:02d}"
        st_name = STADTTEIL_NAMES[s % len(STADTTEIL_NAMES)]
        stadtteile.append((st_key, st_name, srect))
        for r, rrect in enumerate(_partition(srect, int(n_sr[s]), rng)):
            sr_key = f"{st_key}{r + 1:02d}"
            sr_name = st_name if n_sr[s] == 1 else \
                f"{st_name}-{SR_SUFFIXES[r % len(SR_SUFFIXES)]}" + \
                ("" if r < len(SR_SUFFIXES) else f" {r // len(SR_SUFFIXES) + 1}")
            sozialraeume.append((sr_key, sr_name, st_key, rrect))
            ncell = (rrect[2] - rrect[0]) * (rrect[3] - rrect[1])
            n_bz = int(min(max(2, ncell // 12), rng.integers(2, 6)))
            for b, brect in enumerate(_partition(rrect, n_bz, rng)):
                bz_key = f"{sr_key}{b + 1:02d}"
                bezirke.append((bz_key, sr_key, brect))
                k = 0
                for i in range(brect[0], brect[2]):
                    for j in range(brect[1], brect[3]):
                        cell_sr[i, j] = len(sozialraeume) - 1
                        split = rng.random() < 0.25
                        keys = []
                        for _ in range(2 if split else 1):
                            k += 1
                            keys.append(f"{bz_key}{k:03d}")
                        cell_block[(i, j)] = keys

    # ---- social structure per Sozialraum (spatially smooth) ------------
    sr_cx = np.array([vx[(r[0] + r[2]) // 2, (r[1] + r[3]) // 2] for _, _, _, r in sozialraeume])
    sr_cy = np.array([vy[(r[0] + r[2]) // 2, (r[1] + r[3]) // 2] for _, _, _, r in sozialraeume])
    scale = max(vx.max() - vx.min(), vy.max() - vy.min()) / 5.0
    dep = _smooth_field(rng, max(2, len(sozialraeume) // 25 + 2), sr_cx, sr_cy, scale)
    dep = dep / dep.max()
    dep = np.clip(0.65 * dep + 0.35 * rng.random(len(sozialraeume)), 0, 1)   # deprivation 0..1
    family = rng.uniform(-1, 1, len(sozialraeume))                          # + young families
    dynamic = rng.normal(0, 0.06, len(sozialraeume))                         # change 2023 -> 2025
    density = np.clip(rng.normal(1.0, 0.35, len(sozialraeume)) + 0.8 * dep, 0.3, 2.5)

    # ---- blocks -------------------------------------------------------
    park = rng.random((nx, ny)) < 0.05
    block_keys, block_rings, block_cells, block_half = [], [], [], []
    for i in range(nx):
        for j in range(ny):
            keys = cell_block[(i, j)]
            c = [(vx[i, j], vy[i, j]), (vx[i + 1, j], vy[i + 1, j]),
                 (vx[i + 1, j + 1], vy[i + 1, j + 1]), (vx[i, j + 1], vy[i, j + 1])]
            if len(keys) == 1:
                rings = [c]
            else:
                m0 = ((c[0][0] + c[1][0]) / 2, (c[0][1] + c[1][1]) / 2)
                m1 = ((c[3][0] + c[2][0]) / 2, (c[3][1] + c[2][1]) / 2)
                rings = [[c[0], m0, m1, c[3]], [m0, c[1], c[2], m1]]
            for h, (key, ring) in enumerate(zip(keys, rings)):
                block_keys.append(key)
                block_rings.append([(float(x), float(y)) for x, y in ring] + [tuple(map(float, ring[0]))])
                block_cells.append((i, j))
                block_half.append(-1 if len(keys) == 1 else h)

    # ---- addresses ----------------------------------------------------
    lam = spec.addresses_per_cell * np.ones((nx, ny))
    n_addr_cell = rng.poisson(lam)
    n_addr_cell[park] = 0
    cells = np.repeat(np.arange(nx * ny), n_addr_cell.ravel())
    ci, cj = cells // ny, cells % ny
    n = len(cells)
    u = rng.uniform(0.12, 0.88, n)
    v = rng.uniform(0.12, 0.88, n)
    # keep clear of the split line of split cells
    u = np.where(np.abs(u - 0.5) < 0.07, u + np.sign(u - 0.5 + 1e-9) * 0.07, u)
    ax, ay = _bilinear(vx, vy, ci, cj, u, v)
    ax, ay = np.round(ax, 2), np.round(ay, 2)
    a_keys = []
    for i, j, uu in zip(ci, cj, u):
        keys = cell_block[(int(i), int(j))]
        a_keys.append(keys[0] if len(keys) == 1 or uu < 0.5 else keys[1])
    a_sr = cell_sr[ci, cj]
    # a new-build area: addresses that exist only at the second date
    new_centre = (vx[int(nx * 0.8), int(ny * 0.2)], vy[int(nx * 0.8), int(ny * 0.2)])
    new_build = (ax - new_centre[0]) ** 2 + (ay - new_centre[1]) ** 2 < (4.0 * 100.0) ** 2
    new_build &= rng.random(n) < 0.7

    d_addr = dep[a_sr]
    kind = rng.random(n)
    high_rise = kind < 0.08 + 0.35 * d_addr
    single = kind > 0.55 + 0.2 * d_addr
    base_res = np.where(high_rise, 34.0, np.where(single, 2.6, 9.0)) * density[a_sr] ** 0.3

    years = {}
    for y_idx, year in enumerate(YEARS):
        rng_y = np.random.default_rng(spec.seed * 10 + y_idx)
        d = np.clip(d_addr + (dynamic[a_sr] if year == YEARS[1] else 0.0), 0, 1)
        ew = 1 + rng_y.poisson(np.maximum(base_res - 1, 0.1))
        shares = np.tile(BASE_AGE_SHARES, (n, 1))
        fam = family[a_sr] + 0.5 * d
        shares[:, :5] *= (1 + 0.45 * fam)[:, None]
        shares[:, 7:] *= (1 - 0.35 * fam)[:, None]
        shares /= shares.sum(axis=1, keepdims=True)
        ages = rng_y.multinomial(ew, shares)
        u15 = ages[:, :4].sum(axis=1)
        a15_64 = ages[:, 4:7].sum(axis=1)
        a65 = ages[:, 7:].sum(axis=1)
        b = rng_y.binomial
        ausl = b(ew, np.clip(0.04 + 0.28 * d, 0, 1))
        mig = ausl + b(ew - ausl, np.clip(0.08 + 0.25 * d, 0, 1))
        nef_u15 = b(u15, np.clip(0.03 + 0.42 * d, 0, 1))
        elb = b(a15_64, np.clip(0.02 + 0.22 * d, 0, 1))
        nef = nef_u15 + b(ages[:, 4], np.clip(0.01 + 0.05 * d, 0, 1))
        gsia = b(a65, np.clip(0.015 + 0.12 * d, 0, 1))
        hlu = b(ew, np.clip(0.001 + 0.008 * d, 0, 1))
        asyl = b(ew, np.clip(0.001 + 0.012 * d, 0, 1))
        alo2 = b(elb, 0.33)
        alo3 = b(a15_64 - elb, np.clip(0.025 + 0.01 * d, 0, 1))
        alo_lz = b(alo2 + alo3, np.clip(0.25 + 0.25 * d, 0, 1))
        hh_size = np.where(single, 2.4, np.where(high_rise, 1.9, 1.8))
        hh = np.maximum(1, np.round(ew / hh_size)).astype(int)
        minors = ages[:, :5].sum(axis=1)
        hh_k = np.minimum(np.minimum(hh, minors), b(hh, np.clip(0.18 + 0.2 * fam, 0.02, 0.9)))
        hh_k = np.where(minors > 0, np.maximum(hh_k, 1), 0)
        hh_k = np.minimum(hh_k, hh)
        hh_ae = b(hh_k, np.clip(0.12 + 0.3 * d, 0, 1))
        zuz = rng_y.poisson(ew * 0.08)
        fort = rng_y.poisson(ew * 0.075)
        geb = rng_y.poisson(ew * 0.009 * (1 + 0.4 * np.clip(fam, -1, 1)))
        sterb = rng_y.poisson(ew * 0.011 * (1 - 0.3 * np.clip(fam, -1, 1)))
        vals = {"ew_gesamt": ew}
        for k, f in enumerate(AGE_FIELDS):
            vals[f] = ages[:, k]
        vals["ew_18_19"] = b(ages[:, 5], 2.0 / 7.0)
        vals["ew_20_24"] = ages[:, 5] - vals["ew_18_19"]
        vals.update({
            "auslaender": ausl, "migrationshintergrund": mig,
            "sgb2_elb": elb, "sgb2_nef": nef, "sgb2_nef_u15": nef_u15,
            "sgb12_gsia_65plus": gsia, "sgb12_hlu": hlu, "asylblg": asyl,
            "alo_sgb2": alo2, "alo_sgb3": alo3, "alo_langzeit": alo_lz,
            "hh_gesamt": hh, "hh_mit_kindern": hh_k, "hh_alleinerziehend": hh_ae,
            "zuzuege": zuz, "fortzuege": fort, "geburten": geb, "sterbefaelle": sterb,
        })
        present = np.ones(n, bool) if year == YEARS[1] else ~new_build
        years[year] = (present, {k: np.asarray(val, dtype=np.int64) for k, val in vals.items()})

    # ---- streets --------------------------------------------------------
    streets = _streets(spec, rng, vx, vy, park)

    # ---- facilities -----------------------------------------------------
    facilities = _facilities(spec, rng, vx, vy, park)

    return dict(spec=spec, vx=vx, vy=vy, stadtteile=stadtteile, sozialraeume=sozialraeume,
                bezirke=bezirke, block_keys=block_keys, block_rings=block_rings,
                ax=ax, ay=ay, a_keys=a_keys, years=years, streets=streets,
                facilities=facilities, sr_keys=[s[0] for s in sozialraeume])


def _streets(spec, rng, vx, vy, park):
    """OSM-like ways: long ways through shared interior vertices, bends,
    dead ends, disconnected pieces and bridges without a shared vertex."""
    nx, ny = spec.nx, spec.ny
    # which grid segments exist (a few removed: parks, railway)
    h_ok = rng.random((nx, ny + 1)) > 0.04
    v_ok = rng.random((nx + 1, ny)) > 0.04
    # dead ends hang off the middle of a horizontal segment into the cell above
    cul = (rng.random((nx, ny)) < 0.06) & h_ok[:, :ny] & ~park
    bend = rng.random((nx, ny + 1)) < 0.15
    vbend = rng.random((nx + 1, ny)) < 0.15
    lines, kinds, names = [], [], []

    def seg_points(p, q, mid_vertex, bent, rng_off):
        pts = []
        if mid_vertex:
            pts.append(((p[0] + q[0]) / 2, (p[1] + q[1]) / 2))
        elif bent:
            dx, dy = q[0] - p[0], q[1] - p[1]
            ln = np.hypot(dx, dy)
            off = rng_off
            pts.append(((p[0] + q[0]) / 2 - dy / ln * off, (p[1] + q[1]) / 2 + dx / ln * off))
        return pts

    offs = rng.uniform(-8.0, 8.0, size=(2, max(nx, ny) + 1, max(nx, ny) + 1))
    # horizontal ways
    for j in range(ny + 1):
        i = 0
        while i < nx:
            if not h_ok[i, j]:
                i += 1
                continue
            run = int(rng.integers(1, 6))
            pts = [(vx[i, j], vy[i, j])]
            k = i
            while k < nx and k < i + run and h_ok[k, j]:
                p, q = (vx[k, j], vy[k, j]), (vx[k + 1, j], vy[k + 1, j])
                mid = j < ny and cul[k, j]
                pts += seg_points(p, q, mid, bend[k, j], offs[0, k, j])
                pts.append(q)
                k += 1
            lines.append(pts)
            kinds.append("residential")
            names.append(f"Querstraße {j + 1}")
            i = k
    # vertical ways
    for i in range(nx + 1):
        j = 0
        while j < ny:
            if not v_ok[i, j]:
                j += 1
                continue
            run = int(rng.integers(1, 6))
            pts = [(vx[i, j], vy[i, j])]
            k = j
            while k < ny and k < j + run and v_ok[i, k]:
                p, q = (vx[i, k], vy[i, k]), (vx[i, k + 1], vy[i, k + 1])
                pts += seg_points(p, q, False, vbend[i, k], offs[1, i, k])
                pts.append(q)
                k += 1
            lines.append(pts)
            kinds.append("residential")
            names.append(f"Längsweg {i + 1}")
            j = k
    # dead ends (Stichstraßen) from the midpoint of the bottom street into the cell
    for i, j in zip(*np.nonzero(cul)):
        p, q = (vx[i, j], vy[i, j]), (vx[i + 1, j], vy[i + 1, j])
        m = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        e1 = _bilinear(vx, vy, i, j, 0.5, 0.3)
        e2 = _bilinear(vx, vy, i, j, 0.45, 0.45)
        lines.append([m, e1, e2])
        kinds.append("service")
        names.append("Stichweg")
    # disconnected pieces (footpaths in parks not joined to anything)
    for _ in range(spec.n_islands):
        i, j = int(rng.integers(0, nx)), int(rng.integers(0, ny))
        lines.append([_bilinear(vx, vy, i, j, 0.3, 0.3), _bilinear(vx, vy, i, j, 0.6, 0.35),
                      _bilinear(vx, vy, i, j, 0.7, 0.7)])
        kinds.append("footway")
        names.append("Parkweg")
    # bridges: straight lines over several cells, joined only at their ends
    for _ in range(spec.n_bridges):
        i, j = int(rng.integers(0, nx - 3)), int(rng.integers(0, ny - 2))
        lines.append([(vx[i, j], vy[i, j]), (vx[i + 3, j + 2], vy[i + 3, j + 2])])
        kinds.append("bridge")
        names.append("Brücke")
    lines = [[(round(float(x), 3), round(float(y), 3)) for x, y in ln] for ln in lines]
    return lines, kinds, names


def _facilities(spec, rng, vx, vy, park):
    nx, ny = spec.nx, spec.ny
    park_cells = np.argwhere(park)
    other = rng.integers(0, [nx, ny], size=(spec.n_playgrounds, 2))
    take = min(len(park_cells), spec.n_playgrounds // 3)
    order = rng.permutation(len(park_cells))[:take]
    cells = np.vstack([park_cells[order], other[: spec.n_playgrounds - take]])
    u = rng.uniform(0.25, 0.75, (len(cells), 2))
    px, py = _bilinear(vx, vy, cells[:, 0], cells[:, 1], u[:, 0], u[:, 1])
    area = np.round(rng.lognormal(np.log(600), 0.6, len(cells)) / 10) * 10
    area = np.clip(area, 80, 6000)
    playgrounds = dict(x=np.round(px, 2), y=np.round(py, 2), area=area.astype(int),
                       cells=cells, u=u)
    polys = []
    for k in range(spec.n_playground_polygons):
        i, j = cells[k]
        uu, vv = u[k]
        du, dv = 0.12, 0.12
        ring = [_bilinear(vx, vy, i, j, uu - du, vv - dv), _bilinear(vx, vy, i, j, uu + du, vv - dv),
                _bilinear(vx, vy, i, j, uu + du, vv + dv), _bilinear(vx, vy, i, j, uu - du, vv + dv)]
        ring = [(round(float(x), 2), round(float(y), 2)) for x, y in ring]
        polys.append(ring + [ring[0]])
    fz_cells = rng.integers(0, [nx, ny], size=(spec.n_familienzentren, 2))
    fx, fy = _bilinear(vx, vy, fz_cells[:, 0], fz_cells[:, 1], 0.5, 0.5)
    cap = rng.integers(3, 9, spec.n_familienzentren) * 10
    return dict(playgrounds=playgrounds, playground_polygons=polys,
                fz=dict(x=np.round(fx, 2), y=np.round(fy, 2), cap=cap))


# ----------------------------------------------------------------------------
# layers and files
# ----------------------------------------------------------------------------
def town_layers(town) -> Dict[str, Layer]:
    vx, vy = town["vx"], town["vy"]
    layers: Dict[str, Layer] = {}

    lines, kinds, names = town["streets"]
    layers["strassen"] = Layer("LineString", [("strassen_id", "str"), ("name", "str"), ("typ", "str")],
                               lines, {"strassen_id": [f"W{k + 1:06d}" for k in range(len(lines))],
                                       "name": names, "typ": kinds})

    n = len(town["ax"])
    adr_ids = [f"A{k + 1:06d}" for k in range(n)]
    keys = town["a_keys"]
    key_fields = [("adr_id", "str"), ("block_id", "str"), ("bezirk_id", "str"),
                  ("sozialraum_id", "str"), ("stadtteil_id", "str")]
    for year, (present, vals) in town["years"].items():
        idx = np.nonzero(present)[0]
        attrs = {"adr_id": [adr_ids[k] for k in idx],
                 "block_id": [keys[k] for k in idx],
                 "bezirk_id": [keys[k][:6] for k in idx],
                 "sozialraum_id": [keys[k][:4] for k in idx],
                 "stadtteil_id": [keys[k][:2] for k in idx]}
        for f in COUNT_FIELDS:
            attrs[f] = vals[f][idx].tolist()
        layers[f"adressen_{year}"] = Layer(
            "Point", key_fields + [(f, "int") for f in COUNT_FIELDS],
            list(zip(town["ax"][idx].tolist(), town["ay"][idx].tolist())), attrs)

    # blocks carry a few counts of the latest date (for apportioning examples)
    present, vals = town["years"][YEARS[-1]]
    bk_index = {k: b for b, k in enumerate(town["block_keys"])}
    a_block = np.array([bk_index[k] for k in keys])
    nb = len(town["block_keys"])
    block_counts = {}
    for f in ["ew_gesamt", "sgb2_elb", "sgb2_nef", "hh_gesamt"]:
        block_counts[f] = np.bincount(a_block, weights=vals[f] * present, minlength=nb).astype(int).tolist()
    bkeys = town["block_keys"]
    layers["baubloecke"] = Layer(
        "Polygon", [("block_id", "str"), ("bezirk_id", "str"), ("sozialraum_id", "str"),
                    ("stadtteil_id", "str"), ("ew_gesamt", "int"), ("sgb2_elb", "int"),
                    ("sgb2_nef", "int"), ("hh_gesamt", "int")],
        [[r] for r in town["block_rings"]],
        {"block_id": bkeys, "bezirk_id": [k[:6] for k in bkeys],
         "sozialraum_id": [k[:4] for k in bkeys], "stadtteil_id": [k[:2] for k in bkeys],
         **block_counts})

    def rect_layer(items, fields, attr_fn):
        geoms = []
        attrs = {f: [] for f, _ in fields}
        for item in items:
            ring = _rect_ring(vx, vy, item[-1])
            geoms.append([ring + [ring[0]]])
            for f, val in zip([f for f, _ in fields], attr_fn(item)):
                attrs[f].append(val)
        return Layer("Polygon", fields, geoms, attrs)

    layers["statistische_bezirke"] = rect_layer(
        town["bezirke"], [("bezirk_id", "str"), ("sozialraum_id", "str")],
        lambda it: (it[0], it[1]))
    layers["sozialraeume"] = rect_layer(
        town["sozialraeume"], [("sozialraum_id", "str"), ("name", "str"), ("stadtteil_id", "str")],
        lambda it: (it[0], it[1], it[2]))
    layers["stadtteile"] = rect_layer(
        town["stadtteile"], [("stadtteil_id", "str"), ("name", "str")], lambda it: (it[0], it[1]))

    pg = town["facilities"]["playgrounds"]
    npg = len(pg["x"])
    pg_ids = [f"SP{k + 1:04d}" for k in range(npg)]
    layers["spielplaetze"] = Layer(
        "Point", [("spielplatz_id", "str"), ("name", "str"), ("flaeche_m2", "int")],
        list(zip(pg["x"].tolist(), pg["y"].tolist())),
        {"spielplatz_id": pg_ids, "name": [f"Spielplatz {k + 1}" for k in range(npg)],
         "flaeche_m2": pg["area"].tolist()})
    polys = town["facilities"]["playground_polygons"]
    layers["spielplatzflaechen"] = Layer(
        "Polygon", [("spielplatz_id", "str"), ("name", "str"), ("flaeche_m2", "int")],
        [[r] for r in polys],
        {"spielplatz_id": pg_ids[: len(polys)], "name": [f"Spielplatz {k + 1}" for k in range(len(polys))],
         "flaeche_m2": pg["area"][: len(polys)].tolist()})
    fz = town["facilities"]["fz"]
    nfz = len(fz["x"])
    layers["familienzentren"] = Layer(
        "Point", [("fz_id", "str"), ("name", "str"), ("kapazitaet", "int")],
        list(zip(fz["x"].tolist(), fz["y"].tolist())),
        {"fz_id": [f"FZ{k + 1:03d}" for k in range(nfz)],
         "name": [f"Familienzentrum {STADTTEIL_NAMES[k % len(STADTTEIL_NAMES)]}" for k in range(nfz)],
         "kapazitaet": fz["cap"].tolist()})
    return layers


def sozialraum_table(town, year) -> List[Dict[str, object]]:
    """Counts per Sozialraum for one reference date (ground truth, unsuppressed)."""
    present, vals = town["years"][year]
    sr_index = {k: s for s, k in enumerate(town["sr_keys"])}
    a_sr = np.array([sr_index[k[:4]] for k in town["a_keys"]])
    rows = []
    sums = {f: np.bincount(a_sr, weights=vals[f] * present, minlength=len(sr_index)).astype(int)
            for f in COUNT_FIELDS}
    for s, (key, name, st_key, _) in enumerate(town["sozialraeume"]):
        row = {"sozialraum_id": key, "name": name, "stadtteil_id": st_key}
        row.update({f: int(sums[f][s]) for f in COUNT_FIELDS})
        rows.append(row)
    return rows


CSV_HEADERS = {
    "ew_gesamt": "Einwohner insgesamt", "ew_0_2": "0 bis unter 3 Jahre",
    "ew_3_5": "3 bis unter 6 Jahre", "ew_6_9": "6 bis unter 10 Jahre",
    "ew_10_14": "10 bis unter 15 Jahre", "ew_15_17": "15 bis unter 18 Jahre",
    "ew_18_24": "18 bis unter 25 Jahre", "ew_25_64": "25 bis unter 65 Jahre",
    "ew_65_79": "65 bis unter 80 Jahre", "ew_80_plus": "80 Jahre und älter",
    "ew_18_19": "darunter 18 bis unter 20 Jahre", "ew_20_24": "darunter 20 bis unter 25 Jahre",
    "auslaender": "Ausländer", "migrationshintergrund": "mit Migrationshintergrund",
    "sgb2_elb": "SGB II ELB", "sgb2_nef": "SGB II NEF", "sgb2_nef_u15": "SGB II NEF unter 15",
    "sgb12_gsia_65plus": "Grundsicherung im Alter 65+", "sgb12_hlu": "SGB XII HLU",
    "asylblg": "AsylbLG", "alo_sgb2": "Arbeitslose SGB II", "alo_sgb3": "Arbeitslose SGB III",
    "alo_langzeit": "Langzeitarbeitslose", "hh_gesamt": "Haushalte",
    "hh_mit_kindern": "Haushalte mit Kindern", "hh_alleinerziehend": "Alleinerziehende Haushalte",
    "zuzuege": "Zuzüge", "fortzuege": "Fortzüge", "geburten": "Geburten", "sterbefaelle": "Sterbefälle",
}


def _de_int(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def write_csv(town, year, path) -> None:
    """As a statistics office delivers it: ';', decimal comma, thousands
    separator, keys with leading zeros, '*' for values 1 and 2 (suppressed)."""
    rows = sozialraum_table(town, year)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Sozialraum", "Name"] + [CSV_HEADERS[f] for f in COUNT_FIELDS]
                   + ["Ausländeranteil in %"])
        for r in rows:
            cells = ["*" if 0 < r[f] < 3 else _de_int(r[f]) for f in COUNT_FIELDS]
            share = (Decimal(r["auslaender"]) * 100 / Decimal(r["ew_gesamt"])).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_UP) if r["ew_gesamt"] else Decimal("0.0")
            w.writerow([r["sozialraum_id"], r["name"]] + cells + [str(share).replace(".", ",")])


def write_gpkg(layers: Dict[str, Layer], path: str) -> None:
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")
    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    gtype = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbPolygon}
    ftype = {"str": ogr.OFTString, "int": ogr.OFTInteger64, "real": ogr.OFTReal}
    for name, layer in layers.items():
        lyr = ds.CreateLayer(name, srs, gtype[layer.geometry], ["FID=fid", "GEOMETRY_NAME=geom"])
        for fname, ft in layer.fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype[ft]))
        defn = lyr.GetLayerDefn()
        idx = [defn.GetFieldIndex(f) for f, _ in layer.fields]
        cols = [layer.attrs[f] for f, _ in layer.fields]
        lyr.StartTransaction()
        for k, g in enumerate(layer.geoms):
            feat = ogr.Feature(defn)
            if layer.geometry == "Point":
                geom = ogr.Geometry(ogr.wkbPoint)
                geom.AddPoint_2D(g[0], g[1])
            elif layer.geometry == "LineString":
                geom = ogr.Geometry(ogr.wkbLineString)
                for x, y in g:
                    geom.AddPoint_2D(x, y)
            else:
                geom = ogr.Geometry(ogr.wkbPolygon)
                for ring in g:
                    r = ogr.Geometry(ogr.wkbLinearRing)
                    for x, y in ring:
                        r.AddPoint_2D(x, y)
                    geom.AddGeometry(r)
            feat.SetGeometryDirectly(geom)
            for fi, col in zip(idx, cols):
                feat.SetField(fi, col[k])
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()
    ds = None


def generate(size: str, out_dir: str) -> Dict[str, str]:
    os.makedirs(out_dir, exist_ok=True)
    town = build_town(size)
    layers = town_layers(town)
    gpkg = os.path.join(out_dir, f"musterstadt_{size}.gpkg")
    write_gpkg(layers, gpkg)
    paths = {"gpkg": gpkg}
    for year in YEARS:
        p = os.path.join(out_dir, f"sozialraeume_{size}_{year}.csv")
        write_csv(town, year, p)
        paths[f"csv_{year}"] = p
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("size", choices=sorted(SIZES))
    ap.add_argument("out_dir")
    args = ap.parse_args(argv)
    paths = generate(args.size, args.out_dir)
    town_sizes = {k: len(v.geoms) for k, v in town_layers(build_town(args.size)).items()} \
        if os.environ.get("TOWN_VERBOSE") else {}
    for k, v in paths.items():
        print(f"{k}: {v}")
    for k, v in town_sizes.items():
        print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
