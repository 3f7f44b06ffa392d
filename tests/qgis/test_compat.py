"""compat.py on the running QGIS: field types, field-name parameters, styles in the database, and OGR
code that behaves the same whether GDAL exceptions are on (GDAL 4's default; any plugin may switch them
on) or off."""
import pytest
from osgeo import gdal, ogr

from tests.qgis.layers import _point, _square, features, write_layer


def _set_exceptions(gdal_on: bool, ogr_on: bool) -> None:
    # GDAL keeps a stack of error handlers: switch off in the reverse order of switching on
    if not ogr_on and ogr.GetUseExceptions():
        ogr.DontUseExceptions()
    if not gdal_on and gdal.GetUseExceptions():
        gdal.DontUseExceptions()
    if gdal_on and not gdal.GetUseExceptions():
        gdal.UseExceptions()
    if ogr_on and not ogr.GetUseExceptions():
        ogr.UseExceptions()


@pytest.fixture(params=["exceptions on", "exceptions off"])
def gdal_exceptions(request):
    before = (gdal.GetUseExceptions(), ogr.GetUseExceptions())
    on = request.param == "exceptions on"
    _set_exceptions(on, on)
    assert (bool(gdal.GetUseExceptions()), bool(ogr.GetUseExceptions())) == (on, on)
    yield on
    _set_exceptions(*before)


def test_field_types_are_what_this_qgis_writes(plugin):
    from qgis.core import QgsField, QgsFields, QgsVectorLayer

    from sozialplanung_plugin.compat import INTEGER_TYPES, FieldType

    layer = QgsVectorLayer("None", "t", "memory")
    fields = QgsFields()
    for name, kind in (("i", FieldType.Int), ("l", FieldType.LongLong), ("d", FieldType.Double),
                       ("s", FieldType.String)):
        fields.append(QgsField(name, kind))
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    got = {f.name(): f.type() for f in layer.fields()}
    assert got == {"i": FieldType.Int, "l": FieldType.LongLong, "d": FieldType.Double, "s": FieldType.String}
    assert layer.fields().field("d").isNumeric() and not layer.fields().field("s").isNumeric()
    assert got["l"] in INTEGER_TYPES and got["d"] not in INTEGER_TYPES


def test_opening_what_is_not_there_gives_none(plugin, gdal_exceptions, tmp_path):
    from sozialplanung_plugin.compat import gdal_open_vector, ogr_layer, ogr_open

    missing = str(tmp_path / "missing.gpkg")
    assert ogr_open(missing) is None and ogr_open(missing, update=True) is None
    assert gdal_open_vector(missing) is None
    path = str(tmp_path / "a.gpkg")
    write_layer(path, "pts", [_point(1, 1)], [("k", "str")], [("x",)])
    ds = ogr_open(path)
    assert ds is not None
    assert ogr_layer(ds, "pts").GetFeatureCount() == 1
    assert ogr_layer(ds, "nope") is None
    assert ogr_layer(ds, index=5) is None


def test_algorithms_write_recipe_and_style_and_read_arrow(run, gdal_exceptions, tmp_path):
    """The same run, with GDAL exceptions on or off: the counts read through OGR's Arrow stream, the
    recipe table and the default style written through OGR into the output GeoPackage."""
    from qgis.core import QgsRuleBasedRenderer, QgsVectorLayer

    path = str(tmp_path / "in.gpkg")
    areas = write_layer(path, "areas", [_square(0, 0, 10, 10), _square(10, 0, 20, 10)], [("key", "str")],
                        [("01",), ("02",)])
    points = write_layer(path, "points", [_point(2, 2), _point(3, 3), _point(12, 5)],
                         [("ew", "int"), ("sgb2", "int")], [(400, 40), (300, 30), (500, 100)])
    counts = str(tmp_path / "counts.gpkg")
    run("sozialplanung:aggregate_counts", {"INPUT": points, "FIELDS": ["ew", "sgb2"], "AREAS": areas,
                                           "AREA_ID": "key", "METHOD": 1, "OUTPUT": counts})
    got = features(counts, "key")
    assert {k: (v["ew"], v["sgb2"]) for k, v in got.items()} == {"01": (700, 70), "02": (500, 100)}

    out = str(tmp_path / "rates.gpkg")
    run("sozialplanung:compute_indicators", {
        "INPUT": counts, "AREA_ID": "key", "CATALOGUE": "", "INDICATORS": "", "NUMERATOR": "\"sgb2\"",
        "DENOMINATOR": "\"ew\"", "FACTOR": 100, "DECIMALS": 1, "NAME": "quote", "MIN_COUNT": 3,
        "POPULATION_FIELD": "ew", "MIN_POPULATION": 0, "OUTPUT": out})
    ds = ogr.Open(out)
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    assert "sozialplanung_recipe" in names and "layer_styles" in names
    recipe = ds.GetLayerByName("sozialplanung_recipe")
    assert recipe.GetFeatureCount() >= 1
    styles = ds.GetLayerByName("layer_styles")
    assert [f.GetField("useAsDefault") for f in styles] == [1]
    ds = None
    table = next(n for n in names if n not in ("sozialplanung_recipe", "layer_styles"))
    layer = QgsVectorLayer(f"{out}|layername={table}", "rates", "ogr")
    renderer = layer.renderer()                                # the stored default style: classes + NULL
    assert isinstance(renderer, QgsRuleBasedRenderer)
    assert any("IS NULL" in r.filterExpression() for r in renderer.rootRule().children())
    values = {f["key"]: f["quote"] for f in layer.getFeatures()}
    assert values == {"01": 10.0, "02": 20.0}                  # 70/700 and 100/500 in %
