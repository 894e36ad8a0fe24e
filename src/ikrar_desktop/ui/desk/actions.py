"""What the desk's keys do: scan, pick, walk-in, statuses, pakta, PIN, undo, a whole unit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QInputDialog, QLineEdit

from ikrar_desktop.context import AppContext
from ikrar_desktop.domain import attendance as rules
from ikrar_desktop.domain.dates import format_time
from ikrar_desktop.services import checkin
from ikrar_desktop.services.desk_log import describe
from ikrar_desktop.services.desk_state import Inactive, Person, inactive_of
from ikrar_desktop.ui.desk.feedback import (
    ERROR,
    INFO,
    OK,
    WARN,
    Beeper,
    FeedbackPanel,
    PickList,
    inactive_text,
)
from ikrar_desktop.ui.desk.routing import DeskRouting

if TYPE_CHECKING:
    from ikrar_desktop.store.attendance import LogEntry
    from ikrar_desktop.ui.desk.counters import CounterPane

T = TypeVar("T")
PICK, WALK_IN = "pick", "walk-in"


def undone_text(entry: LogEntry) -> str:
    """What an undo took back, in the clerk's words ("catatan Hadir", "tanda tangan pakta")."""
    new = entry.new_value
    if entry.action == rules.ACT_STATUS:
        return f"catatan {rules.status_label(new)}"
    if entry.action == rules.ACT_PAKTA:
        return "tanda tangan pakta" if new == "1" else "pembatalan tanda tangan pakta"
    if entry.action == rules.ACT_PIN:
        return "penerimaan PIN" if new == "1" else "pembatalan PIN"
    if entry.action in (rules.ACT_WALK_IN, rules.ACT_ADDED):
        return "penambahan sebagai peserta tambahan"
    return describe(entry)


def clock(iso: str | None) -> str:
    """ "08.03" from a stored timestamp."""
    return format_time(datetime.fromisoformat(iso)) if iso else ""


class DeskActions(DeskRouting):
    """The desk page's actions; each calls one service (committed before it returns), then
    shows the result. Layout, keys and refreshing live in :class:`DeskPage`."""

    ctx: AppContext
    event_id: int | None
    person: Person | None
    pending: str | None
    input: QLineEdit
    feedback: FeedbackPanel
    picks: PickList
    beeper: Beeper
    counters: CounterPane
    changed: Any
    now: Callable[[], datetime | None]  # the desk's clock (tests move it)

    def _call(self, action: Callable[[], T]) -> T | None:
        raise NotImplementedError

    def _shown(self) -> Person | None:
        raise NotImplementedError

    def _done(self, tone: str, headline: str, person: Person, beep: str | None = None) -> None:
        raise NotImplementedError

    def _state_line(self, person: Person | None) -> str:
        raise NotImplementedError

    def _show_history(self) -> None:
        raise NotImplementedError

    def _refresh_unit(self, unit: str) -> None:
        raise NotImplementedError

    def reload_counters(self) -> None:
        raise NotImplementedError

    def _cancel_pending(self) -> None:
        raise NotImplementedError

    def _refocus(self, clear: bool) -> None:
        raise NotImplementedError

    def _picking(self, on: bool) -> None:
        raise NotImplementedError

    def _refresh_event_state(self) -> None:
        raise NotImplementedError

    # --- actions -----------------------------------------------------------------------------
    def submit(self) -> None:
        text = self.input.text()
        if not text.strip():
            if self.pending:
                self._accept_pending()
            return
        if self.event_id is None:
            return
        self._cancel_pending()
        ev = self.event_id
        result = self._call(lambda: checkin.scan(self.ctx.conn, ev, text, now=self.now()))
        if result is None:
            return
        kind, person = result.kind, result.person
        if kind == checkin.CHECKED_IN and person:
            self._done(OK, self.tr("HADIR ✓  pukul %s") % clock(person.status_at), person)
        elif kind == checkin.ALREADY and person:
            self._done(
                WARN,
                self.tr("SUDAH HADIR pukul %s — tidak ada yang diubah") % clock(person.status_at),
                person,
                beep=WARN,
            )
        elif kind == checkin.AMBIGUOUS:
            more = self.tr(" (ketik lebih lengkap bila tidak ada)") if result.more else ""
            found = self.tr("%s orang cocok%s") % (len(result.candidates), more)
            how = self.tr("↑ ↓ pilih, Enter catat hadir, Esc batal")
            self._offer(PICK, result.candidates, INFO, found, how)
        elif kind == checkin.WALK_IN_OFFER:
            people = result.candidates
            inactive = inactive_of(self.ctx.conn, [p.employee_id for p in people])
            what = self.tr(
                "Enter = tambahkan sebagai peserta tambahan dan catat hadir · Esc = batal"
            )
            headline = self.tr("TIDAK ADA DI DAFTAR KEGIATAN INI")
            if len(people) > 1:
                what = self.tr("↑ ↓ pilih, ") + what
            elif people[0].employee_id in inactive:
                note = inactive_text(inactive[people[0].employee_id])
                headline = self.tr("PEGAWAI NONAKTIF — TIDAK ADA DI DAFTAR KEGIATAN INI")
                what = (
                    note
                    + "\n"
                    + self.tr("Enter = tetap tambahkan sebagai peserta tambahan · Esc = batal")
                )
            self._offer(WALK_IN, people, WARN, headline, what, inactive)
        else:
            self.person = None
            self._show_history()
            hint = self.tr("Periksa NIP/NIK, atau ketik sebagian nama lalu Enter.")
            self.feedback.show_message(ERROR, self.tr("TIDAK DITEMUKAN"), text.strip(), hint)
            self.beeper.play(ERROR)
            self._refocus(clear=False)

    def _offer(
        self,
        mode: str,
        people: list[Person],
        tone: str,
        headline: str,
        how: str,
        inactive: dict[int, Inactive] | None = None,
    ) -> None:
        self.pending = mode
        self.person = None
        self._show_history()
        if inactive is None:
            inactive = inactive_of(self.ctx.conn, [p.employee_id for p in people])
        if len(people) == 1:
            self.picks.set_people(people, inactive)
            self.picks.hide()
            self.feedback.show_person(tone, headline, people[0], how)
        else:
            self.picks.set_people(people, inactive)
            self._picking(True)
            self.feedback.show_message(tone, headline, "", how)
        self.beeper.play(WARN)
        self._refocus(clear=True)

    def _accept_pending(self) -> None:
        mode, chosen = self.pending, self.picks.chosen()
        self._cancel_pending()
        if chosen is None or self.event_id is None:
            return
        ev, emp = self.event_id, chosen.employee_id
        if mode == WALK_IN:
            done = self._call(lambda: checkin.add_walk_in(self.ctx.conn, ev, emp))
            if done:
                self._done(
                    OK,
                    self.tr("PESERTA TAMBAHAN — HADIR ✓  pukul %s") % clock(done.person.status_at),
                    done.person,
                )
        else:
            self._status_result(
                self._call(lambda: checkin.set_status(self.ctx.conn, ev, emp, rules.HADIR))
            )

    def set_status(self, status: str) -> None:
        person = self._shown()
        if person is None:
            return
        ev = self.event_id
        self._status_result(
            self._call(lambda: checkin.set_status(self.ctx.conn, ev, person.employee_id, status))
        )  # type: ignore[arg-type]

    def _status_result(self, result: checkin.ActionResult | None) -> None:
        if result is None:
            return
        person = result.person
        label = rules.status_label(person.status).upper()
        if not result.changed:
            self._done(
                WARN,
                self.tr("SUDAH %s pukul %s — tidak ada yang diubah")
                % (label, clock(person.status_at)),
                person,
                beep=WARN,
            )
            return
        tone = (
            OK
            if person.status == rules.HADIR
            else (WARN if person.status == rules.TANPA_KETERANGAN else INFO)
        )
        check = " ✓" if tone == OK else ""
        self._done(
            tone, f"{label}{check}  " + self.tr("pukul %s") % clock(person.status_at), person
        )

    def toggle_pakta(self) -> None:
        person = self._shown()
        if person is None:
            return
        ev = self.event_id
        result = self._call(lambda: checkin.toggle_pakta(self.ctx.conn, ev, person.employee_id))  # type: ignore[arg-type]
        if result:
            signed = result.person.pakta_signed
            headline = (
                self.tr("PAKTA DITANDATANGANI ✓")
                if signed
                else self.tr("Pakta: tanda tangan dibatalkan")
            )
            self._done(OK if signed else INFO, headline, result.person)

    def toggle_pin(self) -> None:
        person = self._shown()
        if person is None:
            return
        ev = self.event_id
        result = self._call(lambda: checkin.toggle_pin(self.ctx.conn, ev, person.employee_id))  # type: ignore[arg-type]
        if result:
            got = result.person.pin
            self._done(
                OK if got else INFO,
                self.tr("PIN DITERIMA ✓") if got else self.tr("PIN: dibatalkan"),
                result.person,
            )

    def undo(self) -> None:
        if self.event_id is None:
            return
        ev, conn = self.event_id, self.ctx.conn
        preview = self._call(lambda: checkin.peek_undo(conn, ev, now=self.now()))
        if preview is None:
            if self.feedback.tone != ERROR:
                self.feedback.show_message(
                    INFO, self.tr("Belum ada tindakan di meja ini yang dapat dibatalkan."), "", ""
                )
            self._refocus(clear=True)
            return
        reason = ""
        if preview.needs_reason:
            asked = self._ask_reason(preview.description)
            if asked is None:
                self._refocus(clear=True)
                return
            reason = asked
        done = self._call(lambda: checkin.undo_last(conn, ev, reason=reason, now=self.now()))
        if done is None:
            return
        self.person = done.person if done.person and done.person.on_list else None
        if len(preview.entries) == 1:
            what = undone_text(preview.entries[0])
            name = preview.description.split(" — ")[0]
            now_line = (
                self.tr("Sekarang: %s") % self.person.status_label
                if self.person
                else self.tr("Sekarang: tidak ada di daftar kegiatan ini")
            )
        else:
            what = self.tr("%s perubahan sekaligus") % len(preview.entries)
            name = ""
            now_line = self.tr("Sekarang: semuanya kembali seperti sebelum tindakan itu")
        self.feedback.show_message(
            INFO,
            self.tr("DIBATALKAN: %s") % what,
            name,
            now_line,
            self._state_line(self.person),
        )
        self._show_history()
        self.beeper.play(WARN)
        if done.undone == 1 and done.person:
            self._refresh_unit(done.person.unit)
        else:
            self.reload_counters()
        self.changed.emit()
        self._refocus(clear=True)

    def _ask_reason(self, what: str) -> str | None:
        title = self.tr("Batalkan tindakan")
        label = (
            self.tr("Tindakan ini sudah lebih dari satu menit yang lalu:\n%s\n\nAlasan pembatalan:")
            % what
        )
        ask = getattr(self.ctx.interaction, "ask", None)
        if ask is not None:
            answer = ask(title, label)
            return str(answer) if answer else None
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok and text.strip() else None

    def mark_unit(self, unit: str | None = None) -> None:
        """Mark everyone not yet recorded in one OPD as Hadir (after a confirmation)."""
        if self.event_id is None:
            return
        if self.ctx.readonly:
            self._refuse_readonly()
            return
        chosen = self.counters.selected_unit()
        name = unit if unit is not None else (chosen.unit if chosen else None)
        if name is None:
            self.ctx.interaction.inform(
                self.tr("Tandai satu unit hadir"),
                self.tr("Pilih dulu OPD-nya di tabel jumlah per OPD."),
            )
            self._refocus(clear=False)
            return
        counter = checkin.unit_counter(self.ctx.conn, self.event_id, name)
        question = self.tr(
            "Tandai %s pegawai %s yang belum tercatat sebagai Hadir?\n\n"
            "Sesudahnya, catat pengecualian (izin, sakit, cuti, …) satu per satu. "
            "Ctrl+Z membatalkan seluruhnya."
        ) % (counter.belum, name or self.tr("(tanpa unit)"))
        if not counter.belum or not self.ctx.interaction.confirm(
            self.tr("Tandai satu unit hadir"), question
        ):
            self._refocus(clear=False)
            return
        ev = self.event_id
        count = self._call(lambda: checkin.mark_unit_present(self.ctx.conn, ev, name))
        if count is not None:
            self.person = None
            self._show_history()
            self.feedback.show_message(
                OK,
                self.tr("%s pegawai ditandai hadir") % count,
                name,
                self.tr("Catat pengecualiannya: pindai atau ketik nama, lalu F3–F8."),
            )
            self.beeper.play(OK)
            self.reload_counters()
            self._refresh_event_state()
            self.changed.emit()
        self._refocus(clear=True)
