#!/bin/sh
# The command line: help, version, watchlist editing, and a bad watchlist
# refused with FILE:LINE before anything else happens.
. "$(dirname "$0")/lib.sh"

out=$("$SW" --help); rc=$?
expect_eq "--help exits 0" 0 $rc
expect_match "--help lists the commands" "check .*check the due" "$out"
expect_match "--version" "^storywatch [0-9]+\.[0-9]+\.[0-9]+$" "$("$SW" --version)"
for cmd in add list remove check run log diff extract install-service; do
	out=$("$SW" $cmd --help 2>&1); rc=$?
	if [ $rc -eq 0 ] && printf '%s' "$out" | grep -q "storywatch.* $cmd\|Usage:"; then ok "$cmd --help"; else notok "$cmd --help ($rc)"; fi
done
"$SW" frobnicate >/dev/null 2>&1; expect_eq "unknown command exits 2" 2 $?
"$SW" >/dev/null 2>&1; expect_eq "no command exits 2" 2 $?
"$SW" check --bogus-option >/dev/null 2>&1; expect_eq "unknown option exits 2" 2 $?

# editing the watchlist
out=$("$SW" add https://news.example/2014/10/24/russia-china-cyber-pact.html --every 6h 2>&1)
expect_eq "add names the watch from the URL" "added russia-china-cyber-pact: https://news.example/2014/10/24/russia-china-cyber-pact.html" "$out"
"$SW" add http://news.example/b --name ferry --select "article .body" >/dev/null
expect_match "list shows both" "russia-china-cyber-pact +6h +https://news.example" "$("$SW" list)"
expect_match "list shows the selector" "ferry .*select: article .body" "$("$SW" list)"
"$SW" add http://news.example/b --name other >/dev/null 2>&1; expect_eq "the same URL twice is refused" 2 $?
"$SW" add file:///etc/passwd --name local >/dev/null 2>&1; expect_eq "file:// is refused" 2 $?
"$SW" add http://x.example/ --name ../../etc >/dev/null 2>&1; expect_eq "a path as a name is refused" 2 $?
"$SW" add http://x.example/ --every often >/dev/null 2>&1; expect_eq "a bad interval is refused" 2 $?
"$SW" remove ferry >/dev/null; rc=$?
expect_eq "remove" 0 $rc
expect_no_match "removed from the list" "^ferry" "$("$SW" list)"
"$SW" remove ferry >/dev/null 2>&1; expect_eq "removing an absent watch exits 2" 2 $?
"$SW" --config "$T/other.ini" add http://y.example/story >/dev/null
check "--config FILE is used" grep -q "url=http://y.example/story" "$T/other.ini"

# a bad watchlist: FILE:LINE, exit 2, and nothing done
printf '[good]\nurl = http://127.0.0.1:1/x\n\n[bad]\nurl = http://127.0.0.1:1/y\nevry = 1h\n' > "$T/bad.ini"
out=$("$SW" --config "$T/bad.ini" --repo "$T/badrepo" check 2>&1); rc=$?
expect_eq "check with a bad watchlist exits 2" 2 $rc
expect_eq "the error names file and line" "storywatch: $T/bad.ini:6: unknown key \"evry\" in [bad]" "$out"
check "no repository was created" test ! -e "$T/badrepo"
out=$("$SW" --config "$T/bad.ini" list 2>&1)
expect_match "list refuses it too" "bad.ini:6:" "$out"

# the systemd unit
out=$("$SW" install-service --print --exec /usr/bin/storywatch)
expect_match "the unit runs storywatch run" "^ExecStart=/usr/bin/storywatch run$" "$out"
expect_match "the unit reloads with SIGHUP" "^ExecReload=/bin/kill -HUP" "$out"
"$SW" install-service >/dev/null
check "install-service writes the user unit" test -f "$XDG_CONFIG_HOME/systemd/user/storywatch.service"
