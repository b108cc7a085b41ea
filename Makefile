# Mapflow Processing — developer entry points. `make help` lists them.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PLUGIN := mapflow_processing
SHIPPED := __init__.py plugin.py api core integration layers tasks ui processing_provider
SANDBOX_HOST ?= 127.0.0.1
SANDBOX_PORT ?= 8765
SANDBOX_DATA ?= .sandbox-data
QGIS_PROFILE ?= default
QGIS_PLUGINS_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(QGIS_PROFILE)/python/plugins
PYTEST := QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=$${HYPOTHESIS_PROFILE:-ci} $(PY) -m pytest

.PHONY: help setup setup-qt6 test test-unit test-qgis test-ui test-qt6 qt6-check lint package scan deploy translate demo bench sandbox clean

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

setup: ## Install Debian packages (when root) and the pinned venv in .venv; idempotent
	@bash scripts/setup.sh

test: setup ## Lint and every test tier headless: tier 1 beside tiers 2+3 (one process), then the Qt6 tier
	@bash scripts/run_tests.sh

test-unit: setup ## Tier 1: QGIS-free tests (unit, api client vs sandbox, sandbox server, harness, benchmark self-tests)
	$(PYTEST) tests/unit tests/api tests/sandbox tests/harness benchmarks/tests

test-qgis: setup ## Tier 2: PyQGIS tests (pytest-qgis), plugin load/unload/package, hardening, toolbox provider
	$(PYTEST) tests/qgis tests/plugin tests/hardening tests/processing

test-ui: setup ## Tier 3: the dock driven headless against a sandbox
	$(PYTEST) tests/ui

setup-qt6: ## Make .venv-qt6 (PyQt6 pinned, no QGIS) for the Qt6 tier; idempotent
	@bash scripts/setup_qt6.sh

test-qt6: ## Tier 4: every form under PyQt6's uic, ui/ widgets on PyQt6 (QGIS 4 shim), the checker's Qt6 table
	@bash scripts/test_qt6.sh

qt6-check: setup ## List Qt5-only/Qt6-breaking constructs in the shipped code (fails on any; QT6_CHECK=--report: list only)
	$(PY) scripts/qt6_check.py $(QT6_CHECK)

lint: setup ## ruff, flake8-qgis (Qt6 rules), bandit and detect-secrets on the shipped code
	@bash scripts/lint.sh

package: setup ## Build dist/mapflow_processing-<version>.zip with qgis-plugin-ci (translations, changelog, LICENSE)
	$(PY) scripts/package.py --out dist

scan: package ## Run the QGIS plugins site's upload checks (Bandit, detect-secrets, flake8, files) on the built zip
	$(PY) scripts/plugin_scan.py dist/$(PLUGIN)-$(VERSION).zip

deploy: package ## Unzip the package into a QGIS profile (QGIS_PROFILE=default or QGIS_PLUGINS_DIR=...)
	mkdir -p "$(QGIS_PLUGINS_DIR)"
	rm -rf "$(QGIS_PLUGINS_DIR)/$(PLUGIN)"
	cd "$(QGIS_PLUGINS_DIR)" && unzip -q "$(CURDIR)/dist/$(PLUGIN)-$(VERSION).zip"
	@echo "Deployed to $(QGIS_PLUGINS_DIR)/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

translate: setup ## Refresh i18n/*.ts from the sources (pylupdate5); .qm files are built by `make package`
	@bash scripts/translate.sh update

sandbox: setup ## Run the sandbox server in the foreground on 127.0.0.1:8765 (SANDBOX_PORT=...) with the demo account
	$(PY) -m sandbox serve --host $(SANDBOX_HOST) --port $(SANDBOX_PORT) --data-dir $(SANDBOX_DATA) --demo

demo: setup ## Start the sandbox and run QGIS with the plugin on it (headless: the scripted workflow, search included, and screenshots)
	@bash scripts/demo.sh

bench: setup ## Run the benchmarks; writes benchmarks/results.json and docs/BENCHMARKS.md
	$(PY) -m benchmarks.run

clean: ## Remove build outputs (keeps .venv and the sandbox data)
	rm -rf dist .build .pytest_cache .ruff_cache demo-output
