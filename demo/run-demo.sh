#!/bin/sh
# make demo: serve the bundled demo story (five versions of one made-up
# article on a made-up site) from a loopback HTTP server, run storywatch
# through every version with a temporary watchlist and repository, and show
# what it found at each step and the resulting history.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd)
sw="$build/storywatch"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/storywatch-demo-XXXXXX")
httpd_pid=
cleanup() {
	[ -n "$httpd_pid" ] && kill "$httpd_pid" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

export STORYWATCH_CONFIG="$tmp/config/watchlist.ini" STORYWATCH_REPO="$tmp/repo"
mkdir -p "$tmp/www/news" "$tmp/config/hooks"
"$build/tests/sw-httpd" --port-file "$tmp/port" "$tmp/www" >/dev/null 2>&1 &
httpd_pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	[ -s "$tmp/port" ] && break
	sleep 0.1
done
port=$(cat "$tmp/port")
sed "s/127.0.0.1:8080/127.0.0.1:$port/" "$top/watchlist/demo.ini" > "$STORYWATCH_CONFIG"
# the demo's hook runs the sample that appends each change to a log; hooks
# get a clean environment, so the wrapper names the log itself
printf '#!/bin/sh\nSTORYWATCH_LOG=%s exec %s\n' "$tmp/changes.log" "$top/hooks/log-changes" \
	> "$tmp/config/hooks/on-change"
chmod +x "$tmp/config/hooks/on-change"

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step() {
	cp "$top/demo/site/v$1.html" "$tmp/www/news/ferry-terminal.html"
	say "version $1: $2"
	"$sw" check ferry-terminal
}

say "storywatch demo: The Bellhaven Ledger, http://127.0.0.1:$port/news/ferry-terminal.html"
"$sw" list
step 1 "the story is published (March 3)"
step 2 "the next day: new ads, a new Most Read list, 57 comments; the story itself is the same"
step 3 "a week later: the amount, the date and a new source"
step 4 "talks collapse: new headline, status, quotes and a correction"
step 5 "a copy edit: a comma and a hyphen"

say "storywatch log ferry-terminal"
"$sw" log ferry-terminal
say "storywatch diff ferry-terminal HEAD~2 HEAD~1 (version 3 to version 4)"
"$sw" diff ferry-terminal HEAD~2 HEAD~1
say "what the on-change hook received (hooks/log-changes)"
cat "$tmp/changes.log" 2>/dev/null || echo "(nothing)"
say "git -C \$STORYWATCH_REPO log --stat --format='%h %ad %s' -- ferry-terminal/"
git -C "$STORYWATCH_REPO" log --stat --date=format:'%Y-%m-%d %H:%M' --format='%h %ad %s' -- ferry-terminal/
git -C "$STORYWATCH_REPO" fsck --strict >/dev/null 2>&1 && say "git fsck --strict: the history is sound"
n=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ferry-terminal/)
echo "$n versions of ferry-terminal committed (5 fetched, 1 was furniture only)"
