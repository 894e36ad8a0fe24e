<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/jobs.py" line="87"/>
        <source>&lt;b&gt;%s&lt;/b&gt;: %s halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/jobs.py" line="89"/>
        <source>, %s orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/jobs.py" line="94"/>
        <source>Nomor %s: %s (baru %s, cetak ulang dengan nomor tetap %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/jobs.py" line="101"/>
        <source>dan %s lembar lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/jobs.py" line="102"/>
        <source>Penanda tangan &apos;Mengetahui&apos; belum diketahui pada %s lembar (tetapkan kepala unit di halaman Unit Kerja):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/jobs.py" line="112"/>
        <source>dan %s nama lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/jobs.py" line="113"/>
        <source>Nama diperkecil agar muat (%s), periksa hasil cetaknya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="33"/>
        <source>&lt;b&gt;Sertifikat elektronik&lt;/b&gt;: %s berkas PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="35"/>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="47"/>
        <source> dan %s berkas zip per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="36"/>
        <source> di %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="37"/>
        <source>Nomor baru %s, cetak ulang dengan nomor tetap %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="45"/>
        <source>%s berkas PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="48"/>
        <source>%s tersimpan di %s.

Buka foldernya sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="22"/>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="41"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="22"/>
        <source>Tgl Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="22"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="29"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="30"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="31"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="32"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/history.py" line="20"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/history.py" line="22"/>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="23"/>
        <source>Unit Kerja (saat itu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="23"/>
        <source>Bentuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="23"/>
        <source>Tahap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="24"/>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="24"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="24"/>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="46"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="60"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="177"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="188"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="195"/>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_model.py" line="29"/>
        <source>NIP / NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="25"/>
        <source>Pakta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/interaction.py" line="21"/>
        <source>Ya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/interaction.py" line="22"/>
        <source>Tidak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/interaction.py" line="39"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/feedback.py" line="133"/>
        <source> (sejak {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/feedback.py" line="134"/>
        <source>alasan tidak dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/feedback.py" line="135"/>
        <source>NONAKTIF — {reason}{since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/feedback.py" line="169"/>
        <source>di luar daftar kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/feedback.py" line="170"/>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="135"/>
        <source>(tanpa unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/feedback.py" line="170"/>
        <source>(tanpa jabatan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="27"/>
        <source>&amp;Meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="29"/>
        <source>Buat &amp;paket meja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="30"/>
        <source>&amp;Gabungkan berkas kembalian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="32"/>
        <source>&amp;Buka paket meja di PC ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="38"/>
        <source>Buat berkas &amp;kembalian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="45"/>
        <source>Mode meja: {name} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="66"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="77"/>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="80"/>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="86"/>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="128"/>
        <source>Paket meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="77"/>
        <source>Belum ada kegiatan yang terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="80"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="86"/>
        <source>Nama meja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="91"/>
        <source>Simpan paket meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="92"/>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="114"/>
        <source>Paket meja (*.ikrarmeja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="114"/>
        <source>Buka paket meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="129"/>
        <source>Database ini kini database {desk} untuk kegiatan &apos;{title}&apos;. Tutup lalu buka lagi Ikrar Desktop: PC ini tampil dalam mode meja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="145"/>
        <source>Simpan berkas kembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="146"/>
        <source>Berkas kembalian meja (*.ikrarkembali)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="156"/>
        <source>Berkas kembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/mode.py" line="157"/>
        <source>{rows} tindakan tersimpan. Bawa berkas ini ke PC utama dan gabungkan di sana; boleh diulang kapan saja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="15"/>
        <source>Lihat di:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="16"/>
        <source>Jenis berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="17"/>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="67"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="19"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="19"/>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="20"/>
        <source>&amp;Pilih folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="20"/>
        <source>&amp;Nama berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/file_dialogs.py" line="140"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/cells.py" line="42"/>
        <source> dan {count} lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/cells.py" line="43"/>
        <source> Tidak ada di berkas: {names}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="36"/>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="44"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="41"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="58"/>
        <source>Unit Kerja (OPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="37"/>
        <source>Dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="37"/>
        <source>Lembar pakta yang harus ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="38"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="38"/>
        <source>Sudah kembali bertanda tangan (di acara dan susulan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="39"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="52"/>
        <source>Susulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="39"/>
        <source>Di antaranya ditandatangani sesudah hari kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="40"/>
        <source>Belum kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="41"/>
        <source>% Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="45"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="59"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="177"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="180"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="183"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="188"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="195"/>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_model.py" line="29"/>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="42"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="49"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="63"/>
        <source>Kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/history.py" line="21"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="177"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="188"/>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_model.py" line="29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="48"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="62"/>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_model.py" line="30"/>
        <source>Gol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="47"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="61"/>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_model.py" line="30"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_model.py" line="30"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="25"/>
        <source>Ekspor ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="42"/>
        <source>Templat daftar pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="47"/>
        <source>{people} pegawai dalam {sheets} lembar unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="50"/>
        <source>{people} pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="75"/>
        <source>Mengekspor ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="58"/>
        <source>Ekspor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="59"/>
        <source>{summary} disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="65"/>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="72"/>
        <source>Ekspor gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="66"/>
        <source>Berkas {path} tidak dapat ditulis: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/export_actions.py" line="69"/>
        <source>Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="40"/>
        <source>OPD / Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="40"/>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="37"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="42"/>
        <source>Wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="40"/>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="45"/>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="38"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="43"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="40"/>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="41"/>
        <source>TTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="41"/>
        <source>Izin dll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="41"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="50"/>
        <source>Belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="44"/>
        <source>Wajib hadir (tanpa yang tidak wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="46"/>
        <source>Persentase hadir dari yang wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="47"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="51"/>
        <source>Pakta ditandatangani di acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="48"/>
        <source>Izin, sakit, cuti, dinas luar, tugas belajar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/model.py" line="49"/>
        <source>Belum tercatat ditambah tanpa keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="32"/>
        <source>pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="33"/>
        <source>unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="34"/>
        <source>kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="35"/>
        <source>peserta kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="36"/>
        <source>catatan kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="37"/>
        <source>sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="40"/>
        <source>Cadangan sedang dibuat dan diperiksa di latar belakang… (program tetap dapat dipakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="44"/>
        <source>Tidak ada cadangan yang utuh untuk dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="50"/>
        <source>{problem}

Cadangan terbaru yang utuh bertanggal {when} ({employees} pegawai, {events} kegiatan). Perubahan sesudah tanggal itu tidak ada di cadangan.

Pulihkan dari cadangan itu? Berkas yang rusak disimpan di sampingnya, tidak dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="60"/>
        <source>Database rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="64"/>
        <source>Database dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="66"/>
        <source>Database dipulihkan dari cadangan tanggal {when}.
Berkas yang rusak disimpan sebagai {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="83"/>
        <source>Lokasi database berisiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="91"/>
        <source>{problem}

Buka hanya-baca?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="123"/>
        <source>Hanya-baca: database ini sedang dipakai {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="126"/>
        <source>Hanya-baca: database ini dipakai program lain atau foldernya tidak dapat ditulisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="135"/>
        <source> Tidak ada yang dapat diubah dari PC ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="199"/>
        <source>Coba buka lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="200"/>
        <source>Bekerja sebagai meja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="222"/>
        <source>Folder database ini tidak dapat ditulisi dari PC ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/start.py" line="223"/>
        <source>Pindahkan database ke folder yang dapat ditulisi, lalu buka lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="12"/>
        <source>Semua halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="29"/>
        <source>Ke kotak pencarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="30"/>
        <source>Tambah pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="31"/>
        <source>Impor daftar pegawai dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="32"/>
        <source>Ubah pegawai yang dipilih di tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="33"/>
        <source>Buat kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="33"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="34"/>
        <source>Laporan (kasus) baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="34"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="35"/>
        <source>Pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="35"/>
        <source>Buka kasus yang dipilih di tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="39"/>
        <source>Catat hadir, atau pilih orang dari daftar calon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="44"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="41"/>
        <source>Izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="45"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="42"/>
        <source>Sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="46"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="43"/>
        <source>Cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="47"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="44"/>
        <source>Dinas Luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="47"/>
        <source>DL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="48"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="45"/>
        <source>Tugas Belajar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="48"/>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="49"/>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="46"/>
        <source>Tanpa Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="49"/>
        <source>TK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="50"/>
        <source>Belum tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="51"/>
        <source>TTD acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="52"/>
        <source>Pakta ditandatangani sesudah acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="53"/>
        <source>Belum TTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="53"/>
        <source>Belum menandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="54"/>
        <source>% Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="55"/>
        <source>% TTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="55"/>
        <source>Di acara dan susulan, dari yang wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="47"/>
        <source>Pakta sudah ditandatangani (tekan lagi untuk membatalkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="48"/>
        <source>PIN sudah diterima (tekan lagi untuk membatalkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="49"/>
        <source>Tampilkan / sembunyikan layar proyektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="50"/>
        <source>Layar proyektor: layar penuh / kembali ke jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="51"/>
        <source>Batalkan tindakan terakhir di meja ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="52"/>
        <source>Batalkan pilihan atau tawaran yang sedang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="54"/>
        <source>Meja Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="62"/>
        <source>Panduan pengguna, di bab halaman yang sedang dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/shortcuts.py" line="66"/>
        <source>Buka halaman {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="42"/>
        <location filename="../../src/ikrar_desktop/ui/cases/history.py" line="18"/>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="33"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="43"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="44"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="45"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="46"/>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="47"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="50"/>
        <source>Nama berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="51"/>
        <location filename="../../src/ikrar_desktop/ui/cases/history.py" line="19"/>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="35"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="52"/>
        <source>Ukuran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="53"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="54"/>
        <source>Diunggah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="39"/>
        <source>Terima lembar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="40"/>
        <source>Batalkan penerimaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="41"/>
        <source>Kosongkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="42"/>
        <source>Kembali ke catat hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="34"/>
        <source>Nama kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="36"/>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="46"/>
        <source>Keadaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="39"/>
        <source>TTD pakta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="43"/>
        <source>Kode verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="44"/>
        <source>Diterbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="45"/>
        <source>Dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="177"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="180"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="183"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="186"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="191"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="193"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="195"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="178"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="189"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="180"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="180"/>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="181"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="183"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="183"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="186"/>
        <source>Nilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="184"/>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="191"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="186"/>
        <source>Kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="191"/>
        <source>Isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="193"/>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="31"/>
        <source>Spreadsheet (*.xlsx *.xlsm *.xls *.ods *.csv);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/feedback.py" line="30"/>
        <source>Dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/feedback.py" line="34"/>
        <source>Terjadi kesalahan program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="50"/>
        <source>Tentang %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="53"/>
        <source>Versi %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="56"/>
        <source>Registri pegawai, ikrar netralitas dan pakta integritas ASN, tanpa internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="65"/>
        <source>Folder data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="67"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="69"/>
        <source>Berkas log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="84"/>
        <source>Lisensi pustaka dan fon yang disertakan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="83"/>
        <source>Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="86"/>
        <source>Cari nama (tanpa gelar) atau NIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="89"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="89"/>
        <source>NIP / NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="89"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="89"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="100"/>
        <source>Pilih satu atau beberapa orang (Ctrl/Shift+klik). Yang sudah ada di daftar ditampilkan abu-abu. Unit, jabatan dan golongan dicatat seperti hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="104"/>
        <source>Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/chart.py" line="46"/>
        <source>Belum ada kasus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/chart.py" line="69"/>
        <source>berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/chart.py" line="71"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="99"/>
        <source>mis. hasil klarifikasi, isi rekomendasi, keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="106"/>
        <source>nomor SK (keputusan/sanksi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="107"/>
        <source>Catat langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="112"/>
        <source>Langkah berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="116"/>
        <source>tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="118"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="119"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="120"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="121"/>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="135"/>
        <source>Tambah berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="136"/>
        <source>Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="137"/>
        <source>Periksa keaslian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="153"/>
        <source>Penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="154"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="155"/>
        <source>Riwayat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="156"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="173"/>
        <source>Kasus {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="256"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="265"/>
        <source>Bukti tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="276"/>
        <source>Bukti tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="294"/>
        <source>Tidak cocok dengan sidik saat diunggah: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/detail.py" line="299"/>
        <source>{0} berkas utuh (SHA-256 cocok).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/case_dialog.ui" line="14"/>
        <source>Laporan pelanggaran netralitas baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="78"/>
        <source>nomor aduan SBT/LAPOR!, nomor surat Bawaslu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="95"/>
        <source>Pilih, atau ketik nama pemilihan lain untuk menambahkannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="118"/>
        <source>uraikan bentuk pelanggaran &apos;Lainnya&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="144"/>
        <source>Kronologi singkat: apa, kapan, di mana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="170"/>
        <source>Tambah berkas bukti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="22"/>
        <source>Pegawai terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="35"/>
        <source>Tanggal laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="55"/>
        <source>Sumber laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="68"/>
        <source>Nomor/referensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="85"/>
        <source>Pemilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="105"/>
        <source>Bentuk pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="125"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialog.ui" line="151"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/dialog.py" line="88"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/dialog.py" line="89"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/dialog.py" line="111"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/dialog.py" line="124"/>
        <source>Pilih pegawai terlapor dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="37"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="44"/>
        <source>Cetak lembar kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="49"/>
        <source>Cetak register kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="57"/>
        <source>Membuat lembar kasus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="67"/>
        <source>Membuat register kasus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="89"/>
        <source>Cetak selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="95"/>
        <location filename="../../src/ikrar_desktop/ui/cases/print_actions.py" line="100"/>
        <source>Cetak gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="50"/>
        <source>Terlambat {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="55"/>
        <source>Sudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/model.py" line="55"/>
        <source>Belum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPane</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/counters.py" line="52"/>
        <source>Tandai satu unit hadir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/counters.py" line="57"/>
        <source>Pilih OPD di tabel, lalu tandai semua yang belum tercatat sebagai Hadir. Pengecualian (izin, sakit, …) dicatat sesudahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/counters.py" line="93"/>
        <source>&lt;br&gt;%s: hadir %s dari %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/counters.py" line="94"/>
        <source>(tanpa unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/counters.py" line="101"/>
        <source>&lt;b&gt;Hadir %s&lt;/b&gt; dari %s wajib (%s) &amp;nbsp;·&amp;nbsp; TTD %s&lt;br&gt;Izin dll. %s &amp;nbsp;·&amp;nbsp; Belum %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/crash.py" line="31"/>
        <source>Terjadi kesalahan program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/crash.py" line="33"/>
        <source>Detailnya juga tercatat di %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/crash.py" line="36"/>
        <source>Maaf, Ikrar Desktop mengalami kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman. Salin detail di bawah dan kirimkan ke pengelola aplikasi. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/crash.py" line="47"/>
        <source>Tampilkan detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/crash.py" line="49"/>
        <source>Salin detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/crash.py" line="52"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="24"/>
        <source>Verifikasi laporan (sejak dilaporkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="25"/>
        <source>Rekomendasi atau keputusan PPK (sejak terverifikasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="28"/>
        <source>Keputusan PPK (sejak rekomendasi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="29"/>
        <source>Penjatuhan sanksi atau penutupan (sejak keputusan PPK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="61"/>
        <source>Atur tenggat penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="64"/>
        <source>Jumlah hari yang diberikan untuk langkah berikutnya. Kasus yang melewati batas ini ditandai merah di register. Verifikasi SBT BKN: 7 hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="77"/>
        <source> (hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/deadlines.py" line="85"/>
        <source>Kembalikan bawaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="121"/>
        <source>HADIR ✓  pukul %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="125"/>
        <source>SUDAH HADIR pukul %s — tidak ada yang diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="130"/>
        <source> (ketik lebih lengkap bila tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="131"/>
        <source>%s orang cocok%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="132"/>
        <source>↑ ↓ pilih, Enter catat hadir, Esc batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="138"/>
        <source>Enter = tambahkan sebagai peserta tambahan dan catat hadir · Esc = batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="140"/>
        <source>TIDAK ADA DI DAFTAR KEGIATAN INI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="142"/>
        <source>↑ ↓ pilih, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="145"/>
        <source>PEGAWAI NONAKTIF — TIDAK ADA DI DAFTAR KEGIATAN INI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="149"/>
        <source>Enter = tetap tambahkan sebagai peserta tambahan · Esc = batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="155"/>
        <source>Periksa NIP/NIK, atau ketik sebagian nama lalu Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="156"/>
        <source>TIDAK DITEMUKAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="196"/>
        <source>PESERTA TAMBAHAN — HADIR ✓  pukul %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="220"/>
        <source>SUDAH %s pukul %s — tidak ada yang diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="233"/>
        <source>pukul %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="244"/>
        <source>PAKTA DITANDATANGANI ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="246"/>
        <source>Pakta: tanda tangan dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="259"/>
        <source>PIN DITERIMA ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="259"/>
        <source>PIN: dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="271"/>
        <source>Belum ada tindakan di meja ini yang dapat dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="290"/>
        <source>Sekarang: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="292"/>
        <source>Sekarang: tidak ada di daftar kegiatan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="295"/>
        <source>%s perubahan sekaligus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="297"/>
        <source>Sekarang: semuanya kembali seperti sebelum tindakan itu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="300"/>
        <source>DIBATALKAN: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="315"/>
        <source>Batalkan tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="317"/>
        <source>Tindakan ini sudah lebih dari satu menit yang lalu:
%s

Alasan pembatalan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="338"/>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="350"/>
        <source>Tandai satu unit hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="339"/>
        <source>Pilih dulu OPD-nya di tabel jumlah per OPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="345"/>
        <source>Tandai %s pegawai %s yang belum tercatat sebagai Hadir?

Sesudahnya, catat pengecualian (izin, sakit, cuti, …) satu per satu. Ctrl+Z membatalkan seluruhnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="348"/>
        <source>(tanpa unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="361"/>
        <source>%s pegawai ditandai hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/actions.py" line="363"/>
        <source>Catat pengecualiannya: pindai atau ketik nama, lalu F3–F8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="62"/>
        <source>Catat hadir / pilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="63"/>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="64"/>
        <source>Izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="65"/>
        <source>Sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="66"/>
        <source>Cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="67"/>
        <source>Dinas Luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="68"/>
        <source>Tugas Belajar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="69"/>
        <source>Tanpa Ket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="70"/>
        <source>Pakta ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="71"/>
        <source>PIN ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="72"/>
        <source>Batalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="73"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="74"/>
        <source>Proyektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="75"/>
        <source>Proyektor layar penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="81"/>
        <source> (draf — dibuka saat pindai pertama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="102"/>
        <source>Meja Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="108"/>
        <source>Proyektor (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="110"/>
        <source>Tampilkan / sembunyikan layar proyektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="114"/>
        <source>Layar penuh (Shift+F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="116"/>
        <source>Layar proyektor: layar penuh / jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="122"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="130"/>
        <source>Belum ada kegiatan yang sedang berlangsung.

Buat kegiatan dan tentukan siapa yang wajib hadir di halaman Kegiatan, lalu kembali ke sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="136"/>
        <source>Buka halaman Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="145"/>
        <source>Pindai kartu / ketik NIP, NIK atau nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="279"/>
        <source>Dibatalkan — tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="299"/>
        <source>TIDAK DAPAT DICATAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="308"/>
        <source>Belum ada pegawai yang ditampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="310"/>
        <source>Pindai kartu atau ketik NIP / nama dulu, lalu tekan tombol status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="331"/>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="332"/>
        <source>sudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="331"/>
        <source>belum (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="332"/>
        <source>belum (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="333"/>
        <source>Pakta: %s · PIN: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="339"/>
        <source>Riwayat: (pindai seseorang untuk melihat riwayatnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="342"/>
        <source>Riwayat orang ini di kegiatan ini (terbaru di atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="348"/>
        <source> [dibatalkan]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="385"/>
        <source>Siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="386"/>
        <source>Pindai kartu atau ketik NIP / nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/page.py" line="387"/>
        <source>Enter untuk mencatat hadir. Tombol status tertera di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskRouting</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/routing.py" line="75"/>
        <source>PINDAIAN TIDAK DICATAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/routing.py" line="77"/>
        <source>Ada jendela dialog terbuka. Tutup dulu jendela itu, lalu pindai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/routing.py" line="89"/>
        <source>HANYA-BACA — MEJA INI TIDAK DAPAT MENCATAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/routing.py" line="93"/>
        <source>Tutup program di PC itu lalu pilih Coba buka lagi, atau jadikan PC ini meja dengan paket meja (menu Meja di PC utama).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_dialog.py" line="53"/>
        <source>Ubah Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="12"/>
        <source>Tambah Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="47"/>
        <source>nama tanpa gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="118"/>
        <source>16 digit (untuk Non-ASN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="20"/>
        <source>Gelar depan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="30"/>
        <source>mis. Dr. H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="37"/>
        <source>Nama *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="54"/>
        <source>Gelar belakang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="64"/>
        <source>mis. S.Pd., M.Si.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="71"/>
        <source>Status *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="84"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="94"/>
        <source>18 digit, boleh dengan spasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="108"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="125"/>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="142"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="155"/>
        <source>Jenis jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="168"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_dialog.py" line="73"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_dialog.py" line="74"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/employee_picker.py" line="25"/>
        <source>Ketik nama atau NIP pegawai…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employee_model.py" line="136"/>
        <source>Nonaktif: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="34"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="35"/>
        <source>Nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="36"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="50"/>
        <source>Cari nama (tanpa gelar) atau NIP…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="63"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="86"/>
        <source>Tambah (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="87"/>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="278"/>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="88"/>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="89"/>
        <source>Aktifkan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="90"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="91"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="92"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="93"/>
        <source>Impor daftar pegawai dari Excel (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="96"/>
        <source>Daftar ini (sesuai pencarian dan saringan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="98"/>
        <source>Satu lembar per unit kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="101"/>
        <source>Templat daftar pegawai kosong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="128"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="163"/>
        <source>Semua unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="186"/>
        <source>%s pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="234"/>
        <source>Nonaktifkan pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="235"/>
        <source>Alasan %s dinonaktifkan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="237"/>
        <source>Pensiun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="238"/>
        <source>Mutasi keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="239"/>
        <source>Meninggal dunia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="240"/>
        <source>Berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="241"/>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="263"/>
        <source>Hapus pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="265"/>
        <source>Hapus %s dari registri?

Gunakan Hapus hanya untuk data yang salah dimasukkan. Untuk pensiun atau mutasi, pilih Nonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="280"/>
        <source>Hapus data pribadi (permintaan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="288"/>
        <source>Hapus data pribadi (permintaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="292"/>
        <source>Hapus seluruh data pribadi %s atas permintaan yang bersangkutan (UU 27/2022)?

Nama, NIP, NIK dan data lainnya dihapus dari berkas database, termasuk dari riwayat perubahan; jejak audit hanya menyimpan fakta penghapusan, alasannya, dan siapa yang melakukannya. Tindakan ini tidak dapat dibatalkan. Cadangan lama masih memuatnya sampai terhapus oleh rotasi.

Pegawai yang sudah punya riwayat ikrar/pakta tidak dapat dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="303"/>
        <source>Alasan penghapusan (wajib, mis. surat permintaan tanggal …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="316"/>
        <source>Data pribadi %s sudah dihapus dari database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/employees_page.py" line="336"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="62"/>
        <source>Ubah Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="62"/>
        <location filename="../../ui/event_dialog.ui" line="12"/>
        <source>Buat Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="48"/>
        <source>mis. Apel Ikrar Netralitas ASN Tahun 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="77"/>
        <source>Pukul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="119"/>
        <source>mis. Halaman Kantor Bupati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="136"/>
        <source>nama pemimpin upacara / penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="153"/>
        <source>mis. Bupati, Pj Bupati, Sekretaris Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="25"/>
        <source>Jenis kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="38"/>
        <source>Nama kegiatan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="55"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="109"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="126"/>
        <source>Dipimpin oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="143"/>
        <source>Jabatan pemimpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="160"/>
        <source>Pemilihan (naskah bawaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="81"/>
        <source>Saksi (KPU, Bawaslu, BKN Regional, Inspektorat…) diisi pada tab Saksi; naskah ikrar dan butir pakta pada tab Naskah. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="84"/>
        <source>Daftar peserta diubah di halaman Kegiatan (Tambah peserta, Tidak wajib).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="86"/>
        <source>Siapa yang wajib hadir dipilih pada tab Peserta wajib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="230"/>
        <source>Kembalikan naskah bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="202"/>
        <source>&lt;b&gt;Naskah ikrar&lt;/b&gt; (dibacakan bersama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="216"/>
        <source>&lt;b&gt;Butir pakta integritas&lt;/b&gt; — satu butir per baris (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="19"/>
        <source>Umum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="191"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="196"/>
        <source>Naskah ikrar &amp;&amp; pakta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="238"/>
        <source>Peserta wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="107"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="108"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="244"/>
        <source>Semua pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="254"/>
        <source>Pegawai aktif dari unit kerja yang dicentang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="271"/>
        <source>Pejabat: kepala unit kerja pada tingkat yang dicentang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="296"/>
        <source>Belum ada — peserta dipilih satu per satu sesudah kegiatan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="261"/>
        <source>Saring daftar unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.ui" line="303"/>
        <source>Hanya ASN (PNS, CPNS, PPPK) — tanpa pegawai Non-ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="212"/>
        <source>&lt;b&gt;%s pegawai&lt;/b&gt; akan tercatat wajib hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="270"/>
        <source>Nama kegiatan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="272"/>
        <source>Setiap saksi harus diberi nama (atau hapus barisnya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="274"/>
        <source>Pakta integritas harus berisi minimal satu butir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/dialog.py" line="276"/>
        <source>Centang minimal satu unit kerja pada tab Peserta wajib.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPeopleWidget</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="183"/>
        <source>Cari nama atau NIP di daftar kegiatan ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="193"/>
        <source>Tambah peserta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="194"/>
        <source>Tidak wajib…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="195"/>
        <source>Wajibkan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="196"/>
        <source>Tanda tangan susulan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="197"/>
        <source>Riwayat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="243"/>
        <source>&lt;b&gt;Kegiatan ini sudah ditutup.&lt;/b&gt; Daftar hadir hanya dapat dilihat. Untuk memperbaiki, klik &lt;b&gt;Buka kembali…&lt;/b&gt; dan tuliskan alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="255"/>
        <source>Semua unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="258"/>
        <source>(tanpa unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="269"/>
        <source>%s orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="303"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="336"/>
        <source>Tidak wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people.py" line="337"/>
        <source>Alasan %s tidak wajib mengikuti kegiatan ini:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="71"/>
        <source>Buat kegiatan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="72"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="73"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="74"/>
        <source>Mulai kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="75"/>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="229"/>
        <source>Tutup kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="76"/>
        <source>Buka kembali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="78"/>
        <source>Keadaan menjadi Berlangsung: meja hadir dapat mencatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="80"/>
        <source>Sesudah ditutup, data kehadiran tidak dapat diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="95"/>
        <source>Belum ada kegiatan. Klik &lt;b&gt;Buat kegiatan&lt;/b&gt; untuk menyiapkan apel ikrar netralitas atau penandatanganan pakta integritas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="100"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="214"/>
        <source>Hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="215"/>
        <source>Hapus draf kegiatan &apos;%s&apos; beserta daftar pesertanya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="230"/>
        <source>Tutup kegiatan &apos;%s&apos;?

Sesudah ditutup, kehadiran dan tanda tangan tidak dapat diubah lagi kecuali kegiatan dibuka kembali dengan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="242"/>
        <source>Buka kembali kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="243"/>
        <source>Alasan membuka kembali &apos;%s&apos; (dicatat di riwayat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/page.py" line="252"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="39"/>
        <source>1. Pilih berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="42"/>
        <source>Daftar pegawai dari BKPSDM, SIASN, OPD atau daftar honorer: .xlsx, .xls, .ods atau .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="49"/>
        <source>ketik atau tempel lokasi berkas lalu Enter, atau Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="52"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="56"/>
        <source>Hentikan pembacaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="89"/>
        <source>Pilih daftar pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="101"/>
        <source>Membaca berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="127"/>
        <source>Terbaca: format {format}, {count} lembar berisi data. Klik Lanjut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintBox</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="35"/>
        <source>Sidik jejak audit pada dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="47"/>
        <source>Ketik sidik yang tercetak, mis. 1555 · 9f3a-07c2-1b4d-88e0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="49"/>
        <source>Cocokkan sidik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="78"/>
        <source>Menunggu sidik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="84"/>
        <source>Sidik jejak audit database ini sekarang: &lt;b&gt;%s&lt;/b&gt;. Berita acara, rekap dan cadangan mencetak sidik seperti ini; mencocokkannya di sini menunjukkan apakah riwayat sampai nomor itu masih sama seperti saat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="102"/>
        <source>? SIDIK TIDAK TERBACA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="106"/>
        <source>✔ COCOK — riwayat sampai nomor %s tidak berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="108"/>
        <source>✖ TIDAK COCOK — riwayat sampai nomor %s berbeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/audit_anchor_box.py" line="110"/>
        <source>✖ TIDAK COCOK — database lebih tua dari nomor %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="61"/>
        <source>Tindak lanjut per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="69"/>
        <source>Cetak surat tindak lanjut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="70"/>
        <source>Satu surat per OPD yang masih punya pegawai belum menandatangani, dengan lembar paktanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="73"/>
        <source>Cetak laporan pelaksanaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="79"/>
        <source>mis. 800/123/DISDIK/2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="82"/>
        <source>Catat balasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="84"/>
        <source>Balasan OPD terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="86"/>
        <source>Tanggal surat balasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="87"/>
        <source>Nomor surat balasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="88"/>
        <source>Lembar pakta selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="107"/>
        <source>%d surat · %d sudah dibalas · %d terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="109"/>
        <source>Belum ada surat tindak lanjut untuk kegiatan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="116"/>
        <source>%s · %s · %d selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="119"/>
        <source>TERLAMBAT — belum dibalas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="119"/>
        <source>belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="145"/>
        <source>Balasan tidak dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="154"/>
        <source>Simpan surat tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="160"/>
        <source>Simpan laporan pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="183"/>
        <source>Mencetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="189"/>
        <source>Cetak selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="189"/>
        <source>Disimpan ke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/followup_dialog.py" line="184"/>
        <source>Cetak gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/help_window.py" line="235"/>
        <source>Panduan Ikrar Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/help_window.py" line="245"/>
        <source>◀ Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/help_window.py" line="249"/>
        <source>Maju ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/help_window.py" line="257"/>
        <source>Cari di panduan… (Enter: berikutnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/help_window.py" line="260"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/help_window.py" line="290"/>
        <source>Panduan tidak ditemukan di %s. Jalankan &apos;make help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/help_window.py" line="363"/>
        <source>Tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/history.py" line="91"/>
        <source>Riwayat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="186"/>
        <source>Riwayat — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="190"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="190"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="190"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="190"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="191"/>
        <source>Komputer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="193"/>
        <source> (dibatalkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="205"/>
        <source>Belum ada catatan untuk orang ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="208"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="44"/>
        <source>Kegiatan hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="45"/>
        <source>Kegiatan berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="46"/>
        <source>Kegiatan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="66"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="81"/>
        <source>Wajib hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="81"/>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="82"/>
        <source>Pakta ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="83"/>
        <source>Lembar belum kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="83"/>
        <source>Konflik antarmeja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="91"/>
        <source>Buka Meja Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="93"/>
        <source>Lihat rekap di Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="95"/>
        <source>Lihat di Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="110"/>
        <source>Yang perlu dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="131"/>
        <source>Selamat datang di Ikrar Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="134"/>
        <source>Database ini masih kosong. Mulailah dengan salah satu langkah berikut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="141"/>
        <source>nama tempat, mis. Cibinong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="142"/>
        <source>1. Simpan nama instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="146"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="147"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="149"/>
        <source>2. Impor daftar pegawai dari Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="156"/>
        <source> pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="157"/>
        <source>atau coba dengan data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="182"/>
        <source>(instansi belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="184"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s pegawai aktif di %s unit kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="195"/>
        <source>Cadangan terakhir: %s%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="199"/>
        <source>belum ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="200"/>
        <source> (hari ini sudah dibuat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="249"/>
        <source>Tidak ada yang tertunda. Semua sudah beres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/home_page.py" line="262"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/signin.py" line="95"/>
        <source>Terkunci karena tidak dipakai. Masuk lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/wizard.py" line="46"/>
        <source>Impor daftar pegawai dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/wizard.py" line="50"/>
        <source>Lanjut &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/wizard.py" line="51"/>
        <source>&lt; Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/wizard.py" line="52"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/wizard.py" line="53"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/wizard.py" line="54"/>
        <source>Terapkan perubahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="58"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="59"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="60"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="61"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="62"/>
        <source>Meja Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="63"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="64"/>
        <source>Verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="65"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="66"/>
        <source>Pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="67"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="243"/>
        <source>&amp;Bantuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="245"/>
        <source>&amp;Panduan pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="249"/>
        <source>Pintasan &amp;papan ketik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="252"/>
        <source>&amp;Tentang Ikrar Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="279"/>
        <source>Masih hanya-baca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="294"/>
        <source>Database dibuka untuk menulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="300"/>
        <source>Bekerja sebagai meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="302"/>
        <source>Jangan menyalin database ke PC ini: datanya akan terpecah dua.

Untuk mencatat kehadiran dari PC ini, jadikan PC ini meja hadir:
1. Di PC yang memegang database, pilih menu Meja › Buat paket meja… dan simpan paketnya ke flashdisk.
2. Di PC ini, buka database meja baru dari paket itu dan catat kehadiran.
3. Sesudah acara, buat berkas kembalian (menu Meja) dan gabungkan di PC utama lewat Meja › Gabungkan berkas kembalian….

Langkah lengkapnya ada di Panduan, bab 7 &quot;Beberapa meja hadir&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="346"/>
        <source>Membuat data contoh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/main_window.py" line="348"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="36"/>
        <source>— tidak dipakai —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="39"/>
        <source>Pemetaan dikenali otomatis dari judul kolom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="40"/>
        <source>Pemetaan diambil dari impor sebelumnya dengan susunan kolom yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="43"/>
        <source>Pemetaan diatur manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="51"/>
        <source>3. Pemetaan kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="54"/>
        <source>Periksa kolom berkas mana yang berisi data apa. Pemetaan ini diingat untuk berkas berikutnya dengan susunan kolom yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="67"/>
        <source>Tidak ada kolom unit kerja. Unit untuk seluruh berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="98"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="99"/>
        <source>Judul di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="100"/>
        <source>Contoh isi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="101"/>
        <source>Dipakai sebagai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="143"/>
        <source>Satu jenis data dipetakan ke lebih dari satu kolom: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="148"/>
        <source>Tunjuk kolom yang berisi NIP, NIK atau nama; tanpa itu pegawai tak dikenali.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="89"/>
        <source>Gabungkan meja hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="98"/>
        <source>Gabungkan berkas kembalian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="104"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="106"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="108"/>
        <source>Batas selisih jam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="120"/>
        <source>Terima hasil gabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="122"/>
        <source>Putuskan status lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="133"/>
        <source>Meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="135"/>
        <source>Rekap per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="163"/>
        <source>Belum ada kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="183"/>
        <source>Konflik antarmeja: {n} perlu dicek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="193"/>
        <source>Hadir {h} dari {w} ({p:.1f}%) · belum tercatat {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="203"/>
        <source>selisih ±{m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="204"/>
        <source>sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="208"/>
        <source>Pilih berkas kembalian meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="209"/>
        <source>Berkas kembalian meja (*.ikrarkembali);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="232"/>
        <source>Menggabungkan berkas kembalian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="253"/>
        <source>&lt;b&gt;Konflik antarmeja, {n} orang:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="273"/>
        <source>Jam meja berbeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="274"/>
        <source>{msg}

Geser waktu tindakan {desk} sebanyak {m} menit? (Tindakan yang sudah tergabung tetap; geseran dicatat.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="293"/>
        <source>Putuskan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="293"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/merge.py" line="303"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="137"/>
        <source>Gabungkan unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="144"/>
        <source>Semua %s pegawai dari &lt;b&gt;%s&lt;/b&gt; dipindahkan ke unit di bawah ini, lalu unit itu dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="153"/>
        <source>Gabungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="154"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialsScope</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/officials_scope.py" line="57"/>
        <source>Centang minimal satu tingkat pejabat pada tab Peserta wajib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/officials_scope.py" line="60"/>
        <source>Belum ada kepala unit pada tingkat yang dicentang; tetapkan kepala unit di halaman Unit Kerja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/common/background.py" line="132"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutstandingView</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="80"/>
        <source>Simpan xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="82"/>
        <source>Lembar Per OPD dan Belum Kembali, siap dikirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="84"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="86"/>
        <source>PDF berkop: jumlah per OPD, lalu siapa yang belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="103"/>
        <source>OPD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="142"/>
        <source>Lembar pakta dikirim &lt;b&gt;%s&lt;/b&gt; · sudah kembali &lt;b&gt;%s&lt;/b&gt; (%s; %s susulan) · &lt;b&gt;belum kembali %s&lt;/b&gt;. Klik satu OPD untuk melihat siapa saja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="150"/>
        <source>Semua OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="174"/>
        <source>%s lembar belum kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="185"/>
        <source>Simpan xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="187"/>
        <source>Cetak ke PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="187"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="211"/>
        <source>Menyimpan xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="211"/>
        <source>Membuat PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="221"/>
        <source>Tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="221"/>
        <source>Disimpan ke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="224"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="228"/>
        <source>Berkas %s tidak dapat ditulis: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/outstanding_view.py" line="229"/>
        <source>Tutup berkas itu bila sedang dibuka, atau pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageOpen</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="82"/>
        <source>Buka paket meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="85"/>
        <source>Paket {desk} untuk kegiatan &apos;{title}&apos;.
Ketik kata sandi meja yang diberikan petugas PC utama (huruf besar/kecil dan tanda hubung tidak berpengaruh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="99"/>
        <source>Buka paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="102"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseShown</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="34"/>
        <source>Kata sandi paket meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="45"/>
        <source>Paket {desk} tersimpan ({people} pegawai) di {file}.

Catat kata sandi di atas dan sampaikan kepada petugas {desk} (jangan ditulis di flashdisk). Kata sandi ini tidak ditampilkan lagi dan tidak disimpan; tanpa kata sandi paket tidak dapat dibuka — bila hilang, buat paket baru untuk meja ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="52"/>
        <source>Salin kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="54"/>
        <source>Sudah saya catat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/passphrase.py" line="69"/>
        <source>Tersalin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="98"/>
        <source>Belum ada pratinjau.
Pilih dokumen dan kegiatan, lalu klik Pratinjau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="106"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="107"/>
        <source>Halaman sebelumnya (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="108"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="109"/>
        <source>Halaman berikutnya (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="118"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="119"/>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="120"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="121"/>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="126"/>
        <source>Pas lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="127"/>
        <source>Satu halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="133"/>
        <source>Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="229"/>
        <source>dari %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/pdf_preview.py" line="247"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/people_checklist.py" line="50"/>
        <source>Cari nama, NIP atau unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/people_checklist.py" line="57"/>
        <source>Centang yang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/people_checklist.py" line="58"/>
        <source>Kosongkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/people_checklist.py" line="124"/>
        <source>%s dari %s orang dicentang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="176"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="179"/>
        <source>Berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="182"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="185"/>
        <source>Ganda di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="187"/>
        <source>Tidak ada di berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="190"/>
        <source>Diabaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="192"/>
        <source>Peringatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="194"/>
        <source>Tetap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="210"/>
        <source>4. Pratinjau perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="213"/>
        <source>Belum ada yang disimpan. Periksa perubahan di bawah, lalu klik &apos;Terapkan perubahan&apos;. Baris yang ditolak tidak disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="245"/>
        <source>Simpan baris ditolak ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="261"/>
        <source>Memeriksa setiap baris dan membandingkan dengan database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="330"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; pegawai baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="331"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="332"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; tetap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="333"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; baris ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="334"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="335"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; baris diabaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="339"/>
        <source>&lt;b&gt;{count}&lt;/b&gt; unit kerja baru: {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="344"/>
        <source>Lembar &apos;{sheet}&apos;, judul di baris {row}: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="350"/>
        <source>Tidak ada baris yang dapat disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="357"/>
        <source>Nonaktifkan {count} pegawai di tab &apos;Tidak ada di berkas&apos; — hanya mereka (data tidak dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="374"/>
        <source>Simpan baris ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/plan_pages.py" line="388"/>
        <source>{count} baris ditolak disimpan ke {path}. Perbaiki di Excel (lihat kolom KETERANGAN GALAT), lalu impor berkas itu lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOptions</name>
    <message>
        <location filename="../../ui/print_options.ui" line="81"/>
        <source>Seluruh kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="93"/>
        <source>Satu unit kerja (OPD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="112"/>
        <source>Pegawai terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="75"/>
        <source>Siapa yang dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="188"/>
        <source> baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="201"/>
        <source>Kotak meterai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="218"/>
        <source>kosong = nomor berikutnya dari register (pola di Pengaturan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="132"/>
        <source>Pilihan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="138"/>
        <source>Kertas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="158"/>
        <source>Kop surat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="178"/>
        <source>Baris kosong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="208"/>
        <source>Nomor berita acara:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="225"/>
        <source>Tata letak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="23"/>
        <source>Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/print_options.ui" line="53"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="73"/>
        <source>Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="76"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="77"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="80"/>
        <source>Satu PDF per orang (nama berkas NIP, atau kode kegiatan bagi non-ASN) di folder yang dipilih, untuk dikirim lewat WhatsApp atau pos-el.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="95"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="159"/>
        <source>Belum ada kegiatan. Buat kegiatan di halaman Kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="161"/>
        <source>Centang paling sedikit satu pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="171"/>
        <source>Pratinjau di kanan sesuai pilihan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="174"/>
        <source>Pilihan berubah sesudah pratinjau: klik Pratinjau lagi, atau Cetak / Simpan PDF akan membuat PDF baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="203"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="203"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="222"/>
        <source>Menyimpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="227"/>
        <source>Folder sertifikat per orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="252"/>
        <source>Membuat sertifikat per orang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="248"/>
        <source>Sertifikat per orang tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="267"/>
        <source>Membuat %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="302"/>
        <source>PDF tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="302"/>
        <source>Disimpan ke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="308"/>
        <source>&lt;b&gt;Dibatalkan.&lt;/b&gt; Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/page.py" line="312"/>
        <source>Tidak dapat mencetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="16"/>
        <source>Sertifikat per orang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/printing/split.py" line="17"/>
        <source>juga zip per OPD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressBoard</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/projector.py" line="133"/>
        <source>Halaman %s dari %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/projector.py" line="195"/>
        <source>Ikrar Desktop — Layar Proyektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/projector.py" line="245"/>
        <source>Hadir %s dari %s  (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/projector.py" line="249"/>
        <source>Pakta ditandatangani %s  ·  Izin/sakit/cuti/DL/TB %s  ·  Belum hadir %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingMode</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="74"/>
        <source>Terima lembar kembali (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="79"/>
        <source>Pindaian mencatat lembar pakta yang kembali bertanda tangan, bukan kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="97"/>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="200"/>
        <source>MODE TERIMA LEMBAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="99"/>
        <source>pindaian mencatat lembar pakta kembali — bukan kehadiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="106"/>
        <source>Hari lembar itu diterima (mis. yang datang akhir pekan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="111"/>
        <source>Batalkan (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="115"/>
        <source>Kembali ke catat hadir (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="129"/>
        <source>Tanggal terima:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="166"/>
        <source>Pindai QR lembar / ketik kode atau NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="202"/>
        <source>Tombol itu untuk catat hadir; tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="203"/>
        <source>Tekan Ctrl+T untuk kembali ke catat hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="219"/>
        <source>HANYA-BACA — LEMBAR TIDAK DAPAT DICATAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="220"/>
        <source>Database dibuka hanya-baca di PC ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="221"/>
        <source>Terima lembar di PC yang memegang database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="228"/>
        <source>LEMBAR TIDAK DICATAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="238"/>
        <source>LEMBAR DITERIMA ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="240"/>
        <source>SUDAH DITERIMA — tidak ada yang diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="242"/>
        <source>LEMBAR DITOLAK — tidak dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="273"/>
        <source>Belum ada penerimaan lembar yang dapat dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="289"/>
        <source>TIDAK DIBATALKAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="296"/>
        <source>DIBATALKAN: penerimaan lembar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="298"/>
        <source>Pakta orang ini kembali tercatat belum kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="314"/>
        <source>Siap menerima lembar pakta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="315"/>
        <source>Pindai QR lembar yang kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="316"/>
        <source>atau ketik kode lembar (P-…) atau NIP, lalu Enter. Ctrl+T: catat hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="342"/>
        <source>Lembar dikirim &lt;b&gt;%s&lt;/b&gt; · sudah kembali &lt;b&gt;%s&lt;/b&gt; (%s) · belum kembali &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="351"/>
        <source>(hari ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk/receive.py" line="353"/>
        <source>⚠ bukan hari ini: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="157"/>
        <source>Ekspor rekap ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="158"/>
        <source>Lembar Rekap per OPD dan lembar Belum TTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="160"/>
        <source>Tindak lanjut per OPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="161"/>
        <source>Surat tindak lanjut, balasan OPD, dan laporan pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="179"/>
        <source>Ekspor daftar ini ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="183"/>
        <source>OPD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="201"/>
        <source>Setiap sel: &lt;b&gt;wajib → hadir → sudah TTD&lt;/b&gt; (di acara atau susulan), menurut unit kerja pada hari kegiatan. Kolom Pegawai aktif = registri saat ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="210"/>
        <source>Rekap per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="211"/>
        <source>Belum tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="212"/>
        <source>Kelengkapan antar-kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="214"/>
        <source>Lembar pakta kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="216"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="219"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="266"/>
        <source>Belum ada kegiatan. Buat kegiatan di halaman Kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="274"/>
        <source> · tidak wajib %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="276"/>
        <source>Wajib &lt;b&gt;%s&lt;/b&gt; · hadir &lt;b&gt;%s&lt;/b&gt; (%s) · pakta ditandatangani &lt;b&gt;%s&lt;/b&gt; di acara + &lt;b&gt;%s&lt;/b&gt; susulan (%s) · belum TTD &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="287"/>
        <source>Semua OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="304"/>
        <source>%s orang belum TTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="308"/>
        <source>Unit Kerja (OPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="308"/>
        <source>Pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="339"/>
        <source>Ekspor ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="362"/>
        <source>Mengekspor ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="368"/>
        <source>Ekspor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="368"/>
        <source>Disimpan ke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="373"/>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="378"/>
        <source>Ekspor gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="374"/>
        <source>Berkas %s tidak dapat ditulis: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/reports_page.py" line="375"/>
        <source>Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="27"/>
        <source>5. Hasil impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="44"/>
        <source>Menyimpan perubahan (cadangan database dibuat lebih dulu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="61"/>
        <source>&lt;b&gt;Impor selesai.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="62"/>
        <source>{inserted} pegawai ditambahkan, {updated} diubah, {unchanged} tetap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="66"/>
        <source>{rejected} baris ditolak dan {ignored} baris diabaikan (tidak disimpan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="74"/>
        <source> dan {count} lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="80"/>
        <source>{count} pegawai dinonaktifkan karena tidak ada di berkas: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="84"/>
        <source>{count} unit kerja baru dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="86"/>
        <source>Cadangan sebelum impor: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/result_page.py" line="96"/>
        <source>Tidak ada perubahan yang disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="52"/>
        <source>Cadangan dan keamanan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="55"/>
        <source>folder bawaan: backups di samping database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="56"/>
        <source>Pilih folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="58"/>
        <source>Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="60"/>
        <source>Pulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="65"/>
        <source>Wajibkan masuk dengan nama pengguna dan kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="67"/>
        <source>Kelola pengguna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="70"/>
        <source>Folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="115"/>
        <source>Cadangan terakhir: {when} di {folder} ({count} berkas disimpan: 7 harian, 5 mingguan, 12 bulanan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="121"/>
        <source>
Sidik jejak audit cadangan itu: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="125"/>
        <source>Belum ada cadangan di {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="132"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="136"/>
        <source>Pilih folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="158"/>
        <source>Cadangan tersimpan dan sudah diperiksa: {name} ({counts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="162"/>
        <source>
Sidik jejak audit cadangan: {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="171"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="171"/>
        <source>Cadangan Ikrar (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="185"/>
        <source>tidak diketahui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="187"/>
        <source>Pulihkan database dari cadangan tanggal {when}?

Isi cadangan: {counts}.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="190"/>
        <source>Sidik jejak audit cadangan: {mark}.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="194"/>
        <source>Database yang sekarang disimpan di sampingnya dengan nama bertanggal (tidak ditimpa), dan perubahan sesudah tanggal cadangan tidak ada di cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="197"/>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="212"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="214"/>
        <source>Database dipulihkan dari cadangan tanggal {when}.
Database sebelumnya disimpan sebagai {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="228"/>
        <source>Kelola pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="237"/>
        <source>Belum ada akun admin yang aktif, jadi masuk belum dapat diwajibkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/panel.py" line="238"/>
        <source>Buat akun admin dulu lewat tombol Kelola pengguna….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="135"/>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="158"/>
        <location filename="../../ui/settings_page.ui" line="108"/>
        <source>(belum ada logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="118"/>
        <source>Pilih gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="125"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="251"/>
        <source>mis. Pembina Utama Muda, IV/c (a.n. Bupati)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="262"/>
        <source>Simpan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="18"/>
        <source>Instansi (baris pertama kop) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="28"/>
        <source>Pemerintah Kabupaten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="35"/>
        <source>Nama unit/OPD penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="45"/>
        <source>mis. Badan Kepegawaian dan Pengembangan SDM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="52"/>
        <source>Alamat (baris kop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="77"/>
        <source>Alamat, telepon, laman — satu baris per baris kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="84"/>
        <source>Logo daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="147"/>
        <source>Nama tempat untuk tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="157"/>
        <source>mis. Cibinong (untuk &apos;Cibinong, 18 September 2023&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="164"/>
        <source>Ukuran kertas bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="177"/>
        <source>Zona waktu (di belakang jam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="190"/>
        <source>Pimpinan daerah: nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="200"/>
        <source>nama Bupati / Pj. Bupati / penanda tangan a.n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="207"/>
        <source>Pimpinan daerah: jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="217"/>
        <source>mis. Bupati Contoh · Pj. Bupati Contoh · a.n. Bupati Contoh, Asisten Pemerintahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="224"/>
        <source>NIP (a.n. Bupati)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="234"/>
        <source>hanya untuk penanda tangan a.n. Bupati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.ui" line="241"/>
        <source>Pangkat (a.n. Bupati)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="72"/>
        <source>Pola nomor %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="180"/>
        <location filename="../../ui/settings_page.ui" line="9"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="139"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="139"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="146"/>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="150"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="150"/>
        <source>Berkas itu bukan gambar PNG/JPEG yang dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/settings_page.py" line="183"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="146"/>
        <source>2. Lembar dan judul kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="149"/>
        <source>Program memilih lembar yang tampak seperti daftar pegawai dan mencari baris judul kolomnya. Ganti lembar bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="163"/>
        <source>Lembar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="179"/>
        <source>{name}  ({count} baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/importing/source_pages.py" line="212"/>
        <source>Judul kolom ditemukan di baris {row} (disorot kuning). Baris di atasnya diabaikan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="105"/>
        <source>Pintasan papan ketik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="111"/>
        <source>Tombol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="111"/>
        <source>Fungsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="111"/>
        <source>Di halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/about.py" line="128"/>
        <source>Buka panduan (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/signin.py" line="25"/>
        <source>Masuk — Ikrar Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/signin.py" line="34"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/signin.py" line="35"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/signin.py" line="40"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/signin.py" line="41"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="121"/>
        <source>Saran kepala dan unit induk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="130"/>
        <source>kepala: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="133"/>
        <source>induk: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="139"/>
        <source>Saran ditebak dari jabatan dan nama unit. Periksa, hapus centang yang salah, lalu Terapkan. Yang sudah diisi tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="146"/>
        <source>Terapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="147"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="45"/>
        <source>Cari nama, NIP, nomor kasus atau nomor aduan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="53"/>
        <source>Semua bentuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="54"/>
        <source>Semua kode etik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="55"/>
        <source>Semua disiplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="74"/>
        <source>Kasus per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="75"/>
        <source>Kasus per bentuk pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="90"/>
        <source>Laporan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="91"/>
        <source>Buka kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="92"/>
        <source>Riwayat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="93"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="94"/>
        <source>Cetak lembar kasus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="95"/>
        <source>Cetak register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="96"/>
        <source>Atur tenggat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="109"/>
        <source>Pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="161"/>
        <source>Semua OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="174"/>
        <source>{0} kasus · {1} berjalan · {2} terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="217"/>
        <source>Cetak lembar kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="217"/>
        <source>Pilih dulu satu kasus di register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="235"/>
        <source>Ekspor register pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="256"/>
        <source>Mengekspor register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="263"/>
        <source>Ekspor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="268"/>
        <location filename="../../src/ikrar_desktop/ui/cases/page.py" line="273"/>
        <source>Ekspor gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SusulanDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="146"/>
        <source>Tanda tangan susulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="153"/>
        <source>mis. Kantor Dinas Pendidikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="154"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="156"/>
        <source>Tanggal tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="157"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/people_dialogs.py" line="159"/>
        <source>&lt;b&gt;%s&lt;/b&gt; menandatangani pakta integritas sesudah acara.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="119"/>
        <source>Nama unit kerja *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="120"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="121"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="125"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="126"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitLinksDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="52"/>
        <source>Kepala, induk dan kode: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="56"/>
        <source>(belum ditetapkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="64"/>
        <source>(pegawai unit lain, id %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="69"/>
        <source>atau NIP pegawai unit lain (mis. Plt.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="75"/>
        <source>(tidak ada — unit teratas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="81"/>
        <source>mis. DINKES (untuk {kode} pada nomor surat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="83"/>
        <source>Jabatan yang dicetak: &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="87"/>
        <source>Kepala unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="89"/>
        <source>Sebagai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="90"/>
        <source>Unit induk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="91"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="95"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/unit_dialogs.py" line="96"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="45"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="46"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="47"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="48"/>
        <source>Kepala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="49"/>
        <source>Unit induk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="50"/>
        <source>Pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="51"/>
        <source>Semua pegawai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="180"/>
        <source>Tambah unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="181"/>
        <source>Ubah nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="182"/>
        <source>Gabungkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="183"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="184"/>
        <source>Kepala &amp;&amp; induk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="187"/>
        <source>Sarankan kepala &amp;&amp; induk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="190"/>
        <source>Ekspor per unit ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="196"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="228"/>
        <source>%s unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="244"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="251"/>
        <source>Tambah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="266"/>
        <source>Ubah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="290"/>
        <source>Hapus unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="290"/>
        <source>Hapus unit %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="329"/>
        <source>Saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/registry/units_page.py" line="329"/>
        <source>Semua unit sudah punya kepala dan unit induk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_dialog.ui" line="14"/>
        <source>Kelola pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="36"/>
        <location filename="../../ui/users_dialog.ui" line="101"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="41"/>
        <location filename="../../ui/users_dialog.ui" line="114"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="46"/>
        <location filename="../../ui/users_dialog.ui" line="127"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="51"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="56"/>
        <source>Terkunci sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="66"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="73"/>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="95"/>
        <location filename="../../ui/users_dialog.ui" line="174"/>
        <source>Tambah pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="140"/>
        <source>Kata sandi (min. 8 karakter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="157"/>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="110"/>
        <source>Pindai QR sertifikat atau ketik kodenya, lalu Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="116"/>
        <source>Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="141"/>
        <source>Batalkan sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="142"/>
        <source>Membatalkan sertifikat terpilih; alasan wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="145"/>
        <source>Verifikasi Sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="148"/>
        <source>Kode diperiksa di database ini tanpa internet. Huruf besar/kecil, spasi dan tanda hubung boleh diabaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="157"/>
        <source>Sertifikat kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="210"/>
        <source>Menunggu kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="211"/>
        <source>Arahkan pemindai ke QR pada sertifikat, atau ketik kode di bawah QR (mis. ABCD-EFGH-JKLM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="216"/>
        <source>✔ SAH — sertifikat tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="219"/>
        <source>⚠ DIBATALKAN — sertifikat tidak berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="220"/>
        <source>Alasan pembatalan: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Dibatalkan: %s&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="226"/>
        <source>✖ TIDAK DIKENAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="228"/>
        <source>Kode &lt;b&gt;%s&lt;/b&gt; tidak tercatat di database ini. Periksa ketikan kode, atau sertifikat ini dibuat di database lain atau telah diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="238"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="239"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="240"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="241"/>
        <source>Diterbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="243"/>
        <source>Dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="244"/>
        <source>%s kali (cetak ulang %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="266"/>
        <source>%s×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="266"/>
        <source>belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="267"/>
        <source>Sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="268"/>
        <source>Dibatalkan: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="275"/>
        <source>%s sah, %s dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="306"/>
        <source>Tidak dapat dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="73"/>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="85"/>
        <source>Batalkan sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="75"/>
        <source>Sertifikat &lt;b&gt;%s&lt;/b&gt; atas nama &lt;b&gt;%s&lt;/b&gt; akan dibatalkan. Nomornya tetap tercatat dan tidak dipakai lagi; cetakan berikutnya mendapat nomor baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="82"/>
        <source>mis. salah penulisan nama, rusak saat dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="87"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/safety/verify_page.py" line="94"/>
        <source>Alasan pembatalan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WitnessRows</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/witness_rows.py" line="31"/>
        <source>Nama saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/witness_rows.py" line="31"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/witness_rows.py" line="31"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/witness_rows.py" line="37"/>
        <source>Tambah saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/witness_rows.py" line="51"/>
        <source>nama dan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/witness_rows.py" line="58"/>
        <source>mis. Ketua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/events/witness_rows.py" line="59"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Lock</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/shell/readonly.py" line="114"/>
        <source>Hanya-baca: tidak dapat diubah dari PC ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
