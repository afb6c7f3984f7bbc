#!/bin/sh
# Hooks: the on-change hook in the config's hooks folder and a watch's own
# hook get the change as JSON on stdin and STORYWATCH_* variables; page
# text never runs.
. "$(dirname "$0")/lib.sh"
start_httpd
hooks="$(dirname "$STORYWATCH_CONFIG")/hooks"
mkdir -p "$hooks"
cat > "$hooks/on-change" <<EOT
#!/bin/sh
cat > "$T/stdin.json"
env > "$T/env.txt"
EOT
chmod +x "$hooks/on-change"
cat > "$T/own-hook" <<EOT
#!/bin/sh
echo "own \$STORYWATCH_STORY \$STORYWATCH_SIGNIFICANCE" >> "$T/own.txt"
exit 4
EOT
chmod +x "$T/own-hook"

# the story's text carries shell syntax and markup
mkdir -p "$T/www/news"
page() {
	printf '<html><head><title>%s</title></head><body><article><p>%s</p><p>The second paragraph is here to make the article long enough to be found by the extractor, with commas, and more.</p></article></body></html>' "$1" "$2" > "$T/www/news/$3"
}
page 'Head $(touch PWNED1)' 'The first version says $(touch PWNED2) and `touch PWNED3` with <b>bold</b> &amp; 5 items.' a.html
page 'Plain head' 'A story of 5 items, told plainly, for the own-hook watch.' b.html
cat > "$STORYWATCH_CONFIG" <<EOT
[hooked]
url = $BASE/news/a.html
notify = hook

[own]
url = $BASE/news/b.html
notify = hook
hook = $T/own-hook

[silent]
url = $BASE/news/a.html?silent
notify = none
EOT
"$SW" check >/dev/null 2>&1
check "no hook for a first snapshot" test ! -e "$T/stdin.json"
page 'Head $(touch PWNED1)' 'The second version says $(touch PWNED2) and `touch PWNED3` with <b>bold</b> &amp; 6 items.' a.html
page 'Plain head' 'A story of 6 items, told plainly, for the own-hook watch.' b.html
out=$(cd "$T" && "$SW" check hooked own silent 2>&1)
check "on-change ran" test -s "$T/stdin.json"
json=$(cat "$T/stdin.json")
# 5 items became 6 in the first sentence: the story's key number
expect_match "stdin: the diff JSON" '"significance": "major"' "$json"
expect_match "stdin: the fact that changed" '"kind": "number"' "$json"
expect_match "stdin: the story" '"story": "hooked"' "$json"
expect_match "stdin: the url" "\"url\": \"$BASE/news/a.html\"" "$json"
expect_match "stdin: the commit" '"commit": "[0-9a-f]{40}"' "$json"
expect_match "stdin: page text as data" 'touch PWNED2' "$json"
env=$(cat "$T/env.txt")
expect_match "STORYWATCH_STORY" "^STORYWATCH_STORY=hooked$" "$env"
expect_match "STORYWATCH_URL" "^STORYWATCH_URL=$BASE/news/a.html$" "$env"
expect_match "STORYWATCH_COMMIT" "^STORYWATCH_COMMIT=[0-9a-f]{40}$" "$env"
expect_match "STORYWATCH_SIGNIFICANCE" "^STORYWATCH_SIGNIFICANCE=major$" "$env"
expect_no_match "a clean environment" "^STORYWATCH_REPO=|^STORYWATCH_CONFIG=" "$env"
for f in PWNED1 PWNED2 PWNED3; do
	check "page text never ran ($f)" test ! -e "$T/$f" -a ! -e "$hooks/$f" -a ! -e "$PWD/$f"
done
expect_eq "the watch's own hook ran instead of on-change" "own own major" "$(cat "$T/own.txt")"
expect_match "a failing hook is reported by name" "own: hook own-hook exited with status 4" "$out"
check "notify = none runs no hook" test "$(grep -c silent "$T/stdin.json")" = 0

# with --config FILE, the hooks folder is the one beside that file
mkdir -p "$T/alt/hooks"
sed '/^\[own\]/,$d' "$STORYWATCH_CONFIG" > "$T/alt/watchlist.ini"
printf '#!/bin/sh\ntouch "%s/alt-ran"\n' "$T" > "$T/alt/hooks/on-change"
chmod +x "$T/alt/hooks/on-change"
page 'Head $(touch PWNED1)' 'The third version says 7 items, plainly and without tricks of any kind.' a.html
"$SW" --config "$T/alt/watchlist.ini" check hooked >/dev/null 2>&1
check "hooks beside --config FILE run" test -e "$T/alt-ran"

# on-alert: only changes at or above the threshold; on-error: a watch that
# starts failing, once per run of failures
cat > "$hooks/on-alert" <<EOT
#!/bin/sh
echo "alert \$STORYWATCH_STORY \$STORYWATCH_SIGNIFICANCE \$STORYWATCH_EVENT" >> "$T/alerts.txt"
EOT
cat > "$hooks/on-error" <<EOT
#!/bin/sh
cat >> "$T/errors.json"
echo "error \$STORYWATCH_STORY \$STORYWATCH_EVENT \$STORYWATCH_SUMMARY" >> "$T/errors.txt"
EOT
chmod +x "$hooks/on-alert" "$hooks/on-error"
: > "$T/stdin.json"
# a rewording, no fact changed: minor, below the default threshold
page 'Head $(touch PWNED1)' 'The third version says 7 items, plainly and without any tricks at all.' a.html
"$SW" check hooked >/dev/null 2>&1
check "on-change runs for a minor change" test -s "$T/stdin.json"
check "on-alert does not" test ! -e "$T/alerts.txt"
page 'Head $(touch PWNED1)' 'The third version says 9 items, plainly and without any tricks at all.' a.html
"$SW" check hooked >/dev/null 2>&1
expect_eq "on-alert runs at the threshold, told which event" "alert hooked major alert" "$(cat "$T/alerts.txt" 2>/dev/null)"
cat >> "$STORYWATCH_CONFIG" <<EOT

[broken]
url = $BASE/_status/404
EOT
"$SW" check broken >/dev/null 2>&1
"$SW" check broken >/dev/null 2>&1
expect_eq "on-error once for a watch that starts failing" 1 "$(wc -l < "$T/errors.txt" 2>/dev/null)"
expect_match "with the error in one line" "^error broken error HTTP 404" "$(cat "$T/errors.txt" 2>/dev/null)"
expect_match "and as JSON" '"error": "HTTP 404' "$(cat "$T/errors.json" 2>/dev/null)"
expect_match "saying whether retrying may help" '"permanent": true' "$(cat "$T/errors.json" 2>/dev/null)"
