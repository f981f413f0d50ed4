# Shopfloor — set-up, build, run, test, bench.
#
#   make run    installs what is missing, builds, and runs the main job on a sample graph (out/)
#   make test   installs what is missing, then runs the whole test suite
#   make bench  release build, then the benchmarks (Benchmarks/)

SWIFT       ?= swift
SAMPLE      ?= Graphs/automotive-plant.yaml
OUT         ?= out
BIN         := .build/debug/shopfloor
# Debian packages the build and the tests need.
APT_PACKAGES := pkg-config libgraphviz-dev graphviz libsqlite3-dev

.PHONY: deps build run test bench clean

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build

run: build
	@mkdir -p $(OUT)
	$(BIN) check $(SAMPLE)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build $(OUT)
