# Sozialplanung QGIS plugin — build, test, demo, benchmark.
#
#   make demo     set up everything (first run) and run the plugin on the sample town
#   make test     set up everything (first run) and run all tests
#   make bench    plugin vs. the native QGIS way, on generated towns M and L
#   make package  dist/sozialplanung_plugin-<version>.zip (Plugins > Install from ZIP)

SHELL       := /bin/bash
PLUGIN      := sozialplanung_plugin
VERSION     := $(shell sed -n 's/^version=//p' metadata.txt)
BUILD       := build
STAGE       := $(BUILD)/$(PLUGIN)
DIST        := dist
VENV        := .venv
PY          := $(VENV)/bin/python
SYSPY       := /usr/bin/python3
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export QT_QPA_PLATFORM ?= offscreen

APT_PACKAGES := qgis python3-qgis qgis-providers python3-gdal gdal-bin python3-pyqt5.qtsvg \
	python3-numpy python3-pandas python3-scipy python3-venv python3-pip \
	qttools5-dev-tools pyqt5-dev-tools xvfb xauth imagemagick poppler-utils \
	postgresql-15-postgis-3 postgresql-client

PY_SOURCES := $(shell find $(PLUGIN) -name '*.py' -not -path '*/__pycache__/*' | sort)

.PHONY: deps stage package test test-unit test-qgis test-process demo bench bench-xl template model sample \
	transup transcompile lint clean

# ---------------------------------------------------------------- set-up
deps: $(VENV)/.deps-stamp

$(VENV)/.deps-stamp: requirements-test.txt Makefile
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi
	$(SYSPY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-test.txt
	# PySAL access as the test's reference for 2SFCA: its functions only, without geopandas (whose
	# wheels would replace Debian's numpy/scipy in the venv)
	$(PY) -m pip install -q --disable-pip-version-check --no-deps access==1.1.10.post3
	$(PY) -c "import qgis.core, pandas, scipy, pytest; print('QGIS', qgis.core.Qgis.QGIS_VERSION)"
	touch $@

# ---------------------------------------------------------------- build
transcompile:
	mkdir -p $(STAGE)/i18n
	lrelease -silent i18n/sozialplanung_de.ts -qm $(STAGE)/i18n/sozialplanung_de.qm

transup:
	pylupdate5 -noobsolete $(PY_SOURCES) -ts i18n/sozialplanung_de.ts

stage: deps
	rm -rf $(STAGE)
	mkdir -p $(STAGE)
	cd $(PLUGIN) && find . -name '*.py' -o -name '*.svg' -o -name '*.qml' -o -name '*.qpt' \
	  -o -name '*.model3' -o -name '*.json' | grep -v __pycache__ | \
	  while read f; do mkdir -p "../$(STAGE)/$$(dirname $$f)"; cp "$$f" "../$(STAGE)/$$f"; done
	cp metadata.txt LICENSE $(STAGE)/
	$(MAKE) --no-print-directory transcompile
	pyrcc5 -o $(STAGE)/resources_rc.py resources.qrc

package: stage
	mkdir -p $(DIST)
	$(SYSPY) scripts/package.py $(STAGE) $(DIST)/$(PLUGIN)-$(VERSION).zip

# ---------------------------------------------------------------- run
sample:
	$(SYSPY) scripts/generate_town.py S tests/data

test: deps stage
	$(PY) -m pytest tests; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$status

test-unit: deps
	$(PY) -m pytest tests/unit

demo: deps stage
	$(PY) scripts/demo.py

bench: deps stage
	$(PY) scripts/bench.py

template: deps
	$(SYSPY) scripts/make_layout_template.py

model: deps
	$(SYSPY) scripts/make_model.py

bench-xl: deps stage
	$(PY) scripts/bench.py --xl

lint: deps stage
	$(PY) -m ruff check $(PLUGIN) tests scripts
	cd $(BUILD) && ../$(PY) -m mypy --config-file ../pyproject.toml $(PLUGIN)/core

clean:
	rm -rf $(BUILD) $(DIST) demo_output .pytest_cache
