"""The import wizard's preview names exactly whom a partial roster would deactivate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.services.roster_session import import_file
from ikrar_desktop.ui.common.rows_model import RowsModel
from ikrar_desktop.ui.importing.wizard import ImportWizard

WAIT = 30_000
GONE_NIKS = ("1810071705935160", "1810076603818972", "1810105502919300")


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    if not page.isComplete():
        with qtbot.waitSignal(
            page.completeChanged, timeout=WAIT, check_params_cb=lambda *a: page.isComplete()
        ):
            pass
    wizard.next()


def _shown(model: RowsModel) -> list[list[str]]:
    return [
        [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)) for c in range(4)]
        for r in range(model.rowCount())
    ]


def test_preview_names_who_would_be_deactivated_and_apply_does_exactly_that(
    qtbot: QtBot, ctx: AppContext, shared_dir: Path, tmp_path: Path
) -> None:
    samples = shared_dir / "samples"
    import_file(ctx.conn, samples / "siasn-export.xlsx")
    import_file(ctx.conn, samples / "honorer.csv")
    lines = (samples / "honorer.csv").read_bytes().splitlines(keepends=True)
    shorter = tmp_path / "honorer-baru.csv"
    shorter.write_bytes(
        b"".join(ln for ln in lines if not any(n.encode() in ln for n in GONE_NIKS))
    )
    gone = dict(
        ctx.conn.execute(
            f"SELECT nik, nama FROM employees WHERE nik IN ({', '.join('?' * 3)})", GONE_NIKS
        )
    )

    wizard = ImportWizard(ctx, path=str(shorter))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)  # file read
    _next(qtbot, wizard)  # sheet and header
    _next(qtbot, wizard)  # mapping -> preview, planned off the GUI thread
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=WAIT)
    shown = _shown(preview.models["missing"])
    assert sorted(row[1] for row in shown) == sorted(GONE_NIKS)  # no PNS/PPPK among them
    assert sorted(row[0] for row in shown) == sorted(gone.values())
    assert {row[2] for row in shown} == {"Non-ASN"}
    assert "Berkas mencakup: Non-ASN di 13 unit kerja" in preview.scope.text()
    assert "pegawai lain tidak disentuh" in preview.scope.text()
    assert preview.deactivate.isVisible() and "Nonaktifkan 3 pegawai" in preview.deactivate.text()

    preview.deactivate.setChecked(True)
    with qtbot.waitSignal(wizard.imported, timeout=WAIT):
        wizard.next()
    inactive = dict(ctx.conn.execute("SELECT nik, status FROM employees WHERE active = 0"))
    assert inactive == dict.fromkeys(GONE_NIKS, "Non-ASN")
    summary = wizard.result_page.summary.text()
    assert "3 pegawai dinonaktifkan" in summary
    assert all(name in summary for name in gone.values())
