#!/bin/sh
# The history at scale: N made-up pages (bench-pages) watched through
# ROUNDS passes in which every tenth page changed, so a tenth of the
# stories gather ROUNDS versions each (10,000 commits with the defaults).
# Then the reads a user makes of one story's history are timed, best of
# three: `storywatch log NAME` and `git log -- NAME/`, for a story that
# changed every round and for one that never changed (git must look at
# every commit for it), before and after `storywatch gc`. Figures, not
# pass/fail.
#
#   tools/bench-history.sh BUILD N ROUNDS
set -u
build=${1:-build}
n=${2:-1000}
rounds=${3:-100}
top=$(pwd)
. "$top/tools/bench-lib.sh"

write_watchlist "$n"
sw="$top/$build/storywatch"
start=$(date +%s)
"$sw" check --all >/dev/null 2>&1 || { echo "bench-history: the first pass failed" >&2; exit 1; }
r=1
while [ $r -le "$rounds" ]; do
	"$build/tests/bench-pages" "$T/www" "$n" "$r" 10 || exit 1
	"$sw" check --all >/dev/null 2>&1 || { echo "bench-history: pass $r failed" >&2; exit 1; }
	r=$((r + 1))
done
commits=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD)
echo "storywatch bench-history: $n stories, $rounds rounds, $commits commits in $(($(date +%s) - start)) s;" \
	"repository $(du -sh "$STORYWATCH_REPO" | cut -f1) in $(ls "$STORYWATCH_REPO/objects/pack" | grep -c '\.pack$') packs"

# best of three, in milliseconds
best_ms() {
	best=
	for k in 1 2 3; do
		t0=$(date +%s%N)
		"$@" >/dev/null 2>&1 || { echo "bench-history: $* failed" >&2; return 1; }
		t=$((($(date +%s%N) - t0) / 1000000))
		if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
	done
	echo "$best"
}

reads() {
	printf '%-34s %6s ms %6s ms %6s ms %6s ms\n' "$1" \
		"$(best_ms "$sw" log p0000)" "$(best_ms "$sw" log p0001)" \
		"$(best_ms git -C "$STORYWATCH_REPO" log --oneline -- p0000/)" \
		"$(best_ms git -C "$STORYWATCH_REPO" log --oneline -- p0001/)"
}

printf '%-34s %9s %9s %9s %9s\n' "" "log p0000" "log p0001" "git p0000" "git p0001"
reads "as the passes left it"
"$sw" gc >/dev/null 2>&1 || echo "bench-history: gc failed" >&2
reads "after storywatch gc"
echo "repository after gc: $(du -sh "$STORYWATCH_REPO" | cut -f1)"
