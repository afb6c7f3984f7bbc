#!/bin/sh
# storywatch extract on bad input: a story or a clear warning, exit 0 for
# an empty story, never a crash.
. "$(dirname "$0")/lib.sh"

: > "$T/empty.html"
head -c 200000 /dev/urandom > "$T/binary.html"
printf '<html><body><p>Caf\351 \377\376 na\303ve \200 text that is not valid UTF-8 at all, in a paragraph long enough.</p></body></html>' > "$T/invalid.html"
printf '<html><head><title>Menu only</title></head><body><nav><a href="/">Home</a><a href="/a">About</a></nav></body></html>' > "$T/noarticle.html"
{ printf '<html><body>'; i=0; while [ $i -lt 50000 ]; do printf '<div>'; i=$((i + 1)); done; printf '<p>Deep down, a sentence.</p></body></html>'; } > "$T/nested.html"
{ printf '<html><body><p>'; head -c 10485760 /dev/zero | tr '\0' 'a'; printf '</p></body></html>'; } > "$T/longline.html"
printf 'a\0b\0<p>NUL bytes \0 inside a paragraph of text that goes on.</p>' > "$T/nul.html"

for f in empty binary invalid noarticle nested longline nul; do
	out=$("$SW" extract "$T/$f.html" 2>"$T/err"); rc=$?
	expect_eq "$f: exit 0" 0 $rc
	if [ -s "$T/err" ]; then
		expect_match "$f: the warning is one clear line" "^storywatch: warning: no story text found in .*$f.html$" "$(cat "$T/err")"
	fi
	if [ -z "$(printf '%s' "$out" | tr -d '\n')" ] && [ ! -s "$T/err" ]; then
		notok "$f: an empty story must come with a warning"
	fi
	"$SW" extract --json "$T/$f.html" >/dev/null 2>&1
	expect_eq "$f: --json exits 0" 0 $?
done
expect_match "invalid UTF-8 becomes text" "Caf.* text that is not valid UTF-8" "$("$SW" extract "$T/invalid.html" 2>/dev/null)"
expect_match "NUL bytes are dropped" "NUL bytes inside a paragraph" "$("$SW" extract "$T/nul.html" 2>/dev/null)"
expect_match "the headline of a page without story" "^Menu only$" "$("$SW" extract "$T/noarticle.html" 2>/dev/null | head -n 1)"
