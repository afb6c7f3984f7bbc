#!/bin/sh
# A story told by several sources: one watch lists three pages, each is
# snapshotted in its own folder under the story's, and `storywatch story`
# shows the facts a reader tracks over time and across the sources (the
# expected date moving, the status changing, who is quoted) and flags the
# sources that disagree on the amount. With ../shared/seeds present, the
# five seed articles are served as five sources of one story.
. "$(dirname "$0")/lib.sh"
start_httpd
mkdir -p "$T/www/news"
for f in ledger courier gazette; do cp "$SW_TOP/tests/data/story/$f.html" "$T/www/news/"; done
cat > "$STORYWATCH_CONFIG" <<EOT
[harbor]
url = $BASE/news/ledger.html; $BASE/news/courier.html;
	$BASE/news/gazette.html
notify = none
EOT
# a key file value is one line: the list goes on one line
sed -i -e ':a' -e 'N' -e '$!ba' -e 's/;\n\t/; /' "$STORYWATCH_CONFIG"
out=$("$SW" check 2>&1)
for s in ledger courier gazette; do
	expect_match "source $s snapshotted" "^harbor/$s: first snapshot" "$out"
done
expect_eq "a folder per source under the story's" "courier gazette ledger" \
	"$(git -C "$STORYWATCH_REPO" ls-tree --name-only HEAD harbor/ | sed 's|harbor/||' | tr '\n' ' ' | sed 's/ $//')"
expect_match "list shows the story" "^harbor " "$("$SW" list)"
status=$("$SW" status --json)
expect_eq "status lists each source, not the story" "harbor/courier harbor/gazette harbor/ledger" \
	"$(printf '%s\n' "$status" | sed -n 's/^{"name":"\([^"]*\)".*/\1/p' | sort | tr '\n' ' ' | sed 's/ $//')"
expect_match "and counts what it lists" '^\{"service":false,"pid":0,"watches":3\}$' "$(printf '%s\n' "$status" | tail -n 1)"

out=$("$SW" story harbor 2>&1)
expect_match "the story's span" "^harbor: 3 sources, 3 versions, 2026-03-02 → 2026-03-20$" "$out"
expect_match "the expected date moving, each sighting dated and sourced" \
	'^expected date: 2026-04 \(ledger, Mar 2: “next month”; courier, Mar 3: “April”\) → 2026-H2 \(gazette, Mar 20: “the second half of the year”\)$' "$out"
expect_match "sources disagreeing on the amount" \
	'^amount: \$48 million \(ledger\) vs \$84 million \(courier\) \[sources disagree\]$' "$out"
expect_match "the status changing" '^status: expected \(.*\) → negated \(gazette, Mar 20: “end without a deal”\)$' "$out"
expect_match "who is quoted, by whom" '^quoted: Mara Lind \(ledger\), Tomas Reyes \(courier\), Ana Ferreira \(gazette\)$' "$out"
expect_no_match "no page furniture in it" "Most Popular|cookies|Comments|Share" "$out"

json=$("$SW" story --json harbor)
expect_match "json: the story" '"story": "harbor"' "$json"
expect_match "json: a disagreement with its sources" '"disagreement": \[' "$json"
expect_match "json: a value's sightings" '"value": "2026-H2"' "$json"
# valid JSON, read back by a JSON parser (sw-httpd's receiver checks it)
printf "%s" "$json" | curl -s -o /dev/null -H "Content-Type: application/json" --data-binary @- "$BASE/_json"
check "json: valid" test -e "$T/www/_received/1.json-ok"

# a source moves on: its own history, the story follows
sed -i 's/is expected to sign a \$48 million contract with Norvik Marine next month/signed a $52 million contract with Norvik Marine on Friday/' "$T/www/news/ledger.html"
out=$("$SW" check --all 2>&1)
expect_match "a source's change is told by its name" "^harbor/ledger: " "$out"
expect_eq "that source has two versions" 2 "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- harbor/ledger/)"
out=$("$SW" story harbor 2>&1)
expect_match "the story counts the new version" "^harbor: 3 sources, 4 versions" "$out"
expect_match "a source quoted in two versions is named once" '^quoted: Mara Lind \(ledger\), ' "$out"
expect_match "months later, the amount moved, nobody disagrees" '^amount: \$48 million \(ledger, Mar 2: .*\) → \$84 million \(courier, Mar 3: .*\) → \$52 million \(ledger, ' "$out"
# the story as a page to look at: self-contained, rendered by Chromium
check "story --html writes a page" "$SW" story harbor --html "$T/harbor.html"
html=$(cat "$T/harbor.html")
expect_match "the page holds the facts" "expected date: 2026-04 \(ledger, Mar 2" "$html"
expect_match "page text escaped" "the &lt;b&gt;R&amp;D&lt;/b&gt; plan" "$html"
expect_no_match "no script, no outside file" "<script|<link|src=|url\(" "$html"
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
	skip "chromium not installed: the HTML report is not rendered"
else
	# headless, no sandbox (tests run as root), a profile of its own
	render() {
		timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
			--user-data-dir="$T/chromium" "$@" "file://$T/harbor.html" 2>/dev/null
	}
	dom=$(render --dump-dom)
	expect_match "chromium: the chart is drawn" '<svg[^>]*aria-label="the story.s facts over time"' "$dom"
	expect_match "chromium: the facts read" "expected date: 2026-04" "$dom"
	expect_match "chromium: versions side by side, changes marked" "Bellhaven <del>is expected to sign</del> a <del>.48</del> million" "$dom"
	render --screenshot="$T/harbor.png" --window-size=1200,1400 >/dev/null
	check "chromium: a screenshot" test -s "$T/harbor.png"
	expect_eq "chromium: a PNG" "89504e47" "$(od -An -N4 -tx1 "$T/harbor.png" | tr -d ' ')"
	size=$(wc -c < "$T/harbor.png")
	[ "$size" -gt 20000 ] && ok "chromium: a page with something on it ($size bytes)" || notok "screenshot of $size bytes"
fi

out=$("$SW" story nosuch 2>&1); rc=$?
[ $rc -ne 0 ] && ok "an unknown story is an error" || notok "story nosuch exits 0"
expect_match "naming it" 'no story named "nosuch"' "$out"

# a disagreement is told once: on-alert gets it as JSON, then silence until
# the sources agree and disagree again
hooks="$(dirname "$STORYWATCH_CONFIG")/hooks"
mkdir -p "$hooks" "$T/www/b"
printf '#!/bin/sh\ncat >> "%s/alerts"\necho "$STORYWATCH_EVENT" >> "%s/events"\n' "$T" "$T" > "$hooks/on-alert"
chmod +x "$hooks/on-alert"
cp "$SW_TOP/tests/data/story/ledger.html" "$SW_TOP/tests/data/story/courier.html" "$T/www/b/"
printf '[pair]\nurl = %s/b/ledger.html; %s/b/courier.html\nnotify = hook\n' "$BASE" "$BASE" >> "$STORYWATCH_CONFIG"
"$SW" check pair >/dev/null 2>&1
expect_eq "the disagreement told once, as its own event" "disagreement" "$(cat "$T/events" 2>/dev/null)"
expect_match "with the sources behind each value" '"sources": \[\s*"ledger"\s*\]' "$(tr -d '\n' < "$T/alerts")"
expect_match "and the summary" '"summary": "sources disagree on the amount: .*\$48 million \(ledger\)' "$(cat "$T/alerts")"
expect_match "naming both sides" '"summary": "sources disagree on the amount: .*\$84 million \(courier\)' "$(cat "$T/alerts")"
sed -i 's/Gothenburg/Gdansk/' "$T/www/b/courier.html"
"$SW" check pair >/dev/null 2>&1
expect_eq "a source changing, still disagreeing: not told again" 1 "$(grep -c disagreement "$T/events")"
sed -i 's/an \$84 million contract/a $48 million contract/' "$T/www/b/courier.html"
"$SW" check pair >/dev/null 2>&1
sed -i 's/a \$48 million contract/a $96 million contract/' "$T/www/b/courier.html"
"$SW" check pair >/dev/null 2>&1
expect_eq "agreement, then a new disagreement: told again" 2 "$(grep -c disagreement "$T/events")"
expect_match "the second with the new value" '\$96 million \(courier\)' "$(tail -c 2000 "$T/alerts")"

# a source that moves (a new address on its site) stays the same source:
# its folder is named by its site, and its history goes on
port=${BASE##*:}
printf '[moved]\nurl = %s/news/ledger.html; http://localhost:%s/news/courier.html\nnotify = none\n' \
	"$BASE" "$port" >> "$STORYWATCH_CONFIG"
out=$("$SW" check moved 2>&1)
expect_match "sources named by their sites" "^moved/localhost: first snapshot" "$out"
sed 's/in April/in May/' "$T/www/news/courier.html" > "$T/www/news/courier-2026-update.html"
sed -i "s|localhost:$port/news/courier.html|localhost:$port/news/courier-2026-update.html|" "$STORYWATCH_CONFIG"
out=$("$SW" check moved 2>&1)
expect_match "the moved page is a new version of the same source" "^moved/localhost: .*April → May" "$out"
expect_eq "in the same folder" 2 "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- moved/localhost/)"

# the seed articles: five outlets, one story, three weeks
seeds="$SW_TOP/../shared/seeds"
if [ ! -d "$seeds" ]; then
	skip "../shared/seeds absent: the seeds story is not checked"
	exit 0
fi
urls=
for f in 004_c3a08c2fcaf44687:2014-10-20 000_10be102d5d4422e8:2014-10-24 001_f6b276616a063818:2014-10-27 \
	002_931199b91c26bc93:2014-10-27 003_213e587e123d416e:2014-11-12; do
	id=${f%%:*} day=${f#*:}
	{
		printf '<html><head><meta charset="utf-8"><meta property="article:published_time" content="%s">' "$day"
		printf '<title>seed</title></head><body><article>\n'
		sed 's/&/\&amp;/g; s/</\&lt;/g; s/^/<p>/; s/$/<\/p>/' "$seeds/$id.txt"
		printf '</article></body></html>\n'
	} > "$T/www/news/$id.html"
	urls="$urls${urls:+; }$BASE/news/$id.html"
done
printf '[cyber-pact]\nurl = %s\nnotify = none\n' "$urls" >> "$STORYWATCH_CONFIG"
"$SW" check >/dev/null 2>&1
out=$("$SW" story cyber-pact 2>&1)
expect_match "seeds: five sources" "^cyber-pact: 5 sources, 5 versions, 2014-10-20 → 2014-11-12$" "$out"
expect_match "seeds: the expected date moves 2014-11 → 2015-H1" '^expected date: 2014-11 \(.*\) → 2015-H1 \(.*“the first half of 2015”\)$' "$out"
expect_match "seeds: the amount disagrees" '^amount: .*\$60 million.* vs .*\$600 million.*\[sources disagree\]$|^amount: .*\$600 million.* vs .*\$60 million.*\[sources disagree\]$' "$out"
expect_match "seeds: the status changes" '^status: expected \(.*\) → negated \(.*\)$' "$out"
expect_match "seeds: Ian Wallace quoted" '^quoted: .*Ian Wallace' "$out"
