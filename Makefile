# Thin wrapper over CMake presets. `make run` and `make test` install what is missing first.
PRESET ?= default
BUILD_DIR := build/$(PRESET)
SAMPLE := data/kumamoto/kumamoto.madoguchi

.PHONY: all deps configure build run evaluate-sample update-translations test test-asan bench package package-test clean

all: build

deps:
	bash packaging/install-deps.sh

configure:
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET)

# Evaluates the bundled Kumamoto sample on the command line.
evaluate-sample: build
	$(BUILD_DIR)/app/madoguchi-cli evaluate $(SAMPLE) --format text

# Opens the workbench on the bundled Kumamoto sample.
run: deps build
	$(BUILD_DIR)/app/madoguchi $(SAMPLE)

# Refreshes the .ts files from the sources (then translate the new entries and commit them).
update-translations: configure
	cmake --build --preset $(PRESET) --target update_translations

# The test suite, then the Debian package: built, installed with apt and checked (package-test).
test: deps build
	ctest --preset $(PRESET) -j2
	$(MAKE) --no-print-directory package-test

# Builds the Debian package $(BUILD_DIR)/madoguchi_<version>_<arch>.deb (CPack; see packaging/CMakeLists.txt).
package: build
	cmake --build --preset $(PRESET) --target package

# Installs the package with apt (as root, or through sudo), checks what it installed and that the
# programs run from /usr/bin, and removes it again unless it was installed before.
package-test: package
	bash packaging/test-package.sh $(BUILD_DIR)

# AddressSanitizer + UndefinedBehaviorSanitizer build and full test run.
test-asan: deps
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan -j2

# Speed figures live here, not in timed tests: renders the Kumamoto layers and the prefecture's
# municipalities and prints milliseconds per frame.
bench: build
	$(BUILD_DIR)/bench/madoguchi_render_bench --frames 20
	$(BUILD_DIR)/bench/madoguchi_label_bench
	$(BUILD_DIR)/bench/madoguchi_optimiser_bench

clean:
	rm -rf build
