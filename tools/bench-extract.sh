#!/bin/sh
# make bench-extract: the extractor over the shared extraction corpora,
# scored with the corpora's own scorer, with throughput. Skips, saying so,
# when ../shared/corpora is absent.
set -eu
build=${1:-build}
top=$(cd "$(dirname "$0")/.." && pwd)
corpora="$top/../shared/corpora/extraction"
if [ ! -d "$corpora" ]; then
	echo "bench-extract: skipped: $corpora is absent"
	exit 0
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/sw-bench-extract-XXXXXX")
trap 'rm -rf "$out"' EXIT
for set in scrapinghub readability-testpages; do
	echo "== $set"
	"$build/tests/bench-extract" "$corpora/$set/html" "$out/$set" 3
	python3 "$corpora/score.py" "$corpora/$set" "$out/$set" --bootstrap 200 | sed 's/^/  /'
	python3 "$top/tests/bench/score-meta.py" "$corpora/$set/ground-truth.json" "$out/$set/meta.jsonl" ${VERBOSE:+-v} | sed 's/^/  /'
done
