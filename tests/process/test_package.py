"""make package builds a zip that installs through Plugins > Install from ZIP."""
import configparser
import os
import subprocess
import sys
import zipfile

from tests.conftest import REPO


def test_package_zip(tmp_path):
    version = configparser.ConfigParser()
    version.read(os.path.join(REPO, "metadata.txt"), encoding="utf-8")
    ver = version["general"]["version"]
    target = tmp_path / f"sozialplanung_plugin-{ver}.zip"
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"),
                    os.path.join(REPO, "build", "sozialplanung_plugin"), str(target)], check=True)
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        meta = zf.read("sozialplanung_plugin/metadata.txt").decode("utf-8")
    assert {n.split("/")[0] for n in names} == {"sozialplanung_plugin"}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "i18n/sozialplanung_de.qm", "resources_rc.py",
                     "resources/icons/sozialplanung.svg", "processing/provider.py"):
        assert f"sozialplanung_plugin/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "tests/" in n]
    cfg = configparser.ConfigParser()
    cfg.read_string(meta)
    g = cfg["general"]
    for key in ("name", "description", "about", "version", "author", "email", "repository", "tracker",
                "homepage", "icon", "tags", "category", "qgisMinimumVersion", "hasProcessingProvider"):
        assert g.get(key), key
    assert g["qgisMinimumVersion"] == "3.22" and g["hasProcessingProvider"] == "yes"
    assert f"sozialplanung_plugin/{g['icon']}" in names


def test_package_check_rejects_bad_zip(tmp_path):
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    import package

    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("sozialplanung_plugin/__init__.py", "")
        zf.writestr("sozialplanung_plugin/__pycache__/x.pyc", "")
        zf.writestr("other/readme", "")
    problems = package.check(str(bad), "sozialplanung_plugin")
    assert any("top folder" in p for p in problems)
    assert any("metadata.txt" in p for p in problems)
    assert any("unwanted" in p for p in problems)


def test_zip_installs_and_runs(tmp_path, qgis_process):
    """Unzipped into an empty plugin folder (what Install from ZIP does), the plugin loads and runs."""
    import json

    target = tmp_path / "p.zip"
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"),
                    os.path.join(REPO, "build", "sozialplanung_plugin"), str(target)], check=True)
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(target) as zf:
        zf.extractall(plugins)
    proc = qgis_process("list", plugin_path=str(plugins))
    assert proc.returncode == 0, proc.stderr
    assert "sozialplanung:aggregate_counts" in proc.stdout
    proc = qgis_process("--json", "help", "sozialplanung:aggregate_counts", plugin_path=str(plugins), locale="de")
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert info["algorithm_details"]["name"] == "Zählwerte auf Planungsräume aggregieren"
