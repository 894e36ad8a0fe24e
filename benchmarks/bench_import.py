"""Roster import/export at 50,000 rows beside bare reader/writer baselines from the same run."""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CACHE, HEADER, median_ms, row

N = 50_000
COLUMNS = ["NO", "NIP", "NAMA", "GOL. RUANG", "JABATAN", "UNIT KERJA", "STATUS"]
UNITS = [f"Dinas Nomor {i}" for i in range(40)]
GOLS = ["III/a", "III/b", "III/c", "IV/a", "II/c"]


def _rows() -> list[list[object]]:
    rnd = random.Random(50)
    nips: set[str] = set()
    while len(nips) < N:
        born = rnd.randint(1965, 1999)
        nips.add(
            f"{born}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
            f"{rnd.randint(born + 19, 2023)}{rnd.randint(1, 12):02d}{rnd.randint(1, 2)}"
            f"{rnd.randint(1, 999):03d}"
        )
    return [
        [i, nip, f"Pegawai {i} Saputra", rnd.choice(GOLS), "Pengadministrasi Perkantoran",
         rnd.choice(UNITS), "PNS"]
        for i, nip in enumerate(sorted(nips), start=1)
    ]  # fmt: skip


def _xlsxwriter(path: Path, rows: list[list[object]]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    ws = wb.add_worksheet("Pegawai")
    text = wb.add_format({"num_format": "@"})
    for c, title in enumerate(COLUMNS):
        ws.write_string(0, c, title)
    for r, values in enumerate(rows, start=1):
        ws.write_number(r, 0, values[0])  # type: ignore[arg-type]
        ws.write_string(r, 1, values[1], text)  # type: ignore[arg-type]
        for c in range(2, 7):
            ws.write_string(r, c, values[c])  # type: ignore[arg-type]
    wb.close()


def main() -> None:
    import openpyxl
    import python_calamine

    from ikrar_desktop.exchange import sandbox
    from ikrar_desktop.services.roster_export import export_employees
    from ikrar_desktop.services.roster_session import import_file
    from ikrar_desktop.store.bulk_write import _indexes_rebuilt, bulk_write
    from ikrar_desktop.store.schema import open_database

    CACHE.mkdir(parents=True, exist_ok=True)
    source = CACHE / "roster-50k.xlsx"
    rows = _rows()
    if not source.exists():
        _xlsxwriter(source, rows)
    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))

    def calamine_read() -> None:
        python_calamine.CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()

    def openpyxl_read() -> None:
        wb = openpyxl.load_workbook(source, read_only=True, data_only=True)
        for _ in wb.worksheets[0].iter_rows(values_only=True):
            pass
        wb.close()

    counter = iter(range(1000))

    def import_empty() -> None:
        conn = open_database(tmp / f"empty-{next(counter)}.sqlite")
        report = import_file(conn, source)
        assert report.result.inserted == N, report.as_dict()["errors"][:3]
        conn.close()

    def import_empty_cold() -> None:
        sandbox.stay_warm(False)
        try:
            import_empty()
        finally:
            sandbox.stay_warm(True)

    # As in the import wizard: while it is open, a reader child waits with its start-up done.
    sandbox.stay_warm(True)
    sandbox.prewarm()

    full = open_database(tmp / "full.sqlite")
    import_file(full, source)

    def import_full() -> None:
        report = import_file(full, source)
        assert (report.result.inserted, report.result.updated) == (0, 0)

    # Where the empty-DB import's time goes, each part beside the same bare read: the read in
    # the sandboxed child alone, and SQLite's own work to store the finished rows (the same
    # rows, one executemany in one transaction with the import's index rebuild, no audit
    # record and no Python work): a floor no roster import with this schema can go below.
    stored = full.execute("SELECT * FROM employees ORDER BY id").fetchall()
    units = full.execute("SELECT * FROM units").fetchall()

    def sandboxed_read() -> None:
        sandbox.read_spreadsheet(source)

    def sqlite_floor() -> None:
        conn = open_database(tmp / f"floor-{next(counter)}.sqlite")
        conn.execute("BEGIN IMMEDIATE")
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
            "('employees', 'units')"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.executemany(f"INSERT INTO units VALUES ({', '.join('?' * len(units[0]))})", units)
        conn.execute("COMMIT")
        marks = ", ".join("?" * len(stored[0]))
        with bulk_write(conn, rows=len(stored)), _indexes_rebuilt(conn, "employees", len(stored)):
            conn.executemany(f"INSERT INTO employees VALUES ({marks})", stored)
        conn.close()

    def export_ours() -> None:
        assert export_employees(full, tmp / "export.xlsx") == N

    def export_xlsxwriter() -> None:
        _xlsxwriter(tmp / "xw.xlsx", rows)

    calamine = median_ms(calamine_read, rounds=5, warmup=1)
    opx = median_ms(openpyxl_read, rounds=3, warmup=0)
    empty = median_ms(import_empty, rounds=3, warmup=1)
    cold = median_ms(import_empty_cold, rounds=3, warmup=0)
    again = median_ms(import_full, rounds=3, warmup=0)
    read = median_ms(sandboxed_read, rounds=3, warmup=0)
    floor = median_ms(sqlite_floor, rounds=3, warmup=0)
    ours = median_ms(export_ours, rounds=3, warmup=0)
    xw = median_ms(export_xlsxwriter, rounds=3, warmup=0)
    print(f"50,000-row roster ({source.stat().st_size // 1024} KiB)\n")
    print(HEADER)
    print(row("import, empty DB", empty, "calamine bare read", calamine, "≤ 3×"))
    print(row("import, empty DB", empty, "openpyxl read-only pass", opx, "< 1×"))
    print(row("import, empty DB, cold reader (CLI)", cold, "calamine bare read", calamine, "—"))
    print(row("re-import, full DB", again, "calamine bare read", calamine, "≤ 3×"))
    print(row("re-import, full DB", again, "openpyxl read-only pass", opx, "< 1×"))
    print(row("part: sandboxed read alone", read, "calamine bare read", calamine, "—"))
    print(row("floor: SQLite storing the rows", floor, "calamine bare read", calamine, "—"))
    print(row("export 50k", ours, "xlsxwriter constant_memory", xw, "≤ 1.5×"))
    full.close()


if __name__ == "__main__":
    main()
