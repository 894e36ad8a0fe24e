"""Find the roster table in a workbook: the sheet, the header row and the data block's end."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import NotARosterError, UserError
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange.rawbook import RawBook, RawSheet

HEADER_SEARCH_ROWS = 30
MIN_HEADER_SCORE = 3  # two known columns, one of them NIP, NIK or nama
BLANK_RUN_END = 20
# Filled cells beyond this many never change how a row is read (see _footer_reason).
FULL_ROW = 5

_TOTAL = re.compile(r"^(?:jumlah|total|jml|sub ?total|grand total)\b")
_FOOTER = re.compile(
    r"^(?:mengetahui|menyetujui|disetujui|disahkan|dibuat oleh|diperiksa|catatan|keterangan\s*:"
    r"|nb\b|ket\s*:|a\.?\s?n\.?\s|plt\b|plh\b|kepala\b|sekretaris\b|nip\b|pembina\b|penata\b)"
)
# "Pringsewu, 1 September 2023": the place-and-date line of a signature block.
_PLACE_DATE = re.compile(r"^[a-z][a-z .'-]*, ?\d{1,2} [a-z]+ \d{4}$")


@dataclass(slots=True)
class IgnoredRow:
    """A spreadsheet row the importer skipped ("diabaikan") and why; ``row`` is 1-based."""

    row: int
    reason: str
    text: str = ""

    def as_dict(self) -> dict[str, object]:
        return {"row": self.row, "reason": self.reason, "text": self.text}


@dataclass(slots=True)
class RosterTable:
    """The data block of one sheet: ``rows`` holds (1-based row number, cells) pairs."""

    sheet: RawSheet
    header_index: int  # 0-based
    header: list[object]
    mapping: cols.ColumnMapping
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    ignored: list[IgnoredRow] = field(default_factory=list)

    @property
    def header_row(self) -> int:
        return self.header_index + 1


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _has_text(cell: object) -> bool:
    """``_text(cell)`` is not empty, without building it (numbers always have a text)."""
    if type(cell) is str:
        return cell != "" and not cell.isspace()  # isspace() knows the spaces strip() removes
    if type(cell) is float or type(cell) is int:
        return True
    return cell is not None and _text(cell) != ""


def _filled(row: Sequence[object], limit: int = FULL_ROW) -> int:
    """How many cells hold text (``_has_text``, inlined), counting no further than ``limit``."""
    count = 0
    for c in row:
        if type(c) is str:
            if c == "" or c.isspace():
                continue
        elif type(c) is not float and type(c) is not int and (c is None or _text(c) == ""):
            continue
        count += 1
        if count == limit:
            break
    return count


def _any_text(row: Sequence[object], at: list[int]) -> bool:
    """Whether any of the cells at ``at`` holds text."""
    width = len(row)
    for i in at:  # noqa: SIM110 - a loop: any() over a generator costs 2x per data row
        if i < width and _has_text(row[i]):
            return True
    return False


def _row_text(row: Sequence[object], limit: int = 80) -> str:
    text = " | ".join(t for t in (_text(c) for c in row) if t)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def find_header(rows: Sequence[Sequence[object]]) -> int | None:
    """0-based index of the header row among the first rows, or None when there is none."""
    best, best_score = None, MIN_HEADER_SCORE - 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = cols.header_score(row)
        if score > best_score:
            best, best_score = index, score
    return best


def choose_sheet(book: RawBook, name: str | None = None) -> RawSheet:
    """The sheet named by the clerk, else the visible sheet that looks most like a roster."""
    if name is not None:
        for sheet in book.sheets:
            if sheet.name == name:
                return sheet
        for sheet in book.sheets:
            if fold(sheet.name) == fold(name):
                return sheet
        names = ", ".join(f"'{s.name}'" for s in book.sheets) or "(tidak ada)"
        raise UserError(
            f"Lembar '{name}' tidak ada di berkas ini.", hint=f"Lembar yang ada: {names}."
        )

    def score(sheet: RawSheet) -> tuple[int, int, int]:
        header = find_header(sheet.rows)
        found = cols.header_score(sheet.rows[header]) if header is not None else 0
        return (1 if found else 0, int(sheet.visible), found * 1000 + min(len(sheet.rows), 999))

    candidates = [s for s in book.sheets if s.has_data()]
    if not candidates:
        raise NotARosterError(
            "Tidak ada baris data di berkas ini (semua lembar kosong).",
            hint="Pastikan berkas yang dipilih sudah berisi daftar pegawai.",
        )
    return max(candidates, key=score)


def _is_column_numbers(row: Sequence[object]) -> bool:
    """A row "1 2 3 …" (or "(1) (2) …") under the header."""
    values = [_text(c).strip("()[] .") for c in row if _text(c)]
    if len(values) < 2 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _same_text(row: Sequence[object], header: Sequence[str], at: list[int]) -> bool:
    """Cheap pre-check for a repeated header: the identity cells read like the header's.

    ``header`` holds the header cells' texts, casefolded once.
    """
    for i in at:
        if i >= len(row) or i >= len(header):
            return False
        cell = row[i]
        text = cell.strip() if type(cell) is str else _text(cell)
        if text.casefold() != header[i]:
            return False
    return True


def _footer_reason(row: Sequence[object], has_identity: bool, filled: int) -> str | None:
    """Why a row ends the data block (totals, signature, notes), or None when it does not.

    ``filled`` may be capped at :data:`FULL_ROW` (5): the rules tell 0 to 4 filled cells apart,
    and treat any more alike.
    """
    if has_identity and filled > 4:
        return None  # a full data row; totals and signature rows are sparse
    texts = [" ".join(t.lower().split()) for t in (_text(c) for c in row) if t]
    for text in texts:
        if _TOTAL.match(text) and filled <= 4:
            return "baris jumlah/total"
    if has_identity and filled > 3:
        return None
    for text in texts:
        if _PLACE_DATE.match(text):
            return "blok tanda tangan (tempat dan tanggal)"
        if _FOOTER.match(text):
            return "blok tanda tangan/catatan di bawah tabel"
    return None


def locate(sheet: RawSheet, header_index: int, mapping: cols.ColumnMapping) -> RosterTable:
    """Split a sheet into header, data rows and ignored rows (each with its reason)."""
    table = RosterTable(
        sheet=sheet,
        header_index=header_index,
        header=list(sheet.rows[header_index]),
        mapping=mapping,
    )
    rows = sheet.rows
    for index in range(header_index):
        if rows[index]:
            text = _row_text(rows[index])
            table.ignored.append(IgnoredRow(index + 1, "judul di atas tabel", text))
    identity = [i for f, i in mapping.columns.items() if f in cols.IDENTITY_FIELDS]
    header_texts = [_text(c).casefold() for c in table.header]
    signature = cols.layout_signature(table.header)
    start = header_index + 1
    if start < len(rows) and _is_column_numbers(rows[start]):
        table.ignored.append(IgnoredRow(start + 1, "baris nomor kolom", _row_text(rows[start])))
        start += 1
    blank_run = 0
    ended: str | None = None
    for index in range(start, len(rows)):
        row = rows[index]
        number = index + 1
        if ended is not None:
            if row:
                table.ignored.append(IgnoredRow(number, ended, _row_text(row)))
            continue
        if not row:
            blank_run += 1
            if blank_run >= BLANK_RUN_END:
                ended = f"di bawah akhir tabel (setelah {BLANK_RUN_END} baris kosong)"
                table.ignored.append(IgnoredRow(number, ended))
            continue
        blank_run = 0
        filled = _filled(row)
        has_identity = _any_text(row, identity)
        reason = _footer_reason(row, has_identity, filled)
        if reason is not None:
            ended = "di bawah akhir tabel"
            table.ignored.append(IgnoredRow(number, reason, _row_text(row)))
            continue
        if not has_identity:
            why = "tanpa NIP, NIK maupun nama" if filled else "baris kosong"
            table.ignored.append(IgnoredRow(number, why, _row_text(row)))
            continue
        if _same_text(row, header_texts, identity) and cols.layout_signature(row) == signature:
            table.ignored.append(IgnoredRow(number, "judul kolom berulang", _row_text(row)))
            continue
        table.rows.append((number, row))
    return table


def find_table(book: RawBook, sheet_name: str | None = None) -> tuple[RawSheet, int]:
    """The sheet and 0-based header row index; refuses a sheet without a roster header."""
    sheet = choose_sheet(book, sheet_name)
    header_index = find_header(sheet.rows)
    if header_index is None:
        raise NotARosterError(
            f"Lembar '{sheet.name}' tidak tampak seperti daftar pegawai: baris judul kolom "
            f"(NIP, NIK, NAMA, …) tidak ditemukan di {HEADER_SEARCH_ROWS} baris pertama.",
            hint="Pastikan ada baris judul kolom seperti NIP, NAMA, JABATAN, UNIT KERJA, "
            "atau pilih lembar lain.",
        )
    return sheet, header_index
