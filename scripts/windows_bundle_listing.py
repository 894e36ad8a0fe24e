"""Dry run of the Windows bundle: which Qt DLLs and plugins the spec keeps, from the wheelhouse.

Reads the win_amd64 PySide6 wheels (``pip download --platform win_amd64 ...``, see
installer/README.md), applies installer/bundle_rules.py as the spec does, and follows the DLL
imports (pefile) from the Python modules the program imports and the kept plugins.
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

import bundle_rules  # noqa: E402

# Qt for Python modules the program imports (directly or through its pages and print preview).
MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtSvg")
WHEELS = ("pyside6_essentials-", "pyside6_pdf-", "shiboken6-")


def wheel_files(wheelhouse: Path) -> Iterator[tuple[zipfile.ZipFile, zipfile.ZipInfo]]:
    for wheel in sorted(wheelhouse.glob("*win_amd64.whl")):
        if wheel.name.lower().startswith(WHEELS):
            archive = zipfile.ZipFile(wheel)
            for info in archive.infolist():
                if info.filename.lower().endswith((".dll", ".pyd")):
                    yield archive, info


def main(argv: list[str]) -> int:
    import pefile

    wheelhouse = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "wheelhouse_win"
    entries: list[bundle_rules.Entry] = []
    blobs: dict[str, tuple[zipfile.ZipFile, zipfile.ZipInfo]] = {}
    sizes: dict[str, int] = {}
    dropped_by_rule: list[str] = []
    for archive, info in wheel_files(wheelhouse):
        dest = info.filename
        sizes[dest] = info.file_size
        if not bundle_rules.keep(dest):
            dropped_by_rule.append(dest)
            continue
        name = dest.rsplit("/", 1)[-1]
        is_module = name.endswith(".pyd") and name.split(".")[0] in MODULES
        if name.endswith(".pyd") and not is_module and "plugins" not in dest:
            continue  # a Qt module the program never imports: PyInstaller would not collect it
        entries.append((dest, dest, "EXTENSION" if is_module else "BINARY"))
        blobs[dest] = (archive, info)
    if not entries:
        print(f"no win_amd64 PySide6 wheels in {wheelhouse}", file=sys.stderr)
        return 2

    def imports(src: str) -> list[str]:
        archive, info = blobs[src]
        pe = pefile.PE(data=archive.read(info), fast_load=True)
        pe.parse_data_directories(
            directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"]]
        )
        return [i.dll.decode() for i in getattr(pe, "DIRECTORY_ENTRY_IMPORT", [])]

    kept, orphans = bundle_rules.drop_orphans(entries, imports)
    mb = 2**20
    print("| kept | MB |\n|---|---:|")
    for dest, _src, _kind in sorted(kept):
        print(f"| `{dest}` | {sizes[dest] / mb:.1f} |")
    total = sum(sizes[e[0]] for e in kept)
    print(f"| **total Qt/PySide6 binaries kept** | **{total / mb:.1f}** |")
    removed = [*dropped_by_rule, *(e[0] for e in orphans)]
    print(
        f"\nNot in the bundle: {len(removed)} DLL/plugin files, "
        f"{sum(sizes[d] for d in removed) / mb:.1f} MB, the largest:"
    )
    for dest in sorted(removed, key=lambda d: -sizes[d])[:12]:
        print(f"- `{dest}` {sizes[dest] / mb:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
