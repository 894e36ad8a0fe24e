"""The demo regency itself: letterhead, kecamatan, kelurahan and OPD."""

from __future__ import annotations

REGENCY = "Sukamakmur"
INSTANSI = "Pemerintah Kabupaten Sukamakmur"
BUPATI = "H. Dadang Supriatna, S.Sos., M.Si."
SETTINGS_UNIT = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
ADDRESS_LINES = (
    "Jalan Raya Pemda Nomor 17, Komplek Perkantoran Pemerintah Kabupaten Sukamakmur",
    "Telepon (0263) 512345, Laman bkpsdm.sukamakmurkab.go.id, Sukamakmur 43251",
)
NIK_REGION = "3219"  # province 32 and a regency code no real kabupaten uses

# Kecamatan (the first is the capital); kelurahan lie in the capital and the next few.
KECAMATAN = (
    "Sukamakmur",
    "Cibeureum",
    "Cikadu",
    "Sukaresmi",
    "Pasirjaya",
    "Margamulya",
    "Cijambu",
    "Karangsari",
    "Sindangwangi",
    "Cimanggu",
    "Tanjungsari",
    "Sukasari",
    "Mekarjaya",
    "Cisarua Girang",
    "Babakan Jati",
    "Gunungsari",
    "Situraja",
    "Cilimus Hilir",
    "Pangalengan Kidul",
    "Rancamulya",
    "Sumberjaya",
    "Wanasari",
    "Cigintung",
    "Legokwaru",
    "Bojongloa",
    "Cipeundeuy",
    "Jatisari",
    "Kertamukti",
    "Mandalawangi",
    "Pamoyanan",
)
KELURAHAN = (
    "Kota Kulon",
    "Kota Wetan",
    "Regol",
    "Sindangsari",
    "Pasanggrahan",
    "Ciwalen",
    "Muka",
    "Sawahgede",
    "Cigadog",
    "Lebakjaya",
)

# (name, code, weight in per mille of all employees, specific fungsional roles)
# Roles: (base jabatan, field) — see FIELDS for degrees and education.
OPD: tuple[tuple[str, str, float, tuple[tuple[str, str], ...]], ...] = (
    (
        "Sekretariat Daerah",
        "SETDA",
        10,
        (
            ("Analis Kebijakan", "sosial"),
            ("Analis Hukum", "hukum"),
            ("Pranata Humas", "sosial"),
            ("Perancang Peraturan Perundang-undangan", "hukum"),
            ("Pengelola Pengadaan Barang/Jasa", "ekonomi"),
        ),
    ),
    (
        "Sekretariat DPRD",
        "SETWAN",
        8,
        (("Analis Kebijakan", "sosial"), ("Pranata Humas", "sosial"), ("Arsiparis", "umum")),
    ),
    (
        "Inspektorat Daerah",
        "INSP",
        6,
        (
            ("Auditor", "ekonomi"),
            ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "sosial"),
        ),
    ),
    (
        "Dinas Pendidikan",
        "DISDIK",
        8,
        (("Pengawas Sekolah", "guru"), ("Penilik", "guru"), ("Analis Kebijakan", "sosial")),
    ),
    (
        "Dinas Kesehatan",
        "DINKES",
        8,
        (
            ("Epidemiolog Kesehatan", "kesmas"),
            ("Administrator Kesehatan", "kesmas"),
            ("Penyuluh Kesehatan Masyarakat", "kesmas"),
            ("Apoteker", "farmasi"),
        ),
    ),
    (
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "DPUPR",
        10,
        (
            ("Teknik Jalan dan Jembatan", "teknik"),
            ("Teknik Pengairan", "teknik"),
            ("Penata Ruang", "teknik"),
        ),
    ),
    (
        "Dinas Perumahan dan Kawasan Permukiman",
        "DISPERKIM",
        6,
        (("Teknik Tata Bangunan dan Perumahan", "teknik"),),
    ),
    ("Dinas Sosial", "DINSOS", 6, (("Pekerja Sosial", "sosial"), ("Penyuluh Sosial", "sosial"))),
    (
        "Dinas Kependudukan dan Pencatatan Sipil",
        "DISDUKCAPIL",
        8,
        (("Administrator Database Kependudukan", "komputer"),),
    ),
    (
        "Dinas Pemberdayaan Masyarakat dan Desa",
        "DPMD",
        5,
        (("Penggerak Swadaya Masyarakat", "sosial"),),
    ),
    (
        "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
        "Perlindungan Anak",
        "DP2KBP3A",
        9,
        (("Penyuluh Keluarga Berencana", "sosial"),),
    ),
    ("Dinas Perhubungan", "DISHUB", 7, (("Penguji Kendaraan Bermotor", "teknik"),)),
    (
        "Dinas Komunikasi dan Informatika",
        "DISKOMINFO",
        5,
        (
            ("Pranata Komputer", "komputer"),
            ("Pranata Humas", "sosial"),
            ("Statistisi", "ekonomi"),
            ("Sandiman", "komputer"),
        ),
    ),
    (
        "Dinas Lingkungan Hidup",
        "DLH",
        9,
        (("Pengendali Dampak Lingkungan", "teknik"), ("Pengawas Lingkungan Hidup", "teknik")),
    ),
    (
        "Dinas Pertanian",
        "DISTAN",
        14,
        (
            ("Penyuluh Pertanian", "pertanian"),
            ("Pengendali Organisme Pengganggu Tumbuhan", "pertanian"),
            ("Medik Veteriner", "veteriner"),
        ),
    ),
    (
        "Dinas Ketahanan Pangan dan Perikanan",
        "DKPP",
        6,
        (("Penyuluh Perikanan", "perikanan"), ("Analis Ketahanan Pangan", "pertanian")),
    ),
    (
        "Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian",
        "DISKOPERINDAG",
        6,
        (
            ("Pengawas Koperasi", "ekonomi"),
            ("Penera", "teknik"),
            ("Pengawas Perdagangan", "ekonomi"),
        ),
    ),
    (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "DPMPTSP",
        5,
        (("Penata Perizinan", "hukum"),),
    ),
    (
        "Dinas Tenaga Kerja",
        "DISNAKER",
        4,
        (("Pengantar Kerja", "sosial"), ("Mediator Hubungan Industrial", "hukum")),
    ),
    (
        "Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga",
        "DISPARBUDPORA",
        5,
        (("Pamong Budaya", "sosial"), ("Adyatama Kepariwisataan", "sosial")),
    ),
    (
        "Dinas Perpustakaan dan Kearsipan",
        "DISPUSIP",
        4,
        (("Pustakawan", "umum"), ("Arsiparis", "umum")),
    ),
    ("Dinas Pemadam Kebakaran dan Penyelamatan", "DAMKAR", 6, (("Analis Kebakaran", "teknik"),)),
    (
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "BKPSDM",
        7,
        (
            ("Analis Sumber Daya Manusia Aparatur", "sosial"),
            ("Asesor SDM Aparatur", "sosial"),
            ("Pranata Sumber Daya Manusia Aparatur", "umum"),
        ),
    ),
    (
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "BAPPERIDA",
        6,
        (("Perencana", "ekonomi"), ("Peneliti", "sosial")),
    ),
    (
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "BPKAD",
        9,
        (("Analis Keuangan Pusat dan Daerah", "ekonomi"), ("Penata Kelola Aset", "ekonomi")),
    ),
    ("Badan Pendapatan Daerah", "BAPENDA", 7, (("Analis Pendapatan Daerah", "ekonomi"),)),
    (
        "Badan Penanggulangan Bencana Daerah",
        "BPBD",
        5,
        (("Analis Bencana", "sosial"), ("Pranata Penanggulangan Bencana", "umum")),
    ),
    ("Badan Kesatuan Bangsa dan Politik", "KESBANGPOL", 3, (("Analis Kebijakan", "sosial"),)),
    ("Satuan Polisi Pamong Praja", "SATPOLPP", 10, (("Polisi Pamong Praja", "satpol"),)),
)
