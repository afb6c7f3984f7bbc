#!/bin/sh
# make install and uninstall honour PREFIX and DESTDIR.
. "$(dirname "$0")/lib.sh"
build=$(dirname "$SW")
make -s -C "$SW_TOP" install BUILD="$build" PREFIX=/usr DESTDIR="$T/inst" >/dev/null 2>&1
expect_eq "make install exits 0" 0 $?
check "the binary" test -x "$T/inst/usr/bin/storywatch"
check "storywatch(1)" test -f "$T/inst/usr/share/man/man1/storywatch.1"
check "storywatch-watchlist(5)" test -f "$T/inst/usr/share/man/man5/storywatch-watchlist.5"
check "the user unit names the installed binary" grep -q '^ExecStart=/usr/bin/storywatch run$' "$T/inst/usr/lib/systemd/user/storywatch.service"
check "sample hooks" test -x "$T/inst/usr/share/doc/storywatch/hooks/log-changes"
check "sample watchlists" test -f "$T/inst/usr/share/doc/storywatch/watchlist/example.ini"
make -s -C "$SW_TOP" uninstall BUILD="$build" PREFIX=/usr DESTDIR="$T/inst" >/dev/null 2>&1
check "make uninstall removes them" test -z "$(find "$T/inst" -type f)"
