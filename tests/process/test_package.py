"""make package builds a zip that installs through Plugins > Install from ZIP."""
import configparser
import os
import subprocess
import sys
import zipfile

from tests.conftest import REPO


def build_zip(target):
    """scripts/package.py on the staged build (what `make package` runs)."""
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"),
                    os.path.join(REPO, "build", "sozialplanung_plugin"), str(target)], check=True)
    return target


def test_package_zip(tmp_path):
    version = configparser.ConfigParser()
    version.read(os.path.join(REPO, "metadata.txt"), encoding="utf-8")
    ver = version["general"]["version"]
    target = build_zip(tmp_path / f"sozialplanung_plugin-{ver}.zip")
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        meta = zf.read("sozialplanung_plugin/metadata.txt").decode("utf-8")
    assert {n.split("/")[0] for n in names} == {"sozialplanung_plugin"}
    for required in ("__init__.py", "metadata.txt", "LICENSE", "i18n/sozialplanung_de.qm", "compat.py",
                     "resources/icons/sozialplanung.svg", "processing/provider.py"):
        assert f"sozialplanung_plugin/{required}" in names, required
    # Qt6 has no compiled resources: icons are loaded by file path
    assert "sozialplanung_plugin/resources_rc.py" not in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "tests/" in n]
    cfg = configparser.ConfigParser()
    cfg.read_string(meta)
    g = cfg["general"]
    for key in ("name", "description", "about", "version", "author", "email", "repository", "tracker",
                "homepage", "icon", "tags", "category", "qgisMinimumVersion", "hasProcessingProvider"):
        assert g.get(key), key
    assert g["qgisMinimumVersion"] == "3.22" and g["hasProcessingProvider"] == "yes"
    assert g["qgisMaximumVersion"] == "4.99"   # without it QGIS 4 refuses the plugin (default 3.99)
    assert f"sozialplanung_plugin/{g['icon']}" in names


def test_zip_has_no_pyqt5_import(tmp_path):
    """Nothing that QGIS 4 (Qt6) loads may import PyQt5: every module of the zip, read as text, imports Qt
    only through qgis.PyQt."""
    target = build_zip(tmp_path / "p.zip")
    offending, qt_imports = [], 0
    with zipfile.ZipFile(target) as zf:
        sources = {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".py")}
    assert len(sources) > 40
    for name, text in sources.items():
        for no, line in enumerate(text.splitlines(), 1):
            words = line.strip().split()
            if words[:1] in (["import"], ["from"]) and len(words) > 1:
                module = words[1].rstrip(",")
                qt_imports += module.startswith("qgis.PyQt")
                if module.split(".")[0] in ("PyQt5", "sip") or "resources_rc" in line:
                    offending.append(f"{name}:{no}: {line.strip()}")
    assert offending == []
    assert qt_imports > 10   # the scan did see the plugin's Qt imports


def package_script():
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    import package

    return package


def write_zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


def test_package_check_rejects_pyqt5(tmp_path):
    package = package_script()
    bad = write_zip(tmp_path / "sozialplanung_plugin-x.zip", {
        "sozialplanung_plugin/a.py": "import os\nfrom PyQt5.QtCore import Qt\n",
        "sozialplanung_plugin/b.py": "def f():\n    import PyQt5.QtWidgets\n",
        "sozialplanung_plugin/c.py": "from qgis.PyQt.QtCore import Qt\n"})
    assert package.qt5_imports(str(bad)) == ["sozialplanung_plugin/a.py:2", "sozialplanung_plugin/b.py:2"]
    assert any("PyQt5" in p for p in package.check(str(bad), "sozialplanung_plugin"))


def test_package_check_rejects_bad_zip(tmp_path):
    package = package_script()
    bad = write_zip(tmp_path / "bad.zip", {"sozialplanung_plugin/__init__.py": "",
                                           "sozialplanung_plugin/__pycache__/x.pyc": "", "other/readme": ""})
    problems = package.check(str(bad), "sozialplanung_plugin")
    assert any("top folder" in p for p in problems)
    assert any("metadata.txt" in p for p in problems)
    assert any("unwanted" in p for p in problems)


def test_zip_installs_and_runs(tmp_path, qgis_process):
    """Unzipped into an empty plugin folder (what Install from ZIP does), the plugin loads and runs."""
    import json

    target = build_zip(tmp_path / "p.zip")
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
