"""The Cetak page: preview in the background, page count, atomic save, cancel, scopes."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.documents.model import PrintCancelled
from ikrar_desktop.services import checkin, printing
from ikrar_desktop.services import events as event_service
from ikrar_desktop.services.demo import generate_demo
from ikrar_desktop.ui.common.background import Operation
from ikrar_desktop.ui.printing.jobs import CHOSEN, UNIT, document_kinds
from ikrar_desktop.ui.printing.page import PrintingPage
from ikrar_desktop.ui.printing.pdf_preview import page_size_for, paint_pages


def small_event(ctx: AppContext, people: int = 60) -> int:
    """A demo regency of ``people`` and one event; two thirds present and signed."""
    generate_demo(ctx.conn, people)
    ev = event_service.create_event(
        ctx.conn, event_service.EventDraft(title="Apel Ikrar Netralitas", date=date(2024, 1, 8))
    ).event.id
    ids = [r[0] for r in ctx.conn.execute("SELECT employee_id FROM obligations ORDER BY 1")]
    for n, emp in enumerate(ids):
        if n % 3:
            checkin.set_status(ctx.conn, ev, emp, "hadir")
            checkin.toggle_pakta(ctx.conn, ev, emp, True)
    return ev


def obliged(ctx: AppContext, ev: int) -> list[tuple[int, str, str]]:
    return ctx.conn.execute(
        "SELECT employee_id, display_name, unit_name FROM obligations WHERE event_id = ? "
        "AND obliged = 1 ORDER BY unit_name, display_name",
        (ev,),
    ).fetchall()


def pdf_text(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def finish(qtbot: QtBot, op: Operation | None) -> object:
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=30000) as blocker:
        pass
    return blocker.args[0]


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> PrintingPage:
    widget = PrintingPage(ctx)
    qtbot.addWidget(widget)
    return widget


def test_kinds_follow_the_printing_service(page: PrintingPage) -> None:
    kinds = [page.kind_combo.itemData(i) for i in range(page.kind_combo.count())]
    assert kinds == document_kinds()
    assert set(printing.KINDS) <= set(kinds)
    for kind in kinds:
        page.choose(kind)
        assert page.description.text(), kind
    page.choose("pakta")
    assert page.meterai_check.isVisibleTo(page) and not page.blank_spin.isVisibleTo(page)
    page.choose("daftar-hadir")
    assert page.blank_spin.isVisibleTo(page) and not page.meterai_check.isVisibleTo(page)
    assert page.kop_combo.currentData() == printing.DEFAULT_KOP["daftar-hadir"]


def test_daftar_hadir_preview_and_save(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path
) -> None:
    ev = small_event(ctx)
    page.refresh()
    page.choose("daftar-hadir", ev)
    page.blank_spin.setValue(3)
    report = finish(qtbot, page.make_preview())
    assert isinstance(report, printing.PrintReport)
    assert page.preview.page_count() == report.pages > 1
    assert page.preview.page_total.text() == f"dari {report.pages}"
    assert page.preview.stack.currentWidget() is page.preview.view
    assert "halaman" in page.report.text() and "sesuai" in page.state.text()
    page.preview.go_to(2)
    assert page.preview.current_page() == 2 and page.preview.page_spin.value() == 3
    page.preview.zoom_in.click()
    assert page.preview.zoom_label.text().endswith("%")

    out = tmp_path / "keluar" / "daftar-hadir.pdf"
    saved = finish(qtbot, page.save_to(out))
    assert isinstance(saved, printing.PrintReport) and saved.path == out
    assert out.read_bytes() == report.path.read_bytes()  # the previewed PDF, not a second batch
    pages = pdf_text(out.read_bytes())
    assert len(pages) == report.pages
    text = " ".join(pages)
    for _, name, _ in obliged(ctx, ev):
        assert name in text, name
    assert ctx.interaction.messages[-1][0] == "PDF tersimpan"  # type: ignore[attr-defined]
    assert [p.name for p in out.parent.iterdir()] == ["daftar-hadir.pdf"]


def test_changed_choice_makes_a_new_batch_on_save(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path
) -> None:
    ev = small_event(ctx)
    page.refresh()
    page.choose("pakta", ev)
    finish(qtbot, page.make_preview())
    people = obliged(ctx, ev)
    unit = people[0][2]
    page.scope_unit.setChecked(True)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(unit))
    assert page.scope_group.checkedId() == UNIT and "berubah" in page.state.text()
    report = finish(qtbot, page.save_to(tmp_path / "pakta-opd.pdf"))
    own = [name for _, name, u in people if u == unit]
    assert isinstance(report, printing.PrintReport) and report.pages == len(own)
    assert len(pdf_text((tmp_path / "pakta-opd.pdf").read_bytes())) == len(own)


def test_chosen_people_checklist(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path
) -> None:
    ev = small_event(ctx)
    page.refresh()
    page.choose("pakta", ev)
    page.scope_chosen.setChecked(True)
    assert page.scope_group.checkedId() == CHOSEN and page.people.isVisibleTo(page)
    assert not page.preview_button.isEnabled()  # nobody ticked yet
    people = obliged(ctx, ev)
    assert page.people.model.rowCount() == len(people)
    first, second = people[0], people[5]
    page.people.search.setText(first[1].split(",")[0])
    assert 1 <= page.people.proxy.rowCount() < len(people)
    page.people.all_button.click()
    page.people.search.clear()
    page.people.set_checked({first[0], second[0]} | set(page.people.checked_ids()))
    chosen = set(page.people.checked_ids())
    assert {first[0], second[0]} <= chosen and page.preview_button.isEnabled()
    report = finish(qtbot, page.make_preview())
    assert isinstance(report, printing.PrintReport)
    assert page.preview.page_count() == len(chosen) == report.pages
    text = " ".join(pdf_text(report.path.read_bytes()))
    assert first[1] in text and second[1] in text


def test_cancel_mid_batch_leaves_no_file(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    ev = small_event(ctx, 120)
    real = printing.print_document
    seen: list[int] = []

    def clerk_presses_batal(*args: object, **kwargs: object) -> object:
        cancel = kwargs["cancel"]
        progress = kwargs["progress"]

        def report(done: int, total: int) -> None:
            seen.append(done)
            progress(done, total)  # type: ignore[operator]
            cancel.__self__.set()  # type: ignore[attr-defined,union-attr]  # the Operation's event

        kwargs["progress"] = report
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(printing, "print_document", clerk_presses_batal)
    page.refresh()
    page.choose("pakta", ev)
    out = tmp_path / "keluar" / "pakta.pdf"
    out.parent.mkdir()
    op = page.save_to(out)
    assert op is not None
    with qtbot.waitSignal(op.failed, timeout=30000) as blocker:
        pass
    assert isinstance(blocker.args[0], PrintCancelled)
    assert seen == [0]  # stopped at the next check, well before the last page
    assert list(out.parent.iterdir()) == []  # no pakta.pdf, no temporary file either
    assert "Dibatalkan" in page.report.text()
    assert page.preview_button.isEnabled() and not page.busy


def test_certificates_report_numbers(qtbot: QtBot, ctx: AppContext, page: PrintingPage) -> None:
    ev = small_event(ctx)
    page.refresh()
    page.choose("sertifikat", ev)
    report = finish(qtbot, page.make_preview())
    assert isinstance(report, printing.PrintReport) and report.numbers_issued == report.pages
    assert report.numbers[0] in page.report.text() and "baru" in page.report.text()


def test_printing_renders_every_page_on_the_right_paper(
    qtbot: QtBot, ctx: AppContext, page: PrintingPage, tmp_path: Path
) -> None:
    size, _ = page_size_for(QSizeF(215 / 25.4 * 72, 330 / 25.4 * 72))
    assert size.id() != QPageSize.PageSizeId.FanFoldGermanLegal
    assert abs(size.size(QPageSize.Unit.Millimeter).width() - 215) < 0.2
    a4, orientation = page_size_for(QSizeF(841.89, 595.28))
    assert a4.id() == QPageSize.PageSizeId.A4 and orientation.name == "Landscape"

    ev = small_event(ctx, 20)
    page.refresh()
    page.choose("pakta", ev)
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("F4"))
    report = finish(qtbot, page.make_preview())
    assert isinstance(report, printing.PrintReport)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "dicetak.pdf"))
    printer.setResolution(72)
    from ikrar_desktop.ui.printing.pdf_preview import prepare_printer

    prepare_printer(printer, page.preview.document)
    assert paint_pages(printer, page.preview.document, 0, 1) == 2
    printed = QPdfDocument()
    printed.load(str(tmp_path / "dicetak.pdf"))
    assert printed.pageCount() == 2
    height_mm = printed.pagePointSize(0).height() * 25.4 / 72
    assert abs(height_mm - 330) < 1
    printed.close()
