"""The officials' ceremony (issue 19 point 1, 5): scope, naskah ikrar, surat undangan."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from doc_helpers import pdf_pages
from officials_regency import SETDA, Regency, build, check_geometry, page_geometry

from ikrar_desktop.domain.nip import format_nip
from ikrar_desktop.domain.officials import DEFAULT_LEVELS, LEVELS, level_of, parse_levels
from ikrar_desktop.errors import UserError, ValidationError
from ikrar_desktop.services import events, officials, printing, witnesses
from ikrar_desktop.services import settings as settings_service

GUESTS = (
    ("AKBP Rudi Hartono, S.I.K., M.H.", "Kapolres Contoh"),
    ("Letkol Inf. Agus Salim", "Komandan Kodim 0621"),
    ("H. Ujang Sutisna, S.H.", "Ketua Bawaslu Kabupaten Contoh"),
    ("Siti Rahma Wulandari, S.Sos.", "Ketua KPU Kabupaten Contoh"),
    ("Dr. Andi Wijaya, M.A.P.", "Kepala Kantor Regional III BKN"),
)


def officials_event(conn: sqlite3.Connection, levels: tuple[str, ...] = DEFAULT_LEVELS) -> int:
    draft = events.EventDraft(
        title="Apel Ikrar Netralitas ASN Pemilihan Kepala Daerah 2024", date="2024-09-18",
        time="07:30", place="Halaman Kantor Bupati Contoh", leader_name="Dr. Ir. Budi "
        "Penjabat, M.T.", leader_jabatan="Pj. Bupati Contoh",
    )  # fmt: skip
    return events.create_event(conn, draft, events.Scope(officials=levels)).event.id


def obliged(conn: sqlite3.Connection, event_id: int) -> set[int]:
    rows = conn.execute("SELECT employee_id FROM obligations WHERE event_id = ?", (event_id,))
    return {r[0] for r in rows}


def test_levels_come_from_the_unit_kind_and_its_parent() -> None:
    assert level_of("Dinas Kesehatan", "Dinas", under_setda_or_top=True) == "kepala-opd"
    assert level_of("UPT Labkesda", "UPT", under_setda_or_top=False) == "kepala-upt"
    assert level_of("RSUD Cibinong", None, under_setda_or_top=False) == "kepala-upt"
    assert level_of("Kecamatan Ciawi", None, under_setda_or_top=True) == "camat"
    assert level_of("Puskesmas Ciawi", None, under_setda_or_top=True) == "kepala-puskesmas"
    assert level_of("SD Negeri 1 Ciawi", None, under_setda_or_top=False) == "kepala-sekolah"
    assert parse_levels([]) == DEFAULT_LEVELS
    assert parse_levels(["Lurah", "camat", "camat"]) == ("camat", "lurah")
    with pytest.raises(ValidationError) as err:
        parse_levels(["bupati"])
    assert all(slug in err.value.hint for slug in LEVELS)


def test_officials_scope_obliges_exactly_the_heads_at_the_chosen_levels(
    conn: sqlite3.Connection,
) -> None:
    reg = build(conn)
    event_id = officials_event(conn)
    assert obliged(conn, event_id) == set(reg.heads.values())
    assert len(obliged(conn, event_id)) == 60
    rows = officials.officials_of(conn, event_id)
    assert rows[0].employee_id == reg.heads[SETDA]  # the Sekda first
    assert len({r.employee_id for r in rows}) == len(rows) == 60
    double = next(r for r in rows if r.employee_id == reg.double)
    assert double.title.startswith("Kepala Dinas ") and " / Plt. Direktur RSUD " in double.title
    assert officials.levels_of(conn, event_id) == list(DEFAULT_LEVELS)
    picked = officials.pick(conn)
    assert picked.headless == [reg.headless]
    # other levels: the puskesmas and the lurah only
    other = officials_event(conn, ("kepala-puskesmas", "lurah"))
    wanted = {v for k, v in reg.others.items() if k.startswith(("Puskesmas", "Kelurahan"))}
    assert obliged(conn, other) == wanted


def test_an_unknown_level_or_no_head_at_all_makes_no_event(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValidationError):
        officials_event(conn, ("bupati",))
    with pytest.raises(UserError, match="kepala unit"):
        officials_event(conn)  # nobody heads a unit yet
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


@pytest.fixture
def ceremony(conn: sqlite3.Connection) -> tuple[sqlite3.Connection, int, Regency]:
    reg = build(conn)
    event_id = officials_event(conn)
    for name, jabatan in GUESTS:
        witnesses.add_witness(conn, event_id, name, jabatan)
    return conn, event_id, reg


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_naskah_ikrar_for_60_heads_keeps_every_block_whole(
    ceremony: tuple[sqlite3.Connection, int, Regency], tmp_path: Path, paper: str
) -> None:
    conn, event_id, reg = ceremony
    out = tmp_path / f"naskah-{paper}.pdf"
    report = printing.print_document(conn, "naskah-ikrar", event_id, out, paper=paper)
    data = out.read_bytes()
    check_geometry(data)
    pages = pdf_pages(data)
    assert report.pages == len(pages) and report.people == 60
    text = " ".join(pages)
    # the text as read aloud, in large type, on the first page
    first = page_geometry(data)[0]["words"]
    assert "Menjaga dan menegakkan" in pages[0]
    body = [w for w in first if 150 < w["top"] < 700]  # type: ignore[index]
    assert body and min(w["size"] for w in body) >= 16
    sheets = [i for i, p in enumerate(pages) if "Lembar Tanda Tangan" in p or "(lanjutan)" in p]
    for i in sheets:  # never a page holding a single block
        assert len(page_geometry(data)[i]["rects"]) >= 2  # type: ignore[arg-type]
    for emp, nip in reg.nips.items():
        name = reg.names[emp]
        count = text.count(name)
        if emp in reg.heads.values():
            assert count == 1, name
            page = next(p for p in pages if name in p)
            assert f"NIP. {format_nip(nip)}" in page  # on the same page as the name
        else:
            assert count == 0, name
    # the Pj. Bupati leads and signs without gelar; the guests sign with their jabatan
    assert "Budi Penjabat" in text and "Dr. Ir. Budi" not in text
    for name, jabatan in GUESTS:
        assert name in text and jabatan in text


def _heads(n: int) -> tuple[object, ...]:
    from ikrar_desktop.documents.model import Signer
    from ikrar_desktop.documents.naskah_ikrar import Block

    return tuple(
        Block((f"{i}. Kepala Dinas {i}",), Signer(
            f"Kepala Dinas {i}", f"Pejabat Nomor {i}", "Pembina, IV/a", "197001011995031001"))
        for i in range(1, n + 1)
    )  # fmt: skip


@pytest.mark.parametrize(("paper", "lonely"), [("A4", (19, 40, 61)), ("F4", (22, 46, 70))])
def test_no_page_holds_a_single_block_whatever_the_count(
    paper: str, lonely: tuple[int, ...]
) -> None:
    """Counts that would leave one block alone on the last page (``lonely``) move a row over
    from the page before; checked on the plan for every count, on the PDF for those."""
    import datetime

    from ikrar_desktop.documents import naskah_ikrar
    from ikrar_desktop.documents.model import DocEvent, Options
    from ikrar_desktop.documents.page import TABLE, new_pdf

    title = "Pejabat yang Berikrar"
    pdf = new_pdf(paper, margins=TABLE)
    pdf.add_page()
    for n in range(2, 90):
        pages = naskah_ikrar.plan(pdf, [naskah_ikrar.Section(title, _heads(n))], 40)  # type: ignore[arg-type]
        counts = [sum(len(r.items) for r in page) for page in pages]
        assert sum(counts) == n and min(counts) >= 2, (n, counts)
    event = DocEvent(1, "Apel Ikrar", datetime.date(2024, 9, 18))
    for n in lonely:
        sections = [naskah_ikrar.Section(title, _heads(n))]  # type: ignore[arg-type]
        rendered = naskah_ikrar.render(event, "Kami berikrar.", sections, Options(paper))
        counts = [len(p["rects"]) for p in page_geometry(rendered.data)[1:]]  # type: ignore[arg-type]
        assert len(counts) > 1 and sum(counts) == n and min(counts) >= 2, (n, counts)


def test_surat_undangan_is_numbered_from_the_register_and_signed_by_the_sekda(
    ceremony: tuple[sqlite3.Connection, int, Regency], tmp_path: Path
) -> None:
    conn, event_id, reg = ceremony
    first = printing.print_document(conn, "surat-undangan", event_id, tmp_path / "u1.pdf",
                                    dress="Pakaian Dinas Harian (PDH) Khaki")  # fmt: skip
    again = printing.print_document(conn, "surat-undangan", event_id, tmp_path / "u2.pdf")
    year = conn.execute("SELECT year FROM number_register").fetchone()[0]
    assert first.numbers == again.numbers == [f"005/001/UND/{year}"]
    assert (first.numbers_issued, first.reprints) == (1, 0)
    assert (again.numbers_issued, again.reprints) == (0, 1)
    data = (tmp_path / "u1.pdf").read_bytes()
    check_geometry(data)
    pages = pdf_pages(data)
    letter = pages[0]
    sekda = reg.heads[SETDA]
    assert f"Nomor : {first.numbers[0]}" in letter
    assert "(daftar terlampir)" in letter and "Perihal : Undangan Apel Ikrar" in letter
    assert "Rabu, 18 September 2024" in letter and "07.30 WIB" in letter
    assert "Pakaian Dinas Harian (PDH) Khaki" in letter
    assert "SEKRETARIS DAERAH," in letter and "a.n." not in letter
    assert reg.names[sekda] in letter
    assert f"NIP. {format_nip(reg.nips[sekda])}" in letter
    assert "Pembina" in letter  # pangkat
    attachment = " ".join(pages[1:])
    assert "DAFTAR UNDANGAN" in attachment and first.numbers[0] in attachment
    for emp in set(reg.heads.values()) - {sekda}:
        assert attachment.count(reg.names[emp]) == 1
    assert reg.names[sekda] not in attachment
    # the next event's invitation takes the next number
    other = officials_event(conn, ("camat",))
    nxt = printing.print_document(conn, "surat-undangan", other, tmp_path / "u3.pdf")
    assert nxt.numbers == [f"005/002/UND/{year}"]


def test_surat_undangan_without_a_sekda_leaves_the_line_to_fill(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    from ikrar_desktop.services import units as unit_service
    from ikrar_desktop.store import units as unit_store

    reg = build(conn, opd=5, camat=2)
    event_id = officials_event(conn)
    setda = unit_store.find_by_name(conn, SETDA)
    assert setda is not None
    unit_service.set_unit(conn, setda, head_id=None)
    settings_service.set_value(conn, "nomor_undangan", "005/{n}/{kode}/{tahun}")
    with pytest.raises(UserError, match="kode"):  # the pattern wants the Setda's code
        printing.print_document(conn, "surat-undangan", event_id, tmp_path / "x.pdf")
    unit_service.set_unit(conn, setda, code="Setda")
    report = printing.print_document(conn, "surat-undangan", event_id, tmp_path / "u.pdf")
    assert report.unknown_acknowledger and re.match(r"005/1/Setda/\d{4}$", report.numbers[0])
    letter = pdf_pages((tmp_path / "u.pdf").read_bytes())[0]
    assert "(......" in letter and reg.names[reg.heads[SETDA]] not in letter


def test_unit_is_refused_for_the_officials_papers(
    ceremony: tuple[sqlite3.Connection, int, Regency], tmp_path: Path
) -> None:
    conn, event_id, _reg = ceremony
    with pytest.raises(ValidationError, match="--unit"):
        printing.print_document(conn, "naskah-ikrar", event_id, tmp_path / "x.pdf",
                                unit="Dinas Kesehatan")  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()


def test_a_very_long_name_wraps_in_its_block_never_under_8_pt() -> None:
    import datetime

    from doc_helpers import LONG

    from ikrar_desktop.documents import naskah_ikrar
    from ikrar_desktop.documents.model import DocEvent, Options, Signer

    long_head = naskah_ikrar.Block(
        ("1. Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
         "Perlindungan Anak",),
        Signer("Kepala Dinas", LONG, "Pembina Utama Muda, IV/c", "197209152006032983"),
    )  # fmt: skip
    sections = [naskah_ikrar.Section("Pejabat yang Berikrar", (long_head, *_heads(4)))]  # type: ignore[arg-type]
    event = DocEvent(1, "Apel Ikrar", datetime.date(2024, 9, 18))
    rendered = naskah_ikrar.render(event, "Kami berikrar.", sections, Options("A4"))
    check_geometry(rendered.data)
    text = " ".join(pdf_pages(rendered.data))
    assert "Kusumawardhani" in text and "NIP. 19720915 200603 2 983" in text


def test_an_event_of_another_scope_has_its_participants_sign_the_naskah(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    from ikrar_desktop.domain.employee import EmployeeDraft
    from ikrar_desktop.services.registry import add_employee

    for n, nama in enumerate(("Budi Santoso", "Siti Aminah", "Dewi Lestari")):
        add_employee(conn, EmployeeDraft(nama=nama, nip=f"19800101200501100{n + 1}",
                                         unit="Dinas Sosial", jabatan="Analis"))  # fmt: skip
    event_id = events.create_event(
        conn, events.EventDraft(title="Deklarasi", date="2024-09-18", kind="deklarasi")
    ).event.id
    report = printing.print_document(conn, "naskah-ikrar", event_id, tmp_path / "n.pdf")
    text = " ".join(pdf_pages((tmp_path / "n.pdf").read_bytes()))
    assert report.people == 3 and "Peserta yang Berikrar" in text and "Pejabat yang" not in text
    assert all(text.count(n) == 1 for n in ("Budi Santoso", "Siti Aminah", "Dewi Lestari"))


def test_a_plt_sekda_signs_the_invitation_without_gelar_or_nip(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    from ikrar_desktop.services import units as unit_service
    from ikrar_desktop.store import units as unit_store

    reg = build(conn, opd=3, camat=1)
    setda = unit_store.find_by_name(conn, SETDA)
    assert setda is not None
    unit_service.set_unit(conn, setda, acting="Plt.")
    event_id = officials_event(conn)
    printing.print_document(conn, "surat-undangan", event_id, tmp_path / "u.pdf")
    letter = pdf_pages((tmp_path / "u.pdf").read_bytes())[0]
    sekda = reg.heads[SETDA]
    assert "Plt. SEKRETARIS DAERAH," in letter and reg.names[sekda] in letter
    assert format_nip(reg.nips[sekda]) not in letter and "NIP." not in letter
