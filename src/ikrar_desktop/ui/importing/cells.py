"""What the import pages show of the file's cells: samples, names of rejected rows, scope."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ikrar_desktop.exchange import columns as cols
from ikrar_desktop.ui.common.rows_model import cell_text

if TYPE_CHECKING:
    from ikrar_desktop.services.roster_import import ImportPlan
    from ikrar_desktop.ui.importing.wizard import ImportWizard


def _is_numbering(row: list[object]) -> bool:
    """The "1 2 3 …" row some rosters put under their header."""
    filled = [(i, c) for i, c in enumerate(row) if c not in (None, "")]
    return bool(filled) and all(isinstance(c, int | float) and c == i + 1 for i, c in filled)


def sample_text(rows: list[list[object]], start: int, col: int) -> str:
    """The first filled cell of column ``col`` under the header (the mapping's example)."""
    for row in rows[start : start + 30]:
        if _is_numbering(row):
            continue
        if col < len(row) and row[col] not in (None, ""):
            return cell_text(row[col])[:40]
    return ""


def scope_text(plan: ImportPlan) -> str:
    """Which people this import can deactivate, and why (shown under the preview's tabs)."""
    if plan.scope is None:
        return ""
    text = f"{plan.scope.sentence()} ({plan.scope.reason()})."
    if plan.missing:
        names = ", ".join(m.nama for m in plan.missing[:5])
        more = f" dan {len(plan.missing) - 5} lainnya" if len(plan.missing) > 5 else ""
        text += f" Tidak ada di berkas: {names}{more}."
    return text


def row_names(wizard: ImportWizard, plan: ImportPlan) -> Callable[[int], str]:
    """The name cell of a spreadsheet row (1-based), as written in the file."""
    name_col = plan.mapping.columns.get(cols.NAMA)
    book = wizard.book
    sheet = next((s for s in book.sheets if s.name == plan.sheet), None) if book else None

    def name_of(row: int) -> str:
        if sheet is None or name_col is None or not 0 < row <= len(sheet.rows):
            return ""
        cells = sheet.rows[row - 1]
        return cell_text(cells[name_col]).strip() if name_col < len(cells) else ""

    return name_of
