"""Tell a spreadsheet's real format from its content (never its extension) and refuse the rest."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from ikrar_desktop.exchange import rawbook as rb
from ikrar_desktop.exchange.rawbook import rejected

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_HEAD = 64 * 1024
_SMALL_PART = 1024 * 1024  # cap on bytes read from a zip member while sniffing

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "dokumen PDF"),
    (b"\x89PNG", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"GIF8", "gambar GIF"),
    (b"Rar!", "arsip RAR"),
    (b"7z\xbc\xaf", "arsip 7-Zip"),
    (b"\x1f\x8b", "arsip GZip"),
    (b"{\\rtf", "dokumen RTF"),
    (b"SQLite format 3", "basis data SQLite"),
)
_HTML_STARTS = ("<html", "<!doctype", "<table", "<head", "<body", "<meta", "<style", "<div")


def sniff_format(path: str | Path) -> str:
    """Return "xlsx", "xlsm", "xls", "ods" or "csv"; raise SpreadsheetRejectedError otherwise."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(_HEAD)
    except OSError as exc:
        raise rejected(rb.CORRUPT, f"Berkas tidak dapat dibuka: {exc.strerror or exc}.") from exc
    if not head:
        raise rejected(rb.EMPTY, "Berkas kosong (0 bita).")
    if head.startswith(_ZIP_MAGICS):
        return _sniff_zip(p)
    if head.startswith(CFB_MAGIC):
        return _sniff_cfb(p)
    if _is_raw_biff(head):
        raise rejected(
            rb.UNSUPPORTED,
            "Berkas berformat Excel versi lama (Excel 2.x–5.0) yang tidak didukung.",
        )
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            raise rejected(rb.NOT_SPREADSHEET, f"Berkas ini bukan lembar kerja, melainkan {what}.")
    return _sniff_text(head)


def _sniff_zip(p: Path) -> str:
    try:
        with zipfile.ZipFile(p) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = _read_part(zf, "mimetype", 200).strip()
                if mime == _ODS_MIME or mime == _ODS_MIME + b"-template":
                    manifest = _read_part(zf, "META-INF/manifest.xml", _SMALL_PART)
                    if b"encryption-data" in manifest:
                        raise rejected(rb.PASSWORD, "Berkas ODS ini dilindungi kata sandi.")
                    return "ods"
                if mime.startswith(b"application/vnd.oasis.opendocument"):
                    raise rejected(
                        rb.NOT_SPREADSHEET,
                        "Berkas ini dokumen OpenDocument lain (bukan lembar kerja .ods).",
                    )
            lower = {n.lower() for n in names}
            if "[content_types].xml" in lower:
                name = next(n for n in names if n.lower() == "[content_types].xml")
                ct = _read_part(zf, name, _SMALL_PART).lower()
                if b"sheet.macroenabled.main+xml" in ct:
                    return "xlsm"
                if b"spreadsheetml.sheet.main+xml" in ct or b"spreadsheetml.template" in ct:
                    return "xlsx"
                if b"wordprocessingml" in ct:
                    raise rejected(
                        rb.NOT_SPREADSHEET, "Berkas ini dokumen Word, bukan lembar kerja."
                    )
                if b"presentationml" in ct:
                    raise rejected(
                        rb.NOT_SPREADSHEET, "Berkas ini presentasi PowerPoint, bukan lembar kerja."
                    )
            # Some producers omit or mangle [Content_Types].xml; calamine still reads these.
            if any(n.startswith("xl/") and n.endswith("workbook.xml") for n in lower):
                return "xlsm" if "xl/vbaproject.bin" in lower else "xlsx"
            if "content.xml" in lower and "mimetype" not in names:
                return "ods"
    except zipfile.BadZipFile as exc:
        raise rejected(rb.CORRUPT, "Berkas rusak atau terpotong (arsip zip tidak utuh).") from exc
    except (OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise rejected(rb.CORRUPT, "Berkas rusak: isi arsip zip tidak dapat dibaca.") from exc
    raise rejected(
        rb.NOT_SPREADSHEET, "Berkas ini bukan lembar kerja: arsip zip tanpa buku kerja di dalamnya."
    )


def _read_part(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with zf.open(name) as fh:
            return fh.read(limit)
    except KeyError:
        return b""


def _sniff_cfb(p: Path) -> str:
    try:
        streams = _cfb_streams(p)
    except _CfbError:
        # calamine tolerates some broken directories (phpexcel_bad_cfb_dir.xls); let it judge.
        return "xls"
    names = {name.lower() for name in streams}
    if "encryptioninfo" in names or "encryptedpackage" in names:
        raise rejected(rb.PASSWORD, "Berkas Excel ini dilindungi kata sandi (terenkripsi).")
    book = next((n for n in streams if n.lower() in ("workbook", "book")), None)
    if book is not None:
        if _has_filepass(streams[book]):
            raise rejected(rb.PASSWORD, "Berkas Excel (.xls) ini dilindungi kata sandi.")
        return "xls"
    if "worddocument" in names:
        raise rejected(
            rb.NOT_SPREADSHEET, "Berkas ini dokumen Word lama (.doc), bukan lembar kerja."
        )
    if "powerpoint document" in names:
        raise rejected(rb.NOT_SPREADSHEET, "Berkas ini presentasi PowerPoint, bukan lembar kerja.")
    return "xls"


class _CfbError(Exception):
    pass


def _cfb_streams(p: Path) -> dict[str, bytes]:
    """Directory of a compound file: stream name -> first bytes of that stream (bounded)."""
    data = p.read_bytes() if p.stat().st_size <= 64 * 1024 * 1024 else b""
    if len(data) < 512:
        if p.stat().st_size < 512:
            raise rejected(rb.CORRUPT, "Berkas Excel rusak atau terpotong (kurang dari 512 bita).")
        raise _CfbError
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        raise _CfbError
    size = 1 << shift

    def sector(n: int) -> bytes:
        off = (n + 1) * size
        if n < 0 or off + size > len(data) + size:  # the last sector may be short
            raise _CfbError
        return data[off : off + size]

    n_fat, first_dir = struct.unpack_from("<II", data, 44)
    first_difat, n_difat = struct.unpack_from("<II", data, 68)
    fat_ids = [x for x in struct.unpack_from("<109I", data, 76) if x < 0xFFFFFFFA]
    nxt, guard = first_difat, 0
    while nxt < 0xFFFFFFFA and guard < n_difat + 1 and guard < 1000:
        block = sector(nxt)
        ids = struct.unpack(f"<{size // 4}I", block)
        fat_ids.extend(x for x in ids[:-1] if x < 0xFFFFFFFA)
        nxt, guard = ids[-1], guard + 1
    fat: list[int] = []
    for sid in fat_ids[: max(n_fat, 1) + 1]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(sid).ljust(size, b"\xff")))

    def chain(start: int, limit: int) -> list[int]:
        out: list[int] = []
        while start < 0xFFFFFFFA and len(out) < limit:
            if start >= len(fat) or start in out[-64:]:
                raise _CfbError
            out.append(start)
            start = fat[start]
        return out

    streams: dict[str, bytes] = {}
    dir_bytes = b"".join(sector(s) for s in chain(first_dir, 4096))
    for off in range(0, len(dir_bytes) - 127, 128):
        entry = dir_bytes[off : off + 128]
        name_len, kind = struct.unpack_from("<HB", entry, 64)
        if kind not in (1, 2, 5) or not 2 <= name_len <= 64:
            continue
        name = entry[: name_len - 2].decode("utf-16-le", "replace")
        start, length = struct.unpack_from("<II", entry, 116)
        prefix = b""
        if kind == 2 and length >= 4096:
            prefix = b"".join(sector(s) for s in chain(start, 4))[: min(length, 4 * size)]
        streams[name] = prefix
    return streams


def _has_filepass(prefix: bytes) -> bool:
    """True when the BIFF globals start with a FILEPASS record (the workbook is encrypted)."""
    pos = 0
    for _ in range(64):
        if pos + 4 > len(prefix):
            return False
        rtype, rlen = struct.unpack_from("<HH", prefix, pos)
        if rtype == 0x002F:
            return True
        if rtype in (0x0085, 0x000A) or (rtype == 0x0809 and pos > 0):
            return False  # BOUNDSHEET, EOF or a second BOF: past where FILEPASS would be
        pos += 4 + rlen
    return False


def _is_raw_biff(head: bytes) -> bool:
    if len(head) < 8:
        return False
    rtype, rlen = struct.unpack_from("<HH", head, 0)
    return rtype in (0x0009, 0x0209, 0x0409, 0x0809) and 4 <= rlen <= 20


def _sniff_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "replace")
    else:
        if b"\x00" in head:
            raise rejected(
                rb.NOT_SPREADSHEET, "Berkas ini bukan lembar kerja atau CSV (isi biner)."
            )
        text = head.decode("utf-8", "replace").lstrip("\ufeff")
    start = text.lstrip().lower()
    if start.startswith("mime-version:") or "content-type: multipart/related" in start[:2000]:
        raise rejected(rb.HTML, "Berkas ini halaman web (MHTML) yang diberi nama .xls.")
    if start.startswith(_HTML_STARTS):
        raise rejected(rb.HTML, "Berkas ini halaman web (HTML) yang diberi nama .xls.")
    if start.startswith("<?xml") or start.startswith("<"):
        if "urn:schemas-microsoft-com:office:spreadsheet" in start:
            raise rejected(
                rb.UNSUPPORTED, "Berkas berformat XML Spreadsheet 2003 yang tidak didukung."
            )
        if "<html" in start or "<table" in start:
            raise rejected(rb.HTML, "Berkas ini halaman web (HTML) yang diberi nama .xls.")
        raise rejected(rb.NOT_SPREADSHEET, "Berkas ini dokumen XML, bukan lembar kerja.")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > 8 or text.count("\ufffd") > len(text) // 10 + 8:
        raise rejected(rb.NOT_SPREADSHEET, "Berkas ini bukan lembar kerja atau CSV (isi biner).")
    return "csv"
