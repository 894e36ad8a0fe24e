"""Render page 1 of a case sheet and of the case register (A4) into docs/documents/*.png."""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from render_documents import build
from supervision_screenshots import seed

from ikrar_desktop.services import case_print

ROOT = Path(__file__).resolve().parents[1]


def _png(pdf: Path, stem: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(stem)], check=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "documents")
    parser.add_argument("--keep", type=Path, help="also keep the PDFs in this folder")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        conn, *_ = build(db, employees=200)
        assert isinstance(conn, sqlite3.Connection)
        shown = seed(db)
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        jobs = [
            ("kasus-a4", lambda pdf: case_print.print_case(conn, shown, pdf, paper="A4")),
            ("register-kasus-a4", lambda pdf: case_print.print_register(conn, pdf, paper="A4")),
        ]
        for stem, job in jobs:
            pdf = folder / f"{stem}.pdf"
            report = job(pdf)
            _png(pdf, args.out / stem)
            print(f"{args.out / stem}.png  ({report.pages} halaman)")
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
