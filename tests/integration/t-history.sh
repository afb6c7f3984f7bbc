#!/bin/sh
# Reading the history: storywatch log and diff, and the same history seen by
# the git command.
. "$(dirname "$0")/lib.sh"
start_httpd
cat > "$STORYWATCH_CONFIG" <<EOT
[ferry]
url = $BASE/news/ferry.html
notify = none
EOT
for v in 1 3 4 5; do
	serve_demo $v news/ferry.html
	"$SW" check ferry >/dev/null 2>&1
done

out=$("$SW" log ferry)
expect_eq "log lists four versions" 4 "$(printf '%s\n' "$out" | wc -l)"
expect_match "newest first, with the summary" "^[0-9a-f]{7} [0-9-]{10} [0-9:]{5} ferry: cosmetic edits only$" "$(printf '%s\n' "$out" | head -n 1)"
expect_match "oldest is the first snapshot" "ferry: first snapshot" "$(printf '%s\n' "$out" | tail -n 1)"
expect_eq "log -n 2" 2 "$("$SW" log -n 2 ferry | wc -l)"
expect_eq "log without a name lists every commit" 4 "$("$SW" log | wc -l)"
expect_match "log --json" '^\{"story":"ferry","commit":"[0-9a-f]{40}","date":"[0-9TZ:+-]+","subject":"ferry: cosmetic edits only","significance":"cosmetic"\}$' "$("$SW" log --json -n 1 ferry)"
expect_eq "log --significance major: the first snapshot and two major changes" 3 "$("$SW" log --significance major ferry | wc -l)"
expect_eq "log --significance cosmetic: all four" 4 "$("$SW" log --significance cosmetic ferry | wc -l)"
expect_eq "log --since today: all four" 4 "$("$SW" log --since "$(date +%Y-%m-%d)" ferry | wc -l)"
expect_eq "log --since 1h: all four" 4 "$("$SW" log --since 1h ferry | wc -l)"
expect_eq "log --since tomorrow: none" 0 "$("$SW" log --since "$(date -d tomorrow +%Y-%m-%d)" ferry | wc -l)"
expect_eq "log --significance major -n 1" 1 "$("$SW" log --significance major -n 1 ferry | wc -l)"
"$SW" log --since yesterdayish ferry >/dev/null 2>&1; expect_eq "a bad --since exits 2" 2 $?
"$SW" log --significance huge ferry >/dev/null 2>&1; expect_eq "a bad --significance exits 2" 2 $?
"$SW" log nosuch >/dev/null 2>&1; expect_eq "log of an unknown story exits 2" 2 $?

out=$("$SW" diff ferry --no-color)
expect_match "diff NAME: the last two versions" "^cosmetic edits only \[cosmetic\]$" "$(printf '%s\n' "$out" | head -n 1)"
expect_match "diff marks the changed words" "harbor-master" "$out"
out=$("$SW" diff --no-color ferry HEAD~3 HEAD~2)
expect_match "diff NAME REV REV" "\\\$48 million.*\\\$84 million" "$out"
out=$("$SW" diff --no-color ferry HEAD~3)
expect_match "diff NAME REV: that version against the latest" "headline now" "$out"
out=$("$SW" diff --json ferry HEAD~2 HEAD~1)
expect_match "diff --json: significance" '"significance": "major"' "$out"
expect_match "diff --json: a headline change" '"kind": "headline"' "$out"
expect_match "diff --json: a correction" '"kind": "correction"' "$out"
expect_match "diff --json: stats" '"sentences_added": [0-9]+' "$out"
"$SW" diff ferry nosuchrev >/dev/null 2>&1; expect_eq "a bad revision exits 2" 2 $?
out=$("$SW" diff ferry | head -c 200)
expect_no_match "no colour when piped" "$(printf '\033')" "$out"

# diff of two files, HTML or text
"$SW" extract "$SW_TOP/demo/site/v3.html" > "$T/v3.txt"
out=$("$SW" diff --no-color "$SW_TOP/demo/site/v1.html" "$T/v3.txt")
expect_match "diff OLD NEW on files" "amount \\\$48 million → \\\$84 million" "$out"

# the same history through git
expect_eq "git log -- NAME/ shows every version" 4 "$(git -C "$STORYWATCH_REPO" log --oneline -- ferry/ | wc -l)"
expect_match "git blame works on story.txt" "^[0-9a-f^]+ .*Norvik Marine said in a statement" "$(git -C "$STORYWATCH_REPO" blame HEAD -- ferry/story.txt)"
expect_match "commit trailers for git log --grep" "Fact-Changed: headline" "$(git -C "$STORYWATCH_REPO" log --grep='Fact-Changed: headline' --format=%B)"
check "git fsck --strict" fsck_ok

# extract
out=$("$SW" extract --json "$SW_TOP/demo/site/v4.html")
expect_match "extract --json title" '"title": "Bellhaven ferry terminal talks end with no deal"' "$out"
expect_match "extract --json byline" '"byline": "Dana Whitlock"' "$out"
expect_match "extract --json published" '"published": "2026-03-03T08:15:00-05:00"' "$out"
expect_match "extract --json modified" '"modified": "2026-03-18T19:05:00-05:00"' "$out"
expect_no_match "extract --json body has no headline" '"body": "Bellhaven ferry' "$out"
out=$("$SW" extract "$BASE/news/ferry.html")
expect_match "extract URL" "^Bellhaven ferry terminal talks end with no deal$" "$(printf '%s\n' "$out" | head -n 1)"
out=$(printf '' | "$SW" extract - 2>&1); rc=$?
expect_eq "extract of nothing exits 0" 0 $rc
expect_match "with a warning" "warning: no story text found" "$out"
"$SW" extract /no/such/file >/dev/null 2>&1; expect_eq "extract of a missing file exits 2" 2 $?

# the changes as an Atom feed: valid XML, one entry per version
"$SW" feed -o "$T/all.xml"; rc=$?
expect_eq "feed -o FILE exits 0" 0 $rc
expect_eq "an entry per version" 4 "$(grep -c '<entry>' "$T/all.xml")"
feed=$("$SW" feed --story ferry -n 2)
expect_eq "--story and -n" 2 "$(printf '%s\n' "$feed" | grep -c '<entry>')"
expect_match "the entry's title is the change" "<title>ferry: cosmetic edits only</title>" "$feed"
expect_match "a link to the page" "<link rel=\"alternate\" href=\"$BASE/news/ferry.html\"/>" "$feed"
expect_match "the content holds the marked sentences, escaped" "harbor-master" "$feed"
expect_match "the significance as category" '<category term="cosmetic"/>' "$feed"
"$SW" feed --story nosuch >/dev/null 2>&1; expect_eq "an unknown story exits 2" 2 $?
