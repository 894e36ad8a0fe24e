"""What the Cetak page asks the printing service for, the batch job, and its report."""

from __future__ import annotations

import html
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ikrar_desktop.services import printing
from ikrar_desktop.services.printing import PrintReport
from ikrar_desktop.ui.common.background import Progress
from ikrar_desktop.ui.common.format import thousands


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintingPage", text)


DESCRIPTIONS = {
    "pakta": "Satu lembar per pegawai untuk ditandatangani; urut per OPD lalu nama.",
    "daftar-hadir": "Lembar tanda tangan kolektif per OPD, dengan baris kosong untuk tambahan.",
    "sertifikat": "Bagi yang sudah menandatangani pakta; nomor diberikan saat PDF dibuat "
    "(pratinjau juga) dan tetap sama bila dicetak ulang.",
    "berita-acara": "Berita acara kegiatan dengan jumlah dari rekap, tanda tangan pimpinan dan "
    "saksi, serta daftar hadir sebagai lampiran.",
    "rekap": "Tabel per OPD dengan grafik kelengkapan dan daftar yang belum menandatangani.",
    "undangan": "Enam undangan per lembar dengan kode untuk meja hadir, dipotong per OPD.",
    "kartu": "Kartu peserta dengan QR dan kode batang untuk meja hadir.",
    "kalibrasi": "Satu halaman penggaris untuk mengukur geser printer sebelum mencetak label.",
}  # fmt: skip
DESCRIPTIONS |= {
    "naskah-ikrar": "Naskah ikrar berhuruf besar untuk pembaca, lalu lembar tanda tangan "
    "pemimpin apel, saksi dan setiap pejabat (blok tanda tangan tidak terpotong halaman).",
    "surat-undangan": "Surat undangan resmi bernomor dari register, ditandatangani Sekretaris "
    "Daerah, kepada kepala perangkat daerah dengan daftar undangan terlampir.",
}
WHOLE_ONLY = {"naskah-ikrar", "surat-undangan"}  # always for the whole event
NO_EVENT = {"kalibrasi"}
NO_PAPER = {"kartu"}
NO_KOP = {"kartu", "kalibrasi"}
KOP_LEVELS = (("regency", "Kop kabupaten"), ("opd", "Kop OPD"))
LAYOUTS = (("8", "8 kartu per lembar A4"), ("4", "4 kartu per lembar A4"),
           ("1", "1 kartu per lembar A4"))  # fmt: skip
WHOLE, UNIT, CHOSEN = 0, 1, 2
SHRUNK_SHOWN = 15


def document_kinds() -> list[str]:
    """Whatever the printing service offers, the event-less calibration page last."""
    kinds = list(printing.KINDS)
    if hasattr(printing, "print_calibration") and "kalibrasi" not in kinds:
        kinds.append("kalibrasi")
    return kinds


@dataclass(frozen=True, slots=True)
class Choice:
    """Everything that decides the PDF; a preview is reused only for an equal choice."""

    kind: str
    event_id: int | None
    unit: str | None
    employee_ids: tuple[int, ...] | None
    paper: str
    kop: str | None
    blank_rows: int
    meterai: bool
    number: str
    layout: str


def run_print(conn: sqlite3.Connection, choice: Choice, out: Path, progress: Progress,
              cancel: threading.Event) -> PrintReport:  # fmt: skip
    """One batch through the service (in the worker thread, on the worker's connection)."""
    if choice.kind == "kalibrasi":
        return printing.print_calibration(conn, out, paper=choice.paper)
    assert choice.event_id is not None
    return printing.print_document(
        conn, choice.kind, choice.event_id, out, unit=choice.unit, paper=choice.paper,
        employee_ids=choice.employee_ids, progress=progress, cancel=cancel.is_set,
        kop=choice.kop, blank_rows=choice.blank_rows, meterai=choice.meterai,
        number=choice.number, layout=choice.layout,
    )  # fmt: skip


def describe_report(report: PrintReport) -> str:
    """The batch report: pages, people, names that had to shrink, certificate numbers."""
    label = printing.KIND_LABELS.get(report.kind, report.kind)
    parts = [tr("<b>%s</b>: %s halaman") % (html.escape(label), thousands(report.pages))]
    if report.people:
        parts[0] += tr(", %s orang") % thousands(report.people)
    parts[0] += "."
    if report.numbers:
        first, last = html.escape(report.numbers[0]), html.escape(report.numbers[-1])
        span = first if len(report.numbers) == 1 else f"{first} s.d. {last}"
        text = tr("Nomor %s: %s (baru %s, cetak ulang dengan nomor tetap %s).")
        parts.append(text % (html.escape(label.lower()), span, thousands(report.numbers_issued),
                             thousands(report.reprints)))  # fmt: skip
    if report.unknown_acknowledger:
        sheets = [f"• {html.escape(s)}" for s in report.unknown_acknowledger[:SHRUNK_SHOWN]]
        more = len(report.unknown_acknowledger) - SHRUNK_SHOWN
        if more > 0:
            sheets.append(tr("dan %s lembar lainnya") % thousands(more))
        head = tr("Penanda tangan 'Mengetahui' belum diketahui pada %s lembar (tetapkan kepala "
                  "unit di halaman Unit Kerja):")  # fmt: skip
        parts.append(
            head % thousands(len(report.unknown_acknowledger)) + "<br>" + "<br>".join(sheets)
        )
    if report.shrunk:
        # names hold commas ("S.E., M.Ak."), so one per line
        lines = [f"• {html.escape(n)}" for n in report.shrunk[:SHRUNK_SHOWN]]
        more = len(report.shrunk) - SHRUNK_SHOWN
        if more > 0:
            lines.append(tr("dan %s nama lainnya") % thousands(more))
        head = tr("Nama diperkecil agar muat (%s), periksa hasil cetaknya:")
        parts.append(head % thousands(len(report.shrunk)) + "<br>" + "<br>".join(lines))
    return "<br>".join(parts)
