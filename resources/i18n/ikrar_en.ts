<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="70"/>
        <source>Tambah (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="71"/>
        <source>Ubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="72"/>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="73"/>
        <source>Aktifkan lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="74"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="75"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="76"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="78"/>
        <source>Impor daftar pegawai dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="103"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="133"/>
        <source>Semua unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="150"/>
        <source>%s pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="194"/>
        <source>Nonaktifkan pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="195"/>
        <source>Alasan %s dinonaktifkan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="197"/>
        <source>Pensiun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="198"/>
        <source>Mutasi keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="199"/>
        <source>Meninggal dunia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="200"/>
        <source>Berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="201"/>
        <source>Lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="219"/>
        <source>Hapus pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="221"/>
        <source>Hapus %s dari registri?

Gunakan Hapus hanya untuk data yang salah dimasukkan. Untuk pensiun atau mutasi, pilih Nonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/employees.py" line="232"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="33"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="40"/>
        <source>Selamat datang di Ikrar Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="43"/>
        <source>Database ini masih kosong. Mulailah dengan salah satu langkah berikut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="50"/>
        <source>nama tempat, mis. Cibinong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="51"/>
        <source>1. Simpan nama instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="55"/>
        <source>Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="56"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="58"/>
        <source>2. Impor daftar pegawai dari Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="61"/>
        <source>Impor Excel belum tersedia di versi ini.</source>
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
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="95"/>
        <source>(instansi belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="97"/>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s pegawai aktif di %s unit kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/home.py" line="120"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/main_window.py" line="134"/>
        <source>Membuat data contoh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/main_window.py" line="149"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="109"/>
        <source>Gabungkan unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="116"/>
        <source>Semua %s pegawai dari &lt;b&gt;%s&lt;/b&gt; dipindahkan ke unit di bawah ini, lalu unit itu dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="125"/>
        <source>Gabungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="126"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/placeholder.py" line="16"/>
        <source>%s belum tersedia di versi ini. Bagian ini akan hadir pada pembaruan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="45"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="105"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="128"/>
        <source>(belum ada logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="49"/>
        <source>Pilih gambar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="51"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="60"/>
        <source>Simpan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="65"/>
        <source>Instansi (baris pertama kop) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="66"/>
        <source>Nama unit/OPD penyelenggara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="67"/>
        <source>Alamat (baris kop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="68"/>
        <source>Logo daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="69"/>
        <source>Nama tempat untuk tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="70"/>
        <source>Ukuran kertas bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="71"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="142"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="109"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="109"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="116"/>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="120"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="120"/>
        <source>Berkas itu bukan gambar PNG/JPEG yang dapat dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/settings.py" line="145"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="91"/>
        <source>Nama unit kerja *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="92"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="93"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="97"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="98"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="152"/>
        <source>Tambah unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="153"/>
        <source>Ubah nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="154"/>
        <source>Gabungkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="155"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="160"/>
        <source>Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="178"/>
        <source>%s unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="188"/>
        <source>Tidak dapat disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="195"/>
        <source>Tambah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="210"/>
        <source>Ubah unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="234"/>
        <source>Hapus unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ikrar_desktop/ui/pages/units.py" line="234"/>
        <source>Hapus unit %s?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
