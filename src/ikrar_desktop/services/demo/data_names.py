"""Names by region, the rules that keep them plausible, and the hand-written people."""

from __future__ import annotations

from ikrar_desktop.services.demo.data_names_java import JAWA, MUSLIM, SUNDA

# region: (male given, female given, family/second names, second-name probability,
#          Muslim share (for H./Hj.), weight in the regency's population)
REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], float, float, int]] = {
    "sunda": SUNDA,
    "jawa": JAWA,
    "muslim": MUSLIM,
    "batak": (
        (
            "Togar",
            "Parulian",
            "Binsar",
            "Hotman",
            "Martua",
            "Sahat",
            "Tumpal",
            "Robert",
            "Daniel",
            "Hendra",
            "Bonar",
            "Poltak",
            "Marihot",
            "Jonny",
            "Ramlan",
            "Pangihutan",
        ),
        (
            "Rosmauli",
            "Tiurma",
            "Lamtiar",
            "Dame",
            "Sondang",
            "Rumondang",
            "Maria",
            "Lusiana",
            "Friska",
            "Nurhayati",
            "Tiominar",
            "Debora",
            "Roslina",
            "Hotmaida",
        ),
        (
            "Siregar",
            "Nasution",
            "Harahap",
            "Simanjuntak",
            "Sitompul",
            "Hutapea",
            "Lubis",
            "Pasaribu",
            "Simatupang",
            "Sinaga",
            "Manurung",
            "Panjaitan",
            "Sihombing",
            "Situmorang",
            "Pardede",
            "Tampubolon",
            "Hutagalung",
            "Silalahi",
        ),
        1.0,
        0.35,
        6,
    ),
    "minang": (
        (
            "Rizal",
            "Syafrizal",
            "Zulkifli",
            "Yulizar",
            "Afrizal",
            "Erizal",
            "Hendri",
            "Doni",
            "Irwan",
            "Fadli",
            "Yusnaldi",
            "Zulfahmi",
            "Ardinal",
            "Syahrial",
        ),
        (
            "Yusnidar",
            "Rosmaniar",
            "Erlina",
            "Yelfi",
            "Desmawati",
            "Fitria",
            "Mardiana",
            "Rahmi",
            "Yulinar",
            "Nurhasni",
            "Elfira",
            "Zulhelmi",
        ),
        ("Putra", "Putri", "Chaniago", "Koto", "Tanjung", "Piliang", "Sikumbang", "Jambak"),
        0.45,
        1.0,
        6,
    ),
    "bugis": (
        (
            "Andi",
            "Baharuddin",
            "Syamsul",
            "Asri",
            "Nasrullah",
            "Arifuddin",
            "Jufri",
            "Amiruddin",
            "Hasanuddin",
            "Syahrir",
            "Muhammad",
            "Ilham",
        ),
        (
            "Nurhaedah",
            "Sitti",
            "Hasnawati",
            "Musdalifah",
            "Harmiati",
            "Rosdiana",
            "Hasniah",
            "Nurhikmah",
            "Irmawati",
            "Sahriani",
        ),
        ("Baso", "Makmur", "Sulaiman", "Mappiasse", "Syam", "Rauf", "Latief", "Mattalitti"),
        0.7,
        1.0,
        4,
    ),
    "bali": (
        (
            "Sudarsana",
            "Suardana",
            "Wirawan",
            "Artawan",
            "Mertayasa",
            "Adnyana",
            "Suparta",
            "Widiana",
            "Arsana",
            "Sudiarta",
            "Astawa",
            "Wiratama",
        ),
        (
            "Suartini",
            "Sukerti",
            "Ariani",
            "Astiti",
            "Sri Wahyuni",
            "Ayu Lestari",
            "Sudiani",
            "Wirayanti",
            "Puspitasari",
            "Novitasari",
        ),
        ("Putra", "Wijaya", "Pratama", "Saputra", "Dewi", "Utami", "Yanti", "Lestari"),
        0.5,
        0.0,
        4,
    ),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FEMALE_ONLY_SECOND = _words(
    "Rosmawati Nurhayati Komalasari Kurniasih Sumiati Suryani Rahmawati Marlina Mulyani "
    "Herawati Nurjanah Sukmawati Kartika Wahyuni Lestari Rahayu Handayani Wulandari Susanti "
    "Purwaningsih Kusumawati Sulistyowati Setyaningsih Widayanti Astuti Utami Aminah Khadijah "
    "Nurhaliza Hidayati Maulida Azizah Fitriani Zulaikha Hasanah Mardiyah Nurjannah Habibah "
    "Putri Dewi Yanti"
)
MALE_ONLY_SECOND = _words(
    "Sopandi Suryana Hidayat Permana Setiawan Gunawan Kurniawan Supriatna Sudrajat Ruhiyat "
    "Kusnadi Mulyana Saepudin Hermawan Nugraha Firmansyah Rohendi Somantri Sutisna Rustandi "
    "Juhana Santoso Prasetyo Susilo Wibowo Nugroho Purnomo Raharjo Suryadi Widodo Hartono "
    "Kuncoro Utomo Sulistyo Pamungkas Saputro Fauzi Rahman Hakim Ramadhan Maulana Akbar "
    "Firdaus Syahputra Nurdin Hamzah Anwar Saputra Hidayatullah Mubarok Putra Wijaya Pratama "
    "Baso Makmur Sulaiman Mappiasse Syam Rauf Latief"
)
BATAK_MUSLIM_MARGA = _words("Nasution Lubis Harahap Siregar")
CHRISTIAN_GIVEN = _words("Robert Daniel Jonny Maria Debora Lusiana Friska")
BALI_MALE_PREFIX = ("I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Gede", "I Komang")
BALI_FEMALE_PREFIX = ("Ni Luh", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Kadek")

# Hand-written people so the layouts and the search have something to chew on.
# (unit name or "" for anywhere, head?, gender, gelar_depan, nama, gelar_belakang)
SPECIAL_PEOPLE: tuple[tuple[str, bool, str, str, str, str], ...] = (
    ("Dinas Pendidikan", True, "L", "Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si."),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", False, "L", "", "Ahmad Fauzi", "S.T."),
    ("Kecamatan Cibeureum", False, "L", "H.", "Fauzi Ahmad", ""),
    ("", False, "L", "", "Muhammad Ahmad Fauzi", "S.Kom."),
    ("", False, "L", "", "Ahmad Fauzi", ""),
    (
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        True,
        "L",
        "Prof. Dr. Ir. H.",
        "Raden Mas Muhammad Abdurrahman Wahyudiningrat Kusumabrata",
        "S.T., M.Sc., Ph.D.",
    ),
    (
        "RSUD Sukamakmur",
        True,
        "P",
        "Dr. dr. Hj.",
        "Raden Ajeng Siti Nurhalimah Kusumawardhani Prawiranegara",
        "Sp.PD-KGEH, M.Kes., FINASIM",
    ),
    (
        "Sekretariat Daerah",
        True,
        "L",
        "Dr. Drs. H.",
        "Andi Muhammad Fadhlurrahman Daeng Matutu Sulolipu",
        "S.H., M.H., M.Si.",
    ),
    (
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        True,
        "L",
        "Dr. H.",
        "Teuku Muhammad Ridwansyah Alamsyah Putra Panglima Polem",
        "S.E., M.Ak., Ak., CA., CPA.",
    ),
    (
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        True,
        "L",
        "Ir.",
        "I Gusti Ngurah Agung Bagus Wiratmaja Putra Adnyana",
        "S.T., M.T., IPM., ASEAN Eng.",
    ),
    (
        "Dinas Pendidikan",
        False,
        "P",
        "Dra. Hj.",
        "Raden Roro Siti Khadijah Nurul Fitriani Wulandari Kusumaningtyas",
        "M.Pd.",
    ),
)
