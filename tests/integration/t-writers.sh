#!/bin/sh
# Two writers: checks started together with the service, and with each
# other, never both write: one version makes one commit, the repository
# stays sound, and nobody waits on a lock a dead process held. The page
# comes late, so every writer has fetched it before any has stored it.
. "$(dirname "$0")/lib.sh"
start_httpd
serve_demo 1 news/ferry.html
cat > "$STORYWATCH_CONFIG" <<EOT
[ferry]
url = $BASE/_late/700/news/ferry.html
every = 10s
notify = none
EOT
"$SW" run 2>/dev/null &
pid=$!
"$SW" check ferry >/dev/null 2>&1 &
a=$!
"$SW" check ferry >/dev/null 2>&1 &
b=$!
"$SW" check ferry >/dev/null 2>&1
wait $a $b
sleep 1
expect_eq "the service and three checks: one version, one commit" 1 "$(commits_of ferry)"
serve_demo 3 news/ferry.html
"$SW" check ferry >/dev/null 2>&1 &
a=$!
"$SW" check ferry >/dev/null 2>&1 &
b=$!
"$SW" check ferry >/dev/null 2>&1
wait $a $b
expect_eq "a new version, checked three times at once: one commit" 2 "$(commits_of ferry)"
kill -TERM $pid
wait $pid
expect_eq "the service stops cleanly" 0 $?
# two services at once (a user starting a second by mistake): both fetch
# the late page, both would store it
serve_demo 5 news/ferry.html
# both due at once: as after a fresh start
rm -f "$STORYWATCH_REPO/storywatch/state.ini"
"$SW" run 2>/dev/null &
p1=$!
"$SW" run 2>/dev/null &
p2=$!
sleep 3
kill -TERM $p1 $p2
wait $p1 $p2
expect_eq "two services, one new version: one commit" 3 "$(commits_of ferry)"
check "git fsck --strict" fsck_ok
# a writer killed while holding the lock does not hold it after death
serve_demo 4 news/ferry.html
"$SW" check ferry >/dev/null 2>&1 &
a=$!
kill -KILL $a 2>/dev/null
wait $a 2>/dev/null
start=$(date +%s)
"$SW" check ferry >/dev/null 2>&1
took=$(( $(date +%s) - start ))
[ $took -lt 10 ] && ok "the next writer does not wait on a dead one (${took}s)" || notok "waited ${took}s"
expect_eq "the version is stored" 4 "$(commits_of ferry)"
