<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/print_jobs.py" line="86"/>
        <source>&lt;b&gt;%s&lt;/b&gt;: %s halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/print_jobs.py" line="88"/>
        <source>, %s orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/print_jobs.py" line="93"/>
        <source>Nomor sertifikat: %s (baru %s, cetak ulang dengan nomor tetap %s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/print_jobs.py" line="100"/>
        <source>dan %s nama lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/print_jobs.py" line="101"/>
        <source>Nama diperkecil agar muat (%s), periksa hasil cetaknya:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/about.py" line="44"/>
        <source>Tentang %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/about.py" line="47"/>
        <source>Versi %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/about.py" line="50"/>
        <source>Registri pegawai, ikrar netralitas dan pakta integritas ASN, tanpa internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/about.py" line="59"/>
        <source>Folder data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/about.py" line="61"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/about.py" line="63"/>
        <source>Berkas log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/about.py" line="78"/>
        <source>Lisensi pustaka dan fon yang disertakan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="81"/>
        <source>Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="84"/>
        <source>Cari nama (tanpa gelar) atau NIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="87"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="87"/>
        <source>NIP / NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="87"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="87"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="97"/>
        <source>Pilih satu atau beberapa orang (Ctrl/Shift+klik). Yang sudah ada di daftar ditampilkan abu-abu. Unit, jabatan dan golongan dicatat seperti hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="101"/>
        <source>Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="82"/>
        <source>mis. hasil klarifikasi, isi rekomendasi, keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="87"/>
        <source>nomor SK (keputusan/sanksi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="88"/>
        <source>Catat langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="93"/>
        <source>Langkah berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="97"/>
        <source>tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="99"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="100"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="101"/>
        <source>Sanksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="102"/>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="116"/>
        <source>Tambah berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="117"/>
        <source>Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="118"/>
        <source>Periksa keaslian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="134"/>
        <source>Penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="135"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="136"/>
        <source>Riwayat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="137"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="154"/>
        <source>Kasus {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="236"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="245"/>
        <source>Bukti tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="256"/>
        <source>Bukti tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="274"/>
        <source>Tidak cocok dengan sidik saat diunggah: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_detail.py" line="279"/>
        <source>{0} berkas utuh (SHA-256 cocok).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="98"/>
        <source>Laporan pelanggaran netralitas baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="106"/>
        <source>nomor aduan SBT/LAPOR!, nomor surat Bawaslu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="112"/>
        <source>Pilih, atau ketik nama pemilihan lain untuk menambahkannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="119"/>
        <source>uraikan bentuk pelanggaran &apos;Lainnya&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="121"/>
        <source>Kronologi singkat: apa, kapan, di mana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="125"/>
        <source>Tambah berkas bukti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="133"/>
        <source>Pegawai terlapor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="134"/>
        <source>Tanggal laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="135"/>
        <source>Sumber laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="136"/>
        <source>Nomor/referensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="137"/>
        <source>Pemilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="138"/>
        <source>Bentuk pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="140"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="144"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="148"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="149"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="164"/>
        <source>Pilih berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="177"/>
        <source>Pilih pegawai terlapor dari hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePrinter</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="34"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="41"/>
        <source>Cetak lembar kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="46"/>
        <source>Cetak register kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="54"/>
        <source>Membuat lembar kasus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="63"/>
        <source>Membuat register kasus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="85"/>
        <source>Cetak selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="91"/>
        <location filename="../../src/ikrar_desktop/ui/case_print.py" line="94"/>
        <source>Cetak gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPane</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_counters.py" line="51"/>
        <source>Tandai satu unit hadir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_counters.py" line="56"/>
        <source>Pilih OPD di tabel, lalu tandai semua yang belum tercatat sebagai Hadir. Pengecualian (izin, sakit, …) dicatat sesudahnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_counters.py" line="91"/>
        <source>&lt;br&gt;%s: hadir %s dari %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_counters.py" line="92"/>
        <source>(tanpa unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_counters.py" line="99"/>
        <source>&lt;b&gt;Hadir %s&lt;/b&gt; dari %s wajib (%s) &amp;nbsp;·&amp;nbsp; TTD %s&lt;br&gt;Izin dll. %s &amp;nbsp;·&amp;nbsp; Belum %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/crash.py" line="30"/>
        <source>Terjadi kesalahan program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/crash.py" line="32"/>
        <source>Detailnya juga tercatat di %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/crash.py" line="35"/>
        <source>Maaf, Ikrar Desktop mengalami kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman. Salin detail di bawah dan kirimkan ke pengelola aplikasi. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/crash.py" line="46"/>
        <source>Tampilkan detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/crash.py" line="48"/>
        <source>Salin detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/crash.py" line="51"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_deadlines.py" line="58"/>
        <source>Atur tenggat penanganan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_deadlines.py" line="61"/>
        <source>Jumlah hari yang diberikan untuk langkah berikutnya. Kasus yang melewati batas ini ditandai merah di register. Verifikasi SBT BKN: 7 hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_deadlines.py" line="74"/>
        <source> (hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_deadlines.py" line="82"/>
        <source>Kembalikan bawaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="89"/>
        <source>HADIR ✓  pukul %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="93"/>
        <source>SUDAH HADIR pukul %s — tidak ada yang diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="98"/>
        <source> (ketik lebih lengkap bila tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="99"/>
        <source>%s orang cocok%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="100"/>
        <source>↑ ↓ pilih, Enter catat hadir, Esc batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="104"/>
        <source>Enter = tambahkan sebagai peserta tambahan dan catat hadir · Esc = batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="107"/>
        <source>↑ ↓ pilih, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="109"/>
        <source>TIDAK ADA DI DAFTAR KEGIATAN INI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="114"/>
        <source>Periksa NIP/NIK, atau ketik sebagian nama lalu Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="115"/>
        <source>TIDAK DITEMUKAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="144"/>
        <source>PESERTA TAMBAHAN — HADIR ✓  pukul %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="169"/>
        <source>SUDAH %s pukul %s — tidak ada yang diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="182"/>
        <source>pukul %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="194"/>
        <source>PAKTA DITANDATANGANI ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="196"/>
        <source>Pakta: tanda tangan dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="210"/>
        <source>PIN DITERIMA ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="210"/>
        <source>PIN: dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="222"/>
        <source>Belum ada tindakan di meja ini yang dapat dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="238"/>
        <source>DIBATALKAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="250"/>
        <source>Batalkan tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="252"/>
        <source>Tindakan ini sudah lebih dari satu menit yang lalu:
%s

Alasan pembatalan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="270"/>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="282"/>
        <source>Tandai satu unit hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="271"/>
        <source>Pilih dulu OPD-nya di tabel jumlah per OPD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="277"/>
        <source>Tandai %s pegawai %s yang belum tercatat sebagai Hadir?

Sesudahnya, catat pengecualian (izin, sakit, cuti, …) satu per satu. Ctrl+Z membatalkan seluruhnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="280"/>
        <source>(tanpa unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="293"/>
        <source>%s pegawai ditandai hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_actions.py" line="295"/>
        <source>Catat pengecualiannya: pindai atau ketik nama, lalu F3–F8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="76"/>
        <source>Meja Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="82"/>
        <source>Layar proyektor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="88"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="95"/>
        <source>Belum ada kegiatan yang sedang berlangsung.

Buat kegiatan dan tentukan siapa yang wajib hadir di halaman Kegiatan, lalu kembali ke sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="101"/>
        <source>Buka halaman Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="110"/>
        <source>Pindai kartu / ketik NIP, NIK atau nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="171"/>
        <source> (draf — dibuka saat pindai pertama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="222"/>
        <source>Dibatalkan — tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="242"/>
        <source>TIDAK DAPAT DICATAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="251"/>
        <source>Belum ada pegawai yang ditampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="253"/>
        <source>Pindai kartu atau ketik NIP / nama dulu, lalu tekan tombol status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="273"/>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="274"/>
        <source>sudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="273"/>
        <source>belum (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="274"/>
        <source>belum (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="275"/>
        <source>Pakta: %s · PIN: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="281"/>
        <source>Riwayat: (pindai seseorang untuk melihat riwayatnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="284"/>
        <source>Riwayat orang ini di kegiatan ini (terbaru di atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="290"/>
        <source> [dibatalkan]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="317"/>
        <source>Siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="318"/>
        <source>Pindai kartu atau ketik NIP / nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/desk.py" line="319"/>
        <source>Enter untuk mencatat hadir. Tombol status tertera di bawah.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="52"/>
        <source>Ubah Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="52"/>
        <source>Tambah Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="58"/>
        <source>nama tanpa gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="68"/>
        <source>16 digit (untuk Non-ASN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="85"/>
        <source>Gelar depan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="86"/>
        <source>Nama *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="87"/>
        <source>Gelar belakang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="88"/>
        <source>Status *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="89"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="91"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="92"/>
        <source>Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="93"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="94"/>
        <source>Jenis jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="95"/>
        <source>Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="100"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/employee_dialog.py" line="101"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeePicker</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_dialog.py" line="62"/>
        <source>Ketik nama atau NIP pegawai…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="44"/>
        <source>Cari nama (tanpa gelar) atau NIP…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="49"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="72"/>
        <source>Tambah (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="73"/>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="248"/>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="74"/>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="75"/>
        <source>Aktifkan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="76"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="77"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="78"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="79"/>
        <source>Impor daftar pegawai dari Excel (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="82"/>
        <source>Daftar ini (sesuai pencarian dan saringan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="84"/>
        <source>Satu lembar per unit kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="87"/>
        <source>Templat daftar pegawai kosong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="114"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="145"/>
        <source>Semua unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="162"/>
        <source>%s pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="210"/>
        <source>Nonaktifkan pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="211"/>
        <source>Alasan %s dinonaktifkan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="213"/>
        <source>Pensiun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="214"/>
        <source>Mutasi keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="215"/>
        <source>Meninggal dunia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="216"/>
        <source>Berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="217"/>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="235"/>
        <source>Hapus pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="237"/>
        <source>Hapus %s dari registri?

Gunakan Hapus hanya untuk data yang salah dimasukkan. Untuk pensiun atau mutasi, pilih Nonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="250"/>
        <source>Hapus data pribadi (permintaan)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="258"/>
        <source>Hapus data pribadi (permintaan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="262"/>
        <source>Hapus seluruh data pribadi %s atas permintaan yang bersangkutan (UU 27/2022)?

Nama, NIP, NIK dan data lainnya dihapus dari berkas database, termasuk dari riwayat perubahan; jejak audit hanya menyimpan fakta penghapusan, alasannya, dan siapa yang melakukannya. Tindakan ini tidak dapat dibatalkan. Cadangan lama masih memuatnya sampai terhapus oleh rotasi.

Pegawai yang sudah punya riwayat ikrar/pakta tidak dapat dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="273"/>
        <source>Alasan penghapusan (wajib, mis. surat permintaan tanggal …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="284"/>
        <source>Data pribadi %s sudah dihapus dari database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="304"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="123"/>
        <source>Ubah Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="123"/>
        <source>Buat Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="130"/>
        <source>mis. Apel Ikrar Netralitas ASN Tahun 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="136"/>
        <source>Pukul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="147"/>
        <source>mis. Halaman Kantor Bupati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="149"/>
        <source>nama pemimpin upacara / penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="151"/>
        <source>mis. Bupati, Pj Bupati, Sekretaris Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="154"/>
        <source>Jenis kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="155"/>
        <source>Nama kegiatan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="156"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="157"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="158"/>
        <source>Dipimpin oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="159"/>
        <source>Jabatan pemimpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="161"/>
        <source>Saksi (KPU, Bawaslu, BKN Regional, Inspektorat…) diisi pada tab Saksi; naskah ikrar dan butir pakta pada tab Naskah. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="164"/>
        <source>Daftar peserta diubah di halaman Kegiatan (Tambah peserta, Tidak wajib).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="166"/>
        <source>Siapa yang wajib hadir dipilih pada tab Peserta wajib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="176"/>
        <source>Kembalikan naskah bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="180"/>
        <source>&lt;b&gt;Naskah ikrar&lt;/b&gt; (dibacakan bersama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="183"/>
        <source>&lt;b&gt;Butir pakta integritas&lt;/b&gt; — satu butir per baris (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="189"/>
        <source>Umum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="190"/>
        <source>Saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="191"/>
        <source>Naskah ikrar &amp;&amp; pakta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="193"/>
        <source>Peserta wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="203"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="204"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="222"/>
        <source>Semua pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="223"/>
        <source>Pegawai aktif dari unit kerja yang dicentang:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="225"/>
        <source>Belum ada — peserta dipilih satu per satu sesudah kegiatan dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="236"/>
        <source>Saring daftar unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="238"/>
        <source>Hanya ASN (PNS, CPNS, PPPK) — tanpa pegawai Non-ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="293"/>
        <source>&lt;b&gt;%s pegawai&lt;/b&gt; akan tercatat wajib hadir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="336"/>
        <source>Nama kegiatan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="338"/>
        <source>Setiap saksi harus diberi nama (atau hapus barisnya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="340"/>
        <source>Pakta integritas harus berisi minimal satu butir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="342"/>
        <source>Centang minimal satu unit kerja pada tab Peserta wajib.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPeopleWidget</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="183"/>
        <source>Cari nama atau NIP di daftar kegiatan ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="203"/>
        <source>Tambah peserta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="204"/>
        <source>Tidak wajib…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="205"/>
        <source>Wajibkan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="206"/>
        <source>Tanda tangan susulan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="207"/>
        <source>Riwayat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="253"/>
        <source>&lt;b&gt;Kegiatan ini sudah ditutup.&lt;/b&gt; Daftar hadir hanya dapat dilihat. Untuk memperbaiki, klik &lt;b&gt;Buka kembali…&lt;/b&gt; dan tuliskan alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="265"/>
        <source>Semua unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="271"/>
        <source>(tanpa unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="282"/>
        <source>%s orang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="316"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="349"/>
        <source>Tidak wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people.py" line="350"/>
        <source>Alasan %s tidak wajib mengikuti kegiatan ini:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="71"/>
        <source>Buat kegiatan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="72"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="73"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="74"/>
        <source>Mulai kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="75"/>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="229"/>
        <source>Tutup kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="76"/>
        <source>Buka kembali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="78"/>
        <source>Keadaan menjadi Berlangsung: meja hadir dapat mencatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="80"/>
        <source>Sesudah ditutup, data kehadiran tidak dapat diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="95"/>
        <source>Belum ada kegiatan. Klik &lt;b&gt;Buat kegiatan&lt;/b&gt; untuk menyiapkan apel ikrar netralitas atau penandatanganan pakta integritas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="100"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="214"/>
        <source>Hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="215"/>
        <source>Hapus draf kegiatan &apos;%s&apos; beserta daftar pesertanya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="230"/>
        <source>Tutup kegiatan &apos;%s&apos;?

Sesudah ditutup, kehadiran dan tanda tangan tidak dapat diubah lagi kecuali kegiatan dibuka kembali dengan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="242"/>
        <source>Buka kembali kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="243"/>
        <source>Alasan membuka kembali &apos;%s&apos; (dicatat di riwayat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/events.py" line="252"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="181"/>
        <source>Riwayat — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="185"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="185"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="185"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="185"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="186"/>
        <source>Komputer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="188"/>
        <source> (dibatalkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="199"/>
        <source>Belum ada catatan untuk orang ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="202"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/case_history.py" line="81"/>
        <source>Riwayat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="34"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="41"/>
        <source>Selamat datang di Ikrar Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="44"/>
        <source>Database ini masih kosong. Mulailah dengan salah satu langkah berikut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="51"/>
        <source>nama tempat, mis. Cibinong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="52"/>
        <source>1. Simpan nama instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="56"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="57"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="59"/>
        <source>2. Impor daftar pegawai dari Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="66"/>
        <source> pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="67"/>
        <source>atau coba dengan data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="99"/>
        <source>(instansi belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="101"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s pegawai aktif di %s unit kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="122"/>
        <source>&lt;b&gt;%s&lt;/b&gt; — wajib %s · hadir %s · pakta ditandatangani %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="128"/>
        <source>Kegiatan yang sedang berlangsung:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="138"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/main_window.py" line="106"/>
        <source>&amp;Bantuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Tentang Ikrar Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/main_window.py" line="234"/>
        <source>Membuat data contoh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/main_window.py" line="249"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="110"/>
        <source>Gabungkan unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="117"/>
        <source>Semua %s pegawai dari &lt;b&gt;%s&lt;/b&gt; dipindahkan ke unit di bawah ini, lalu unit itu dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="126"/>
        <source>Gabungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="127"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="65"/>
        <source>Gabungkan meja hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="74"/>
        <source>Gabungkan berkas kembalian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="80"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="82"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="84"/>
        <source>Batas selisih jam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="96"/>
        <source>Terima hasil gabungan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="98"/>
        <source>Putuskan status lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="109"/>
        <source>Meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="111"/>
        <source>Rekap per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="139"/>
        <source>Belum ada kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="156"/>
        <source>Konflik antarmeja: {n} perlu dicek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="167"/>
        <source>Hadir {h} dari {w} ({p:.1f}%) · belum tercatat {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="177"/>
        <source>selisih ±{m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="178"/>
        <source>sesuai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="182"/>
        <source>Pilih berkas kembalian meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="183"/>
        <source>Berkas kembalian meja (*.ikrarkembali);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="211"/>
        <source>Jam meja berbeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="212"/>
        <source>{msg}

Geser waktu tindakan {desk} sebanyak {m} menit? (Tindakan yang sudah tergabung tetap; geseran dicatat.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="231"/>
        <source>Putuskan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="231"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_merge.py" line="241"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="96"/>
        <source>Belum ada pratinjau.
Pilih dokumen dan kegiatan, lalu klik Pratinjau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="104"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="105"/>
        <source>Halaman sebelumnya (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="106"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="107"/>
        <source>Halaman berikutnya (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="116"/>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="117"/>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="118"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="119"/>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="124"/>
        <source>Pas lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="125"/>
        <source>Satu halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="131"/>
        <source>Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="221"/>
        <source>dari %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pdf_preview.py" line="239"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/people_checklist.py" line="50"/>
        <source>Cari nama, NIP atau unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/people_checklist.py" line="57"/>
        <source>Centang yang tampil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/people_checklist.py" line="58"/>
        <source>Kosongkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/people_checklist.py" line="124"/>
        <source>%s dari %s orang dicentang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="85"/>
        <source>Seluruh kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="86"/>
        <source>Satu unit kerja (OPD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="87"/>
        <source>Pegawai terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="95"/>
        <source>Siapa yang dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="115"/>
        <source> baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="116"/>
        <source>Kotak meterai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="118"/>
        <source>kosong = titik-titik untuk ditulis tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="122"/>
        <source>Pilihan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="124"/>
        <source>Kertas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="125"/>
        <source>Kop surat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="126"/>
        <source>Baris kosong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="128"/>
        <source>Nomor berita acara:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="129"/>
        <source>Tata letak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="131"/>
        <source>Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="134"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="135"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="144"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="147"/>
        <source>Dokumen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="149"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="304"/>
        <source>Belum ada kegiatan. Buat kegiatan di halaman Kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="306"/>
        <source>Centang paling sedikit satu pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="314"/>
        <source>Pratinjau di kanan sesuai pilihan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="317"/>
        <source>Pilihan berubah sesudah pratinjau: klik Pratinjau lagi, atau Cetak / Simpan PDF akan membuat PDF baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="346"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="346"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="364"/>
        <source>Menyimpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="376"/>
        <source>Membuat %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="415"/>
        <source>PDF tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="415"/>
        <source>Disimpan ke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="421"/>
        <source>&lt;b&gt;Dibatalkan.&lt;/b&gt; Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/printing.py" line="424"/>
        <source>Tidak dapat mencetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressBoard</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/projector.py" line="103"/>
        <source>Halaman %s dari %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/projector.py" line="161"/>
        <source>Ikrar Desktop — Layar Proyektor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/projector.py" line="178"/>
        <source>Layar penuh (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/projector.py" line="199"/>
        <source>Hadir %s dari %s  (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/projector.py" line="203"/>
        <source>Pakta ditandatangani %s  ·  Izin/sakit/cuti/DL/TB %s  ·  Belum hadir %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="146"/>
        <source>Ekspor rekap ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="147"/>
        <source>Lembar Rekap per OPD dan lembar Belum TTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="164"/>
        <source>Ekspor daftar ini ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="168"/>
        <source>OPD:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="186"/>
        <source>Setiap sel: &lt;b&gt;wajib → hadir → sudah TTD&lt;/b&gt; (di acara atau susulan), menurut unit kerja pada hari kegiatan. Kolom Pegawai aktif = registri saat ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="195"/>
        <source>Rekap per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="196"/>
        <source>Belum tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="197"/>
        <source>Kelengkapan antar-kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="199"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="202"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="245"/>
        <source>Belum ada kegiatan. Buat kegiatan di halaman Kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="252"/>
        <source> · tidak wajib %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="254"/>
        <source>Wajib &lt;b&gt;%s&lt;/b&gt; · hadir &lt;b&gt;%s&lt;/b&gt; (%s) · pakta ditandatangani &lt;b&gt;%s&lt;/b&gt; di acara + &lt;b&gt;%s&lt;/b&gt; susulan (%s) · belum TTD &lt;b&gt;%s&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="267"/>
        <source>Semua OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="288"/>
        <source>%s orang belum TTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="292"/>
        <source>Unit Kerja (OPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="292"/>
        <source>Pegawai aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="323"/>
        <source>Ekspor ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="345"/>
        <source>Mengekspor ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="353"/>
        <source>Ekspor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="353"/>
        <source>Disimpan ke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="358"/>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="361"/>
        <source>Ekspor gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="362"/>
        <source>Berkas %s tidak dapat ditulis: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/reports.py" line="363"/>
        <source>Tutup berkas itu bila sedang dibuka di Excel, atau pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="46"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="110"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="133"/>
        <source>(belum ada logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="50"/>
        <source>Pilih gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="52"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="61"/>
        <source>Simpan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="66"/>
        <source>Instansi (baris pertama kop) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="67"/>
        <source>Nama unit/OPD penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="68"/>
        <source>Alamat (baris kop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="69"/>
        <source>Logo daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="70"/>
        <source>Nama tempat untuk tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="71"/>
        <source>Ukuran kertas bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="72"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="147"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="114"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="114"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="121"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="125"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="125"/>
        <source>Berkas itu bukan gambar PNG/JPEG yang dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="150"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="47"/>
        <source>Cari nama, NIP, nomor kasus atau nomor aduan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="55"/>
        <source>Semua bentuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="56"/>
        <source>Semua kode etik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="57"/>
        <source>Semua disiplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="76"/>
        <source>Kasus per OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="77"/>
        <source>Kasus per bentuk pelanggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="92"/>
        <source>Laporan baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="93"/>
        <source>Buka kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="94"/>
        <source>Riwayat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="95"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="96"/>
        <source>Cetak lembar kasus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="97"/>
        <source>Cetak register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="98"/>
        <source>Atur tenggat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="111"/>
        <source>Pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="163"/>
        <source>Semua OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="176"/>
        <source>{0} kasus · {1} berjalan · {2} terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="219"/>
        <source>Cetak lembar kasus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="219"/>
        <source>Pilih dulu satu kasus di register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="237"/>
        <source>Ekspor register pengawasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="256"/>
        <source>Mengekspor register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="264"/>
        <source>Ekspor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="269"/>
        <location filename="../../src/ikrar_desktop/ui/pages/supervision.py" line="272"/>
        <source>Ekspor gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SusulanDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="143"/>
        <source>Tanda tangan susulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="150"/>
        <source>mis. Kantor Dinas Pendidikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="151"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="153"/>
        <source>Tanggal tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="154"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="156"/>
        <source>&lt;b&gt;%s&lt;/b&gt; menandatangani pakta integritas sesudah acara.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="92"/>
        <source>Nama unit kerja *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="93"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="94"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="98"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="99"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="153"/>
        <source>Tambah unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="154"/>
        <source>Ubah nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="155"/>
        <source>Gabungkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="156"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="157"/>
        <source>Ekspor per unit ke Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="163"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="194"/>
        <source>%s unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="210"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="217"/>
        <source>Tambah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="232"/>
        <source>Ubah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="256"/>
        <source>Hapus unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="256"/>
        <source>Hapus unit %s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="108"/>
        <source>Pindai QR sertifikat atau ketik kodenya, lalu Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="114"/>
        <source>Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="149"/>
        <source>Batalkan sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="150"/>
        <source>Membatalkan sertifikat terpilih; alasan wajib diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="152"/>
        <source>Verifikasi Sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="155"/>
        <source>Kode diperiksa di database ini tanpa internet. Huruf besar/kecil, spasi dan tanda hubung boleh diabaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="164"/>
        <source>Sertifikat kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="216"/>
        <source>Menunggu kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="217"/>
        <source>Arahkan pemindai ke QR pada sertifikat, atau ketik kode di bawah QR (mis. ABCD-EFGH-JKLM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="222"/>
        <source>✔ SAH — sertifikat tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="225"/>
        <source>⚠ DIBATALKAN — sertifikat tidak berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="226"/>
        <source>Alasan pembatalan: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Dibatalkan: %s&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="232"/>
        <source>✖ TIDAK DIKENAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="234"/>
        <source>Kode &lt;b&gt;%s&lt;/b&gt; tidak tercatat di database ini. Periksa ketikan kode, atau sertifikat ini dibuat di database lain atau telah diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="244"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="245"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="246"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="247"/>
        <source>Diterbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="249"/>
        <source>Dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="250"/>
        <source>%s kali (cetak ulang %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="277"/>
        <source>%s×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="277"/>
        <source>belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="278"/>
        <source>Sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="279"/>
        <source>Dibatalkan: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="286"/>
        <source>%s sah, %s dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="317"/>
        <source>Tidak dapat dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="71"/>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="83"/>
        <source>Batalkan sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="73"/>
        <source>Sertifikat &lt;b&gt;%s&lt;/b&gt; atas nama &lt;b&gt;%s&lt;/b&gt; akan dibatalkan. Nomornya tetap tercatat dan tidak dipakai lagi; cetakan berikutnya mendapat nomor baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="80"/>
        <source>mis. salah penulisan nama, rusak saat dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="85"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/verify.py" line="92"/>
        <source>Alasan pembatalan (wajib):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WitnessRows</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="53"/>
        <source>Nama saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="53"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="53"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="59"/>
        <source>Tambah saksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="72"/>
        <source>nama dan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="79"/>
        <source>mis. Ketua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_dialog.py" line="80"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/event_people_dialogs.py" line="65"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="61"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="24"/>
        <source>&amp;Meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="26"/>
        <source>Buat &amp;paket meja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="27"/>
        <source>&amp;Gabungkan berkas kembalian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="33"/>
        <source>Buat berkas &amp;kembalian…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="40"/>
        <source>Mode meja: {name} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="72"/>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="76"/>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="82"/>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="98"/>
        <source>Paket meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="72"/>
        <source>Belum ada kegiatan yang terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="76"/>
        <source>Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="82"/>
        <source>Nama meja:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="87"/>
        <source>Simpan paket meja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="88"/>
        <source>Paket meja (*.ikrarmeja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="99"/>
        <source>Paket {desk} tersimpan ({people} pegawai). Salin ke flashdisk lalu buka di PC meja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="110"/>
        <source>Simpan berkas kembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="111"/>
        <source>Berkas kembalian meja (*.ikrarkembali)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="121"/>
        <source>Berkas kembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/desk_mode.py" line="122"/>
        <source>{rows} tindakan tersimpan. Bawa berkas ini ke PC utama dan gabungkan di sana; boleh diulang kapan saja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
