"""area_profile_report's pages and the layers its print layout shows: the cover, one page per area (its
profile as an SVG picture, class, residents and notes) and the table pages — as the atlas's coverage layer —
plus the profile rows of each area page, the table of all areas and the areas for the maps."""
from __future__ import annotations

import datetime
import functools
import math
import os
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMemoryProviderUtils,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from sozialplanung_plugin.compat import FieldType
from sozialplanung_plugin.processing.feature_writer import write_batched
from sozialplanung_plugin.profile_chart import change_text, draw_profile, number, rank_text, save_svg
from sozialplanung_plugin.translation import tr

ROWS_PER_TABLE_PAGE = 30
PAGE_FIELDS = [("page_no", FieldType.Int), ("page_type", FieldType.String), ("area_key", FieldType.String),
               ("heading", FieldType.String), ("subheading", FieldType.String), ("info", FieldType.String),
               ("notes", FieldType.String), ("profile_svg", FieldType.String), ("first_row", FieldType.Int),
               ("last_row", FieldType.Int)]


@dataclass
class AtlasLayers:
    pages: object           # the atlas's coverage layer: one feature per page
    profile_rows: object    # one row per area and indicator: the profile table of the area pages
    table: object           # the table of all areas: the table pages and the appendix
    areas: object           # the areas for the maps


def area_pages(data, title: str, folder: str, feedback) -> Optional[Tuple[List[dict], Dict[int, list]]]:
    """The pages in order (cover, areas, table pages) and the profile of each area, made once for the
    picture (an SVG in ``folder``) and the table; None if the user cancelled."""
    area_rows = data.area_rows()
    date = datetime.date.today().strftime("%d.%m.%Y")
    pages = [dict(page_type="cover", area_key="", heading=title,
                  subheading=tr("Area profiles of {n} areas · as of {date}").format(n=len(area_rows), date=date))]
    profiles = {}
    for k, i in enumerate(area_rows):
        if feedback.isCanceled():
            return None
        feedback.setProgress(5 + 25 * k / max(1, len(area_rows)))
        profile = profiles[i] = data.profile(i)
        svg = os.path.join(folder, f"profil_{k:05d}.svg")
        save_svg(svg, 900, 80 + 26 * len(profile), functools.partial(draw_profile, width=900, title="",
                                                                      profile=profile))
        pages.append(dict(page_type="area", area_key=data.keys[i], heading=f"{data.keys[i]} {data.title(i)}".strip(),
                          subheading=title, info=_info(data, i), notes=_notes(profile, data.flags_of(i)),
                          profile_svg=svg, fid=data.fids[i]))
    for start in range(0, len(area_rows), ROWS_PER_TABLE_PAGE):
        pages.append(dict(page_type="table", heading=tr("All areas"), subheading=title, first_row=start + 1,
                          last_row=min(start + ROWS_PER_TABLE_PAGE, len(area_rows))))
    return pages, profiles


def _info(data, i: int) -> str:
    info = []
    if data.labels and data.labels[i] not in (None, ""):
        info.append(tr("Class: {label}").format(label=data.labels[i]))
    if data.population is not None and math.isfinite(data.population[i]):
        info.append(tr("Residents: {n}").format(n=f"{data.population[i]:,.0f}".replace(",", ".")))
    return "\n".join(info)


def _notes(profile, flags) -> str:
    from sozialplanung_plugin.core.profile import area_notes

    suppressed, unreliable = area_notes(profile, flags)
    notes = []
    if suppressed:
        notes.append(tr("confidential (suppressed, not 0): {names}").format(names=", ".join(suppressed)))
    if unreliable:
        notes.append(tr("unreliable (wide confidence interval): {names}").format(names=", ".join(unreliable)))
    return "  ·  ".join(notes)


def atlas_layers(data, pages, profiles, geometries, areas, key: str, feedback) -> Optional[AtlasLayers]:
    """The layers of the layout (``geometries``: the areas' by feature id; ``areas``: a layer of them with
    their attributes, for the maps); None if the user cancelled."""
    crs = areas.crs()
    layers = AtlasLayers(page_layer(crs), profile_layer(crs), table_layer(data, crs), map_layer(areas, key))
    writes = ((layers.pages, _page_features(pages, geometries, layers.pages.fields()), len(pages)),
              (layers.profile_rows, _profile_features(data, profiles, layers.profile_rows.fields()),
               sum(len(p) for p in profiles.values())),
              (layers.table, _table_features(data, layers.table.fields()), len(profiles)))
    for k, (layer, features, total) in enumerate(writes):
        if not write_batched(layer.dataProvider(), features, total, layer.name(), feedback, (30 + k, 31 + k)):
            return None
        layer.updateExtents()
    return layers


def page_layer(crs):
    """The atlas's coverage layer: one feature per page."""
    fields = QgsFields()
    for n, t in PAGE_FIELDS:
        fields.append(QgsField(n, t))
    return QgsMemoryProviderUtils.createMemoryLayer("pages", fields, QgsWkbTypes.Type.MultiPolygon, crs)


def _page_features(pages, geometries, fields):
    """Area pages with the area's geometry, the others with the extent of all areas."""
    extent = None
    for g in geometries.values():
        if not g.isNull():
            extent = g.boundingBox() if extent is None else extent.combineExtentWith(g.boundingBox()) or extent
    whole = QgsGeometry.fromRect(extent) if extent is not None else QgsGeometry()
    for no, pg in enumerate(pages, 1):
        f = QgsFeature(fields)
        f.setAttributes([no] + [pg.get(n) for n, _ in PAGE_FIELDS[1:]])
        geom = geometries.get(pg.get("fid")) if pg["page_type"] == "area" else whole
        if geom is not None and not geom.isNull():
            f.setGeometry(geom)
        yield f


def profile_layer(crs):
    """One row per area and indicator — the profile table of each area page (real text in the PDF)."""
    fields = QgsFields()
    for n in ("area_key", tr("Indicator"), tr("Value"), tr("Reference"), tr("Rank"), tr("Change")):
        fields.append(QgsField(n, FieldType.String))
    return QgsMemoryProviderUtils.createMemoryLayer("profile_rows", fields, QgsWkbTypes.Type.NoGeometry, crs)


def _profile_features(data, profiles, fields):
    for i, profile in profiles.items():
        for ip in profile:
            f = QgsFeature(fields)
            f.setAttributes([data.keys[i], ip.name, "geheim" if ip.suppressed else number(ip.value),
                             number(ip.reference), rank_text(ip), change_text(ip)])
            yield f


def table_layer(data, crs):
    """All areas as text (values formatted, 'geheim' for suppressed, flags kept), numbered for the table
    pages and the appendix."""
    fields = QgsFields()
    fields.append(QgsField("row_nr", FieldType.Int))
    fields.append(QgsField(tr("Area"), FieldType.String))
    for alias in data.aliases:
        fields.append(QgsField(alias[:60], FieldType.String))
    for n in _flagged(data):
        fields.append(QgsField(n + "_flag", FieldType.String))
    return QgsMemoryProviderUtils.createMemoryLayer("areas_table", fields, QgsWkbTypes.Type.NoGeometry, crs)


def _flagged(data) -> List[str]:
    return [n for n in data.names if n in data.flags]


def _table_features(data, fields):
    flagged = _flagged(data)
    for k, i in enumerate(data.area_rows(), 1):
        f = QgsFeature(fields)
        values = ["geheim" if not math.isfinite(v) else number(v) for v in data.values[i]]
        marks = [data.flags[n][i] or None for n in flagged]
        f.setAttributes([k, f"{data.keys[i]} {data.title(i)}".strip()] + values + marks)
        yield f


def map_layer(areas, key: str):
    """The areas for the maps: the page's area strong, its neighbours grey; on the cover by class."""
    lyr = areas.clone() if hasattr(areas, "clone") else areas
    lyr.setName(tr("Index class"))          # the legend's heading on the cover
    quoted = '"' + key.replace('"', '""') + '"'
    symbol_area = QgsSymbol.defaultSymbol(lyr.geometryType()) if lyr.geometryType() >= 0 else None
    if symbol_area is None:
        return lyr
    root = QgsRuleBasedRenderer.Rule(None)

    def add(expr, color, outline, label, is_else=False):
        sym = QgsSymbol.defaultSymbol(lyr.geometryType())
        sym.setColor(QColor(color))
        sym.symbolLayer(0).setStrokeColor(QColor(outline))
        sym.symbolLayer(0).setStrokeWidth(0.3)
        rule = QgsRuleBasedRenderer.Rule(sym, 0, 0, expr, label)
        if is_else:                # QGIS 3.22: setIsElse() also replaces the filter by "ELSE"
            rule.setIsElse(True)
        root.appendChild(rule)

    current = f"to_string({quoted}) = attribute(@atlas_feature, 'area_key')"
    add(current, "#d7191c", "#67000d", "area")
    add(f"attribute(@atlas_feature, 'page_type') = 'area' AND NOT ({current})", "#e0e0e0", "#9e9e9e",
        "neighbours")
    # the cover: by index class where the layer has one (class 1 = lowest index, blue .. red)
    class_field = next((f for f in ("index_class", "status_class") if lyr.fields().lookupField(f) >= 0), None)
    if class_field is not None:
        from sozialplanung_plugin.processing.styles import diverging_colors

        label_field = next((f for f in ("index_label", "status_label") if lyr.fields().lookupField(f) >= 0), None)
        names = {}
        for feat in lyr.getFeatures():
            v = feat[class_field]
            if v is not None and v == v and not (hasattr(v, "isNull") and v.isNull()):
                names.setdefault(int(v), str(feat[label_field]) if label_field else str(int(v)))
        classes = sorted(names)
        for c, color in zip(classes, diverging_colors(max(classes) if classes else 1)):
            add(f"attribute(@atlas_feature, 'page_type') <> 'area' AND \"{class_field}\" = {c}", color,
                "#4d4d4d", f"{c} {names[c]}" if names[c] != str(c) else str(c))
    add("", "#bdbdbd" if class_field else "#abd9e9", "#4d4d4d", "all", is_else=True)
    lyr.setRenderer(QgsRuleBasedRenderer(root))
    return lyr
