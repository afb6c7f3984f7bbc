#!/bin/sh
# `storywatch run`, the service: checks on each watch's interval, reloads on
# SIGHUP (refusing a bad watchlist), stops on SIGTERM mid-pass with exit 0
# and a sound repository.
. "$(dirname "$0")/lib.sh"
start_httpd
serve_demo 1 news/ferry.html
serve_demo 1 news/second.html
cat > "$STORYWATCH_CONFIG" <<EOT
[ferry]
url = $BASE/news/ferry.html
every = 10s
notify = none

[slow]
url = $BASE/_hang
every = 10s
timeout = 60s
notify = none
EOT

# wait_for SECONDS COMMAND...: poll until the command succeeds
wait_for() {
	_t=$(($1 * 10))
	shift
	while [ $_t -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		_t=$((_t - 1))
	done
	return 1
}
has_commits() { [ "$(commits_of "$1")" -ge "$2" ]; }

"$SW" run 2> "$T/run.log" &
pid=$!
check "first pass commits at once" wait_for 10 has_commits ferry 1
expect_match "the service says what it watches" "watching 2 stories" "$(cat "$T/run.log")"

# the next check comes by itself on the interval
serve_demo 3 news/ferry.html
check "the interval brings the change (every = 10s)" wait_for 25 has_commits ferry 2

# SIGHUP: a new watch is picked up
cat >> "$STORYWATCH_CONFIG" <<EOT

[second]
url = $BASE/news/second.html
every = 1h
notify = none
EOT
kill -HUP $pid
check "SIGHUP reloads the watchlist" wait_for 10 has_commits second 1
expect_match "the reload is logged" "reloaded .*: 3 watches" "$(cat "$T/run.log")"

# SIGHUP with a broken watchlist: refused, the service goes on
cp "$STORYWATCH_CONFIG" "$T/good.ini"
printf '[broken\n' >> "$STORYWATCH_CONFIG"
kill -HUP $pid
check "a bad reload is refused and logged" wait_for 5 grep -q "reload refused.*watchlist.ini:[0-9]*:" "$T/run.log"
check "the service survives a bad reload" kill -0 $pid
cp "$T/good.ini" "$STORYWATCH_CONFIG"

# SIGTERM while the slow page is being fetched
check "a fetch is in flight" wait_for 5 grep -q "GET /_hang" "$T/requests.log"
versions=$(commits_of ferry)
kill -TERM $pid
stopped=1
for _i in $(seq 50); do kill -0 $pid 2>/dev/null || { stopped=0; break; }; sleep 0.1; done
expect_eq "SIGTERM stops it within 5 s" 0 $stopped
wait $pid
expect_eq "and it exits 0" 0 $?
check "git fsck --strict after SIGTERM" fsck_ok
expect_eq "no committed version lost" "$versions" "$(commits_of ferry)"
check "schedule state saved" test -s "$STORYWATCH_REPO/storywatch/state.ini"

# SIGINT stops it the same way
"$SW" run 2>/dev/null &
pid=$!
sleep 1
kill -INT $pid
wait $pid
expect_eq "SIGINT exits 0" 0 $?
