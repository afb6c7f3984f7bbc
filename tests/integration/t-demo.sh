#!/bin/sh
# make demo's script: five versions served, at least three committed, their
# diffs shown, the hook run, the history sound.
. "$(dirname "$0")/lib.sh"
out=$("$SW_TOP/demo/run-demo.sh" "$(dirname "$SW")" 2>&1); rc=$?
expect_eq "the demo exits 0" 0 $rc
expect_match "version 1 is the first snapshot" "^ferry-terminal: first snapshot, 12 sentences" "$out"
expect_match "version 2 (furniture only) is no change" "^ferry-terminal: unchanged$" "$out"
expect_match "version 3: the amount" "^ferry-terminal: amount \\\$48 million → \\\$84 million; expected date next month → the second half of the year.*\[major\]" "$out"
# each version speaks from its page's own date (March 3, March 10), not
# from the day the demo runs: the expected dates move later
expect_match "version 3: next month -> H2, later" "expected date next month → the second half of the year \\(about eight months later\\)" "$out"
expect_match "version 3: Monday -> Tuesday, a week on" "date Monday → Tuesday \\(about eight days later\\)" "$out"
expect_no_match "no date moves months earlier" "months earlier\\)" "$out"
# storywatch diff NAME REV REV reads each version's date from its meta.json
diffpart=$(printf '%s\n' "$out" | sed -n '/storywatch diff ferry-terminal/,/what the on-change hook received/p')
expect_match "storywatch diff: September -> 2027, from March 10" "expected date September → 2027 \\(about 15 months later\\)" "$diffpart"
expect_match "version 4: headline and correction" "^ferry-terminal: correction notice added; headline now .*; status “near deal” → “no deal”.*\[major\]" "$out"
expect_match "version 5: cosmetic" "^ferry-terminal: cosmetic edits only \[cosmetic\]" "$out"
expect_match "the hook logged the changes" "ferry-terminal \[major\] correction notice added; headline now" "$out"
expect_match "four versions committed" "^4 versions of ferry-terminal committed" "$out"
expect_match "git fsck passed" "git fsck --strict: the history is sound" "$out"
