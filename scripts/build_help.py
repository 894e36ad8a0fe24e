"""Ship the user guide: its shortcut table from the code, then the guide and its images as assets.

`make help` (or `python scripts/build_help.py`) rewrites the table between the markers in
docs/panduan.md from ikrar_desktop.ui.shell.shortcuts and copies docs/panduan.md with only the
images it shows or links into src/ikrar_desktop/assets/help/. `--check` changes nothing and exits 1
when something is stale (tests/gui/test_help.py runs the same check).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GUIDE = DOCS / "panduan.md"
ASSETS = ROOT / "src" / "ikrar_desktop" / "assets" / "help"
BEGIN = (
    "<!-- pintasan: dibuat dari kode oleh scripts/build_help.py; ubah di ui/shell/shortcuts.py -->"
)
END = "<!-- /pintasan -->"
IMAGE = re.compile(r"\]\(((?:img|documents)/[^)\s#]+)\)")


def with_table(guide: str) -> str:
    """The guide with its shortcut table regenerated from the code."""
    from ikrar_desktop.ui.shell.shortcuts import all_shortcuts, markdown_table

    start, end = guide.index(BEGIN) + len(BEGIN), guide.index(END)
    return guide[:start] + "\n" + markdown_table(all_shortcuts()) + guide[end:]


def wanted(guide: str) -> dict[str, bytes]:
    """Path under assets/help -> content: the guide and each image it refers to."""
    files = {"panduan.md": guide.encode("utf-8")}
    for rel in sorted(set(IMAGE.findall(guide))):
        files[rel] = (DOCS / rel).read_bytes()
    return files


def stale(guide_text: str | None = None) -> list[str]:
    """What differs from a fresh build (empty when everything is current)."""
    guide = guide_text if guide_text is not None else GUIDE.read_text("utf-8")
    problems = []
    fresh = with_table(guide)
    if fresh != guide:
        problems.append("docs/panduan.md: tabel pintasan tidak sama dengan kode")
    files = wanted(fresh)
    for rel, content in files.items():
        target = ASSETS / rel
        if not target.is_file() or target.read_bytes() != content:
            problems.append(f"assets/help/{rel}: tidak ada atau berbeda")
    for path in ASSETS.rglob("*") if ASSETS.is_dir() else []:
        rel = path.relative_to(ASSETS).as_posix()
        if path.is_file() and rel not in files:
            problems.append(f"assets/help/{rel}: tidak dipakai panduan")
    return problems


def build() -> None:
    guide = with_table(GUIDE.read_text("utf-8"))
    GUIDE.write_text(guide, "utf-8")
    files = wanted(guide)
    for path in ASSETS.rglob("*") if ASSETS.is_dir() else []:
        if path.is_file() and path.relative_to(ASSETS).as_posix() not in files:
            path.unlink()
    for rel, content in files.items():
        target = ASSETS / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != content:
            target.write_bytes(content)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    if "--check" in argv:
        problems = stale()
        print("\n".join(problems) or "panduan di assets/help sudah terbaru")
        return 1 if problems else 0
    build()
    print(f"panduan disalin ke {ASSETS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
