"""sozialplanung:allocate_budget — need-based allocation of a total among areas."""
from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
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
WRITE_CHUNK = 5000


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

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from sozialplanung_plugin.core import allocation
        from sozialplanung_plugin.core.errors import InputError
        from sozialplanung_plugin.processing.convert import nullable, numeric_matrix, read_features
        from sozialplanung_plugin.processing.messages import checked_area_keys
        from sozialplanung_plugin.processing.recipe import recipe_rows

        source, layer = self.source_and_label(parameters, INPUT, context)
        fields = source.fields()

        def chosen_field(name):
            return (parameter_as_strings(self, parameters, name, context) or [None])[0]

        id_field = self.field_name(fields, chosen_field(ID_FIELD) or "", layer, key_hint=True)
        target_field = chosen_field(TARGET_FIELD)
        if not target_field:
            raise QgsProcessingException(tr("Choose the field with the target population."))
        target_field = self.field_name(fields, target_field, layer)
        mode = self.parameterAsEnum(parameters, NEED_MODE, context)
        need_field = chosen_field(NEED_FIELD)
        if mode == allocation.NEED_NONE and need_field:
            feedback.pushInfo(tr("The need field '{field}' is not used: the need weight is '{mode}'.")
                              .format(field=need_field, mode=mode_names()[mode]))
            need_field = None
        if need_field:
            need_field = self.field_name(fields, need_field, layer)
        if mode != allocation.NEED_NONE and not need_field:
            raise QgsProcessingException(
                tr("The need weight '{mode}' needs the need field. Choose the field with the index class or "
                   "value, or choose '{none}'.").format(mode=mode_names()[mode], none=mode_names()[2]))
        for name in (target_field, need_field):
            if name and not fields.at(fields.lookupField(name)).isNumeric():
                raise QgsProcessingException(
                    tr("Layer '{layer}': the field '{field}' is of type {type}, not a number. Choose a numeric "
                       "field; for a CSV, read the column as a number (German files: decimal comma and "
                       "thousands separator).")
                    .format(layer=layer, field=name, type=fields.at(fields.lookupField(name)).typeName()))
        class_weights = self.parameterAsString(parameters, CLASS_WEIGHTS, context) or ""
        total = self.parameterAsDouble(parameters, TOTAL, context)
        unit = self.parameterAsDouble(parameters, UNIT, context)
        floor = self.parameterAsDouble(parameters, FLOOR, context)
        cap = self.parameterAsDouble(parameters, CAP, context) or None
        floor_only_with_target = self.parameterAsBoolean(parameters, FLOOR_ONLY_WITH_TARGET, context)
        if source.featureCount() == 0:
            raise QgsProcessingException(
                tr("Layer '{layer}' has no features: there are no areas to allocate to.").format(layer=layer))

        # ---- read ----------------------------------------------------------
        wanted = list(dict.fromkeys([id_field, target_field] + ([need_field] if need_field else [])))
        tab = read_features(source, wanted, context, feedback, with_geometry=True, progress_to=40)
        if feedback.isCanceled():
            return {}
        keys = checked_area_keys(tab.columns[id_field], tab.fids, layer, id_field)
        target = numeric_matrix(tab, [target_field])[:, 0]
        need = numeric_matrix(tab, [need_field])[:, 0] if need_field else None

        # ---- compute -------------------------------------------------------
        try:
            result = allocation.allocate_by_need(target, need, mode, class_weights, total, unit, floor, cap,
                                                 floor_only_with_target)
        except InputError as err:
            raise QgsProcessingException(self._message(err, layer, target_field, need_field, keys,
                                                       tab.fids)) from None
        feedback.setProgress(60)

        # ---- log -----------------------------------------------------------
        feedback.pushInfo(tr("Allocating {total} in units of {unit} ({units} units) to {n} areas; need weight: "
                             "{mode}.").format(total=number(total), unit=number(unit), units=result.total_units,
                                               n=len(keys), mode=mode_names()[mode]))
        if mode == allocation.NEED_CLASS:
            weights = allocation.parse_class_weights(class_weights)
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
            feedback.pushInfo(tr("Areas held at the floor of {floor}: {n}.").format(floor=number(floor),
                                                                                   n=result.n_floor))
        if cap:
            feedback.pushInfo(tr("Areas held at the cap of {cap}: {n}.").format(cap=number(cap), n=result.n_cap))

        # ---- write ---------------------------------------------------------
        src_types = {n: fields.at(fields.lookupField(n)).type() for n in wanted}
        whole_units = float(unit).is_integer()
        out_fields = QgsFields()
        out_fields.append(QgsField(id_field, FieldType.String))     # the key keeps its name
        out_fields.append(QgsField("target", FieldType.LongLong if src_types[target_field] in INTEGER_TYPES
                                   else FieldType.Double))
        for name in ("need_value", "need_weight", "weighted_need", "share_pct", "amount_proportional"):
            out_fields.append(QgsField(name, FieldType.Double))
        out_fields.append(QgsField("amount", FieldType.LongLong if whole_units else FieldType.Double))
        out_fields.append(QgsField("adjustment", FieldType.String))
        out_fields.append(QgsField("difference", FieldType.Double))
        out_fields.append(QgsField("flag", FieldType.String))
        sink, dest_id = self.parameterAsSink(parameters, OUTPUT, context, out_fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        amount = result.amount.astype(float)
        columns = [
            [int(v) for v in target] if src_types[target_field] in INTEGER_TYPES else nullable(target),
            nullable(need) if need is not None else [None] * len(keys),
            nullable(result.need_weight),
            nullable(result.weight),
            nullable(result.share),
            nullable(result.amount_proportional),
            [int(v) for v in result.units * int(unit)] if whole_units else nullable(amount),
            [a or None for a in result.adjustment],
            nullable(amount - result.amount_proportional),
            [f or None for f in result.flags],
        ]
        step = 40.0 / len(keys)
        batch = []
        for a, key in enumerate(keys):
            if a % WRITE_CHUNK == 0:
                if feedback.isCanceled():
                    return {}
                feedback.setProgress(60 + a * step)
                self.write_features(sink, batch, OUTPUT)
                batch = []
            feat = QgsFeature(out_fields)
            if tab.geometries is not None and tab.geometries[a] is not None:
                feat.setGeometry(tab.geometries[a])
            feat.setAttributes([key] + [column[a] for column in columns])
            batch.append(feat)
        self.write_features(sink, batch, OUTPUT)

        # ---- how it was made: aliases, style, metadata, recipe table in a GeoPackage output -------------
        extra = {"need_weight_mode": mode_names()[mode], "total_units": str(result.total_units),
                 "sum_of_amounts": number(sum_units * unit), "areas": str(len(keys)),
                 "areas_at_floor": str(result.n_floor), "areas_at_cap": str(result.n_cap),
                 "areas_without_need_value": str(len(missing))}
        if mode == allocation.NEED_CLASS:
            extra["class_weights_used"] = ", ".join(f"{c}:{number(w)}" for c, w in sorted(weights.items()))
        rows = recipe_rows(self, parameters, context, extra)
        style = dict(field="amount", aliases=self._aliases(id_field),
                     abstract="\n".join([tr("Need-based allocation: amount ≈ total × target · need weight / "
                                             "Σ target · need weight, floor and cap by water-filling, whole units "
                                             "by the largest-remainder method.")]
                                         + [f"{r['item']}: {r['value']}" for r in rows]))
        self.store_with_output(parameters, context, OUTPUT, dest_id, RECIPE_TABLE, rows, style)
        feedback.setProgress(100)
        return {OUTPUT: dest_id}

    @staticmethod
    def _aliases(id_field):
        return {
            id_field: tr("Area key"),
            "target": tr("Target population"),
            "need_value": tr("Need value (index)"),
            "need_weight": tr("Need weight"),
            "weighted_need": tr("Weighted need (target × need weight)"),
            "share_pct": tr("Share of weighted need (%)"),
            "amount_proportional": tr("Proportional amount (before floor, cap, rounding)"),
            "amount": tr("Amount"),
            "adjustment": tr("Held at floor / cap"),
            "difference": tr("Change by floor, cap and rounding"),
            "flag": tr("Flag"),
        }

    @staticmethod
    def _message(err, layer, target_field, need_field, keys, fids):
        """The translated message for a core InputError, naming layer, field and feature."""
        d = dict(err.details)
        if "row" in d:
            row = d["row"]
            d["key"], d["row"] = keys[row], fids[row]
        for name in ("value", "weight", "total", "unit", "floor", "cap", "needed", "capacity"):
            if name in d and d[name] is not None:
                d[name] = number(d[name])
        names = mode_names()
        d.update(layer=layer, target_field=target_field, need_field=need_field or "",
                 class_mode=names[0], value_mode=names[1], none_mode=names[2])
        templates = {
            "missing_target": tr(
                "Layer '{layer}', field '{target_field}': feature {row} (area '{key}') has no target population "
                "(NULL; areas without one in all: {n}). Enter 0 for areas without a target population, or fill in the "
                "count."),
            "negative_target": tr(
                "Layer '{layer}', field '{target_field}': feature {row} (area '{key}') has the negative target "
                "population {value} (negative values in all: {n}). A population cannot be negative: correct the "
                "value, or enter 0."),
            "negative_need_value": tr(
                "Layer '{layer}', field '{need_field}': feature {row} (area '{key}') has the need value {value}, "
                "below 0 (such values in all: {n}). With '{value_mode}' the value itself is the multiplier and "
                "must be 0 or more. For index values that can be negative (such as z-scores) use the index "
                "classes with '{class_mode}'."),
            "negative_need_weight": tr(
                "Layer '{layer}', field '{need_field}': feature {row} (area '{key}') has the need weight {value}, "
                "below 0. Need weights must be 0 or more."),
            "need_class_not_integer": tr(
                "Layer '{layer}', field '{need_field}': feature {row} (area '{key}') has the need value {value}, "
                "which is not a whole-number class (such values in all: {n}). With '{class_mode}' the need field "
                "must hold classes such as 1, 2, 3, 4 (e.g. index_class); for an index value choose "
                "'{value_mode}'."),
            "class_weight_missing": tr(
                "Layer '{layer}', field '{need_field}': class {cls} occurs (areas: {n}, the first is feature "
                "{row}, area '{key}'), but the class weights give no weight for it (classes with a weight: "
                "{classes}). Add a weight for class {cls} to the class weights, e.g. '{cls}:1'."),
            "class_weights_missing": tr(
                "The class weights are empty. Enter a weight per class, e.g. '1:1, 2:1.25, 3:1.5, 4:2', or "
                "choose another need weight than '{class_mode}'."),
            "class_weights_unparsable": tr(
                "The class weights '{text}' cannot be read at '{piece}'. Write class:weight pairs separated by "
                "commas, e.g. '1:1, 2:1.25, 3:1.5, 4:2', or the weights of classes 1, 2, 3, ... in order, e.g. "
                "'1, 1.25, 1.5, 2'. Use a point as decimal separator, or separate the pairs with semicolons "
                "('1:1; 2:1,25')."),
            "class_weights_duplicate": tr(
                "The class weights '{text}' give class {cls} more than one weight. Give each class one weight."),
            "negative_class_weight": tr(
                "The class weights give class {cls} the negative weight {weight}. Weights must be 0 or more."),
            "bad_total": tr("The total to allocate must be greater than 0 (it is {total})."),
            "bad_unit": tr("The unit must be greater than 0 (it is {unit})."),
            "bad_cap": tr("The cap must be greater than 0, or 0 for no cap (it is {cap})."),
            "negative_floor": tr("The floor must be 0 or more (it is {floor})."),
            "total_not_multiple": tr(
                "The total {total} is not a whole multiple of the unit {unit}, so it cannot be shared out in "
                "whole units. Change the total or the unit (e.g. unit 1)."),
            "floor_not_multiple": tr(
                "The floor {floor} is not a whole multiple of the unit {unit}. Choose a floor in whole units."),
            "cap_not_multiple": tr(
                "The cap {cap} is not a whole multiple of the unit {unit}. Choose a cap in whole units."),
            "floor_above_cap": tr("The floor {floor} is above the cap {cap}. The floor must not exceed the cap."),
            "floor_infeasible": tr(
                "Layer '{layer}': the floors cannot be met: {n} areas × floor {floor} = {needed}, more than the "
                "total {total}. Lower the floor or raise the total."),
            "cap_infeasible": tr(
                "Layer '{layer}': the cap cannot be met: the {n} areas with a weight above 0 can receive at most "
                "{capacity} (cap {cap} each, plus the floors of the others), less than the total {total}. Raise "
                "the cap or lower the total."),
            "all_weights_zero": tr(
                "Layer '{layer}': all {n} areas have weight 0 (target population × need weight; {no_need} without "
                "a need value), so there is nothing to share in proportion to. Check the fields "
                "'{target_field}' and '{need_field}' and the class weights."),
            "weights_too_large": tr(
                "Layer '{layer}': target population × need weight is too large to add up. Check the fields "
                "'{target_field}' and '{need_field}'."),
            "no_areas": tr("Layer '{layer}' has no features: there are no areas to allocate to."),
        }
        template = templates.get(err.code)
        if template is None:
            return tr("Invalid input: {detail}").format(detail=str(err))
        return template.format(**d)
