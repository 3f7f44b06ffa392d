"""What the two reach algorithms (population_in_reach, supply_ratio) share: their common parameters
(facilities, residents, areas, distance mode, network), the checks of those parameters, reading the layers
into one metric CRS as arrays for core/catchment.py, the reach itself and its report in the log. Their
outputs are each algorithm's own; messages are messages', feature writing feature_writer's."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import FieldType, parameter_as_strings
from sozialplanung_plugin.translation import tr

if TYPE_CHECKING:       # numpy is imported when an algorithm runs, not when the provider loads
    import numpy as np

WGS84 = "EPSG:4326"
STRAIGHT, ALONG_NETWORK = 0, 1          # the MODE parameter (core.catchment.STRAIGHT, NETWORK)


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


def parameter_problem(alg, parameters, context, population_fields_param: str) -> Optional[str]:
    """What is wrong with the shared parameters alone (translated), or None: the network distance
    without a network, no population field, areas without their key field."""
    if alg.parameterAsEnum(parameters, "MODE", context) == ALONG_NETWORK and not parameters.get("NETWORK"):
        return tr("The network distance needs the street network layer.")
    if not parameter_as_strings(alg, parameters, population_fields_param, context):
        return tr("Choose the population fields.")
    if parameters.get("AREAS") and not parameter_as_strings(alg, parameters, "AREA_ID", context):
        return tr("Choose the area key field of '{layer}'.").format(
            layer=alg.layer_label(parameters, "AREAS", context))
    return None


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

    @property
    def wkb_type(self):
        """What outputs with one feature per facility are: points or (multi)polygons."""
        return QgsWkbTypes.Type.Point if self.core.xy is not None else QgsWkbTypes.Type.MultiPolygon


@dataclass
class AreaLayer:
    keys: List[str]
    geometries: List[QgsGeometry]
    of_point: np.ndarray
    id_field: str


def read_population(alg, parameters, name, source, label, fields, crs, context, feedback,
                    with_key: bool = True) -> Population:
    """The residents of ``source``: points in ``crs`` and the counts of the (numeric) ``fields``."""
    import numpy as np

    from sozialplanung_plugin.core.aggregation import validate_counts
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.processing.convert import POINTS, numeric_matrix, read_source
    from sozialplanung_plugin.processing.messages import no_features, processing_error

    if source.featureCount() == 0:
        raise no_features(label)
    flds = source.fields()
    if QgsWkbTypes.isMultiType(source.wkbType()):
        feedback.pushWarning(tr("Layer '{layer}' has multipart points; each feature counts at the centre of its "
                                "parts.").format(layer=label))
    # the first text field (the address key) is kept in per-address outputs
    text = [f.name() for f in flds if f.type() == FieldType.String and f.name() not in fields][:1] if with_key else []
    tab = read_source(alg.parameterAsVectorLayer(parameters, name, context), alg.subset_only(parameters, name),
                      source, list(fields) + text, context, feedback, POINTS, crs, 0, 15)
    values = numeric_matrix(tab, fields)
    try:
        validate_counts(values, fields, tab.fids)
    except InputError as err:
        raise processing_error(err, label) from None
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
    """The facilities of ``source`` (points, or polygons repaired where invalid) in ``crs``, keyed by the
    field parameter ``id_param``, with the values of ``value_fields``."""
    import numpy as np

    from sozialplanung_plugin.core.catchment import Facilities
    from sozialplanung_plugin.processing.convert import GEOMETRIES, POINTS, numeric_matrix, polygon_rings, read_source
    from sozialplanung_plugin.processing.messages import checked_area_keys, no_features

    if source.featureCount() == 0:
        raise no_features(label)
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
    """The lines of the street network as vertex arrays in ``crs``."""
    from sozialplanung_plugin.processing.convert import read_lines_fast
    from sozialplanung_plugin.processing.messages import no_features

    if source.featureCount() == 0:
        raise no_features(label, tr("The network distance needs the street network layer."))
    lines = read_lines_fast(alg.parameterAsVectorLayer(parameters, name, context), alg.subset_only(parameters, name),
                            source, crs, context, feedback)
    if not lines:
        raise QgsProcessingException(tr("The network layer '{layer}' has no lines.").format(layer=label))
    return lines


def read_areas(alg, parameters, name, id_param, crs, xy, context, feedback) -> AreaLayer:
    """The areas in ``crs`` with their keys, and the area each point of ``xy`` lies in (-1: none)."""
    import numpy as np

    from sozialplanung_plugin.core.point_in_polygon import locate_points
    from sozialplanung_plugin.processing.convert import GEOMETRIES, polygon_rings, read_source
    from sozialplanung_plugin.processing.messages import checked_area_keys

    source, label = alg.source_and_label(parameters, name, context)
    id_field = alg.field_name(source.fields(), (parameter_as_strings(alg, parameters, id_param, context) or [""])[0],
                              label, key_hint=True)
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
        from sozialplanung_plugin.processing.messages import processing_error

        def progress(f):
            feedback.setProgress(lo + (hi - lo) * f)

        try:
            if self.mode == STRAIGHT:
                return ca.straight_reach(facilities.core, self.pop.xy, limit)
            return ca.network_reach(facilities.core, self.pop.xy, self.lines, limit, self.max_snap, self.tolerance,
                                    self.legs, progress, feedback.isCanceled)
        except Canceled:
            return None
        except InputError as err:
            raise processing_error(err, self.network_label) from None


def read_job(alg, parameters, context, feedback, population_fields_param: str, supply_field_param=None,
             with_key: bool = True) -> ReachJob:
    """Facilities, residents, network and areas in one metric CRS, by the shared parameter ids
    (FACILITIES, FACILITY_ID, POPULATION, AREAS, AREA_ID, MODE, NETWORK, MAX_SNAP, OFF_NETWORK_LEGS,
    TOLERANCE)."""
    problem = parameter_problem(alg, parameters, context, population_fields_param)   # checked before a run, too
    if problem:
        raise QgsProcessingException(problem)
    mode = alg.parameterAsEnum(parameters, "MODE", context)
    population, pop_label = alg.source_and_label(parameters, "POPULATION", context)
    facilities, fac_label = alg.source_and_label(parameters, "FACILITIES", context)
    network = alg.parameterAsSource(parameters, "NETWORK", context)
    crs = metric_crs(network if mode == ALONG_NETWORK else population, context, feedback)
    fields = alg.numeric_field_names(population.fields(),
                                     parameter_as_strings(alg, parameters, population_fields_param, context), pop_label)
    pop = read_population(alg, parameters, "POPULATION", population, pop_label, fields, crs, context, feedback,
                          with_key)
    value_fields = []
    if supply_field_param:
        value_fields = alg.numeric_field_names(facilities.fields(),
                                               parameter_as_strings(alg, parameters, supply_field_param, context),
                                               fac_label)
    fac = read_facilities(alg, parameters, "FACILITIES", "FACILITY_ID", facilities, fac_label, crs, context, feedback,
                          value_fields)
    net_label = alg.layer_label(parameters, "NETWORK", context) if network is not None else ""
    lines = read_lines(alg, parameters, "NETWORK", network, net_label, crs, context, feedback) \
        if mode == ALONG_NETWORK else None
    areas = None
    if alg.parameterAsSource(parameters, "AREAS", context) is not None:
        areas = read_areas(alg, parameters, "AREAS", "AREA_ID", crs, pop.xy, context, feedback)
    feedback.setProgress(30)
    return ReachJob(mode, crs, pop, fac, lines, areas, alg.parameterAsDouble(parameters, "MAX_SNAP", context),
                    alg.parameterAsBoolean(parameters, "OFF_NETWORK_LEGS", context),
                    alg.parameterAsDouble(parameters, "TOLERANCE", context), net_label)


def log_reach(feedback, reach, pop, fac, bands, mode, max_snap) -> None:
    """What the log says about a reach: what is routable, what reaches nothing, who is within each band."""
    import numpy as np

    n = len(pop.xy)
    if mode == ALONG_NETWORK and not reach.routable.any():
        feedback.pushWarning(tr("No address of '{layer}' lies within {snap:g} m of the network: nothing is "
                                "routable. Check that the layers cover the same place and the CRSs are "
                                "right.").format(layer=pop.label, snap=max_snap))
    if mode == ALONG_NETWORK and not reach.facility_routable.any():
        feedback.pushWarning(tr("No facility of '{layer}' lies within {snap:g} m of the network.")
                             .format(layer=fac.label, snap=max_snap))
    if mode == ALONG_NETWORK:
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


