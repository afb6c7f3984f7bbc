#!/bin/sh
# robots.txt: asked once per site and pass, honoured for every watch of the
# site, overridden per watch with robots = false; a site without one is
# open; a site whose robots.txt fails is not fetched until it answers.
. "$(dirname "$0")/lib.sh"
start_httpd
serve_demo 1 news/a.html
serve_demo 1 private/b.html
serve_demo 1 private/c.html
printf '# a test site\nUser-agent: *\nDisallow: /private/\nAllow: /private/press/\n' > "$T/www/robots.txt"
cat > "$STORYWATCH_CONFIG" <<EOT
[open]
url = $BASE/news/a.html
[closed]
url = $BASE/private/b.html
[mine]
url = $BASE/private/c.html
robots = false
EOT
out=$("$SW" check 2>&1)
expect_match "an allowed page is fetched" "^open: first snapshot" "$out"
expect_match "a disallowed page is refused, saying why and how to override" \
	"^storywatch: closed: failed: disallowed by http://127.0.0.1:[0-9]+/robots.txt \(robots = false in the watch if the page is yours\)" "$out"
expect_match "robots = false fetches it anyway" "^mine: first snapshot" "$out"
expect_eq "robots.txt asked once for the site" 1 "$(grep -c '^GET /robots.txt' "$T/requests.log")"
expect_eq "the disallowed page never asked" 0 "$(grep -c '^GET /private/b.html' "$T/requests.log")"
expect_match "the refused watch is parked" '"name":"closed".*"parked":true' "$("$SW" status --json)"
expect_eq "the history holds no refused page" "mine open" "$(git -C "$STORYWATCH_REPO" ls-tree --name-only HEAD | tr '\n' ' ' | sed 's/ $//')"

# the site drops its robots.txt: a 404 opens everything
rm "$T/www/robots.txt"
out=$("$SW" check closed 2>&1)
expect_match "no robots.txt: allowed" "^closed: first snapshot" "$out"

# a robots.txt that fails with a 5xx: the site's pages wait, not parked
printf 'User-agent: *\nDisallow:\n' > "$T/www/robots.txt"
echo 503 > "$T/www/robots.txt.status"
serve_demo 2 news/a.html
: > "$T/requests.log"
out=$("$SW" check open 2>&1)
expect_match "an unreachable robots.txt is a transient failure" \
	"^storywatch: open: failed: http://127.0.0.1:[0-9]+/robots.txt: HTTP 503" "$out"
expect_eq "and the page is not fetched" 0 "$(grep -c '^GET /news/a.html' "$T/requests.log")"
expect_match "the watch is retried, not parked" '"name":"open".*"failures":1,.*"parked":false' "$("$SW" status --json)"
rm "$T/www/robots.txt.status"
out=$("$SW" check open 2>&1)
expect_match "once it answers, the change is found" "^open: " "$out"
expect_no_match "and it is no failure" "failed" "$out"
