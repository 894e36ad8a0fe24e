"""Jabatan of the demo regency: head titles, structural posts, Pelaksana and fungsional roles."""

from __future__ import annotations

HEAD_TITLES: dict[str, str] = {
    "Sekretariat Daerah": "Sekretaris Daerah",
    "Sekretariat DPRD": "Sekretaris DPRD",
    "Inspektorat Daerah": "Inspektur",
}

# Structural posts below the head, per OPD or kind of unit ("OPD" is the default).
ADMINISTRATOR_POSTS: dict[str, tuple[str, ...]] = {
    "Sekretariat Daerah": (
        "Asisten Pemerintahan dan Kesejahteraan Rakyat",
        "Asisten Perekonomian dan Pembangunan",
        "Asisten Administrasi Umum",
        "Kepala Bagian Hukum",
        "Kepala Bagian Organisasi",
        "Kepala Bagian Umum",
        "Kepala Bagian Perekonomian",
        "Kepala Bagian Pengadaan Barang/Jasa",
        "Kepala Bagian Protokol dan Komunikasi Pimpinan",
    ),
    "Sekretariat DPRD": (
        "Kepala Bagian Umum dan Keuangan",
        "Kepala Bagian Persidangan",
        "Kepala Bagian Fasilitasi Penganggaran",
    ),
    "Inspektorat Daerah": (
        "Sekretaris Inspektorat",
        "Inspektur Pembantu Wilayah I",
        "Inspektur Pembantu Wilayah II",
        "Inspektur Pembantu Wilayah III",
    ),
    "OPD": (
        "Sekretaris",
        "Kepala Bidang Program",
        "Kepala Bidang Pelayanan",
        "Kepala Bidang Pembinaan",
        "Kepala Bidang Pengendalian",
    ),
    "Satuan Polisi Pamong Praja": (
        "Sekretaris",
        "Kepala Bidang Penegakan Peraturan Daerah",
        "Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
        "Kepala Bidang Perlindungan Masyarakat",
    ),
    "Kecamatan": ("Sekretaris Camat",),
    "RSUD": (
        "Wakil Direktur Pelayanan",
        "Wakil Direktur Umum dan Keuangan",
        "Kepala Bidang Pelayanan Medik",
        "Kepala Bidang Keperawatan",
    ),
}
PENGAWAS_POSTS: dict[str, tuple[str, ...]] = {
    "OPD": (
        "Kepala Subbagian Umum dan Kepegawaian",
        "Kepala Subbagian Keuangan",
        "Kepala Subbagian Perencanaan dan Evaluasi",
        "Kepala Seksi Pelayanan",
        "Kepala Seksi Pengendalian",
        "Kepala Seksi Pembinaan",
        "Kepala Seksi Data dan Informasi",
    ),
    "Kecamatan": (
        "Kepala Seksi Pemerintahan",
        "Kepala Seksi Ketenteraman dan Ketertiban Umum",
        "Kepala Seksi Pemberdayaan Masyarakat",
        "Kepala Seksi Pelayanan Umum",
        "Kepala Subbagian Umum dan Kepegawaian",
    ),
    "Kelurahan": (
        "Sekretaris Kelurahan",
        "Kepala Seksi Pemerintahan",
        "Kepala Seksi Kesejahteraan Sosial",
    ),
    "RSUD": (
        "Kepala Seksi Pelayanan Medik",
        "Kepala Seksi Keperawatan",
        "Kepala Subbagian Umum dan Kepegawaian",
        "Kepala Subbagian Keuangan",
    ),
    "UPT": ("Kepala Subbagian Tata Usaha",),
}

# Pelaksana (new nomenclature) and Non-ASN duties.
PELAKSANA = (
    "Penata Layanan Operasional",
    "Pengelola Layanan Operasional",
    "Operator Layanan Operasional",
    "Pengadministrasi Perkantoran",
    "Pengolah Data dan Informasi",
    "Penelaah Teknis Kebijakan",
    "Pengelola Keuangan",
    "Pengelola Barang Milik Negara",
    "Pengelola Umum Operasional",
)
NON_ASN_OFFICE = (
    "Tenaga Pendukung Administrasi",
    "Operator Komputer",
    "Pramu Kantor",
    "Pengemudi",
    "Petugas Kebersihan",
    "Petugas Keamanan",
    "Tenaga Teknis",
)
NON_ASN_SCHOOL = (
    "Guru Honorer",
    "Guru Honorer",
    "Guru Honorer",
    "Operator Sekolah",
    "Tenaga Administrasi Sekolah",
    "Penjaga Sekolah",
)
NON_ASN_HEALTH = (
    "Tenaga Kesehatan (Perawat)",
    "Tenaga Kesehatan (Bidan)",
    "Pengemudi Ambulans",
    "Tenaga Administrasi",
    "Petugas Kebersihan",
    "Petugas Keamanan",
)

# Fungsional roles of the big unit kinds: (base jabatan, field, weight).
SD_ROLES = (
    ("Guru Kelas", "guru", 80),
    ("Guru Pendidikan Agama Islam", "guru_agama", 10),
    ("Guru Pendidikan Jasmani, Olahraga dan Kesehatan", "guru", 10),
)
SMP_SUBJECTS = (
    "Matematika",
    "Bahasa Indonesia",
    "Bahasa Inggris",
    "Ilmu Pengetahuan Alam",
    "Ilmu Pengetahuan Sosial",
    "Pendidikan Pancasila",
    "Pendidikan Agama Islam",
    "Seni Budaya",
    "Pendidikan Jasmani, Olahraga dan Kesehatan",
    "Informatika",
    "Bimbingan dan Konseling",
    "Bahasa Sunda",
    "Prakarya",
)
PUSKESMAS_ROLES = (
    ("Perawat", "perawat", 30),
    ("Bidan", "bidan", 30),
    ("Dokter", "dokter", 6),
    ("Dokter Gigi", "dokter_gigi", 3),
    ("Apoteker", "farmasi", 3),
    ("Asisten Apoteker", "farmasi_d3", 3),
    ("Sanitarian", "kesling", 4),
    ("Nutrisionis", "gizi", 4),
    ("Pranata Laboratorium Kesehatan", "analis", 4),
    ("Penyuluh Kesehatan Masyarakat", "kesmas", 3),
    ("Epidemiolog Kesehatan", "kesmas", 2),
    ("Perekam Medis", "rekam_medis", 3),
)
RSUD_ROLES = (
    ("Perawat", "perawat", 40),
    ("Bidan", "bidan", 10),
    ("Dokter", "dokter", 7),
    ("Dokter Ahli", "spesialis", 6),
    ("Dokter Gigi", "dokter_gigi", 1),
    ("Apoteker", "farmasi", 3),
    ("Asisten Apoteker", "farmasi_d3", 3),
    ("Radiografer", "radiografer", 2),
    ("Fisioterapis", "fisioterapi", 2),
    ("Perekam Medis", "rekam_medis", 3),
    ("Pranata Laboratorium Kesehatan", "analis", 3),
    ("Nutrisionis", "gizi", 2),
)
OFFICE_ROLES = (
    ("Analis Kebijakan", "sosial"),
    ("Perencana", "ekonomi"),
    ("Pranata Komputer", "komputer"),
    ("Arsiparis", "umum"),
)
