# Shopfloor — set-up, build, run, test, bench.
#
#   make run    installs what is missing, builds, and runs the main job on a sample graph (out/)
#   make test   installs what is missing, then runs the whole test suite
#   make bench  release build, then the benchmarks (Benchmarks/)

SWIFT       ?= swift
SAMPLE      ?= Graphs/automotive-plant.yaml
OUT         ?= out
BIN         := .build/debug/shopfloor
# Debian packages the build and the tests need (zlib for ZIPFoundation's workbooks; LibreOffice and its
# Python bridge for the test that opens exported workbooks in LibreOffice; python3-icalendar for the test that
# validates the gate calendar; DejaVu for the Turkish letters on PNG and PDF maps; Chromium for the browser tests).
APT_PACKAGES := pkg-config libgraphviz-dev graphviz libsqlite3-dev sqlite3 python3-networkx zlib1g-dev \
	libreoffice-calc-nogui python3-uno python3-icalendar fonts-dejavu-core poppler-utils chromium
# Python packages from PyPI the tests need: Playwright drives Debian's Chromium in the workbench's browser tests
# (its own browsers are never downloaded: the tests launch /usr/bin/chromium).
PIP_PACKAGES := playwright==1.65.2

.PHONY: deps build run test bench clean

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@python3 -c 'import playwright' 2>/dev/null || python3 -m pip install --quiet $(PIP_PACKAGES)

build: deps
	$(SWIFT) build

# The main job: a street cell's first plan for the sample plant, and the map that goes to the meeting.
run: build
	@mkdir -p $(OUT)
	$(BIN) check $(SAMPLE)
	$(BIN) plan reach $(SAMPLE) --from arapcesme-street --into korfez-motor --alternatives 1
	$(BIN) plan reach $(SAMPLE) --from arapcesme-street --into korfez-motor --alternatives 1 --json > $(OUT)/reach-plan.json
	$(BIN) plan core $(SAMPLE) --into korfez-motor --from arapcesme-street
	$(BIN) plan gates $(SAMPLE) --into korfez-motor --from arapcesme-street --week 2026-11-23 --ics $(OUT)/gates.ics
	$(BIN) map plant $(SAMPLE) --workplace korfez-motor --plan $(OUT)/reach-plan.json -o $(OUT)/plant-plan.svg
	$(BIN) map plant $(SAMPLE) --workplace korfez-motor --from arapcesme-street -o $(OUT)/plant-first-contacts.png
	$(BIN) map district Graphs/district.yaml -o $(OUT)/district.png
	@echo
	@echo "Plan: $(OUT)/reach-plan.json   Maps: $(OUT)/plant-plan.svg $(OUT)/plant-first-contacts.png $(OUT)/district.png"

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Benchmarks (release build): phases at three sizes, then the side-by-side shortest-path comparison.
bench: deps
	$(SWIFT) build -c release --product shopfloor-bench
	$(SWIFT) build -c release --product shopfloor
	Benchmarks/run.sh

clean:
	rm -rf .build $(OUT)
