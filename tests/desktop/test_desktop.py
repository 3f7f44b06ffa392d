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

Screenshots for humans: ``build/screenshots/qgis_desktop_toolbox.png`` (English
UI) and ``build/screenshots/qgis_desktop_toolbox_de.png`` (German UI).
"""
from __future__ import annotations

import contextlib
import json
import os
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

# /usr/bin/qgis is Debian's wrapper: it only adds GRASS to LD_LIBRARY_PATH and
# passes $QGIS_OPTS (/etc/default/qgis: --noversioncheck), which the desktop
# binary understands -- unlike the qgis_process wrapper. So the wrapper is fine.
QGIS = "/usr/bin/qgis"
XVFB = shutil.which("Xvfb")
XVFB_SCREEN = "1600x1000x24"
TIMEOUT_S = 120

# Core plugins other than Processing are switched off: less start-up time and
# no unrelated messages in the log.
OTHER_CORE_PLUGINS = ("MetaSearch", "db_manager", "grassprovider", "otbprovider", "sagaprovider")

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
) -> DesktopRun:
    """Start QGIS under Xvfb with ``plugin`` (found in ``plugin_path``) enabled;
    ``qgis_startup.py`` inspects it and quits. Never takes longer than TIMEOUT_S."""
    profiles_path = os.path.join(workdir, "profiles_root")
    out_dir = os.path.join(workdir, "out")
    home = os.path.join(workdir, "home")
    runtime = os.path.join(workdir, "xdg_runtime")
    for d in (out_dir, home, runtime):
        os.makedirs(d)
    os.chmod(runtime, 0o700)
    _write_profile(profiles_path, [plugin], lang)

    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # tests/conftest.py sets offscreen; we want the X server
    env.update(
        HOME=home,
        XDG_RUNTIME_DIR=runtime,
        QGIS_PLUGINPATH=plugin_path,
        PYQGIS_STARTUP=STARTUP_SCRIPT,
        SOZ_DESKTOP_OUT=out_dir,
        SOZ_DESKTOP_PLUGIN=plugin,
        SOZ_DESKTOP_PROVIDER=PROVIDER_ID,
        SOZ_DESKTOP_SCREENSHOT=screenshot or os.path.join(out_dir, "main_window.png"),
        SOZ_DESKTOP_DELAY_MS="3000",
        SOZ_DESKTOP_FALLBACK_MS=str((TIMEOUT_S - 30) * 1000),
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
    )


def _require_desktop():
    if not os.access(QGIS, os.X_OK) or XVFB is None:
        pytest.skip(f"needs the QGIS desktop ({QGIS}) and Xvfb")
    if not os.path.exists(os.path.join(BUILD, PLUGIN, "__init__.py")):
        pytest.fail(f"plugin is not staged: run `make stage` first ({os.path.join(BUILD, PLUGIN)} missing)")


def _expected_translation(lang: str, source: str) -> str:
    """What the staged .qm turns ``source`` into (the source itself if untranslated)."""
    from qgis.PyQt.QtCore import QTranslator

    qm = os.path.join(BUILD, PLUGIN, "i18n", f"sozialplanung_{lang[:2]}.qm")
    translator = QTranslator()
    if not os.path.exists(qm) or not translator.load(qm):
        return source
    return translator.translate("@default", source) or source


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
    workdir = str(tmp_path_factory.mktemp("qgis_desktop_" + lang))
    return run_qgis_desktop(workdir, BUILD, PLUGIN, lang=lang, screenshot=screenshot)


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
