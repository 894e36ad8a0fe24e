"""The schema's migrations, append-only: each one's name is recorded in the databases it ran on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "ikrar_desktop"


def m001_registry(db: Database) -> None:
    """Settings, units and employees."""
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            name_key TEXT NOT NULL UNIQUE,
            kind TEXT,
            parent_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            code TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE employees (
            id INTEGER PRIMARY KEY,
            nip TEXT UNIQUE CHECK (nip IS NULL OR (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*')),
            nik TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
            gelar_depan TEXT NOT NULL DEFAULT '',
            nama TEXT NOT NULL CHECK (trim(nama) <> ''),
            gelar_belakang TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL
                CHECK (status IN ('PNS', 'CPNS', 'PPPK', 'PPPK Paruh Waktu', 'Non-ASN')),
            golongan TEXT,
            jabatan TEXT NOT NULL DEFAULT '',
            jenis_jabatan TEXT,
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            gender TEXT CHECK (gender IS NULL OR gender IN ('L', 'P')),
            birth_date TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            inactive_reason TEXT NOT NULL DEFAULT '',
            search_key TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    # covering index: the list and its search scan it in display order without table lookups
    db.execute(
        "CREATE INDEX employees_list ON employees "
        "(sort_key, id, active, unit_id, status, search_key, nip, nik)"
    )
    db.execute("CREATE INDEX employees_unit ON employees (unit_id, active, sort_key)")
    db.execute("CREATE INDEX employees_name_unit ON employees (search_key, unit_id)")


def m002_import_layouts(db: Database) -> None:
    """Column mappings remembered per roster layout (folded header cells)."""
    db.execute(
        """CREATE TABLE import_layouts (
            signature TEXT PRIMARY KEY,
            mapping TEXT NOT NULL,
            header TEXT NOT NULL DEFAULT '[]',
            used_at TEXT NOT NULL,
            uses INTEGER NOT NULL DEFAULT 1
        )"""
    )


_STATUS_CHECK = (
    "('hadir', 'izin', 'sakit', 'cuti', 'dinas-luar', 'tugas-belajar', 'tanpa-keterangan')"
)


def m003_events(db: Database) -> None:
    """Events, their witnesses, who is obliged (with a snapshot) and the append-only log."""
    db.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('ikrar', 'pakta', 'deklarasi', 'sosialisasi')),
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            date TEXT NOT NULL,
            time TEXT,
            place TEXT NOT NULL DEFAULT '',
            leader_name TEXT NOT NULL DEFAULT '',
            leader_jabatan TEXT NOT NULL DEFAULT '',
            ikrar_text TEXT NOT NULL DEFAULT '',
            pakta_points TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            closed_at TEXT,
            reopen_reason TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX events_date ON events (date, id)")
    db.execute(
        """CREATE TABLE event_witnesses (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            instansi TEXT NOT NULL DEFAULT '',
            jabatan TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX event_witnesses_event ON event_witnesses (event_id, position)")
    db.execute(
        f"""CREATE TABLE obligations (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE RESTRICT,
            unit_id INTEGER,
            unit_name TEXT NOT NULL DEFAULT '',
            jabatan TEXT NOT NULL DEFAULT '',
            golongan TEXT,
            emp_status TEXT NOT NULL DEFAULT '',
            display_name TEXT NOT NULL,
            nip TEXT,
            nik TEXT,
            obliged INTEGER NOT NULL DEFAULT 1 CHECK (obliged IN (0, 1)),
            not_obliged_reason TEXT NOT NULL DEFAULT '',
            walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
            added_at TEXT NOT NULL,
            status TEXT CHECK (status IS NULL OR status IN {_STATUS_CHECK}),
            status_at TEXT,
            pakta_signed INTEGER NOT NULL DEFAULT 0 CHECK (pakta_signed IN (0, 1)),
            pakta_at TEXT,
            pakta_where TEXT CHECK (pakta_where IS NULL OR pakta_where IN ('event', 'susulan')),
            susulan_date TEXT,
            susulan_place TEXT NOT NULL DEFAULT '',
            pin INTEGER NOT NULL DEFAULT 0 CHECK (pin IN (0, 1)),
            pin_at TEXT,
            UNIQUE (event_id, employee_id)
        )"""
    )
    db.execute("CREATE INDEX obligations_employee ON obligations (employee_id)")
    # covering: live counters and recaps per OPD read the index only, never the table
    db.execute(
        "CREATE INDEX obligations_unit ON obligations "
        "(event_id, unit_name, obliged, status, pakta_signed, pakta_where, walk_in, unit_id)"
    )
    db.execute(
        """CREATE TABLE attendance_log (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            batch TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id),
            employee_id INTEGER REFERENCES employees(id),
            action TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            prior TEXT,
            undoes TEXT,
            reason TEXT NOT NULL DEFAULT '',
            operator TEXT NOT NULL DEFAULT '',
            station TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX attendance_log_person ON attendance_log (event_id, employee_id, seq)")
    db.execute("CREATE INDEX attendance_log_station ON attendance_log (event_id, station, seq)")
    db.execute(
        "CREATE INDEX attendance_log_undoes ON attendance_log (undoes) WHERE undoes IS NOT NULL"
    )
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"""CREATE TRIGGER attendance_log_no_{verb.lower()} BEFORE {verb} ON attendance_log
            BEGIN SELECT RAISE(ABORT, 'attendance_log is append-only'); END"""
        )


def m004_certificates(db: Database) -> None:
    """The certificate register: gap-free numbers per pattern and year, verification codes."""
    db.execute(
        """CREATE TABLE certificates (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            pattern TEXT NOT NULL,
            year INTEGER NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE RESTRICT,
            employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE RESTRICT,
            name TEXT NOT NULL,
            code TEXT NOT NULL UNIQUE,
            issued_at TEXT NOT NULL,
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT '',
            prints INTEGER NOT NULL DEFAULT 0,
            printed_at TEXT,
            UNIQUE (pattern, year, seq),
            CHECK (voided_at IS NULL OR trim(void_reason) <> '')
        )"""
    )
    # one live certificate per person and event; voided ones keep their numbers beside it
    db.execute(
        "CREATE UNIQUE INDEX certificates_live ON certificates (event_id, employee_id) "
        "WHERE voided_at IS NULL"
    )


# Migrations kept beside their aggregate are imported only when they run: start-up of an
# up-to-date database never loads them.
def m005_cases(db: Database) -> None:
    """Supervision cases (store.cases)."""
    from ikrar_desktop.store import cases

    cases.m005_cases(db)


def m006_desks(db: Database) -> None:
    """Desk packages and conflicts (store.desk)."""
    from ikrar_desktop.store import desk

    desk.m006_desks(db)


def m007_audit_access(db: Database) -> None:
    """Audit chain, disclosure log, users (store.audit)."""
    from ikrar_desktop.store import audit

    audit.m007_audit_access(db)


def m008_cheap_checks(db: Database) -> None:
    """Nothing any more: it edited stored CREATE TABLE text under writable_schema; m013 now
    rebuilds those tables the documented way (on databases it already ran on, too)."""


def m009_signers_numbers(db: Database) -> None:
    """Unit heads (Plt./Plh. when acting), the election of an event, the numbering register."""
    db.execute(
        "ALTER TABLE units ADD COLUMN head_id INTEGER REFERENCES employees(id) ON DELETE SET NULL"
    )
    db.execute(
        "ALTER TABLE units ADD COLUMN head_acting TEXT "
        "CHECK (head_acting IS NULL OR head_acting = 'Plt.' OR head_acting = 'Plh.')"
    )
    db.execute("ALTER TABLE events ADD COLUMN election TEXT NOT NULL DEFAULT ''")
    from ikrar_desktop.store import numbers

    numbers.m009_register(db)


def m010_event_attachments(db: Database) -> None:
    """Photos and scans kept with an event (store.event_attachments)."""
    from ikrar_desktop.store import event_attachments

    event_attachments.m010_event_attachments(db)


def m011_event_officials(db: Database) -> None:
    """The officials' scope of an event: levels and heads (store.officials)."""
    from ikrar_desktop.store import officials

    officials.m011_event_officials(db)


def m012_followup_replies(db: Database) -> None:
    """Follow-up letters per OPD and the replies they send back (store.followup)."""
    from ikrar_desktop.store import followup

    followup.m012_followup_replies(db)


def m013_chained_checks(db: Database) -> None:
    """CHECK lists of three or more texts as OR chains: same rule, faster bulk writes (tables
    rebuilt by store.check_lists, with foreign keys off: REBUILDS)."""
    from ikrar_desktop.store.check_lists import rebuild_chained

    rebuild_chained(db.conn)


MIGRATIONS: list[Callable[[Database], None]] = [
    m001_registry,
    m002_import_layouts,
    m003_events,
    m004_certificates,
    m005_cases,
    m006_desks,
    m007_audit_access,
    m008_cheap_checks,
    m009_signers_numbers,
    m010_event_attachments,
    m011_event_officials,
    m012_followup_replies,
    m013_chained_checks,
]
SCHEMA_VERSION = len(MIGRATIONS)
# Migrations that drop and rename a table: applied alone, with foreign keys off around them.
REBUILDS = frozenset({"m013_chained_checks"})
