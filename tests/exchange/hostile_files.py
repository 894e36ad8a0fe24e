"""Generators of crafted hostile spreadsheets (reliability-research §3), written under tmp_path."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{extra}</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _sheet(body: str, extra: str = "", dim: str = "A1") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><dimension ref="{dim}"/>'
        f"<sheetData>{body}</sheetData>{extra}</worksheet>"
    )


def write_xlsx(
    path: Path,
    sheets: list[str],
    shared: str | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A minimal but valid xlsx with the given raw sheet XML parts."""
    wb = "".join(
        f'<sheet name="S{i + 1}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i in range(len(sheets))
    )
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheets))
    )
    n = len(sheets)
    if shared is not None:
        rels += (
            f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        )
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(n)
    )
    with zipfile.ZipFile(path, "w", compression) as zf:
        zf.writestr("[Content_Types].xml", _CT.format(extra=overrides))
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", f"<workbook {_NS} {_RNS}><sheets>{wb}</sheets></workbook>")
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>",
        )
        for i, body in enumerate(sheets):
            zf.writestr(f"xl/worksheets/sheet{i + 1}.xml", body)
        if shared is not None:
            zf.writestr("xl/sharedStrings.xml", shared)
    return path


def plain(path: Path) -> Path:
    return write_xlsx(
        path, [_sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c></row>')]
    )


def billion_laughs(path: Path) -> Path:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    shared = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{ents}]>'
        f'<sst {_NS} count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    )
    body = _sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    return write_xlsx(path, [body], shared=shared)


def zip_bomb(path: Path, megabytes: int = 200) -> Path:
    """One huge inline string cell: a few hundred KB on disk, hundreds of MB inflated."""
    head = (
        '<?xml version="1.0"?><worksheet '
        + _NS
        + '><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
    )
    tail = "</t></is></c></row></sheetData></worksheet>"
    write_xlsx(path, [_sheet("")])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo("xl/worksheets/sheet2.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as out:
            out.write(head.encode())
            block = b"A" * (1024 * 1024)
            for _ in range(megabytes):
                out.write(block)
            out.write(tail.encode())
    return path


def lying_sizes(path: Path) -> Path:
    """The central directory declares a tiny sheet; the stored stream is ~8 MB."""
    big = _sheet(
        "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 200_001))
    )
    write_xlsx(path, [big], compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    cd = data.rfind(b"PK\x01\x02", 0, data.rfind(name))  # central record of sheet1
    struct.pack_into("<II", data, cd + 20, 4096, 4096)  # compressed, uncompressed size
    path.write_bytes(bytes(data))
    return path


def far_cell(path: Path) -> Path:
    """A1 plus one cell at XFD1048576: calamine allocates the whole grid (aborts in 0.9.1)."""
    body = (
        '<row r="1"><c r="A1"><v>1</v></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>'
    )
    return write_xlsx(path, [_sheet(body, dim="A1:XFD1048576")])


def merge_bomb(path: Path, merges: int = 40_000) -> Path:
    cells = "".join(f'<mergeCell ref="A{2 * i + 1}:B{2 * i + 2}"/>' for i in range(merges))
    body = _sheet(
        '<row r="1"><c r="A1"><v>1</v></c></row>',
        extra=f'<mergeCells count="{merges}">{cells}</mergeCells>',
        dim="A1:XFD1048576",
    )
    return write_xlsx(path, [body])


def many_sheets(path: Path, count: int = 900) -> Path:
    body = _sheet('<row r="1"><c r="A1"><v>1</v></c></row>')
    return write_xlsx(path, [body] * count)


def many_entries(path: Path, count: int = 1500) -> Path:
    plain(path)
    with zipfile.ZipFile(path, "a") as zf:
        for i in range(count):
            zf.writestr(f"junk/{i}.xml", "<x/>")
    return path


def encrypted_ooxml(path: Path) -> Path:
    """A minimal compound file whose directory holds EncryptionInfo and EncryptedPackage."""
    sec = 512
    header = bytearray(sec)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 32, 6)
    struct.pack_into("<IIII", header, 44, 1, 1, 0, 4096)  # 1 FAT sector; directory at sector 1
    struct.pack_into("<IIII", header, 60, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 76, *difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [0xFFFFFFFF] * 126
    directory = bytearray(sec)
    for i, (name, kind) in enumerate(
        [("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2)]
    ):
        raw = name.encode("utf-16-le") + b"\x00\x00"
        off = i * 128
        directory[off : off + len(raw)] = raw
        struct.pack_into("<HB", directory, off + 64, len(raw), kind)
        struct.pack_into("<II", directory, off + 116, 0xFFFFFFFE, 0)
    path.write_bytes(bytes(header) + struct.pack("<128I", *fat) + bytes(directory))
    return path


def html_as_xls(path: Path) -> Path:
    path.write_text(
        "<html><head><meta charset='utf-8'></head><body><table><tr><td>NIP</td><td>Nama</td>"
        "</tr></table></body></html>",
        encoding="utf-8",
    )
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def pdf_as_xlsx(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return path


BIG_ROWS, BIG_COLS = 50_000, 15


def big_roster(path: Path, rows: int = BIG_ROWS) -> Path:
    """Not hostile, just heavy: a roster of ``rows`` × 15 written by xlsxwriter constant_memory."""
    import datetime as dt

    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Data")
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, [f"Kolom {c}" for c in range(BIG_COLS)])
    born = dt.datetime(1980, 1, 1)
    for i in range(1, rows):
        ws.write_string(i, 0, f"19800101200501{i % 10000:04d}")
        ws.write_row(i, 1, [f"Pegawai {i}", "Analis Kepegawaian", "III/a", "Dinas Kesehatan"])
        ws.write_datetime(i, 5, born, date_fmt)
        ws.write_row(i, 6, [i, 3.5, "PNS", "L", "Kab. Contoh", "a" * 10, "b", "c", "d"])
    wb.close()
    return path
