#!/bin/sh
# make bench-facts: `storywatch facts` over the shared TempEval-3 training
# corpora (TimeBank and AQUAINT), scored by the corpora's scorer, then the
# throughput of all the finders on one core. Skips, saying so, when
# ../shared/corpora is absent.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
corpus="$top/../shared/corpora/tempeval"
if [ ! -d "$corpus" ]; then
	echo "bench-facts: skipped: $corpus is absent"
	exit 0
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/sw-bench-facts-XXXXXX")
trap 'rm -rf "$out"' EXIT
for set in TimeBank AQUAINT; do
	mkdir -p "$out/$set"
	for f in "$corpus/$set"/*.tml; do
		d=$(basename "$f" .tml)
		[ -f "$corpus/text/$d.txt" ] || continue
		# the reference date is the document's creation time
		dct=$(sed -n 's/^ *"dct": "\([0-9]*-[0-9]*-[0-9]*\).*/\1/p' "$corpus/text/$d.json")
		"$build/storywatch" facts --json --ref-date "$dct" "$corpus/text/$d.txt" |
			grep -E '"kind":"(date|time|duration|set)"' >"$out/$set/$d.jsonl" || :
	done
	echo "== $set"
	python3 "$corpus/score.py" "$corpus/$set" "$out/$set" --byte-offsets --quiet ${ERRORS:+--errors $ERRORS} | sed 's/^/  /'
done
echo "== throughput"
"$build/tests/bench-facts" "$corpus/text" "$out/all" | sed 's/^/  /'
