# storywatch — one non-recursive GNU Makefile.
#
#   make            build build/storywatch
#   make demo       install missing packages, build, run the bundled demo story
#   make check      install missing packages, build, run every test (plain, then ASan+UBSan)
#   make install    PREFIX=/usr/local DESTDIR=
#
# pkg-config is evaluated lazily (recursive variables) and the targets that
# install packages re-run make, so a fresh machine gets the flags of the
# libraries `make deps` has just installed.

VERSION := 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DOCDIR ?= $(PREFIX)/share/doc/storywatch
USERUNITDIR ?= $(PREFIX)/lib/systemd/user

CC ?= cc
CFLAGS ?= -g -O2
WERROR ?= -Werror
PKG_CONFIG ?= pkg-config
BUILD ?= build

PKGS = glib-2.0 gio-2.0 gio-unix-2.0 libcurl libxml-2.0 libgit2 libnotify jansson yaml-0.1 sqlite3
TEST_PKGS = $(PKGS) cmocka

WARNINGS = -Wall -Wextra $(WERROR) -Wshadow -Wpointer-arith -Wstrict-prototypes \
	-Wmissing-prototypes -Wmissing-declarations -Wvla -Wwrite-strings -Wformat=2 \
	-Wundef -Wjump-misses-init -fno-common

ifneq ($(SANITIZE),)
SAN_FLAGS = -fsanitize=$(SANITIZE) -fno-sanitize-recover=$(SANITIZE) -fno-omit-frame-pointer
endif
# make fuzz builds the library for libFuzzer's coverage
ifneq ($(FUZZ_COVERAGE),)
SAN_FLAGS += -fsanitize=fuzzer-no-link
endif
# gcc-only warnings are unknown to clang
ifneq ($(findstring clang,$(CC)),)
WARNINGS += -Wno-unknown-warning-option
endif

SW_CPPFLAGS = -Iinclude -DSW_VERSION='"$(VERSION)"' -DG_LOG_USE_STRUCTURED \
	-DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 \
	-DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 \
	-D_GNU_SOURCE
ALL_CFLAGS = -std=gnu11 $(WARNINGS) $(SW_CPPFLAGS) $(SAN_FLAGS) \
	$(shell $(PKG_CONFIG) --cflags $(PKGS)) $(CPPFLAGS) $(CFLAGS)
TEST_CFLAGS = $(ALL_CFLAGS) $(shell $(PKG_CONFIG) --cflags cmocka)
ALL_LDFLAGS = $(SAN_FLAGS) $(LDFLAGS)
LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS)) -lm
TEST_LIBS = $(shell $(PKG_CONFIG) --libs $(TEST_PKGS)) -lm

# the data flow, in order: watchlist -> schedule -> fetch -> extract -> store
# -> diff -> notify; watcher wires one pass, service runs passes forever
LIB_SRCS = \
	src/error.c \
	src/regex.c \
	src/watchlist.c \
	src/schedule.c \
	src/state.c \
	src/robots.c \
	src/rss.c \
	src/fetch.c \
	src/charset.c \
	src/select.c \
	src/extract.c \
	src/furniture.c \
	src/clock.c \
	src/text.c \
	src/story.c \
	src/facts.c \
	src/timex.c \
	src/quantity.c \
	src/names.c \
	src/quotes.c \
	src/status.c \
	src/pack.c \
	src/store.c \
	src/diff.c \
	src/factdiff.c \
	src/timeline.c \
	src/htmlreport.c \
	src/json.c \
	src/notify.c \
	src/hook.c \
	src/report.c \
	src/feed.c \
	src/urlwatch.c \
	src/uwcache.c \
	src/replay.c \
	src/watcher.c \
	src/service.c
LIB_OBJS = $(LIB_SRCS:src/%.c=$(BUILD)/obj/%.o)
LIB = $(BUILD)/libstorywatch.a
BIN = $(BUILD)/storywatch

UNIT_TESTS = regex watchlist schedule state robots fetch rss charset select extract furniture text facts story pack store \
	diff timeline json feed urlwatch notify hook watcher
UNIT_BINS = $(UNIT_TESTS:%=$(BUILD)/tests/test-%)
FUZZ_TARGETS = extract text diff watchlist charset select facts rss
FUZZ_REPLAY = $(FUZZ_TARGETS:%=$(BUILD)/tests/test-fuzz-%)
HTTPD = $(BUILD)/tests/sw-httpd
BENCH_BINS = $(BUILD)/tests/bench-extract $(BUILD)/tests/bench-facts $(BUILD)/tests/bench-diff \
	$(BUILD)/tests/bench-pages

ifeq ($(V),1)
Q =
else
Q = @
endif

.PHONY: all deps demo check check-run bench bench-extract bench-facts bench-diff bench-scale bench-service bench-history valgrind fuzz install uninstall clean tests-bin
.DEFAULT_GOAL := all

all: $(BIN)

$(BUILD)/obj/%.o: src/%.c $(wildcard include/sw/*.h src/*.h) Makefile
	@mkdir -p $(@D)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJS)
	@rm -f $@
	$(Q)$(AR) rcs $@ $^

$(BIN): $(BUILD)/obj/storywatch.o $(LIB)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/test-%: tests/unit/test-%.c tests/unit/testlib.c tests/unit/testlib.h $(LIB)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  TEST    $@")
	$(Q)$(CC) $(TEST_CFLAGS) -Itests/unit -DSW_SOURCE_DIR='"$(CURDIR)"' $(ALL_LDFLAGS) \
		-o $@ $< tests/unit/testlib.c $(LIB) $(TEST_LIBS)

$(HTTPD): tests/sw-httpd.c
	@mkdir -p $(@D)
	@$(if $(Q),echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBS)

tests-bin: $(BIN) $(UNIT_BINS) $(HTTPD) $(FUZZ_REPLAY)

# each fuzz target, driven by replay.c over its kept corpus: run by make check
$(BUILD)/tests/test-fuzz-%: tests/fuzz/fuzz-%.c tests/fuzz/replay.c tests/fuzz/fuzz.h $(LIB)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  FUZZ    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/fuzz -DSW_FUZZ_CORPUS='"$(CURDIR)/tests/fuzz/corpus/$*"' \
		$(ALL_LDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(LIBS)

$(BUILD)/tests/bench-%: tests/bench/bench-%.c $(LIB)
	@mkdir -p $(@D)
	@$(if $(Q),echo "  BENCH   $@")
	$(Q)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB) $(LIBS)

# figures, not pass/fail: extraction quality and speed on ../shared/corpora
bench-extract: $(BENCH_BINS)
	@tools/bench-extract.sh $(BUILD)

bench-facts: $(BENCH_BINS)
	@tools/bench-facts.sh $(BUILD)

# the semantic diff of two 100 KB versions (texts made up by the bench)
bench-diff: $(BENCH_BINS)
	@$(BUILD)/tests/bench-diff

# the watcher at scale: BENCH_PAGES made-up 100 KB pages served by nginx on
# 127.0.0.1, a first pass, an unchanged one and one with a tenth changed,
# beside urlwatch on the same pages
BENCH_PAGES ?= 1000
bench-scale: $(BIN) $(BENCH_BINS) $(HTTPD)
	@tools/deps.sh bench
	@tools/bench-scale.sh $(BUILD) $(BENCH_PAGES)

# the service at scale: BENCH_SERVICE_WATCHES watches every
# BENCH_SERVICE_MINUTES, `storywatch run` measured for BENCH_SERVICE_SECONDS
# (CPU share, memory); a 1-minute interval stands in for hours at 30
BENCH_SERVICE_WATCHES ?= 10000
BENCH_SERVICE_SECONDS ?= 300
BENCH_SERVICE_MINUTES ?= 30
bench-service: $(BIN) $(BENCH_BINS) $(HTTPD)
	@tools/deps.sh bench
	@tools/bench-service.sh $(BUILD) $(BENCH_SERVICE_WATCHES) $(BENCH_SERVICE_SECONDS) \
		$(BENCH_SERVICE_MINUTES)

# the history at scale: BENCH_HISTORY_ROUNDS passes over BENCH_HISTORY_PAGES
# pages with a tenth changed each time, then one story's history read by
# storywatch and by git, before and after `storywatch gc`
BENCH_HISTORY_PAGES ?= 1000
BENCH_HISTORY_ROUNDS ?= 100
bench-history: $(BIN) $(BENCH_BINS) $(HTTPD)
	@tools/deps.sh bench
	@tools/bench-history.sh $(BUILD) $(BENCH_HISTORY_PAGES) $(BENCH_HISTORY_ROUNDS)

bench: bench-extract bench-facts bench-diff bench-scale bench-service bench-history

# the integration tests with storywatch under valgrind (slow: not in check)
VALGRIND_TESTS ?= t-check t-diff t-facts t-history t-story t-feeds t-import t-robots t-extract-bad
valgrind: $(BIN) $(HTTPD)
	@tools/valgrind.sh $(BUILD) $(VALGRIND_TESTS)

# libFuzzer (clang) on every target for FUZZ_SECONDS each; new inputs that
# add coverage are merged into tests/fuzz/corpus/, which make check replays
FUZZ_SECONDS ?= 60
fuzz:
	@tools/deps.sh fuzz
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang SANITIZE=address,undefined \
		FUZZ_COVERAGE=1 CFLAGS="-g -O1" build/fuzz/libstorywatch.a
	@tools/fuzz.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Debian packages the build, the tests and the demo need; installed when
# missing (as root) or printed otherwise
deps:
	@tools/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all $(HTTPD)
	@demo/run-demo.sh $(BUILD)

check: deps
	@$(MAKE) --no-print-directory check-run

# plain build first (fast failures), then the same tests under ASan+UBSan
check-run:
	@$(MAKE) --no-print-directory tests-bin
	@tools/run-tests.sh $(BUILD)
	@$(MAKE) --no-print-directory BUILD=build/asan SANITIZE=address,undefined CFLAGS="-g -O1" tests-bin
	@tools/run-tests.sh build/asan

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(USERUNITDIR) $(DESTDIR)$(DOCDIR)/hooks $(DESTDIR)$(DOCDIR)/watchlist
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/storywatch
	install -m 644 docs/storywatch.1 $(DESTDIR)$(MANDIR)/man1/storywatch.1
	install -m 644 docs/storywatch-watchlist.5 $(DESTDIR)$(MANDIR)/man5/storywatch-watchlist.5
	$(BIN) install-service --print --exec $(BINDIR)/storywatch \
		> $(DESTDIR)$(USERUNITDIR)/storywatch.service
	chmod 644 $(DESTDIR)$(USERUNITDIR)/storywatch.service
	install -m 755 hooks/* $(DESTDIR)$(DOCDIR)/hooks/
	install -m 644 watchlist/*.ini $(DESTDIR)$(DOCDIR)/watchlist/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/storywatch $(DESTDIR)$(MANDIR)/man1/storywatch.1 \
		$(DESTDIR)$(MANDIR)/man5/storywatch-watchlist.5 \
		$(DESTDIR)$(USERUNITDIR)/storywatch.service
	rm -rf $(DESTDIR)$(DOCDIR)

clean:
	rm -rf build
