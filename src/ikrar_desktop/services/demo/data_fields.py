"""Education and academic titles by field of work."""

from __future__ import annotations

# field: education weights (SMA, D3, S1, S2, PROFESI) and degrees per level.
FIELDS: dict[str, tuple[tuple[int, int, int, int, int], dict[str, tuple[str, ...]]]] = {
    "guru": (
        (0, 0, 85, 15, 0),
        {"S1": ("S.Pd.",) * 5 + ("S.Pd.SD", "S.Si."), "S2": ("S.Pd., M.Pd.",)},
    ),
    "guru_agama": (
        (0, 0, 90, 10, 0),
        {"S1": ("S.Pd.I.", "S.Ag."), "S2": ("S.Pd.I., M.Pd.I.", "S.Ag., M.Ag.")},
    ),
    "perawat": ((0, 45, 55, 0, 0), {"D3": ("A.Md.Kep.",), "S1": ("S.Kep., Ns.",)}),
    "bidan": ((0, 70, 30, 0, 0), {"D3": ("A.Md.Keb.",), "S1": ("S.Tr.Keb.", "S.Keb., Bd.")}),
    "dokter": ((0, 0, 0, 15, 85), {"PROFESI": ("",), "S2": ("M.Kes.", "M.K.M.")}),
    "dokter_gigi": ((0, 0, 0, 0, 100), {"PROFESI": ("",)}),
    "spesialis": (
        (0, 0, 0, 0, 100),
        {
            "PROFESI": (
                "Sp.PD",
                "Sp.A",
                "Sp.OG",
                "Sp.B",
                "Sp.An",
                "Sp.Rad",
                "Sp.JP",
                "Sp.M",
                "Sp.THT-KL",
                "Sp.N",
                "Sp.P",
                "Sp.KJ",
                "Sp.PK",
                "Sp.DVE",
            )
        },
    ),
    "farmasi": ((0, 0, 100, 0, 0), {"S1": ("S.Farm., Apt.",)}),
    "farmasi_d3": ((0, 100, 0, 0, 0), {"D3": ("A.Md.Farm.",)}),
    "kesling": ((0, 60, 40, 0, 0), {"D3": ("A.Md.KL.",), "S1": ("S.K.M.", "S.Tr.Kes.")}),
    "gizi": ((0, 60, 40, 0, 0), {"D3": ("A.Md.Gz.",), "S1": ("S.Gz.",)}),
    "analis": ((0, 70, 30, 0, 0), {"D3": ("A.Md.AK.",), "S1": ("S.Tr.Kes.", "S.Si.")}),
    "radiografer": ((0, 80, 20, 0, 0), {"D3": ("A.Md.Rad.",), "S1": ("S.Tr.Rad.",)}),
    "fisioterapi": ((0, 70, 30, 0, 0), {"D3": ("A.Md.Ftr.",), "S1": ("S.Ft.",)}),
    "rekam_medis": ((0, 80, 20, 0, 0), {"D3": ("A.Md.RMIK",), "S1": ("S.Tr.RMIK",)}),
    "kesmas": ((0, 0, 75, 25, 0), {"S1": ("S.K.M.",), "S2": ("S.K.M., M.Kes.", "S.K.M., M.K.M.")}),
    "teknik": (
        (0, 20, 65, 15, 0),
        {
            "D3": ("A.Md.T.",),
            "S1": ("S.T.",) * 4 + ("S.Si.",),
            "S2": ("S.T., M.T.", "S.T., M.Eng."),
        },
    ),
    "hukum": ((0, 0, 75, 25, 0), {"S1": ("S.H.",), "S2": ("S.H., M.H.", "S.H., M.Kn.")}),
    "ekonomi": (
        (0, 10, 70, 20, 0),
        {
            "D3": ("A.Md.Ak.", "A.Md."),
            "S1": ("S.E.", "S.E.", "S.Ak.", "S.Stat."),
            "S2": ("S.E., M.M.", "S.E., M.Si.", "S.Ak., M.Ak."),
        },
    ),
    "sosial": (
        (0, 0, 75, 25, 0),
        {
            "S1": ("S.Sos.", "S.IP.", "S.AP.", "S.STP", "S.Psi."),
            "S2": ("S.Sos., M.Si.", "S.IP., M.AP.", "S.STP, M.Si."),
        },
    ),
    "komputer": (
        (0, 30, 65, 5, 0),
        {"D3": ("A.Md.Kom.",), "S1": ("S.Kom.", "S.T."), "S2": ("S.Kom., M.Kom.",)},
    ),
    "pertanian": (
        (20, 20, 55, 5, 0),
        {"D3": ("A.Md.P.",), "S1": ("S.P.", "S.TP."), "S2": ("S.P., M.P.", "S.P., M.Si.")},
    ),
    "veteriner": ((0, 0, 0, 0, 100), {"PROFESI": ("",)}),
    "perikanan": ((10, 20, 70, 0, 0), {"D3": ("A.Md.Pi.",), "S1": ("S.Pi.",)}),
    "umum": ((20, 30, 50, 0, 0), {"D3": ("A.Md.",), "S1": ("S.I.P.", "S.Hum.", "S.Sos.")}),
    "satpol": ((65, 10, 25, 0, 0), {"D3": ("A.Md.",), "S1": ("S.H.", "S.Sos.", "S.IP.")}),
    "pelaksana": (
        (45, 20, 33, 2, 0),
        {
            "D3": ("A.Md.", "A.Md.Kom.", "A.Md.Ak."),
            "S1": ("S.E.", "S.Sos.", "S.AP.", "S.IP.", "S.Kom.", "S.H.", "S.Pd."),
            "S2": ("S.E., M.M.", "S.Sos., M.Si."),
        },
    ),
    "pimpinan": (
        (0, 0, 15, 80, 0),
        {
            "S1": ("S.Sos.", "S.E.", "S.H.", "S.IP.", "S.STP"),
            "S2": (
                "S.Sos., M.Si.",
                "S.E., M.M.",
                "S.H., M.H.",
                "S.IP., M.AP.",
                "S.STP, M.Si.",
                "S.T., M.T.",
                "S.Pd., M.Pd.",
                "S.Kom., M.Kom.",
                "S.E., M.Ak.",
                "S.P., M.Si.",
            ),
        },
    ),
}
# Front titles that come with a field's professional degree.
FIELD_FRONT: dict[str, str] = {
    "dokter": "dr.",
    "spesialis": "dr.",
    "dokter_gigi": "drg.",
    "veteriner": "drh.",
}
# Fields whose older S1 holders often carry Drs./Dra. or Ir. instead of a back degree.
OLD_DRS_FIELDS = frozenset({"sosial", "ekonomi", "guru", "pimpinan", "pelaksana", "hukum"})
OLD_IR_FIELDS = frozenset({"teknik", "pertanian"})
