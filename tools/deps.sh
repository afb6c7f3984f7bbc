#!/bin/sh
# Install the Debian 12 packages storywatch needs to build, test and run its
# demo. Only missing packages are installed, only when running as root;
# otherwise the apt-get command is printed and the target fails.
set -eu

# build: compiler, pkg-config and the -dev packages of every library we link
build="gcc make pkg-config libglib2.0-dev libcurl4-openssl-dev libgit2-dev
libnotify-dev libxml2-dev libjansson-dev libyaml-dev libsqlite3-dev libcmocka-dev"
# tests: the git command to inspect repositories, a real notification server
# on a private D-Bus session (dunst under Xvfb), curl for the sample hooks,
# openssl for a TLS server with a self-signed certificate, chromium to
# render the HTML story report headless, urlwatch to replay a real cache
tests="git ca-certificates dbus dbus-bin dbus-daemon dunst xvfb xauth curl openssl chromium urlwatch"
# make fuzz only: clang's libFuzzer and sanitizer runtimes
if [ "${1:-}" = fuzz ]; then
	build="$build clang"
	tests=
fi
# make bench only: a fast web server and urlwatch, to compare against
if [ "${1:-}" = bench ]; then
	build=
	tests="nginx-light urlwatch time"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "deps: not a Debian system; install the equivalents of:" $build $tests >&2
	exit 0
fi

missing=
for p in $build $tests; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$st" in
	*" installed") ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing packages; run as root:" >&2
	echo "  apt-get update && $cmd" >&2
	exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
