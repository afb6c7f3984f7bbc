#!/bin/sh
# The service at scale: N watches (made-up 100 KB pages on 127.0.0.1) at
# MINUTES-minute intervals (30). After a first pass, the due times are
# spread over the interval as they are once a service has run a while, and
# `storywatch run` is measured for SECONDS: the share of one core it used,
# its resident memory every 30 s, and the checks it made. A short interval
# stands in for hours: at 1 minute, five minutes are five passes over every
# watch, as many as two and a half hours at 30. Figures, not pass/fail.
#
#   tools/bench-service.sh BUILD N SECONDS [MINUTES]
set -u
build=${1:-build}
n=${2:-10000}
seconds=${3:-300}
minutes=${4:-30}
top=$(pwd)
. "$top/tools/bench-lib.sh"

write_watchlist "$n" "every = ${minutes}m"
echo "storywatch bench-service: $n watches every $minutes minutes, $((size / 1024)) MB of HTML, served by $server"
/usr/bin/time -f '%e s wall, %U s user, %S s system, peak RSS %M KB' -o "$T/time" \
	"$top/$build/storywatch" check --all >/dev/null 2>&1
echo "first pass: $(cat "$T/time")"

state="$STORYWATCH_REPO/storywatch/state.ini"
# a second apart from the first pass, so that its checks are not counted
sleep 1
now=$(date +%s)
awk -v now="$now" -v span=$((minutes * 60)) \
	'BEGIN { srand(1) } /^next_due=/ { print "next_due=" now + int(rand() * span); next } { print }' \
	"$state" > "$T/state.ini" && mv "$T/state.ini" "$state"

"$top/$build/storywatch" run >"$T/run.log" 2>&1 &
pid=$!
sleep 2
ticks=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
start=$(cpu)
elapsed=0
while [ $elapsed -lt "$seconds" ]; do
	sleep 30
	elapsed=$((elapsed + 30))
	printf '%4d s: RSS %s, CPU %s s\n' $elapsed "$(awk '/^VmRSS/ { print $2 " " $3 }' "/proc/$pid/status")" \
		"$(echo "$(cpu) $start $ticks" | awk '{ printf "%.2f", ($1 - $2) / $3 }')"
done
used=$(echo "$(cpu) $start $ticks $elapsed" | awk '{ printf "%.2f", 100 * ($1 - $2) / $3 / $4 }')
kill -TERM $pid
wait $pid
rc=$?
checked=$(awk -F= -v s="$now" '/^last_check=/ { if ($2 >= s) n++ } END { print n + 0 }' "$state")
echo "service: ${used}% of one core over $elapsed s, $checked of $n watches checked at least once; SIGTERM exit $rc"
