"""``--smoke-test``: open, exercise and close the whole program on a temporary database."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from importlib.util import find_spec
from pathlib import Path
from typing import TextIO

SMOKE_NAME = "Siti Rahmawati"
SMOKE_NIP = "198501012010012001"
SMOKE_UNIT = "Dinas Uji Coba"


class SmokeFailure(Exception):
    """One step of the smoke test failed; ``step`` names it."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


def run_smoke_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step; print one ``OK`` line (exit 0) or one ``GAGAL`` line (exit 1)."""
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="ikrar-smoke-") as tmp, _isolated(Path(tmp)):
            done = _run_steps(Path(tmp))
    except SmokeFailure as failure:
        _say(f"GAGAL smoke-test [{failure.step}]: {_one_line(failure.reason)}", err or sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    _say(f"OK smoke-test: {', '.join(done)} ({seconds:.1f} s)", out or sys.stdout)
    return 0


def _say(line: str, stream: TextIO | None) -> None:
    """Print ``line``; a windowed Windows exe has no console, so it also goes to a file."""
    if stream is not None:
        print(line, file=stream, flush=True)
    else:
        from ikrar_desktop.paths import default_data_dir

        folder = default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "smoke-test.txt").write_text(line + "\n", encoding="utf-8")


@contextmanager
def _isolated(folder: Path) -> Iterator[None]:
    """Offscreen Qt and a temporary data folder: the clerk's real data is never touched."""
    saved = {key: os.environ.get(key) for key in ("IKRAR_DATA_DIR", "QT_QPA_PLATFORM")}
    os.environ["IKRAR_DATA_DIR"] = str(folder / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _run_steps(folder: Path) -> list[str]:
    db = folder / "smoke.sqlite"
    pdf = folder / "smoke.pdf"
    xlsx = folder / "roster.xlsx"
    steps: list[tuple[str, Callable[[], str]]] = [
        ("pegawai", lambda: add_smoke_employee(db)),
        ("pdf", lambda: write_smoke_pdf(db, pdf)),
        ("xlsx", lambda: read_smoke_roster(xlsx)),
        ("jendela", lambda: _gui(db, pdf)),
    ]
    done: list[str] = []
    for name, step in steps:
        try:
            done.append(f"{name} {step()}")
        except SmokeFailure:
            raise
        except BaseException as exc:  # a smoke test reports everything, SystemExit included
            raise SmokeFailure(name, f"{type(exc).__name__}: {exc}") from exc
    return done


def add_smoke_employee(db: Path) -> str:
    """Create the database and one employee through the registry service."""
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.domain.employee import EmployeeDraft
    from ikrar_desktop.services.registry import add_employee

    ctx = AppContext.open(db)
    try:
        emp = add_employee(ctx.conn, EmployeeDraft(nama=SMOKE_NAME, nip=SMOKE_NIP, unit=SMOKE_UNIT))
    finally:
        ctx.close()
    if emp.status != "PNS":
        raise SmokeFailure("pegawai", f"status {emp.status!r}, bukan PNS")
    return f"#{emp.id}"


def bundled_font() -> Path | None:
    """A regular TTF shipped in ``assets/fonts`` (None until the fonts are bundled)."""
    from importlib.resources import files

    folder = files("ikrar_desktop") / "assets" / "fonts"
    if not folder.is_dir():
        return None
    from ikrar_desktop.notices import walk_files

    candidates = sorted(
        Path(str(entry))
        for entry in walk_files(folder)
        if entry.name.lower().endswith(".ttf") and "regular" in entry.name.lower()
    )
    return candidates[0] if candidates else None


def write_smoke_pdf(db: Path, out: Path) -> str:
    """The daftar hadir of a smoke event through the print service (a plain page without it)."""
    if find_spec("ikrar_desktop.services.printing") is None:
        return write_plain_pdf(out)
    from ikrar_desktop.context import AppContext
    from ikrar_desktop.services.events import EventDraft, create_event
    from ikrar_desktop.services.printing import print_document

    ctx = AppContext.open(db)
    try:
        event = create_event(ctx.conn, EventDraft(title="Uji asap", date=date.today()))
        report = print_document(ctx.conn, "daftar-hadir", event.event.id, out)
    finally:
        ctx.close()
    _require_pdf(out)
    return f"daftar-hadir {report.pages} hlm {out.stat().st_size} B"


def write_plain_pdf(out: Path) -> str:
    """A one-page PDF with fpdf2 and the bundled font when there is one."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title("Ikrar Desktop - uji asap")
    pdf.add_page()
    font = bundled_font()
    if font is not None:
        pdf.add_font("smoke", fname=str(font))
        pdf.set_font("smoke", size=14)
        text = f"Ikrar Desktop — uji asap: {SMOKE_NAME} “{SMOKE_UNIT}”"
    else:
        pdf.set_font("helvetica", size=14)
        text = f"Ikrar Desktop - uji asap: {SMOKE_NAME} ({SMOKE_UNIT})"
    pdf.cell(text=text)
    pdf.output(str(out))
    _require_pdf(out)
    return f"{out.stat().st_size} B" + (f" {font.name}" if font else " helvetica")


def _require_pdf(path: Path) -> None:
    head = path.read_bytes()[:5]
    if head != b"%PDF-":
        raise SmokeFailure("pdf", f"berkas bukan PDF ({head!r})")


def read_smoke_roster(path: Path) -> str:
    """Write a tiny roster with openpyxl and read it back through the sandboxed child."""
    from openpyxl import Workbook

    from ikrar_desktop.exchange.sandbox import ReadLimits, read_spreadsheet

    book = Workbook()
    sheet = book.active
    if sheet is None:
        raise SmokeFailure("xlsx", "openpyxl membuat buku kerja tanpa lembar")
    sheet.title = "Pegawai"
    sheet.append(["NIP", "Nama", "Unit Kerja"])
    sheet.append([SMOKE_NIP, SMOKE_NAME, SMOKE_UNIT])
    for cell in sheet["A"]:
        cell.number_format = "@"
    book.save(path)
    raw = read_spreadsheet(path, ReadLimits(seconds=60))
    rows = raw.sheets[0].rows
    if len(rows) != 2 or SMOKE_NAME not in [str(v) for v in rows[1]]:
        raise SmokeFailure("xlsx", f"baris terbaca tidak sesuai: {rows!r}")
    return f"{len(rows)} baris"


def _gui(db: Path, pdf: Path) -> str:
    from ikrar_desktop.ui.shell.smoke_window import exercise_gui

    return exercise_gui(db, pdf, expect_rows=1)


def _one_line(text: str) -> str:
    return " ".join(text.split())
