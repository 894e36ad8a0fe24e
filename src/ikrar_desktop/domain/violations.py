"""Neutrality violations: SKB pick-lists, sources, sanctions and the handling workflow rules."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

from ikrar_desktop.domain.status import NON_ASN, is_pppk
from ikrar_desktop.domain.textfold import fold
from ikrar_desktop.errors import ValidationError

KIND_LABELS = {"kode-etik": "Kode Etik", "disiplin": "Disiplin", "lainnya": "Lainnya"}
OTHER_CODE = "lainnya"


@dataclass(frozen=True, slots=True)
class ViolationForm:
    code: str
    kind: str
    text: str

    @property
    def label(self) -> str:
        return f"{self.code} — {self.text}" if self.kind != "lainnya" else self.text

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


_KE = (
    "Memasang spanduk/baliho/alat peraga lain terkait bakal calon",
    "Sosialisasi/kampanye bakal calon melalui media sosial/daring",
    "Menghadiri deklarasi/kampanye bakal calon dan memberi dukungan secara aktif",
    "Membuat posting, komentar, share, like, atau bergabung/follow grup/akun pemenangan "
    "bakal calon",
    "Mengunggah foto bersama bakal calon/tim sukses dengan simbol keberpihakan atau atribut partai",
    "Ikut dalam kegiatan kampanye/sosialisasi/pengenalan bakal calon atau partai politik",
    "Mengikuti deklarasi/kampanye suami/istri calon tanpa cuti di luar tanggungan negara",
)
_D = (
    "Memasang spanduk/baliho/alat peraga terkait calon peserta pemilu/pemilihan",
    "Sosialisasi/kampanye calon melalui media sosial/daring",
    "Melakukan pendekatan ke partai politik/masyarakat sebagai bakal calon tanpa CLTN",
    "Menghadiri deklarasi/kampanye pasangan calon dan memberi dukungan keberpihakan",
    "Menjadi anggota dan/atau pengurus partai politik",
    "Membuat posting, komentar, share, like, atau bergabung/follow grup/akun pemenangan calon",
    "Mengunggah foto bersama calon/tim sukses/alat peraga dengan tujuan dukungan",
    "Mengadakan kegiatan yang mengarah keberpihakan (pertemuan, ajakan, imbauan, pemberian barang)",
    "Menjadi tim ahli/tim pemenangan/konsultan bakal calon",
    "Memberi dukungan kepada calon perseorangan dengan surat dukungan atau fotokopi KTP",
    "Membuat keputusan/tindakan yang menguntungkan atau merugikan partai/calon",
    "Ikut kampanye dengan atribut partai/ASN, mengerahkan ASN lain, atau memakai fasilitas negara",
)
FORMS: tuple[ViolationForm, ...] = (
    *(ViolationForm(f"KE-{i}", "kode-etik", text) for i, text in enumerate(_KE, 1)),
    *(ViolationForm(f"D-{i}", "disiplin", text) for i, text in enumerate(_D, 1)),
    ViolationForm("D-99", "disiplin", "Bentuk pelanggaran disiplin lain di luar matriks SKB"),
    ViolationForm(OTHER_CODE, "lainnya", "Lainnya (uraikan bentuknya)"),
)
_FORMS_BY_CODE = {f.code.casefold(): f for f in FORMS}

SOURCES = {
    "bawaslu": "Bawaslu",
    "bkn-sbt": "BKN (SBT)",
    "lapor": "SP4N-LAPOR!",
    "masyarakat": "Masyarakat",
    "temuan": "Temuan internal",
}
_SOURCE_ALIASES = {fold(k): k for k in SOURCES} | {fold(v): k for k, v in SOURCES.items()}
_SOURCE_ALIASES |= {
    "sbt": "bkn-sbt", "bkn": "bkn-sbt", "sp4n lapor": "lapor", "inspektorat": "temuan",
}  # fmt: skip

DEFAULT_ELECTIONS = ("Pemilu 2024", "Pilkada 2024")


@dataclass(frozen=True, slots=True)
class Sanction:
    code: str
    level: str
    text: str

    @property
    def label(self) -> str:
        return f"{self.text} ({self.level})"


SANCTIONS: tuple[Sanction, ...] = (
    Sanction("SM-1", "sanksi moral", "Pernyataan secara tertutup"),
    Sanction("SM-2", "sanksi moral", "Pernyataan secara terbuka"),
    Sanction("R-1", "ringan", "Teguran lisan"),
    Sanction("R-2", "ringan", "Teguran tertulis"),
    Sanction("R-3", "ringan", "Pernyataan tidak puas secara tertulis"),
    Sanction("S-6", "sedang", "Pemotongan tunjangan kinerja 25% selama 6 bulan"),
    Sanction("S-9", "sedang", "Pemotongan tunjangan kinerja 25% selama 9 bulan"),
    Sanction("S-12", "sedang", "Pemotongan tunjangan kinerja 25% selama 12 bulan"),
    Sanction("B-1", "berat", "Penurunan jabatan setingkat lebih rendah selama 12 bulan"),
    Sanction("B-2", "berat", "Pembebasan dari jabatan menjadi pelaksana selama 12 bulan"),
    Sanction("B-3", "berat", "Pemberhentian dengan hormat tidak atas permintaan sendiri"),
    Sanction("B-4", "berat", "Pemberhentian tidak dengan hormat"),
    Sanction("P-1", "PPPK", "Pemutusan hubungan perjanjian kerja"),
)
_SANCTIONS_BY_CODE = {s.code.casefold(): s for s in SANCTIONS}
# The abbreviations BKPSDM letters use (PP 94/2021; domain research §3.3), beside the codes.
SANCTION_ABBREVIATIONS: dict[str, str] = {
    "PTDH": "B-4",  # Pemberhentian Tidak Dengan Hormat
    "PDHTAPS": "B-3",  # Pemberhentian Dengan Hormat Tidak Atas Permintaan Sendiri
    "PDH": "B-3",
}
_SANCTION_ALIASES = (
    {fold(s.code): s for s in SANCTIONS}
    | {fold(s.text): s for s in SANCTIONS}
    | {fold(k): _SANCTIONS_BY_CODE[v.casefold()] for k, v in SANCTION_ABBREVIATIONS.items()}
)

# -- workflow ------------------------------------------------------------------------------------

STEPS = ("reported", "verified", "not-proven", "recommendation", "decision", "sanction", "done")
STEP_LABELS = {
    "reported": "Dilaporkan",
    "verified": "Terverifikasi",
    "not-proven": "Tidak terbukti",
    "recommendation": "Rekomendasi",
    "decision": "Keputusan PPK",
    "sanction": "Sanksi dijatuhkan",
    "done": "Selesai",
}
# Internal findings may reach the PPK without a Bawaslu/BKN recommendation; a decision may
# impose no sanction and close the case.
NEXT_STEPS: dict[str, tuple[str, ...]] = {
    "reported": ("verified", "not-proven"),
    "verified": ("recommendation", "decision"),
    "not-proven": ("done",),
    "recommendation": ("decision",),
    "decision": ("sanction", "done"),
    "sanction": ("done",),
    "done": (),
}
# A case has ended once its outcome is settled: not proven, a sanction imposed, or closed.
# 'Selesai' after the first two only files it; an ended case has nothing due and is never late.
ENDED_STEPS = frozenset({"not-proven", "sanction", "done"})
# Days the next step may take after each step of a running case; SBT verification: 7 days.
DEFAULT_DEADLINES: dict[str, int] = {
    "reported": 7,
    "verified": 14,
    "recommendation": 14,
    "decision": 14,
}


def find_form(code: str) -> ViolationForm:
    found = _FORMS_BY_CODE.get(code.strip().casefold())
    if found is None:
        raise ValidationError(
            f"Bentuk pelanggaran '{code}' tidak dikenal.",
            hint="Pakai kode SKB seperti KE-1 … KE-7, D-1 … D-12, D-99, atau 'lainnya'.",
            field="form",
        )
    return found


def abbreviations_of(code: str) -> list[str]:
    """The usual abbreviations of a sanction code: ['PDHTAPS', 'PDH'] for B-3."""
    return [abbr for abbr, to in SANCTION_ABBREVIATIONS.items() if to == code]


def sanction_choices() -> str:
    """The valid sanction codes, each abbreviation after the code it stands for."""
    named = {s.code: "/".join(abbreviations_of(s.code)) for s in SANCTIONS}
    return ", ".join(f"{s.code} ({named[s.code]})" if named[s.code] else s.code for s in SANCTIONS)


def find_sanction(code: str) -> Sanction:
    """A sanction by its code, its usual abbreviation (PTDH, PDHTAPS …) or its full text,
    in any case; the canonical code is what gets stored."""
    found = _SANCTION_ALIASES.get(fold(code))
    if found is None:
        raise ValidationError(
            f"Kode sanksi '{code}' tidak dikenal.",
            hint="Pilih salah satu: " + sanction_choices() + ".",
            field="sanction",
        )
    return found


def check_form_for(form: ViolationForm, status: str) -> None:
    """Disciplinary forms are ASN discipline: PNS and CPNS under PP 94/2021, PPPK under
    PP 49/2018. Non-ASN staff are under neither, so such a form is refused for them."""
    if form.kind == "disiplin" and status == NON_ASN:
        raise ValidationError(
            f"Bentuk {form.code} adalah pelanggaran disiplin ASN (PP 94/2021 untuk PNS/CPNS, "
            "PP 49/2018 untuk PPPK); pegawai Non-ASN tidak tunduk pada hukuman disiplin ASN.",
            hint="Untuk pegawai Non-ASN pilih bentuk kode etik atau 'lainnya' dengan uraiannya; "
            "tindak lanjutnya mengikuti perjanjian kerja atau SK pengangkatannya.",
            field="form",
        )


def check_sanction_for(sanction: Sanction, status: str) -> None:
    """A disciplinary sanction needs an ASN; the PPPK one (P-1) a PPPK."""
    if status == NON_ASN and sanction.level != "sanksi moral":
        raise ValidationError(
            f"Sanksi {sanction.code} ({sanction.text}) adalah hukuman disiplin ASN; pegawai "
            "Non-ASN tidak dapat dijatuhi hukuman disiplin menurut PP 94/2021 atau PP 49/2018.",
            hint="Tulis tindak lanjutnya di catatan dan tutup kasus dengan langkah 'Selesai'.",
            field="sanction",
        )
    if sanction.level == "PPPK" and status and not is_pppk(status):
        raise ValidationError(
            f"Sanksi {sanction.code} ({sanction.text}) hanya untuk PPPK; pegawai ini {status}.",
            hint="Untuk PNS/CPNS pakai B-3 (PDHTAPS) atau B-4 (PTDH).",
            field="sanction",
        )


def parse_source(raw: str) -> str:
    """The source slug from a slug or label ('SP4N-LAPOR!', 'sbt', 'Bawaslu' …)."""
    found = _SOURCE_ALIASES.get(fold(raw))
    if found is None:
        raise ValidationError(
            f"Sumber laporan '{raw}' tidak dikenal.",
            hint="Pilih: " + ", ".join(SOURCES),
            field="source",
        )
    return found


def source_label(slug: str) -> str:
    return SOURCES.get(slug, slug)


def step_label(step: str) -> str:
    return STEP_LABELS.get(step, step)


def parse_step(raw: str) -> str:
    key = raw.strip().casefold().replace("_", "-")
    for step, label in STEP_LABELS.items():
        if key in (step, label.casefold()):
            return step
    raise ValidationError(
        f"Langkah '{raw}' tidak dikenal.", hint="Pilih: " + ", ".join(STEPS[1:]), field="step"
    )


def is_ended(step: str) -> bool:
    """Whether a case at ``step`` has ended (not proven, sanctioned or done): never late."""
    return step in ENDED_STEPS


def is_open(step: str) -> bool:
    """Whether a case at ``step`` is still running (the opposite of :func:`is_ended`)."""
    return not is_ended(step)


def _names(steps: tuple[str, ...]) -> str:
    return " atau ".join(f"'{step_label(s)}'" for s in steps)


def check_step(current: str, target: str) -> None:
    """Refuse a step that does not follow ``current`` in the handling order, saying why."""
    allowed = NEXT_STEPS[current]
    if target in allowed:
        return
    if current == "done":
        raise ValidationError("Kasus ini sudah selesai; tidak ada langkah berikutnya.")
    if target == "sanction":
        why = "Sanksi tidak dapat dicatat sebelum ada keputusan PPK."
    elif target in ("decision", "recommendation") and current == "reported":
        why = f"{step_label(target)} tidak dapat dicatat sebelum laporan diverifikasi."
    elif target == "done" and current in ("reported", "verified", "recommendation"):
        why = "Kasus belum dapat diselesaikan: belum ada keputusan PPK atau hasil verifikasi."
    elif target == current:
        why = f"Langkah '{step_label(target)}' sudah tercatat."
    else:
        why = f"Langkah '{step_label(target)}' tidak dapat dicatat setelah '{step_label(current)}'."
    raise ValidationError(why, hint=f"Langkah berikutnya: {_names(allowed)}.", field="step")


def check_step_date(
    previous: datetime.date, when: datetime.date, today: datetime.date, previous_step: str
) -> None:
    """A step is dated on or after the one before it, and never in the future."""
    from ikrar_desktop.domain.dates import format_date

    if when < previous:
        raise ValidationError(
            f"Tanggal {format_date(when)} lebih awal dari tanggal langkah sebelumnya "
            f"('{step_label(previous_step)}', {format_date(previous)}).",
            hint="Periksa tanggal; langkah dicatat berurutan.",
            field="date",
        )
    if when > today:
        raise ValidationError(
            f"Tanggal {format_date(when)} belum terjadi.",
            hint="Catat langkah pada atau setelah tanggal pelaksanaannya.",
            field="date",
        )


def due_date(
    step: str, since: datetime.date, deadlines: Mapping[str, int] | None = None
) -> datetime.date | None:
    """When the step after ``step`` (dated ``since``) is due; None once the case has ended."""
    days = (deadlines or DEFAULT_DEADLINES).get(step)
    if days is None or not is_open(step):
        return None
    return since + datetime.timedelta(days=days)


def days_overdue(
    step: str,
    since: datetime.date,
    today: datetime.date,
    deadlines: Mapping[str, int] | None = None,
) -> int:
    """Days past the deadline of the next step (0 when on time or ended)."""
    due = due_date(step, since, deadlines)
    return max((today - due).days, 0) if due else 0


def clean_deadlines(values: Mapping[str, object]) -> dict[str, int]:
    """Deadlines the clerk set, checked: whole days from 1 to 365 per running step (those
    saved for a step that ends the case, by an older version, are ignored)."""
    out = dict(DEFAULT_DEADLINES)
    for step, raw in values.items():
        if step not in DEFAULT_DEADLINES:
            continue
        try:
            days = int(str(raw))
        except ValueError:
            days = 0
        if not 1 <= days <= 365:
            raise ValidationError(
                f"Batas waktu '{step_label(step)}' harus 1 sampai 365 hari.", field=step
            )
        out[step] = days
    return out
