"""German CSV as delivered, checked against the sample town's ground truth and by hand."""
import os

import generate_town as gt
import pytest

from sozialplanung_plugin.core.delivered_table import parse_number, read_delivered_csv
from sozialplanung_plugin.core.errors import InputError
from tests.conftest import DATA


def test_parse_number_by_hand():
    assert parse_number("1.234") == 1234 and parse_number("1.234,5") == 1234.5
    assert parse_number("12,3") == 12.3 and parse_number("-7") == -7 and parse_number("3.5") == 3.5
    assert parse_number("1 234") == 1234 and parse_number("12.34.5") is None and parse_number("abc") is None


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_sample_csv_matches_ground_truth(encoding):
    with open(os.path.join(DATA, "sozialraeume_S_2025.csv"), encoding="utf-8") as fh:
        text = fh.read()
    table = read_delivered_csv(text.encode(encoding))
    assert table.encoding == ("UTF-8" if encoding == "utf-8" else "Windows-1252")
    assert table.delimiter == ";"
    cols = {c.name: c for c in table.columns}
    assert cols["Sozialraum"].kind == "text" and cols["Sozialraum"].values[0] == "0101"
    assert cols["Name"].values[1] == "Altstadt-Süd"
    assert cols["Ausländeranteil in %"].kind == "real"
    truth = gt.sozialraum_table(gt.build_town("S"), 2025)
    for field, header in gt.CSV_HEADERS.items():
        col = cols[header]
        assert col.kind == "integer", header
        for row, value in zip(truth, col.values):
            if 0 < row[field] < 3:
                assert value is None and col.notes[truth.index(row)] == "*", (header, row["sozialraum_id"])
            else:
                assert value == row[field], (header, row["sozialraum_id"])


def test_markers_dash_and_keys_by_hand():
    data = ("Bezirk;Einwohner;SGB II;Quote\r\n"
            "0101;1.234;*;12,5\r\n"
            "0102;987;-;.\r\n"
            "0103;2.000;15;x\r\n").encode("cp1252")
    t = read_delivered_csv(data)
    cols = {c.name: c for c in t.columns}
    assert cols["Bezirk"].values == ["0101", "0102", "0103"]
    assert cols["Einwohner"].values == [1234, 987, 2000]
    assert cols["SGB II"].values == [None, 0, 15] and cols["SGB II"].notes == ["*", "-", None]
    assert cols["Quote"].kind == "real" and cols["Quote"].values == [12.5, None, None]
    assert t.marker_counts["Quote"] == {".": 1, "x": 1}
    t2 = read_delivered_csv(data, dash_is_zero=False)
    assert {c.name: c for c in t2.columns}["SGB II"].values == [None, None, 15]


def test_bad_files_are_reported():
    with pytest.raises(InputError) as e:
        read_delivered_csv(b"a;b\n1;2;3\n")
    assert e.value.code == "table_ragged_row" and e.value.details["line"] == 2
    with pytest.raises(InputError) as e:
        read_delivered_csv(b"a;b\n1;2\n", key_columns=["key"])
    assert e.value.code == "table_missing_column" and e.value.details["column"] == "key"
    with pytest.raises(InputError) as e:
        read_delivered_csv(b"")
    assert e.value.code == "table_empty"
