#!/bin/sh
# Crashes and a full disk lose nothing: storywatch (run and check) killed
# with SIGKILL at random moments across more than 200 commits leaves a
# repository that passes git fsck --strict, keeps every committed version,
# releases its lock, and finishes the interrupted work on the next pass; a
# write past a file-size limit is a clear error and the version is stored
# on a later pass.
. "$(dirname "$0")/lib.sh"
start_httpd
n=20
mkdir -p "$T/www/news"
: > "$STORYWATCH_CONFIG"
i=1
while [ $i -le $n ]; do
	printf '[story%d]\nurl = %s/news/s%d.html\nevery = 10s\nnotify = none\n\n' $i "$BASE" $i >> "$STORYWATCH_CONFIG"
	i=$((i + 1))
done
# version R of every page: one more sentence each round
write_pages() {
	i=1
	while [ $i -le $n ]; do
		{
			printf '<html><head><title>Story %d</title></head><body><article>' $i
			r=1
			while [ $r -le "$1" ]; do
				printf '<p>In round %d the harbor board of town %d met again and talked at length about the ferry.</p>' $r $i
				r=$((r + 1))
			done
			printf '</article></body></html>'
		} > "$T/www/news/s$i.html"
		i=$((i + 1))
	done
}
lost=0
broken=0
prev=0
round=1
while [ $round -le 12 ]; do
	write_pages $round
	# odd rounds kill the service, even ones a check
	if [ $((round % 2)) -eq 1 ]; then
		"$SW" run >/dev/null 2>&1 &
	else
		"$SW" check story1 story2 story3 story4 story5 story6 story7 story8 story9 story10 \
			story11 story12 story13 story14 story15 story16 story17 story18 story19 story20 >/dev/null 2>&1 &
	fi
	pid=$!
	# somewhere in the pass: while fetching, writing objects, refs or state
	ms=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 250 ))
	sleep "$(printf '0.%03d' $ms)"
	kill -KILL $pid 2>/dev/null
	wait $pid 2>/dev/null
	# killed before the repository was made: nothing there, nothing lost;
	# otherwise a whole repository (it is made aside and renamed in)
	if [ -e "$STORYWATCH_REPO" ]; then
		fsck_ok || broken=$((broken + 1))
	fi
	now=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD 2>/dev/null || echo 0)
	[ "$now" -ge "$prev" ] || lost=$((lost + 1))
	# the next pass finishes the work, and waits for no lock
	timeout 60 "$SW" check story1 story2 story3 story4 story5 story6 story7 story8 story9 story10 \
		story11 story12 story13 story14 story15 story16 story17 story18 story19 story20 >/dev/null 2>&1
	fsck_ok || broken=$((broken + 1))
	i=1
	while [ $i -le $n ]; do
		git -C "$STORYWATCH_REPO" show "HEAD:story$i/story.txt" 2>/dev/null | grep -q "In round $round the" ||
			lost=$((lost + 1))
		i=$((i + 1))
	done
	prev=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD)
	round=$((round + 1))
done
expect_eq "every kill left git fsck --strict clean" 0 $broken
expect_eq "no committed version lost, every version stored in the end" 0 $lost
[ "$prev" -ge 200 ] && ok "commits across the kills: $prev" || notok "only $prev commits"

# a kill between taking a ref's lock and renaming it leaves the .lock file:
# the next writer, holding storywatch's lock, clears it and goes on
write_pages 13
: > "$STORYWATCH_REPO/refs/heads/main.lock"
out=$("$SW" check story1 2>&1)
expect_match "a leftover ref lock is named as removed" "removed .*refs/heads/main.lock" "$out"
expect_match "and the pass commits" "^story1: " "$out"
check "no lock file left" test ! -e "$STORYWATCH_REPO/refs/heads/main.lock"

# a full disk, as a file-size limit: the commit fails clearly, nothing is
# half-written, and the version is stored once there is room
{
	printf '<html><head><title>Big</title></head><body><article>'
	head -c 600000 /dev/urandom | od -An -tx1 | tr -d ' \n' | fold -w 60 | sed 's/^/<p>Word /; s/$/ ends here.<\/p>/'
	printf '</article></body></html>'
} > "$T/www/news/big.html"
printf '[big]\nurl = %s/news/big.html\nnotify = none\n' "$BASE" > "$T/big.ini"
before=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD)
[ -n "$before" ] || git -C "$STORYWATCH_REPO" log --oneline -3 2>&1 | sed 's/^/# /' >&2
out=$(ulimit -f 200; STORYWATCH_CONFIG="$T/big.ini" "$SW" check big 2>&1); rc=$?
expect_eq "a pass with a write past the limit still exits 0" 0 $rc
expect_match "the error says what failed" "^storywatch: big: failed: storing: " "$out"
expect_eq "nothing committed" "$before" "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD)"
check "and git fsck --strict is clean" fsck_ok
out=$(STORYWATCH_CONFIG="$T/big.ini" "$SW" check big 2>&1)
if ! printf '%s\n' "$out" | grep -Eq "^big: first snapshot"; then
	# what was there, to read a failure by
	ls -la "$T/www/news/big.html" "$STORYWATCH_REPO" 2>&1 | sed 's/^/# /' >&2
	tail -5 "$T/requests.log" 2>&1 | sed 's/^/# /' >&2
fi
expect_match "with room, the version is stored" "^big: first snapshot" "$out"
check "git fsck --strict" fsck_ok
