#!/bin/sh
# A feed watch: each entry of an RSS or Atom feed becomes a page followed in
# its own folder under the feed's (FEED/slug), from the pass that finds it,
# for the watch's follow time; tracking parameters do not make two entries;
# a page that is not a feed is refused by name.
. "$(dirname "$0")/lib.sh"
start_httpd
serve_demo 1 news/ferry-talks.html
serve_demo 1 news/bridge.html
feed() {
	{
		printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Ledger</title>\n'
		for e in "$@"; do
			printf '<item><title>%s</title><link>%s/news/%s.html?utm_source=rss&amp;utm_medium=feed</link></item>\n' \
				"$e" "$BASE" "$e"
		done
		printf '</channel></rss>\n'
	} > "$T/www/feed.xml"
}
feed ferry-talks bridge
cat > "$STORYWATCH_CONFIG" <<EOT
[ledger]
url = $BASE/feed.xml
feed = true
follow = 2d
notify = none
[not-a-feed]
url = $BASE/news/bridge.html
feed = true
notify = none
EOT
out=$("$SW" check 2>&1)
expect_match "the feed is read" "^ledger: feed read, 2 entries, 2 new$" "$out"
expect_match "its entries are checked in the same pass" "^ledger/ferry-talks: first snapshot" "$out"
expect_match "each one" "^ledger/bridge: first snapshot" "$out"
expect_match "a page that is not a feed is refused" "^storywatch: not-a-feed: failed: not a feed " "$out"
expect_eq "each entry its own folder" "bridge ferry-talks" \
	"$(git -C "$STORYWATCH_REPO" ls-tree --name-only HEAD ledger/ | sed 's|ledger/||' | tr '\n' ' ' | sed 's/ $//')"
expect_eq "and its own history" 1 "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ledger/bridge/)"
expect_eq "pages asked without their tracking parameters" 0 "$(grep -c 'utm_' "$T/requests.log")"

# the same article shared with another campaign is no new entry; a new one is
feed ferry-talks bridge harbor-fire
sed -i 's/utm_source=rss/fbclid=xyz/' "$T/www/feed.xml"
serve_demo 1 news/harbor-fire.html
serve_demo 3 news/bridge.html
out=$("$SW" check --all 2>&1)
expect_match "one new entry" "^ledger: feed read, 3 entries, 1 new$" "$out"
expect_match "checked at once" "^ledger/harbor-fire: first snapshot" "$out"
expect_match "a followed page's change is found" "^ledger/bridge: .*\[(major|substantive)\]" "$out"
out=$("$SW" log ledger/bridge 2>&1)
expect_eq "log of one entry" 2 "$(printf '%s\n' "$out" | grep -c 'ledger/bridge')"
out=$("$SW" check ledger/harbor-fire 2>&1)
expect_match "an entry checked by name" "^ledger/harbor-fire: (not modified|unchanged)" "$out"

# past its follow time an entry is left alone; its history stays
state="$STORYWATCH_REPO/storywatch/state.ini"
sed -i '/^\[ledger\/ferry-talks\]/,/^\[/ s/^first_seen=.*/first_seen=1000000000/' "$state"
serve_demo 3 news/ferry-talks.html
out=$("$SW" check --all 2>&1)
expect_no_match "an entry older than follow is not checked" "ledger/ferry-talks" "$out"
expect_match "the others are" "^ledger/bridge: " "$out"
expect_eq "its history stays" 1 "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ledger/ferry-talks/)"
check "git fsck --strict" fsck_ok
out=$("$SW" status 2>&1)
expect_match "status lists the pages a feed follows" "^ledger/bridge +last " "$out"
expect_no_match "but not those it no longer follows" "^ledger/ferry-talks" "$out"

# a feed filter: only the entries of one story, which `story` reads as its sources
cat >> "$STORYWATCH_CONFIG" <<EOT
[ferry-story]
url = $BASE/feed.xml
feed = true
match = ferry|harbor
notify = none
EOT
out=$("$SW" check ferry-story 2>&1)
expect_match "the filter keeps what matches" "^ferry-story: feed read, 3 entries, 2 new$" "$out"
expect_no_match "and only that" "^ferry-story/bridge" "$out"
out=$("$SW" story ferry-story 2>&1)
expect_match "the feed's story, its entries as sources" "^ferry-story: 2 sources, 2 versions" "$out"
printf '[bad-match]\nurl = %s/feed.xml\nfeed = true\nmatch = (unclosed\n' "$BASE" >> "$STORYWATCH_CONFIG"
out=$("$SW" list 2>&1); rc=$?
[ $rc -ne 0 ] && ok "a bad filter refuses the watchlist" || notok "a bad filter accepted"
expect_match "saying where" "watchlist.ini:[0-9]+: match: " "$out"
