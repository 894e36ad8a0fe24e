"""The one table of keyboard shortcuts: shown in Bantuan, written into the guide, tested."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ikrar_desktop.ui.common.translate import QT_TR_NOOP, tr

HELP_KEY = "F1"
EVERYWHERE = QT_TR_NOOP("Semua halaman")


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
    Shortcut("Ctrl+F", QT_TR_NOOP("Ke kotak pencarian"), QT_TR_NOOP("Pegawai")),
    Shortcut("Ctrl+N", QT_TR_NOOP("Tambah pegawai"), QT_TR_NOOP("Pegawai")),
    Shortcut("Ctrl+I", QT_TR_NOOP("Impor daftar pegawai dari Excel"), QT_TR_NOOP("Pegawai")),
    Shortcut("Enter", QT_TR_NOOP("Ubah pegawai yang dipilih di tabel"), QT_TR_NOOP("Pegawai")),
    Shortcut("Ctrl+N", QT_TR_NOOP("Buat kegiatan"), QT_TR_NOOP("Kegiatan")),
    Shortcut("Ctrl+N", QT_TR_NOOP("Laporan (kasus) baru"), QT_TR_NOOP("Pengawasan")),
    Shortcut("Enter", QT_TR_NOOP("Buka kasus yang dipilih di tabel"), QT_TR_NOOP("Pengawasan")),
)
# longer wording for the desk's legend (ui/desk/page.py LEGEND gives the keys and short labels)
DESK_WORDING = {
    "Enter": QT_TR_NOOP("Catat hadir, atau pilih orang dari daftar calon"),
    "F2": QT_TR_NOOP("Hadir"),
    "F3": QT_TR_NOOP("Izin"),
    "F4": QT_TR_NOOP("Sakit"),
    "F5": QT_TR_NOOP("Cuti"),
    "F6": QT_TR_NOOP("Dinas Luar"),
    "F7": QT_TR_NOOP("Tugas Belajar"),
    "F8": QT_TR_NOOP("Tanpa Keterangan"),
    "F9": QT_TR_NOOP("Pakta sudah ditandatangani (tekan lagi untuk membatalkan)"),
    "F11": QT_TR_NOOP("PIN sudah diterima (tekan lagi untuk membatalkan)"),
    "F12": QT_TR_NOOP("Tampilkan / sembunyikan layar proyektor"),
    "Shift+F12": QT_TR_NOOP("Layar proyektor: layar penuh / kembali ke jendela"),
    "Ctrl+Z": QT_TR_NOOP("Batalkan tindakan terakhir di meja ini"),
    "Esc": QT_TR_NOOP("Batalkan pilihan atau tawaran yang sedang tampil"),
}
DESK = QT_TR_NOOP("Meja Hadir")


def all_shortcuts() -> list[Shortcut]:
    """Every shortcut of the program, in the order the guide and the dialog list them."""
    from ikrar_desktop.ui.desk.page import LEGEND
    from ikrar_desktop.ui.shell.main_window import PAGES

    guide = QT_TR_NOOP("Panduan pengguna, di bab halaman yang sedang dibuka")
    out = [Shortcut(HELP_KEY, guide, EVERYWHERE)]
    for number, (_key, label) in enumerate(PAGES, start=1):
        page = QCoreApplication.translate("MainWindow", label)
        action = tr("Buka halaman {label}").format(label=page)
        out.append(Shortcut(page_key(number), action, EVERYWHERE))
    out += PAGE_SHORTCUTS
    out += [Shortcut(keys, DESK_WORDING.get(keys, label), DESK) for keys, label in LEGEND]
    return out


def markdown_table(shortcuts: list[Shortcut]) -> str:
    """The guide's table (between its markers), one row per shortcut."""
    lines = ["| Tombol | Fungsi | Di halaman |", "|---|---|---|"]
    lines += [f"| {s.keys} | {s.action} | {s.where} |" for s in shortcuts]
    return "\n".join(lines) + "\n"
