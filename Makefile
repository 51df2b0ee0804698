# sctconv - build, test and benchmark. Everything generated goes to build/.
CC      ?= gcc
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror
OPT     ?= -O2 -g
CFLAGS  ?=
CFLAGS  += $(CSTD) $(WARN) $(OPT) -fPIC -fvisibility=hidden
B       ?= build
INC     := -Iinclude -Isrc -I$(B)/gen
LIBS    := -lpg_query -lpthread

RE2C    ?= re2c
BISON   ?= bison

GRAMMARS := $(basename $(notdir $(wildcard grammar/*.y)))
GEN_C    := $(foreach g,$(GRAMMARS),$(B)/gen/$(g)_parser.c $(B)/gen/$(g)_lexer.c) $(B)/gen/builtin_rules.c
GEN_H    := $(foreach g,$(GRAMMARS),$(B)/gen/$(g)_parser.h)
LIB_SRC  := $(filter-out src/cli/%,$(wildcard src/*/*.c src/*/*/*.c))
LIB_OBJ  := $(patsubst %.c,$(B)/obj/%.o,$(LIB_SRC)) $(patsubst $(B)/gen/%.c,$(B)/obj/gen/%.o,$(GEN_C))
CLI_OBJ  := $(patsubst %.c,$(B)/obj/%.o,$(wildcard src/cli/*.c))
RULES    := $(sort $(wildcard rules/*.rules))

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))

.PHONY: all clean check unit check-asan engine corpus bench docs
.SECONDARY:

all: $(B)/sctconv $(B)/libsctconv.so

$(B)/sctconv: $(CLI_OBJ) $(B)/libsctconv.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(B)/libsctconv.a $(LIBS)

$(B)/libsctconv.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $(LIB_OBJ)

# The shared library exports only the API marked SCT_EXTERN in include/ (everything else is built with
# -fvisibility=hidden); libpg_query is linked in statically and hidden (--exclude-libs).
VERSION := $(shell sed -n 's/^\#define SCT_VERSION_STRING "\(.*\)"/\1/p' include/sctconv.h)
SONAME  := libsctconv.so.$(firstword $(subst ., ,$(VERSION)))
# The version script (made from the SCT_EXTERN declarations) keeps that true whatever flags built the objects.
$(B)/libsctconv.map: $(wildcard include/*.h include/sctconv/*.h)
	@mkdir -p $(B)
	{ echo '{ global:'; grep -hoE 'SCT_EXTERN\([^)]*\) *sct_[a-z0-9_]+' $^ | sed -E 's/.*[ )]/  /; s/$$/;/'; \
	  echo 'local: *; };'; } >$@
$(B)/libsctconv.so.$(VERSION): $(LIB_OBJ) $(B)/libsctconv.map
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=$(B)/libsctconv.map \
		-Wl,--exclude-libs,ALL -Wl,-z,defs -o $@ $(LIB_OBJ) -Wl,-Bstatic -lpg_query -Wl,-Bdynamic -lpthread
$(B)/libsctconv.so: $(B)/libsctconv.so.$(VERSION)
	ln -sf libsctconv.so.$(VERSION) $(B)/$(SONAME)
	ln -sf $(SONAME) $@

# generated sources
$(B)/gen/%_parser.c $(B)/gen/%_parser.h: grammar/%.y
	@mkdir -p $(B)/gen
	$(BISON) -Wall -Werror --defines=$(B)/gen/$*_parser.h -o $(B)/gen/$*_parser.c $<

$(B)/gen/%_lexer.c: grammar/%.re $(B)/gen/%_parser.h
	@mkdir -p $(B)/gen
	$(RE2C) -W -Werror --no-generation-date -o $@ $<

$(B)/tools/embed: tools/embed.c
	@mkdir -p $(B)/tools
	$(CC) -std=c11 -Wall -Wextra -Werror -O1 -o $@ $<

$(B)/gen/builtin_rules.c: $(B)/tools/embed $(RULES)
	@mkdir -p $(B)/gen
	$(B)/tools/embed $@ $(RULES)

$(B)/obj/gen/%.o: $(B)/gen/%.c $(GEN_H)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -Wno-unused-function -Wno-unused-but-set-variable -MMD -MP -c -o $@ $<

$(B)/obj/%.o: %.c $(GEN_H) $(wildcard include/*.h include/sctconv/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -MMD -MP -c -o $@ $<

-include $(wildcard $(B)/obj/src/*/*.d $(B)/obj/src/*/*/*.d $(B)/obj/gen/*.d)

# small developer tools (tools/NAME.c linked against the library): make build/tools/NAME
$(B)/tools/%: tools/%.c $(B)/libsctconv.a
	@mkdir -p $(B)/tools
	$(CC) $(CFLAGS) $(INC) -o $@ $< $(B)/libsctconv.a $(LIBS)

# tests
$(B)/tests/%: tests/unit/%.c tests/unit/unit_support.h $(B)/libsctconv.a
	@mkdir -p $(B)/tests
	$(CC) $(CFLAGS) $(INC) -Itests/unit -o $@ $< $(B)/libsctconv.a -lcmocka $(LIBS)

unit: $(UNIT_BIN)
	@bash tests/run-unit.sh $(UNIT_BIN)

check: all unit
	@bash tests/keywords.sh
	@$(MAKE) --no-print-directory check-asan
	@$(MAKE) --no-print-directory check-lib check-tsan
	@$(MAKE) --no-print-directory check-robust
	@bash tests/engine/run-all.sh $(B)/sctconv

# The whole unit suite and the corpus conversion again under ASan+UBSan.
check-asan:
	@$(MAKE) --no-print-directory B=build/asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" all $(patsubst $(B)/%,build/asan/%,$(UNIT_BIN))
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		bash tests/run-unit.sh $(patsubst $(B)/%,build/asan/%,$(UNIT_BIN))
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		bash tests/corpus/convert-all.sh build/asan/sctconv

# Robustness (tests/hostile, tests/mutate, tests/fuzz, testdata/regress) and a valgrind run: all in check.
check-robust: all $(B)/tests/mutate
	@bash tests/hostile/run.sh $(B)/sctconv
	@bash tests/regress.sh $(B)/sctconv
	@nice $(B)/tests/mutate $(B)/sctconv testdata ../shared/corpus/mssql
	@$(MAKE) --no-print-directory check-valgrind
	@SCT_FUZZ_FRESH=1 $(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(CHECK_FUZZ_SECONDS)

$(B)/tests/mutate: tests/mutate/mutate.c $(B)/libsctconv.a
	@mkdir -p $(B)/tests
	$(CC) $(CFLAGS) $(INC) -o $@ $< $(B)/libsctconv.a $(LIBS)

check-valgrind: all
	@bash tests/hostile/valgrind.sh $(B)/sctconv

# libFuzzer targets (tests/fuzz/fuzz_*.c, clang): make fuzz FUZZ_SECONDS=N runs each N seconds.
FUZZ_SECONDS ?= 60
CHECK_FUZZ_SECONDS ?= 5
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_BIN := $(patsubst tests/fuzz/%.c,build/fuzz/bin/%,$(wildcard tests/fuzz/fuzz_*.c))
fuzz: fuzz-build
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS)
fuzz-build:
	@$(MAKE) --no-print-directory B=build/fuzz CC=clang OPT="-O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
		build/fuzz/libsctconv.a
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
build/fuzz/bin/%: tests/fuzz/%.c build/fuzz/libsctconv.a
	@mkdir -p $(dir $@)
	clang $(CSTD) $(WARN) -O1 -g -fsanitize=fuzzer $(FUZZ_SAN) -Iinclude -Isrc -Ibuild/fuzz/gen -o $@ $< \
		build/fuzz/libsctconv.a $(LIBS)

# Benchmark: optimised build in build/bench, synthetic inputs from tools/gen_tsql.c, MB/s and peak memory.
bench:
	@$(MAKE) --no-print-directory B=build/bench OPT="-O2 -DNDEBUG" build/bench/sctconv build/bench/tools/gen_tsql
	@bash tests/bench/bench.sh build/bench

.PHONY: check-robust check-valgrind fuzz fuzz-build

# Install (PREFIX, DESTDIR): the command, headers, both libraries, rules, man page, pkg-config file.
PREFIX     ?= /usr/local
bindir     ?= $(PREFIX)/bin
libdir     ?= $(PREFIX)/lib
includedir ?= $(PREFIX)/include
datadir    ?= $(PREFIX)/share
mandir     ?= $(datadir)/man
D          := $(DESTDIR)
install: all
	install -d $(D)$(bindir) $(D)$(libdir)/pkgconfig $(D)$(includedir)/sctconv $(D)$(datadir)/sctconv/rules \
		$(D)$(mandir)/man1
	install -m 755 $(B)/sctconv $(D)$(bindir)/sctconv
	install -m 644 include/sctconv.h $(D)$(includedir)/sctconv.h
	install -m 644 include/sctconv/*.h $(D)$(includedir)/sctconv/
	install -m 644 $(B)/libsctconv.a $(D)$(libdir)/libsctconv.a
	install -m 755 $(B)/libsctconv.so.$(VERSION) $(D)$(libdir)/libsctconv.so.$(VERSION)
	ln -sf libsctconv.so.$(VERSION) $(D)$(libdir)/$(SONAME)
	ln -sf $(SONAME) $(D)$(libdir)/libsctconv.so
	install -m 644 $(RULES) $(D)$(datadir)/sctconv/rules/
	install -m 644 man/sctconv.1 $(D)$(mandir)/man1/sctconv.1
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(libdir)|g' -e 's|@INCLUDEDIR@|$(includedir)|g' \
		-e 's|@DATADIR@|$(datadir)|g' -e 's|@VERSION@|$(VERSION)|g' sctconv.pc.in >$(D)$(libdir)/pkgconfig/sctconv.pc

uninstall:
	rm -f $(D)$(bindir)/sctconv $(D)$(includedir)/sctconv.h \
		$(addprefix $(D)$(includedir)/sctconv/,$(notdir $(wildcard include/sctconv/*.h)))
	rm -f $(addprefix $(D)$(libdir)/,libsctconv.a libsctconv.so.$(VERSION) $(SONAME) libsctconv.so pkgconfig/sctconv.pc)
	rm -f $(addprefix $(D)$(datadir)/sctconv/rules/,$(notdir $(RULES))) $(D)$(mandir)/man1/sctconv.1
	-rmdir $(D)$(includedir)/sctconv $(D)$(datadir)/sctconv/rules $(D)$(datadir)/sctconv 2>/dev/null

# examples/ built through pkg-config against a copy installed in $(B)/stage.
STAGE := $(abspath $(B)/stage)
examples:
	@rm -rf $(STAGE)
	@$(MAKE) --no-print-directory -s install PREFIX=$(STAGE) >/dev/null
	@$(MAKE) --no-print-directory -C examples PKG_CONFIG_PATH=$(STAGE)/lib/pkgconfig OUT=$(abspath $(B)/examples)

# The library as a library: exports, headers, man page, install/uninstall, examples, no global state.
check-lib: all $(B)/tests/locale_convert
	@bash tests/lib/run-all.sh $(B)

$(B)/tests/locale_convert: tests/lib/locale_convert.c $(B)/libsctconv.a
	@mkdir -p $(B)/tests
	$(CC) $(CFLAGS) $(INC) -o $@ $< $(B)/libsctconv.a $(LIBS)

# The thread test under ThreadSanitizer.
check-tsan:
	@$(MAKE) --no-print-directory -s B=build/tsan OPT="-O1 -g -fsanitize=thread" build/tsan/tests/test_threads
	@TSAN_OPTIONS="halt_on_error=1 exitcode=86" bash tests/run-unit.sh build/tsan/tests/test_threads

.PHONY: install uninstall examples check-lib check-tsan

# docs/report-codes.md is generated from src/report/codes.def (test_report_writers checks it is up to date)
docs: $(B)/sctconv
	$(B)/sctconv --list-codes > docs/report-codes.md

clean:
	rm -rf build
