#!/bin/sh
# storywatch facts: the JSON contract (kind, start, end, text, value and
# the fields of each kind), offsets that are bytes of the input, the table,
# standard input, and bad input or usage.
. "$(dirname "$0")/lib.sh"

cat > "$T/story.txt" <<'TEXT'
MOSCOW — President Vladimir Putin will sign the accord next month, on November 10, officials said on Tuesday.
The cable contract is worth $600 million, or 2.5bn ruble, and five PLA soldiers were detained.
“We expect it in the first half of 2015,” said Ian Wallace. Wallace added that 12 percent would go to Huawei Technologies.
TEXT

json=$("$SW" facts --ref-date 2014-10-24 --json "$T/story.txt"); rc=$?
expect_eq "facts --json exits 0" 0 $rc
# one object per line, each with the five fields, in that order
bad=$(printf '%s\n' "$json" | grep -Evc '^\{"kind":"[a-z]+","start":[0-9]+,"end":[0-9]+,"text":".*","value":')
expect_eq "every line has kind, start, end, text, value" 0 "$bad"
expect_match "next month is 2014-11" '"text":"next month","value":"2014-11","type":"DATE","from":"2014-11-01","to":"2014-11-30"' "$json"
expect_match "November 10" '"text":"November 10","value":"2014-11-10"' "$json"
expect_match "Tuesday, said in the past: the one before" '"text":"Tuesday","value":"2014-10-21"' "$json"
expect_match "the first half of 2015" '"value":"2015-H1"' "$json"
expect_match "money with currency and amount" '"kind":"money",.*"text":"\$600 million","value":"USD 600000000","currency":"USD","amount":600000000' "$json"
expect_match "roubles" '"text":"2.5bn ruble","value":"RUB 2500000000"' "$json"
expect_match "a counted number" '"kind":"number",.*"text":"five","value":"5",.*"noun":"soldier"' "$json"
expect_match "a percentage" '"kind":"percent",.*"text":"12 percent","value":"12%"' "$json"
expect_match "a person with a role" '"kind":"person",.*"text":"Vladimir Putin","value":"Vladimir Putin","role":"President"' "$json"
expect_match "a short form linked to the full name" '"text":"Wallace","value":"Ian Wallace","ref":"Ian Wallace"' "$json"
expect_match "an organisation" '"kind":"org",.*"text":"Huawei Technologies"' "$json"
expect_match "a place" '"kind":"place",.*"text":"MOSCOW"' "$json"
expect_match "a quote with its speaker" '"kind":"quote",.*"speaker":"Ian Wallace"' "$json"

# the offsets are bytes of the input: cut them out of the file again
# (the dash and the curly quotes are several bytes each)
n=0; wrong=0
for span in $(printf '%s\n' "$json" | sed -n 's/^{"kind":"[a-z]*","start":\([0-9]*\),"end":\([0-9]*\),"text":"\([^"\\]*\)".*/\1:\2/p'); do
	s=${span%:*}; e=${span#*:}
	cut=$(tail -c +$((s + 1)) "$T/story.txt" | head -c $((e - s)))
	text=$(printf '%s\n' "$json" | sed -n "s/^{\"kind\":\"[a-z]*\",\"start\":$s,\"end\":$e,\"text\":\"\([^\"]*\)\".*/\1/p" | head -n 1)
	[ "$cut" = "$text" ] || { wrong=$((wrong + 1)); echo "# [$s,$e): '$cut' != '$text'"; }
	n=$((n + 1))
done
expect_eq "text is exactly the bytes start..end ($n spans)" 0 $wrong
[ $n -gt 10 ] && ok "spans checked: $n" || notok "too few spans checked: $n"

# the table, and standard input
table=$("$SW" facts --ref-date 2014-10-24 - < "$T/story.txt")
expect_match "table: a line per fact, aligned" '^money +[0-9]+-[0-9]+ +\$600 million +USD 600000000$' "$table"
expect_eq "table and JSON list the same facts" "$(printf '%s\n' "$json" | wc -l)" "$(printf '%s\n' "$table" | wc -l)"

# this stop's forms through the command: a share told as a fraction, a
# run of years, a town before its state
out=$(printf 'About two-thirds of voters backed the plan for 2028-29, the Menlo Park, Calif., council said.\n' |
	"$SW" facts --ref-date 2014-10-24 --json -)
expect_match "a fraction is a percentage" '"kind":"percent",.*"text":"About two-thirds","value":"66.7%"' "$out"
expect_match "a run of years: its last" '"text":"29","value":"2029"' "$out"
expect_match "a town before its state" '"kind":"place",.*"text":"Menlo Park"' "$out"

# a date's part of its value, and the third it covers
out=$(printf 'The launch is due in early 2027.\n' | "$SW" facts --ref-date 2026-01-01 --json -)
expect_match "a date's part: mod" '"text":"early 2027","value":"2027","type":"DATE","from":"2027-01-01","to":"2027-05-01","mod":"START"' "$out"

# stop 22's forms through the command: a share of a unit, one in so
# many, a single-quoted quote and its speaker, a body after its seat
out=$(printf "The embargo has lasted half a century. One in five adults smokes. 'This is a scandal,' said Jess Phillips. Atlanta-based BellSouth grew.\n" |
	"$SW" facts --ref-date 2014-10-24 --json -)
expect_match "half a century is fifty years" '"kind":"duration",.*"text":"half a century","value":"P50Y"' "$out"
expect_match "one in five is a share" '"kind":"percent",.*"text":"One in five","value":"20%"' "$out"
expect_match "a single-quoted quote has its speaker" "\"kind\":\"quote\",.*\"speaker\":\"Jess Phillips\"" "$out"
expect_match "the name after a seat is a body" '"kind":"org",.*"text":"BellSouth"' "$out"

# figures as written: no exponent, no binary noise, in the value and the amount
out=$(printf 'Revenue will be $4.1 billion to $4.3 billion. The index closed at 35378.44.\n' |
	"$SW" facts --ref-date 2014-10-24 --json -)
expect_match "a range of billions in whole dollars" '"value":"USD 4100000000-4300000000","currency":"USD","amount":4100000000,"max":4300000000,' "$out"
expect_match "every digit of a decimal" '"text":"35378.44","value":"35378.44","amount":35378.44,' "$out"

# a range of lengths: one duration, the lower end its value, the upper its max
out=$(printf 'Repairs will take two to three weeks.\n' | "$SW" facts --ref-date 2014-10-24 --json -)
expect_match "a range of lengths has its max" '"text":"two to three weeks","value":"P2W","type":"DURATION","max":"P3W"' "$out"
out=$(printf 'Repairs will take two to three weeks.\n' | "$SW" facts --ref-date 2014-10-24 -)
expect_match "the table shows the max" 'two to three weeks.*P2W DURATION max: P3W' "$out"

# bad bytes keep their place: offsets after them do not move
printf 'On Monday \377\376\0 they paid $5 million.\n' > "$T/bad.txt"
out=$("$SW" facts --ref-date 2014-10-24 --json "$T/bad.txt"); rc=$?
expect_eq "invalid UTF-8 and NUL: exit 0" 0 $rc
expect_match "offsets stay byte offsets of the input" '"start":24,"end":34,"text":"\$5 million"' "$out"

# nothing absurd from hostile numbers, and no hang on a long line
{ printf '$'; head -c 10000 /dev/zero | tr '\0' '9'; printf ' trillion, '; head -c 1048576 /dev/zero | tr '\0' 'x'; printf '\n'; } > "$T/huge.txt"
out=$("$SW" facts --ref-date 2014-10-24 --json "$T/huge.txt"); rc=$?
expect_eq "10,000 digits and 1 MB without a space: exit 0" 0 $rc
expect_no_match "no money from 10,000 digits" '"kind":"money"' "$out"

# usage errors: one line naming the fault, exit 2, nothing printed
# without --ref-date, the text's own dateline is the day it speaks from
out=$(printf 'Floods\n\nBy Tom Reed | 3 March 2025\n\nPolice said on Monday the river would peak on Wednesday.\n' |
	"$SW" facts --json -)
expect_match "Monday is the dateline's own day" '"text":"Monday","value":"2025-03-03"' "$out"
expect_match "Wednesday the one after it" '"text":"Wednesday","value":"2025-03-05"' "$out"
out=$(printf 'Floods\n\nThe river peaked on 3 March 2025.\n\nPolice said on Monday it had fallen.\n' |
	"$SW" facts --json -)
expect_no_match "a sentence with a date is no dateline" '"text":"Monday","value":"2025-03-03"' "$out"

err=$("$SW" facts --ref-date 2014-02-30 "$T/story.txt" 2>&1 >/dev/null); rc=$?
expect_eq "an impossible --ref-date exits 2" 2 $rc
expect_match "and says which" '^storywatch: --ref-date: "2014-02-30" is not a date YYYY-MM-DD$' "$err"
err=$("$SW" facts --ref-date 2014-10-24 "$T/missing.txt" 2>&1 >/dev/null); rc=$?
expect_eq "a missing file exits 2" 2 $rc
expect_match "and names it" 'missing.txt' "$err"
expect_eq "the error is one line" 1 "$(printf '%s\n' "$err" | wc -l)"
"$SW" facts --ref-date 2014-10-24 >/dev/null 2>&1
expect_eq "no FILE exits 2" 2 $?
