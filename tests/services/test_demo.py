"""The demo regency: valid, unique identifiers, sensible proportions, stable for a seed."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ikrar_desktop.domain.golongan import PANGKAT, PPPK_GOLONGAN
from ikrar_desktop.domain.nik import parse_nik
from ikrar_desktop.domain.nip import parse_nip
from ikrar_desktop.domain.status import JENIS_JABATAN, STATUSES, guess_unit_kind
from ikrar_desktop.errors import ValidationError
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services.demo import REFERENCE_DATE, DemoSummary, generate_demo
from ikrar_desktop.store import employees as emp_store
from ikrar_desktop.store.employees import EmployeeFilter
from ikrar_desktop.store.schema import open_database

N = 3000
COLUMNS = (
    "nip, nik, gelar_depan, nama, gelar_belakang, status, golongan, jabatan, jenis_jabatan, "
    "unit_id, gender, birth_date, active, inactive_reason"
)
# sha256 of repr(rows) measured before the generator was split into a package.
FINGERPRINTS = {
    7: (
        "b447e75ee0b9aca5088517a8f152350d5c2c01db2f9d1e5c4784572016487a1d",
        "22f7b2f962a6e9441d85e78e9501d198a389802ac32c83dac668c96ea399afda",
    ),
    2024: (
        "09ec52c75e4f04268a28bcb552af1448b65194138b2255c8c84448fe2770af9d",
        "22f7b2f962a6e9441d85e78e9501d198a389802ac32c83dac668c96ea399afda",
    ),
}


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[sqlite3.Connection, DemoSummary]]:
    conn = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = generate_demo(conn, N, seed=7)
    yield conn, summary
    conn.close()


def _rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(f"SELECT {COLUMNS} FROM employees ORDER BY id").fetchall()
    finally:
        conn.row_factory = None


def _age(born: date) -> int:
    ref = REFERENCE_DATE
    return ref.year - born.year - ((ref.month, ref.day) < (born.month, born.day))


def test_summary_matches_the_database(demo: tuple[sqlite3.Connection, DemoSummary]) -> None:
    conn, summary = demo
    assert summary.employees == N == emp_store.count(conn)
    assert sum(summary.by_status.values()) == N
    assert summary.units == conn.execute("SELECT count(*) FROM units").fetchone()[0]


def test_every_nip_is_valid_unique_and_matches_the_person(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    rows = _rows(conn)
    nips = [r["nip"] for r in rows if r["nip"]]
    assert len(nips) == len(set(nips))
    for r in rows:
        if r["status"] == "Non-ASN":
            assert r["nip"] is None
            continue
        info = parse_nip(r["nip"], r["status"])
        assert info.gender == r["gender"]
        assert info.birth_date.isoformat() == r["birth_date"]
        assert info.sequence >= 1
        if r["status"] in ("PNS", "CPNS"):
            assert info.tmt is not None and info.tmt <= REFERENCE_DATE
            assert info.tmt.year - info.birth_date.year >= 18
        else:
            assert info.pppk_year is not None and 2019 <= info.pppk_year <= 2025


def test_non_asn_mostly_have_a_valid_unique_nik(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    rows = [r for r in _rows(conn) if r["status"] == "Non-ASN"]
    niks = [r["nik"] for r in rows if r["nik"]]
    assert len(niks) == len(set(niks))
    assert 0.7 <= len(niks) / len(rows) <= 0.9
    for r in rows:
        if r["nik"]:
            info = parse_nik(r["nik"])
            assert info.gender == r["gender"]
            assert info.birth_date is not None and info.birth_date.isoformat() == r["birth_date"]
    assert (
        conn.execute(
            "SELECT count(*) FROM employees WHERE status <> 'Non-ASN' AND nik IS NOT NULL"
        ).fetchone()[0]
        == 0
    )


def test_status_proportions(demo: tuple[sqlite3.Connection, DemoSummary]) -> None:
    _, summary = demo
    expected = {"PNS": 0.55, "PPPK": 0.25, "CPNS": 0.03, "PPPK Paruh Waktu": 0.05, "Non-ASN": 0.12}
    assert set(summary.by_status) == set(STATUSES)
    for status, share in expected.items():
        assert abs(summary.by_status[status] / N - share) <= 0.02, status


def test_golongan_jabatan_and_age_fit_the_status(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    for r in _rows(conn):
        age = _age(date.fromisoformat(r["birth_date"]))
        assert 19 <= age <= 58, (r["nama"], age)
        assert r["jabatan"]
        if r["status"] in ("PNS", "CPNS"):
            assert r["golongan"] in PANGKAT
            assert r["jenis_jabatan"] in JENIS_JABATAN
        elif r["status"] in ("PPPK", "PPPK Paruh Waktu"):
            assert r["golongan"] in PPPK_GOLONGAN
            assert r["jenis_jabatan"] in JENIS_JABATAN
        else:
            assert r["golongan"] is None and r["jenis_jabatan"] is None
        if r["status"] == "CPNS":
            assert r["golongan"] in ("II/a", "II/c", "III/a", "III/b")
        if r["jenis_jabatan"] == "JPT Pratama":
            assert r["status"] == "PNS" and r["golongan"] in ("IV/b", "IV/c", "IV/d")
            assert age >= 45


def test_units_are_a_kabupaten_and_each_has_staff(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    units = conn.execute(
        "SELECT u.name, u.kind, count(e.id) FROM units u LEFT JOIN employees e "
        "ON e.unit_id = u.id GROUP BY u.id"
    ).fetchall()
    names = {name for name, _, _ in units}
    for required in (
        "Sekretariat Daerah",
        "Sekretariat DPRD",
        "Dinas Pendidikan",
        "Dinas Kesehatan",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "Satuan Polisi Pamong Praja",
        "RSUD Sukamakmur",
    ):
        assert required in names
    kinds = Counter(kind for _, kind, _ in units)
    assert kinds["Dinas"] >= 18 and kinds["Badan"] >= 6
    assert 15 <= kinds["Kecamatan"] <= 30 and kinds["Kelurahan"] >= 1
    assert kinds["Sekolah"] >= 10 and kinds["Puskesmas"] >= 10 and kinds["UPT"] >= 1
    for name, kind, staff in units:
        assert kind == guess_unit_kind(name)
        assert staff > 0, name
    assert all(r["unit_id"] for r in _rows(conn))


def test_one_head_per_opd_and_a_camat_per_kecamatan(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    heads = conn.execute(
        "SELECT u.name, count(*) FROM employees e JOIN units u ON u.id = e.unit_id "
        "WHERE e.jenis_jabatan = 'JPT Pratama' GROUP BY u.id"
    ).fetchall()
    per_unit = dict(heads)
    assert per_unit["Dinas Pendidikan"] == 1 and per_unit["Sekretariat Daerah"] == 1
    assert all(count == 1 for count in per_unit.values())
    camat = conn.execute("SELECT count(*) FROM employees WHERE jabatan LIKE 'Camat %'").fetchone()[
        0
    ]
    assert (
        camat == conn.execute("SELECT count(*) FROM units WHERE kind = 'Kecamatan'").fetchone()[0]
    )
    assert (
        conn.execute(
            "SELECT count(*) FROM employees WHERE jabatan LIKE 'Kepala SD Negeri%'"
        ).fetchone()[0]
        > 0
    )


def test_most_staff_work_in_education_and_health(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    share = (
        conn.execute(
            "SELECT count(*) FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.kind IN "
            "('Sekolah', 'Puskesmas', 'RSUD') OR u.name IN ('Dinas Pendidikan', 'Dinas Kesehatan')"
        ).fetchone()[0]
        / N
    )
    assert share > 0.6


def test_names_carry_titles_fitting_gender_and_job(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, summary = demo
    rows = _rows(conn)
    front = Counter(t for r in rows for t in r["gelar_depan"].split())
    back = " ".join(r["gelar_belakang"] for r in rows)
    for title in ("H.", "Hj.", "dr.", "Dr."):
        assert front[title] > 0, title
    for degree in ("S.Pd.", "S.Kep., Ns.", "A.Md.Keb.", "S.E.", "M.Si."):
        assert degree in back
    for r in rows:
        titles = r["gelar_depan"].split()
        if "Hj." in titles or "Dra." in titles:
            assert r["gender"] == "P"
        if "H." in titles or "Drs." in titles:
            assert r["gender"] == "L"
        if r["jabatan"].startswith("Bidan"):
            assert r["gender"] == "P"
        if r["jabatan"].startswith("Dokter Gigi"):
            assert r["gelar_depan"].split()[-1] in ("drg.", "H.", "Hj.")
    assert len(summary.longest_names) >= 5
    assert summary.longest_names[0].startswith(("Prof.", "Dr."))
    assert len(summary.longest_names[0]) > 80
    assert any(name.startswith("Prof. Dr. Ir. H.") for name in summary.longest_names)


def test_search_finds_ahmad_fauzi_in_any_word_order(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    for text in ("fauzi ahmad", "ahmad fauzi", "AHMAD  Fauzi"):
        ids = emp_store.search_ids(conn, EmployeeFilter(text=text))
        assert len(ids) >= 2
    found = emp_store.fetch(conn, emp_store.search_ids(conn, EmployeeFilter(text="fauzi ahmad")))
    shown = {e.display_name for e in found.values()}
    assert "Dr. H. Ahmad Fauzi, S.Pd., M.Si." in shown
    assert "H. Fauzi Ahmad" in shown


def test_a_few_staff_are_inactive_with_a_reason(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    inactive = [r for r in _rows(conn) if not r["active"]]
    assert 0 < len(inactive) <= N * 0.02
    assert all(r["inactive_reason"] for r in inactive)
    assert any(r["inactive_reason"].startswith(("Pensiun", "Mutasi")) for r in inactive)


def test_settings_describe_the_regency(demo: tuple[sqlite3.Connection, DemoSummary]) -> None:
    conn, _ = demo
    saved = settings_service.load(conn)
    assert saved.instansi == "Pemerintah Kabupaten Sukamakmur"
    assert saved.unit_name == "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    assert len(saved.address_lines) == 2 and saved.place == "Sukamakmur" and saved.paper == "A4"


def test_refuses_a_registry_that_has_employees(
    demo: tuple[sqlite3.Connection, DemoSummary],
) -> None:
    conn, _ = demo
    before = conn.execute("SELECT count(*) FROM units").fetchone()[0]
    with pytest.raises(ValidationError, match="sudah berisi"):
        generate_demo(conn, 10)
    assert emp_store.count(conn) == N
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == before
    assert not conn.in_transaction


def test_same_seed_same_registry(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        conn = open_database(tmp_path / f"{name}.sqlite")
        generate_demo(conn, 400, seed=seed)
        dumps.append(
            (
                conn.execute(f"SELECT {COLUMNS} FROM employees ORDER BY id").fetchall(),
                conn.execute(
                    "SELECT name, kind, code, parent_id FROM units ORDER BY id"
                ).fetchall(),
            )
        )
        conn.close()
    assert dumps[0] == dumps[1]
    assert dumps[0][0] != dumps[2][0]


@pytest.mark.parametrize("seed", sorted(FINGERPRINTS))
def test_a_seed_gives_byte_identical_rows_across_releases(tmp_path: Path, seed: int) -> None:
    conn = open_database(tmp_path / "fp.sqlite")
    generate_demo(conn, N, seed=seed)
    employees = conn.execute(f"SELECT {COLUMNS} FROM employees ORDER BY id").fetchall()
    units = conn.execute("SELECT id, name, kind, parent_id, code FROM units ORDER BY id").fetchall()
    conn.close()
    digests = tuple(hashlib.sha256(repr(rows).encode()).hexdigest() for rows in (employees, units))
    assert digests == FINGERPRINTS[seed]


@pytest.mark.parametrize("size", [1, 7, 60])
def test_tiny_rosters_still_work(tmp_path: Path, size: int) -> None:
    conn = open_database(tmp_path / "t.sqlite")
    calls: list[tuple[int, int]] = []
    summary = generate_demo(conn, size, progress=lambda done, total: calls.append((done, total)))
    assert summary.employees == emp_store.count(conn) == size
    assert calls[0] == (0, size) and calls[-1] == (size, size)
    for nip, status in conn.execute("SELECT nip, status FROM employees WHERE nip IS NOT NULL"):
        parse_nip(nip, status)
    if size >= 60:
        assert len(emp_store.search_ids(conn, EmployeeFilter(text="fauzi ahmad"))) >= 2
    conn.close()


def test_rejects_a_silly_size(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "t.sqlite")
    with pytest.raises(ValidationError):
        generate_demo(conn, 0)
    conn.close()


def test_fifty_thousand_with_progress(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "big.sqlite")
    calls: list[tuple[int, int]] = []
    summary = generate_demo(conn, 50_000, progress=lambda d, t: calls.append((d, t)))
    assert summary.employees == 50_000
    assert len(calls) >= 10 and calls[-1] == (50_000, 50_000)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    nips = conn.execute("SELECT count(DISTINCT nip), count(nip) FROM employees").fetchone()
    assert nips[0] == nips[1]
    teachers = conn.execute(
        "SELECT count(*) FROM employees e JOIN units u ON u.id = e.unit_id "
        "WHERE u.kind = 'Sekolah' OR u.name = 'Dinas Pendidikan'"
    ).fetchone()[0]
    assert teachers > 20_000
    conn.close()
