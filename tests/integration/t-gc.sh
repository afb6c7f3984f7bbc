#!/bin/sh
# storywatch gc: the packs every pass writes are packed into one by git
# under storywatch's lock, with delta chains of ten at most; the
# commit-graph is written, and nothing is lost.
. "$(dirname "$0")/lib.sh"
command -v git >/dev/null 2>&1 || { skip "git not installed"; exit 0; }
start_httpd
cat > "$STORYWATCH_CONFIG" <<EOT
[ferry]
url = $BASE/news/ferry.html
notify = none
EOT
for v in 1 2 3 4; do
	serve_demo $v news/ferry.html
	"$SW" check ferry >/dev/null 2>&1
done
before=$("$SW" log ferry)
versions=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ferry/)
packs() { git -C "$STORYWATCH_REPO" count-objects -v | sed -n 's/^packs: //p'; }
expect_eq "each pass writes its versions as a pack, nothing loose" "0 $versions" \
	"$(git -C "$STORYWATCH_REPO" count-objects | cut -d' ' -f1) $(packs)"
check "storywatch gc succeeds" "$SW" gc
expect_eq "one pack left, nothing loose" "0 1" \
	"$(git -C "$STORYWATCH_REPO" count-objects | cut -d' ' -f1) $(packs)"
check "a commit-graph written" test -f "$STORYWATCH_REPO/objects/info/commit-graph"
# the bits per path of its changed-path filters, from its BDAT chunk: the
# chunk table follows the 8-byte header, 12 bytes an entry (id, offset)
bloom_bits() {
	n=$(od -An -tu1 -j6 -N1 "$1" | tr -d ' ')
	i=0
	while [ $i -lt "$n" ]; do
		at=$((8 + 12 * i))
		if [ "$(dd if="$1" bs=1 skip=$at count=4 2>/dev/null)" = "BDAT" ]; then
			off=$(od -An -tu1 -j$((at + 4)) -N8 "$1" |
				awk '{ v = 0; for (k = 1; k <= NF; k++) v = v * 256 + $k; print v }')
			od -An -tu1 -j$((off + 8)) -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'
			return
		fi
		i=$((i + 1))
	done
	echo none
}
expect_eq "changed-path filters of 32 bits per path (git's own 10 let one folder lookup in thirty through)" \
	32 "$(bloom_bits "$STORYWATCH_REPO/objects/info/commit-graph")"
expect_eq "the history is the same" "$before" "$("$SW" log ferry)"
check "git fsck --strict" fsck_ok
serve_demo 5 news/ferry.html
out=$("$SW" check ferry 2>&1)
expect_match "and storywatch goes on committing" "^ferry: " "$out"
expect_eq "one version more" $((versions + 1)) "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ferry/)"
# a story of many versions: git's own gc chains deltas up to 50 deep, and
# reading an object undoes its chain; storywatch gc stops chains at 10
cat >> "$STORYWATCH_CONFIG" <<EOT

[diary]
url = $BASE/news/diary.html
notify = none
EOT
# versions of one size, each one count away from the last: git chains
# such objects one on the next
v=1
while [ $v -le 24 ]; do
	body=""
	k=1
	while [ $k -le 24 ]; do
		n=$((k <= v ? 500 + k : 100 + k))
		body="$body<p>Entry $k of the harbor diary: the ferry crossed at dawn, the crew counted $n passengers, and the weather held.</p>"
		k=$((k + 1))
	done
	printf '<html><head><title>Harbor diary</title></head><body><article><h1>Harbor diary</h1>%s</article></body></html>\n' \
		"$body" > "$T/www/news/diary.html"
	"$SW" check diary >/dev/null 2>&1
	v=$((v + 1))
done
expect_eq "24 versions of the diary" 24 "$(commits_of diary)"
check "storywatch gc over them" "$SW" gc
chains=$(git -C "$STORYWATCH_REPO" verify-pack -v "$STORYWATCH_REPO"/objects/pack/*.idx |
	sed -n 's/^chain length = \([0-9]*\):.*/\1/p' | sort -n | tail -1)
expect_match "their deltas chained, no chain longer than 10 (git's own gc made one of 20)" \
	"^([2-9]|10)$" "$chains"
out=$(PATH=/nonexistent "$SW" gc 2>&1); rc=$?
[ $rc -ne 0 ] && ok "without git: an error" || notok "gc without git exits 0"
expect_match "that says what is missing" "^storywatch: gc: the git command is not installed" "$out"
