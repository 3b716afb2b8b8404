# scan-intake: `make demo` and `make test` do all set-up on a fresh Debian machine (as root).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)
DEMO_HOME := .intake/demo

# Debian packages: what the product needs, and what the tests and benchmarks need on top
SYS_RUN := tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng tesseract-ocr-osd
SYS_TEST := chromium postgresql fonts-dejavu-core fonts-liberation fonts-urw-base35
SYS_BENCH := ocrmypdf unpaper hyperfine

.PHONY: setup setup-test demo test serve bench clean system-run system-test system-bench

define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then echo "missing Debian packages:$$missing (run as root, or: sudo apt-get install$$missing)"; exit 1; fi; \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
endef

system-run:
	$(call apt_install,$(SYS_RUN))
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv python3-pip >/dev/null; }

system-test: system-run
	$(call apt_install,$(SYS_TEST))

system-bench: system-run
	$(call apt_install,$(SYS_BENCH))

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "installing the package into $(VENV) ..."
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-*; touch $@

setup: system-run $(STAMP)

setup-test: system-test $(STAMP)

demo: setup
	@rm -rf $(DEMO_HOME) && mkdir -p $(DEMO_HOME)
	@INTAKE_HOME=$(DEMO_HOME) $(BIN)/intake cases import sample_docs/cases.json
	@INTAKE_HOME=$(DEMO_HOME) $(BIN)/intake process sample_docs/inbox --out $(DEMO_HOME)/results
	@echo
	@echo "Scored against the ground truth in sample_docs/truth:"
	@$(BIN)/intake evaluate $(DEMO_HOME)/results sample_docs/truth | head -40
	@echo
	@echo "Result files: $(DEMO_HOME)/results/   document store: $(DEMO_HOME)/store/   case index: $(DEMO_HOME)/cases.sqlite"

test: setup-test
	@url="$$(bash .ci/postgres.sh)" && INTAKE_TEST_POSTGRES_URL="$$url" $(BIN)/python -m pytest -q $(PYTEST_ARGS)

serve: setup
	$(BIN)/intake serve

bench: setup system-bench
	$(BIN)/python -m bench.run

clean:
	rm -rf .intake .pytest_cache
