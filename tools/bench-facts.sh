#!/bin/sh
# make bench-facts: temporal expressions on the shared TempEval-3 training
# corpora (TimeBank and AQUAINT), scored by the corpora's scorer, with
# throughput. Skips, saying so, when ../shared/corpora is absent.
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
"$build/tests/bench-facts" "$corpus/text" "$out/all"
for set in TimeBank AQUAINT; do
	mkdir -p "$out/$set"
	for f in "$corpus/$set"/*.tml; do
		d=$(basename "$f" .tml)
		cp "$out/all/$d.jsonl" "$out/$set/" 2>/dev/null || :
	done
	echo "== $set"
	python3 "$corpus/score.py" "$corpus/$set" "$out/$set" --byte-offsets --quiet ${ERRORS:+--errors $ERRORS} | sed 's/^/  /'
done
