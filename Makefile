# minipy: `make` builds build/minipy; `make test` builds the sanitized
# variant and runs every test; `make deps` installs what the build needs.
#
# BUILD picks the output folder, so that several builds can run side by
# side (make BUILD=build-x test).

BUILD   ?= build
CC      ?= gcc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Wno-unused-parameter -Werror=implicit-function-declaration
CPPFLAGS := -Iinclude -I$(BUILD)/gen -D_GNU_SOURCE
STD     := -std=gnu11
LDLIBS  := -lgmp -lm -lpthread -ledit -lsqlite3

# The sanitized variant: ASan and UBSan, and the debug counters (live
# objects at exit) behind MP_DEBUG.
SANFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=undefined -DMP_DEBUG
ASAN     := $(BUILD)/asan

SRC      := $(sort $(wildcard src/*.c src/*/*.c))
LIB_SRC  := $(filter-out src/main.c,$(SRC))
GEN_SRC  := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c $(BUILD)/gen/embedded_lib.c \
            $(BUILD)/gen/trace_viewer.c
LIB_PY   := $(shell find lib -name '*.py' 2>/dev/null)
VIEWER   := $(wildcard tools/trace_viewer/*)
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))

OBJ      := $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRC)) \
            $(BUILD)/obj/gen/lexer.o $(BUILD)/obj/gen/parser.o $(BUILD)/obj/gen/embedded_lib.o \
            $(BUILD)/obj/gen/trace_viewer.o
ASAN_OBJ := $(patsubst %.c,$(ASAN)/obj/%.o,$(LIB_SRC)) \
            $(ASAN)/obj/gen/lexer.o $(ASAN)/obj/gen/parser.o $(ASAN)/obj/gen/embedded_lib.o \
            $(ASAN)/obj/gen/trace_viewer.o

.PHONY: all asan notrace test unit-test deps clean bench bench-trace
.DELETE_ON_ERROR:

all: $(BUILD)/minipy $(BUILD)/minipy-trace

# ---- generated front end ------------------------------------------------

# lemon writes parser.c, parser.h and parser.out beside each other; the
# build fails on any parsing conflict.
$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h &: grammar/parser.y
	@mkdir -p $(BUILD)/gen
	cp grammar/parser.y $(BUILD)/gen/parser.y
	cd $(BUILD)/gen && lemon -s parser.y > lemon.log 2>&1; \
	  status=$$?; cat lemon.log; \
	  if grep -q 'parsing conflict' lemon.log; then \
	    echo 'error: lemon reports parsing conflicts (see $(BUILD)/gen/parser.out)'; \
	    rm -f parser.c parser.h; exit 1; fi; \
	  exit $$status

# Unicode property and name tables, from CPython's own unicodedata (and
# the name aliases it accepts, kept in tools/).
$(BUILD)/gen/unicode_db.h: tools/gen_unicode.py tools/unicode_name_aliases.txt \
                          tools/unicode_named_sequences.txt
	@mkdir -p $(BUILD)/gen
	python3 tools/gen_unicode.py > $@

# The Python library, embedded in the binary.
$(BUILD)/gen/embedded_lib.c: tools/embed_lib.py $(LIB_PY)
	@mkdir -p $(BUILD)/gen lib
	python3 tools/embed_lib.py lib $@

# The page of --trace=html (HTML, CSS and JavaScript), embedded in the binary.
$(BUILD)/gen/trace_viewer.c: tools/embed_viewer.py $(VIEWER)
	@mkdir -p $(BUILD)/gen
	python3 tools/embed_viewer.py tools/trace_viewer $@

$(BUILD)/gen/lexer.c: grammar/lexer.re
	@mkdir -p $(BUILD)/gen
	re2c -W -Werror --no-generation-date -8 --input-encoding utf8 -o $@ $<

# ---- objects ------------------------------------------------------------

DEPFLAGS = -MMD -MP

$(BUILD)/obj/%.o: %.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CFLAGS) $(WARN) $(CPPFLAGS) $(DEPFLAGS) -c $< -o $@

# The grammar's actions include src/parse/parse_internal.h.  In the
# generated code, -Wno-unused-variable is for lemon's template (lempar.c):
# its yy_destructor fetches the %extra_argument even when no destructor
# uses it.
GEN_CPPFLAGS = $(CPPFLAGS) -Isrc/parse

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CFLAGS) $(WARN) -Wno-unused-variable $(GEN_CPPFLAGS) $(DEPFLAGS) -c $< -o $@

$(ASAN)/obj/%.o: %.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(SANFLAGS) $(WARN) $(CPPFLAGS) $(DEPFLAGS) -c $< -o $@

$(ASAN)/obj/gen/%.o: $(BUILD)/gen/%.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(SANFLAGS) $(WARN) -Wno-unused-variable $(GEN_CPPFLAGS) $(DEPFLAGS) -c $< -o $@

# The binaries link against archives of everything else, so that each
# pulls in only the objects it reaches.
$(BUILD)/libminipy.a: $(OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/minipy: $(BUILD)/obj/src/main.o $(BUILD)/libminipy.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(ASAN)/minipy: $(ASAN)/obj/src/main.o $(ASAN)/libminipy.a
	$(CC) $(SANFLAGS) -o $@ $^ $(LDLIBS)

asan: $(ASAN)/minipy $(ASAN)/minipy-trace

# minipy-trace: the same sources with the test of mp_trace_refcounts in
# every reference-count change (-DMP_TRACE_REFCOUNTS), which --trace shows
# and plain minipy leaves out; minipy execs it (beside itself) for
# --trace.  One for the optimised build, one for the sanitized.
TRACED_OBJ      := $(patsubst $(BUILD)/obj/%,$(BUILD)/traced/obj/%,$(OBJ))
ASAN_TRACED_OBJ := $(patsubst $(ASAN)/obj/%,$(ASAN)/traced/obj/%,$(ASAN_OBJ))

$(BUILD)/traced/obj/%.o: %.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CFLAGS) -DMP_TRACE_REFCOUNTS $(WARN) $(CPPFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/traced/obj/gen/%.o: $(BUILD)/gen/%.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CFLAGS) -DMP_TRACE_REFCOUNTS $(WARN) -Wno-unused-variable $(GEN_CPPFLAGS) $(DEPFLAGS) -c $< -o $@

$(ASAN)/traced/obj/%.o: %.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(SANFLAGS) -DMP_TRACE_REFCOUNTS $(WARN) $(CPPFLAGS) $(DEPFLAGS) -c $< -o $@

$(ASAN)/traced/obj/gen/%.o: $(BUILD)/gen/%.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(SANFLAGS) -DMP_TRACE_REFCOUNTS $(WARN) -Wno-unused-variable $(GEN_CPPFLAGS) $(DEPFLAGS) -c $< -o $@

$(BUILD)/traced/libminipy.a: $(TRACED_OBJ)
	rm -f $@
	ar rcs $@ $^

$(ASAN)/traced/libminipy.a: $(ASAN_TRACED_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/minipy-trace: $(BUILD)/traced/obj/src/main.o $(BUILD)/traced/libminipy.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(ASAN)/minipy-trace: $(ASAN)/traced/obj/src/main.o $(ASAN)/traced/libminipy.a
	$(CC) $(SANFLAGS) -o $@ $^ $(LDLIBS)

# The build without the tracers (-DMP_NO_TRACE): the tests of the tracing
# flags on the hot paths (counts, allocations, the eval loop) compile away,
# and --trace, sys.settrace and tracemalloc refuse to start.  Optimised as
# $(BUILD)/minipy: the baseline make bench-trace measures tracing against.
NOTRACE     := $(BUILD)/notrace
NOTRACE_OBJ := $(patsubst $(BUILD)/obj/%,$(NOTRACE)/obj/%,$(OBJ))

$(NOTRACE)/obj/%.o: %.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CFLAGS) -DMP_NO_TRACE $(WARN) $(CPPFLAGS) $(DEPFLAGS) -c $< -o $@

$(NOTRACE)/obj/gen/%.o: $(BUILD)/gen/%.c | $(BUILD)/gen/parser.h $(BUILD)/gen/unicode_db.h
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(CFLAGS) -DMP_NO_TRACE $(WARN) -Wno-unused-variable $(GEN_CPPFLAGS) $(DEPFLAGS) -c $< -o $@

# The eval loop's computed gotos: GCC's global CSE and cross-jumping merge
# the dispatch jumps that end each instruction into a few shared ones,
# which predict badly, and how many it merges turns on any edit of the
# loop (the build with tracing and the one without differed by 20% on
# bench int_loop).  GCC's manual advises -fno-gcse for computed gotos.
$(BUILD)/obj/src/vm/eval.o $(NOTRACE)/obj/src/vm/eval.o $(BUILD)/traced/obj/src/vm/eval.o: CFLAGS += -fno-gcse -fno-crossjumping

$(NOTRACE)/libminipy.a: $(NOTRACE_OBJ)
	rm -f $@
	ar rcs $@ $^

$(NOTRACE)/minipy: $(NOTRACE)/obj/src/main.o $(NOTRACE)/libminipy.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

notrace: $(NOTRACE)/minipy

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# ---- tests ----------------------------------------------------------------

# One Criterion binary per tests/unit/test_X.c, so each can be built and
# run alone: make build/asan/unit/test_lexer && build/asan/unit/test_lexer
UNIT_BIN := $(patsubst tests/unit/%.c,$(ASAN)/unit/%,$(UNIT_SRC))

$(ASAN)/libminipy.a: $(ASAN_OBJ)
	rm -f $@
	ar rcs $@ $^

$(ASAN)/unit/%: tests/unit/%.c $(ASAN)/libminipy.a
	@mkdir -p $(dir $@)
	$(CC) $(STD) $(SANFLAGS) $(WARN) $(CPPFLAGS) -o $@ $< $(ASAN)/libminipy.a -lcriterion $(LDLIBS)

unit-test: $(UNIT_BIN)
	@failed=""; for t in $(UNIT_BIN); do echo "== $$t"; \
	  ASAN_OPTIONS=detect_leaks=1 $$t --jobs 2 || failed="$$failed $$t"; done; \
	if [ -n "$$failed" ]; then echo "unit tests failed:$$failed"; exit 1; fi

# Everything under the sanitizers: the C unit tests, the programs checked
# against CPython's recorded behaviour, the disassembly of every test
# program, and inputs built to break the front end.
test: $(ASAN)/minipy $(ASAN)/minipy-trace $(BUILD)/minipy $(BUILD)/minipy-trace unit-test
	tests/run.sh $(ASAN)/minipy
	tests/dis/run.sh $(ASAN)/minipy
	tests/bad_input.sh $(ASAN)/minipy
	tests/cli/run.sh $(ASAN)/minipy
	tests/trace/run.sh $(ASAN)/minipy
	tests/trace_json/run.sh $(ASAN)/minipy
	tests/html/run.sh $(ASAN)/minipy
	tests/repl/run.sh $(ASAN)/minipy

# ---- benchmarks -------------------------------------------------------------

# The programs in bench/ under the optimised build and python3, side by
# side (bench/run.py): make bench BENCH_ARGS="--runs 3 float strings"
bench: $(BUILD)/minipy
	python3 bench/run.py --minipy $(BUILD)/minipy $(BENCH_ARGS)

# What tracing costs (bench/trace_cost.py): the benchmarks under
# $(BUILD)/minipy against the build without the tracer, and the rate at
# which --trace writes instruction lines to a file.
bench-trace: $(BUILD)/minipy $(BUILD)/minipy-trace $(NOTRACE)/minipy
	python3 bench/trace_cost.py --minipy $(BUILD)/minipy --notrace $(NOTRACE)/minipy $(BENCH_ARGS)

# ---- set-up ---------------------------------------------------------------

# chromium: tests/html opens the page of --trace=html in it, headless.
# libsqlite3-dev: the SQLite library that src/modules/_sqlite3.c wraps.
DEB_PACKAGES := gcc make re2c lemon libcriterion-dev libgmp-dev libedit-dev chromium \
                libsqlite3-dev

# python3 (CPython 3.11) generates the Unicode tables at build time; any
# python3 already on the PATH will do, else Debian's is installed.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v python3 >/dev/null || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

clean:
	rm -rf $(BUILD)
