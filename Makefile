# The two commands of the README's quick start, and what they need.
#   make site   build prr and the example site from Content/ into Output/
#   make test   run every test
#   make theme  embed Layouts/ into prr as its default theme (after editing Layouts/)
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test deps release clean theme

site: release
	.build/release/prr build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release --product prr

# libcmark (the CommonMark C library) and mimalloc (the allocator prr links
# on Linux) come from the system package manager.
deps:
	@{ pkg-config --exists libcmark && echo 'int main(void) { return 0; }' | clang -x c - -lmimalloc -o /dev/null; } 2>/dev/null || { \
		echo "Installing libcmark-dev (the CommonMark C library) and libmimalloc-dev (the allocator)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcmark-dev libmimalloc-dev pkg-config; }

theme:
	sh .ci/embed-theme.sh

clean:
	rm -rf .build Output
