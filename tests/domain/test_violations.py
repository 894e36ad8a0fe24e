"""SKB pick-lists, sources, sanctions, the order of handling steps and deadlines."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from ikrar_desktop.domain import violations as v
from ikrar_desktop.errors import ValidationError


def test_pick_lists_follow_the_skb() -> None:
    codes = [f.code for f in v.FORMS]
    assert codes[:7] == [f"KE-{i}" for i in range(1, 8)]
    assert [c for c in codes if c.startswith("D-")] == [f"D-{i}" for i in range(1, 13)] + ["D-99"]
    assert v.find_form("ke-4").kind == "kode-etik" and v.find_form("D-5").kind == "disiplin"
    assert v.find_form("Lainnya").kind == "lainnya"
    with pytest.raises(ValidationError, match="tidak dikenal"):
        v.find_form("KE-8")
    assert {s.code for s in v.SANCTIONS} >= {"SM-1", "SM-2", "R-1", "S-6", "S-9", "S-12", "B-4"}
    assert "25%" in v.find_sanction("s-12").text


@pytest.mark.parametrize(
    ("raw", "slug"),
    [("Bawaslu", "bawaslu"), ("SP4N-LAPOR!", "lapor"), ("sbt", "bkn-sbt"), ("BKN (SBT)", "bkn-sbt"),
     ("masyarakat", "masyarakat"), ("Temuan internal", "temuan"), ("Inspektorat", "temuan")],
)  # fmt: skip
def test_sources_by_slug_or_label(raw: str, slug: str) -> None:
    assert v.parse_source(raw) == slug


def test_unknown_source_is_refused() -> None:
    with pytest.raises(ValidationError):
        v.parse_source("koran")


def test_allowed_order_of_steps() -> None:
    path = ["reported", "verified", "recommendation", "decision", "sanction", "done"]
    for current, target in itertools.pairwise(path):
        v.check_step(current, target)
    v.check_step("reported", "not-proven")
    v.check_step("not-proven", "done")
    v.check_step("verified", "decision")  # temuan internal goes straight to the PPK
    v.check_step("decision", "done")  # decided without a sanction


@pytest.mark.parametrize("current", ["reported", "verified", "recommendation", "not-proven"])
def test_no_sanction_before_a_decision(current: str) -> None:
    with pytest.raises(ValidationError) as info:
        v.check_step(current, "sanction")
    assert info.value.message == "Sanksi tidak dapat dicatat sebelum ada keputusan PPK."
    assert "Langkah berikutnya" in info.value.hint


def test_other_out_of_order_steps_explain_themselves() -> None:
    with pytest.raises(ValidationError, match="sebelum laporan diverifikasi"):
        v.check_step("reported", "decision")
    with pytest.raises(ValidationError, match="sudah selesai"):
        v.check_step("done", "verified")
    with pytest.raises(ValidationError, match="sudah tercatat"):
        v.check_step("verified", "verified")
    with pytest.raises(ValidationError, match="belum dapat diselesaikan"):
        v.check_step("reported", "done")


def test_step_dates_in_order_and_not_in_the_future() -> None:
    today = date(2024, 3, 1)
    v.check_step_date(date(2024, 1, 5), date(2024, 1, 5), today, "reported")
    with pytest.raises(ValidationError, match="lebih awal dari tanggal langkah sebelumnya"):
        v.check_step_date(date(2024, 1, 5), date(2024, 1, 4), today, "reported")
    with pytest.raises(ValidationError, match="belum terjadi"):
        v.check_step_date(date(2024, 1, 5), date(2024, 3, 2), today, "reported")


def test_overdue_with_injected_today() -> None:
    reported = date(2024, 1, 5)
    assert v.due_date("reported", reported) == date(2024, 1, 12)  # SBT: 7 days
    assert v.days_overdue("reported", reported, date(2024, 1, 12)) == 0
    assert v.days_overdue("reported", reported, date(2024, 1, 15)) == 3
    assert v.days_overdue("done", reported, date(2025, 1, 1)) == 0
    assert v.due_date("done", reported) is None
    custom = v.clean_deadlines({"reported": "3"})
    assert v.days_overdue("reported", reported, date(2024, 1, 9), custom) == 1
    with pytest.raises(ValidationError):
        v.clean_deadlines({"reported": 0})


def test_parse_step_accepts_slug_or_label() -> None:
    assert v.parse_step("not_proven") == "not-proven"
    assert v.parse_step("Keputusan PPK") == "decision"
    with pytest.raises(ValidationError):
        v.parse_step("banding")


@pytest.mark.parametrize("step", ["not-proven", "sanction", "done"])
def test_an_ended_case_is_never_late(step: str) -> None:
    """Issue 18 rule 6: not proven, sanction imposed and done all end the case."""
    since = date(2024, 1, 5)
    assert v.is_ended(step) and not v.is_open(step)
    assert v.due_date(step, since) is None
    assert v.days_overdue(step, since, date(2026, 1, 1)) == 0
    assert step not in v.clean_deadlines({"not-proven": "5", "sanction": "5"})


@pytest.mark.parametrize("step", ["reported", "verified", "recommendation", "decision"])
def test_a_running_case_has_a_deadline(step: str) -> None:
    assert v.is_open(step) and not v.is_ended(step)
    assert v.days_overdue(step, date(2024, 1, 5), date(2026, 1, 1)) > 0


@pytest.mark.parametrize(
    ("typed", "code"),
    [("PTDH", "B-4"), ("ptdh", "B-4"), (" PDHTAPS ", "B-3"), ("pdh", "B-3"),
     ("Pemberhentian tidak dengan hormat", "B-4"), ("teguran tertulis", "R-2"), ("s-6", "S-6")],
)  # fmt: skip
def test_sanction_abbreviations_map_to_the_stored_code(typed: str, code: str) -> None:
    assert v.find_sanction(typed).code == code


def test_unknown_sanction_lists_codes_and_abbreviations() -> None:
    with pytest.raises(ValidationError, match="tidak dikenal") as info:
        v.find_sanction("PHK")
    assert "B-4 (PTDH)" in info.value.hint and "B-3 (PDHTAPS/PDH)" in info.value.hint
    assert "SM-1" in info.value.hint and "P-1" in info.value.hint


def test_disciplinary_forms_are_for_asn_only() -> None:
    d5, ke4 = v.find_form("D-5"), v.find_form("KE-4")
    for status in ("PNS", "CPNS", "PPPK", "PPPK Paruh Waktu"):
        v.check_form_for(d5, status)
    v.check_form_for(ke4, "Non-ASN")
    v.check_form_for(v.find_form("lainnya"), "Non-ASN")
    with pytest.raises(ValidationError, match="Non-ASN tidak tunduk") as info:
        v.check_form_for(d5, "Non-ASN")
    assert "PP 94/2021" in info.value.message and "'lainnya'" in info.value.hint


def test_disciplinary_sanctions_need_the_right_status() -> None:
    v.check_sanction_for(v.find_sanction("SM-2"), "Non-ASN")
    v.check_sanction_for(v.find_sanction("P-1"), "PPPK Paruh Waktu")
    v.check_sanction_for(v.find_sanction("PTDH"), "PPPK")
    with pytest.raises(ValidationError, match="Non-ASN tidak dapat dijatuhi"):
        v.check_sanction_for(v.find_sanction("R-2"), "Non-ASN")
    with pytest.raises(ValidationError, match="hanya untuk PPPK"):
        v.check_sanction_for(v.find_sanction("P-1"), "PNS")
