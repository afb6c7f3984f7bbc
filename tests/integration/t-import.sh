#!/bin/sh
# A way in from urlwatch and out to it: storywatch import urlwatch adds the
# jobs it can watch with their filters carried over, says what it left
# out, writes nothing on --dry-run; export writes urlwatch jobs and OPML,
# and the jobs come back the same.
. "$(dirname "$0")/lib.sh"
jobs="$SW_TOP/tests/data/urlwatch-urls.yaml"

out=$("$SW" import urlwatch "$jobs" --dry-run); rc=$?
expect_eq "--dry-run exits 0" 0 $rc
expect_match "--dry-run says what it would add" "^would add ferry-terminal-story: https://ledger.example/news/ferry-terminal.html$" "$out"
check "--dry-run writes nothing" test ! -e "$STORYWATCH_CONFIG"

out=$("$SW" import urlwatch "$jobs"); rc=$?
expect_eq "import exits 0" 0 $rc
expect_match "a named job keeps its name, made folder-safe" "^added council-minutes: http://council.example/minutes$" "$out"
expect_match "an unnamed job is named from its URL" "^added russia-china-cyber-pact: " "$out"
expect_match "what has no equivalent is listed" "^  not carried over: grep: storywatch cannot keep only the lines that match$" "$out"
expect_match "a command job is skipped, by line" "urlwatch-urls.yaml:[0-9]+: skipped \(command: storywatch runs no commands" "$out"
expect_match "an ftp job is skipped" "skipped \(url: storywatch fetches only http and https\)" "$out"
expect_match "the count" "^3 of 5 jobs added$" "$out"
list=$("$SW" list)
expect_eq "three watches" 3 "$(printf '%s\n' "$list" | wc -l)"
ini=$(cat "$STORYWATCH_CONFIG")
expect_match "css becomes select" "^select=article .story-body$" "$ini"
expect_match "its exclude comes too" "^exclude=.related, .ad$" "$ini"
expect_match "grepi and a line-deleting re.sub become ignore rules" '^ignore=\^Updated;\^Share this\.\*\$;$' "$ini"
expect_match "xpath becomes select" "^select=//div\[@id='content'\]$" "$ini"

out=$("$SW" import urlwatch "$jobs" 2>&1)
expect_match "importing again adds nothing twice" "not added: .* is already watched" "$out"

# out again, and back
"$SW" export -o "$T/out.yaml"; rc=$?
expect_eq "export -o exits 0" 0 $rc
STORYWATCH_CONFIG="$T/second.ini" "$SW" import urlwatch "$T/out.yaml" >/dev/null
expect_eq "the jobs come back the same" "$("$SW" list)" "$(STORYWATCH_CONFIG="$T/second.ini" "$SW" list)"
expect_eq "and their settings" "$(grep -v '^#' "$STORYWATCH_CONFIG" | grep -v '^$' | sort)" "$(grep -v '^#' "$T/second.ini" | grep -v '^$' | sort)"
out=$("$SW" export --format opml)
expect_match "OPML: an outline per watch" '<outline type="link" text="ferry-terminal-story" title="ferry-terminal-story" url="https://ledger.example/news/ferry-terminal.html"/>' "$out"
expect_eq "OPML: three" 3 "$(printf '%s\n' "$out" | grep -c '<outline ')"

# bad input: one line naming the file and line, nothing written
printf 'name: a\nurl: [unclosed\n' > "$T/bad.yaml"
before=$(cat "$STORYWATCH_CONFIG")
err=$("$SW" import urlwatch "$T/bad.yaml" 2>&1 >/dev/null); rc=$?
expect_eq "broken YAML exits 2" 2 $rc
expect_match "and names the file and line" "^storywatch: .*bad.yaml:3: " "$err"
expect_eq "nothing written" "$before" "$(cat "$STORYWATCH_CONFIG")"
"$SW" export --format csv >/dev/null 2>&1; expect_eq "an unknown format exits 2" 2 $?

# urlwatch's own history, replayed: a real urlwatch run twice over a page
# that changed, then `import --cache` commits both versions at their times
if ! command -v urlwatch >/dev/null 2>&1; then
	skip "urlwatch not installed: its cache is not replayed here (tools/deps.sh installs it)"
	exit 0
fi
start_httpd
mkdir -p "$T/uw"
serve_demo 1 news/uw.html
# no filter: urlwatch keeps the page, which replays through the extractor
# (a job with html2text replays the text it kept, furniture and all)
printf 'name: "Ferry from urlwatch"\nurl: "%s/news/uw.html"\n' "$BASE" > "$T/uw/urls.yaml"
uw() {
	HOME="$T/uw" urlwatch --urls "$T/uw/urls.yaml" --config "$T/uw/config.yaml" \
		--hooks "$T/uw/hooks.py" --cache "$T/uw/cache.db" >/dev/null 2>&1
}
uw
sleep 1
serve_demo 3 news/uw.html
uw
check "urlwatch kept a cache" test -s "$T/uw/cache.db"
out=$(STORYWATCH_CONFIG="$T/uw.ini" "$SW" import urlwatch "$T/uw/urls.yaml" --cache "$T/uw/cache.db" 2>&1)
expect_match "the job is added" "^added ferry-from-urlwatch: " "$out"
expect_match "its two versions replayed" "^ferry-from-urlwatch: 2 versions replayed from urlwatch's cache$" "$out"
expect_eq "two commits in its folder" 2 "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ferry-from-urlwatch/)"
first=$(git -C "$STORYWATCH_REPO" log --reverse --format=%at -- ferry-from-urlwatch/ | head -1)
second=$(git -C "$STORYWATCH_REPO" log --format=%at -1 -- ferry-from-urlwatch/)
[ "$first" -lt "$second" ] && ok "each at the time urlwatch saw it" || notok "times $first, $second"
expect_match "the second is a change of the story, told as such" "amount \\\$48 million → \\\$84 million" \
	"$(git -C "$STORYWATCH_REPO" log -1 --format=%s -- ferry-from-urlwatch/)"
out=$(STORYWATCH_CONFIG="$T/uw.ini" "$SW" check ferry-from-urlwatch 2>&1)
expect_match "storywatch goes on from there" "^ferry-from-urlwatch: " "$out"
err=$(STORYWATCH_CONFIG="$T/uw2.ini" "$SW" import urlwatch "$T/uw/urls.yaml" --cache "$T/uw/urls.yaml" 2>&1); rc=$?
[ $rc -ne 0 ] && ok "a file that is no cache: an error" || notok "a bad cache accepted"
expect_match "naming it" "urls.yaml: not an urlwatch cache" "$err"
check "and nothing added" test ! -s "$T/uw2.ini"
check "git fsck --strict" fsck_ok
