"""The wizard runs each import step once: the table and mapping it showed are the ones planned."""

from __future__ import annotations

import shutil
from pathlib import Path
from unittest import mock

from pytestqt.qtbot import QtBot

from ikrar_desktop.context import AppContext
from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.exchange import roster_table
from ikrar_desktop.services import roster_session
from ikrar_desktop.ui.importing.wizard import ImportWizard

WAIT = 30_000


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    if not page.isComplete():
        with qtbot.waitSignal(
            page.completeChanged, timeout=WAIT, check_params_cb=lambda *a: page.isComplete()
        ):
            pass
    wizard.next()


def test_the_clerks_mapping_is_planned_without_detecting_again(
    qtbot: QtBot, ctx: AppContext, shared_dir: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "daftar-nominatif.xlsx"
    shutil.copy(shared_dir / "samples" / "daftar-nominatif.xlsx", roster)
    found = mock.Mock(wraps=roster_table.find_table)
    resolved = mock.Mock(wraps=roster_session.resolve_mapping)
    with (
        mock.patch.object(roster_session, "find_table", found),
        mock.patch.object(roster_session, "resolve_mapping", resolved),
    ):
        wizard = ImportWizard(ctx, path=str(roster))
        qtbot.addWidget(wizard)
        wizard.show()
        _next(qtbot, wizard)  # file → sheet and header
        _next(qtbot, wizard)  # → mapping
        page = wizard.mapping_page
        jabatan = page.chosen()[cols.JABATAN]
        assert jabatan is not None
        combo = page.combos[jabatan]
        combo.setCurrentIndex(combo.findData(None))  # the clerk leaves jabatan out
        _next(qtbot, wizard)  # → preview
        qtbot.waitUntil(lambda: wizard.plan is not None, timeout=WAIT)
    plan = wizard.plan
    assert plan is not None and cols.JABATAN not in plan.mapping.columns
    assert (found.call_count, resolved.call_count) == (1, 1)
    assert wizard.session is not None and wizard.session.plan is plan
