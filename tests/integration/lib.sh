# Sourced by the integration tests (t-*.sh). Each test runs the real
# storywatch binary ($SW) against the real loopback server ($HTTPD) with a
# temporary watchlist and repository, and inspects the repository with the
# git command. Results are printed as "ok N - ...", "not ok N - ..." and
# "skip ..." lines, which tools/run-tests.sh counts.
set -u
: "${SW:?run through tools/run-tests.sh}" "${HTTPD:?}" "${SW_TOP:?}"

T=$(mktemp -d "${TMPDIR:-/tmp}/sw-it-XXXXXX")
export STORYWATCH_CONFIG="$T/config/watchlist.ini" STORYWATCH_REPO="$T/repo"
# never the user's own config, data or desktop
export HOME="$T/home" XDG_CONFIG_HOME="$T/xdg-config" XDG_DATA_HOME="$T/xdg-data"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME"
mkdir -p "$T/config" "$T/www"
HTTPD_PID=
_n=0

sw_cleanup() {
	[ -n "${KEEP:-}" ] && { echo "kept $T"; return; }
	[ -n "$HTTPD_PID" ] && kill "$HTTPD_PID" 2>/dev/null
	rm -rf "$T"
}
trap sw_cleanup EXIT

ok() { _n=$((_n + 1)); echo "ok $_n - $*"; }
notok() { _n=$((_n + 1)); echo "not ok $_n - $*"; }
skip() { echo "skip $*"; }
# check DESCRIPTION COMMAND...: ok when the command succeeds
check() {
	_d=$1
	shift
	if "$@"; then ok "$_d"; else notok "$_d"; fi
}
# expect_eq DESCRIPTION EXPECTED ACTUAL
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else notok "$1 (expected '$2', got '$3')"; fi
}
# expect_match DESCRIPTION REGEX TEXT
expect_match() {
	if printf '%s\n' "$3" | grep -Eq -- "$2"; then ok "$1"; else notok "$1 (no /$2/ in: $(printf '%s' "$3" | head -c 400))"; fi
}
expect_no_match() {
	if printf '%s\n' "$3" | grep -Eq -- "$2"; then notok "$1 (found /$2/)"; else ok "$1"; fi
}

# start the loopback server on $T/www; sets PORT and BASE
start_httpd() {
	"$HTTPD" --log "$T/requests.log" --port-file "$T/port" "$T/www" >/dev/null 2>&1 &
	HTTPD_PID=$!
	for _i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
		[ -s "$T/port" ] && break
		sleep 0.1
	done
	PORT=$(cat "$T/port")
	BASE="http://127.0.0.1:$PORT"
}

# commits that touched a story's folder
commits_of() {
	git -C "$STORYWATCH_REPO" rev-list --count HEAD -- "$1/" 2>/dev/null || echo 0
}
fsck_ok() {
	if ! git -C "$STORYWATCH_REPO" fsck --strict >"$T/fsck.out" 2>&1; then
		# what git said, as TAP comments, for the failure to be read
		sed 's/^/# fsck: /' "$T/fsck.out" | head -20 >&2
		return 1
	fi
}
# the demo story's version N as the served page PATH
serve_demo() {
	mkdir -p "$(dirname "$T/www/$2")"
	cp "$SW_TOP/demo/site/v$1.html" "$T/www/$2"
}
