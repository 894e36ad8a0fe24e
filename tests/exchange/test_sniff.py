"""Format detection from content, not extension."""

from __future__ import annotations

import zipfile
from pathlib import Path

import hostile_files as hf
import pytest

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import SpreadsheetRejectedError
from ikrar_desktop.exchange.sniff import sniff_format


def _reason(path: Path) -> str:
    with pytest.raises(SpreadsheetRejectedError) as info:
        sniff_format(path)
    return info.value.reason


def test_xlsx_renamed_is_still_xlsx(tmp_path: Path) -> None:
    assert sniff_format(hf.plain(tmp_path / "roster.xls")) == "xlsx"


def test_csv_and_text(tmp_path: Path) -> None:
    p = tmp_path / "a.xlsx"
    p.write_text("NIP;Nama\n198001012005011001;Ani\n", encoding="utf-8")
    assert sniff_format(p) == "csv"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", rb.EMPTY),
        (b"<!DOCTYPE html><html><table></table></html>", rb.HTML),
        (b"\xef\xbb\xbf  <table><tr><td>1</td></tr></table>", rb.HTML),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n", rb.HTML),
        (b"%PDF-1.7\n", rb.NOT_SPREADSHEET),
        (b"\x89PNG\r\n\x1a\n\x00\x00", rb.NOT_SPREADSHEET),
        (bytes(range(256)) * 4, rb.NOT_SPREADSHEET),
        (
            b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            rb.UNSUPPORTED,
        ),
        (b"PK\x03\x04truncated", rb.CORRUPT),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1short", rb.CORRUPT),
    ],
)
def test_refusals(tmp_path: Path, content: bytes, reason: str) -> None:
    p = tmp_path / "x.xls"
    p.write_bytes(content)
    assert _reason(p) == reason


def test_encrypted_ooxml(tmp_path: Path) -> None:
    assert _reason(hf.encrypted_ooxml(tmp_path / "enc.xlsx")) == rb.PASSWORD


def test_docx_and_plain_zip(tmp_path: Path) -> None:
    p = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        )
    assert _reason(p) == rb.NOT_SPREADSHEET
    q = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(q, "w") as zf:
        zf.writestr("readme.txt", "hi")
    assert _reason(q) == rb.NOT_SPREADSHEET


def test_ods_and_encrypted_ods(tmp_path: Path) -> None:
    p = tmp_path / "a.ods"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    assert sniff_format(p) == "ods"
    q = tmp_path / "b.ods"
    with zipfile.ZipFile(q, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", "<manifest:encryption-data/>")
    assert _reason(q) == rb.PASSWORD
