"""sozialplanung:allocate_budget — need-based allocation of a total among areas."""
from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from sozialplanung_plugin.compat import INTEGER_TYPES, FieldType, parameter_as_strings
from sozialplanung_plugin.processing.base import SozialplanungAlgorithm
from sozialplanung_plugin.translation import tr

INPUT = "INPUT"
ID_FIELD = "ID_FIELD"
TARGET_FIELD = "TARGET_FIELD"
NEED_FIELD = "NEED_FIELD"
NEED_MODE = "NEED_MODE"
CLASS_WEIGHTS = "CLASS_WEIGHTS"
TOTAL = "TOTAL"
UNIT = "UNIT"
FLOOR = "FLOOR"
CAP = "CAP"
FLOOR_ONLY_WITH_TARGET = "FLOOR_ONLY_WITH_TARGET"
OUTPUT = "OUTPUT"

DEFAULT_CLASS_WEIGHTS = "1:1, 2:1.25, 3:1.5, 4:2"
RECIPE_TABLE = "sozialplanung_allocation_recipe"
MAX_KEYS_LISTED = 10


def number(value) -> str:
    """A number for messages and the log: no trailing .0, no exponent for amounts."""
    return f"{float(value):.12g}" if abs(float(value)) < 1e15 else f"{float(value):.6g}"


def mode_names():
    """Translated names of the need modes, in the frozen enum order."""
    return [tr("Class weights"), tr("Value as weight"), tr("No need weight")]


class AllocateBudget(SozialplanungAlgorithm):
    GROUP_ID = "index"
    REQUIRES = ("numpy",)

    def name(self):
        return "allocate_budget"

    def displayName(self):  # noqa: N802
        return tr("Allocate a budget by need")

    def tags(self):
        return tr("budget,allocation,need,Mittelverteilung,Budget,Bedarf,Verteilungsschlüssel,"
                  "Ungleiches ungleich behandeln,largest remainder,Hamilton").split(",")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "<p>Shares out a total — euros, staff hours, places — among areas by need "
            "(<i>Ungleiches ungleich behandeln</i>): in proportion to a target population (e.g. residents "
            "aged 6–21) multiplied by a need weight taken from the social index. The input is never changed; "
            "the result is a new layer with the input's geometry.</p>"
            "<h3>Formula</h3><p>weight = target population × need weight<br>"
            "amount ≈ total × weight / Σ weight</p>"
            "<h3>Need weight</h3><ul>"
            "<li><b>Class weights</b>: the need field holds a class (e.g. <i>index_class</i> 1 to 4), "
            "<i>Class weights</i> gives the weight per class as class:weight pairs, e.g. "
            "<i>1:1, 2:1.25, 3:1.5, 4:2</i>, or as a plain list for classes 1, 2, 3, … in order, e.g. "
            "<i>1, 1.25, 1.5, 2</i>. The default is an example: enter the weights your council decided. "
            "Every class that occurs needs a weight.</li>"
            "<li><b>Value as weight</b>: the need value itself is the multiplier; it must be 0 or more.</li>"
            "<li><b>No need weight</b>: by target population only.</li></ul>"
            "<p>An area whose need value is NULL (e.g. <i>not rated</i> in the social index because it is "
            "too small) gets need weight 0, the flag <i>no_need_value</i> and a warning in the log: it "
            "receives nothing but the floor.</p>"
            "<h3>Floor and cap</h3><p><i>Floor</i> is the minimum, <i>Cap</i> the maximum per area "
            "(0: no cap). Areas whose proportional amount lies below the floor are held at the floor, those "
            "above the cap at the cap, and the rest of the total is shared among the other areas in "
            "proportion to their weight, repeated until every area is within the limits (water-filling). "
            "By default areas with a target population of 0 get no floor. If the floors add up to more "
            "than the total, or the caps to less, the algorithm stops and says so.</p>"
            "<h3>Whole units</h3><p>Amounts are whole multiples of <i>Unit</i> (e.g. 100 euros or 1 place) "
            "and add up exactly to the total, by the largest-remainder (Hamilton) method: each area gets "
            "the whole units below its amount, the units left over go one each to the areas with the "
            "largest remainders (ties: the larger weight, then the area that comes first). Total, floor "
            "and cap must be whole multiples of the unit.</p>"
            "<h3>Output per area</h3><p><i>id</i>, <i>target</i>, <i>need_value</i>, <i>need_weight</i>, "
            "<i>weighted_need</i> (target × need weight), <i>share_pct</i> (share of the summed weight in %), "
            "<i>amount_proportional</i> (before floor, cap and rounding), <i>amount</i>, "
            "<i>adjustment</i> (floor or cap: held at that limit), <i>difference</i> (amount − "
            "amount_proportional: what floor, cap and rounding changed) and <i>flag</i>. The log shows the "
            "sum check and how many areas were held at the floor or the cap. The parameters, the class "
            "weights used and the date are stored with the result: in the layer metadata when it is loaded "
            "and, in an output GeoPackage, as the table sozialplanung_allocation_recipe.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterFeatureSource(INPUT, tr("Areas"), [QgsProcessing.SourceType.TypeVector])
        p.setHelp(tr("Planning areas (or a table) with the target population and the need value, e.g. the "
                     "result of the social index."))
        self.addParameter(p)
        p = QgsProcessingParameterField(ID_FIELD, tr("Area key field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Any)
        p.setHelp(tr("Unique key of each area, kept as text."))
        self.addParameter(p)
        p = QgsProcessingParameterField(TARGET_FIELD, tr("Target population field"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Numeric)
        p.setHelp(tr("The population the total is meant for, e.g. residents aged 6–21. Must be 0 or more."))
        self.addParameter(p)
        p = QgsProcessingParameterField(NEED_FIELD, tr("Need field (index class or value)"), None, INPUT,
                                        QgsProcessingParameterField.DataType.Numeric, optional=True)
        p.setHelp(tr("Class (e.g. index_class) or value of the social index. NULL: need weight 0."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(NEED_MODE, tr("Need weight from"), mode_names(), defaultValue=0)
        p.setHelp(tr("0 class weights: the need field holds a class, weighted by Class weights; 1 value as "
                     "weight: the need value is the multiplier; 2 no need weight: target population only."))
        self.addParameter(p)
        p = QgsProcessingParameterString(CLASS_WEIGHTS, tr("Class weights"), DEFAULT_CLASS_WEIGHTS, optional=True)
        p.setHelp(tr("class:weight pairs, e.g. 1:1, 2:1.25, 3:1.5, 4:2, or the weights of classes 1, 2, 3, ... "
                     "in order, e.g. 1, 1.25, 1.5, 2. With decimal commas separate with semicolons."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(TOTAL, tr("Total to allocate"), QgsProcessingParameterNumber.Type.Double,
                                         None, minValue=0)
        p.setHelp(tr("Euros, staff hours, places, ...: a whole multiple of the unit."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(UNIT, tr("Unit"), QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0)
        p.setHelp(tr("Amounts are whole multiples of this, e.g. 100 for hundreds of euros, 1 for places."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(FLOOR, tr("Floor per area"), QgsProcessingParameterNumber.Type.Double, 0.0,
                                         minValue=0)
        p.setHelp(tr("Minimum amount per area (a whole multiple of the unit); 0: none."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(CAP, tr("Cap per area"), QgsProcessingParameterNumber.Type.Double, 0.0,
                                         optional=True, minValue=0)
        p.setHelp(tr("Maximum amount per area (a whole multiple of the unit); 0: no cap."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(FLOOR_ONLY_WITH_TARGET, tr("Floor only for areas with a target population"),
                                          True)
        p.setFlags(p.flags() | p.FlagAdvanced)
        p.setHelp(tr("On: areas whose target population is 0 get no floor (and so nothing)."))
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Allocation"),
                                                            QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def parameter_problem(self, parameters, context):
        from sozialplanung_plugin.core import allocation
        from sozialplanung_plugin.core.errors import InputError

        if not chosen_field(self, parameters, TARGET_FIELD, context):
            return tr("Choose the field with the target population.")
        mode = self.parameterAsEnum(parameters, NEED_MODE, context)
        if mode != allocation.NEED_NONE and not chosen_field(self, parameters, NEED_FIELD, context):
            return tr("The need weight '{mode}' needs the need field. Choose the field with the index class or "
                      "value, or choose '{none}'.").format(mode=mode_names()[mode], none=mode_names()[2])
        try:
            if mode == allocation.NEED_CLASS:
                allocation.parse_class_weights(self.parameterAsString(parameters, CLASS_WEIGHTS, context) or "")
            allocation.amounts_in_units(self.parameterAsDouble(parameters, TOTAL, context),
                                        self.parameterAsDouble(parameters, UNIT, context),
                                        self.parameterAsDouble(parameters, FLOOR, context),
                                        self.parameterAsDouble(parameters, CAP, context) or None)
        except InputError as err:
            return allocation_message(err)
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core import allocation
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.area_table import aliases, read_area_table, write_area_table
        from sozialplanung_plugin.processing.recipe import recipe_rows

        self.refuse_bad_parameters(parameters, context)
        source, layer = self.source_and_label(parameters, INPUT, context)
        mode = self.parameterAsEnum(parameters, NEED_MODE, context)
        target_field, need_field = self._target_and_need_fields(parameters, context, source.fields(), layer, mode,
                                                                feedback)
        class_weights = self.parameterAsString(parameters, CLASS_WEIGHTS, context) or ""
        total = self.parameterAsDouble(parameters, TOTAL, context)
        unit = self.parameterAsDouble(parameters, UNIT, context)
        floor = self.parameterAsDouble(parameters, FLOOR, context)
        cap = self.parameterAsDouble(parameters, CAP, context) or None
        areas = read_area_table(self, parameters, context, feedback, INPUT, ID_FIELD,
                                [target_field] + ([need_field] if need_field else []), progress=(0, 40),
                                empty_hint=tr("There are no areas to allocate to."))
        if feedback.isCanceled():
            return {}
        keys = areas.keys
        target = areas.numeric([target_field])[:, 0]
        need = areas.numeric([need_field])[:, 0] if need_field else None
        try:
            result = allocation.allocate_by_need(target, need, mode, class_weights, total, unit, floor, cap,
                                                 self.parameterAsBoolean(parameters, FLOOR_ONLY_WITH_TARGET, context))
        except InputError as err:
            raise QgsProcessingException(allocation_message(err, layer, target_field, need_field, keys,
                                                            areas.fids)) from None
        feedback.setProgress(60)
        weights = allocation.parse_class_weights(class_weights) if mode == allocation.NEED_CLASS else None
        missing = log_allocation(feedback, result, keys, target, mode, weights, total, unit, floor, cap)
        integer_target = source.fields().field(target_field).type() in INTEGER_TYPES
        columns = allocation_columns(result, target, need, unit, integer_target)
        dest_id = write_area_table(self, parameters, context, feedback, areas, columns, OUTPUT, keep=[],
                                   key_as_text=True, progress=(60, 100))
        if dest_id is None:
            return {}

        # ---- how it was made: aliases, style, metadata, recipe table in a GeoPackage output -------------
        sum_units = int(result.units.sum())
        extra = {"need_weight_mode": mode_names()[mode], "total_units": str(result.total_units),
                 "sum_of_amounts": number(sum_units * unit), "areas": str(len(keys)),
                 "areas_at_floor": str(result.n_floor), "areas_at_cap": str(result.n_cap),
                 "areas_without_need_value": str(missing)}
        if weights is not None:
            extra["class_weights_used"] = ", ".join(f"{c}:{number(w)}" for c, w in sorted(weights.items()))
        rows = recipe_rows(self, parameters, context, extra)
        style = dict(field="amount", aliases={areas.id_field: tr("Area key"), **aliases(columns)},
                     abstract="\n".join([tr("Need-based allocation: amount ≈ total × target · need weight / "
                                             "Σ target · need weight, floor and cap by water-filling, whole units "
                                             "by the largest-remainder method.")]
                                         + [f"{r['item']}: {r['value']}" for r in rows]))
        self.store_with_output(parameters, context, OUTPUT, dest_id, RECIPE_TABLE, rows, style)
        feedback.setProgress(100)
        return {OUTPUT: dest_id}

    def _target_and_need_fields(self, parameters, context, fields, layer, mode, feedback):
        """The target and need fields in the layer's own spelling, both numeric; no need field with 'No need
        weight'."""
        from sozialplanung_plugin.core import allocation

        target_field = self.field_name(fields, chosen_field(self, parameters, TARGET_FIELD, context), layer)
        need_field = chosen_field(self, parameters, NEED_FIELD, context)
        if mode == allocation.NEED_NONE and need_field:
            feedback.pushInfo(tr("The need field '{field}' is not used: the need weight is '{mode}'.")
                              .format(field=need_field, mode=mode_names()[mode]))
            need_field = None
        names = self.numeric_field_names(fields, [target_field] + ([need_field] if need_field else []), layer)
        return names[0], (names[1] if need_field else None)


def chosen_field(alg, parameters, name, context):
    """The field chosen in the field parameter ``name``, or None."""
    return (parameter_as_strings(alg, parameters, name, context) or [None])[0]


def log_allocation(feedback, result, keys, target, mode, weights, total, unit, floor, cap) -> int:
    """Total, class weights, areas without a need value, the sum check and the areas held at floor and cap,
    in the log; the number of areas without a need value."""
    from sozialplanung_plugin.core import allocation

    feedback.pushInfo(tr("Allocating {total} in units of {unit} ({units} units) to {n} areas; need weight: "
                         "{mode}.").format(total=number(total), unit=number(unit), units=result.total_units,
                                           n=len(keys), mode=mode_names()[mode]))
    if weights is not None:
        feedback.pushInfo(tr("Class weights used: {weights}.").format(
            weights=", ".join(f"{c}: {number(w)}" for c, w in sorted(weights.items()))))
    missing = [k for k, f in zip(keys, result.flags) if f == allocation.NO_NEED_VALUE]
    if missing:
        listed = ", ".join(missing[:MAX_KEYS_LISTED]) + (", …" if len(missing) > MAX_KEYS_LISTED else "")
        feedback.pushWarning(
            tr("Areas without a need value (NULL, e.g. not rated in the social index) get need weight 0 "
               "and nothing but the floor: {n} (keys: {keys}).").format(n=len(missing), keys=listed))
    n_zero = int((target == 0).sum())
    if n_zero:
        feedback.pushInfo(tr("Areas with target population 0: {n}.").format(n=n_zero))
    sum_units = int(result.units.sum())
    feedback.pushInfo(tr("Sum check: the amounts add up to {sum} ({units} units); the total is {total}.")
                      .format(sum=number(sum_units * unit), units=sum_units, total=number(total)))
    if sum_units != result.total_units:      # cannot happen: the core guarantees it
        raise QgsProcessingException(tr("Internal error: the amounts do not add up to the total."))
    if floor > 0:
        feedback.pushInfo(tr("Areas held at the floor of {floor}: {n}.").format(floor=number(floor), n=result.n_floor))
    if cap:
        feedback.pushInfo(tr("Areas held at the cap of {cap}: {n}.").format(cap=number(cap), n=result.n_cap))
    return len(missing)


def allocation_columns(result, target, need, unit, integer_target):
    """The output columns after the key, described once (name, type, values, alias)."""
    from sozialplanung_plugin.processing.area_table import Column

    whole_units = float(unit).is_integer()
    amount = result.amount.astype(float)
    return [
        Column("target", FieldType.LongLong if integer_target else FieldType.Double,
               [int(v) for v in target] if integer_target else target, tr("Target population")),
        Column("need_value", FieldType.Double, need if need is not None else [None] * len(target),
               tr("Need value (index)")),
        Column("need_weight", FieldType.Double, result.need_weight, tr("Need weight")),
        Column("weighted_need", FieldType.Double, result.weight, tr("Weighted need (target × need weight)")),
        Column("share_pct", FieldType.Double, result.share, tr("Share of weighted need (%)")),
        Column("amount_proportional", FieldType.Double, result.amount_proportional,
               tr("Proportional amount (before floor, cap, rounding)")),
        Column("amount", FieldType.LongLong if whole_units else FieldType.Double,
               [int(v) for v in result.units * int(unit)] if whole_units else amount, tr("Amount")),
        Column("adjustment", FieldType.String, [a or None for a in result.adjustment], tr("Held at floor / cap")),
        Column("difference", FieldType.Double, amount - result.amount_proportional,
               tr("Change by floor, cap and rounding")),
        Column("flag", FieldType.String, [f or None for f in result.flags], tr("Flag")),
    ]


AMOUNT_DETAILS = ("value", "weight", "total", "unit", "floor", "cap", "needed", "capacity")


def allocation_message(err, layer="", target_field="", need_field=None, keys=None, fids=None) -> str:
    """The message of a core allocation error (template in messages.py): amounts as plain numbers, the
    fields, area and feature, and the names of the need modes."""
    from sozialplanung_plugin.core.errors import InputError
    from sozialplanung_plugin.processing.messages import input_error_message

    details = {k: number(v) if k in AMOUNT_DETAILS and v is not None else v for k, v in err.details.items()}
    names = mode_names()
    return input_error_message(InputError(err.code, **details), layer, keys=keys, fids=fids,
                               target_field=target_field, need_field=need_field or "", class_mode=names[0],
                               value_mode=names[1], none_mode=names[2])
