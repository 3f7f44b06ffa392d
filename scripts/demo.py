#!/usr/bin/python3
"""make demo: the planner's job on the sample town, through qgis_process.

1. Aggregates the address counts of both reference dates (31.12.2023 and
   31.12.2025) to the Sozialräume, the addresses to the statistical
   districts by key, and the Baublöcke to the Stadtteile by largest overlap —
   each a `qgis_process --json run sozialplanung:aggregate_counts` call, as a
   user would script it.
2. Styles every output (graduated, colour-blind-safe), saves the style as
   .qml beside the GeoPackage and as the GeoPackage's default style, and
   renders a PNG map of the Sozialräume.
3. Prints a short summary.

Outputs go to demo_output/. The demo ends with the shipped model
"Sozialbericht – Grundauswertung", which runs the whole yearly chain and
writes the Sozialatlas PDF.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from generate_town import COUNT_FIELDS  # scripts/ is on sys.path when run as a script

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(REPO, "build")
# SOZIALPLANUNG_DEMO_OUTPUT: another folder (the test that compares the demo's tables across QGIS versions)
OUT = os.environ.get("SOZIALPLANUNG_DEMO_OUTPUT") or os.path.join(REPO, "demo_output")
SAMPLE = os.path.join(REPO, "tests", "data", "musterstadt_S.gpkg")
QGIS_PROCESS = os.path.join(REPO, "scripts", "qgis_process")


def profile_dir() -> str:
    """A throw-away QGIS profile with the plugin enabled (qgis_process loads enabled plugins only)."""
    root = tempfile.mkdtemp(prefix="sozialplanung-demo-profile-")
    ini = os.path.join(root, "profiles", "default", "QGIS")
    os.makedirs(ini)
    with open(os.path.join(ini, "QGIS3.ini"), "w") as fh:
        fh.write("[PythonPlugins]\nsozialplanung_plugin=true\n")
    return root


def qgis_process_run(alg: str, params: dict, profile: str) -> dict:
    args = [QGIS_PROCESS, "--json", "run", alg, "--"]
    for key, value in params.items():
        if value is None:                    # an optional output not wanted: leave it out
            continue
        for v in (value if isinstance(value, list) else [value]):
            args.append(f"{key}={v}")
    env = dict(os.environ, QGIS_PLUGINPATH=BUILD, QGIS_CUSTOM_CONFIG_PATH=profile, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(args, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"qgis_process failed for {alg}")
    return json.loads(proc.stdout)


def layer(path: str, name: str) -> str:
    return f"{path}|layername={name}"


def aggregate_steps():
    counts = list(COUNT_FIELDS)
    steps = []
    for year in (2023, 2025):
        steps.append((f"sozialraeume_{year}", f"Adressen {year} → Sozialräume (Punkt in Polygon)", {
            "INPUT": layer(SAMPLE, f"adressen_{year}"), "FIELDS": counts,
            "AREAS": layer(SAMPLE, "sozialraeume"), "AREA_ID": "sozialraum_id", "METHOD": 1}))
    steps.append(("bezirke_2025", "Adressen 2025 → statistische Bezirke (Schlüssel)", {
        "INPUT": layer(SAMPLE, "adressen_2025"), "FIELDS": counts, "AREAS": layer(SAMPLE, "statistische_bezirke"),
        "AREA_ID": "bezirk_id", "METHOD": 0, "INPUT_KEY": "bezirk_id"}))
    steps.append(("baubloecke_2025", "Adressen 2025 → Baublöcke (Schlüssel)", {
        "INPUT": layer(SAMPLE, "adressen_2025"), "FIELDS": counts, "AREAS": layer(SAMPLE, "baubloecke"),
        "AREA_ID": "block_id", "METHOD": 0, "INPUT_KEY": "block_id"}))
    steps.append(("stadtteile_2025", "Baublöcke → Stadtteile (größte Überschneidung)", {
        "INPUT": layer(SAMPLE, "baubloecke"), "FIELDS": ["ew_gesamt", "sgb2_elb", "sgb2_nef", "hh_gesamt"],
        "AREAS": layer(SAMPLE, "stadtteile"), "AREA_ID": "stadtteil_id", "METHOD": 2}))
    return steps


INDICATORS = ("sgb2_quote,sozialgeld_quote_u15,arbeitslosenrelation,auslaenderanteil,alleinerziehendenanteil,"
              "jugendquotient,altenquotient,wanderungssaldo")


def indicator_steps():
    """Indicators per Sozialraum for both dates, and per statistical district (where suppression bites)."""
    steps = []
    for year in (2023, 2025):
        steps.append((f"indikatoren_sozialraeume_{year}", f"Sozialindikatoren {year} je Sozialraum", {
            "INPUT": os.path.join(OUT, f"sozialraeume_{year}.gpkg"), "AREA_ID": "sozialraum_id",
            "INDICATORS": INDICATORS, "MIN_COUNT": 3, "MIN_DENOMINATOR": 0, "MIN_POPULATION": 300,
            "CONFIDENCE": "true", "REFERENCE_DATE": f"31.12.{year}",
            "OUTPUT_CATALOGUE": os.path.join(OUT, "kennzahlenkatalog.json")}))
    steps.append(("indikatoren_baubloecke_2025", "Sozialindikatoren 2025 je Baublock (primäre und sekundäre "
                  "Geheimhaltung gegen die Summen je Bezirk, Sozialraum, Stadtteil)", {
        "INPUT": os.path.join(OUT, "baubloecke_2025.gpkg"), "AREA_ID": "block_id", "INDICATORS": INDICATORS,
        "GROUP_FIELDS": ["bezirk_id", "sozialraum_id", "stadtteil_id"],
        "MIN_COUNT": 3, "MIN_DENOMINATOR": 0, "MIN_POPULATION": 300, "CONFIDENCE": "true",
        "REFERENCE_DATE": "31.12.2025"}))
    return steps


def style_and_render(outputs, indicator_outputs=(), change_output=None):
    """Graduated style on ew_gesamt (counts) or the SGB-II-Quote (indicators, NULL in grey),
    saved as .qml and as the GeoPackage default; a PNG map."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, BUILD)
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from sozialplanung_plugin.processing.styles import graduated_style, with_null_class

    for path in list(outputs) + list(indicator_outputs) + ([change_output] if change_output else []):
        lyr = QgsVectorLayer(path, os.path.splitext(os.path.basename(path))[0], "ogr")
        if path == change_output:
            graduated_style(lyr, "sgb2_quote_abs_2023_2025")
            with_null_class(lyr, "sgb2_quote_abs_2023_2025", "geheim / keine Angabe")
        elif path in indicator_outputs:
            graduated_style(lyr, "sgb2_quote")
            with_null_class(lyr, "sgb2_quote", "geheim / keine Angabe")
        else:
            graduated_style(lyr, "ew_gesamt")
        lyr.saveNamedStyle(os.path.splitext(path)[0] + ".qml")
        if path not in indicator_outputs:    # compute_indicators stores its own default style
            lyr.saveStyleToDatabase("default", "Sozialplanung demo", True, "")
    render_map(outputs[1], os.path.join(OUT, "sozialraeume_2025.png"))
    if indicator_outputs:
        render_map(indicator_outputs[-1], os.path.join(OUT, "sgb2_quote_baubloecke_2025.png"), label=None)
    return app  # exitQgis() at interpreter exit crashes PyQGIS 3.22 standalone scripts; keep the app alive


def render_map(path, png, label="name || '\\n' || format_number(ew_gesamt, 0)", own_style=False):
    from qgis.core import (
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsPalLayerSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QFont

    lyr = QgsVectorLayer(path, "Sozialräume", "ogr")   # own_style: the default style stored in the GeoPackage
    if not own_style:
        lyr.loadNamedStyle(os.path.splitext(path)[0] + ".qml")
    labels = QgsPalLayerSettings()
    labels.fieldName = label or "''"
    labels.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans", 8))
    fmt.setColor(QColor("#202020"))
    buf = fmt.buffer()
    buf.setEnabled(True)
    buf.setColor(QColor("white"))
    fmt.setBuffer(buf)
    labels.setFormat(fmt)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    lyr.setLabelsEnabled(bool(label))
    ms = QgsMapSettings()
    ms.setLayers([lyr])
    ms.setDestinationCrs(lyr.crs())
    ms.setExtent(lyr.extent().buffered(100))
    ms.setOutputSize(QSize(1000, 850))
    ms.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png)


def main() -> int:
    if not os.path.exists(SAMPLE):
        subprocess.run([sys.executable, os.path.join(REPO, "scripts", "generate_town.py"), "S",
                        os.path.dirname(SAMPLE)], check=True)
    os.makedirs(OUT, exist_ok=True)
    profile = profile_dir()
    logs = {}
    outputs = run_steps("sozialplanung:aggregate_counts", aggregate_steps(), profile, logs)
    indicator_outputs = run_steps("sozialplanung:compute_indicators", indicator_steps(), profile, logs)
    print("• Veränderung 2023–2025 der Sozialindikatoren (Vektorlayer zusammenführen + indicator_change)")
    merged = fresh("indikatoren_2023_2025_lang.gpkg")
    change = fresh("veraenderung_2023_2025.gpkg")
    qgis_process_run("native:mergevectorlayers", {"LAYERS": indicator_outputs[:2], "OUTPUT": merged}, profile)
    res = qgis_process_run("sozialplanung:indicator_change", {
        "INPUT": merged, "AREA_ID": "sozialraum_id", "MODE": 1, "FIELDS": INDICATORS.split(","),
        "DATE_FIELD": "layer", "DECIMALS": 1, "OUTPUT": change}, profile)
    change_output = res["results"]["OUTPUT"]
    index_outputs = index_steps(indicator_outputs[1], change_output, outputs[1], profile)
    app = style_and_render(outputs, indicator_outputs, change_output)  # noqa: F841 (alive until the summary)
    for key, png in (("sdi", "status_dynamik_index_2025.png"), ("allocation", "mittelverteilung_2025.png")):
        render_map(index_outputs[key], os.path.join(OUT, png), label=MAP_LABELS[key], own_style=True)
    reach = reach_steps(profile)
    render_reach_map(reach, os.path.join(OUT, "spielplaetze_400m_netz.png"))
    summary(outputs, logs)
    indicator_summary(indicator_outputs)
    change_summary(change_output)
    index_summary(index_outputs)
    reach_summary(reach)
    pdf = run_model(profile)
    print(f"\nSozialatlas (Modell „Sozialbericht – Grundauswertung“, ein qgis_process-Aufruf): {pdf}")
    return 0


def run_model(profile) -> str:
    """The shipped model: the whole yearly chain from the addresses to the Sozialatlas PDF."""
    print("• Modell „Sozialbericht – Grundauswertung“: Zählwerte → Indikatoren → Veränderung → Status-/Dynamikindex "
          "→ Spielplätze im Einzugsbereich → Sozialatlas (PDF)")
    pdf = fresh("sozialatlas_musterstadt_2025.pdf")
    res = qgis_process_run("sozialplanung:sozialbericht_grundauswertung", {
        "adressen_neu": layer(SAMPLE, "adressen_2025"), "adressen_alt": layer(SAMPLE, "adressen_2023"),
        "sozialraeume": layer(SAMPLE, "sozialraeume"), "sozialraum_schluessel": "sozialraum_id",
        "sozialraum_name": "name", "spielplaetze": layer(SAMPLE, "spielplaetze"),
        "spielplatz_schluessel": "spielplatz_id", "strassen": layer(SAMPLE, "strassen"), "entfernung": 400,
        "jahr_neu": 2025, "jahr_alt": 2023, "titel": "Sozialatlas Musterstadt 2025",
        "sozialatlas:sozialatlas_pdf": pdf, "index:sozialindex": fresh("sozialbericht_index_2025.gpkg")}, profile)
    return res["results"]["sozialatlas:sozialatlas_pdf"]


def reach_steps(profile):
    """Children 0–5 and 6–9 within 400 m of a playground: straight line and along the streets, per playground,
    per Sozialraum and per address; a scenario with one new playground where children are worst served."""
    from osgeo import ogr

    print("• Kinder 0–5 je Adresse (Feldrechner), Spielplätze: Kinder im 400-m-Einzugsbereich "
          "(Luftlinie und entlang der Straßen, population_in_reach)")
    addresses = fresh("adressen_2025_kinder.gpkg")
    qgis_process_run("native:fieldcalculator", {
        "INPUT": layer(SAMPLE, "adressen_2025"), "FIELD_NAME": "kinder_0_5", "FIELD_TYPE": 1, "FIELD_LENGTH": 10,
        "FIELD_PRECISION": 0, "FORMULA": '"ew_0_2" + "ew_3_5"', "OUTPUT": addresses}, profile)
    runs = {}
    for mode, name in ((0, "luftlinie"), (1, "netz")):
        outs = {k: fresh(f"spielplaetze_400m_{name}_{k}.gpkg") for k in ("je_spielplatz", "je_sozialraum",
                                                                           "je_adresse", "nicht_routbar")}
        params = {"FACILITIES": layer(SAMPLE, "spielplaetze"), "FACILITY_ID": "spielplatz_id",
                  "POPULATION": addresses, "POPULATION_FIELDS": ["kinder_0_5", "ew_6_9"],
                  "AREAS": layer(SAMPLE, "sozialraeume"), "AREA_ID": "sozialraum_id", "MODE": mode,
                  "NETWORK": layer(SAMPLE, "strassen"), "DISTANCES": "400", "MAX_SNAP": 100,
                  "OUTPUT_FACILITIES": outs["je_spielplatz"], "OUTPUT_AREAS": outs["je_sozialraum"],
                  "OUTPUT_POPULATION": outs["je_adresse"], "OUTPUT_UNROUTABLE": outs["nicht_routbar"]}
        if mode == 1:
            outs["einzugsbereiche"] = fresh("spielplaetze_400m_netz_einzugsbereiche.gpkg")
            params["OUTPUT_CATCHMENTS"] = outs["einzugsbereiche"]
        qgis_process_run("sozialplanung:population_in_reach", params, profile)
        runs[name] = outs
    # scenario: a new playground at the address with the most children 0–5 farther than 400 m along the streets
    ds = ogr.Open(runs["netz"]["je_adresse"])
    kds = ogr.Open(addresses)          # keep the data source referenced while its layer is read
    kids = {f.GetField("adr_id"): f.GetField("kinder_0_5") for f in kds.GetLayer(0)}
    worst = max((f for f in ds.GetLayer(0) if (f.GetField("nearest_dist") or 1e9) > 400),
                key=lambda f: (kids.get(f.GetField("adr_id"), 0), f.GetField("adr_id")))
    x, y = worst.GetGeometryRef().GetX(), worst.GetGeometryRef().GetY()
    scenario = fresh("spielplaetze_szenario.gpkg")
    qgis_process_run("native:savefeatures", {"INPUT": layer(SAMPLE, "spielplaetze"), "OUTPUT": scenario}, profile)
    sds = ogr.Open(scenario, 1)
    lyr = sds.GetLayer(0)
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetField("spielplatz_id", "NEU1")
    feat.SetField("name", "Neuer Spielplatz (Szenario)")
    feat.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
    lyr.CreateFeature(feat)
    sds = None
    print(f"• Szenario: neuer Spielplatz bei Adresse {worst.GetField('adr_id')} (FACILITIES_COMPARE)")
    outs = {"je_sozialraum": fresh("spielplaetze_400m_netz_szenario_je_sozialraum.gpkg")}
    qgis_process_run("sozialplanung:population_in_reach", {
        "FACILITIES": layer(SAMPLE, "spielplaetze"), "FACILITY_ID": "spielplatz_id", "POPULATION": addresses,
        "POPULATION_FIELDS": ["kinder_0_5", "ew_6_9"], "AREAS": layer(SAMPLE, "sozialraeume"),
        "AREA_ID": "sozialraum_id", "MODE": 1, "NETWORK": layer(SAMPLE, "strassen"), "DISTANCES": "400",
        "FACILITIES_COMPARE": scenario, "OUTPUT_FACILITIES": None, "OUTPUT_POPULATION": None,
        "OUTPUT_UNROUTABLE": None, "OUTPUT_AREAS": outs["je_sozialraum"]}, profile)
    runs["szenario"] = outs
    return runs


def render_reach_map(runs, png):
    """Share of children 0–5 within 400 m along the streets per Sozialraum, the catchments, served (blue) and
    unserved (orange) addresses, the playgrounds."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsMarkerSymbol,
        QgsRendererCategory,
        QgsSingleSymbolRenderer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    from sozialplanung_plugin.processing.styles import graduated_style, with_null_class

    areas = QgsVectorLayer(runs["netz"]["je_sozialraum"], "Sozialräume", "ogr")
    graduated_style(areas, "kinder_0_5_share")
    with_null_class(areas, "kinder_0_5_share", "keine Kinder")
    areas.setOpacity(0.55)
    areas.saveNamedStyle(os.path.splitext(runs["netz"]["je_sozialraum"])[0] + ".qml")
    catch = QgsVectorLayer(runs["netz"]["einzugsbereiche"], "Einzugsbereiche", "ogr")
    catch.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "#238b45", "outline_width": "0.3"})))
    catch.saveNamedStyle(os.path.splitext(runs["netz"]["einzugsbereiche"])[0] + ".qml")
    pop = QgsVectorLayer(runs["netz"]["je_adresse"], "Adressen", "ogr")
    cats = [QgsRendererCategory(400.0, QgsMarkerSymbol.createSimple({"color": "#08306b", "size": "0.9",
                                                                     "outline_style": "no"}), "bis 400 m"),
            QgsRendererCategory(None, QgsMarkerSymbol.createSimple({"color": "#e6550d", "size": "1.0",
                                                                    "outline_style": "no"}), "weiter als 400 m")]
    pop.setRenderer(QgsCategorizedSymbolRenderer("band_m", cats))
    pop.saveNamedStyle(os.path.splitext(runs["netz"]["je_adresse"])[0] + ".qml")
    play = QgsVectorLayer(layer(SAMPLE, "spielplaetze"), "Spielplätze", "ogr")
    play.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#d7191c", "size": "3.5"})))
    ms = QgsMapSettings()
    ms.setLayers([play, pop, catch, areas])
    ms.setDestinationCrs(areas.crs())
    ms.setExtent(areas.extent().buffered(100))
    ms.setOutputSize(QSize(1000, 850))
    ms.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(png)


def reach_summary(runs):
    from osgeo import ogr

    def rows(path):
        ds = ogr.Open(path)
        out = {f.GetField("sozialraum_id"): {k: f.GetField(k) for k in (
            "kinder_0_5_total", "kinder_0_5_reached", "kinder_0_5_share", "ew_6_9_share", "kinder_0_5_mean_dist")}
            for f in ds.GetLayer(0)}
        return out

    straight, net = rows(runs["luftlinie"]["je_sozialraum"]), rows(runs["netz"]["je_sozialraum"])
    ds = ogr.Open(runs["szenario"]["je_sozialraum"])
    scen = {f.GetField("sozialraum_id"): (f.GetField("kinder_0_5_share_scenario"),
                                          f.GetField("kinder_0_5_reached_change")) for f in ds.GetLayer(0)}

    def pct(v):
        return "–" if v is None else f"{v:.1f} %".replace(".", ",")

    print("\nKinder im 400-m-Einzugsbereich eines Spielplatzes je Sozialraum (Luftlinie / entlang der Straßen; "
          "Szenario mit neuem Spielplatz)")
    print(f"{'Sozialraum':<11}{'Kinder 0–5':>11}{'Luftlinie':>11}{'Straßen':>10}{'6–9 J.':>9}"
          f"{'Ø Weg m':>9}{'Szenario':>10}{'+ Kinder':>9}")
    for key in sorted(net):
        n, s = net[key], straight[key]
        mean = n["kinder_0_5_mean_dist"]
        print(f"{key:<11}{n['kinder_0_5_total']:>11}{pct(s['kinder_0_5_share']):>11}{pct(n['kinder_0_5_share']):>10}"
              f"{pct(n['ew_6_9_share']):>9}{('–' if mean is None else f'{mean:.0f}'):>9}"
              f"{pct(scen[key][0]):>10}{scen[key][1]:>+9}")
    print(f"Karte: {os.path.join(OUT, 'spielplaetze_400m_netz.png')}")


STATUS = ["sgb2_quote", "arbeitslosenrelation", "sozialgeld_quote_u15"]
MAP_LABELS = {"sdi": "sozialraum_id || '\\n' || sdi",
              "allocation": "sozialraum_id || '\\n' || format_number(amount, 0) || ' €'"}


def run_steps(alg: str, steps, profile, logs) -> list:
    """Run ``alg`` once per (name, title, params) step into demo_output/<name>.gpkg; the outputs in order."""
    outputs = []
    for name, title, params in steps:
        params["OUTPUT"] = fresh(f"{name}.gpkg")
        print(f"• {title}")
        res = qgis_process_run(alg, params, profile)
        outputs.append(res["results"]["OUTPUT"])
        logs[name] = res["log"]
    return outputs


def fresh(name: str) -> str:
    path = os.path.join(OUT, name)
    if os.path.exists(path):
        os.remove(path)
    return path


def index_steps(indicators_2025, change, counts_2025, profile):
    """Status/dynamics index (MSS method) and a poverty index per Sozialraum, and a budget shared out by need."""
    print("• Statusindikatoren 2025 + Veränderung 2023–2025 + Kinder 6–17 je Sozialraum zusammenführen")
    joined = fresh("sozialraeume_2025_status_dynamik_eingabe.gpkg")
    step1 = qgis_process_run("native:joinattributestable", {
        "INPUT": indicators_2025, "FIELD": "sozialraum_id", "INPUT_2": change, "FIELD_2": "sozialraum_id",
        "FIELDS_TO_COPY": [f"{f}_abs_2023_2025" for f in STATUS], "METHOD": 1,
        "OUTPUT": fresh("zwischenstand_1.gpkg")},
        profile)["results"]["OUTPUT"]
    step2 = qgis_process_run("native:joinattributestable", {
        "INPUT": step1, "FIELD": "sozialraum_id", "INPUT_2": counts_2025, "FIELD_2": "sozialraum_id",
        "FIELDS_TO_COPY": ["ew_6_9", "ew_10_14", "ew_15_17"], "METHOD": 1,
        "OUTPUT": fresh("zwischenstand_2.gpkg")},
        profile)["results"]["OUTPUT"]
    qgis_process_run("native:fieldcalculator", {
        "INPUT": step2, "FIELD_NAME": "kinder_6_17", "FIELD_TYPE": 1, "FIELD_LENGTH": 10, "FIELD_PRECISION": 0,
        "FORMULA": '"ew_6_9" + "ew_10_14" + "ew_15_17"', "OUTPUT": joined}, profile)
    for path in (step1, step2):
        os.remove(path.split("|")[0])
    print("• Status- und Dynamikindex nach dem Verfahren des MSS (status_dynamics_index)")
    sdi = fresh("status_dynamik_index_2025.gpkg")
    res = qgis_process_run("sozialplanung:status_dynamics_index", {
        "INPUT": joined, "ID_FIELD": "sozialraum_id", "STATUS_FIELDS": STATUS,
        "DYNAMICS_FIELDS": [f"{f}_abs_2023_2025" for f in STATUS], "POPULATION_FIELD": "ew_gesamt",
        "MIN_POPULATION": 300, "STATUS_LABELS": "hoch,mittel,niedrig,sehr niedrig",
        "DYNAMICS_LABELS": "positiv,stabil,negativ", "OUTPUT": sdi}, profile)
    print("• Armutsindex (composite_index: SGB-II-Quote, Arbeitslosenrelation, Ausländeranteil, "
          "Alleinerziehendenanteil; z-Werte, Summe, Quintile)")
    armut = fresh("armutsindex_2025.gpkg")
    qgis_process_run("sozialplanung:composite_index", {
        "INPUT": joined, "ID_FIELD": "sozialraum_id",
        "FIELDS": ["sgb2_quote", "arbeitslosenrelation", "auslaenderanteil", "alleinerziehendenanteil"],
        "NORMALISATION": 0, "AGGREGATION": 0, "RESTANDARDISE": "true", "CLASSIFICATION": 1, "CLASSES": 3,
        "CLASS_LABELS": "geringer Bedarf,mittlerer Bedarf,hoher Bedarf", "POPULATION_FIELD": "ew_gesamt",
        "OUTPUT": armut}, profile)
    print("• 500.000 € für Kinder- und Jugendarbeit nach Bedarf verteilen (allocate_budget: Kinder 6–17 × "
          "Gewicht der Statusklasse, volle 100 €, mindestens 10.000 €)")
    allocation = fresh("mittelverteilung_2025.gpkg")
    qgis_process_run("sozialplanung:allocate_budget", {
        "INPUT": res["results"]["OUTPUT"], "ID_FIELD": "sozialraum_id", "TARGET_FIELD": "kinder_6_17",
        "NEED_FIELD": "status_class", "NEED_MODE": 0, "CLASS_WEIGHTS": "1:0.75, 2:1, 3:1.5, 4:2",
        "TOTAL": 500000, "UNIT": 100, "FLOOR": 10000, "OUTPUT": allocation}, profile)
    return {"sdi": sdi, "armut": armut, "allocation": allocation}


def index_summary(paths):
    from osgeo import ogr

    ds_sdi, ds_arm, ds_all = (ogr.Open(paths[k]) for k in ("sdi", "armut", "allocation"))
    sdi = {f.GetField("sozialraum_id"): f for f in ds_sdi.GetLayer(0)}
    arm = {f.GetField("sozialraum_id"): f for f in ds_arm.GetLayer(0)}
    alloc = {f.GetField("sozialraum_id"): f for f in ds_all.GetLayer(0)}

    def thousands(v):
        return f"{v:,.0f}".replace(",", ".")

    def num(v, spec="+.2f"):
        return "–" if v is None else format(v, spec).replace(".", ",")

    print("\nSozialindex 2025 je Sozialraum (MSS-Verfahren; Armutsindex; Mittelverteilung)")
    print(f"{'Sozialraum':<11}{'Status':>8}{'Klasse':>14}{'Dynamik':>9}{'SDI':>6}{'Armutsindex':>13}{'Rang':>6}"
          f"{'Kinder 6–17':>12}{'Betrag €':>11}")
    total = 0
    for key in sorted(sdi):
        s, a, m = sdi[key], arm[key], alloc[key]
        amount = m.GetField("amount") or 0
        total += amount
        print(f"{key:<11}{num(s.GetField('status_index')):>8}{s.GetField('status_label'):>14}"
              f"{num(s.GetField('dynamics_index')):>9}{s.GetField('sdi'):>6}{num(a.GetField('index')):>13}"
              f"{a.GetField('index_rank') or '–':>6}{thousands(m.GetField('target') or 0):>12}"
              f"{thousands(amount):>11}")
    print(f"Summe der Beträge: {thousands(total)} € (exakt das Budget)")
    print(f"Karten: {os.path.join(OUT, 'status_dynamik_index_2025.png')}, "
          f"{os.path.join(OUT, 'mittelverteilung_2025.png')}")


def indicator_summary(paths):
    from osgeo import ogr

    ds = ogr.Open(paths[1])
    print("\nSozialindikatoren 2025 je Sozialraum (Stichtag 31.12.2025; NULL = geheim / keine Angabe)")
    print(f"{'Sozialraum':<11}{'SGB-II-Quote':>13}{'95 %-KI':>14}{'Sozialgeld u15':>15}{'Arbeitsl.-rel.':>15}"
          f"{'Ausl.-anteil':>13}{'Alleinerz.':>11}")

    def fmt(v):
        return "geheim" if v is None else f"{v:.1f}".replace(".", ",")

    for f in sorted(ds.GetLayer(0), key=lambda f: f.GetField("sozialraum_id")):
        ci = "{}–{}".format(fmt(f.GetField("sgb2_quote_ci_low")), fmt(f.GetField("sgb2_quote_ci_high")))
        print(f"{f.GetField('sozialraum_id'):<11}{fmt(f.GetField('sgb2_quote')):>13}{ci:>14}"
              f"{fmt(f.GetField('sozialgeld_quote_u15')):>15}{fmt(f.GetField('arbeitslosenrelation')):>15}"
              f"{fmt(f.GetField('auslaenderanteil')):>13}{fmt(f.GetField('alleinerziehendenanteil')):>11}")
    dz = ogr.Open(paths[2])
    lyr = dz.GetLayer(0)
    n = lyr.GetFeatureCount()
    flagged = {}
    for f in lyr:
        for code in (f.GetField("sgb2_quote_flag") or "").split(","):
            if code:
                flagged[code] = flagged.get(code, 0) + 1
    print(f"\nBaublöcke: {n}; Kennzeichen der SGB-II-Quote: "
          + (", ".join(f"{k} {v}" for k, v in sorted(flagged.items())) or "keine"))
    print(f"Kennzahlenkatalog: {os.path.join(OUT, 'kennzahlenkatalog.json')}; "
          "Berechnungsvorschrift in jeder GeoPackage-Tabelle sozialplanung_recipe")


def change_summary(path):
    from osgeo import ogr

    ds = ogr.Open(path)

    def fmt(v, unit=""):
        return "–" if v is None else f"{v:+.1f}{unit}".replace(".", ",")

    print("\nVeränderung 2023–2025 je Sozialraum (Prozentpunkte; relative Veränderung in %)")
    print(f"{'Sozialraum':<11}{'SGB-II-Quote':>14}{'relativ':>10}{'Ausl.-anteil':>14}{'Wand.-saldo':>13}")
    for f in sorted(ds.GetLayer(0), key=lambda f: f.GetField("sozialraum_id")):
        print(f"{f.GetField('sozialraum_id'):<11}{fmt(f.GetField('sgb2_quote_abs_2023_2025')):>14}"
              f"{fmt(f.GetField('sgb2_quote_rel_2023_2025'), ' %'):>10}"
              f"{fmt(f.GetField('auslaenderanteil_abs_2023_2025')):>14}"
              f"{fmt(f.GetField('wanderungssaldo_abs_2023_2025')):>13}")


def summary(outputs, logs):
    from osgeo import ogr

    by_year = {}
    for year, path in zip((2023, 2025), outputs[:2]):
        ds = ogr.Open(path)
        by_year[year] = {f.GetField("sozialraum_id"): (f.GetField("name"), f.GetField("ew_gesamt"),
                                                          f.GetField("ew_0_2") + f.GetField("ew_3_5"),
                                                          f.GetField("sgb2_elb") + f.GetField("sgb2_nef"))
                         for f in ds.GetLayer(0)}
    print("\nMusterstadt — Einwohner je Sozialraum (Stichtage 31.12.2023 und 31.12.2025)")
    print(f"{'Sozialraum':<11}{'Name':<26}{'EW 2023':>9}{'EW 2025':>9}{'Änd.':>7}{'0–5 J.':>8}{'SGB II':>8}")
    for key in sorted(by_year[2025]):
        name, ew, kids, sgb2 = by_year[2025][key]
        ew23 = by_year[2023].get(key, (None, 0))[1]
        print(f"{key:<11}{name:<26}{ew23:>9,}{ew:>9,}{ew - ew23:>+7,}{kids:>8,}{sgb2:>8,}".replace(",", "."))
    print("\nSummenkontrolle (Eingabe = Gebiete + nicht zugeordnet):")
    for name, log in logs.items():
        if name.startswith("indikatoren"):
            continue
        line = next((m for m in log.get("info", []) if m.strip().startswith("ew_gesamt")), "")
        print(f"  {name:<18}{line.strip()}")
    print(f"\nErgebnisse (GeoPackage + .qml, gestylt): {OUT}")
    print(f"Karte: {os.path.join(OUT, 'sozialraeume_2025.png')}")


if __name__ == "__main__":
    sys.exit(main())
