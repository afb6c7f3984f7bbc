#!/bin/sh
# The semantic diff as people and scripts see it: storywatch diff on files
# (reference dates from --old-date/--new-date or the pages' own), the JSON
# contract, facts before sentences, git trailers for each fact kind, and a
# flip-flop (A → B → A within a day) committed and named, not told twice.
. "$(dirname "$0")/lib.sh"

story() {
	printf '%s\n\n%s\n%s\n%s\n' "$1" "Officials met on a grey morning to weigh the pact." "$2" \
		"The meeting closed without questions." > "$T/$3"
}
story "Cyber pact near" "The treaty is expected to be signed in November, and the cable deal is worth \$60 million." old.txt
story "Cyber pact near" "The treaty is expected to be signed in the first half of 2015, and the cable deal is worth \$600 million." new.txt

out=$("$SW" diff --no-color --old-date 2014-10-24 --new-date 2014-11-12 "$T/old.txt" "$T/new.txt"); rc=$?
expect_eq "diff OLD NEW exits 0" 0 $rc
first=$(printf '%s\n' "$out" | head -n 1)
expect_match "summary: what changed, in words" "expected date November → the first half of 2015" "$first"
expect_match "summary: the amount too" "amount \\\$60 million → \\\$600 million" "$first"
expect_match "summary ends with the significance" "\[substantive\]$" "$first"
expect_match "the fact changes come first, with how much" "^  \* expected date November → the first half of 2015 \(about seven months later\)$" "$(printf '%s\n' "$out" | sed -n 2,3p)"
expect_match "then the sentence, words marked" '^  - .*\[-November,-\]' "$out"

json=$("$SW" diff --json --old-date 2014-10-24 --new-date 2014-11-12 "$T/old.txt" "$T/new.txt")
for key in significance summary changes stats sentences_added sentences_removed sentences_changed sentences_unchanged; do
	expect_match "JSON has \"$key\"" "\"$key\":" "$json"
done
for key in kind old new old_value new_value old_sentence new_sentence note; do
	expect_match "each change has \"$key\"" "\"$key\":" "$json"
done
expect_match "a date change with both values" '"old_value": "2014-11",' "$json"
expect_match "the new value" '"new_value": "2015-H1",' "$json"
expect_match "the amount's kind" '"kind": "amount"' "$json"

# the same values written another way: cosmetic, no fact listed
story "Cyber pact near" "The treaty is expected to be signed in November, and the cable deal is worth \$60m." same.txt
out=$("$SW" diff --json --old-date 2014-10-24 --new-date 2014-10-24 "$T/old.txt" "$T/same.txt")
expect_match "\$60 million → \$60m is cosmetic" '"significance": "cosmetic"' "$out"
expect_match "and lists no change" '"changes": \[\]' "$out"

# a person's role that changes is a fact of its own, with the note scripts read
story "Minister speaks" "Prime Minister Ana Ruiz said the port would reopen." role-old.txt
story "Minister speaks" "Former Prime Minister Ana Ruiz said the port would reopen." role-new.txt
out=$("$SW" diff --no-color --old-date 2014-10-24 --new-date 2014-10-27 "$T/role-old.txt" "$T/role-new.txt")
expect_match "a role change in the summary" "^Ana Ruiz: Prime Minister → former Prime Minister;" "$out"
json=$("$SW" diff --json --old-date 2014-10-24 --new-date 2014-10-27 "$T/role-old.txt" "$T/role-new.txt")
expect_match "as a person change" '"kind": "person"' "$json"
expect_match "whose note gives both roles" '"note": "role: Prime Minister → former Prime Minister"' "$json"
story "Minister speaks" "Senator Ana Ruiz said the port would reopen." role-same.txt
story "Minister speaks" "Sen. Ana Ruiz said the port would reopen." role-abbr.txt
json=$("$SW" diff --json --old-date 2014-10-24 --new-date 2014-10-27 "$T/role-same.txt" "$T/role-abbr.txt")
expect_no_match "one job said another way is no role change" '"note": "role:' "$json"

# reference dates: the option names itself when it is wrong
err=$("$SW" diff --old-date 2014-13-01 "$T/old.txt" "$T/new.txt" 2>&1 >/dev/null); rc=$?
expect_eq "a bad --old-date exits 2" 2 $rc
expect_match "and says which" '^storywatch: --old-date: "2014-13-01" is not a date YYYY-MM-DD$' "$err"
# without the options, the file's time: "next month" moves with it
printf 'Pact\n\nThe pact will be signed next month.\n' > "$T/a.txt"
printf 'Pact\n\nThe pact will be signed next month, officials say.\n' > "$T/b.txt"
touch -d 2014-10-24 "$T/a.txt"
touch -d 2014-11-12 "$T/b.txt"
out=$("$SW" diff --json "$T/a.txt" "$T/b.txt")
expect_no_match "the same words are no change, whatever day they are read" '"kind": "date"' "$out"
# a dateline in the text beats the file's time: "Thursday" said on Monday
# 3 March 2025 and "next Monday" said on the Tuesday after move four days
# later (read from the files' day, the Sunday after, it was "earlier")
printf 'Schools\n\nPublished 3 March 2025\n\nSchools will stay closed until Thursday.\n' > "$T/c.txt"
printf 'Schools\n\nPublished 3 March 2025, updated 4 March 2025\n\nSchools will stay closed until next Monday.\n' > "$T/d.txt"
touch -d 2025-03-09 "$T/c.txt" "$T/d.txt"
out=$("$SW" diff --no-color "$T/c.txt" "$T/d.txt")
expect_match "the days come from the datelines" "expected date Thursday → next Monday \\(about four days later\\)" "$out"
printf 'Emergency\n\nThe emergency will last 60 days.\n' > "$T/e.txt"
printf 'Emergency\n\nThe emergency will last 90 days.\n' > "$T/f.txt"
out=$("$SW" diff --no-color "$T/e.txt" "$T/f.txt")
expect_match "a length that moved says by how much" "duration 60 days → 90 days \\(about one month longer\\)" "$out"
# a poll reworded: each share with its own party's; a date's part moved;
# a price in pence where only the headline writes pounds
printf 'Poll\n\nLabour is on 34%%, ahead of Reform on 29%%.\n' > "$T/g.txt"
printf 'Poll\n\nReform is on 31%%, ahead of Labour on 30%%.\n' > "$T/h.txt"
out=$("$SW" diff --no-color --old-date 2025-06-02 --new-date 2025-06-03 "$T/g.txt" "$T/h.txt")
expect_match "a share says whose it is" "Labour 34% → 30% \\(-4 points\\)" "$out"
printf 'Launch\n\nThe launch is expected in early 2027.\n' > "$T/i.txt"
printf 'Launch\n\nThe launch is expected in late 2027.\n' > "$T/j.txt"
out=$("$SW" diff --no-color --old-date 2025-06-02 --new-date 2025-06-03 "$T/i.txt" "$T/j.txt")
expect_match "early → late of a year is a move" "expected date early 2027 → late 2027 \\(about eight months later\\)" "$out"
printf 'Calder bids £4bn\n\nCalder will pay 310p a share.\n' > "$T/k.txt"
printf 'Calder bids £4bn\n\nCalder will now pay 340p a share, up from 310p.\n' > "$T/l.txt"
out=$("$SW" diff --no-color --old-date 2025-06-02 --new-date 2025-06-03 "$T/k.txt" "$T/l.txt")
expect_match "pence in a story of pounds, and the figure it was" "amount 310p → 340p" "$out"
# a count with its holder's; work under way, then done; a death told
# without a figure
printf 'Count\n\nWith 40 of 60 seats declared, Labour had won 18 seats, Plaid Cymru 14 and Reform UK 6.\n' > "$T/m.txt"
printf 'Count\n\nPlaid Cymru has won 24 of the 60 seats, ahead of Labour on 22 and Reform UK on 11.\n' > "$T/n.txt"
out=$("$SW" diff --no-color --old-date 2026-05-08 --new-date 2026-05-08 "$T/m.txt" "$T/n.txt")
expect_match "a count pairs with its holder's" "Plaid Cymru 14 → 24 \\(seat; \\+10\\)" "$out"
expect_no_match "not with the count before it" "40 → 24" "$out"
printf 'Storm\n\nEngineers were working to restore supplies.\n' > "$T/o.txt"
printf 'Storm\n\nEngineers had restored supplies to 155,000 homes.\nA man in his 60s died when a tree fell on his car.\n' > "$T/p.txt"
out=$("$SW" diff --no-color --old-date 2026-02-09 --new-date 2026-02-10 "$T/o.txt" "$T/p.txt")
expect_match "work under way, then done" "status “working to restore” → “had restored”" "$out"
expect_match "a death told without a figure" "new death toll 1 \\(A man\\)" "$out"
printf 'Court upholds ban on protest camp\n\nShares in Hallam rose 6%% on Monday.\nThe firm said it found the breach on 3 March.\nOfficials said up to 300 homes were hit.\n' > "$T/o.txt"
printf 'Appeal court overturns ban on protest camp\n\nShares in Hallam fell 18%% on Monday.\nThe firm said it found the breach on 27 February, not 3 March.\nOfficials said at least 300 homes were hit.\n' > "$T/p.txt"
out=$("$SW" diff --no-color --old-date 2026-03-09 --new-date 2026-03-11 "$T/o.txt" "$T/p.txt")
expect_match "a ruling overturned" "status “upholds ban” → “overturns ban”" "$out"
expect_match "a move that turned" "Hallam up 6% → down 18% \\(now down\\)" "$out"
expect_match "a value named wrong, the right one in its place" "date 3 March → 27 February" "$out"
expect_match "a bound that turned" "home up to 300 → at least 300 \\(home; now a minimum\\)" "$out"
# the held freed; a figure raised to another; a rate with its figure; a
# speaker's one quote for another; an age told closely; a first death
printf 'Aid workers taken hostage\n\nThe car was priced at €29,900.\nA man in his 40s was arrested.\nRest.\nInspector Claire Dunn said: "Someone knows who was driving."\n' > "$T/q.txt"
printf 'Aid workers freed\n\nThe car was priced at €29,900, which Voss has now raised to €32,500.\nA 47-year-old man was arrested.\nRest.\nStaff will get £70 a day.\nA seven-year-old girl has died in hospital.\nInspector Claire Dunn said: "We still need the public'"'"'s help."\n' > "$T/r.txt"
out=$("$SW" diff --no-color --old-date 2026-03-09 --new-date 2026-03-11 "$T/q.txt" "$T/r.txt")
expect_match "the held, freed" "status “taken hostage” → “freed”" "$out"
expect_match "a figure raised to another" "amount €29,900 → €32,500" "$out"
expect_match "a rate told with its figure" "new amount £70 a day" "$out"
expect_no_match "and not as a date" "date a day" "$out"
expect_match "one quote for another" "Claire Dunn quote replaced" "$out"
expect_match "an age told more closely" "age 40s → 47 \\(age; within it\\)" "$out"
expect_match "a death told by its noun" "new death toll 1 \\(girl\\)" "$out"
printf 'Crash\n\nA train derailed near Salzburg.\nPolice are at the scene.\n' > "$T/s.txt"
printf 'Crash\n\nA train derailed near Salzburg.\nPolice said one person was killed.\n' > "$T/u.txt"
out=$("$SW" diff --no-color --old-date 2026-03-09 --new-date 2026-03-09 "$T/s.txt" "$T/u.txt")
expect_match "a first death is major, wherever it is told" "^new death toll one; .*\\[major\\]$" "$(echo "$out" | head -1)"

# a table's place, a headline's future, an arrest charged besides a
# hearing, a warning lifted, a count's words
printf 'Tech firm Zentra to cut 3,000 jobs\n\nUnited are 14th in the Premier League.\nA 32-year-old man has been arrested after a woman was stabbed.\nThe woman was taken to hospital.\nA tsunami warning has been issued for the coast.\nAt least 12 people were killed.\n' > "$T/v.txt"
printf 'Zentra cuts 4,500 jobs as profits fall\n\nUnited are 15th in the Premier League.\nThe woman who was stabbed has died in hospital.\nA 32-year-old man has been charged with her murder and will appear in court on Monday.\nThe tsunami warning for the coast was lifted on Sunday.\nAt least 24 people were killed.\n' > "$T/w.txt"
out=$("$SW" diff --no-color --old-date 2026-03-09 --new-date 2026-03-10 "$T/v.txt" "$T/w.txt")
expect_match "a place in a table, its holder named" "United 14th → 15th \\(place; down 1\\)" "$out"
expect_match "a headline's future and its present" "status “to cut” → “cuts”" "$out"
expect_match "an arrest charged in a sentence that tells a hearing too" "status “has been arrested” → “has been charged with”" "$out"
expect_match "a warning lifted" "status “warning has been issued” → “warning for the coast was lifted”" "$out"
expect_match "a count doubled reads as many" "death toll At least 12 → At least 24 \\(dead; twice as many\\)" "$out"

# a warning's colour, a match's score, a death after a condition, the
# fates of counted jobs, a day put off to, a list of days, a vote's sides
# in words
printf 'Storm: amber warning for wind\n\nThe Met Office has issued an amber warning for wind across the north.\nArsenal lead Chelsea 2-1 at half-time.\nThe singer is in a critical condition in hospital.\nThe chain entered administration, putting 2,100 jobs at risk.\nThe trial of the former mayor is set to begin on June 3 in federal court in Newark.\nThe bank held rates, with the vote split six to three.\nTeachers will strike on 12 and 13 May over pay.\n' > "$T/x.txt"
printf 'Storm: red warning for wind\n\nThe Met Office has upgraded its warning to red across the north.\nArsenal beat Chelsea 3-1 at the Emirates Stadium.\nThe singer has died in hospital, his agent said.\nThe chain was bought out of administration, saving 1,400 jobs.\nThe trial of the former mayor has been postponed until September 9, a federal judge in Newark ruled.\nThe bank held rates, with the vote split five to four.\nTeachers will now strike on 12, 13 and 14 May over pay.\n' > "$T/y.txt"
out=$("$SW" diff --no-color --old-date 2026-04-01 --new-date 2026-04-08 "$T/x.txt" "$T/y.txt")
expect_match "a warning raised" "status “amber warning” → “red warning”" "$out"
expect_match "a match's score" "score 2-1 → 3-1 \\(score\\)" "$out"
expect_match "a death after a condition" "status “is in a critical condition” → “has died”" "$out"
expect_match "jobs at risk are not jobs saved" "job at risk 2,100 removed" "$out"
expect_match "a day put off to is the expected date" "expected date June 3 → September 9" "$out"
expect_match "a list of days: the day added" "new expected date 14 May" "$out"
expect_no_match "and no day of it moved" "12 → 14 May" "$out"
expect_match "a vote's sides in words" "vote three → four" "$out"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/x.txt" "$T/y.txt")
expect_match "the warning's note says which way" '"note": "raised"' "$json"

# a patient's condition, better or worse
printf 'Boy stabbed in Leeds\n\nA 17-year-old boy was stabbed on Saturday night and is in a serious condition in hospital.\n' > "$T/p.txt"
printf 'Boy stabbed in Leeds\n\nA 17-year-old boy was stabbed on Saturday night and is now in a stable condition in hospital.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a condition improved" '"summary": "status “serious condition” → “stable condition”' "$json"
expect_match "and the note says which way" '"note": "improved"' "$json"

# a suspect bailed, a council's stance reversed
printf 'Man charged over fire\n\nA man has been charged with arson and remanded in custody.\nThe council opposes plans to rebuild the warehouse.\n' > "$T/p.txt"
printf 'Man charged over fire\n\nA man has been charged with arson and released on bail.\nThe council now supports plans to rebuild the warehouse.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a suspect bailed" '"note": "bailed"' "$json"
printf 'Retailer collapses\n\nThe retailer Brook & Co entered administration on Monday.\n' > "$T/p.txt"
printf 'Retailer rescued\n\nBrook & Co has been bought out of administration, saving 300 jobs.\n' > "$T/q.txt"
out=$("$SW" diff --no-color --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a firm rescued" "status “in administration” → “rescued”" "$out"
expect_match "a stance reversed" '"old": "against",' "$json"
expect_match "and which way" '"note": "now for"' "$json"

# a fire's cause, not known, then told in a sentence rewritten
printf 'Warehouse fire\n\nA fire destroyed a warehouse in Hull on Monday.\nThe cause of the fire is not yet known.\n' > "$T/p.txt"
printf 'Warehouse fire\n\nA fire destroyed a warehouse in Hull on Monday.\nInvestigators said the fire was started by an electrical fault in the roof.\n' > "$T/q.txt"
out=$("$SW" diff --no-color --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a cause told" "status “cause not known” → “an electrical fault in the roof”" "$out"

# a lead changed hands, the sentences rewritten past pairing
printf 'Mayoral race\n\nEarly returns show Ortiz ahead of Brennan in the race for mayor.\n' > "$T/p.txt"
printf 'Mayoral race\n\nWith most votes counted, Brennan has pulled ahead of Ortiz, officials said.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a lead changed hands" '"note": "lead changed hands"' "$json"
expect_match "and to whom" '"new": "Brennan ahead"' "$json"

# a rate decision foreseen, then another taken, and a deal agreed, then
# undone
printf 'Rates\n\nThe central bank is widely expected to cut interest rates on Thursday, economists say.\nThe deal was agreed in March.\n' > "$T/p.txt"
printf 'Rates\n\nIn a surprise move the central bank held rates at 4%% on Thursday.\nThe deal has collapsed.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a decision not as expected" '"note": "not as expected"' "$json"
expect_match "and what was decided" '"new": "held rates"' "$json"
expect_match "a deal agreed in the passive, then collapsed" '"old": "deal was agreed"' "$json"

# turns of this kind read in rewritten sentences: a probe back in contact,
# a bill vetoed, a painting recovered, a patient out of a coma, cases
# past their peak, a siege lifted, a storm that hit, a charge beside an
# arrest
printf 'Week in brief\n\nThe probe lost contact with Earth on Monday.\nThe bill awaits the governor'"'"'s signature.\nThe singer is in a coma.\nHospital admissions are rising.\nThe town is under siege.\nThe storm is expected to hit the coast on Friday.\nTwo people were arrested.\n' > "$T/p.txt"
printf 'Week in brief\n\nEngineers have regained contact with the probe.\nThe governor vetoed the bill.\nThe singer has woken from a coma.\nHospital admissions have peaked.\nThe siege of the town has been lifted.\nThe storm hit the coast on Friday.\nTwo people were arrested and one was charged with murder.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a probe back in contact" '"new": "regained contact with"' "$json"
expect_match "a bill vetoed" '"new": "vetoed the bill"' "$json"
expect_match "a patient out of a coma" '"new": "out of a coma"' "$json"
expect_match "cases past their peak" '"note": "no longer rising"' "$json"
expect_match "a siege lifted" '"old": "is under siege"' "$json"
expect_match "a storm that hit" '"old": "is expected to hit"' "$json"
expect_match "a charge beside an arrest" '"new": "was charged with"' "$json"
# a signing no longer likely, a job cut after all, a chief named
printf 'Briefs\n\nThe two countries are expected to sign the pact in November.\nThe company said it would not cut jobs.\nThe board is searching for a new chief executive.\n' > "$T/p.txt"
printf 'Briefs\n\nThe pact is now unlikely to be signed this year.\nThe company has cut 300 jobs.\nAnn Jones has been named chief executive.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a signing no longer likely" '"new": "is now unlikely to be signed"' "$json"
expect_match "a job cut after all" '"new": "has cut"' "$json"
expect_match "a chief named" '"new": "has been named chief executive"' "$json"
# (one found is told once a story: the painting on its own)
printf 'Art theft\n\nThe museum'"'"'s painting was stolen.\n' > "$T/p.txt"
printf 'Art theft\n\nThe stolen painting has been recovered.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a painting recovered" '"old": "was stolen"' "$json"

# moves along the scales read in a rewritten sentence: a forecast cut, a
# confidence vote lost, a tour postponed then cancelled, a player ruled
# out, a report confirmed
printf 'Week in brief\n\nThe retailer raised its profit forecast for the year.\nThe prime minister survived a confidence vote.\nThe band postponed its autumn tour.\nKane is doubtful for Saturday'"'"'s match with a hamstring injury.\nAcme denied reports that it was in talks to buy Beta.\n' > "$T/p.txt"
printf 'Week in brief\n\nThe retailer cut its profit forecast for the year.\nThe prime minister lost a confidence vote.\nThe band cancelled its autumn tour.\nKane has been ruled out of Saturday'"'"'s match with a hamstring injury.\nAcme confirmed that it was in talks to buy Beta.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a forecast revised down" '"note": "revised down"' "$json"
expect_match "a confidence vote lost" '"new": "lost confidence vote"' "$json"
expect_match "a tour put off, then called off" '"note": "called off"' "$json"
expect_match "a player ruled out" '"note": "less fit"' "$json"
expect_match "a report confirmed" '"note": "now confirmed"' "$json"

# a report left unanswered, then denied; one confirmed, then unanswered
printf 'Talks\n\nAcme declined to comment on the reports.\nBeta confirmed that it was in talks.\n' > "$T/p.txt"
printf 'Talks\n\nAcme denied the reports.\nBeta would neither confirm nor deny the reports.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a report unanswered, then denied" '"note": "now denied"' "$json"
expect_match "a report confirmed, then unanswered" '"note": "no longer confirmed"' "$json"

# one turn for each event of a story, its sentences rewritten past
# pairing: a suspect's charges dropped, a jury out and its verdict,
# residents ordered out and let home, a website back
printf 'Town news\n\nThe woman was charged with fraud.\nThe jury is still deliberating.\nResidents were ordered to evacuate their homes.\nThe council website was down for several hours.\n' > "$T/p.txt"
printf 'Town news\n\nThe charges against the woman were dropped.\nThe jury found Evans guilty of murder.\nResidents have been allowed to return to their homes.\nThe council website is back online.\n' > "$T/q.txt"
out=$("$SW" diff --no-color --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "charges dropped" "status “was charged with” → “charges against the woman were dropped”" "$out"
expect_match "a jury out, its verdict" "status “jury is still deliberating” → “found Evans guilty”" "$out"
expect_match "residents let home" "status “were ordered to evacuate” →" "$out"
expect_match "a website back" "status “website was down” → “is back online”" "$out"

# this stop's turns through the real binary: a cut made, a sale weighed
# then done, a hearing held, a visit made, a cause told otherwise, an MP
# suspended then expelled, a profit turned to a loss, a finding negated,
# a death now suspicious, a storm weakened, rates held
printf 'Week in review\n\nThe company plans to cut 1,000 jobs.\nAcme is considering selling its stake.\nTwo men are due in court on Monday.\nThe president is due to visit Kyiv.\nThe airline said the outage was caused by a cyber attack.\nThe MP has been suspended from the party.\nBrook reported a profit of $2 billion.\nThe study found the drug was safe.\n' > "$T/p.txt"
printf 'Week in review\n\nThe company has cut 1,000 jobs.\nAcme sold its stake.\nTwo men appeared in court on Monday.\nThe president arrived in Kyiv on Tuesday.\nThe airline said the outage was caused by a power failure.\nThe MP has been expelled from the party.\nBrook reported a loss of $2 billion.\nThe study found the drug was not safe.\n' > "$T/q.txt"
out=$("$SW" diff --no-color --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a cut made" "status “plans to cut” → “has cut”" "$out"
expect_match "a sale weighed, then made" "status “is considering selling” → “sold”" "$out"
expect_match "a hearing held" "status “are due in court” → “appeared in court”" "$out"
expect_match "a visit made" "status “is due to visit” → “arrived”" "$out"
expect_match "a cause told otherwise" "cause “a cyber attack” → “a power failure”" "$out"
expect_match "an MP expelled" '"note": "harsher"' "$json"
expect_match "a profit turned to a loss" '"note": "now loss-making"' "$json"
expect_match "a finding negated" '"note": "now negated"' "$json"
printf 'Fire at mill\n\nA fire destroyed a mill in Leek on Monday.\nThe fire is not thought to be suspicious.\nStorm Lee has strengthened into a hurricane.\nThe bank raised rates to 5%%.\n' > "$T/p.txt"
printf 'Fire at mill\n\nA fire destroyed a mill in Leek on Monday.\nPolice believe the fire was started deliberately.\nLee has weakened to a tropical storm.\nThe bank kept rates on hold at 5%%.\n' > "$T/q.txt"
json=$("$SW" diff --json --old-date 2026-04-01 --new-date 2026-04-08 "$T/p.txt" "$T/q.txt")
expect_match "a fire now suspicious" '"note": "now suspicious"' "$json"
expect_match "a storm weakened" '"note": "weakened"' "$json"
expect_match "rates held" '"note": "rates down"' "$json"

# a condition is no status, a figure a move left is what was, an ordinal
# counts, a launch scrubbed and its new day, another event's day, what
# is no longer to be, a craft hijacked and freed
printf 'Rail talks suspended as strike looms\n\nThe union says 20,000 members will walk out on 3 June.\nThe bank is expected to keep rates at 5.25%%.\nBird flu was found near Dereham, the third case in the county.\nThe agency will launch its rocket from Kourou on Thursday.\nThe prime minister will face a vote of no confidence on Wednesday.\nThe deal is expected to be signed this year.\nPirates have hijacked a cargo ship with 22 crew members on board.\n' > "$T/c.txt"
printf 'Rail talks resume on Monday\n\nThe union says 20,000 members will still walk out on 3 June if no deal is reached.\nThe bank has cut rates to 5%% from 5.25%%.\nBird flu was found near Holt, the fourth case in the county.\nThe launch of the rocket from Kourou was scrubbed on Thursday because of high winds.\nThe next attempt will be on Saturday.\nThe prime minister has lost a vote of no confidence by 91 votes to 84.\nShe is expected to resign on Thursday.\nThe deal is no longer expected to be signed this year.\nAll 22 crew members of the cargo ship have been freed.\n' > "$T/d.txt"
out=$("$SW" diff --no-color --old-date 2026-05-01 --new-date 2026-05-08 "$T/c.txt" "$T/d.txt")
expect_no_match "a condition is no status" "→ “no deal”" "$out"
expect_match "a headline's resuming on a weekday is ahead" "status “talks suspended” → “resume”" "$out"
expect_match "what a move to a figure left" "rates 5.25% → 5%" "$out"
expect_match "an ordinal counts so far" "case third → fourth \\(case; \\+1\\)" "$out"
expect_match "a launch scrubbed" "status “will launch” → “launch … was scrubbed”" "$out"
expect_match "the day called off meets the day now expected" "expected date Thursday → Saturday" "$out"
expect_no_match "another event's day is no new value" "Wednesday → Thursday" "$out"
expect_match "what is no longer to be" "→ “no longer expected to be signed”" "$out"
expect_match "a craft hijacked, its crew freed" "status “hijacked a cargo ship” → “have been freed”" "$out"

# the hurt are not the dead, a move turned, a floor turned a ceiling, a
# release delayed until a day, an evacuation's orders lifted, a toll's
# deaths, a road closed and reopened
printf 'Storm\n\nThree people were injured in the blast.\nShares in the company fell 2.3%% on Monday.\nMore than 100 people attended the vigil.\nThe singer will release her album on 14 March, her label said.\nThe fire forced the evacuation of about 2,000 homes, officials said.\nThe storm hit the coast on Thursday.\nSnow has fallen across the Highlands, closing the A9 between Perth and Inverness.\n' > "$T/e.txt"
printf 'Storm\n\nThree people were killed in the blast.\nShares in the company rose 2.3%% on Monday.\nFewer than 100 people attended the vigil.\nThe singer has delayed the release of her fifth album, Glasshouse, until 9 May, her label said.\nEvacuation orders for about 2,000 homes have been lifted, officials said.\nThe storm hit the coast on Thursday, and at least two people have died.\nThe A9 between Perth and Inverness has reopened after snow fell across the Highlands.\n' > "$T/f.txt"
out=$("$SW" diff --no-color --old-date 2026-01-10 --new-date 2026-02-20 "$T/e.txt" "$T/f.txt")
expect_match "the hurt are not the dead" "new death toll Three" "$out"
expect_match "a move turned" "shares down 2.3% → up 2.3%" "$out"
expect_match "a floor turned a ceiling" "More than 100 → Fewer than 100" "$out"
expect_match "a release delayed until a day" "expected date 14 March → 9 May" "$out"
expect_match "an evacuation's orders lifted" "status “forced the evacuation of” →" "$out"
expect_no_match "a toll's deaths are no status" "“have died”" "$out"
expect_match "a road closed and reopened" "status “closing the A9” → “has reopened”" "$out"

# one hunted and recaptured, a match abandoned that went ahead, a law
# come into force: each a story of one sentence, before and after
one_sentence_diff() {
	printf 'Story\n\n%s\n' "$1" > "$T/g.txt"
	printf 'Story\n\n%s\n' "$2" > "$T/h.txt"
	"$SW" diff --no-color "$T/g.txt" "$T/h.txt"
}
expect_match "one hunted, recaptured" "status “are hunting” → “has been recaptured”" \
	"$(one_sentence_diff "Police are hunting a man who escaped from prison." \
		"A man who escaped from prison has been recaptured.")"
expect_match "a match abandoned went ahead" "status “match was abandoned” → “match went ahead”" \
	"$(one_sentence_diff "The match was abandoned because of rain." "The match went ahead despite the rain.")"
expect_match "a law come into force" "status “will come into force” → “came into force”" \
	"$(one_sentence_diff "The law will come into force in January." "The law came into force in January.")"
expect_match "a boil water notice lifted" "→ “boil water notice has been lifted”" \
	"$(one_sentence_diff "A boil water notice remains in place." "The boil water notice has been lifted.")"

# a closure that will not be, a wedding off, one sent on leave and back,
# a treaty ratified, one hospitalised and home, strikers back at work, a
# resignation withdrawn, a motion defeated, a favourite out, a ship
# refloated, a fire told an accident, a report left unanswered
expect_match "a closure averted" "status “is set to close” → “will stay open”" \
	"$(one_sentence_diff "The plant is set to close next year." "The plant will stay open.")"
expect_match "a wedding off" "status “are due to marry” → “have split up”" \
	"$(one_sentence_diff "The couple are due to marry in June." "The couple have split up.")"
expect_match "one on leave, back at work" "status “on leave” → “reinstated”" \
	"$(one_sentence_diff "The officer has been placed on administrative leave." "The officer has returned to work.")"
expect_match "a treaty ratified" "status “signed” → “ratified”" \
	"$(one_sentence_diff "The two leaders signed the treaty." "Parliament ratified the treaty.")"
expect_match "one hospitalised, home" "status “in hospital” → “discharged from hospital”" \
	"$(one_sentence_diff "The president has been hospitalised." "The president has been discharged from hospital.")"
expect_match "strikers back at work" "status “are on strike” → “have returned to work”" \
	"$(one_sentence_diff "Workers are on strike." "Workers have returned to work.")"
expect_match "a going called off" "status “is stepping down” → “will stay on”" \
	"$(one_sentence_diff "The chief executive is stepping down." "The chief executive will stay on.")"
expect_match "a motion defeated" "status “is expected to pass” → “motion was narrowly defeated”" \
	"$(one_sentence_diff "The motion is expected to pass." "The motion was narrowly defeated.")"
expect_match "a favourite out" "status “is favourite to win” → “was knocked out”" \
	"$(one_sentence_diff "The champion is favourite to win." "The champion was knocked out in the first round.")"
expect_match "a ship refloated" "status “ship is stuck” → “refloated”" \
	"$(one_sentence_diff "The ship is stuck in the canal." "The ship has been refloated.")"
expect_match "a fire told an accident" "status “suspicious” → “not suspicious”" \
	"$(one_sentence_diff "Police believe the fire was started deliberately." "Police now say the fire was an accident.")"
expect_match "a report left unanswered" "status “no comment” → “confirmed”" \
	"$(one_sentence_diff "The ministry would neither confirm nor deny the report." "The ministry confirmed the report.")"
# a move told in two clauses, a patient hurt then stable, a warning
# graded down, an event moved to another day, a place moved, one in talks
# who pulls out, a restriction extended, one ill then well, a measure
# passed, one sought stopped, a count over, an end threatened then come
expect_match "a move told in two clauses" "status “in custody” → “on bail”" \
	"$(one_sentence_diff "Smith was remanded in custody on Monday." "Smith was remanded in custody on Monday but has now been released on bail.")"
expect_match "hurt, then stable" "status “critically injured” → “stable condition”" \
	"$(one_sentence_diff "A cyclist was critically injured in the crash." "The cyclist is now in a stable condition.")"
expect_match "a warning graded down" "status “amber warning” → “yellow warning”" \
	"$(one_sentence_diff "An amber warning for wind is in place." "The amber warning for wind has been downgraded to yellow.")"
expect_match "an event rescheduled" "expected date 12 May → 19 May" \
	"$(one_sentence_diff "The summit will take place on 12 May." "The summit has been rescheduled for 19 May.")"
expect_match "a venue moved" "name Geneva → Vienna" \
	"$(one_sentence_diff "The summit will be held in Geneva." "The summit has been moved from Geneva to Vienna.")"
expect_match "one in talks pulls out" "status “in talks to star” → “has pulled out of”" \
	"$(one_sentence_diff "The actor is in talks to star in the film." "The actor has pulled out of the film.")"
expect_match "a restriction extended" "status “is due to end” → “has been extended”" \
	"$(one_sentence_diff "The ban is due to end in May." "The ban has been extended by six months.")"
expect_match "one ill, then well" "status “tested positive” → “recovered”" \
	"$(one_sentence_diff "The president has tested positive for Covid." "The president has recovered from Covid.")"
expect_match "a measure passed" "status “faces a vote” → “passed the bill”" \
	"$(one_sentence_diff "The bill faces a vote in the Senate next week." "The Senate passed the bill on Tuesday.")"
expect_match "one sought, stopped" "status “searching for” → “was shot dead by police”" \
	"$(one_sentence_diff "Police are searching for the gunman." "The gunman was shot dead by police.")"
expect_match "a count over" "status “Votes are still being counted” → “election result has been declared”" \
	"$(one_sentence_diff "Votes are still being counted." "The election result has been declared.")"
expect_match "an end threatened, come" "status “is at risk of collapse” → “collapsed”" \
	"$(one_sentence_diff "The dam is at risk of collapse." "The dam has collapsed.")"
expect_match "a choice made" "status “under consideration” → “decided”" \
	"$(one_sentence_diff "The council is considering closing the library." "The council has decided to close the library.")"
expect_match "a ruling given" "status “under review” → “approved”" \
	"$(one_sentence_diff "The planning application is under review." "The planning application was approved by the council.")"
expect_match "well again" "status “in hospital” → “recovered”" \
	"$(one_sentence_diff "He is in hospital with pneumonia." "He has fully recovered.")"
expect_match "a ballot closed" "status “polls open” → “polls closed”" \
	"$(one_sentence_diff "Voting is under way." "Polls have closed and counting has begun.")"
expect_match "back in training" "status “injured” → “back in training”" \
	"$(one_sentence_diff "The striker is injured." "The striker has returned to training.")"
expect_match "a price's way turned" "status “fell” → “rebounded”" \
	"$(one_sentence_diff "The pound fell against the dollar." "The pound rebounded against the dollar.")"
expect_match "engaged, then wed" "status “is engaged” → “has married”" \
	"$(one_sentence_diff "The star is engaged to her co-star." "The star has married her co-star.")"
expect_match "a prize won" "status “is nominated for best picture” → “won best picture”" \
	"$(one_sentence_diff "The film is nominated for best picture." "The film won best picture.")"
expect_match "a place saved" "status “is on the brink of closure” → “museum has been saved”" \
	"$(one_sentence_diff "The museum is on the brink of closure." "The museum has been saved by a donor.")"
expect_match "a flight down" "status “was diverted” → “has landed”" \
	"$(one_sentence_diff "The flight was diverted to Shannon after a passenger fell ill." "The flight has landed safely in New York.")"
expect_match "out of intensive care" "status “in intensive care” → “out of intensive care”" \
	"$(one_sentence_diff "The singer is in intensive care after a fall." "The singer has been moved out of intensive care after a fall.")"
expect_match "an inquiry ended" "status “under investigation” → “cleared of wrongdoing”" \
	"$(one_sentence_diff "The museum's director is under investigation." "The museum's director has been cleared of wrongdoing.")"
expect_match "a death treated as murder" "status “unexplained” → “murder”" \
	"$(one_sentence_diff "Police are treating the death as unexplained." "Police are treating the death as murder.")"
expect_match "out of the race" "status “will run for president” → “has dropped out of the presidential race”" \
	"$(one_sentence_diff "The senator says she will run for president." "The senator has dropped out of the presidential race.")"
expect_match "a watch expired" "status “tornado watch is in effect” → “tornado watch has expired”" \
	"$(one_sentence_diff "A tornado watch is in effect until 9pm." "The tornado watch has expired.")"
expect_match "a festival called off" "status now “festival has been cancelled”" \
	"$(one_sentence_diff "Tickets for the festival are sold out." "The festival has been cancelled because of the weather.")"
expect_match "a body found" "status “went missing” → “found the body”" \
	"$(one_sentence_diff "A teenager who went missing on a hike is still being sought." "Police have found the body of a teenager who went missing on a hike.")"
expect_match "a deal that needed approval, blocked" "status “needs approval” → “rejected”" \
	"$(one_sentence_diff "The takeover still needs approval from regulators." "Regulators have blocked the takeover.")"
expect_match "a figure joined to its unit" "storey 12 → 20" \
	"$(one_sentence_diff "Developers plan a 12-storey tower on the site." "Developers plan a 20-storey tower on the site.")"
expect_match "jobs cut, then created" "job lost 200 → created 200" \
	"$(one_sentence_diff "The firm will cut 200 jobs." "The firm will create 200 jobs.")"
expect_match "a word denied by its prefix" "status “effective” → “ineffective”" \
	"$(one_sentence_diff "The trial found the drug effective." "The trial found the drug ineffective.")"
expect_match "claims denied, then admitted" "status “denied” → “admitted”" \
	"$(one_sentence_diff "The chief executive denied the claims." "The chief executive admitted the claims.")"
expect_match "a cut, then a hold" "status “cut rates” → “held rates”" \
	"$(one_sentence_diff "The Bank of England cut interest rates on Thursday." "The Bank of England held interest rates on Thursday.")"
expect_match "a bill passed, then defeated" "status “bill passed” → “bill was defeated”" \
	"$(one_sentence_diff "The bill passed its second reading." "The bill was defeated at its second reading.")"
expect_match "a road cleared" "status “A30 remains blocked” → “A30 has now been cleared”" \
	"$(one_sentence_diff "The A30 remains blocked in both directions." "The A30 has now been cleared.")"
expect_match "a warning that ran out" "status “warning is in place” → “warning expired”" \
	"$(one_sentence_diff "An amber wind warning is in place until 18:00 on Saturday." "The amber wind warning expired at 18:00 on Saturday.")"
expect_match "an appeal upheld" "status “appeal was rejected” → “appeal was upheld”" \
	"$(one_sentence_diff "The appeal was rejected." "The appeal was upheld.")"
expect_match "talks to join, joined" "status “in talks to join” → “joined”" \
	"$(one_sentence_diff "The star is in talks to join the cast." "The star has joined the cast.")"
expect_match "from one figure to another, the ends" "amount \\\$7 → \\\$9" \
	"$(one_sentence_diff "The price rose from \$5 to \$7." "The price rose from \$5 to \$9.")"
expect_match "a chart's place" "place number one → number three" \
	"$(one_sentence_diff "The album went to number one." "The album went to number three.")"
expect_match "a measure in another unit" "^1 sentence changed \\[minor\\]" \
	"$(one_sentence_diff "The bridge is 1.5 miles long." "The bridge is 2.4km long.")"
# this stop's turns, through the binary
expect_match "a lead over the field" "status “Smith ahead” → “Jones ahead”" \
	"$(one_sentence_diff "Smith leads the race, the latest count shows." "Jones leads the race, the latest count shows.")"
expect_match "a measure moved in another unit" "length 1\\.5 mile → 3 km \\(3 km is about 1\\.86 mile; \\+0\\.36\\)" \
	"$(one_sentence_diff "The tunnel is 1.5 miles long." "The tunnel is 3km long.")"
expect_match "a fire put out" "status “fire is still burning” → “fire has been put out”" \
	"$(one_sentence_diff "The fire is still burning, the fire service said." "The fire has been put out, the fire service said.")"
expect_match "an eruption over" "status “is erupting” → “stopped erupting”" \
	"$(one_sentence_diff "The volcano is erupting." "The volcano has stopped erupting.")"
expect_match "a child born" "status “are expecting their first child” → “welcomed their first child”" \
	"$(one_sentence_diff "The couple are expecting their first child." "The couple welcomed their first child, a daughter, on Monday.")"
expect_match "found alive, then dead" "status “found alive” → “found dead”" \
	"$(one_sentence_diff "The missing boy has been found safe." "The missing boy has been found dead.")"
expect_match "one escaped, then caught" "status “prisoner escaped” → “was recaptured”" \
	"$(one_sentence_diff "The prisoner escaped on Monday." "The prisoner was recaptured on Tuesday.")"
expect_match "a term in prison" "prison term eight years → six years" \
	"$(one_sentence_diff "He was jailed for eight years." "His sentence was cut to six years on appeal.")"
expect_match "a measure's way" "status “rising” → “falling”" \
	"$(one_sentence_diff "Cases are rising." "Cases are falling.")"
expect_match "a firm gone under" "status now “entered administration”" \
	"$(one_sentence_diff "The chain is struggling, its owners said." "The chain entered administration on Monday, its owners said.")"
expect_match "a levee breached" "status “holding” → “breached”" \
	"$(one_sentence_diff "The levee held overnight." "The levee was breached overnight.")"
expect_match "a title lost" "status “retained her title” → “lost her title”" \
	"$(one_sentence_diff "The champion retained her title." "The champion lost her title.")"
expect_match "the offence changed" "status “charged with murder” → “charged with manslaughter”" \
	"$(one_sentence_diff "A man has been charged with murder." "A man has been charged with manslaughter.")"
expect_match "a vote to strike, then against" "status “in favour” → “against”" \
	"$(one_sentence_diff "Members voted to strike." "Members voted against strike action.")"
expect_match "work halted, then resumed" "status “Construction has been halted” → “has resumed”" \
	"$(one_sentence_diff "Construction has been halted." "Construction has resumed.")"
expect_match "a hostage killed" "status “was freed” → “hostage was killed”" \
	"$(one_sentence_diff "The hostage was freed on Monday." "The hostage was killed by his captors.")"
# the turns of stop 47, through the binary
expect_match "talks ended in agreement" "status “in talks to buy” → “agreed to buy”" \
	"$(one_sentence_diff "The firm is in talks to buy the rival chain." "The firm agreed to buy the rival chain.")"
expect_match "an agreement walked away from" "status “agreed to buy” → “walked away from”" \
	"$(one_sentence_diff "The firm agreed to buy the rival chain." "The firm walked away from the deal.")"
expect_match "sanctions lifted" "status “sanctions remain in place” → “sanctions were lifted”" \
	"$(one_sentence_diff "The sanctions remain in place." "The sanctions were lifted on Monday.")"
expect_match "a takeover blocked" "status “awaiting approval” → “rejected”" \
	"$(one_sentence_diff "The takeover is subject to regulatory approval." "Regulators blocked the takeover.")"
expect_match "a protest cancelled" "status “protest is planned” → “protest was cancelled”" \
	"$(one_sentence_diff "The protest is planned for Saturday." "The protest was cancelled.")"
expect_match "a lead lost, told from behind" "status “Smith ahead” → “Jones ahead”" \
	"$(one_sentence_diff "Smith is leading in the polls." "Smith now trails Jones in the polls.")"
expect_match "a law struck down" "status “took effect” → “law was struck down”" \
	"$(one_sentence_diff "The law took effect in January." "The law was struck down by the Supreme Court.")"
expect_match "strikers back" "status “walked out” → “returned to work”" \
	"$(one_sentence_diff "Workers walked out on Monday." "Workers returned to work on Friday.")"
expect_match "an inquiry closed" "status “under investigation” → “investigation was closed”" \
	"$(one_sentence_diff "The company is under investigation." "The investigation was closed without charges.")"
expect_match "power back" "status “Power was cut” → “been restored”" \
	"$(one_sentence_diff "Power was cut to 10,000 homes." "Power has been restored to all homes.")"
expect_match "a side relegated" "status “faces relegation” → “was relegated”" \
	"$(one_sentence_diff "The team faces relegation." "The team was relegated on Saturday.")"
expect_match "a border sealed and open" "status “border was sealed” → “reopened”" \
	"$(one_sentence_diff "The border was sealed on Monday." "The border reopened on Friday.")"
expect_match "martial law lifted" "status “declared martial law” → “lifted martial law”" \
	"$(one_sentence_diff "The president declared martial law." "The president lifted martial law.")"
expect_match "an election ruled out, then called" "status “ruled out an early election” → “called an early election”" \
	"$(one_sentence_diff "The prime minister has ruled out an early election." "The prime minister called an early election.")"
# the turns of stop 48, through the binary
expect_match "a suspect held, then freed" "status “held” → “free”" \
	"$(one_sentence_diff "Police arrested the suspect on Friday." "The suspect was freed without charge on Friday.")"
expect_match "a ban lifted" "status “banned the march” → “ban on the march was lifted”" \
	"$(one_sentence_diff "A court banned the march." "The ban on the march was lifted.")"
expect_match "an eruption newly told" "status now “has erupted”" \
	"$(one_sentence_diff "The volcano is dormant." "The volcano has erupted.")"
expect_match "rates held, not raised" "status “expected to raise rates” → “held rates”" \
	"$(one_sentence_diff "Interest rates are expected to rise." "Interest rates were left unchanged.")"
expect_match "a job kept" "status “is expected to be sacked” → “kept her job”" \
	"$(one_sentence_diff "The minister is expected to be sacked." "The minister kept her job.")"
expect_match "a patient out of danger" "status “critical condition” → “out of danger”" \
	"$(one_sentence_diff "The child is in a critical condition." "The child is now out of danger.")"
expect_match "the missing accounted for" "status “are still missing” → “have now been accounted for”" \
	"$(one_sentence_diff "Two crew members are still missing." "All crew members have now been accounted for.")"
expect_match "a deal back on" "status “deal is on hold” → “deal is back on”" \
	"$(one_sentence_diff "The deal is on hold." "The deal is back on.")"
expect_match "a suspension overturned" "status “is suspended for three matches” → “suspension was overturned”" \
	"$(one_sentence_diff "The player is suspended for three matches." "The suspension was overturned on appeal.")"
expect_match "a result below forecasts" "status “above forecasts” → “below forecasts”" \
	"$(one_sentence_diff "The company beat forecasts." "The company missed forecasts.")"
expect_match "talks, then signed on" "status “in talks to star” → “has signed on to star”" \
	"$(one_sentence_diff "The actor is in talks to star in the film." "The actor has signed on to star in the film.")"
expect_match "no survivors found" "status “searching for” → “have found no survivors”" \
	"$(one_sentence_diff "Rescuers are searching for survivors." "Rescuers have found no survivors.")"
expect_match "a plant back in operation" "status “refinery is shut” → “is back in operation”" \
	"$(one_sentence_diff "The refinery is shut." "The refinery is back in operation.")"
expect_match "an accident, then arson" "status “not suspicious” → “arson”" \
	"$(one_sentence_diff "Police are treating the fire as an accident." "Police are treating the fire as arson.")"
expect_match "a ship freed by pirates" "status “held” → “free”" \
	"$(one_sentence_diff "The ship was seized by pirates." "The ship was released by pirates.")"
expect_match "an app back in its store" "status “removed from the App Store” → “is back on the App Store”" \
	"$(one_sentence_diff "The app was removed from the App Store." "The app is back on the App Store.")"
expect_match "an economy shrinking" "status “growing” → “shrinking”" \
	"$(one_sentence_diff "The economy is growing." "The economy has contracted.")"
expect_match "a fire's cause told" "status “cause not known” → “deliberately”" \
	"$(one_sentence_diff "The cause of the fire is unknown." "The fire was started deliberately.")"
expect_match "sales increased, then decreased: no typo" "sales up 10% → down 10%" \
	"$(one_sentence_diff "Sales increased by 10% last year." "Sales decreased by 10% last year.")"
expect_match "profits rose, then fell, to one figure" "status “rose” → “fell”" \
	"$(one_sentence_diff "Profits rose to \$2 billion." "Profits fell to \$2 billion.")"
expect_match "a price cap to rise, then to fall" "status “expected to rise” → “expected to fall”" \
	"$(one_sentence_diff "The price cap will rise in January." "The price cap will fall in January.")"
expect_match "a marriage ending" "status “are married” → “are divorcing”" \
	"$(one_sentence_diff "The couple are married." "The couple are divorcing.")"
expect_match "a house for sale, then sold" "status “is for sale” → “was sold”" \
	"$(one_sentence_diff "The house is for sale." "The house was sold for \$2 million.")"
expect_match "a merger blocked, then cleared" "status “merger was blocked” → “merger was cleared”" \
	"$(one_sentence_diff "The merger was blocked by regulators." "The merger was cleared by regulators.")"
expect_match "a majority lost, then won" "status “lost majority” → “won majority”" \
	"$(one_sentence_diff "The party lost its majority in the election." "The party won a majority in the election.")"
expect_match "an eviction faced, then done" "status “face eviction” → “have been evicted”" \
	"$(one_sentence_diff "The tenants face eviction." "The tenants have been evicted.")"
expect_match "a signing hoped for, then done" "status “hoping to sign” → “has signed”" \
	"$(one_sentence_diff "The club is hoping to sign a striker." "The club has signed a striker.")"
expect_match "an embassy open, then closed" "status “embassy remains open” → “embassy has been closed”" \
	"$(one_sentence_diff "The embassy remains open." "The embassy has been closed.")"
expect_match "an inquiry that found nothing" "status “is being investigated” → “Regulators found no wrongdoing”" \
	"$(one_sentence_diff "The company is being investigated by regulators." "Regulators found no wrongdoing.")"
expect_match "a storm turned away from land" "status “storm is heading for” → “storm has turned away from”" \
	"$(one_sentence_diff "The storm is heading for the coast." "The storm has turned away from the coast.")"
# in the watcher: trailers, and a flip-flop
start_httpd
cat > "$STORYWATCH_CONFIG" <<EOT
[ferry]
url = $BASE/news/ferry.html
EOT
mkdir -p "$(dirname "$STORYWATCH_CONFIG")/hooks"
cat > "$(dirname "$STORYWATCH_CONFIG")/hooks/on-change" <<EOT
#!/bin/sh
echo "\$STORYWATCH_SIGNIFICANCE" >> "$T/hook.log"
EOT
chmod +x "$(dirname "$STORYWATCH_CONFIG")/hooks/on-change"
serve_demo 1 news/ferry.html
"$SW" check ferry >/dev/null 2>&1
serve_demo 3 news/ferry.html
"$SW" check ferry >/dev/null 2>&1
expect_eq "the change was told once" 1 "$(wc -l < "$T/hook.log")"
git_log=$(git -C "$STORYWATCH_REPO" log -1 --format=%B)
expect_match "subject: the fact change" "^ferry: amount \\\$48 million → \\\$84 million" "$git_log"
expect_match "trailer per fact kind" "^Fact-Changed: amount$" "$git_log"
expect_match "trailer: the date" "^Fact-Changed: date$" "$git_log"
expect_eq "git log --grep finds it" 1 "$(git -C "$STORYWATCH_REPO" log --oneline --grep='Fact-Changed: amount' | wc -l)"
serve_demo 1 news/ferry.html
out=$("$SW" check ferry 2>&1)
expect_match "back to the first version: a flip-flop" "^ferry: flip-flop: back to the version of [0-9a-f]{7}" "$out"
expect_eq "committed" 3 "$(git -C "$STORYWATCH_REPO" log --oneline -- ferry/ | wc -l)"
expect_match "with a trailer" "^Flip-Flop: [0-9a-f]{40}$" "$(git -C "$STORYWATCH_REPO" log -1 --format=%B)"
expect_eq "and not told again" 1 "$(wc -l < "$T/hook.log")"

# a role change in the commit: the name and both roles, and its trailer
minister() {
	mkdir -p "$T/www/news"
	cat > "$T/www/news/minister.html" <<EOT
<!DOCTYPE html><html><head><title>Minister backs the ferry plan</title></head><body>
<article><h1>Minister backs the ferry plan</h1>
<p>$1 Ana Ruiz said on Monday that the port would reopen next spring, and that the new berth would take the larger ferries the island has asked for since the storm.</p>
<p>The harbour board has set aside money for dredging, and work on the quay walls is due to start once the winter gales have passed, officials said after the meeting.</p>
<p>Residents who spoke at the meeting said they welcomed the plan but wanted a timetable for the works and a promise that the old slipway would stay open to small boats.</p>
</article></body></html>
EOT
}
cat >> "$STORYWATCH_CONFIG" <<EOT
[minister]
url = $BASE/news/minister.html
EOT
minister "Prime Minister"
"$SW" check minister >/dev/null 2>&1
minister "Former Prime Minister"
"$SW" check minister >/dev/null 2>&1
git_log=$(git -C "$STORYWATCH_REPO" log -1 --format=%B -- minister/)
expect_match "the commit body names the person and both roles" \
	"^\* person: Ana Ruiz \(role: Prime Minister → former Prime Minister\)$" "$git_log"
expect_match "with its trailer" "^Fact-Changed: person$" "$git_log"
