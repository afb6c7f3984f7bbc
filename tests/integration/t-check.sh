#!/bin/sh
# `storywatch check` against a real server and a real repository: the
# acceptance of the watcher's spine.
. "$(dirname "$0")/lib.sh"
start_httpd

serve_demo 1 news/ferry.html
serve_demo 1 news/selected.html
cat > "$STORYWATCH_CONFIG" <<EOT
[ferry]
url = $BASE/news/ferry.html
notify = none

[selected]
url = $BASE/news/selected.html
select = .story-body
notify = none
EOT

out=$("$SW" check 2>&1); rc=$?
expect_eq "first pass exits 0" 0 $rc
expect_match "first snapshot reported" "^ferry: first snapshot, 12 sentences \([0-9a-f]{7}\)" "$out"
expect_eq "one commit for ferry" 1 "$(commits_of ferry)"
check "story.txt is committed" git -C "$STORYWATCH_REPO" cat-file -e HEAD:ferry/story.txt
check "meta.json is committed" git -C "$STORYWATCH_REPO" cat-file -e HEAD:ferry/meta.json
expect_eq "headline on the first line" "Bellhaven and Norvik Marine near deal on new ferry terminal" \
	"$(git -C "$STORYWATCH_REPO" show HEAD:ferry/story.txt | head -n 1)"
expect_eq "one sentence per line" "The port's board is expected to vote on it in April, after a final review of the engineering plans." \
	"$(git -C "$STORYWATCH_REPO" show HEAD:ferry/story.txt | sed -n '6p')"
expect_match "meta.json has the fetch" '"status": 200' "$(git -C "$STORYWATCH_REPO" show HEAD:ferry/meta.json)"
expect_match "meta.json has the ETag" '"etag": "\\"[0-9a-f]+\\""' "$(git -C "$STORYWATCH_REPO" show HEAD:ferry/meta.json)"
expect_eq "authored by storywatch" "storywatch <storywatch@localhost>" "$(git -C "$STORYWATCH_REPO" log -1 --format='%an <%ae>' -- ferry/)"

# nothing due right after: no fetch at all
before=$(wc -l < "$T/requests.log")
out=$("$SW" check 2>&1)
expect_match "nothing due" "nothing due" "$out"
expect_eq "no request when nothing is due" "$before" "$(wc -l < "$T/requests.log")"

# unchanged page, named: a conditional GET answered 304, no commit
out=$("$SW" check ferry 2>&1)
expect_match "304 reported" "^ferry: not modified$" "$out"
expect_match "If-None-Match was sent" "GET /news/ferry.html	\"[0-9a-f]+\"" "$(tail -n 1 "$T/requests.log")"
expect_eq "still one commit" 1 "$(commits_of ferry)"

# furniture-only change: fetched, no commit
serve_demo 2 news/ferry.html
out=$("$SW" check ferry 2>&1)
expect_match "furniture change is no change" "^ferry: unchanged$" "$out"
expect_eq "still one commit after furniture change" 1 "$(commits_of ferry)"

# a change outside select, in a page watched with select: no commit
sed 's|A spokesman for Norvik Marine declined|A spokesman for Norvik Marine declined|; s|<h2>Most Read</h2>|<h2>Most Read Today</h2><p>An entirely new paragraph of prose outside the story body, long enough to look like text.</p>|' \
	"$SW_TOP/demo/site/v1.html" > "$T/www/news/selected.html"
out=$("$SW" check selected 2>&1)
expect_match "change outside select is no change" "^selected: unchanged$" "$out"
expect_eq "selected has one commit" 1 "$(commits_of selected)"

# the story changed: a second commit, the change printed
serve_demo 3 news/ferry.html
out=$("$SW" check ferry 2>&1)
expect_match "change reported with significance" "^ferry: amount \\\$48 million → \\\$84 million; .* \[major\] \([0-9a-f]{7}\)$" "$out"
expect_match "changed words marked" "\[-a \\\$48-\]" "$out"
expect_eq "exactly two commits" 2 "$(commits_of ferry)"
expect_match "commit subject names the story and the change" "^ferry: .*\\\$84 million" \
	"$(git -C "$STORYWATCH_REPO" log -1 --format=%s -- ferry/)"
expect_match "git log -p shows the changed sentence" "^\+The Port of Bellhaven is expected to sign an \\\$84 million" \
	"$(git -C "$STORYWATCH_REPO" log -p -- ferry/)"
check "git fsck --strict" fsck_ok

# failing pages: each reported by name with its reason; the pass goes on
head_before=$(git -C "$STORYWATCH_REPO" rev-parse HEAD)
serve_demo 4 news/ferry.html
cat >> "$STORYWATCH_CONFIG" <<EOT

[five-hundred]
url = $BASE/_status/500

[hangs]
url = $BASE/_hang
timeout = 2s

[image]
url = $BASE/_image

[too-big]
url = $BASE/_big?3000000
maxsize = 1M

[to-file]
url = $BASE/_redirect?file:///etc/passwd

[to-ftp]
url = $BASE/_redirect?ftp://127.0.0.1/x
EOT
out=$("$SW" check five-hundred hangs image too-big to-file to-ftp ferry 2>&1); rc=$?
expect_eq "a pass with failures exits 0" 0 $rc
expect_match "500 reported" "^storywatch: five-hundred: failed: HTTP 500 .*\($BASE/_status/500\)" "$out"
expect_match "timeout reported" "^storywatch: hangs: failed: timed out after 2s" "$out"
expect_match "image reported" "^storywatch: image: failed: not a web page \(image/png\)" "$out"
expect_match "size cap reported" "^storywatch: too-big: failed: page larger than the 1024 KiB limit" "$out"
expect_match "file:// redirect refused" "^storywatch: to-file: failed: refused a URL that is not http or https" "$out"
expect_match "ftp:// redirect refused" "^storywatch: to-ftp: failed: refused a URL that is not http or https" "$out"
expect_match "the good page in the same pass is committed" "^ferry: correction notice added; headline now" "$out"
expect_eq "only ferry moved HEAD" "$head_before" "$(git -C "$STORYWATCH_REPO" rev-parse HEAD~1)"
for name in five-hundred hangs image too-big to-file to-ftp; do
	expect_eq "nothing committed for $name" 0 "$(commits_of $name)"
done
check "git fsck --strict after failures" fsck_ok
"$SW" check no-such-watch >/dev/null 2>&1; expect_eq "an unknown name exits 2" 2 $?

# furniture learned per site: a standing appeal inside three different
# articles of one site is left out of their stories from the third on (the
# pages are extracted in parallel: which one is third is not known)
for n in 1 2 3; do
	printf '<html><head><title>Story %s of the site</title></head><body><article><h1>Story %s of the site</h1><p>Story number %s opens with a sentence of its own, long enough to be prose.</p><p>Support our journalism: become a member of the Ledger today.</p><p>It goes on with another sentence of its own, numbered %s, and then it ends.</p></article></body></html>' $n $n $n $n > "$T/www/news/site-$n.html"
	printf '\n[site-%s]\nurl = %s/news/site-%s.html\nnotify = none\n' $n "$BASE" $n >> "$STORYWATCH_CONFIG"
done
"$SW" check site-1 site-2 site-3 >/dev/null 2>&1
expect_eq "the first two pages keep the appeal (not yet known), the third leaves it out" 2 \
	"$(git -C "$STORYWATCH_REPO" grep -l "Support our journalism" HEAD -- 'site-*/story.txt' | wc -l)"
for n in 1 2 3; do
	check "page $n keeps its own text" git -C "$STORYWATCH_REPO" grep -q "numbered $n" HEAD -- site-$n/story.txt
done
