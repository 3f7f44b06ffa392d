"""qgis_process against the staged build, with a throw-away profile."""
import json
import os
import subprocess

import pytest

from tests.conftest import BUILD, REPO

QGIS_PROCESS = os.path.join(REPO, "scripts", "qgis_process")


def make_profile(root, locale=None):
    ini_dir = os.path.join(root, "profiles", "default", "QGIS")
    os.makedirs(ini_dir, exist_ok=True)
    lines = ["[PythonPlugins]", "sozialplanung_plugin=true"]
    if locale:
        lines += ["", "[locale]", "overrideFlag=true", f"userLocale={locale}"]
    with open(os.path.join(ini_dir, "QGIS3.ini"), "w") as fh:
        fh.write("\n".join(lines) + "\n")
    return root


@pytest.fixture
def qgis_process(tmp_path):
    """Run scripts/qgis_process; returns CompletedProcess (and parsed JSON when --json)."""
    def _run(*args, locale=None, timeout=300, plugin_path=BUILD):
        env = dict(os.environ)
        env["QGIS_PLUGINPATH"] = plugin_path
        env["QGIS_CUSTOM_CONFIG_PATH"] = make_profile(str(tmp_path / f"profile_{locale or 'en'}"), locale)
        env["QT_QPA_PLATFORM"] = "offscreen"
        proc = subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, env=env,
                              timeout=timeout, cwd=str(tmp_path))
        proc.json = None
        if "--json" in args and "run" in args and proc.returncode == 0:
            proc.json = json.loads(proc.stdout)
        return proc
    return _run
