# The two commands a newcomer needs: `make run` and `make test`. See README.md.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install run test lint format check messages lock elasticsearch elasticsearch-stop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

run: install
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) migrate --noinput
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) compile_catalogs
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) load_demo_content
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) setup_site --url http://127.0.0.1:$(PORT)
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) rebuild_search_index
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) ensure_dev_admin --url http://127.0.0.1:$(PORT)/admin/
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	DJANGO_SETTINGS_MODULE=hub.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(MANAGE) makemigrations --check --dry-run

test: lint check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(MANAGE) compile_catalogs
	$(BIN)/pytest

# Extract UI strings into locale/fr and locale/es (needs GNU gettext's xgettext).
messages: install
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) makemessages --locale fr --locale es \
		--ignore '.venv/*' --ignore 'static/*' --ignore 'tmp/*' --no-obsolete
	DJANGO_SETTINGS_MODULE=hub.settings.dev $(MANAGE) compile_catalogs

# Re-resolve the exact versions after editing pyproject.toml.
lock: install
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --no-header -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --no-header -o requirements-dev.lock

# A local single-node Elasticsearch on 127.0.0.1:9200 (needs Java 17 and Maven); then
# run with ELASTICSEARCH_URL=http://127.0.0.1:9200. Tests find it there too.
elasticsearch:
	ops/elasticsearch/server start

elasticsearch-stop:
	ops/elasticsearch/server stop

clean:
	rm -rf $(VENV) static tmp .pytest_cache .ruff_cache
