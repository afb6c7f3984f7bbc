#!/bin/sh
# Politeness and status: one host is asked at most once a gap; a server's
# Retry-After is honoured; storywatch status tells each watch's last check,
# result, next due and failures, and whether the service runs.
. "$(dirname "$0")/lib.sh"
start_httpd
for i in 1 2 3; do serve_demo 1 "news/p$i.html"; done
cat > "$STORYWATCH_CONFIG" <<EOT
[p1]
url = $BASE/news/p1.html
[p2]
url = $BASE/news/p2.html
[p3]
url = $BASE/news/p3.html
[busy]
url = $BASE/_status/503?retry=7200
[gone]
url = $BASE/_status/404
EOT
export STORYWATCH_HOST_GAP=1s
start=$(date +%s%N)
"$SW" check >/dev/null 2>&1
took=$(( ($(date +%s%N) - start) / 1000000 ))
unset STORYWATCH_HOST_GAP
# robots.txt and five pages from one host, a second apart: five gaps at least
[ $took -ge 5000 ] && ok "one host, a gap between requests (${took} ms)" || notok "six requests in ${took} ms"
expect_eq "each page asked once, robots.txt once" "1 5" \
	"$(grep -c '^GET /robots.txt' "$T/requests.log") $(grep -vc '^GET /robots.txt' "$T/requests.log")"

json=$("$SW" status --json)
expect_match "status --json: a watch" '^\{"name":"p1","url":"[^"]+/news/p1.html","every":1800,"last_check":"[0-9TZ:+-]+","next_due":"[0-9TZ:+-]+","failures":0,"last_result":"first snapshot, [0-9]+ sentences \[major\]","parked":false\}$' "$json"
busy_due=$(printf '%s\n' "$json" | sed -n 's/^{"name":"busy".*"next_due":"\([^"]*\)".*/\1/p')
due_epoch=$(date -d "$busy_due" +%s)
[ $((due_epoch - $(date +%s))) -ge 7000 ] && ok "Retry-After: 7200 is honoured" || notok "busy is due at $busy_due"
expect_match "a transient failure counted" '"name":"busy".*"failures":1,"last_result":"failed: HTTP 503 Internal Server Error","parked":false' "$json"
expect_match "a permanent one parked" '"name":"gone".*"parked":true' "$json"
expect_match "the service, not running" '^\{"service":false,"pid":0,"watches":5\}$' "$json"
out=$("$SW" status)
expect_match "status: a line per watch" "^p1 +last [0-9-]+ [0-9:]+ +next [0-9-]+ [0-9:]+ +first snapshot" "$out"
expect_match "status: failures shown" "^busy .*\[1 failures\] failed: HTTP 503" "$out"
expect_match "status: parked shown" "^gone .*next parked" "$out"

"$SW" run 2>/dev/null &
pid=$!
for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	"$SW" status | grep -q "^service: running" && break
	sleep 0.2
done
expect_match "the service, running" "^service: running \(pid $pid\)$" "$("$SW" status)"
kill -TERM $pid
wait $pid
expect_match "and stopped" "^service: not running$" "$("$SW" status)"
