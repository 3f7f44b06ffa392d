"""sozialplanung:supply_ratio — supply per demand (Versorgungsgrad) by floating catchments."""
from __future__ import annotations

from qgis.core import (
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
from sozialplanung_plugin.processing.area_table import Column, aliases
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.processing.feature_writer import write_columns
from sozialplanung_plugin.processing.styles import StyleOnLoad
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
        from sozialplanung_plugin.processing import accessibility as acc

        acc.add_facility_parameters(self)
        p = QgsProcessingParameterField(SUPPLY_FIELD, tr("Supply field"), None, FACILITIES,
                                        QgsProcessingParameterField.DataType.Numeric)
        p.setHelp(tr("Capacity, e.g. net play area in m² or Kita places."))
        self.addParameter(p)
        acc.add_population_parameter(self, tr("Points with the demand, e.g. children per address."))
        p = QgsProcessingParameterField(DEMAND_FIELD, tr("Demand field"), None, POPULATION,
                                        QgsProcessingParameterField.DataType.Numeric)
        p.setHelp(tr("E.g. children 6–9."))
        self.addParameter(p)
        acc.add_area_and_network_parameters(self)
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
        acc.add_snapping_parameter(self)
        acc.add_network_options(self)
        for name, label in ((OUTPUT_POPULATION, tr("Supply per address")), (OUTPUT_AREAS, tr("Supply per area")),
                            (OUTPUT_FACILITIES, tr("Demand per facility"))):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label,
                                                                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                                                                optional=True, createByDefault=True))

    def _weighting(self, parameters, context) -> dict:
        """The distance weight's settings as core.supply.weights takes them (the steps parsed: an InputError
        if they are wrong)."""
        from sozialplanung_plugin.core import supply as sp

        method = self.parameterAsEnum(parameters, METHOD, context)
        d0 = self.parameterAsDouble(parameters, DISTANCE, context)
        steps = sp.parse_steps(self.parameterAsString(parameters, STEPS, context)) if method == sp.STEPS else []
        return dict(method=method, d0=d0, steps=steps,
                    sigma=self.parameterAsDouble(parameters, SIGMA, context) or d0 / 2.0,
                    beta=self.parameterAsDouble(parameters, GRAVITY_EXPONENT, context),
                    scale=self.parameterAsDouble(parameters, GRAVITY_SCALE, context),
                    d_min=self.parameterAsDouble(parameters, GRAVITY_MIN_DISTANCE, context))

    def parameter_problem(self, parameters, context):
        """Steps, σ and scale as the core wants them, then what population_in_reach checks too."""
        import numpy as np

        from sozialplanung_plugin.core import supply as sp
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.accessibility import parameter_problem
        from sozialplanung_plugin.processing.messages import input_error_message

        try:
            sp.weights(np.zeros(0), **self._weighting(parameters, context))
        except InputError as err:
            return input_error_message(err)
        return parameter_problem(self, parameters, context, DEMAND_FIELD) or ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from sozialplanung_plugin.core import supply as sp
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing import accessibility as acc
        from sozialplanung_plugin.processing.messages import processing_error

        self.refuse_bad_parameters(parameters, context)
        try:
            weighting = self._weighting(parameters, context)
            sp.weights(np.zeros(0), **weighting)
        except InputError as err:
            raise processing_error(err) from None
        d0, steps = weighting["d0"], weighting["steps"]
        if steps and steps[-1][0] > d0:
            feedback.pushWarning(tr("The last step ({step:g} m) lies beyond the catchment distance ({d:g} m); "
                                    "nothing beyond {d:g} m counts.").format(step=steps[-1][0], d=d0))
        norm = self.parameterAsDouble(parameters, NORM, context)
        job = acc.read_job(self, parameters, context, feedback, DEMAND_FIELD, SUPPLY_FIELD,
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
        acc.log_reach(feedback, reach, job.pop, job.fac, [d0], job.mode, job.max_snap)
        res = sp.two_step(reach.pair_facility, reach.pair_point, sp.weights(reach.pair_dist, **weighting), supply,
                          demand)
        total_demand = float(demand.sum())
        feedback.pushInfo(tr("Supply {s:,.1f} for a demand of {d:,.0f}: on average {r:.3f} per demand unit; "
                             "demand-weighted mean access {a:.3f}.").format(
            s=float(supply.sum()), d=total_demand, r=float(supply.sum()) / total_demand if total_demand else 0.0,
            a=float((res.access * demand).sum() / total_demand) if total_demand else 0.0))
        outputs = {OUTPUT_POPULATION: _write_addresses(self, parameters, context, feedback, job, demand, res, norm)}
        if job.areas is not None:
            outputs[OUTPUT_AREAS] = _write_areas(self, parameters, context, feedback, job, demand, supply, res, norm)
        outputs[OUTPUT_FACILITIES] = _write_facilities(self, parameters, context, feedback, job, supply, res)
        return {name: dest for name, dest in outputs.items() if dest}


def _write_addresses(alg, parameters, context, feedback, job, demand, res, norm):
    """Per address: its demand, the access and the access in % of the norm."""
    from sozialplanung_plugin.core.supply import percent_of_norm
    from sozialplanung_plugin.processing.convert import point_geometries

    columns = [Column(t, FieldType.String, list(values)) for t, values in job.pop.text.items()] + [
        Column("demand", FieldType.Double, demand), Column("access", FieldType.Double, res.access),
        Column("access_pct", FieldType.Double, percent_of_norm(res.access, norm))]
    if job.areas is not None:
        columns.append(Column(job.areas.id_field, FieldType.String,
                              [job.areas.keys[a] if a >= 0 else None for a in job.areas.of_point.tolist()]))
    return write_columns(alg, parameters, OUTPUT_POPULATION, context, feedback, columns, point_geometries(job.pop.xy),
                         QgsWkbTypes.Type.Point, job.crs, (70, 85))


def _write_areas(alg, parameters, context, feedback, job, demand, supply, res, norm):
    """Per area: demand and supply inside, the demand-weighted mean access, and the simple planning ratio."""
    import numpy as np

    from sozialplanung_plugin.core.point_in_polygon import locate_points
    from sozialplanung_plugin.core.supply import area_supply, percent_of_norm
    from sozialplanung_plugin.processing.convert import point_xy, polygon_rings

    if not parameters.get(OUTPUT_AREAS):
        return None
    fxy = job.fac.core.xy if job.fac.core.xy is not None else point_xy(job.fac.geometries)
    ok = np.isfinite(fxy).all(axis=1)
    fac_area = np.full(len(fxy), -1, dtype=np.int64)
    fac_area[ok], _ = locate_points(fxy[ok, 0], fxy[ok, 1], [polygon_rings(g) for g in job.areas.geometries])
    per_area = area_supply(job.areas.of_point, fac_area, len(job.areas.keys), demand, supply, res.access)
    columns = [
        Column(job.areas.id_field, FieldType.String, job.areas.keys),
        Column("demand", FieldType.Double, per_area.demand),
        Column("supply_inside", FieldType.Double, per_area.supply_inside),
        Column("access_mean", FieldType.Double, per_area.access_mean,
               tr("Supply per demand unit within reach (demand-weighted)")),
        Column("access_pct", FieldType.Double, percent_of_norm(per_area.access_mean, norm),
               tr("Supply within reach, % of the norm")),
        Column("supply_per_demand", FieldType.Double, per_area.supply_per_demand),
        Column("versorgungsgrad", FieldType.Double, percent_of_norm(per_area.supply_per_demand, norm),
               tr("Versorgungsgrad: supply inside / (norm × demand), %"))]
    dest = write_columns(alg, parameters, OUTPUT_AREAS, context, feedback, columns, job.areas.geometries,
                         QgsWkbTypes.Type.MultiPolygon, job.crs, (85, 95))
    if dest:
        StyleOnLoad.attach(context, dest, "access_pct" if norm > 0 else "access_mean", aliases(columns),
                           tr("no demand"))
    return dest


def _write_facilities(alg, parameters, context, feedback, job, supply, res):
    """Per facility: its supply, the weighted demand it faces and its supply per demand unit."""
    columns = [Column(job.fac.id_field, FieldType.String, job.fac.keys), Column("supply", FieldType.Double, supply),
               Column("demand_in_reach", FieldType.Double, res.facility_demand),
               Column("supply_per_demand", FieldType.Double, res.facility_ratio)]
    return write_columns(alg, parameters, OUTPUT_FACILITIES, context, feedback, columns, job.fac.geometries,
                         job.fac.wkb_type, job.crs, (95, 100))
