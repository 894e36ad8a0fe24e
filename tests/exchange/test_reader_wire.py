"""What the reader child sends arrives as it was read, and nothing it sends can run code."""

from __future__ import annotations

import datetime as dt
import json
import math
import pickle
from pathlib import Path

import misbehaving_readers as mr
import pytest

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange import reader_wire as wire
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet, SpreadsheetRejectedError
from ikrar_desktop.exchange.sandbox import ReadLimits, run_child

CELLS: list[object] = [
    "198001012005010001",
    "",
    None,
    0,
    1,
    -7,
    2**70,
    1.0,
    -0.0,
    1.98e17,
    0.1 + 0.2,
    True,
    False,
    dt.datetime(2024, 1, 8, 7, 30, 15, 250),
    dt.date(1980, 1, 1),
    dt.time(23, 59, 59),
    'Ma\'ruf "Amin" \\ {x} [1] 😀 \u2028 \x00',
    '{"d": "2024-01-08"}',
]


def _round_trip(message: list[object]) -> list[object]:
    return wire.decode(wire.encode(message))


def test_every_cell_type_comes_back_equal_and_of_its_type() -> None:
    seq, rows = wire.rows_of(_round_trip(wire.rows_message(3, [CELLS, [], ["x"]])))
    assert seq == 3
    assert rows == [CELLS, [], ["x"]]
    assert [type(c) for c in rows[0]] == [type(c) for c in CELLS]  # True stays bool, 1.0 float
    assert math.copysign(1, rows[0][8]) == -1  # type: ignore[arg-type]


def test_nan_infinity_and_a_lone_surrogate_survive() -> None:
    _seq, rows = wire.rows_of(_round_trip(wire.rows_message(0, [[math.nan, math.inf, "a\udc80"]])))
    assert math.isnan(rows[0][0])  # type: ignore[arg-type]
    assert rows[0][1:] == [math.inf, "a\udc80"]


def test_a_cell_outside_the_contract_travels_as_its_text() -> None:
    _seq, rows = wire.rows_of(_round_trip(wire.rows_message(0, [[dt.timedelta(hours=1)]])))
    assert rows == [["1:00:00"]]


def test_the_book_comes_back_with_its_streamed_rows() -> None:
    book = RawBook("/x/roster.csv", "csv", [], encoding="cp1252", delimiter=";")
    book.sheets = [
        RawSheet("Data", [], {(4, 1), (5, 1)}, visible=True, truncated=True),
        RawSheet("Kosong", [], set(), visible=False),
    ]
    done = _round_trip(wire.done_message(book, [0, -1]))
    rows = [["NIP", "NAMA"], ["1", "A"]]
    back = wire.book_of(done, {0: [rows[:1], rows[1:]]})
    expected = RawBook("/x/roster.csv", "csv", [], encoding="cp1252", delimiter=";")
    expected.sheets = [
        RawSheet("Data", rows, {(4, 1), (5, 1)}, visible=True, truncated=True),
        RawSheet("Kosong", [], set(), visible=False),
    ]
    assert back == expected


def test_a_rejection_keeps_reason_message_and_hint() -> None:
    exc = rb.rejected(rb.PASSWORD, "Berkas dilindungi kata sandi (terenkripsi).")
    back = wire.rejection_of(_round_trip(wire.error_message(exc)))
    assert (back.reason, back.message, back.hint) == (exc.reason, exc.message, exc.hint)


@pytest.mark.parametrize(
    "data",
    [
        pickle.dumps(("rows", 0, [["x"]])),
        b"",
        b"\xff\xfe",
        b"{}",
        b"[]",
        b"[1]",
        b'"rows"',
        b'["rows", 0]',
        b'["rows", "0", [["x"]]]',
        b'["rows", 0, "xx"]',
        b'["rows", 0, [["x", ["nested"]]]]',
        b'["rows", 0, [{"a": 1}]]',
        b'["rows", 0, [[{"d": "2024-01-08", "t": "x"}]]]',
        b'["rows", 0, [[{"zz": "1"}]]]',
        b'["rows", 0, [[{"d": "not a date"}]]]',
        b'["done", "p"]',
        b'["done", "p", "xlsx", false, null, null, [["S", [[1]], true, false, 0]]]',
        b"[" * 100_000,
    ],
)
def test_anything_malformed_is_a_rejected_file(data: bytes) -> None:
    with pytest.raises(SpreadsheetRejectedError) as info:
        message = wire.decode(data)
        kind = message[0]
        if kind == "rows":
            wire.rows_of(message)
        elif kind == "done":
            wire.book_of(message, {})
        else:
            raise wire.garbled()
    assert info.value.reason == rb.CRASH


def test_a_json_error_frame_of_the_wrong_shape_still_reads_as_a_refusal() -> None:
    back = wire.rejection_of(json.loads('["error", "x"]'))
    assert back.reason == rb.CRASH


def test_a_hijacked_reader_cannot_run_code_in_the_app(tmp_path: Path) -> None:
    target = tmp_path / "created-by-the-child's-pickle"
    with pytest.raises(SpreadsheetRejectedError) as info:
        run_child(str(target), "xlsx", ReadLimits(seconds=20), read=mr.answer_with_pickle)
    assert info.value.reason == rb.CRASH
    assert not target.exists()
