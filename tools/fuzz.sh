#!/bin/sh
# make fuzz: build each libFuzzer target against the coverage build of the
# library, run it for SECONDS on a copy of its kept corpus, then merge what
# it found back into tests/fuzz/corpus/<target> (minimised). A crash stops
# here with the input saved under build/fuzz/.
set -eu
build=$1
seconds=$2
shift 2
top=$(cd "$(dirname "$0")/.." && pwd)
pkgs="glib-2.0 gio-2.0 gio-unix-2.0 libcurl libxml-2.0 libgit2 libnotify jansson yaml-0.1 sqlite3"
cflags="-g -O1 -Iinclude -Itests/fuzz -D_GNU_SOURCE -DSW_VERSION=\"fuzz\" $(pkg-config --cflags $pkgs)"
libs="$(pkg-config --libs $pkgs) -lm"
total=0
for t in "$@"; do
	bin="$build/fuzz-$t"
	work="$build/work/$t"
	corpus="$top/tests/fuzz/corpus/$t"
	clang $cflags -fsanitize=fuzzer,address,undefined -o "$bin" "tests/fuzz/fuzz-$t.c" \
		"$build/libstorywatch.a" $libs
	rm -rf "$work" && mkdir -p "$work" "$corpus"
	cp "$corpus"/* "$work"/ 2>/dev/null || true
	log="$build/fuzz-$t.log"
	if ! "$bin" "$work" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
		-rss_limit_mb=2048 -artifact_prefix="$build/crash-$t-" >"$log" 2>&1; then
		tail -n 30 "$log"
		echo "fuzz: $t: crash, input saved as $build/crash-$t-*"
		exit 1
	fi
	runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log")
	total=$((total + ${runs:-0}))
	rm -rf "$corpus.new" && mkdir -p "$corpus.new"
	"$bin" -merge=1 "$corpus.new" "$work" >/dev/null 2>&1
	rm -rf "$corpus" && mv "$corpus.new" "$corpus"
	echo "fuzz: $t: ${runs:-0} runs in ${seconds}s, corpus $(ls "$corpus" | wc -l) inputs"
done
echo "fuzz: $total runs in all"
