# Samen aan zet: the two commands on a fresh machine are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
MANAGE := $(PY) manage.py

.PHONY: run test system db venv node messages static lint format lock makemessages audit clean

## run: install what is missing, prepare the database with the real data, serve on 127.0.0.1:$(PORT)
## (queued mail is delivered to the terminal every 3 s by a loop that stops with the server;
## it logs one line when it sent or failed mail, nothing when idle)
run: system venv db messages
	DEBUG=true $(MANAGE) migrate --noinput
	DEBUG=true $(MANAGE) load_real_data
	DEBUG=true $(MANAGE) create_dev_coordinator
	DEBUG=true $(MANAGE) deliver_mail --every 3 & trap "kill $$!" EXIT; \
	DEBUG=true SITE_URL=http://127.0.0.1:$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

## test: the whole test suite on PostGIS (browser tests included), from the same fresh state
test: system venv node db messages static
	$(VENV)/bin/pytest

system:
	bash scripts/setup-system.sh

db: system
	bash scripts/setup-db.sh

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.lock
	touch $@

## node: the test-only JavaScript (axe-core) from package-lock.json into node_modules/
node: node_modules/.installed

node_modules/.installed: package.json package-lock.json | system
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

messages: venv
	DEBUG=true $(MANAGE) compilemessages --ignore=.venv -v 0

static: venv
	DEBUG=true $(MANAGE) collectstatic --noinput -v 0

## lint: ruff, djLint and a check that every model change has its migration
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint --lint templates
	DEBUG=true $(MANAGE) makemigrations --check --dry-run

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## audit: known vulnerabilities in the locked dependencies (needs PyPI's JSON API)
audit: venv
	bash scripts/audit.sh $(AUDIT_ARGS)

## lock: re-pin the dependencies after changing pyproject.toml
lock: venv
	$(VENV)/bin/pip-compile -q --strip-extras --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml
	$(VENV)/bin/pip-compile -q --strip-extras --extra dev --no-emit-index-url --no-emit-find-links -o requirements-dev.lock pyproject.toml

## makemessages: update the Dutch catalogue after changing texts. Source texts are
## Dutch, so a new entry's msgstr starts as its msgid (guesses by fuzzy matching are
## dropped); edit a msgstr to reword.
makemessages: venv
	DEBUG=true $(MANAGE) makemessages -l nl --ignore=.venv --ignore=staticfiles --ignore=node_modules --no-obsolete
	msgattrib --clear-fuzzy --empty --clear-previous locale/nl/LC_MESSAGES/django.po -o locale/nl/LC_MESSAGES/django.po
	msgen locale/nl/LC_MESSAGES/django.po -o locale/nl/LC_MESSAGES/django.po

clean:
	rm -rf $(VENV) staticfiles node_modules
