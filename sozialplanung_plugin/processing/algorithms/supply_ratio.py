"""sozialplanung:supply_ratio — supply per demand (Versorgungsgrad) by floating catchments."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from sozialplanung_plugin.compat import FieldType
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

FACILITIES = "FACILITIES"
FACILITY_ID = "FACILITY_ID"
SUPPLY_FIELD = "SUPPLY_FIELD"
POPULATION = "POPULATION"
DEMAND_FIELD = "DEMAND_FIELD"
AREAS = "AREAS"
AREA_ID = "AREA_ID"
MODE = "MODE"
NETWORK = "NETWORK"
DISTANCE = "DISTANCE"
METHOD = "METHOD"
STEPS = "STEPS"
SIGMA = "SIGMA"
GRAVITY_EXPONENT = "GRAVITY_EXPONENT"
GRAVITY_SCALE = "GRAVITY_SCALE"
GRAVITY_MIN_DISTANCE = "GRAVITY_MIN_DISTANCE"
NORM = "NORM"
MAX_SNAP = "MAX_SNAP"
OFF_NETWORK_LEGS = "OFF_NETWORK_LEGS"
TOLERANCE = "TOLERANCE"
OUTPUT_POPULATION = "OUTPUT_POPULATION"
OUTPUT_AREAS = "OUTPUT_AREAS"
OUTPUT_FACILITIES = "OUTPUT_FACILITIES"


class SupplyRatio(SozialplanungAlgorithm):
    GROUP_ID = "accessibility"
    REQUIRES = ("numpy", "scipy")

    def name(self):
        return "supply_ratio"

    def displayName(self):  # noqa: N802
        return tr("Supply per demand (floating catchment)")

    def tags(self):
        return tr("Versorgungsgrad,2SFCA,E2SFCA,floating catchment,supply,demand,Spielfläche,Kita-Plätze,"
                  "accessibility").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>How well is each address, Sozialraum and facility supplied — e.g. square metres of net play area "
            "per child within reach, or Kita places per child — with the two-step floating catchment method "
            "(2SFCA) and its variants, on straight-line or network distances (the same conventions as "
            "<i>Population within reach of facilities</i>).</p>"
            "<p>Step 1: each facility's supply is divided by the demand within its catchment (the children that "
            "can reach it, weighted by distance). Step 2: each address sums the ratios of the facilities it can "
            "reach (weighted the same way). So crowded playgrounds count for less, and children between two "
            "playgrounds count at both.</p>"
            "<h3>Distance weights</h3><ul><li>0 2SFCA: 1 within the catchment distance</li><li>1 E2SFCA: steps "
            "such as 300:1, 600:0.68, 900:0.22 (weight 1 up to 300 m, 0.68 up to 600 m, …)</li><li>2 gaussian: "
            "exp(−d² / 2σ²)</li><li>3 gravity: (max(d, d_min) / scale) to the power −β</li></ul>"
            "<p>The definitions are those of the PySAL <i>access</i> package; the plugin's results equal it.</p>"
            "<h3>Results</h3><ul><li><b>Per address</b>: <i>access</i> (supply per demand unit) and, with a "
            "<i>norm</i> (e.g. 1.5 m² per child), <i>access_pct</i> = access / norm × 100.</li><li><b>Per "
            "area</b>: the demand-weighted mean access and its % of the norm, and the simple planning ratio "
            "(Versorgungsgrad) = supply of the facilities inside the area / (norm × demand) × 100.</li><li><b>Per "
            "facility</b>: the weighted demand it faces and its supply per demand unit.</li></ul>")

    def initAlgorithm(self, config=None):  # noqa: N802
        from sozialplanung_plugin.processing import reach_inputs as ri

        ri.add_facility_parameters(self)
        p = QgsProcessingParameterField(SUPPLY_FIELD, tr("Supply field"), None, FACILITIES,
                                        QgsProcessingParameterField.DataType.Numeric)
        p.setHelp(tr("Capacity, e.g. net play area in m² or Kita places."))
        self.addParameter(p)
        ri.add_population_parameter(self, tr("Points with the demand, e.g. children per address."))
        p = QgsProcessingParameterField(DEMAND_FIELD, tr("Demand field"), None, POPULATION,
                                        QgsProcessingParameterField.DataType.Numeric)
        p.setHelp(tr("E.g. children 6–9."))
        self.addParameter(p)
        ri.add_area_and_network_parameters(self)
        p = QgsProcessingParameterNumber(DISTANCE, tr("Catchment distance (m)"),
                                         QgsProcessingParameterNumber.Type.Double,
                                         500.0, minValue=1)
        p.setHelp(tr("Nothing farther counts (for the steps: the last step should not exceed it)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(METHOD, tr("Distance weights"),
                                       [tr("2SFCA (1 within the catchment)"), tr("E2SFCA (steps)"), tr("Gaussian"),
                                        tr("Gravity")], defaultValue=0)
        p.setHelp(tr("How the weight falls with distance."))
        self.addParameter(p)
        p = QgsProcessingParameterString(STEPS, tr("Steps (distance:weight, comma-separated)"),
                                         "300:1, 400:0.68, 500:0.22", optional=True)
        p.setHelp(tr("For E2SFCA: weight up to each distance, e.g. 300:1, 400:0.68, 500:0.22."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(SIGMA, tr("Gaussian σ (m; 0 = half the catchment distance)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0)
        p.setHelp(tr("Width of the gaussian weight."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        for name, label, default in ((GRAVITY_EXPONENT, tr("Gravity exponent β"), 1.5),
                                     (GRAVITY_SCALE, tr("Gravity scale (m)"), 100.0),
                                     (GRAVITY_MIN_DISTANCE, tr("Gravity minimum distance (m)"), 50.0)):
            p = QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Type.Double, default, minValue=0)
            p.setHelp(tr("Weight = (max(d, minimum distance) / scale) to the power −β."))
            p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        p = QgsProcessingParameterNumber(NORM, tr("Norm (supply per demand unit; 0 = none)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0)
        p.setHelp(tr("Municipal standard, e.g. 1.5 m² net play area per child: ratios in % of it."))
        self.addParameter(p)
        ri.add_snapping_parameter(self)
        ri.add_network_options(self)
        for name, label in ((OUTPUT_POPULATION, tr("Supply per address")), (OUTPUT_AREAS, tr("Supply per area")),
                            (OUTPUT_FACILITIES, tr("Demand per facility"))):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label,
                                                                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                                                                optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core import supply as sp
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.core.point_in_polygon import locate_points
        from sozialplanung_plugin.processing import reach_inputs as ri
        from sozialplanung_plugin.processing.convert import nullable, point_xy, polygon_rings

        d0 = self.parameterAsDouble(parameters, DISTANCE, context)
        method = self.parameterAsEnum(parameters, METHOD, context)
        steps = []
        try:
            if method == sp.STEPS:
                steps = sp.parse_steps(self.parameterAsString(parameters, STEPS, context))
        except InputError as err:
            raise QgsProcessingException(self._message(err)) from None
        if steps and steps[-1][0] > d0:
            feedback.pushWarning(tr("The last step ({step:g} m) lies beyond the catchment distance ({d:g} m); "
                                    "nothing beyond {d:g} m counts.").format(step=steps[-1][0], d=d0))
        sigma = self.parameterAsDouble(parameters, SIGMA, context) or d0 / 2.0
        norm = self.parameterAsDouble(parameters, NORM, context)
        job = ri.read_job(self, parameters, context, feedback, DEMAND_FIELD, SUPPLY_FIELD,
                          with_key=bool(parameters.get(OUTPUT_POPULATION)))
        supply = np.nan_to_num(job.fac.values[:, 0])
        if (supply < 0).any():
            k = int(np.nonzero(supply < 0)[0][0])
            raise QgsProcessingException(tr("Layer '{layer}': facility '{key}' has a negative supply ({value:g}).")
                                         .format(layer=job.fac.label, key=job.fac.keys[k], value=supply[k]))
        demand = job.pop.values[:, 0]
        reach = job.reach(job.fac, d0, feedback, 30, 70)
        if reach is None:
            return {}
        ri.log_reach(feedback, reach, job.pop, job.fac, [d0], job.mode, job.max_snap)
        w = sp.weights(reach.pair_dist, method, d0, steps, sigma,
                       self.parameterAsDouble(parameters, GRAVITY_EXPONENT, context),
                       self.parameterAsDouble(parameters, GRAVITY_SCALE, context),
                       self.parameterAsDouble(parameters, GRAVITY_MIN_DISTANCE, context))
        res = sp.two_step(reach.pair_facility, reach.pair_point, w, supply, demand)
        total_demand = float(demand.sum())
        feedback.pushInfo(tr("Supply {s:,.1f} for a demand of {d:,.0f}: on average {r:.3f} per demand unit; "
                             "demand-weighted mean access {a:.3f}.").format(
            s=float(supply.sum()), d=total_demand, r=float(supply.sum()) / total_demand if total_demand else 0.0,
            a=float((res.access * demand).sum() / total_demand) if total_demand else 0.0))
        def pct(v):
            return v / norm * 100.0 if norm > 0 else v * np.nan

        outputs = {}
        crs = job.crs

        # ---- per address
        if parameters.get(OUTPUT_POPULATION):
            out = QgsFields()
            for t in job.pop.text:
                out.append(QgsField(t, FieldType.String))
            for n in ("demand", "access", "access_pct"):
                out.append(QgsField(n, FieldType.Double))
            if job.areas is not None:
                out.append(QgsField(job.areas.id_field, FieldType.String))
            sink, dest = self.parameterAsSink(parameters, OUTPUT_POPULATION, context, out, QgsWkbTypes.Type.Point, crs)
            if sink is not None:
                cols = [list(job.pop.text[t]) for t in job.pop.text]
                cols += [demand.tolist(), nullable(res.access), nullable(pct(res.access))]
                if job.areas is not None:
                    cols.append([job.areas.keys[a] if a >= 0 else None for a in job.areas.of_point.tolist()])
                feats = []
                for (x, y), row in zip(job.pop.xy.tolist(), zip(*cols)):
                    f = QgsFeature(out)
                    if x == x:
                        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                    f.setAttributes(list(row))
                    feats.append(f)
                self.write_features(sink, feats, OUTPUT_POPULATION)
                outputs[OUTPUT_POPULATION] = dest

        # ---- per area
        if job.areas is not None and parameters.get(OUTPUT_AREAS):
            n_areas = len(job.areas.keys)
            of = job.areas.of_point
            area_demand = np.bincount(np.where(of >= 0, of, 0), np.where(of >= 0, demand, 0.0), n_areas)
            mean_access = sp.demand_weighted_mean(of, n_areas, res.access, demand)
            fxy = job.fac.core.xy if job.fac.core.xy is not None else point_xy(job.fac.geometries)
            ok = np.isfinite(fxy).all(axis=1)
            fac_area = np.full(len(fxy), -1, dtype=np.int64)
            fac_area[ok], _ = locate_points(fxy[ok, 0], fxy[ok, 1],
                                            [polygon_rings(g) for g in job.areas.geometries])
            area_supply = np.bincount(np.where(fac_area >= 0, fac_area, 0), np.where(fac_area >= 0, supply, 0.0),
                                      n_areas)
            with np.errstate(invalid="ignore", divide="ignore"):
                simple = np.where(area_demand > 0, area_supply / area_demand, np.nan)
            out = QgsFields()
            out.append(QgsField(job.areas.id_field, FieldType.String))
            for n in ("demand", "supply_inside", "access_mean", "access_pct", "supply_per_demand", "versorgungsgrad"):
                out.append(QgsField(n, FieldType.Double))
            sink, dest = self.parameterAsSink(parameters, OUTPUT_AREAS, context, out, QgsWkbTypes.Type.MultiPolygon,
                                              crs)
            if sink is not None:
                feats = []
                cols = [job.areas.keys, area_demand.tolist(), area_supply.tolist(), nullable(mean_access),
                        nullable(pct(mean_access)), nullable(simple), nullable(pct(simple))]
                for g, row in zip(job.areas.geometries, zip(*cols)):
                    f = QgsFeature(out)
                    f.setGeometry(g)
                    f.setAttributes(list(row))
                    feats.append(f)
                self.write_features(sink, feats, OUTPUT_AREAS)
                outputs[OUTPUT_AREAS] = dest
                from sozialplanung_plugin.processing.styles import StyleOnLoad

                StyleOnLoad.attach(context, dest, "access_pct" if norm > 0 else "access_mean", {
                    "access_mean": tr("Supply per demand unit within reach (demand-weighted)"),
                    "access_pct": tr("Supply within reach, % of the norm"),
                    "versorgungsgrad": tr("Versorgungsgrad: supply inside / (norm × demand), %")}, tr("no demand"))

        # ---- per facility
        if parameters.get(OUTPUT_FACILITIES):
            out = QgsFields()
            out.append(QgsField(job.fac.id_field, FieldType.String))
            for n in ("supply", "demand_in_reach", "supply_per_demand"):
                out.append(QgsField(n, FieldType.Double))
            wkb = QgsWkbTypes.Type.Point if job.fac.core.xy is not None else QgsWkbTypes.Type.MultiPolygon
            sink, dest = self.parameterAsSink(parameters, OUTPUT_FACILITIES, context, out, wkb, crs)
            if sink is not None:
                feats = []
                for i, key in enumerate(job.fac.keys):
                    f = QgsFeature(out)
                    f.setGeometry(job.fac.geometries[i])
                    f.setAttributes([key, float(supply[i]), float(res.facility_demand[i]),
                                     nullable(np.array([res.facility_ratio[i]]))[0]])
                    feats.append(f)
                self.write_features(sink, feats, OUTPUT_FACILITIES)
                outputs[OUTPUT_FACILITIES] = dest
        return outputs

    @staticmethod
    def _message(err):
        d = err.details
        if err.code == "no_steps":
            return tr("E2SFCA needs steps, e.g. 300:1, 400:0.68, 500:0.22.")
        if err.code == "unsorted_steps":
            return tr("The steps must increase: {second:g} follows {first:g}.").format(**d)
        return tr("'{value}' is no step distance:weight (distance > 0, weight >= 0).").format(**d)

