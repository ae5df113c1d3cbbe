# Thana: `make demo` and `make test` set everything up on a fresh Linux machine (Python 3.11+).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.lock pyproject.toml | cksum | cut -d' ' -f1)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: demo test lint translations lock clean dist

$(STAMP): requirements-dev.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

demo: $(STAMP) translations
	$(BIN)/thana demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check app ui sync devices server bench tests build
	$(BIN)/mypy

# The frozen one-folder program in build/dist/thana (the same spec builds on Windows; see the README).
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work build/thana.spec

# Refresh the Urdu catalogue from the source (then translate the new entries).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none app ui devices sync -ts resources/translations/thana_ur.ts

# Re-pin every dependency (runtime lock for builds, dev lock for tests).
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --generate-hashes --python-version 3.11 --universal -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 --universal -o requirements-dev.lock

clean:
	rm -rf $(VENV) resources/translations/*.qm build/dist build/work
