"""Reading and writing for the accessibility algorithms (population_in_reach, supply_ratio):
layers in a metric CRS as arrays for core/catchment.py, results back as layers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.translation import tr

WGS84 = "EPSG:4326"


def add_facility_parameters(alg) -> None:
    """FACILITIES and FACILITY_ID, as both accessibility algorithms offer them."""
    from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource, QgsProcessingParameterField

    p = QgsProcessingParameterFeatureSource("FACILITIES", tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint,
                                                                            QgsProcessing.SourceType.TypeVectorPolygon])
    p.setHelp(tr("Playgrounds, Kitas, Familienzentren … as points or areas."))
    alg.addParameter(p)
    p = QgsProcessingParameterField("FACILITY_ID", tr("Facility key field"), None, "FACILITIES",
                                    QgsProcessingParameterField.DataType.Any)
    p.setHelp(tr("Unique key of each facility, kept as text."))
    alg.addParameter(p)


def add_population_parameter(alg, help_text: str) -> None:
    from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource

    p = QgsProcessingParameterFeatureSource("POPULATION", tr("Residents (address or building points)"),
                                            [QgsProcessing.SourceType.TypeVectorPoint])
    p.setHelp(help_text)
    alg.addParameter(p)


def add_area_and_network_parameters(alg) -> None:
    """AREAS, AREA_ID, MODE (0 straight line, 1 network) and NETWORK."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
    )

    p = QgsProcessingParameterFeatureSource("AREAS", tr("Areas (Sozialräume)"),
                                            [QgsProcessing.SourceType.TypeVectorPolygon],
                                            optional=True)
    p.setHelp(tr("Optional: results per area (each address counts in the area that contains it)."))
    alg.addParameter(p)
    p = QgsProcessingParameterField("AREA_ID", tr("Area key field"), None, "AREAS",
                                    QgsProcessingParameterField.DataType.Any,
                                    optional=True)
    p.setHelp(tr("Unique key of each area, kept as text."))
    alg.addParameter(p)
    p = QgsProcessingParameterEnum("MODE", tr("Distance"), [tr("Straight-line distance"),
                                                            tr("Along the street network")], defaultValue=0)
    p.setHelp(tr("0 straight line (a true circle), 1 along the street network."))
    alg.addParameter(p)
    p = QgsProcessingParameterFeatureSource("NETWORK", tr("Street network"), [QgsProcessing.SourceType.TypeVectorLine],
                                            optional=True)
    p.setHelp(tr("Lines of the walkable network, e.g. OSM footways and streets (needed for the network "
                 "distance)."))
    alg.addParameter(p)


def add_snapping_parameter(alg) -> None:
    from qgis.core import QgsProcessingParameterNumber

    p = QgsProcessingParameterNumber("MAX_SNAP", tr("Maximum snapping distance (m)"),
                                     QgsProcessingParameterNumber.Type.Double, 100.0, minValue=0)
    p.setHelp(tr("Points farther from the network are reported as not routable."))
    alg.addParameter(p)


def add_network_options(alg) -> None:
    """OFF_NETWORK_LEGS and TOLERANCE (advanced)."""
    from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterNumber

    p = QgsProcessingParameterBoolean("OFF_NETWORK_LEGS", tr("Count the legs off the network"), True)
    p.setHelp(tr("Add the straight distances from the address and from the facility to the street."))
    p.setFlags(p.flags() | p.FlagAdvanced)
    alg.addParameter(p)
    p = QgsProcessingParameterNumber("TOLERANCE", tr("Merge tolerance for network vertices (m)"),
                                     QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0)
    p.setHelp(tr("Vertices closer than this are joined (nearly coincident line ends); 0 = only identical."))
    p.setFlags(p.flags() | p.FlagAdvanced)
    alg.addParameter(p)


def metric_crs(source, context, feedback) -> QgsCoordinateReferenceSystem:
    """The CRS distances are measured in: the source's own when it is projected, else its UTM zone."""
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(tr("The layer has no valid coordinate reference system; set one (Layer "
                                        "properties › Source) so that distances can be measured."))
    if not crs.isGeographic():
        feedback.pushInfo(tr("Distances are measured in metres in {crs}.").format(crs=crs.authid()))
        return crs
    extent = source.sourceExtent()
    to_wgs = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context.transformContext())
    centre = to_wgs.transform(extent.center())
    zone = int((centre.x() + 180.0) // 6.0) + 1
    epsg = (32600 if centre.y() >= 0 else 32700) + max(1, min(60, zone))
    utm = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    feedback.pushInfo(tr("The data are in a geographic CRS ({crs}); distances are measured in metres after "
                         "projecting to {utm} (UTM zone {zone}). All outputs are in {utm}.")
                      .format(crs=crs.authid(), utm=utm.authid(), zone=zone))
    return utm


@dataclass
class Population:
    xy: np.ndarray
    values: np.ndarray
    fids: List[int]
    text: Dict[str, list]          # the input's text fields (e.g. address keys), kept in the outputs
    label: str
    integer: bool
    fields: List[str]


@dataclass
class FacilityLayer:
    core: object                   # core.catchment.Facilities
    keys: List[str]
    geometries: List[QgsGeometry]  # in the metric CRS
    id_field: str
    label: str
    values: object = None          # (facilities, fields) of ``value_fields``, when asked for

    @property
    def count(self) -> int:
        return len(self.keys)


@dataclass
class AreaLayer:
    keys: List[str]
    geometries: List[QgsGeometry]
    of_point: np.ndarray
    id_field: str


def read_population(alg, parameters, name, source, label, fields, crs, context, feedback,
                    with_key: bool = True) -> Population:
    from sozialplanung_plugin.processing.convert import POINTS, numeric_matrix, read_source

    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Layer '{layer}' has no features.").format(layer=label))
    flds = source.fields()
    for f in fields:
        if not flds.at(flds.lookupField(f)).isNumeric():
            raise QgsProcessingException(tr("Layer '{layer}': the field '{field}' is not numeric. Choose fields "
                                            "with resident counts.").format(layer=label, field=f))
    if QgsWkbTypes.isMultiType(source.wkbType()):
        feedback.pushWarning(tr("Layer '{layer}' has multipart points; each feature counts at the centre of its "
                                "parts.").format(layer=label))
    # the first text field (the address key) is kept in per-address outputs
    text = [f.name() for f in flds if f.type() == FieldType.String and f.name() not in fields][:1] if with_key else []
    tab = read_source(alg.parameterAsVectorLayer(parameters, name, context), alg.subset_only(parameters, name),
                      source, list(fields) + text, context, feedback, POINTS, crs, 0, 15)
    values = numeric_matrix(tab, fields)
    neg = np.argwhere(values < 0)
    if len(neg):
        i, j = neg[0]
        raise QgsProcessingException(tr("Layer '{layer}', field '{field}': feature {row} has the negative count "
                                        "{value:g}. Counts cannot be negative.")
                                     .format(layer=label, field=fields[j], row=tab.fids[i], value=values[i, j]))
    nulls = int(np.isnan(values).any(axis=1).sum())
    if nulls:
        feedback.pushWarning(tr("Layer '{layer}': {n} features have NULL counts; they count as 0.")
                             .format(layer=label, n=nulls))
    no_geom = int((~np.isfinite(tab.xy).all(axis=1)).sum())
    if no_geom:
        feedback.pushWarning(tr("Layer '{layer}': {n} features have no geometry; they are listed as not routable.")
                             .format(layer=label, n=no_geom))
    integer = all(flds.at(flds.lookupField(f)).type() in (FieldType.Int, FieldType.LongLong, FieldType.UInt,
                                                          FieldType.ULongLong) for f in fields)
    return Population(np.asarray(tab.xy, dtype=float), np.nan_to_num(values), list(tab.fids),
                      {t: tab.columns[t] for t in text}, label, integer, list(fields))


def read_facilities(alg, parameters, name, id_param, source, label, crs, context, feedback,
                    value_fields=()) -> FacilityLayer:
    from sozialplanung_plugin.core.catchment import Facilities
    from sozialplanung_plugin.processing.convert import GEOMETRIES, POINTS, numeric_matrix, polygon_rings, read_source
    from sozialplanung_plugin.processing.messages import checked_area_keys

    if source.featureCount() == 0:
        raise QgsProcessingException(tr("Layer '{layer}' has no features.").format(layer=label))
    id_field = alg.field_name(source.fields(), (parameter_as_strings(alg, parameters, id_param, context) or [""])[0],
                              label)
    gtype = QgsWkbTypes.geometryType(source.wkbType())
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    subset = alg.subset_only(parameters, name)
    if gtype == QgsWkbTypes.GeometryType.PointGeometry:
        if QgsWkbTypes.isMultiType(source.wkbType()):
            feedback.pushWarning(tr("Layer '{layer}' has multipart points; each facility is placed at the centre "
                                    "of its parts.").format(layer=label))
        tab = read_source(layer, subset, source, [id_field] + list(value_fields), context, feedback, POINTS, crs)
        xy = np.asarray(tab.xy, dtype=float)
        keys = checked_area_keys(tab.columns[id_field], tab.fids, label, id_field)
        bad = np.nonzero(~np.isfinite(xy).all(axis=1))[0]
        if len(bad):
            feedback.pushWarning(tr("Layer '{layer}': facility '{key}' has no geometry and is left out.")
                                 .format(layer=label, key=keys[bad[0]]))
        geoms = [QgsGeometry.fromPointXY(QgsPointXY(x, y)) if np.isfinite(x) else QgsGeometry() for x, y in xy]
        return FacilityLayer(Facilities(xy=xy), keys, geoms, id_field, label,
                             numeric_matrix(tab, list(value_fields)) if value_fields else None)
    if gtype != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise QgsProcessingException(tr("Layer '{layer}': facilities must be points or polygons.").format(layer=label))
    tab = read_source(layer, subset, source, [id_field] + list(value_fields), context, feedback, GEOMETRIES, crs)
    keys = checked_area_keys(tab.columns[id_field], tab.fids, label, id_field)
    geoms = []
    for k, g in enumerate(tab.geometries):
        if not g.isNull() and not g.isGeosValid():
            feedback.pushWarning(tr("Layer '{layer}': the polygon of facility '{key}' is invalid and was repaired "
                                    "(make valid).").format(layer=label, key=keys[k]))
            g = g.makeValid()
        geoms.append(g)
    return FacilityLayer(Facilities(rings=[polygon_rings(g) for g in geoms]), keys, geoms, id_field, label,
                         numeric_matrix(tab, list(value_fields)) if value_fields else None)


def read_lines(alg, parameters, name, source, label, crs, context, feedback) -> List[np.ndarray]:
    from sozialplanung_plugin.processing.convert import read_lines_fast

    if source.featureCount() == 0:
        raise QgsProcessingException(tr("The network layer '{layer}' has no features.").format(layer=label))
    lines = read_lines_fast(alg.parameterAsVectorLayer(parameters, name, context), alg.subset_only(parameters, name),
                            source, crs, context, feedback)
    if not lines:
        raise QgsProcessingException(tr("The network layer '{layer}' has no lines.").format(layer=label))
    return lines


def read_areas(alg, parameters, name, id_param, crs, xy, context, feedback) -> AreaLayer:
    from sozialplanung_plugin.core.point_in_polygon import locate_points
    from sozialplanung_plugin.processing.convert import GEOMETRIES, polygon_rings, read_source
    from sozialplanung_plugin.processing.messages import checked_area_keys

    source, label = alg.source_and_label(parameters, name, context)
    chosen = parameter_as_strings(alg, parameters, id_param, context)
    if not chosen:
        raise QgsProcessingException(tr("Choose the area key field of '{layer}'.").format(layer=label))
    id_field = alg.field_name(source.fields(), chosen[0], label, key_hint=True)
    tab = read_source(alg.parameterAsVectorLayer(parameters, name, context), alg.subset_only(parameters, name),
                      source, [id_field], context, feedback, GEOMETRIES, crs)
    keys = checked_area_keys(tab.columns[id_field], tab.fids, label, id_field)
    geoms = [g.makeValid() if not g.isNull() and not g.isGeosValid() else g for g in tab.geometries]
    ok = np.isfinite(xy).all(axis=1)
    of_point = np.full(len(xy), -1, dtype=np.int64)
    located, n_multi = locate_points(xy[ok, 0], xy[ok, 1], [polygon_rings(g) for g in geoms])
    of_point[ok] = located
    if n_multi:
        feedback.pushWarning(tr("{n} addresses lie in more than one area of '{layer}' (the areas overlap); each "
                                "counts in the first.").format(n=n_multi, layer=label))
    outside = int((of_point < 0).sum())
    if outside:
        feedback.pushInfo(tr("{n} addresses lie in no area of '{layer}' and are left out of the area results.")
                          .format(n=outside, layer=label))
    return AreaLayer(keys, geoms, of_point, id_field)


@dataclass
class ReachJob:
    """The inputs both accessibility algorithms read the same way (parameter ids are shared)."""
    mode: int
    crs: QgsCoordinateReferenceSystem
    pop: Population
    fac: FacilityLayer
    lines: object                  # list of vertex arrays, or None (straight line)
    areas: object                  # AreaLayer or None
    max_snap: float
    legs: bool
    tolerance: float
    network_label: str

    def reach(self, facilities: FacilityLayer, limit: float, feedback, lo: float, hi: float):
        """core.catchment.Reach of ``facilities`` up to ``limit``; None when canceled."""
        from sozialplanung_plugin.core import catchment as ca
        from sozialplanung_plugin.core.errors import Canceled, InputError

        def progress(f):
            feedback.setProgress(lo + (hi - lo) * f)

        try:
            if self.mode == 0:
                return ca.straight_reach(facilities.core, self.pop.xy, limit)
            return ca.network_reach(facilities.core, self.pop.xy, self.lines, limit, self.max_snap, self.tolerance,
                                    self.legs, progress, feedback.isCanceled)
        except Canceled:
            return None
        except InputError as err:
            raise QgsProcessingException(reach_message(err, self.network_label)) from None


def read_job(alg, parameters, context, feedback, population_fields_param: str, supply_field_param=None,
             with_key: bool = True) -> ReachJob:
    """Facilities, residents, network and areas in one metric CRS, by the shared parameter ids
    (FACILITIES, FACILITY_ID, POPULATION, AREAS, AREA_ID, MODE, NETWORK, MAX_SNAP, OFF_NETWORK_LEGS,
    TOLERANCE)."""
    mode = alg.parameterAsEnum(parameters, "MODE", context)
    population, pop_label = alg.source_and_label(parameters, "POPULATION", context)
    facilities, fac_label = alg.source_and_label(parameters, "FACILITIES", context)
    network = alg.parameterAsSource(parameters, "NETWORK", context)
    if mode == 1 and network is None:
        raise QgsProcessingException(tr("The network distance needs the street network layer."))
    crs = metric_crs(network if mode == 1 else population, context, feedback)
    fields = [alg.field_name(population.fields(), n, pop_label)
              for n in parameter_as_strings(alg, parameters, population_fields_param, context)]
    if not fields:
        raise QgsProcessingException(tr("Choose the population fields."))
    pop = read_population(alg, parameters, "POPULATION", population, pop_label, fields, crs, context, feedback,
                          with_key)
    value_fields = []
    if supply_field_param:
        value_fields = [alg.field_name(facilities.fields(), n, fac_label)
                        for n in parameter_as_strings(alg, parameters, supply_field_param, context)]
        for n in value_fields:
            if not facilities.fields().at(facilities.fields().lookupField(n)).isNumeric():
                raise QgsProcessingException(tr("Layer '{layer}': the field '{field}' is not numeric.")
                                             .format(layer=fac_label, field=n))
    fac = read_facilities(alg, parameters, "FACILITIES", "FACILITY_ID", facilities, fac_label, crs, context, feedback,
                          value_fields)
    net_label = alg.layer_label(parameters, "NETWORK", context) if network is not None else ""
    lines = read_lines(alg, parameters, "NETWORK", network, net_label, crs, context, feedback) if mode == 1 else None
    areas = None
    if alg.parameterAsSource(parameters, "AREAS", context) is not None:
        areas = read_areas(alg, parameters, "AREAS", "AREA_ID", crs, pop.xy, context, feedback)
    feedback.setProgress(30)
    return ReachJob(mode, crs, pop, fac, lines, areas, alg.parameterAsDouble(parameters, "MAX_SNAP", context),
                    alg.parameterAsBoolean(parameters, "OFF_NETWORK_LEGS", context),
                    alg.parameterAsDouble(parameters, "TOLERANCE", context), net_label)


def band_message(err) -> str:
    d = err.details
    if err.code == "no_bands":
        return tr("Give at least one distance band, e.g. 300,500,800.")
    if err.code == "bad_band":
        return tr("'{value}' in the distance bands is not a number (use a point as decimal separator).").format(**d)
    if err.code == "negative_band":
        return tr("The distance band '{value}' must be greater than 0.").format(**d)
    return tr("The distance bands must increase: {second:g} follows {first:g}. Give them in increasing order, "
              "e.g. 300,500,800.").format(**d)


def reach_message(err, network_label: str) -> str:
    if err.code == "empty_network":
        return tr("The network layer '{layer}' has no line with two different vertices.").format(layer=network_label)
    return tr("Invalid input: {detail}").format(detail=str(err))


def log_reach(feedback, reach, pop, fac, bands, mode, max_snap) -> None:
    n = len(pop.xy)
    if mode == 1 and not reach.routable.any():
        feedback.pushWarning(tr("No address of '{layer}' lies within {snap:g} m of the network: nothing is "
                                "routable. Check that the layers cover the same place and the CRSs are "
                                "right.").format(layer=pop.label, snap=max_snap))
    if mode == 1 and not reach.facility_routable.any():
        feedback.pushWarning(tr("No facility of '{layer}' lies within {snap:g} m of the network.")
                             .format(layer=fac.label, snap=max_snap))
    if mode == 1:
        unroutable = int((~reach.routable).sum())
        feedback.pushInfo(tr("{n} of {m} addresses are within {snap:g} m of the network; {u} are not routable.")
                          .format(n=n - unroutable, m=n, snap=max_snap, u=unroutable))
        bad = [fac.keys[i] for i in np.nonzero(~reach.facility_routable)[0]]
        if bad:
            feedback.pushWarning(tr("Facilities farther than {snap:g} m from the network (not routable): {keys}.")
                                 .format(snap=max_snap, keys=", ".join(bad[:20])))
    unreached = int((reach.routable & ~np.isfinite(reach.nearest_dist)).sum())
    if unreached:
        feedback.pushWarning(tr("{n} addresses reach no facility at all (a separate part of the network?).")
                             .format(n=unreached))
    for band in bands:
        got = pop.values[reach.nearest_dist <= band].sum(axis=0)
        tot = pop.values.sum(axis=0)
        feedback.pushInfo(tr("Within {band:g} m of a facility: {parts}.").format(
            band=band, parts=", ".join(f"{g:,.0f} / {t:,.0f}" for g, t in zip(got, tot))))


LARGE_OUTPUT = 50_000      # point outputs larger than this are written into GeoPackages without a spatial index


def large_point_sink(alg, parameters, name, context, fields, crs, n):
    """A sink for a large point output. Into a plain GeoPackage file it is written without a spatial index:
    GDAL's index build on closing costs more than everything else for 150,000 addresses (1.7 s); QGIS draws
    such a layer fine, and 'Create spatial index' adds one if wanted. Anything else: the ordinary sink."""
    import os

    from qgis.core import QgsVectorFileWriter

    raw = parameters.get(name)
    raw = raw.sink.staticValue() if hasattr(raw, "sink") else raw
    if n <= LARGE_OUTPUT or not isinstance(raw, str) or "|" in raw or not raw.lower().endswith(".gpkg"):
        return _sink(alg, parameters, name, context, fields, QgsWkbTypes.Type.Point, crs)
    dest = alg.parameterAsOutputLayer(parameters, name, context)      # also registers it for loading
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = os.path.splitext(os.path.basename(dest))[0]
    options.layerOptions = ["SPATIAL_INDEX=NO"]
    writer = QgsVectorFileWriter.create(dest, fields, QgsWkbTypes.Type.Point, crs, context.transformContext(), options)
    if writer is None or writer.hasError():
        return _sink(alg, parameters, name, context, fields, QgsWkbTypes.Type.Point, crs)
    return writer, dest


def _sink(alg, parameters, name, context, fields, wkb, crs):
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb, crs)
    return sink, dest


def count_field(name: str, integer: bool) -> QgsField:
    return QgsField(name, FieldType.LongLong if integer else FieldType.Double)


def _count(v: float, integer: bool):
    return int(round(v)) if integer else float(v)


def write_facility_reach(alg, parameters, name, context, fac, fields, bands, speed, counts, reach, crs, outputs,
                         integer=True) -> None:
    if not parameters.get(name):
        return
    out = QgsFields()
    out.append(QgsField(fac.id_field, FieldType.String))
    out.append(QgsField("band_m", FieldType.Double))
    if speed > 0:
        out.append(QgsField("band_min", FieldType.Double))
    for f in fields:
        out.append(count_field(f, integer))
    out.append(QgsField("routable", FieldType.Int))
    wkb = QgsWkbTypes.Type.Point if fac.core.xy is not None else QgsWkbTypes.Type.MultiPolygon
    sink, dest = _sink(alg, parameters, name, context, out, wkb, crs)
    if sink is None:
        return
    feats = []
    for i, key in enumerate(fac.keys):
        for b, band in enumerate(bands):
            feat = QgsFeature(out)
            feat.setGeometry(fac.geometries[i])
            attrs = [key, float(band)] + ([band * 60.0 / (speed * 1000.0)] if speed > 0 else [])
            attrs += [_count(v, integer) for v in counts[i, b]] + [int(bool(reach.facility_routable[i]))]
            feat.setAttributes(attrs)
            feats.append(feat)
    alg.write_features(sink, feats, name)
    outputs[name] = dest
    from sozialplanung_plugin.processing.styles import StyleOnLoad

    StyleOnLoad.attach(context, dest, fields[0], {"band_m": tr("Distance band (m)")})


def write_area_reach(alg, parameters, name, context, areas, fields, bands, speed, s, s_cmp, crs, outputs,
                     integer=True) -> None:
    from sozialplanung_plugin.processing.convert import nullable

    if not parameters.get(name):
        return
    out = QgsFields()
    out.append(QgsField(areas.id_field, FieldType.String))
    out.append(QgsField("band_m", FieldType.Double))
    if speed > 0:
        out.append(QgsField("band_min", FieldType.Double))
    aliases = {}
    for f in fields:
        for suffix, kind, alias in (("_total", "count", tr("{field}: residents")),
                                    ("_reached", "count", tr("{field}: within reach")),
                                    ("_share", "double", tr("{field}: share within reach (%)")),
                                    ("_mean_dist", "double", tr("{field}: mean distance to the nearest (m)")),
                                    ("_median_dist", "double", tr("{field}: median distance to the nearest (m)")),
                                    ("_unroutable", "count", tr("{field}: not routable / nothing reachable"))):
            out.append(count_field(f + suffix, integer) if kind == "count" else QgsField(f + suffix, FieldType.Double))
            aliases[f + suffix] = alias.format(field=f)
        if s_cmp is not None:
            for suffix, kind, alias in (("_reached_scenario", "count", tr("{field}: within reach, scenario")),
                                        ("_share_scenario", "double", tr("{field}: share, scenario (%)")),
                                        ("_reached_change", "count", tr("{field}: change within reach")),
                                        ("_share_change", "double", tr("{field}: change of the share (points)")),
                                        ("_mean_dist_scenario", "double",
                                         tr("{field}: mean distance, scenario (m)"))):
                out.append(count_field(f + suffix, integer) if kind == "count" else
                           QgsField(f + suffix, FieldType.Double))
                aliases[f + suffix] = alias.format(field=f)
    sink, dest = _sink(alg, parameters, name, context, out, QgsWkbTypes.Type.MultiPolygon, crs)
    if sink is None:
        return
    feats = []
    for a, key in enumerate(areas.keys):
        for b, band in enumerate(bands):
            attrs = [key, float(band)] + ([band * 60.0 / (speed * 1000.0)] if speed > 0 else [])
            for j in range(len(fields)):
                attrs += [_count(s.total[a, j], integer), _count(s.reached[a, b, j], integer)]
                attrs += nullable(np.array([s.share[a, b, j], s.mean_dist[a, j], s.median_dist[a, j]]))
                attrs.append(_count(s.unroutable[a, j], integer))
                if s_cmp is not None:
                    attrs.append(_count(s_cmp.reached[a, b, j], integer))
                    attrs += nullable(np.array([s_cmp.share[a, b, j]]))
                    attrs.append(_count(s_cmp.reached[a, b, j] - s.reached[a, b, j], integer))
                    attrs += nullable(np.array([s_cmp.share[a, b, j] - s.share[a, b, j], s_cmp.mean_dist[a, j]]))
            feat = QgsFeature(out)
            feat.setGeometry(areas.geometries[a])
            feat.setAttributes(attrs)
            feats.append(feat)
    alg.write_features(sink, feats, name)
    outputs[name] = dest
    from sozialplanung_plugin.processing.styles import StyleOnLoad

    StyleOnLoad.attach(context, dest, fields[0] + "_share", aliases, tr("no residents"))


def write_population(alg, parameters, name, context, feedback, pop, fac, reach, bands, areas, crs, outputs) -> None:
    if not parameters.get(name):
        return
    out = QgsFields()
    for t in pop.text:
        out.append(QgsField(t, FieldType.String))
    out.append(QgsField("nearest_id", FieldType.String))
    out.append(QgsField("nearest_dist", FieldType.Double))
    out.append(QgsField("band_m", FieldType.Double))
    if areas is not None:
        out.append(QgsField(areas.id_field, FieldType.String))
    out.append(QgsField("routable", FieldType.Int))
    sink, dest = large_point_sink(alg, parameters, name, context, out, crs, len(pop.xy))
    if sink is None:
        return
    from sozialplanung_plugin.processing.convert import nullable

    band_arr = np.asarray(bands, dtype=float)
    pos = np.searchsorted(band_arr, reach.nearest_dist, side="left")
    columns = [list(pop.text[t]) for t in pop.text]
    columns.append([fac.keys[n] if n >= 0 else None for n in reach.nearest.tolist()])
    columns.append(nullable(reach.nearest_dist))
    columns.append(nullable(np.where(pos < len(band_arr), band_arr[np.minimum(pos, len(band_arr) - 1)], np.nan)))
    if areas is not None:
        columns.append([areas.keys[a] if a >= 0 else None for a in areas.of_point.tolist()])
    columns.append(np.asarray(reach.routable, dtype=int).tolist())
    rows = list(zip(*columns))
    xs, ys = pop.xy[:, 0].tolist(), pop.xy[:, 1].tolist()
    batch = []
    for i, (x, y, row) in enumerate(zip(xs, ys, rows)):
        if i % 20000 == 0 and feedback.isCanceled():
            return
        feat = QgsFeature(out)
        if x == x:                       # not NaN
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feat.setAttributes(list(row))
        batch.append(feat)
        if len(batch) >= 20000:
            alg.write_features(sink, batch, name)
            batch = []
    alg.write_features(sink, batch, name)
    del sink                  # a file writer is closed (flushed) here
    outputs[name] = dest
    from sozialplanung_plugin.processing.styles import StyleOnLoad

    StyleOnLoad.attach(context, dest, "nearest_dist", {"nearest_id": tr("Nearest facility"),
                                                       "nearest_dist": tr("Distance to the nearest facility (m)"),
                                                       "band_m": tr("Smallest band reached (m)")},
                       tr("no facility within reach"))


def write_unroutable(alg, parameters, name, context, pop, fac, reach, mode, max_snap, crs, outputs) -> None:
    if not parameters.get(name):
        return
    out = QgsFields()
    for n in ("layer", "key", "reason"):
        out.append(QgsField(n, FieldType.String))
    sink, dest = _sink(alg, parameters, name, context, out, QgsWkbTypes.Type.Point, crs)
    if sink is None:
        return
    feats = []
    far = tr("farther than {snap:g} m from the network").format(snap=max_snap)
    cut_off = tr("no facility reachable along the network")
    no_geom = tr("no geometry")
    key_col = next(iter(pop.text.values()), None)
    finite = np.isfinite(pop.xy).all(axis=1)
    not_snapped = ~np.asarray(reach.routable) if mode == 1 else np.zeros(len(finite), dtype=bool)
    unreached = ~np.isfinite(reach.nearest_dist)
    for i in np.nonzero(~finite | not_snapped | unreached)[0]:
        reason = no_geom if not finite[i] else far if not_snapped[i] else cut_off
        feat = QgsFeature(out)
        if finite[i]:
            feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*pop.xy[i])))
        feat.setAttributes([pop.label, str(key_col[i]) if key_col is not None else str(pop.fids[i]), reason])
        feats.append(feat)
    for f in np.nonzero(~np.asarray(reach.facility_routable))[0]:
        feat = QgsFeature(out)
        geom = fac.geometries[f]
        if not geom.isNull():
            feat.setGeometry(geom.pointOnSurface() if geom.type() != QgsWkbTypes.GeometryType.PointGeometry else geom)
        feat.setAttributes([fac.label, fac.keys[f], far if mode == 1 else no_geom])
        feats.append(feat)
    alg.write_features(sink, feats, name)
    outputs[name] = dest


def write_catchments(alg, parameters, name, context, feedback, fac, bands, mode, reach, crs, width, outputs) -> None:
    from sozialplanung_plugin.core import network as nw

    out = QgsFields()
    out.append(QgsField(fac.id_field, FieldType.String))
    out.append(QgsField("band_m", FieldType.Double))
    sink, dest = _sink(alg, parameters, name, context, out, QgsWkbTypes.Type.MultiPolygon, crs)
    if sink is None:
        return
    feats = []
    if mode == 0:
        for i, key in enumerate(fac.keys):
            geom = fac.geometries[i]
            if geom.isNull():
                continue
            for band in sorted(bands, reverse=True):
                feat = QgsFeature(out)
                feat.setGeometry(geom.buffer(band, 64))
                feat.setAttributes([key, float(band)])
                feats.append(feat)
    else:
        net, sources = reach.network, reach.sources       # the graph the counts were made on
        todo = np.nonzero(reach.facility_routable)[0]
        for k, (f, node_d) in enumerate(nw.node_distances(sources, todo, max(bands))):
            if feedback.isCanceled():
                return
            feedback.setProgress(90 + 10 * k / max(1, len(todo)))
            for band in sorted(bands, reverse=True):
                pieces = nw.reached_pieces(net, node_d, band, sources, f)
                if not len(pieces):
                    continue
                lines_geom = QgsGeometry.fromMultiPolylineXY(
                    [[QgsPointXY(p[0], p[1]), QgsPointXY(p[2], p[3])] for p in pieces])
                poly = lines_geom.buffer(width, 4)
                if not poly.isGeosValid():
                    poly = poly.makeValid()
                feat = QgsFeature(out)
                feat.setGeometry(poly)
                feat.setAttributes([fac.keys[f], float(band)])
                feats.append(feat)
    alg.write_features(sink, feats, name)
    outputs[name] = dest
