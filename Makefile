# One command per job; CI calls `make test`.
PY ?= python3
# `make test PY=/path/to/python3.13` builds and tests in its own venv (.venv-3.13) beside .venv.
ifeq ($(origin PY),command line)
VENV ?= .venv-$(shell $(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])')
else
VENV ?= .venv
endif
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench i18n venv system-deps screenshots clean package icons help

$(STAMP): pyproject.toml constraints.txt scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip==26.3"
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

system-deps:
	bash scripts/system-deps.sh

run: $(STAMP)
	$(BIN)/ikrar-desktop

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

i18n: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/ikrar_desktop/ui -name '*.py') -ts resources/i18n/ikrar_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/ikrar_id.ts -qm src/ikrar_desktop/assets/i18n/ikrar_id.qm

# Linux bundle + tarball, NSIS script compiled, frozen --smoke-test (not part of `make test`).
# Built on CPython 3.13 (scripts/ship-python.sh), after the whole suite passes on it.
package:
	$(MAKE) test PY=$$(bash scripts/ship-python.sh)
	VENV=.venv-3.13 bash scripts/package.sh

icons: $(STAMP)
	$(BIN)/python scripts/make_icons.py

# The guide inside the program: its shortcut table from ui/shell/shortcuts.py, then docs/panduan.md and
# the pictures it shows copied to src/ikrar_desktop/assets/help (tests/gui/test_help.py checks it).
help: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/build_help.py
