#!/bin/sh
# Run every test against one build (build/ or build/asan/): the cmocka unit
# binaries, then the integration scripts. Prints one line per test program
# and a total; skipped tests are counted and named, never passed silently.
# Exit status is non-zero when anything failed.
set -u
build=${1:?usage: run-tests.sh BUILD_DIR}
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)

# tests never touch the user's config, data, desktop or git identity
scratch=$(mktemp -d "${TMPDIR:-/tmp}/sw-check-XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/run" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY STORYWATCH_CONFIG STORYWATCH_REPO
export G_SLICE=always-malloc G_DEBUG=gc-friendly LC_ALL=C.UTF-8
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"
# every test page lives on 127.0.0.1: no gap between requests to it, but
# where a test sets its own (t-polite)
export STORYWATCH_HOST_GAP=0
export SW="$build/storywatch" HTTPD="$build/tests/sw-httpd" SW_TOP="$top"

# a test that hangs fails after this long instead of stalling the run (the
# slowest, under ASan, takes about a minute)
limit=${SW_TEST_TIMEOUT:-300}
timed() {
	timeout -k 10 "$limit" "$@"
	rc=$?
	[ $rc -eq 124 ] && echo "timed out after ${limit} s"
	return $rc
}

pass=0 fail=0 skip=0 failed= skipped=
for t in "$build"/tests/test-*; do
	name=$(basename "$t")
	out=$(timed "$t" 2>&1)
	rc=$?
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p')
	s=$(printf '%s\n' "$out" | sed -n 's/^\[  SKIPPED \] \([0-9]*\) test.*/\1/p')
	pass=$((pass + ${p:-0}))
	skip=$((skip + ${s:-0}))
	if [ $rc -ne 0 ]; then
		fail=$((fail + 1))
		failed="$failed $name"
		printf '%s\n' "$out" | grep -v '^\[ *\(RUN\|OK\) *\]' | tail -40
		echo "FAIL $name (exit $rc)"
	else
		[ -n "$s" ] && skipped="$skipped $name($(printf '%s\n' "$out" | sed -n 's/^\[  SKIPPED \] \(test_[a-z0-9_]*\)$/\1/p' | sort -u | tr '\n' ' '))"
		echo "ok   $name: ${p:-0} passed${s:+, $s skipped}"
	fi
done

for t in "$top"/tests/integration/t-*.sh; do
	name=$(basename "$t" .sh)
	out=$(timed sh "$t" 2>&1)
	rc=$?
	p=$(printf '%s\n' "$out" | grep -c '^ok ')
	s=$(printf '%s\n' "$out" | grep -c '^skip ')
	pass=$((pass + p))
	skip=$((skip + s))
	if [ $rc -ne 0 ] || printf '%s\n' "$out" | grep -q '^not ok'; then
		fail=$((fail + 1))
		failed="$failed $name"
		printf '%s\n' "$out" | tail -40
		echo "FAIL $name (exit $rc)"
	else
		[ "$s" -gt 0 ] && skipped="$skipped $name($(printf '%s\n' "$out" | sed -n 's/^skip //p' | tr '\n' ';'))"
		echo "ok   $name: $p passed${s:+, $s skipped}" | sed 's/, 0 skipped//'
	fi
done

echo "== $(basename "$build"): $pass passed, $skip skipped, $fail failed"
[ -n "$skipped" ] && echo "   skipped:$skipped"
[ -n "$failed" ] && { echo "   failed:$failed"; exit 1; }
exit 0
