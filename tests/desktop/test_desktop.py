"""Smoke test in the real QGIS desktop: start /usr/bin/qgis under Xvfb with a
throw-away profile and the staged plugin (build/, see ``make stage``) enabled,
then check that the plugin loads without Python errors, registers its
Processing provider and shows up in the Processing toolbox.

QGIS runs on a private Xvfb (own display, killed afterwards, hard timeout).
The in-QGIS part is ``qgis_startup.py`` (run through ``PYQGIS_STARTUP``): it
captures the message log and plugin loading, inspects the running QGIS, saves a
screenshot and quits. A second run with a deliberately broken probe plugin
proves that this capture really sees Python errors, i.e. that the assertions
here can fail.

In both runs (English and German UI) QGIS then goes through what a planner
does (``dialog_scenario.py``): opens the algorithm dialog pre-filled with the
sample town, clicks *Run*, gets the styled output layer on the map, and runs
the batch dialog for 2023 and 2025. The tests check the dialog, the loaded
layer (graduated style, sums against an independent OGR count) and the batch
outputs.

Screenshots for humans in ``build/screenshots/`` (German run: suffix ``_de``):
``qgis_desktop_toolbox.png``, ``dialog_aggregate_counts.png`` (+ ``_large``:
enlarged; ``_log``: after the run), ``map_aggregate_counts.png``,
``batch_aggregate_counts.png`` (+ ``_log``).
"""
from __future__ import annotations

import contextlib
import hashlib
import html
import json
import os
import re
import select
import shutil
import signal
import subprocess
import textwrap
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional

import pytest

pytestmark = pytest.mark.desktop

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(REPO, "build")
PLUGIN = "sozialplanung_plugin"
PROVIDER_ID = "sozialplanung"
ALGORITHM_ID = "sozialplanung:aggregate_counts"
SCREENSHOT_DIR = os.path.join(BUILD, "screenshots")
STARTUP_SCRIPT = os.path.join(HERE, "qgis_startup.py")
SCENARIO_SCRIPT = os.path.join(HERE, "dialog_scenario.py")
SAMPLE_GPKG = os.path.join(REPO, "tests", "data", "musterstadt_S.gpkg")

# /usr/bin/qgis is Debian's wrapper: it only adds GRASS to LD_LIBRARY_PATH and
# passes $QGIS_OPTS (/etc/default/qgis: --noversioncheck), which the desktop
# binary understands -- unlike the qgis_process wrapper. So the wrapper is fine.
QGIS = "/usr/bin/qgis"
XVFB = shutil.which("Xvfb")
XVFB_SCREEN = "1600x1000x24"
TIMEOUT_S = 180
SCENARIO_S = 100  # time limit of the GUI scenario inside QGIS (dialog_scenario.py)

# Core plugins other than Processing are switched off: less start-up time and
# no unrelated messages in the log.
OTHER_CORE_PLUGINS = ("MetaSearch", "db_manager", "grassprovider", "otbprovider", "sagaprovider")

# written by dialog_scenario.py into SCREENSHOT_DIR (+ "_de" in the German run)
SCENARIO_SCREENSHOTS = ("dialog_aggregate_counts", "dialog_aggregate_counts_large", "dialog_aggregate_counts_log",
                        "map_aggregate_counts", "batch_aggregate_counts", "batch_aggregate_counts_log")

# the sample town (tests/data/musterstadt_S.gpkg); checked against OGR in the tests
EW_GESAMT_2025 = 37873
COUNT_FIELDS = ["ew_gesamt", "ew_0_2"]

LEVEL_NAMES = {0: "Info", 1: "Warning", 2: "Critical", 3: "Success", 4: "NoLevel"}


@dataclass
class DesktopRun:
    out_dir: str
    returncode: Optional[int]
    timed_out: bool
    stdout: str
    stderr: str
    result: Optional[dict]
    messages: List[dict] = field(default_factory=list)
    events: List[dict] = field(default_factory=list)
    lang: str = "en_US"
    scenario: Optional[dict] = None
    sample_unchanged: Optional[bool] = None

    def describe(self) -> str:
        """Everything useful for an assertion message."""
        msgs = "\n".join(
            "  [{}] {}: {}".format(LEVEL_NAMES.get(m["level"], m["level"]), m["tag"], m["message"][:2000])
            for m in self.messages
        )
        evs = "\n".join("  " + json.dumps(e, ensure_ascii=False)[:2000] for e in self.events)
        return (
            f"QGIS run in {self.out_dir}: returncode={self.returncode} timed_out={self.timed_out}\n"
            f"--- events\n{evs}\n--- message log\n{msgs}\n--- stderr (tail)\n{self.stderr[-3000:]}"
        )

    def events_of(self, kind: str, plugin: Optional[str] = None) -> List[dict]:
        return [e for e in self.events if e["event"] == kind and (plugin is None or e.get("plugin") == plugin)]


def _read_jsonl(path: str) -> List[dict]:
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _write_profile(profiles_path: str, enabled_plugins: List[str], lang: str) -> None:
    ini_dir = os.path.join(profiles_path, "profiles", "default", "QGIS")
    os.makedirs(ini_dir)
    plugins = "\n".join(
        [f"{p}=true" for p in enabled_plugins + ["processing"]]
        + [f"{p}=false" for p in OTHER_CORE_PLUGINS]
    )
    ini = textwrap.dedent(
        """\
        [PythonPlugins]
        {plugins}

        [app]
        plugin_installer\\checkOnStart=false

        [qgis]
        checkVersion=false
        allowVersionCheck=false

        [core]
        NewsFeed\\httpsfeedqgisorg\\disabled=true

        [locale]
        overrideFlag=true
        userLocale={lang}
        """
    ).format(plugins=plugins, lang=lang)
    with open(os.path.join(ini_dir, "QGIS3.ini"), "w", encoding="utf-8") as fh:
        fh.write(ini)


@contextlib.contextmanager
def _xvfb(out_dir: str) -> Iterator[str]:
    """A private Xvfb on a free display (``-displayfd``); yields ``":<n>"`` and
    always terminates it (SIGTERM, so it removes its /tmp/.X<n>-lock)."""
    read_fd, write_fd = os.pipe()
    log = open(os.path.join(out_dir, "xvfb.log"), "w")  # noqa: SIM115 (closed below)
    xvfb = subprocess.Popen(
        [XVFB, "-displayfd", str(write_fd), "-screen", "0", XVFB_SCREEN, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_fd)
    try:
        ready, _, _ = select.select([read_fd], [], [], 30)
        number = os.read(read_fd, 64).decode().strip() if ready else ""
        if not number:
            pytest.fail(f"Xvfb did not start (see {log.name})")
        yield ":" + number
    finally:
        os.close(read_fd)
        xvfb.terminate()
        try:
            xvfb.wait(10)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()
        log.close()


def run_qgis_desktop(
    workdir: str,
    plugin_path: str,
    plugin: str,
    lang: str = "en_US",
    screenshot: Optional[str] = None,
    scenario_suffix: Optional[str] = None,
    scenario_script: str = SCENARIO_SCRIPT,
    data: str = SAMPLE_GPKG,
) -> DesktopRun:
    """Start QGIS under Xvfb with ``plugin`` (found in ``plugin_path``) enabled;
    ``qgis_startup.py`` inspects it and quits. With ``scenario_suffix`` (e.g.
    ``""`` or ``"_de"``) it first runs the GUI scenario of ``dialog_scenario.py``,
    whose screenshots get that suffix. Never takes longer than TIMEOUT_S."""
    profiles_path = os.path.join(workdir, "profiles_root")
    out_dir = os.path.join(workdir, "out")
    home = os.path.join(workdir, "home")
    runtime = os.path.join(workdir, "xdg_runtime")
    tmp = os.path.join(workdir, "tmp")
    for d in (out_dir, home, runtime, tmp):
        os.makedirs(d)
    os.chmod(runtime, 0o700)
    _write_profile(profiles_path, [plugin], lang)

    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # tests/conftest.py sets offscreen; we want the X server
    env.update(
        HOME=home,
        XDG_RUNTIME_DIR=runtime,
        # QGIS's own temp folder; also, QGIS treats layers from files below it as
        # temporary and asks on exit whether to discard them: outputs in out_dir
        # are not below it
        TMPDIR=tmp,
        QGIS_PLUGINPATH=plugin_path,
        PYQGIS_STARTUP=STARTUP_SCRIPT,
        SOZ_DESKTOP_OUT=out_dir,
        SOZ_DESKTOP_PLUGIN=plugin,
        SOZ_DESKTOP_PROVIDER=PROVIDER_ID,
        SOZ_DESKTOP_SCREENSHOT=screenshot or os.path.join(out_dir, "main_window.png"),
        SOZ_DESKTOP_DELAY_MS="3000",
        SOZ_DESKTOP_FALLBACK_MS=str((TIMEOUT_S - 30) * 1000),
    )
    if scenario_suffix is not None:
        # a copy: QGIS opens GeoPackages for writing, and even without edits SQLite then
        # bumps the file change counter in the header, i.e. the tracked file would change
        data_file = data
        data = os.path.join(workdir, "data")
        os.makedirs(data)
        shutil.copy2(data_file, data)
        env.update(
            SOZ_DESKTOP_SCENARIO=scenario_script,
            SOZ_DESKTOP_DATA=os.path.join(data, os.path.basename(data_file)),
            SOZ_DESKTOP_SHOTS=SCREENSHOT_DIR,
            SOZ_DESKTOP_SUFFIX=scenario_suffix,
            SOZ_DESKTOP_SCENARIO_S=str(SCENARIO_S),
        )
    with _xvfb(out_dir) as display:
        env["DISPLAY"] = display
        cmd = [QGIS, "--nologo", "--noversioncheck", "--profiles-path", profiles_path]
        proc = subprocess.Popen(
            cmd, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, start_new_session=True, text=True, errors="replace",
        )
        timed_out = False
        try:
            stdout, stderr = proc.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            timed_out = True
            with contextlib.suppress(ProcessLookupError):  # QGIS and anything it started
                os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
    for name, text in (("stdout.txt", stdout), ("stderr.txt", stderr)):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as fh:
            fh.write(text)

    result = None
    result_path = os.path.join(out_dir, "result.json")
    if os.path.exists(result_path):
        with open(result_path, encoding="utf-8") as fh:
            result = json.load(fh)
    scenario = None
    scenario_path = os.path.join(out_dir, "scenario.json")
    if os.path.exists(scenario_path):
        with open(scenario_path, encoding="utf-8") as fh:
            scenario = json.load(fh)
    return DesktopRun(
        out_dir=out_dir,
        returncode=proc.returncode,
        timed_out=timed_out,
        stdout=stdout,
        stderr=stderr,
        result=result,
        messages=_read_jsonl(os.path.join(out_dir, "messages.jsonl")),
        events=_read_jsonl(os.path.join(out_dir, "events.jsonl")),
        lang=lang,
        scenario=scenario,
    )


def _require_desktop():
    if not os.access(QGIS, os.X_OK) or XVFB is None:
        pytest.skip(f"needs the QGIS desktop ({QGIS}) and Xvfb")
    if not os.path.exists(os.path.join(BUILD, PLUGIN, "__init__.py")):
        pytest.fail(f"plugin is not staged: run `make stage` first ({os.path.join(BUILD, PLUGIN)} missing)")


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _expected_translation(lang: str, source: str) -> str:
    """What the staged .qm turns ``source`` into (the source itself if untranslated)."""
    from qgis.PyQt.QtCore import QTranslator

    qm = os.path.join(BUILD, PLUGIN, "i18n", f"sozialplanung_{lang[:2]}.qm")
    translator = QTranslator()
    if not os.path.exists(qm) or not translator.load(qm):
        return source
    # bytes: PyQt passes str to this const char * API as ASCII; Qt reads UTF-8
    return translator.translate(b"@default", source.encode("utf-8")) or source


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module", params=["en_US", "de"], ids=["en", "de"])
def desktop(request, tmp_path_factory) -> DesktopRun:
    _require_desktop()
    lang = request.param
    os.makedirs(SCREENSHOT_DIR, exist_ok=True)
    suffix = "" if lang.startswith("en") else "_" + lang[:2]
    screenshot = os.path.join(SCREENSHOT_DIR, f"qgis_desktop_toolbox{suffix}.png")
    if os.path.exists(screenshot):
        os.remove(screenshot)
    for name in SCENARIO_SCREENSHOTS:
        with contextlib.suppress(FileNotFoundError):
            os.remove(os.path.join(SCREENSHOT_DIR, name + suffix + ".png"))
    workdir = str(tmp_path_factory.mktemp("qgis_desktop_" + lang))
    sample_before = _sha256(SAMPLE_GPKG)
    run = run_qgis_desktop(workdir, BUILD, PLUGIN, lang=lang, screenshot=screenshot, scenario_suffix=suffix)
    run.sample_unchanged = _sha256(SAMPLE_GPKG) == sample_before
    return run


@pytest.fixture(scope="module")
def broken_probe(tmp_path_factory) -> DesktopRun:
    """QGIS with a plugin whose initGui raises: the capture must report it."""
    _require_desktop()
    workdir = str(tmp_path_factory.mktemp("qgis_desktop_probe"))
    plugins = os.path.join(workdir, "plugins")
    probe = os.path.join(plugins, "soz_broken_probe")
    os.makedirs(probe)
    with open(os.path.join(probe, "metadata.txt"), "w", encoding="utf-8") as fh:
        fh.write(textwrap.dedent(
            """\
            [general]
            name=Broken probe
            qgisMinimumVersion=3.0
            description=Test probe that fails in initGui
            about=Used by tests/desktop to prove that Python errors are captured.
            version=0.0.1
            author=tests
            email=tests@example.org
            repository=https://example.org
            """
        ))
    with open(os.path.join(probe, "__init__.py"), "w", encoding="utf-8") as fh:
        fh.write(textwrap.dedent(
            """\
            class _Probe:
                def __init__(self, iface):
                    self.iface = iface

                def initGui(self):
                    raise RuntimeError("soz-desktop-probe: deliberate failure in initGui")

                def unload(self):
                    pass


            def classFactory(iface):
                return _Probe(iface)
            """
        ))
    return run_qgis_desktop(workdir, plugins, "soz_broken_probe")


# ---------------------------------------------------------------- helpers

def _tags(run: DesktopRun, key: str, english: str) -> set:
    """English tag plus the one QGIS used in this UI language."""
    return {english, (run.result or {}).get(key, english)}


def _python_errors(run: DesktopRun) -> List[dict]:
    tags = _tags(run, "python_error_tag", "Python error")
    return [m for m in run.messages if m["tag"] in tags]


def _loaded_marker(run: DesktopRun, package: str) -> bool:
    """QGIS logs "Loaded <name> (package: <package>)" (translated) for each plugin."""
    return any(m["message"].endswith(f": {package})") for m in run.messages)


def _plugin_problems(run: DesktopRun) -> List[dict]:
    """Warning/Critical messages about the plugin, and Python warnings from its code."""
    needles = ("sozialplanung",)
    warning_tags = _tags(run, "python_warning_tag", "Python warning")
    bad = []
    for m in run.messages:
        text = (m["tag"] + " " + m["message"]).lower()
        if not any(n in text for n in needles):
            continue
        if m["level"] in (1, 2) or m["tag"] in warning_tags:
            bad.append(m)
    return bad


def _find(nodes: List[Dict], text: str) -> Optional[Dict]:
    for node in nodes:
        if node["text"] == text:
            return node
    return None


# ---------------------------------------------------------------- tests

def test_qgis_started_and_capture_works(desktop):
    """QGIS ran our startup hook, reached initializationCompleted and the log
    capture saw QGIS's own (plugin-independent) messages."""
    assert not desktop.timed_out, desktop.describe()
    assert desktop.events_of("startup_script_started"), desktop.describe()
    assert desktop.events_of("initializationCompleted"), desktop.describe()
    assert desktop.result is not None, "no result.json written\n" + desktop.describe()
    assert desktop.result["reason"] == "initializationCompleted", desktop.describe()
    assert desktop.result["errors"] == [], desktop.describe()
    # the Processing core plugin is loaded in every run: its "Loaded ..." line
    # proves the message-log capture is connected
    assert _loaded_marker(desktop, "processing"), desktop.describe()


def test_plugin_loaded_from_build_without_python_errors(desktop):
    assert desktop.result is not None, desktop.describe()
    assert desktop.result["plugin_active"], desktop.describe()
    assert desktop.result["plugin_file"] == os.path.join(BUILD, PLUGIN, "__init__.py"), desktop.describe()
    assert [e["result"] for e in desktop.events_of("loadPlugin", PLUGIN)] == [True], desktop.describe()
    assert [e["result"] for e in desktop.events_of("startPlugin", PLUGIN)] == [True], desktop.describe()
    assert _loaded_marker(desktop, PLUGIN), desktop.describe()
    assert desktop.events_of("showException") == [], desktop.describe()
    assert _python_errors(desktop) == [], desktop.describe()
    assert _plugin_problems(desktop) == [], desktop.describe()
    assert desktop.events_of("modal_dialog") == [], desktop.describe()
    assert desktop.result["message_bar"] == [], desktop.describe()


def test_provider_and_algorithm_registered(desktop):
    result = desktop.result
    assert result is not None, desktop.describe()
    assert result["provider_registered"], desktop.describe()
    assert PROVIDER_ID in result["providers"]
    assert result["provider_name"] == _expected_translation(desktop.lang, "Sozialplanung")
    assert not result["provider_icon_null"], "provider icon is empty"
    algs = {a["id"]: a for a in result["algorithms"]}
    assert ALGORITHM_ID in algs, result["algorithms"]
    alg = algs[ALGORITHM_ID]
    assert alg["groupId"] == "counts"
    assert alg["displayName"] == _expected_translation(desktop.lang, "Aggregate counts to planning areas")
    assert alg["group"] == _expected_translation(desktop.lang, "Counts and planning areas")
    assert not alg["icon_null"], "algorithm icon is empty"


def test_processing_toolbox_shows_algorithm(desktop):
    result = desktop.result
    assert result is not None, desktop.describe()
    assert result["toolbox_found"], desktop.describe()
    assert result.get("toolbox_provider_node"), result.get("toolbox_top_level")
    node = result["toolbox_provider_tree"]
    assert node["text"] == _expected_translation(desktop.lang, "Sozialplanung")
    assert node["has_icon"], "no icon on the provider node in the toolbox"
    group = _find(node["children"], _expected_translation(desktop.lang, "Counts and planning areas"))
    assert group is not None, node
    alg = _find(group["children"], _expected_translation(desktop.lang, "Aggregate counts to planning areas"))
    assert alg is not None, node
    assert alg["has_icon"], "no icon on the algorithm in the toolbox"
    assert result["screenshot_saved"], desktop.describe()
    assert os.path.getsize(result["screenshot"]) > 10000


def test_plugin_unloads_cleanly_on_exit(desktop):
    """QGIS quit by itself (no blocking dialog), unloading the plugin without errors."""
    assert not desktop.timed_out, desktop.describe()
    assert desktop.events_of("forced_exit") == [], desktop.describe()
    assert [e["result"] for e in desktop.events_of("unloadPlugin", PLUGIN)] == [True], desktop.describe()
    assert desktop.events_of("showException") == [], desktop.describe()
    assert desktop.returncode == 0, desktop.describe()


def test_capture_detects_a_broken_plugin(broken_probe):
    """Negative control: the same harness reports a plugin that raises in initGui."""
    run = broken_probe
    assert not run.timed_out, run.describe()
    assert run.result is not None, run.describe()
    assert not run.result["plugin_active"], run.describe()
    assert [e["result"] for e in run.events_of("startPlugin", "soz_broken_probe")] == [False], run.describe()
    errors = _python_errors(run)
    assert errors and "soz-desktop-probe: deliberate failure in initGui" in errors[0]["message"], run.describe()
    assert errors[0]["level"] == 2  # Critical
    assert any("deliberate failure" in e["exception"] for e in run.events_of("showException")), run.describe()
    # the blocking stack-trace dialog QGIS opens was recorded (and dismissed)
    assert any("deliberate failure" in e["text"] for e in run.events_of("modal_dialog")), run.describe()


# ---------------------------------------------------------------- the planner's scenario

def _ogr_totals(path: str, layer_name: str, fields: List[str]) -> Dict[str, float]:
    """Feature count and field sums, read with OGR (independent of QGIS and the plugin)."""
    from osgeo import ogr

    ds = ogr.Open(path)
    assert ds is not None, path
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    assert layer is not None, (path, layer_name)
    totals = {"count": 0, **{f: 0 for f in fields}}
    for feature in layer:
        totals["count"] += 1
        for f in fields:
            value = feature.GetField(f)
            totals[f] += value or 0
    return totals


@pytest.fixture(scope="module")
def sample_totals() -> Dict[str, Dict[str, float]]:
    totals = {name: _ogr_totals(SAMPLE_GPKG, name, COUNT_FIELDS if name.startswith("adressen") else [])
              for name in ("adressen_2023", "adressen_2025", "sozialraeume")}
    assert totals["adressen_2025"]["ew_gesamt"] == EW_GESAMT_2025, "sample data changed"
    return totals


def _scenario(run: DesktopRun) -> dict:
    assert run.scenario is not None, "no scenario.json written\n" + run.describe()
    return run.scenario


def _screenshot(run: DesktopRun, name: str) -> str:
    suffix = "" if run.lang.startswith("en") else "_" + run.lang[:2]
    path = os.path.join(SCREENSHOT_DIR, name + suffix + ".png")
    assert os.path.exists(path), path
    assert os.path.getsize(path) > 10000, path
    assert _scenario(run)["screenshots"][name] == path
    return path


def test_scenario_ran_without_errors(desktop):
    """All steps ran, no question or error box popped up (also not on exit)."""
    scenario = _scenario(desktop)
    assert scenario["errors"] == [], "\n".join(scenario["errors"]) + "\n" + desktop.describe()
    assert scenario["phases"] == ["load_layers", "algorithm_dialog", "map_view", "batch_dialog"]
    assert scenario["modals"] == [], scenario["modals"]
    assert desktop.events_of("scenario_error") == [], desktop.describe()
    assert desktop.events_of("exit_modal") == [], desktop.describe()
    assert scenario["message_bar"] == [], scenario["message_bar"]
    critical = [m for m in desktop.messages if m["level"] == 2]
    assert critical == [], desktop.describe()
    assert desktop.sample_unchanged, f"the desktop run changed {SAMPLE_GPKG}"


def _expected_dialog_title(name: str, group: str) -> str:
    """The algorithm dialog's window title: the algorithm's name; since QGIS 3.40 (qgis/QGIS#57739, merged for
    3.39) preceded by its group, "<group> - <name>"."""
    from qgis.core import Qgis

    return f"{group} - {name}" if Qgis.QGIS_VERSION_INT >= 33900 else name


def test_algorithm_dialog_prefilled(desktop):
    from sozialplanung_plugin.processing.algorithms.aggregate_counts import AggregateCounts

    dialog = _scenario(desktop)["dialog"]
    title = _expected_translation(desktop.lang, "Aggregate counts to planning areas")
    window_title = _expected_dialog_title(title, _expected_translation(desktop.lang, "Counts and planning areas"))
    if desktop.lang.startswith("de"):
        assert title == "Zählwerte auf Planungsräume aggregieren"
        assert dialog["title"] == window_title
    else:  # QGIS shows the title of the dialog in title case in English
        assert dialog["title"].lower() == window_title.lower()
    layers = _scenario(desktop)["layers"]
    params = dialog["parameters"]
    assert params["INPUT"] == layers["adressen_2025"]
    assert params["AREAS"] == layers["sozialraeume"]
    assert params["AREA_ID"] == "sozialraum_id"
    assert params["METHOD"] == 1
    assert params["FIELDS"] == COUNT_FIELDS
    # the help panel shows the (translated) help text
    help_browser = [t for t in dialog["text_widgets"] if t["name"] == "textShortHelp"]
    assert help_browser and help_browser[0]["visible"], dialog["text_widgets"]
    source = AggregateCounts().shortHelpString()
    translated = _expected_translation(desktop.lang, source)
    first_paragraph = re.search(r"<p>(.*?)</p>", translated, re.S).group(1)
    shown = " ".join(help_browser[0]["text"].split())
    assert " ".join(html.unescape(re.sub(r"<[^>]+>", "", first_paragraph)).split()) in shown
    assert shown.startswith(title)
    labels = [w["text"] for w in dialog["widgets"] if w["class"] == "QLabel"]
    assert any(text.startswith(_expected_translation(desktop.lang, "Area key field")) for text in labels), labels
    _screenshot(desktop, "dialog_aggregate_counts")
    _screenshot(desktop, "dialog_aggregate_counts_large")


def test_algorithm_runs_from_dialog_and_loads_styled_output(desktop, sample_totals):
    run = _scenario(desktop)["run"]
    assert run["ok"], run.get("log")
    assert run["results"]["OUTPUT"] == run["output_path"]
    assert len(run["new_layers"]) == 1, run["new_layers"]
    layer = run["new_layers"][0]
    assert layer["source"].startswith(run["output_path"])
    assert layer["renderer"] == "graduatedSymbol", layer
    assert layer["class_attribute"] == "ew_gesamt", layer
    assert len(layer["ranges"]) >= 3, layer["ranges"]
    assert layer["aliases"].get("n_units") == _expected_translation(desktop.lang, "Number of source units")
    # sums in QGIS, in the file (OGR) and in the input (OGR) agree
    source = sample_totals["adressen_2025"]
    assert layer["sums"]["ew_gesamt"] == EW_GESAMT_2025
    assert layer["sums"]["ew_0_2"] == source["ew_0_2"]
    assert layer["sums"]["n_units"] == source["count"]
    assert layer["feature_count"] == sample_totals["sozialraeume"]["count"]
    written = _ogr_totals(run["output_path"], "", COUNT_FIELDS)
    assert written["ew_gesamt"] == EW_GESAMT_2025
    assert written["ew_0_2"] == source["ew_0_2"]
    assert written["count"] == sample_totals["sozialraeume"]["count"]
    # the log shows the totals check
    log = run["log"]
    assert _expected_translation(desktop.lang, "Totals (input = areas + unassigned):") in log, log
    assert log.count("✓") == len(COUNT_FIELDS) and "✗" not in log, log
    assert run["dialog_visible"], "the dialog should stay open (Processing default) to show the log"
    _screenshot(desktop, "dialog_aggregate_counts_log")


def test_map_shows_graduated_output(desktop):
    """The output is drawn in its class colours (checked on the canvas pixels)."""
    from qgis.PyQt.QtGui import QImage

    scenario = _scenario(desktop)
    layer = scenario["run"]["new_layers"][0]
    map_info = scenario["map"]
    assert map_info["renders"] >= 1, map_info
    assert map_info["layer_order"][0] == layer["name"], map_info
    image = QImage(map_info["canvas_png"]).convertToFormat(QImage.Format_RGB32)
    assert not image.isNull(), map_info["canvas_png"]
    counts: Dict[int, int] = {}
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    total = sum(counts.values())
    shares = {r["color"]: counts.get(int(r["color"][1:], 16), 0) / total for r in layer["ranges"]}
    # quantile classes over 12 areas: every class has areas, so every colour is on the map
    assert all(share > 0.01 for share in shares.values()), shares
    _screenshot(desktop, "map_aggregate_counts")


def test_batch_dialog_runs_two_years(desktop, sample_totals):
    batch = _scenario(desktop)["batch"]
    assert [row["ok"] for row in batch["rows"]] == [True, True], batch["rows"]
    assert batch["outputs_exist"] == {"2023": True, "2025": True}, batch
    expected = {"2023": sample_totals["adressen_2023"], "2025": sample_totals["adressen_2025"]}
    assert expected["2025"]["ew_gesamt"] == EW_GESAMT_2025
    for year, path in batch["outputs"].items():
        written = _ogr_totals(path, "", COUNT_FIELDS)
        assert written["ew_gesamt"] == expected[year]["ew_gesamt"], (year, written)
        assert written["ew_0_2"] == expected[year]["ew_0_2"], (year, written)
        assert written["count"] == sample_totals["sozialraeume"]["count"]
    # "Load layers on completion": both loaded, with the plugin's style
    loaded = {layer["source"].split("|")[0]: layer for layer in batch["new_layers"]}
    assert set(loaded) == set(batch["outputs"].values()), batch["new_layers"]
    for layer in loaded.values():
        assert layer["renderer"] == "graduatedSymbol" and layer["class_attribute"] == "ew_gesamt", layer
    assert batch["log"].count("✓") == 2 * len(COUNT_FIELDS), batch["log"]
    _screenshot(desktop, "batch_aggregate_counts")
    _screenshot(desktop, "batch_aggregate_counts_log")


def test_dialog_parameters_fit_without_sideways_scrolling(desktop):
    """Parameter labels short enough that the dialog QGIS opens (688 px) needs no sideways scrolling
    to reach the buttons next to the layer and field choosers."""
    dialog = _scenario(desktop)["dialog"]
    areas = [a for a in dialog["scroll_areas"] if a["hscroll"]]
    assert areas == [], areas


# ---------------------------------------------------------------- the Gebietsprofil dock in the real desktop

@pytest.fixture(scope="module")
def dock_run(tmp_path_factory) -> DesktopRun:
    """QGIS (German UI) with the dock opened on indicators of the sample town (made before QGIS starts)."""
    _require_desktop()
    workdir = str(tmp_path_factory.mktemp("qgis_desktop_dock"))
    indicators = os.path.join(workdir, "indikatoren_2025.gpkg")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(["/usr/bin/python3", os.path.join(HERE, "make_indicators.py"), BUILD, SAMPLE_GPKG, indicators],
                   check=True, env=env, timeout=300, capture_output=True)
    return run_qgis_desktop(workdir, BUILD, PLUGIN, lang="de", scenario_suffix="_de",
                            scenario_script=os.path.join(HERE, "dock_scenario.py"), data=indicators)


def test_dock_in_the_real_desktop(dock_run):
    s = dock_run.scenario
    assert s is not None and s["errors"] == [], (dock_run.stderr[-2000:], s)
    assert s["action"] and s["object_name"] == "SozialplanungAreaProfileDock"
    assert "0202" in s["header"] and s["selected"] == ["0202"]          # the map selection follows
    assert len(s["rows"]) == 3 and all(r[0] for r in s["rows"])
    assert all("/ 12" in r[4] for r in s["rows"])                        # rank among the 12 Sozialräume
    assert len(s["similar"]) == 5
    assert os.path.getsize(s["dock_png"]) > 10_000                      # a screenshot to look at
    assert not any(e.get("event") == "show_exception" for e in dock_run.events)
