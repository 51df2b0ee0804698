# sctconv - build, test and benchmark. Everything generated goes to build/.
CC      ?= gcc
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
WARN    := -Wall -Wextra -Werror
OPT     ?= -O2 -g
CFLAGS  ?=
CFLAGS  += $(CSTD) $(WARN) $(OPT) -fPIC
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

.PHONY: all clean check unit check-asan engine corpus bench
.SECONDARY:

all: $(B)/sctconv

$(B)/sctconv: $(CLI_OBJ) $(B)/libsctconv.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(B)/libsctconv.a $(LIBS)

$(B)/libsctconv.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $(LIB_OBJ)

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
	$(CC) $(CFLAGS) $(INC) -Wno-unused-function -Wno-unused-but-set-variable -c -o $@ $<

$(B)/obj/%.o: %.c $(GEN_H) $(wildcard include/*.h include/sctconv/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(INC) -MMD -MP -c -o $@ $<

-include $(wildcard $(B)/obj/src/*/*.d $(B)/obj/src/*/*/*.d)

# small developer tools (tools/NAME.c linked against the library): make build/tools/NAME
$(B)/tools/%: tools/%.c $(B)/libsctconv.a
	@mkdir -p $(B)/tools
	$(CC) $(CFLAGS) $(INC) -o $@ $< $(B)/libsctconv.a $(LIBS)

# tests
$(B)/tests/%: tests/unit/%.c $(B)/libsctconv.a
	@mkdir -p $(B)/tests
	$(CC) $(CFLAGS) $(INC) -Itests/unit -o $@ $< $(B)/libsctconv.a -lcmocka $(LIBS)

unit: $(UNIT_BIN)
	@bash tests/run-unit.sh $(UNIT_BIN)

check: all unit
	@$(MAKE) --no-print-directory check-asan
	@bash tests/engine/run-all.sh $(B)/sctconv

# The whole unit suite and the corpus conversion again under ASan+UBSan.
check-asan:
	@$(MAKE) --no-print-directory B=build/asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" all $(patsubst $(B)/%,build/asan/%,$(UNIT_BIN))
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		bash tests/run-unit.sh $(patsubst $(B)/%,build/asan/%,$(UNIT_BIN))
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		bash tests/corpus/convert-all.sh build/asan/sctconv

clean:
	rm -rf build
