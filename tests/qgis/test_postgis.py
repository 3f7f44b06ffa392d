"""compute_indicators reading counts from a real PostGIS and writing a new PostGIS table.

The fixture creates a throw-away PostgreSQL cluster (Debian packages installed by
`make deps`) on a private socket directory and port, and removes it afterwards;
no system service is used.
"""
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal

import pytest
from osgeo import gdal, ogr

from tests.conftest import SAMPLE_GPKG


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_bindir():
    """bin/ of the newest installed PostgreSQL server that has PostGIS: Debian's postgresql-<N>-postgis-3 with
    N = 15 on Debian 12, 17 on Debian 13, 18 on sid (scripts/deb_packages.sh)."""
    found = []
    for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        version = initdb.split("/")[4]
        if os.path.exists(f"/usr/share/postgresql/{version}/extension/postgis.control"):
            found.append((tuple(int(part) for part in version.split(".")), os.path.dirname(initdb)))
    assert found, "no PostgreSQL server with PostGIS: run `make deps` (installs postgresql-<N>-postgis-3)"
    return max(found)[1]


@pytest.fixture(scope="module")
def postgis():
    bindir = _server_bindir()
    root = tempfile.mkdtemp(prefix="sozialplanung-pg-")
    as_user = []
    if os.geteuid() == 0:           # initdb refuses to run as root
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = os.path.join(root, "data"), _free_port()
    subprocess.run(as_user + [os.path.join(bindir, "initdb"), "-D", data, "-A", "trust", "-U", "postgres"],
                   check=True, capture_output=True)
    subprocess.run(as_user + [os.path.join(bindir, "pg_ctl"), "-D", data, "-l", os.path.join(root, "log"), "-w",
                              "-o", f"-k {root} -p {port} -c listen_addresses=''", "start"],
                   check=True, capture_output=True)
    try:
        psql = ["psql", "-h", root, "-p", str(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q"]
        subprocess.run(psql + ["-c", "CREATE DATABASE sozial"], check=True, capture_output=True)
        subprocess.run(psql + ["-d", "sozial", "-c", "CREATE EXTENSION postgis"], check=True, capture_output=True)
        yield {"host": root, "port": str(port), "dbname": "sozial", "user": "postgres",
               "ogr": f"PG:host={root} port={port} dbname=sozial user=postgres"}
    finally:
        subprocess.run(as_user + [os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _uri(pg, table, key=None):
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    uri.setConnection(pg["host"], pg["port"], pg["dbname"], pg["user"], "")
    uri.setDataSource("public", table, "geom", "", key or "")
    return uri.uri(False)


def test_indicators_from_and_to_postgis(run, postgis, tmp_path):
    from qgis.core import QgsVectorLayer

    # counts per Sozialraum, loaded into PostGIS with ogr2ogr (not through the plugin)
    sr = str(tmp_path / "sr.gpkg")
    run("sozialplanung:aggregate_counts", {"INPUT": f"{SAMPLE_GPKG}|layername=adressen_2025",
                                           "AREAS": f"{SAMPLE_GPKG}|layername=sozialraeume",
                                           "AREA_ID": "sozialraum_id", "METHOD": 1, "OUTPUT": sr})
    gdal.VectorTranslate(postgis["ogr"], sr, format="PostgreSQL", layerName="counts",
                         layerCreationOptions=["GEOMETRY_NAME=geom", "FID=fid"])
    src = QgsVectorLayer(_uri(postgis, "counts", "fid"), "counts", "postgres")
    assert src.isValid() and src.featureCount() == 12
    before = sorted((f["sozialraum_id"], f["ew_gesamt"]) for f in src.getFeatures())
    res = run("sozialplanung:compute_indicators", {
        "INPUT": src, "AREA_ID": "sozialraum_id", "INDICATORS": "auslaenderanteil,sgb2_quote",
        "OUTPUT": "postgres://" + _uri(postgis, "indikatoren")})
    assert res["OUTPUT"].startswith("postgres://")
    # read the new table with OGR and check against Decimal arithmetic on the sample's own sums
    ds = ogr.Open(postgis["ogr"])
    got = {f.GetField("sozialraum_id"): f.GetField("auslaenderanteil") for f in ds.GetLayerByName("indikatoren")}
    sample = ogr.Open(SAMPLE_GPKG)
    sql = sample.ExecuteSQL("SELECT sozialraum_id, SUM(auslaender), SUM(ew_gesamt) FROM adressen_2025 "
                            "GROUP BY sozialraum_id")
    expected = {f.GetField(0): float((Decimal(f.GetField(1)) * 100 / Decimal(f.GetField(2)))
                                     .quantize(Decimal("0.1"), ROUND_HALF_UP)) for f in sql}
    sample.ReleaseResultSet(sql)
    assert got == expected
    # the input table is unchanged
    src.reload()
    assert sorted((f["sozialraum_id"], f["ew_gesamt"]) for f in src.getFeatures()) == before
