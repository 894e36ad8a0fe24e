"""The one table of keyboard shortcuts: shown in Bantuan, written into the guide, tested."""

from __future__ import annotations

from dataclasses import dataclass

HELP_KEY = "F1"
EVERYWHERE = "Semua halaman"


@dataclass(frozen=True, slots=True)
class Shortcut:
    keys: str  # as printed on the keyboard: "Ctrl+1", "F9", "Enter"
    action: str
    where: str  # the page it works on, or EVERYWHERE


def page_key(number: int) -> str:
    """The shortcut of the ``number``-th sidebar entry (1-based; the tenth is Ctrl+0)."""
    return f"Ctrl+{number % 10}"


# the pages' own QShortcuts (tests check each is installed on that page, and nothing else is)
PAGE_SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("Ctrl+F", "Ke kotak pencarian", "Pegawai"),
    Shortcut("Ctrl+N", "Tambah pegawai", "Pegawai"),
    Shortcut("Ctrl+I", "Impor daftar pegawai dari Excel", "Pegawai"),
    Shortcut("Enter", "Ubah pegawai yang dipilih di tabel", "Pegawai"),
    Shortcut("Ctrl+N", "Buat kegiatan", "Kegiatan"),
    Shortcut("Ctrl+N", "Laporan (kasus) baru", "Pengawasan"),
    Shortcut("Enter", "Buka kasus yang dipilih di tabel", "Pengawasan"),
)
# longer wording for the desk's legend (ui/desk/page.py LEGEND gives the keys and short labels)
DESK_WORDING = {
    "Enter": "Catat hadir, atau pilih orang dari daftar calon",
    "F2": "Hadir",
    "F3": "Izin",
    "F4": "Sakit",
    "F5": "Cuti",
    "F6": "Dinas Luar",
    "F7": "Tugas Belajar",
    "F8": "Tanpa Keterangan",
    "F9": "Pakta sudah ditandatangani (tekan lagi untuk membatalkan)",
    "F11": "PIN sudah diterima (tekan lagi untuk membatalkan)",
    "F12": "Tampilkan / sembunyikan layar proyektor",
    "Shift+F12": "Layar proyektor: layar penuh / kembali ke jendela",
    "Ctrl+Z": "Batalkan tindakan terakhir di meja ini",
    "Esc": "Batalkan pilihan atau tawaran yang sedang tampil",
}
DESK = "Meja Hadir"


def all_shortcuts() -> list[Shortcut]:
    """Every shortcut of the program, in the order the guide and the dialog list them."""
    from ikrar_desktop.ui.desk.page import LEGEND
    from ikrar_desktop.ui.shell.main_window import PAGES

    out = [Shortcut(HELP_KEY, "Panduan pengguna, di bab halaman yang sedang dibuka", EVERYWHERE)]
    out += [
        Shortcut(page_key(number), f"Buka halaman {label}", EVERYWHERE)
        for number, (_key, label) in enumerate(PAGES, start=1)
    ]
    out += PAGE_SHORTCUTS
    out += [Shortcut(keys, DESK_WORDING.get(keys, label), DESK) for keys, label in LEGEND]
    return out


def markdown_table(shortcuts: list[Shortcut]) -> str:
    """The guide's table (between its markers), one row per shortcut."""
    lines = ["| Tombol | Fungsi | Di halaman |", "|---|---|---|"]
    lines += [f"| {s.keys} | {s.action} | {s.where} |" for s in shortcuts]
    return "\n".join(lines) + "\n"
