"""The Cetak page's e-certificates: one PDF per person in a folder, a zip per OPD."""

from __future__ import annotations

import html
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ikrar_desktop.services.certificate_split import SplitReport, split_certificates
from ikrar_desktop.ui.common.background import Progress
from ikrar_desktop.ui.common.format import thousands
from ikrar_desktop.ui.printing.jobs import Choice

SPLIT_BUTTON = "Sertifikat per orang…"
ZIP_CHECK = "juga zip per OPD"


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintingPage", text)


def run_split(conn: sqlite3.Connection, choice: Choice, folder: Path, make_zip: bool,
              progress: Progress, cancel: threading.Event) -> SplitReport:  # fmt: skip
    """The page's choice (event, OPD or people chosen, paper) through the CLI's service."""
    assert choice.event_id is not None
    return split_certificates(
        conn, choice.event_id, folder, make_zip=make_zip, paper=choice.paper,
        progress=progress, cancel=cancel.is_set, unit=choice.unit,
        employee_ids=choice.employee_ids,
    )  # fmt: skip


def describe_split(report: SplitReport) -> str:
    """What was written where: files, zips, new numbers and reprints."""
    text = tr("<b>Sertifikat elektronik</b>: %s berkas PDF") % thousands(len(report.files))
    if report.zips:
        text += tr(" dan %s berkas zip per OPD") % thousands(len(report.zips))
    text += tr(" di %s.") % html.escape(str(report.folder))
    text += "<br>" + tr("Nomor baru %s, cetak ulang dengan nomor tetap %s.") % (
        thousands(report.numbers_issued), thousands(report.reprints),
    )  # fmt: skip
    return text


def open_question(report: SplitReport) -> str:
    """The closing question: how many files went where, open the folder?"""
    done = tr("%s berkas PDF") % thousands(len(report.files))
    if report.zips:
        done += tr(" dan %s berkas zip per OPD") % thousands(len(report.zips))
    return tr("%s tersimpan di %s.\n\nBuka foldernya sekarang?") % (done, report.folder)
