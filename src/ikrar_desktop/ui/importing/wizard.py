"""Import wizard: file → sheet and header → column mapping → preview of changes → report."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from ikrar_desktop.context import AppContext
from ikrar_desktop.ui.common.background import Job, Operation, operations
from ikrar_desktop.ui.importing.plan_pages import MappingPage, PreviewPage
from ikrar_desktop.ui.importing.result_page import ResultPage
from ikrar_desktop.ui.importing.source_pages import FilePage, SheetPage

if TYPE_CHECKING:
    from ikrar_desktop.exchange.rawbook import RawBook
    from ikrar_desktop.services.roster_import import ImportPlan, ImportResult
    from ikrar_desktop.services.roster_session import RosterImport

T = TypeVar("T")


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult, after the registry changed

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        # While the wizard is open a reader child waits, its start-up done, for each file.
        from ikrar_desktop.exchange import sandbox

        sandbox.stay_warm(True)
        sandbox.prewarm()
        self.ctx = ctx
        # The one import object: each step (file, table, mapping, plan, apply) runs once there.
        self.session: RosterImport | None = None
        self.plan: ImportPlan | None = None  # the plan on the preview page
        # shadows QDialog.result() (the dialog code), which nothing here asks for
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self.setWindowTitle(self.tr("Impor daftar pegawai dari Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(960, 640)
        for button, text in (
            (QWizard.WizardButton.NextButton, self.tr("Lanjut >")),
            (QWizard.WizardButton.BackButton, self.tr("< Kembali")),
            (QWizard.WizardButton.FinishButton, self.tr("Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Batal")),
            (QWizard.WizardButton.CommitButton, self.tr("Terapkan perubahan")),
        ):
            self.setButtonText(button, text)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # after "Terapkan perubahan" there is nothing left to cancel: only Selesai shows
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self, path)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.preview_page,
            self.result_page,
        ):
            self.addPage(page)

    @property
    def book(self) -> RawBook | None:
        """The file read on the first page (None until it is read)."""
        return self.session.book if self.session is not None else None

    def done(self, result: int) -> None:
        from ikrar_desktop.exchange import sandbox

        sandbox.stay_warm(False)
        super().done(result)

    def run(
        self,
        job: Job[T],
        on_done: Callable[[T], object],
        on_failed: Callable[[BaseException], object],
    ) -> Operation[T]:
        """Run ``job(progress, cancel)`` off the GUI thread with its own connection."""
        return Operation(job, self, on_done=on_done, on_failed=on_failed).start()

    def reject(self) -> None:
        operations.cancel(self)  # the wizard's own, its pages' too
        super().reject()
