#!/bin/sh
# storywatch gc: the packs every pass writes are packed into one by git
# under storywatch's lock, the commit-graph is written, and nothing is lost.
. "$(dirname "$0")/lib.sh"
command -v git >/dev/null 2>&1 || { skip "git not installed"; exit 0; }
start_httpd
cat > "$STORYWATCH_CONFIG" <<EOT
[ferry]
url = $BASE/news/ferry.html
notify = none
EOT
for v in 1 2 3 4; do
	serve_demo $v news/ferry.html
	"$SW" check ferry >/dev/null 2>&1
done
before=$("$SW" log ferry)
versions=$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ferry/)
packs() { git -C "$STORYWATCH_REPO" count-objects -v | sed -n 's/^packs: //p'; }
expect_eq "each pass writes its versions as a pack, nothing loose" "0 $versions" \
	"$(git -C "$STORYWATCH_REPO" count-objects | cut -d' ' -f1) $(packs)"
check "storywatch gc succeeds" "$SW" gc
expect_eq "one pack left, nothing loose" "0 1" \
	"$(git -C "$STORYWATCH_REPO" count-objects | cut -d' ' -f1) $(packs)"
check "a commit-graph written" test -f "$STORYWATCH_REPO/objects/info/commit-graph"
expect_eq "the history is the same" "$before" "$("$SW" log ferry)"
check "git fsck --strict" fsck_ok
serve_demo 5 news/ferry.html
out=$("$SW" check ferry 2>&1)
expect_match "and storywatch goes on committing" "^ferry: " "$out"
expect_eq "one version more" $((versions + 1)) "$(git -C "$STORYWATCH_REPO" rev-list --count HEAD -- ferry/)"
out=$(PATH=/nonexistent "$SW" gc 2>&1); rc=$?
[ $rc -ne 0 ] && ok "without git: an error" || notok "gc without git exits 0"
expect_match "that says what is missing" "^storywatch: gc: the git command is not installed" "$out"
