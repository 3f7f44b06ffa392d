"""The outputs of population_in_reach, and only of it: reach per facility and band, per area and band,
the nearest facility per address, what is not routable, and the catchment polygons. Each is written
from the arrays of core.catchment as columns (``area_table.Column``) through ``feature_writer``."""
from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsGeometry, QgsPointXY, QgsVectorFileWriter, QgsWkbTypes

from sozialplanung_plugin.compat import FieldType
from sozialplanung_plugin.processing.accessibility import ALONG_NETWORK, STRAIGHT
from sozialplanung_plugin.processing.area_table import Column, aliases
from sozialplanung_plugin.processing.feature_writer import write_columns
from sozialplanung_plugin.processing.styles import StyleOnLoad
from sozialplanung_plugin.translation import tr

LARGE_OUTPUT = 50_000      # point outputs larger than this are written into GeoPackages without a spatial index
ADDRESS_CHUNK = 20_000     # features per batch of the per-address output


def large_point_sink(alg, parameters, name, context, fields, crs, n):
    """A sink for a large point output. Into a plain GeoPackage file it is written without a spatial index:
    GDAL's index build on closing costs more than everything else for 150,000 addresses (1.7 s); QGIS draws
    such a layer fine, and 'Create spatial index' adds one if wanted. Anything else: the ordinary sink."""
    raw = parameters.get(name)
    raw = raw.sink.staticValue() if hasattr(raw, "sink") else raw
    if n <= LARGE_OUTPUT or not isinstance(raw, str) or "|" in raw or not raw.lower().endswith(".gpkg"):
        return alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.Point, crs)
    dest = alg.parameterAsOutputLayer(parameters, name, context)      # also registers it for loading
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = os.path.splitext(os.path.basename(dest))[0]
    options.layerOptions = ["SPATIAL_INDEX=NO"]
    writer = QgsVectorFileWriter.create(dest, fields, QgsWkbTypes.Type.Point, crs, context.transformContext(), options)
    if writer is None or writer.hasError():
        return alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.Point, crs)
    return writer, dest


def _count_column(name: str, values, integer: bool, alias: str = "") -> Column:
    """Residents: whole numbers when every population field holds whole numbers, else decimals."""
    import numpy as np

    if integer:
        return Column(name, FieldType.LongLong, np.rint(np.asarray(values, dtype=float)).astype(np.int64), alias)
    return Column(name, FieldType.Double, np.asarray(values, dtype=float), alias)


def _by_band(n_items: int, bands, speed: float, band_alias: str = ""):
    """Rows item × band: the item of each row, the band of each row, and the band columns (metres, and
    minutes when a walking speed is given)."""
    import numpy as np

    item = np.repeat(np.arange(n_items), len(bands))
    band = np.tile(np.arange(len(bands)), n_items)
    metres = np.asarray(bands, dtype=float)[band]
    columns = [Column("band_m", FieldType.Double, metres, band_alias)]
    if speed > 0:
        columns.append(Column("band_min", FieldType.Double, metres * 60.0 / (speed * 1000.0)))
    return item, band, columns


def write_facility_reach(alg, parameters, name, context, feedback, fac, fields, bands, speed, counts, reach, crs,
                         integer, progress) -> Optional[str]:
    """Per facility and band: the residents within reach per population field (``counts``:
    facilities × bands × fields)."""
    import numpy as np

    f, b, band_columns = _by_band(fac.count, bands, speed, tr("Distance band (m)"))
    columns = [Column(fac.id_field, FieldType.String, [fac.keys[i] for i in f.tolist()]), *band_columns,
               *[_count_column(n, counts[f, b, j], integer) for j, n in enumerate(fields)],
               Column("routable", FieldType.Int, np.asarray(reach.facility_routable, dtype=int)[f])]
    dest = write_columns(alg, parameters, name, context, feedback, columns, [fac.geometries[i] for i in f.tolist()],
                         fac.wkb_type, crs, progress)
    if dest:
        StyleOnLoad.attach(context, dest, fields[0], aliases(columns))
    return dest


def write_area_reach(alg, parameters, name, context, feedback, areas, fields, bands, speed, s, s_cmp, crs,
                     integer, progress) -> Optional[str]:
    """Per area and band (``s``, ``s_cmp``: core.catchment.AreaSummary of the facilities and of the scenario)."""
    a, b, band_columns = _by_band(len(areas.keys), bands, speed)
    columns = [Column(areas.id_field, FieldType.String, [areas.keys[i] for i in a.tolist()]), *band_columns]
    for j, f in enumerate(fields):
        columns += [
            _count_column(f + "_total", s.total[a, j], integer, tr("{field}: residents").format(field=f)),
            _count_column(f + "_reached", s.reached[a, b, j], integer, tr("{field}: within reach").format(field=f)),
            Column(f + "_share", FieldType.Double, s.share[a, b, j],
                   tr("{field}: share within reach (%)").format(field=f)),
            Column(f + "_mean_dist", FieldType.Double, s.mean_dist[a, j],
                   tr("{field}: mean distance to the nearest (m)").format(field=f)),
            Column(f + "_median_dist", FieldType.Double, s.median_dist[a, j],
                   tr("{field}: median distance to the nearest (m)").format(field=f)),
            _count_column(f + "_unroutable", s.unroutable[a, j], integer,
                          tr("{field}: not routable / nothing reachable").format(field=f))]
        if s_cmp is not None:
            columns += [
                _count_column(f + "_reached_scenario", s_cmp.reached[a, b, j], integer,
                              tr("{field}: within reach, scenario").format(field=f)),
                Column(f + "_share_scenario", FieldType.Double, s_cmp.share[a, b, j],
                       tr("{field}: share, scenario (%)").format(field=f)),
                _count_column(f + "_reached_change", s_cmp.reached[a, b, j] - s.reached[a, b, j], integer,
                              tr("{field}: change within reach").format(field=f)),
                Column(f + "_share_change", FieldType.Double, s_cmp.share[a, b, j] - s.share[a, b, j],
                       tr("{field}: change of the share (points)").format(field=f)),
                Column(f + "_mean_dist_scenario", FieldType.Double, s_cmp.mean_dist[a, j],
                       tr("{field}: mean distance, scenario (m)").format(field=f))]
    dest = write_columns(alg, parameters, name, context, feedback, columns,
                         [areas.geometries[i] for i in a.tolist()], QgsWkbTypes.Type.MultiPolygon, crs, progress)
    if dest:
        StyleOnLoad.attach(context, dest, fields[0] + "_share", aliases(columns), tr("no residents"))
    return dest


def write_population(alg, parameters, name, context, feedback, pop, fac, reach, bands, areas, crs,
                     progress) -> Optional[str]:
    """Per address: the nearest facility, the distance to it and the smallest band it falls in."""
    import numpy as np

    from sozialplanung_plugin.processing.convert import point_geometries

    band_arr = np.asarray(bands, dtype=float)
    pos = np.searchsorted(band_arr, reach.nearest_dist, side="left")
    columns = [Column(t, FieldType.String, list(values)) for t, values in pop.text.items()] + [
        Column("nearest_id", FieldType.String, [fac.keys[n] if n >= 0 else None for n in reach.nearest.tolist()],
               tr("Nearest facility")),
        Column("nearest_dist", FieldType.Double, reach.nearest_dist, tr("Distance to the nearest facility (m)")),
        Column("band_m", FieldType.Double,
               np.where(pos < len(band_arr), band_arr[np.minimum(pos, len(band_arr) - 1)], np.nan),
               tr("Smallest band reached (m)"))]
    if areas is not None:
        columns.append(Column(areas.id_field, FieldType.String,
                              [areas.keys[a] if a >= 0 else None for a in areas.of_point.tolist()]))
    columns.append(Column("routable", FieldType.Int, np.asarray(reach.routable, dtype=int)))
    dest = write_columns(alg, parameters, name, context, feedback, columns, point_geometries(pop.xy),
                         QgsWkbTypes.Type.Point, crs, progress, ADDRESS_CHUNK,
                         lambda fields: large_point_sink(alg, parameters, name, context, fields, crs, len(pop.xy)))
    if dest:
        StyleOnLoad.attach(context, dest, "nearest_dist", aliases(columns), tr("no facility within reach"))
    return dest


def _marker(geom: QgsGeometry) -> Optional[QgsGeometry]:
    """Where a facility is marked on a point layer: the point itself, or a point on the polygon's surface."""
    if geom.isNull():
        return None
    return geom.pointOnSurface() if geom.type() != QgsWkbTypes.GeometryType.PointGeometry else geom


def write_unroutable(alg, parameters, name, context, feedback, pop, fac, reach, mode, max_snap, crs,
                     progress) -> Optional[str]:
    """Addresses and facilities that are not routable or reach nothing, with the reason."""
    import numpy as np

    far = tr("farther than {snap:g} m from the network").format(snap=max_snap)
    cut_off = tr("no facility reachable along the network")
    no_geom = tr("no geometry")
    key_col = next(iter(pop.text.values()), None)
    finite = np.isfinite(pop.xy).all(axis=1)
    not_snapped = ~np.asarray(reach.routable) if mode == ALONG_NETWORK else np.zeros(len(finite), dtype=bool)
    unreached = ~np.isfinite(reach.nearest_dist)
    points = np.nonzero(~finite | not_snapped | unreached)[0].tolist()
    facilities = np.nonzero(~np.asarray(reach.facility_routable))[0].tolist()
    columns = [
        Column("layer", FieldType.String, [pop.label] * len(points) + [fac.label] * len(facilities)),
        Column("key", FieldType.String, [str(key_col[i]) if key_col is not None else str(pop.fids[i]) for i in points]
               + [fac.keys[f] for f in facilities]),
        Column("reason", FieldType.String, [no_geom if not finite[i] else far if not_snapped[i] else cut_off
                                            for i in points]
               + [far if mode == ALONG_NETWORK else no_geom] * len(facilities))]
    geometries = [QgsGeometry.fromPointXY(QgsPointXY(*pop.xy[i])) if finite[i] else None for i in points] + \
        [_marker(fac.geometries[f]) for f in facilities]
    return write_columns(alg, parameters, name, context, feedback, columns, geometries, QgsWkbTypes.Type.Point, crs,
                         progress)


def write_catchments(alg, parameters, name, context, feedback, fac, bands, mode, reach, crs, width,
                     progress) -> Optional[str]:
    """A polygon per facility and band, for maps: a true circle (straight line) or the reached streets
    widened by ``width`` (network)."""
    import numpy as np

    from sozialplanung_plugin.core import network as nw

    if not parameters.get(name):
        return None
    keys, band_m, geometries = [], [], []
    if mode == STRAIGHT:
        for key, geom in zip(fac.keys, fac.geometries):
            if geom.isNull():
                continue
            for band in sorted(bands, reverse=True):
                keys.append(key)
                band_m.append(float(band))
                geometries.append(geom.buffer(band, 64))
    else:
        net, sources = reach.network, reach.sources       # the graph the counts were made on
        todo = np.nonzero(reach.facility_routable)[0]
        lo, hi = progress
        for k, (f, node_d) in enumerate(nw.node_distances(sources, todo, max(bands))):
            if feedback.isCanceled():
                return None
            feedback.setProgress(lo + (hi - lo) * k / max(1, len(todo)))
            for band in sorted(bands, reverse=True):
                pieces = nw.reached_pieces(net, node_d, band, sources, f)
                if not len(pieces):
                    continue
                lines_geom = QgsGeometry.fromMultiPolylineXY(
                    [[QgsPointXY(p[0], p[1]), QgsPointXY(p[2], p[3])] for p in pieces])
                poly = lines_geom.buffer(width, 4)
                keys.append(fac.keys[f])
                band_m.append(float(band))
                geometries.append(poly if poly.isGeosValid() else poly.makeValid())
    columns = [Column(fac.id_field, FieldType.String, keys), Column("band_m", FieldType.Double, band_m)]
    return write_columns(alg, parameters, name, context, feedback, columns, geometries,
                         QgsWkbTypes.Type.MultiPolygon, crs, (progress[1], progress[1]))
