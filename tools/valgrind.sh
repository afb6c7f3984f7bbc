#!/bin/sh
# make valgrind: the integration tests with storywatch under valgrind's
# memcheck (PCRE2's JIT off: valgrind cannot follow JIT-compiled code).
# Prints each script's result and valgrind's error count; exits non-zero
# when valgrind reported anything or a test failed.
set -u
build=$(cd "${1:-build}" && pwd)
shift
top=$(cd "$(dirname "$0")/.." && pwd)
command -v valgrind >/dev/null 2>&1 || { echo "valgrind: not installed (apt-get install valgrind)"; exit 1; }
vg=$(mktemp -d "${TMPDIR:-/tmp}/sw-valgrind-XXXXXX")
trap 'rm -rf "$vg"' EXIT INT TERM
cat > "$vg/storywatch" <<EOT
#!/bin/sh
exec valgrind -q --error-exitcode=99 --log-file=$vg/log.%p "$build/storywatch" "\$@"
EOT
chmod +x "$vg/storywatch"
export SW="$vg/storywatch" HTTPD="$build/tests/sw-httpd" SW_TOP="$top" STORYWATCH_HOST_GAP=0 STORYWATCH_NO_JIT=1
export HOME="$vg/home" XDG_CONFIG_HOME="$vg/config" XDG_DATA_HOME="$vg/data"
mkdir -p "$HOME"
failed=0
for t in "$@"; do
	out=$(sh "$top/tests/integration/$t.sh" 2>&1)
	bad=$(printf '%s\n' "$out" | grep -c '^not ok')
	echo "$t: $(printf '%s\n' "$out" | grep -c '^ok') ok, $bad not ok"
	[ "$bad" -eq 0 ] || failed=1
done
errors=$(cat "$vg"/log.* 2>/dev/null | grep -c '^==[0-9]*== [A-Z]')
echo "valgrind: $(ls "$vg"/log.* 2>/dev/null | wc -l) runs of storywatch, $errors reports"
[ "$errors" -eq 0 ] || { cat "$vg"/log.* | head -60; failed=1; }
exit $failed
