"""The command line speaks Indonesian, argparse's own help and errors included."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from ikrar_desktop.cli.main import build_parser, main

ENGLISH = (
    "usage:",
    "show this help",
    "positional arguments",
    "options:",
    "error:",
    "required",
    "invalid choice",
    "unrecognized arguments",
    "expected one argument",
    "version number",
)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_help_page_is_indonesian() -> None:
    pages = [p.format_help() for p in _parsers(build_parser())]
    assert len(pages) > 30
    for page in pages:
        assert page.startswith("pemakaian: ")
        for word in ENGLISH:
            assert word not in page, (word, page[:200])


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["event", "add"], "argumen berikut wajib diisi: --title, --date"),
        (["print", "foo", "1"], "pilihan tidak sah: 'foo'"),
        (["user", "add", "x", "--role", "raja"], "pilihan tidak sah: 'raja'"),
        (["employees", "list", "--bogus"], "argumen tidak dikenal: --bogus"),
        (["employees", "list", "--limit"], "perlu satu nilai"),
    ],
)
def test_usage_errors_are_indonesian_with_exit_2(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("pemakaian: ")
    assert expected in err and ": galat: " in err
    for word in ENGLISH:
        assert word not in err


def test_a_record_number_that_is_no_number_is_refused_in_indonesian(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["recap", "x"]) == 1
    err = capsys.readouterr().err
    assert "Nomor kegiatan 'x' tidak sah" in err
    for word in ENGLISH:
        assert word not in err


def test_argparse_is_left_as_it_was_for_other_code() -> None:
    build_parser().format_help()
    plain = argparse.ArgumentParser(prog="x")
    assert "usage: x" in plain.format_help()
