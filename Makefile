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
MATRIX_CACHE ?= /var/cache/sozialplanung-matrix
PY          := $(VENV)/bin/python
SYSPY       := /usr/bin/python3
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export QT_QPA_PLATFORM ?= offscreen

# The Debian packages are listed, and named for this distribution (PostGIS for its PostgreSQL
# version, 15/17/18 on Debian 12/13/sid), by scripts/deb_packages.sh.
DEB_PACKAGES := scripts/deb_packages.sh
SUITES      ?= trixie sid

PY_SOURCES := $(shell find $(PLUGIN) -name '*.py' -not -path '*/__pycache__/*' | sort)

.PHONY: qt6-check qt6-enums deps stage package test test-matrix test-unit test-qgis test-process demo bench bench-xl template model sample \
	transup transcompile lint clean

# ---------------------------------------------------------------- set-up
deps: $(VENV)/.deps-stamp

$(VENV)/.deps-stamp: requirements-test.txt Makefile $(DEB_PACKAGES)
	@updated=""; \
	if ! pkgs=$$($(DEB_PACKAGES) 2>/dev/null); then \
	  echo "apt-get update (the package lists do not know the packages yet)"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q || exit 1; updated=1; \
	  pkgs=$$($(DEB_PACKAGES)) || exit 1; \
	fi; \
	missing=""; for p in $$pkgs; do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ -z "$$updated" ]; then $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q || exit 1; fi; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing || exit 1; \
	fi
	$(SYSPY) -m venv --system-site-packages $(VENV)
	# --ignore-requires-python: the Qt6 migration checker declares Python >= 3.12 but runs on 3.11
	$(PY) -m pip install -q --disable-pip-version-check --ignore-requires-python -r requirements-test.txt
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

package: stage
	mkdir -p $(DIST)
	$(SYSPY) scripts/package.py $(STAGE) $(DIST)/$(PLUGIN)-$(VERSION).zip

# ---------------------------------------------------------------- run
sample:
	$(SYSPY) scripts/generate_town.py S tests/data

test: deps stage
	$(PY) -m pytest tests; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$status

# the whole `make test` in Debian chroots (trixie: QGIS 3.40, sid: QGIS 3.44), as root; see README
test-matrix:
	$(SUDO) scripts/test_matrix.sh $(SUITES)

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

lint: deps stage qt6-check
	$(PY) -m ruff check $(PLUGIN) tests scripts
	cd $(BUILD) && ../$(PY) -m mypy --config-file ../pyproject.toml $$(../$(PY) ../scripts/mypy_options.py) $(PLUGIN)/core

# The official Qt5 -> Qt6 migration checker (qgis-pyqt5to6) in check mode, with the enum table of
# scripts/qt6check/qgis_enums.json standing in for a Qt6 QGIS: 0 findings or the target fails.
qt6-check: deps
	$(PY) scripts/qt6check/run_checker.py $(PLUGIN)

# Refresh the enum table from the QGIS of this machine and, where built, of the matrix chroots.
qt6-enums: deps
	$(SYSPY) scripts/qt6check/dump_qgis_enums.py $(BUILD)/qgis_enums_host.json
	$(SYSPY) scripts/qt6check/merge_enums.py scripts/qt6check/qgis_enums.json $(BUILD)/qgis_enums_host.json \
	  $$(for s in $(MATRIX_CACHE)/*/root; do [ -x $$s/usr/bin/python3 ] && \
	     cp scripts/qt6check/dump_qgis_enums.py $$s/tmp/ && \
	     chroot $$s env QT_QPA_PLATFORM=offscreen python3 /tmp/dump_qgis_enums.py /tmp/qgis_enums.json && \
	     echo $$s/tmp/qgis_enums.json; done)

clean:
	rm -rf $(BUILD) $(DIST) demo_output .pytest_cache
