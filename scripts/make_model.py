#!/usr/bin/python3
"""Write the shipped model "Sozialbericht – Grundauswertung"
(sozialplanung_plugin/resources/models/sozialbericht_grundauswertung.model3). Run: make model

The yearly update in one dialog or one qgis_process call:

  addresses (two reference dates) ──aggregate_counts──► counts per Sozialraum (both dates)
  ──compute_indicators──► SGB-II-Quote, Arbeitslosenrelation, Sozialgeld-Quote u15 (both dates)
  ──(year field, merge, indicator_change)──► change over the two years
  ──(join)──► status_dynamics_index (MSS method)
  ──population_in_reach──► children 0–5 within the distance of a playground per Sozialraum (joined)
  ──area_profile_report──► the Sozialatlas PDF.

The field names are those of the plugin's standard input (the sample town's): counts such as ew_gesamt,
sgb2_elb, sgb2_nef, alo_sgb2, alo_sgb3, sgb2_nef_u15, ew_0_2, ew_3_5 … per address.

Usage: scripts/make_model.py [TARGET]   (default: the shipped model in sozialplanung_plugin/resources/models)
"""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "sozialplanung_plugin", "resources", "models", "sozialbericht_grundauswertung.model3")
# Parameter and output ids of the shipped model are a contract (README, scripts/demo.py, qgis_process calls).
OUTPUT_IDS = ["index:sozialindex", "sozialatlas:sozialatlas_pdf"]
STATUS = ["sgb2_quote", "arbeitslosenrelation", "sozialgeld_quote_u15"]


def main(target: str = TARGET) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )
    from qgis.PyQt.QtCore import QPointF

    app = QgsApplication([], False)
    app.initQgis()
    model = QgsProcessingModelAlgorithm("Sozialbericht – Grundauswertung", "Sozialbericht")
    model.setName("sozialbericht_grundauswertung")
    model.setHelpContent({"ALG_DESC": (
        "Die jährliche Grundauswertung in einem Schritt: Adressdaten zweier Stichtage → Zählwerte je Sozialraum → "
        "Sozialindikatoren → Veränderung → Status- und Dynamikindex (MSS-Verfahren) → Kinder im Einzugsbereich "
        "von Spielplätzen → Sozialatlas als PDF. Erwartet die Standard-Feldnamen des Plugins (ew_gesamt, sgb2_elb, "
        "sgb2_nef, alo_sgb2, alo_sgb3, sgb2_nef_u15, ew_0_2, ew_3_5 …).")})

    def param(p, x, y):
        model.addModelParameter(p, QgsProcessingModelParameter(p.name()))
        model.parameterComponent(p.name()).setPosition(QPointF(x, y))

    param(QgsProcessingParameterFeatureSource("adressen_neu", "Adressen, aktueller Stichtag",
                                              [QgsProcessing.TypeVectorPoint]), 120, 60)
    param(QgsProcessingParameterFeatureSource("adressen_alt", "Adressen, Stichtag zwei Jahre zuvor",
                                              [QgsProcessing.TypeVectorPoint]), 120, 140)
    param(QgsProcessingParameterFeatureSource("sozialraeume", "Sozialräume", [QgsProcessing.TypeVectorPolygon]),
          120, 220)
    param(QgsProcessingParameterField("sozialraum_schluessel", "Schlüsselfeld der Sozialräume", "sozialraum_id",
                                      "sozialraeume"), 120, 280)
    param(QgsProcessingParameterField("sozialraum_name", "Namensfeld der Sozialräume", "name", "sozialraeume",
                                      optional=True), 120, 340)
    param(QgsProcessingParameterFeatureSource("spielplaetze", "Spielplätze",
                                              [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]),
          120, 400)
    param(QgsProcessingParameterField("spielplatz_schluessel", "Schlüsselfeld der Spielplätze", "spielplatz_id",
                                      "spielplaetze"), 120, 460)
    param(QgsProcessingParameterFeatureSource("strassen", "Straßennetz", [QgsProcessing.TypeVectorLine]), 120, 520)
    param(QgsProcessingParameterNumber("entfernung", "Fußweg zum Spielplatz (m)", QgsProcessingParameterNumber.Double,
                                       400), 120, 580)
    param(QgsProcessingParameterNumber("jahr_neu", "Aktuelles Jahr", QgsProcessingParameterNumber.Integer, 2025),
          120, 640)
    param(QgsProcessingParameterNumber("jahr_alt", "Jahr zwei Jahre zuvor", QgsProcessingParameterNumber.Integer, 2023),
          120, 700)
    param(QgsProcessingParameterString("titel", "Titel des Sozialatlas", "Sozialatlas"), 120, 760)

    P = QgsProcessingModelChildParameterSource.fromModelParameter
    C = QgsProcessingModelChildParameterSource.fromChildOutput
    S = QgsProcessingModelChildParameterSource.fromStaticValue
    E = QgsProcessingModelChildParameterSource.fromExpression
    row = [0]

    def child(cid, alg, description, **sources):
        c = QgsProcessingModelChildAlgorithm(alg)
        c.setChildId(cid)
        c.setDescription(description)
        for name, src in sources.items():
            c.addParameterSources(name, src if isinstance(src, list) else [src])
        row[0] += 1
        c.setPosition(QPointF(420 + 260 * ((row[0] - 1) // 6), 60 + 110 * ((row[0] - 1) % 6)))
        model.addChildAlgorithm(c)
        return c

    for when in ("neu", "alt"):
        child(f"zaehlwerte_{when}", "sozialplanung:aggregate_counts", f"Zählwerte je Sozialraum ({when})",
              INPUT=P(f"adressen_{when}"), AREAS=P("sozialraeume"), AREA_ID=P("sozialraum_schluessel"), METHOD=S(1))
        child(f"kennzahlen_{when}", "sozialplanung:compute_indicators", f"Sozialindikatoren ({when})",
              INPUT=C(f"zaehlwerte_{when}", "OUTPUT"), AREA_ID=P("sozialraum_schluessel"),
              INDICATORS=S(",".join(STATUS)), MIN_COUNT=S(3), MIN_POPULATION=S(300))
        child(f"jahr_{when}", "native:fieldcalculator", f"Stichtagsjahr ({when})",
              INPUT=C(f"kennzahlen_{when}", "OUTPUT"), FIELD_NAME=S("jahr"), FIELD_TYPE=S(1), FIELD_LENGTH=S(4),
              FIELD_PRECISION=S(0), FORMULA=E(f"@jahr_{when}"))
    child("zusammen", "native:mergevectorlayers", "Beide Stichtage zusammenführen",
          LAYERS=[C("jahr_alt", "OUTPUT"), C("jahr_neu", "OUTPUT")])
    child("veraenderung", "sozialplanung:indicator_change", "Veränderung über zwei Jahre",
          INPUT=C("zusammen", "OUTPUT"), AREA_ID=P("sozialraum_schluessel"), MODE=S(1), FIELDS=S(STATUS),
          DATE_FIELD=S("jahr"), DECIMALS=S(2))
    child("mit_dynamik", "native:joinattributestable", "Status und Dynamik zusammen",
          INPUT=C("kennzahlen_neu", "OUTPUT"), FIELD=P("sozialraum_schluessel"), INPUT_2=C("veraenderung", "OUTPUT"),
          FIELD_2=P("sozialraum_schluessel"), METHOD=S(1))
    # the change fields are named <indicator>_abs_<old>_<new> (the profile shows them as the change)
    child("index", "sozialplanung:status_dynamics_index", "Status- und Dynamikindex (MSS)",
          INPUT=C("mit_dynamik", "OUTPUT"), ID_FIELD=P("sozialraum_schluessel"), STATUS_FIELDS=S(STATUS),
          DYNAMICS_FIELDS=E("array_foreach(array('" + "','".join(STATUS) + "'), "
                            "@element || '_abs_' || @jahr_alt || '_' || @jahr_neu)"),
          POPULATION_FIELD=S("ew_gesamt"), MIN_POPULATION=S(300),
          STATUS_LABELS=S("hoch,mittel,niedrig,sehr niedrig"), DYNAMICS_LABELS=S("positiv,stabil,negativ"))
    child("kinder", "native:fieldcalculator", "Kinder 0–5 je Adresse", INPUT=P("adressen_neu"),
          FIELD_NAME=S("kinder_0_5"), FIELD_TYPE=S(1), FIELD_LENGTH=S(10), FIELD_PRECISION=S(0),
          FORMULA=S('"ew_0_2" + "ew_3_5"'))
    child("erreichbarkeit", "sozialplanung:population_in_reach", "Kinder im Einzugsbereich der Spielplätze",
          FACILITIES=P("spielplaetze"), FACILITY_ID=P("spielplatz_schluessel"), POPULATION=C("kinder", "OUTPUT"),
          POPULATION_FIELDS=S(["kinder_0_5"]), AREAS=P("sozialraeume"), AREA_ID=P("sozialraum_schluessel"),
          MODE=S(1), NETWORK=P("strassen"), DISTANCES=E("to_string(@entfernung)"), MAX_SNAP=S(100))
    child("bericht_daten", "native:joinattributestable", "Index und Erreichbarkeit zusammen",
          INPUT=C("index", "OUTPUT"), FIELD=P("sozialraum_schluessel"),
          INPUT_2=C("erreichbarkeit", "OUTPUT_AREAS"), FIELD_2=P("sozialraum_schluessel"),
          FIELDS_TO_COPY=S(["kinder_0_5_share"]), METHOD=S(1))
    child("sozialatlas", "sozialplanung:area_profile_report", "Sozialatlas als PDF",
                   INPUT=C("bericht_daten", "OUTPUT"), ID_FIELD=P("sozialraum_schluessel"),
                   NAME_FIELD=P("sozialraum_name"), FIELDS=S(STATUS + ["kinder_0_5_share"]), TITLE=P("titel"))
    for cid, name, description in (("sozialatlas", "sozialatlas_pdf", "Sozialatlas (PDF)"),
                                    ("index", "sozialindex", "Status- und Dynamikindex")):
        out = QgsProcessingModelOutput(name, description)
        out.setChildOutputName("OUTPUT")
        out.setChildId(cid)
        model.childAlgorithm(cid).setModelOutputs({name: out})    # a reference to the model's own child
    # QGIS 3.40/3.44 create models of "internal version 2", whose output ids are made from the descriptions
    # ("status_und_dynamikindex"); version 1 names them "<child>:<output>" (OUTPUT_IDS) on every QGIS version.
    # QGIS 3.22 knows only version 1 and ignores the key.
    definition = model.toVariant()
    definition["internal_version"] = "Version1"
    if not model.loadVariant(definition):
        print("FAILED to set the model's internal version")
        return 1
    os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    ok = model.toFile(target)
    print(("written " if ok else "FAILED ") + target)
    return 0 if ok else 1


if __name__ == "__main__":
    # optional argument: where to write (default: the shipped model in the plugin)
    sys.exit(main(*sys.argv[1:2]))
