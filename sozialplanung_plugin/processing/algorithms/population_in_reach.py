"""sozialplanung:population_in_reach — residents within reach of facilities (Bevölkerung im Einzugsbereich)."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

FACILITIES = "FACILITIES"
FACILITY_ID = "FACILITY_ID"
POPULATION = "POPULATION"
POPULATION_FIELDS = "POPULATION_FIELDS"
AREAS = "AREAS"
AREA_ID = "AREA_ID"
MODE = "MODE"
NETWORK = "NETWORK"
DISTANCES = "DISTANCES"
MAX_SNAP = "MAX_SNAP"
WALKING_SPEED = "WALKING_SPEED"
OFF_NETWORK_LEGS = "OFF_NETWORK_LEGS"
TOLERANCE = "TOLERANCE"
FACILITIES_COMPARE = "FACILITIES_COMPARE"
CATCHMENT_WIDTH = "CATCHMENT_WIDTH"
OUTPUT_FACILITIES = "OUTPUT_FACILITIES"
OUTPUT_AREAS = "OUTPUT_AREAS"
OUTPUT_POPULATION = "OUTPUT_POPULATION"
OUTPUT_CATCHMENTS = "OUTPUT_CATCHMENTS"
OUTPUT_UNROUTABLE = "OUTPUT_UNROUTABLE"


class PopulationInReach(SozialplanungAlgorithm):
    GROUP_ID = "accessibility"
    REQUIRES = ("numpy", "scipy")

    def name(self):
        return "population_in_reach"

    def displayName(self):  # noqa: N802
        return tr("Population within reach of facilities")

    def tags(self):
        return tr("Einzugsbereich,catchment,Spielplatz,playground,Kita,walking distance,Fußweg,Erreichbarkeit,"
                  "accessibility,service area,network").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>How many residents (e.g. children 0–5 and 6–9) live within walking distance of a facility "
            "(playground, Kita, Familienzentrum): per facility, per resident address and per Sozialraum, for "
            "one or more distance bands — straight-line or along the street network, exact and offline.</p>"
            "<h3>Straight line</h3><p>A resident at a distance of at most d counts: a true circle, not a "
            "buffer polygon (QGIS's 20-sided buffer loses about 1.6 % at 400 m). Polygon facilities (the area of "
            "a playground) are measured from their boundary; residents inside have distance 0.</p>"
            "<h3>Along the street network</h3><p>Lines connect where they share a vertex — at their ends or "
            "anywhere inside (OSM ways cross at interior vertices); lines that cross without a shared vertex "
            "(bridges, tunnels) do not. <i>Merge tolerance</i> joins vertices closer than it. Facilities and "
            "residents are snapped to the nearest position on the nearest street (not the nearest junction); "
            "the distance is the path along the streets plus the two straight legs to and from the street "
            "(switch the legs off under <i>Count the legs off the network</i>). Points farther than "
            "<i>Maximum snapping distance</i> from any street are <b>not routable</b>: listed in the "
            "unroutable output, never silently snapped. A polygon facility is entered anywhere on its boundary "
            "(sampled every 10 m).</p>"
            "<p>Distances are measured in metres in the CRS of the network (straight line: of the population); a "
            "geographic CRS such as OSM's EPSG:4326 is first projected to its UTM zone — the log says which. All "
            "outputs are in that CRS. With a <i>walking speed</i> (km/h) the bands are minutes.</p>"
            "<h3>Outputs</h3><ul><li><b>Per facility and band</b>: residents within reach per population field "
            "(a resident near two playgrounds counts for both).</li><li><b>Per area and band</b>: total, "
            "reached (within the band of the nearest facility), share in %, resident-weighted mean and median "
            "distance to the nearest facility, residents not routable; with <i>Facilities to compare</i> (e.g. "
            "one playground added or closed) also the scenario and the difference.</li><li><b>Per address</b>: "
            "the nearest facility and the distance to it — the non-overlapping 'who is served by which "
            "playground' allocation — and the smallest band it falls in.</li><li><b>Catchments</b>: a polygon "
            "per facility and band for maps (the reached streets, widened; counts never depend on it).</li>"
            "<li><b>Unroutable</b>: addresses and facilities farther than the snapping distance from the network, "
            "or with no facility reachable.</li></ul>"
            "<p>More than 50,000 addresses are written into a GeoPackage without a spatial index (that would "
            "take longer than the whole computation); <i>Create spatial index</i> adds one if needed.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        from sozialplanung_plugin.processing import accessibility as acc

        acc.add_facility_parameters(self)
        acc.add_population_parameter(self, tr("Points with resident counts, e.g. addresses with children per age "
                                             "group (or the result of Distribute area totals to buildings)."))
        p = QgsProcessingParameterField(POPULATION_FIELDS, tr("Population fields"), None, POPULATION,
                                        QgsProcessingParameterField.DataType.Numeric, allowMultiple=True)
        p.setHelp(tr("Each counted separately, e.g. ew_0_2, ew_3_5, ew_6_9."))
        self.addParameter(p)
        acc.add_area_and_network_parameters(self)
        p = QgsProcessingParameterString(DISTANCES, tr("Distance bands (comma-separated)"), "300,500,800")
        p.setHelp(tr("Metres, increasing, e.g. 300,500,800 (minutes when a walking speed is given)."))
        self.addParameter(p)
        acc.add_snapping_parameter(self)
        p = QgsProcessingParameterNumber(WALKING_SPEED, tr("Walking speed (km/h; 0 = bands in metres)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0)
        p.setHelp(tr("With a speed, the bands are minutes: e.g. 4.8 km/h, 5 minutes = 400 m."))
        self.addParameter(p)
        acc.add_network_options(self)
        p = QgsProcessingParameterFeatureSource(FACILITIES_COMPARE, tr("Facilities to compare (scenario)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint,
                                                 QgsProcessing.SourceType.TypeVectorPolygon],
                                                optional=True)
        p.setHelp(tr("E.g. the facilities with one playground added or closed: the area output also shows the "
                     "scenario and the difference."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(CATCHMENT_WIDTH, tr("Catchment polygon: half-width around streets (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 25.0, minValue=1)
        p.setHelp(tr("The reached streets are widened by this to draw the catchment (maps only)."))
        p.setFlags(p.flags() | p.FlagAdvanced)
        self.addParameter(p)
        for name, label, default in ((OUTPUT_FACILITIES, tr("Reach per facility"), True),
                                     (OUTPUT_AREAS, tr("Reach per area"), True),
                                     (OUTPUT_POPULATION, tr("Nearest facility per address"), True),
                                     (OUTPUT_CATCHMENTS, tr("Catchments"), False),
                                     (OUTPUT_UNROUTABLE, tr("Not routable"), True)):
            self.addParameter(QgsProcessingParameterFeatureSink(name, label,
                                                                QgsProcessing.SourceType.TypeVectorAnyGeometry,
                                                                optional=True, createByDefault=default))

    def _bands(self, parameters, context):
        """The distance bands in metres (core.catchment.parse_bands: an InputError if they are wrong)."""
        from sozialplanung_plugin.core.catchment import parse_bands

        return parse_bands(self.parameterAsString(parameters, DISTANCES, context),
                           self.parameterAsDouble(parameters, WALKING_SPEED, context))

    def parameter_problem(self, parameters, context):
        """Distance bands (numbers, increasing), network and area key where needed."""
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.accessibility import parameter_problem
        from sozialplanung_plugin.processing.messages import input_error_message

        try:
            self._bands(parameters, context)
        except InputError as err:
            return input_error_message(err)
        return parameter_problem(self, parameters, context, POPULATION_FIELDS) or ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core import catchment as ca
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing import accessibility as acc
        from sozialplanung_plugin.processing import population_in_reach_outputs as out
        from sozialplanung_plugin.processing.messages import processing_error

        self.refuse_bad_parameters(parameters, context)
        mode = self.parameterAsEnum(parameters, MODE, context)
        speed = self.parameterAsDouble(parameters, WALKING_SPEED, context)
        try:
            bands = self._bands(parameters, context)
        except InputError as err:
            raise processing_error(err) from None
        limit = max(bands)

        job = acc.read_job(self, parameters, context, feedback, POPULATION_FIELDS,
                           with_key=bool(parameters.get(OUTPUT_POPULATION) or parameters.get(OUTPUT_UNROUTABLE)))
        pop, fac, areas, crs, max_snap = job.pop, job.fac, job.areas, job.crs, job.max_snap
        fields = pop.fields
        compare = None
        if self.parameterAsSource(parameters, FACILITIES_COMPARE, context) is not None:
            cmp_source, cmp_label = self.source_and_label(parameters, FACILITIES_COMPARE, context)
            compare = acc.read_facilities(self, parameters, FACILITIES_COMPARE, FACILITY_ID, cmp_source, cmp_label,
                                          crs, context, feedback)
        reach = job.reach(fac, limit, feedback, 30, 70 if compare is None else 55)
        reach_cmp = job.reach(compare, limit, feedback, 55, 70) if compare is not None else None
        if reach is None or (compare is not None and reach_cmp is None):
            return {}
        acc.log_reach(feedback, reach, pop, fac, bands, mode, max_snap)
        feedback.setProgress(70)
        counts = ca.facility_counts(reach, pop.values, fac.count, bands)
        outputs = {OUTPUT_FACILITIES: out.write_facility_reach(self, parameters, OUTPUT_FACILITIES, context, feedback,
                                                               fac, fields, bands, speed, counts, reach, crs,
                                                               pop.integer, (70, 75))}
        if areas is not None:
            summary = ca.area_summary(areas.of_point, len(areas.keys), pop.values, reach.nearest_dist, bands)
            summary_cmp = ca.area_summary(areas.of_point, len(areas.keys), pop.values, reach_cmp.nearest_dist,
                                          bands) if reach_cmp is not None else None
            outputs[OUTPUT_AREAS] = out.write_area_reach(self, parameters, OUTPUT_AREAS, context, feedback, areas,
                                                         fields, bands, speed, summary, summary_cmp, crs, pop.integer,
                                                         (75, 80))
        outputs[OUTPUT_POPULATION] = out.write_population(self, parameters, OUTPUT_POPULATION, context, feedback, pop,
                                                          fac, reach, bands, areas, crs, (80, 88))
        outputs[OUTPUT_UNROUTABLE] = out.write_unroutable(self, parameters, OUTPUT_UNROUTABLE, context, feedback, pop,
                                                          fac, reach, mode, max_snap, crs, (88, 90))
        outputs[OUTPUT_CATCHMENTS] = out.write_catchments(self, parameters, OUTPUT_CATCHMENTS, context, feedback, fac,
                                                          bands, mode, reach, crs,
                                                          self.parameterAsDouble(parameters, CATCHMENT_WIDTH, context),
                                                          (90, 100))
        feedback.setProgress(100)
        return {name: dest for name, dest in outputs.items() if dest}
