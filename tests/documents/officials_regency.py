"""A regency with unit heads at every level, and the geometry checks of a printed page."""

from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass, field

from ikrar_desktop.domain.employee import EmployeeDraft
from ikrar_desktop.services import settings as settings_service
from ikrar_desktop.services import units as unit_service
from ikrar_desktop.services.registry import add_employee
from ikrar_desktop.store import units as unit_store

SETDA = "Sekretariat Daerah"
SUBJECTS = (
    "Pendidikan", "Kesehatan", "Sosial", "Perhubungan", "Pertanian", "Perikanan", "Pariwisata",
    "Koperasi dan Usaha Kecil Menengah", "Lingkungan Hidup",
    "Pekerjaan Umum dan Penataan Ruang", "Kependudukan dan Pencatatan Sipil",
    "Pemberdayaan Masyarakat dan Desa", "Komunikasi dan Informatika",
    "Perpustakaan dan Kearsipan", "Pemuda dan Olahraga", "Perindustrian dan Perdagangan",
    "Tenaga Kerja dan Transmigrasi", "Ketahanan Pangan",
    "Perumahan Rakyat dan Kawasan Permukiman",
    "Pengendalian Penduduk dan Keluarga Berencana",
    "Pemberdayaan Perempuan dan Perlindungan Anak",
    "Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kebudayaan", "Peternakan",
    "Kehutanan", "Energi dan Sumber Daya Mineral", "Pemadam Kebakaran", "Pertanahan",
    "Perkebunan", "Tanaman Pangan dan Hortikultura",
)  # fmt: skip
BADAN = (
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Keuangan dan Aset Daerah",
    "Badan Perencanaan Pembangunan Daerah", "Badan Pendapatan Daerah",
    "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik",
    "Inspektorat Daerah", "Sekretariat DPRD", "Satuan Polisi Pamong Praja",
    "RSUD Tegar Beriman", "Badan Riset dan Inovasi Daerah",
)  # fmt: skip
KECAMATAN = (
    "Cibinong", "Citeureup", "Gunung Putri", "Babakan Madang", "Sukaraja", "Ciawi", "Cisarua",
    "Megamendung", "Bojonggede", "Tajurhalang", "Kemang", "Parung", "Ciseeng", "Gunung Sindur",
    "Rumpin", "Cigudeg", "Jasinga", "Tenjo", "Parung Panjang", "Leuwiliang",
)  # fmt: skip
FRONT = ("Drs.", "", "Dr. H.", "Ir.", "", "Hj.", "dr.")
BACK = ("M.Si.", "S.T., M.T.", "S.H., M.H.", "S.Sos.", "M.M.", "S.E., M.Ak.", "M.Kes.")
GIVEN = ("Ahmad", "Siti", "Bambang", "Dewi", "Yusuf", "Rina", "Agus", "Nurhayati", "Hendra",
         "Wahyuni", "Budi", "Lestari")  # fmt: skip
FAMILY = ("Santoso", "Kusumawati", "Prasetyo", "Hidayat", "Wibowo", "Purnamasari",
          "Nugroho", "Setiawan", "Rahmawati", "Siregar")  # fmt: skip


@dataclass
class Regency:
    heads: dict[str, int] = field(default_factory=dict)  # unit name → head's employee id
    nips: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # bare nama (without gelar)
    staff: list[int] = field(default_factory=list)
    others: dict[str, int] = field(default_factory=dict)  # heads at levels not chosen
    double: int = 0  # the head of two OPDs (Plt. of the second)
    headless: str = ""


def _unit(conn: sqlite3.Connection, name: str) -> int:
    found = unit_store.find_by_name(conn, name)
    assert found is not None
    return found


def build(conn: sqlite3.Connection, *, opd: int = 39, camat: int = 20) -> Regency:
    """1 Sekda + ``opd`` OPD heads + ``camat`` camat (60 by default) at the default levels,
    one of them also Plt. head of another OPD; puskesmas, lurah, UPT heads and staff besides,
    and one OPD without a head."""
    reg = Regency()
    seq = iter(range(1, 999))

    def person(unit: str, jabatan: str, gol: str = "IV/a") -> int:
        n = next(seq)
        nama = f"{GIVEN[n % len(GIVEN)]} {FAMILY[n % len(FAMILY)]} {n:03d}"
        nip = f"19{60 + n % 20:02d}0101199{n % 10}03{1 + n % 2}{n:03d}"
        emp = add_employee(conn, EmployeeDraft(
            nama=nama, nip=nip, gelar_depan=FRONT[n % 7], gelar_belakang=BACK[n % 7],
            status="PNS", golongan=gol, jabatan=jabatan, unit=unit,
        )).id  # fmt: skip
        reg.nips[emp], reg.names[emp] = nip, nama
        return emp

    def head(unit: str, jabatan: str, parent: str | None = SETDA, acting: str | None = None,
             who: int | None = None) -> int:  # fmt: skip
        emp = who if who is not None else person(unit, jabatan)
        if unit_store.find_by_name(conn, unit) is None:
            unit_service.add_unit(conn, unit)  # a unit with nobody but its (Plt.) head
        parent_id = _unit(conn, parent) if parent else None
        unit_service.set_unit(conn, _unit(conn, unit), head_id=emp, parent_id=parent_id,
                              acting=acting)  # fmt: skip
        return emp

    reg.heads[SETDA] = head(SETDA, "Sekretaris Daerah", parent=None)
    opds = [f"Dinas {s}" for s in SUBJECTS] + list(BADAN)
    for i, name in enumerate(opds[:opd]):
        jabatan = name if name.startswith(("Inspektorat", "Sekretariat")) else "Kepala " + name
        # some OPDs hang under the Setda, others have no parent at all: both are OPDs
        reg.heads[name] = head(name, jabatan, parent=SETDA if i % 2 else None)
    for k in KECAMATAN[:camat]:
        reg.heads[f"Kecamatan {k}"] = head(f"Kecamatan {k}", f"Camat {k}")
    reg.double = reg.heads[opds[0]]
    head(opds[opd], "Kepala " + opds[opd], acting="Plt.", who=reg.double)
    reg.headless = opds[opd + 1]
    person(reg.headless, "Sekretaris Dinas")
    for name, jabatan, parent in (
        ("Puskesmas Cibinong", "Kepala Puskesmas Cibinong", "Dinas Kesehatan"),
        ("Puskesmas Ciawi", "Kepala Puskesmas Ciawi", "Dinas Kesehatan"),
        ("Kelurahan Pakansari", "Lurah Pakansari", "Kecamatan Cibinong"),
        ("SD Negeri 1 Cibinong", "Kepala Sekolah", "Dinas Pendidikan"),
        ("UPT Laboratorium Kesehatan Daerah", "Kepala UPT", "Dinas Kesehatan"),
    ):
        reg.others[name] = head(name, jabatan, parent=parent)
    reg.staff = [person("Dinas Pendidikan", "Analis Kebijakan", "III/b"),
                 person("Kecamatan Cibinong", "Sekretaris Kecamatan", "III/d")]  # fmt: skip
    settings_service.set_value(conn, "instansi", "Pemerintah Kabupaten Contoh")
    settings_service.set_value(conn, "tempat", "Cibinong")
    settings_service.set_value(conn, "pimpinan_nama", "Dr. Ir. Budi Penjabat, M.T.")
    settings_service.set_value(conn, "pimpinan_jabatan", "Pj. Bupati Contoh")
    return reg


def page_geometry(data: bytes) -> list[dict[str, object]]:
    """Per page: words (text, box, size, bold), block rectangles (taller than 40 pt)."""
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(data)) as doc:
        for page in doc.pages:
            words = page.extract_words(extra_attrs=["size", "fontname"])
            rects = [r for r in page.rects if r["height"] > 40]
            out.append({"words": words, "rects": rects, "width": page.width,
                        "height": page.height})  # fmt: skip
    return out


def overlaps(a: dict[str, float], b: dict[str, float], slack: float = 0.3) -> bool:
    return (
        a["x0"] + slack < b["x1"] and b["x0"] + slack < a["x1"]
        and a["top"] + slack < b["bottom"] and b["top"] + slack < a["bottom"]
    )  # fmt: skip


def check_geometry(data: bytes, *, min_size: float = 7.0, name_size: float = 8.0) -> None:
    """No overprinted words, no type under 7 pt (bold names under 8 pt), every block whole on
    its page inside the margins, no word cut by a block's border, blocks apart."""
    for n, page in enumerate(page_geometry(data), 1):
        words, rects = page["words"], page["rects"]
        assert isinstance(words, list) and isinstance(rects, list)
        for w in words:
            assert w["size"] >= min_size - 0.05, (n, w["text"], w["size"])
            if "Bold" in w["fontname"]:
                assert w["size"] >= name_size - 0.05, (n, w["text"], w["size"])
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                assert not overlaps(a, b), (n, a["text"], b["text"])
        for i, r in enumerate(rects):
            assert r["x0"] >= 0 and r["top"] >= 20 and r["bottom"] <= page["height"] - 20, n
            for other in rects[i + 1 :]:
                assert not overlaps(r, other, 1.0), (n, "blocks overlap")
        for w in words:
            inside = [r for r in rects if overlaps(w, r, 0.0)]
            for r in inside:  # a word touching a block lies wholly inside it
                assert r["x0"] <= w["x0"] and w["x1"] <= r["x1"], (n, w["text"])
                assert r["top"] <= w["top"] and w["bottom"] <= r["bottom"], (n, w["text"])
