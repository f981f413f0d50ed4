# Shopfloor — set-up, build, run, test, bench.
#
#   make run    installs what is missing, builds, and runs the main job on a sample graph (out/)
#   make test   installs what is missing, then runs the whole test suite
#   make bench  release build, then the benchmarks (Benchmarks/)
#   make install  release build, then shopfloor and its shell completions under $(PREFIX) (default
#                 /usr/local; PREFIX=~/.local needs no root): bin/, share/bash-completion, share/zsh,
#                 share/fish; `make uninstall` removes exactly those files

SWIFT       ?= swift
SAMPLE      ?= Graphs/automotive-plant.yaml
OUT         ?= out
BIN         := .build/debug/shopfloor
PREFIX      ?= /usr/local
# "~/.local" arrives unexpanded from shells that do not expand ~ after "=" (zsh, sh): expand it here.
override PREFIX := $(patsubst ~%,$(HOME)%,$(PREFIX))
BINDIR      ?= $(PREFIX)/bin
# The binary and its resource bundles (the message catalogs) live together here; $(BINDIR)/shopfloor links to it.
LIBDIR      ?= $(PREFIX)/lib/shopfloor
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
# Debian packages the build and the tests need (zlib for ZIPFoundation's workbooks; LibreOffice and its
# Python bridge for the test that opens exported workbooks in LibreOffice; python3-icalendar for the test that
# validates the gate calendar; DejaVu for the Turkish letters on PNG and PDF maps; Chromium for the browser tests;
# jq for the documented examples that pipe JSON, which ExampleRunnerTests runs; poppler-utils for pdftotext (tests
# read text back from PDFs).
# BUILD_PACKAGES are what building and running shopfloor needs (make install checks only these).
BUILD_PACKAGES := pkg-config libgraphviz-dev graphviz libsqlite3-dev zlib1g-dev fonts-dejavu-core
APT_PACKAGES := $(BUILD_PACKAGES) sqlite3 python3-networkx \
	libreoffice-calc-nogui python3-uno python3-icalendar chromium jq poppler-utils
# Python packages from PyPI the tests need: Playwright drives Debian's Chromium in the workbench's browser tests
# (its own browsers are never downloaded: the tests launch /usr/bin/chromium).
PIP_PACKAGES := playwright==1.65.2

.PHONY: deps build run test bench clean install uninstall

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

# A release build of the command, installed with its completions (the scripts come from the installed binary,
# swift-argument-parser's --generate-completion-script, so they always match its commands and options).
# Needs only the build's packages (BUILD_PACKAGES), never root for PREFIX=~/.local; `make deps` installs them.
# INSTALL_FROM=path/to/shopfloor installs that binary instead of building (the install test uses it).
INSTALL_FROM ?=
install:
	@missing=""; for p in $(BUILD_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Missing Debian packages:$$missing (run: sudo make deps)"; exit 1; fi
	$(if $(INSTALL_FROM),,$(SWIFT) build -c release --product shopfloor)
	install -d "$(BINDIR)" "$(LIBDIR)" "$(BASHCOMPDIR)" "$(ZSHCOMPDIR)" "$(FISHCOMPDIR)"
	bin="$(if $(INSTALL_FROM),$(INSTALL_FROM),$$($(SWIFT) build -c release --show-bin-path)/shopfloor)"; \
	  rm -rf "$(LIBDIR)"/*.resources && install -m 755 "$$bin" "$(LIBDIR)/shopfloor" && \
	  cp -R "$$(dirname "$$bin")"/*.resources "$(LIBDIR)/" && chmod -R a+rX "$(LIBDIR)"
	ln -sf "$(LIBDIR)/shopfloor" "$(BINDIR)/shopfloor"
	"$(BINDIR)/shopfloor" --generate-completion-script bash > "$(BASHCOMPDIR)/shopfloor"
	"$(BINDIR)/shopfloor" --generate-completion-script zsh > "$(ZSHCOMPDIR)/_shopfloor"
	"$(BINDIR)/shopfloor" --generate-completion-script fish > "$(FISHCOMPDIR)/shopfloor.fish"
	@echo "Installed $(BINDIR)/shopfloor and its bash, zsh and fish completions."
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; *) echo "Note: $(BINDIR) is not on your PATH; add it (see README.md, Install)." ;; esac

uninstall:
	rm -rf "$(LIBDIR)"
	rm -f "$(BINDIR)/shopfloor" "$(BASHCOMPDIR)/shopfloor" "$(ZSHCOMPDIR)/_shopfloor" "$(FISHCOMPDIR)/shopfloor.fish"

clean:
	rm -rf .build $(OUT)
