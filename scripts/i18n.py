"""`make i18n`: extract the program's texts into the English catalogue, compile every catalogue.

The program's own texts are Indonesian in the source. lupdate collects every ``self.tr("…")``,
``tr("…")`` and ``QCoreApplication.translate("Context", "…")`` under src/ikrar_desktop/ui (the
forms' generated Python under ui/forms excepted) and the Designer forms ui/*.ui into
resources/i18n/ikrar_en.ts, the catalogue a translator fills in with Qt Linguist. lrelease then
compiles every resources/i18n/*.ts into src/ikrar_desktop/assets/i18n/*.qm, which the program
ships and loads by language (ui/shell/application.load_translations). resources/i18n/qtbase_id.ts
is written by hand: Qt's own strings (standard buttons, the file dialog) in Indonesian, because
PySide6 ships none. tests/gui/test_translations.py checks that both steps leave nothing to change.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "src" / "ikrar_desktop" / "assets" / "i18n"
CATALOGUE = TS_DIR / "ikrar_en.ts"  # what lupdate writes; the other .ts are kept by hand
UI_CODE = ROOT / "src" / "ikrar_desktop" / "ui"
GENERATED_FORMS = UI_CODE / "forms"  # pyside6-uic output: its texts are read from the .ui
FORMS = ROOT / "ui"


def sources() -> list[Path]:
    """Every file whose texts the catalogue holds, relative to the checkout."""
    code = [p for p in UI_CODE.rglob("*.py") if GENERATED_FORMS not in p.parents]
    return sorted(p.relative_to(ROOT) for p in [*code, *FORMS.glob("*.ui")])


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.is_file() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found (install the dev dependencies)")
    return found


def extract(ts: Path = CATALOGUE) -> None:
    """Update ``ts`` with the texts of :func:`sources`; texts no longer in the code drop out."""
    files = [str(p) for p in sources()]
    args = [tool("lupdate"), "-silent", "-no-obsolete", "-locations", "absolute"]
    subprocess.run([*args, *files, "-ts", str(ts)], cwd=ROOT, check=True)


def compile_all(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile each ``ts_dir/*.ts`` into ``qm_dir/<same name>.qm``; returns the .qm files."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = qm_dir / f"{ts.stem}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> int:
    extract()
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
