#!/bin/sh
# The watcher at scale: N made-up news pages of about 100 KB (bench-pages)
# served by nginx on 127.0.0.1 (sw-httpd when nginx is absent), watched by
# storywatch and, when installed, by urlwatch on the same pages. Prints wall
# time, CPU time and peak RSS of three passes: all pages new, none changed,
# and a tenth changed. Figures, not pass/fail.
#
# The per-host gap is off (STORYWATCH_HOST_GAP=0): every page is on one
# host here, and the bench measures storywatch's own cost, not politeness.
#
#   tools/bench-scale.sh BUILD N
set -u
build=${1:-build}
n=${2:-1000}
top=$(pwd)
. "$top/tools/bench-lib.sh"

write_watchlist "$n"
i=0
: > "$T/urls.yaml"
while [ $i -lt "$n" ]; do
	p=$(printf 'p%04d' $i)
	# urlwatch as its users run it on news: tags stripped
	printf -- '---\nname: %s\nurl: %s/%s.html\nfilter:\n  - html2text: re\n' "$p" "$base" \
		"$p" >> "$T/urls.yaml"
	i=$((i + 1))
done

# prints "wall cpu rss_kb" of a command, its output dropped
measure() {
	/usr/bin/time -f '%e %U %S %M' -o "$T/time" "$@" >/dev/null 2>"$T/err" ||
		{ echo "bench-scale: $1 failed:" >&2; tail -3 "$T/err" >&2; }
	awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$T/time"
}

row() {
	printf '%-34s %8s s %8s s %8.1f MB\n' "$1" "$2" "$3" "$(echo "$4" | awk '{ print $1 / 1024 }')"
}

echo "storywatch bench-scale: $n pages, $((size / 1024)) MB of HTML, served by $server"
printf '%-34s %10s %10s %11s\n' "pass" "wall" "cpu" "peak RSS"
set -- $(measure "$top/$build/storywatch" check --all)
sw1="$1 $2 $3"
row "storywatch: first pass (new)" "$@"
commits=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD 2>/dev/null || echo 0)
set -- $(measure "$top/$build/storywatch" check --all)
sw2="$1 $2 $3"
row "storywatch: unchanged pass" "$@"
"$build/tests/bench-pages" "$T/www" "$n" 1 10 && sync
set -- $(measure "$top/$build/storywatch" check --all)
row "storywatch: a tenth changed" "$@"
commits2=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD 2>/dev/null || echo 0)
echo "commits: $commits after the first pass, $commits2 after the third; repository $(du -sh "$STORYWATCH_REPO" | cut -f1)"

if command -v urlwatch >/dev/null 2>&1; then
	"$build/tests/bench-pages" "$T/www" "$n" && sync
	uw="urlwatch --urls $T/urls.yaml --config $T/urlwatch.yaml --hooks $T/hooks.py --cache $T/cache.db"
	# a first run writes the default configuration: not measured
	urlwatch --urls "$T/urls.yaml" --config "$T/urlwatch.yaml" --hooks "$T/hooks.py" \
		--cache "$T/cache.db" --list >/dev/null 2>&1
	set -- $(measure $uw)
	uw1="$1 $2 $3"
	row "urlwatch: first pass (new)" "$@"
	set -- $(measure $uw)
	uw2="$1 $2 $3"
	row "urlwatch: unchanged pass" "$@"
	ratio() {
		echo "$1 $2" | awk '{ if ($2 > 0) printf "%.1f", $1 / $2; else print "-" }'
	}
	set -- $sw1 $uw1
	echo "first pass: storywatch is $(ratio "$4" "$1")x faster (wall), $(ratio "$5" "$2")x less CPU, $(ratio "$6" "$3")x less memory"
	set -- $sw2 $uw2
	echo "unchanged pass: storywatch is $(ratio "$4" "$1")x faster (wall), $(ratio "$5" "$2")x less CPU, $(ratio "$6" "$3")x less memory"
else
	echo "urlwatch: not installed, no comparison (tools/deps.sh bench installs it)"
fi
