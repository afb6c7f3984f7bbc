/* SPDX-License-Identifier: MIT
 * Facts: a table of sentences (ours) with the fact each must yield, the
 * intervals dates cover, the seed articles when ../shared holds them, and
 * hostile input. */
#include "testlib.h"

#include <math.h>
#include <string.h>

#include "sw/facts.h"
#include "sw/text.h"

#include "../../src/facts-private.h"

/* value "-" asks that no such fact be found; NULL leaves the value
 * unchecked; extra is one "field=value" (noun, role, ref, speaker, from,
 * to, max, approx; "-" for a field that must be unset). Every case reads
 * against Friday 2014-10-24. */
typedef struct {
	const gchar *text;
	const gchar *kind;
	const gchar *span;
	const gchar *value;
	const gchar *extra;
} SwFactCase;

static const SwFactCase fact_cases[] = {
    /* ---- money ---- */
    {"The deal is worth $600 million.", "money", "$600 million", "USD 600000000", NULL},
    {"Net profit rose to NZ$48 million. The board declared a dividend of 12 cents a share.", "money", "12 cents", "NZD 0.12", NULL},
    {"Shares rose C$1, or 12.5 cents, to C$35.", "money", "12.5 cents", "CAD 0.125", NULL},
    {"Costs were 300 million yen, or 90 cents a share.", "money", "90 cents", "USD 0.9", NULL},
    {"Analysts now value it at $60 million.", "money", "$60 million", "USD 60000000", NULL},
    /* two amounts, each in its own currency */
    {"It cost \u20ac3.5 billion and $1.5 trillion.", "money", "$1.5 trillion", "USD 1500000000000", NULL},
    {"They paid USD 5 million and CHF 10 million.", "money", "CHF 10 million", "CHF 10000000", NULL},
    {"The fund raised $5,000 and 5,000 euros.", "money", "5,000 euros", "EUR 5000", NULL},
    {"The fare rose from \u20ac5 to $6.", "money", "$6", "USD 6", NULL},
    /* figures as written: whole when whole, every decimal digit kept */
    {"Analysts expect revenue of $4.1 billion to $4.3 billion.", "money", "$4.1 billion to $4.3 billion", "USD 4100000000-4300000000", NULL},
    {"The Nikkei closed at 35378.44.", "number", "35378.44", "35378.44", NULL},
    /* "and" joins a range only after "between"; else two amounts, and a
     * bare figure after it is no money */
    {"Net fell to $23.5 million and $8.2 million.", "money", "$8.2 million", "USD 8200000", NULL},
    {"The deal is worth $5 billion and 2,000 jobs will go.", "money", "$5 billion", "USD 5000000000", NULL},
    {"Tickets cost between $40 and $60.", "money", "$40 and $60", "USD 40-60", NULL},
    {"The fund raised $60m last year.", "money", "$60m", "USD 60000000", NULL},
    {"The fund manages $1.2trn of assets.", "money", "$1.2trn", "USD 1200000000000", NULL},
    {"Sales were up 20pc on the year.", "percent", "20pc", "20%", NULL},
    {"He bought 20 PCs for the office.", "percent", "20 PCs", "-", NULL},
    /* a share told as a fraction: "of" something, or what a change moved by */
    {"Shares have fallen by a third since January.", "percent", "a third", "33.3%", NULL},
    {"About two-thirds of voters backed the plan.", "percent", "About two-thirds", "66.7%", "approx=1"},
    {"A quarter of voters backed the plan.", "percent", "A quarter", "25%", NULL},
    {"The film's release has been pushed back to March.", "date", "March", "2015-03", NULL},
    {"The vote was moved to May.", "date", "May", "2015-05", NULL},
    {"Power moved to May and her cabinet.", "date", "May", "-", NULL},
    {"A quarter of voters backed the plan.", "duration", "A quarter", "-", NULL},
    {"Two thirds of voters backed the plan.", "percent", "Two thirds", "66.7%", NULL},
    {"Three quarters of staff left.", "percent", "Three quarters", "75%", NULL},
    {"One fifth of homes flooded.", "percent", "One fifth", "20%", NULL},
    {"One fifth of homes flooded.", "number", "One", "-", NULL},
    {"Two quarters of growth followed.", "duration", "Two quarters", "P2Q", NULL},
    {"He won two third-round matches.", "number", "two", "2", NULL},
    {"Most backed the plan, while a quarter opposed it.", "percent", "a quarter", "25%", NULL},
    {"About a third said no.", "percent", "About a third", "33.3%", "approx=1"},
    {"Of those surveyed, nearly half were women.", "percent", "nearly half", "50%", "approx=1"},
    {"Profit in a quarter was weak.", "duration", "a quarter", "P1Q", NULL},
    {"A third party was named.", "percent", "A third", "-", NULL},
    /* one in so many */
    {"One in five adults smokes.", "percent", "One in five", "20%", NULL},
    {"Two out of three voters backed it.", "percent", "Two out of three", "66.7%", NULL},
    {"Nearly 1 in 10 children is affected.", "percent", "Nearly 1 in 10", "10%", "approx=1"},
    {"The firm hired one in 2015.", "percent", "one in 2015", "-", NULL},
    {"He scored two in 10 minutes.", "percent", "two in 10", "-", NULL},
    {"Nearly half of the 600 workers lost their jobs.", "percent", "Nearly half", "50%", NULL},
    {"Stir in a cup and a half of honey.", "percent", "a half", "-", NULL},
    {"More than half of men and a third of women agreed.", "percent", "a third", "33.3%", NULL},
    {"Three-quarters of the staff quit.", "percent", "Three-quarters", "75%", NULL},
    {"Output was cut by half.", "percent", "half", "50%", NULL},
    /* a word in -ly is an adverb: it modifies what follows, or ends the
     * phrase with no noun counted */
    {"Five were hurt, two critically.", "number", "two", "-", NULL},
    {"Three newly built homes burned.", "number", "Three", "3", "noun=home"},
    {"The fire killed one family.", "number", "one", "1", "noun=family"},
    /* a figure corrected names what it counts before its verb */
    {"The earthquake's magnitude was revised to 6.4.", "number", "6.4", "6.4", "noun=magnitude"},
    {"The death toll has since been raised to 40.", "number", "40", "40", "noun=toll"},
    /* a containment told whole in words */
    {"The fire was fully contained by Sunday.", "percent", "fully", "100%", NULL},
    {"The spill was completely contained.", "percent", "completely", "100%", NULL},
    {"She was fully aware of it.", "percent", "fully", "-", NULL},
    /* a move told as a multiple; not "doubled down" nor "doubled as" */
    {"The number of cases has doubled.", "percent", "doubled", "100%", NULL},
    {"Profits halved in the second quarter.", "percent", "halved", "50%", NULL},
    {"He doubled down on the claim.", "percent", "doubled", "-", NULL},
    {"The hall doubled as a venue.", "percent", "doubled", "-", NULL},
    {"She halved the apples.", "percent", "halved", "-", NULL},
    /* and a growth of none */
    {"The economy saw no growth in the quarter.", "percent", "no growth", "0%", NULL},
    {"Zero growth is forecast.", "percent", "Zero growth", "0%", NULL},
    {"It was a no-growth budget.", "percent", "no-growth", "-", NULL},
    {"No growth-linked pay was offered.", "percent", "No growth", "-", NULL},
    {"Profit fell by half a point.", "percent", "half", "-", NULL},
    /* a fraction of a point is that many points; a unit's first word
     * stays with it */
    {"Profit fell by half a point.", "number", "half", "0.5", "noun=point"},
    {"Rates rose by half a percentage point.", "number", "half", "0.5", "noun=percentage point"},
    {"The Bank of England cut rates by a quarter point to 4.75%.", "number", "a quarter", "0.25", "noun=point"},
    {"It cut rates by a quarter of a percentage point to 4.5%.", "number", "a quarter", "0.25", "noun=percentage point"},
    {"The Fed cut its benchmark rate by a quarter-point.", "number", "a quarter", "0.25", "noun=point"},
    {"It fell by a half-percentage-point.", "number", "a half", "0.5", "noun=percentage point"},
    /* a share a change moved what it names by */
    {"The drug cut deaths by a third.", "percent", "a third", "33.3%", NULL},
    {"It reduced the risk of death by half.", "percent", "half", "50%", NULL},
    {"He cut the cake by half a metre.", "percent", "half", "-", NULL},
    {"The fire covers 40 square miles.", "number", "40", "40", "noun=square mile"},
    /* an adverb is no noun; before a plural it is an adjective */
    {"The puzzle mixes the three together.", "number", "three", "-", NULL},
    {"See Fig. 1 above.", "number", "1", "1", "noun=-"},
    {"See Fig. 1 above.", "person", "See Fig", "-", NULL},
    {"See Facebook's policy for details.", "person", "See Facebook", "-", NULL},
    {"The rifle was buried one foot below the ground.", "number", "one", "1", "noun=foot"},
    {"They fought about two earlier pieces of legislation.", "number", "about two", "2", "noun=piece"},
    /* a dash between spaces is no word, nor a noun */
    {"They all had one problem -- they were not portable.", "number", "one", "1", "noun=problem"},
    {"The index closed at 225.86 - a record.", "number", "225.86", "225.86", "noun=-"},
    /* a citation's mark and a list's item number count nothing */
    {"Frogs,[179] spiders and snails live there.", "number", "179", "-", NULL},
    {"Tips\n1. Start small and grow.\n2) Beware the walls.", "number", "1", "-", NULL},
    {"Tips\n1. Start small and grow.\n2) Beware the walls.", "number", "2", "-", NULL},
    {"Deaths\n5 people died in the fire.", "number", "5", "5", "noun=people"},
    {"The index fell 12 points.", "number", "12", "12", "noun=point"},
    {"It took half an hour.", "percent", "half", "-", NULL},
    {"A third party joined the race.", "percent", "A third", "-", NULL},
    {"It came in the last half of the decade.", "percent", "half", "-", NULL},
    {"A quarter of the year had passed.", "percent", "A quarter", "-", NULL},
    {"Gazprom will pay 2.5bn ruble in fees.", "money", "2.5bn ruble", "RUB 2500000000", NULL},
    {"The bank lent €3.5 billion to the utility.", "money", "€3.5 billion", "EUR 3500000000", NULL},
    {"It cost about $5 million to build.", "money", "about $5 million", "USD 5000000", "approx=1"},
    /* a word of approximation is a whole word, not the end of one */
    {"Buy this awesome $29 charger.", "money", "$29", "USD 29", "approx=0"},
    {"Moreover 40% of voters stayed home.", "percent", "40%", "40%", "approx=0"},
    {"Estimates range from $5 million to $10 million.", "money", "$5 million to $10 million", "USD 5000000-10000000", NULL},
    {"The plant needs $5-10 million a year.", "money", "$5-10 million", "USD 5000000-10000000", NULL},
    {"Tickets cost £40 each.", "money", "£40", "GBP 40", NULL},
    {"The yen bond raised ¥30 billion.", "money", "¥30 billion", "JPY 30000000000", NULL},
    {"They offered 500 euros per head.", "money", "500 euros", "EUR 500", NULL},
    {"A fine of 1,200 dollars was imposed.", "money", "1,200 dollars", "USD 1200", NULL},
    {"The contract is worth US$1.2 billion.", "money", "US$1.2 billion", "USD 1200000000", NULL},
    {"Sales reached HK$300 million.", "money", "HK$300 million", "HKD 300000000", NULL},
    {"Profit was 85 cents a share.", "money", "85 cents", "USD 0.85", NULL},
    {"A stamp now costs 85 pence.", "money", "85 pence", "GBP 0.85", NULL},
    {"The contract is worth Rs 4,500 crore.", "money", "Rs 4,500 crore", "INR 45000000000", NULL},
    {"Mrs 5 said so.", "money", "rs 5", "-", NULL},
    /* where an amount went, not a range */
    {"Brent crude rose $2.10 to $81.35.", "money", "$2.10", "USD 2.1", NULL},
    {"Brent crude rose $2.10 to $81.35.", "money", "$81.35", "USD 81.35", NULL},
    {"The fee was raised from $5 million to $7 million.", "money", "$7 million", "USD 7000000", NULL},
    {"They cut prices from $5 to $4.", "money", "$4", "USD 4", NULL},
    {"The loan of C$75 million was repaid.", "money", "C$75 million", "CAD 75000000", NULL},
    {"It holds A$2 billion in bonds.", "money", "A$2 billion", "AUD 2000000000", NULL},
    {"The cheque was for $12.50 only.", "money", "$12.50", "USD 12.5", NULL},
    {"Revenue rose to $4.2bn.", "money", "$4.2bn", "USD 4200000000", NULL},
    {"The firm owes $3 trillion.", "money", "$3 trillion", "USD 3000000000000", NULL},
    {"He paid 40 million yuan for the site.", "money", "40 million yuan", "CNY 40000000", NULL},
    {"Exports fell by 2 billion rubles.", "money", "2 billion rubles", "RUB 2000000000", NULL},
    {"A bonus of 10,000 pounds was paid.", "money", "10,000 pounds", "GBP 10000", NULL},
    {"They raised nearly $1 million online.", "money", "nearly $1 million", "USD 1000000", "approx=1"},
    {"More than $20 billion left the country.", "money", "More than $20 billion", "USD 20000000000", "approx=1"},
    {"The budget is USD 45 million.", "money", "USD 45 million", "USD 45000000", NULL},
    {"It sold for 300 million euros.", "money", "300 million euros", "EUR 300000000", NULL},
    {"The rupee loan of 5 crore rupees was cleared.", "money", "5 crore rupees", "INR 50000000", NULL},
    {"Fees total $250k a year.", "money", "$250k", "USD 250000", NULL},
    {"The state spent $1,250,000 on ads.", "money", "$1,250,000", "USD 1250000", NULL},
    {"Bail was set at two million dollars.", "money", "two million dollars", "USD 2000000", NULL},
    {"Shares rose to 1,000 yen.", "money", "1,000 yen", "JPY 1000", NULL},
    {"The project will cost 80 million Swiss francs.", "money", "80 million Swiss francs", "CHF 80000000", NULL},
    {"A tax of ₽500 per car.", "money", "₽500", "RUB 500", NULL},
    {"The fine was £2m.", "money", "£2m", "GBP 2000000", NULL},
    {"Prices start at $99.", "money", "$99", "USD 99", NULL},
    {"It raised roughly €800,000 last month.", "money", "roughly €800,000", "EUR 800000", "approx=1"},
    /* ---- percent ---- */
    {"The index fell 12 percent on Friday.", "percent", "12 percent", "12%", NULL},
    {"Turnout was 64.5%.", "percent", "64.5%", "64.5%", NULL},
    /* a range of percentages, and where one went */
    {"The bank set a range of 4.25%-4.5%.", "percent", "4.25%-4.5%", "4.25-4.5%", NULL},
    {"Growth will be between 5 and 7 per cent.", "percent", "5 and 7 per cent", "5-7%", NULL},
    {"Rates rose 5-7%.", "percent", "5-7%", "5-7%", NULL},
    {"HD 225.86 -12.99 -5.44%", "percent", "12.99", "-", NULL},
    {"HD 225.86 -12.99 -5.44%", "percent", "5.44%", "5.44%", NULL},
    {"Unemployment rose from 4.2% to 4.4%.", "percent", "4.4%", "4.4%", NULL},
    {"Support fell from 7% to 5%.", "percent", "7%", "7%", NULL},
    {"Some 5% and 7% of voters left.", "percent", "7%", "7%", NULL},
    {"The bank cut rates by 25 basis points.", "number", "25", "25", "noun=basis point"},
    {"There were 5 virus cases.", "number", "5", "5", "noun=case"},
    {"The currency lost twenty six percent of its value.", "percent", "twenty six percent", "26%", NULL},
    {"Rates rose 2 per cent in March.", "percent", "2 per cent", "2%", NULL},
    {"About 40% of voters agreed.", "percent", "About 40%", "40%", "approx=1"},
    {"Growth of 3 to 4 percent is expected.", "percent", "3 to 4 percent", "3-4%", NULL},
    {"Unemployment hit 10 pct in May.", "percent", "10 pct", "10%", NULL},
    {"A 0.25% cut is likely.", "percent", "0.25%", "0.25%", NULL},
    {"Only five percent said yes.", "percent", "five percent", "5%", NULL},
    {"Prices rose by 100 percent.", "percent", "100 percent", "100%", NULL},
    {"Support slipped to nearly 30 percent.", "percent", "nearly 30 percent", "30%", "approx=1"},
    {"Margins were 15-20% last year.", "percent", "15-20%", "15-20%", NULL},
    {"It owns 51 percent of the venture.", "percent", "51 percent", "51%", NULL},
    {"Inflation is 7.8 per cent.", "percent", "7.8 per cent", "7.8%", NULL},
    {"Ninety percent of the town was flooded.", "percent", "Ninety percent", "90%", NULL},
    /* ---- numbers with counted nouns ---- */
    {"Five PLA soldiers were arrested.", "number", "Five", "5", "noun=soldier"},
    /* a partitive names what is counted; "one of the" is an idiom */
    {"Apple will sell 20 million of the new devices.", "number", "20 million", "20000000", "noun=device"},
    {"Three of the four engines failed.", "number", "Three", "3", "noun=engine"},
    {"Some 40 of the company's 300 staff left.", "number", "Some 40", "40", "noun=-"},
    {"Labour took 412 of the 650 seats.", "number", "412", "412", "noun=seat"},
    {"The plant employs 1.2k staff.", "number", "1.2k", "1200", "noun=staff"},
    {"There were more than 30 staff vacancies.", "number", "more than 30", "30", "noun=vacancy"},
    {"There were fewer than 30 staff vacancies.", "number", "fewer than 30", "30", "noun=vacancy"},
    {"Eight of 14 killings were solved.", "number", "Eight", "8", "noun=killing"},
    {"He scored 12 of 20 in the test.", "number", "12", "12", "noun=-"},
    {"It is one of the largest lenders.", "number", "one", "-", NULL},
    /* a dozen after a number multiplies it */
    {"Nearly two dozen schools closed.", "number", "Nearly two dozen", "24", "noun=school"},
    {"Half a dozen soldiers died.", "number", "Half a dozen", "6", "noun=soldier"},
    /* an acronym's plural is the noun, and a verb after it none */
    {"Two-thirds of the 650 MPs voted in favour.", "number", "650", "650", "noun=MP"},
    {"About 300 MEPs attended.", "number", "About 300", "300", "noun=MEP"},
    {"One trader told Reuters it was over.", "number", "One", "1", "noun=trader"},
    {"One senior official Monday denied it.", "number", "One", "1", "noun=official"},
    {"Half a million refugees crossed.", "number", "Half a million", "500000", "noun=refugee"},
    {"Nearly a million people fled.", "number", "Nearly a million", "1000000", "noun=people"},
    {"He paid half a million dollars.", "money", "half a million dollars", "USD 500000", NULL},
    {"Half a dozen soldiers were hurt.", "number", "Half a dozen", "6", "noun=soldier"},
    {"A quarter of a million people marched.", "number", "A quarter of a million", "250000", "noun=people"},
    {"Three-quarters of a billion dollars went missing.", "money", "Three-quarters of a billion dollars",
     "USD 750000000", NULL},
    {"The airport cost R$2 billion.", "money", "R$2 billion", "BRL 2000000000", NULL},
    {"The fine was 300,000 zlotys.", "money", "300,000 zlotys", "PLN 300000", NULL},
    {"It sold for 12bn Norwegian crowns.", "money", "12bn Norwegian crowns", "NOK 12000000000", NULL},
    {"Debts reached 3 billion Turkish lira.", "money", "3 billion Turkish lira", "TRY 3000000000", NULL},
    {"After the £1bn fine, the dividend rose to 12.5p a share.", "money", "12.5p", "GBP 0.125", NULL},
    {"The set shows 720p video.", "money", "720p", "-", NULL},
    {"Pay rose by £5. It ends at 5pm.", "money", "5p", "-", NULL},
    {"Two officials made the case.", "number", "Two", "2", "noun=official"},
    /* "m" and "k" on the digits before a plural they count */
    {"The airline carried 4.5m passengers.", "number", "4.5m", "4500000", "noun=passenger"},
    {"The app has 300k users.", "number", "300k", "300000", "noun=user"},
    {"She won the 400m hurdles.", "number", "400m", "-", NULL},
    {"They built a 10m wall.", "number", "10m", "-", NULL},
    /* a past tense after the number is what they did, not who they are */
    {"Some 5,000 voted in the poll.", "number", "Some 5,000", "5000", "noun=-"},
    {"About 300 gathered outside the embassy.", "number", "About 300", "300", "noun=-"},
    {"Some 2,000 armed men attacked.", "number", "Some 2,000", "2000", "noun=man"},
    {"Three million registered voters stayed home.", "number", "Three million", "3000000", "noun=voter"},
    {"The 12 accused were freed.", "number", "12", "12", "noun=accused"},
    {"Some 1,500 displaced returned home.", "number", "Some 1,500", "1500", "noun=displaced"},
    {"About 300,000 people took part and nine were arrested.", "number", "nine", "9", "noun=arrested"},
    {"At least 82 were killed and more than 1,640 were wounded.", "number", "more than 1,640", "1640", "noun=wounded"},
    {"The two were friends.", "number", "two", "-", NULL},
    {"Two men carried a banner.", "number", "Two", "2", "noun=man"},
    {"He is survived by five grandchildren.", "number", "five", "5", "noun=grandchild"},
    {"Organisers said 100,000 women took part.", "number", "100,000", "100000", "noun=woman"},
    {"About a million voted.", "number", "About a million", "1000000", "noun=-"},
    {"The clash left 176 dead.", "number", "176", "176", "noun=dead"},
    /* one dead told with an article, and none */
    {"A child has died after contracting measles.", "number", "A child", "1", "noun=dead"},
    {"A boy has drowned in the river.", "number", "A boy", "1", "noun=dead"},
    /* the age before the one dead is a fact of its own */
    {"A seven-year-old girl has died in hospital.", "number", "girl", "1", "noun=dead"},
    {"A seven-year-old girl has died in hospital.", "number", "seven", "7", "noun=age"},
    {"A 34-year-old man was killed in the crash.", "number", "man", "1", "noun=dead"},
    {"No deaths have been reported.", "number", "No deaths", "0", "noun=dead"},
    {"Police said no one was injured in the blast.", "number", "no one", "0", "noun=injured"},
    {"No injuries were reported.", "number", "No injuries", "0", "noun=injured"},
    {"Nobody was killed in the crash.", "number", "Nobody", "0", "noun=dead"},
    {"No one was seriously hurt.", "number", "No one", "0", "noun=injured"},
    {"No one was killed in the blast.", "number", "No one", "0", "noun=dead"},
    {"A man in his 60s died when a tree fell on his car.", "number", "A man", "1", "noun=dead"},
    {"A woman aged 34 was killed in the crash.", "number", "A woman", "1", "noun=dead"},
    {"A cyclist, 41, died at the scene.", "number", "A cyclist", "1", "noun=dead"},
    {"A man in his late seventies has died.", "number", "A man", "1", "noun=dead"},
    {"A woman reading in a laundromat was killed.", "number", "a laundromat", "-", NULL},
    {"He sent 10 of his men from a force of 500 near Khmer Rouge headquarters.", "number", "500", "500", "noun=-"},
    {"Scientists warn of a magnitude 8 or 9 quake along the Nankai Trough.", "number", "9", "9", "noun=quake"},
    /* a grade in capitals measures what it qualifies, and counts none of
     * it; a kind's label is no figure */
    {"Milton landed as a Category 3 storm.", "number", "3", "3", "noun=category"},
    {"Phase 3 trials began in May.", "number", "3", "3", "noun=phase"},
    {"The city moved to Alert Level 4 on Monday.", "number", "4", "4", "noun=alert level"},
    {"The city moved to Alert Level 4 on Monday.", "person", "Alert Level", "-", NULL},
    {"The city moved to Alert Level 4 on Monday.", "org", "Alert Level", "-", NULL},
    {"Cases of Type 2 diabetes rose.", "number", "2", "-", NULL},
    {"It expects 29 of the 57 aircraft due by the end of July.", "number", "57", "57", "noun=aircraft"},
    /* ages */
    {"A 34-year-old man was charged.", "number", "34", "34", "noun=age"},
    {"The eight-year-old was unhurt.", "number", "eight", "8", "noun=age"},
    {"Two 16-year-olds were held.", "duration", "16-year", "-", NULL},
    {"He died aged 86.", "number", "86", "86", "noun=age"},
    /* an age told by its decade, a range */
    {"A man in his 40s was arrested.", "number", "40s", "40-49", "noun=age"},
    {"A woman in her late 70s died.", "number", "late 70s", "77-79", "noun=age"},
    {"A man in his mid-30s was hurt.", "number", "mid-30s", "34-36", "noun=age"},
    {"Singer Marla Quinn dies at 78", "number", "78", "78", "noun=age"},
    {"She died at 79 in Memphis.", "number", "79", "79", "noun=age"},
    {"Ten people died at 3 sites.", "number", "3", "3", "noun=site"},
    {"The minister, 54, said she would stay.", "number", "54", "54", "noun=age"},
    {"A retired teacher, 67, was hurt.", "number", "67", "67", "noun=age"},
    {"She died at the age of 91.", "number", "91", "91", "noun=age"},
    {"Mr Biden, 81, said so.", "number", "81", "81", "noun=age"},
    /* a noun that is a person, and a headline's end */
    {"Police search for missing girl, 9\n\nRest.", "number", "9", "9", "noun=age"},
    {"Police said missing schoolboy, 12, was found.", "number", "12", "12", "noun=age"},
    {"\"It came fast,\" said resident Mark Hughes, 54.", "number", "54", "54", "noun=age"},
    {"The dog belonged to Jorge Ruiz, 49. He was away.", "number", "49", "49", "noun=age"},
    {"The score was 3-1 in Leeds, 2.5 points clear.", "number", "2.5", "2.5", "noun=point"},
    {"In Paris, 45, people died.", "number", "45", "45", "noun=-"},
    {"It ended on Tuesday, October, 12, at last.", "number", "12", "12", "noun=-"},
    {"Police detained 28 people overnight.", "number", "28", "28", "noun=people"},
    /* one thing counted, in words: a word in -s after it is its verb */
    {"One child remains in hospital.", "number", "One", "1", "noun=child"},
    {"It is not clear why any one person develops the illness.", "number", "one", "1", "noun=person"},
    {"The quake struck about 20 km south of the city.", "number", "about 20", "20", "noun=km"},
    /* a unit written onto the digits; degrees may be below zero */
    {"Gusts of up to 80mph are expected.", "number", "up to 80", "80", "noun=mph"},
    {"It weighs 40kg and runs at 120km/h.", "number", "120", "120", "noun=km/h"},
    {"Temperatures reached 35C on Tuesday.", "number", "35", "35", "noun=°C"},
    {"Lows of -5C are forecast.", "number", "-5", "-5", "noun=°C"},
    {"Temperatures will fall to minus 5C overnight.", "number", "minus 5", "-5", "noun=°C"},
    {"It fell to minus 12 degrees.", "number", "minus 12", "-12", "noun=degree"},
    {"He lives in Flat 10C.", "number", "10", "-", NULL},
    /* a unit a hyphen joins, before what it measures */
    {"Developers plan a 12-storey tower.", "number", "12", "12", "noun=storey"},
    {"The 1.5-mile tunnel opened.", "number", "1.5", "1.5", "noun=mile"},
    {"They built a 5,000-seat arena.", "number", "5,000", "5000", "noun=seat"},
    {"Chelsea hold a two-goal lead.", "number", "two", "2", "noun=goal"},
    {"Council Approves 20-Storey Tower", "number", "20", "20", "noun=storey"},
    {"A 2,000-square-foot home was sold.", "number", "2,000", "2000", "noun=square-foot"},
    {"He hit a 3-pointer from the corner.", "number", "3", "-", NULL},
    {"He won the 100-metre.", "number", "100", "-", NULL},
    {"She is a one-time champion.", "number", "one", "-", NULL},
    {"They bought a four-door car.", "number", "four", "-", NULL},
    {"A 300-strong crowd marched to the town hall.", "number", "300", "300", "noun=crowd"},
    {"New COVID -19 cases were found.", "number", "19", "-", NULL},
    {"Scores ranged -5 to 7 points.", "number", "5 to 7", "-", NULL},
    /* ranges go up; tallies, changes and lists are two numbers */
    {"Between 3,000 and 4,000 people attended.", "number", "3,000 and 4,000", "3000-4000", "noun=people"},
    {"Some 5 to 7 soldiers died.", "number", "Some 5 to 7", "5-7", "noun=soldier"},
    {"Between 3 and 4 million people fled.", "number", "3 and 4 million", "3000000-4000000", "noun=people"},
    {"The Senate voted 52 to 48 on the bill.", "number", "48", "48", NULL},
    /* the tally's other side counts what the first does */
    {"The bill passed by 310 votes to 260.", "number", "260", "260", "noun=vote"},
    {"NATO grew from 16 members to 19 in 1999.", "number", "19", "19", "noun=member"},
    {"The toll rose from 28 to 35.", "number", "35", "35", NULL},
    {"He sold 3 and bought 4 cars.", "number", "4", "4", "noun=car"},
    /* figures joined by a dash: a range when they count something, even
     * after a change; a score, a season, pages or a table's signed change
     * are none */
    {"Analysts expect 12-15 million units to ship.", "number", "12-15 million", "12000000-15000000", "noun=unit"},
    {"The firm will cut 3,000 - 4,000 jobs.", "number", "3,000 - 4,000", "3000-4000", "noun=job"},
    {"It hired 45,000\u201350,000 permanent workers.", "number", "45,000\u201350,000", "45000-50000", "noun=worker"},
    {"Add 8-9 ripe pears.", "number", "8-9", "8-9", "noun=pear"},
    {"About 5-7 MPs rebelled.", "number", "About 5-7", "5-7", "noun=MP"},
    {"Output rose 5-6 million barrels.", "number", "5-6 million", "5000000-6000000", "noun=barrel"},
    /* a match's score is one figure of its own, no range */
    {"It was a 2-3 loss.", "number", "2-3", "2-3", "noun=score"},
    {"They lost 2-3 in extra time.", "number", "2-3", "2-3", "noun=score"},
    {"They lost 2-3 in extra time.", "number", "2", "-", NULL},
    {"Arsenal lead Chelsea 2-1 at half-time.", "number", "2-1", "2-1", "noun=score"},
    {"The sides drew 1-1 at Anfield.", "number", "1-1", "1-1", "noun=score"},
    {"Leeds won 10-2 at home.", "number", "10-2", "10-2", "noun=score"},
    {"The court ruled 5-4 in favour.", "number", "5-4", "-", NULL},
    {"The 2014-15 season was long.", "number", "2014-15", "-", NULL},
    {"See pages 33\u201358.", "number", "33", "-", NULL},
    {"HD 225.86 -12.99 -5.44%", "number", "225.86", "225.86", NULL},
    {"The toll rose to 43 on Tuesday.", "number", "43", "43", "noun=toll"},
    {"The death toll from the magnitude 7.1 quake that struck on Sunday has risen to 112.", "number", "112", "112", "noun=toll"},
    {"Quake death toll in Peru rises to 112", "number", "112", "112", "noun=toll"},
    {"A magnitude 6.8 earthquake struck the coast.", "number", "6.8", "6.8", "noun=magnitude"},
    /* an update's ordinal counts the dead so far */
    {"A second person has died after the crash.", "number", "A second person", "2", "noun=dead"},
    {"The third victim was killed on Monday.", "number", "The third victim", "3", "noun=dead"},
    {"He came second in the race.", "number", "second", "2", "noun=place"},
    /* an ordinal after a determiner counts occurrences so far */
    {"Bird flu was found near Dereham, the fourth case in the county.", "number", "fourth", "4", "noun=case"},
    {"Rovers lost 3-1, their sixth straight defeat.", "number", "sixth", "6", "noun=defeat"},
    {"She is seeking a third term.", "number", "third", "3", "noun=term"},
    {"It was the 12th attack this year.", "number", "12th", "12", "noun=attack"},
    {"It was the first case in the county.", "number", "first", "1", "noun=case"},
    {"It was the first time in years.", "number", "first", "-", NULL},
    {"Profits fell in the third quarter.", "number", "third", "-", NULL},
    {"It was the third case-control study.", "number", "third", "-", NULL},
    {"It had a magnitude of 5.2, the survey said.", "number", "5.2", "5.2", "noun=magnitude"},
    {"A toll of 12 was reported.", "number", "12", "12", "noun=toll"},
    /* a scale word may be short or attached; a time after the number is
     * not what it counts */
    {"The sale raised 5bn in fees.", "number", "5bn", "5000000000", NULL},
    {"Exports reached 3 mln tonnes.", "number", "3 mln", "3000000", "noun=tonne"},
    {"The firm hired 300 last year.", "number", "300", "300", "noun=-"},
    {"The plant will add 40 next month.", "number", "40", "40", "noun=-"},
    {"The company employs 3,400 workers.", "number", "3,400", "3400", "noun=worker"},
    {"Two reporters were expelled.", "number", "Two", "2", "noun=reporter"},
    {"Officials counted 1.5 million votes.", "number", "1.5 million", "1500000", "noun=vote"},
    {"The airline cut 900 jobs.", "number", "900", "900", "noun=job"},
    {"Nine ministers resigned.", "number", "Nine", "9", "noun=minister"},
    {"They seized 14 trucks at the border.", "number", "14", "14", "noun=truck"},
    {"Some 300 families were moved.", "number", "Some 300", "300", "noun=family"},
    {"The ship carried twelve passengers.", "number", "twelve", "12", "noun=passenger"},
    {"At least 40 villages lost power.", "number", "At least 40", "40", "noun=village"},
    {"The court heard 17 witnesses.", "number", "17", "17", "noun=witness"},
    {"The army deployed 20,000 troops.", "number", "20,000", "20000", "noun=troop"},
    {"The death toll reached 212.", "number", "212", "212", "noun=toll"},
    {"The death toll from the blast rose to 15.", "number", "15", "15", "noun=toll"},
    {"Quake toll unclear\n\nRescue teams have reached 30.", "number", "30", "30", "noun=-"},
    {"Forty-two patients recovered.", "number", "Forty-two", "42", "noun=patient"},
    {"The deal covers 3 satellites.", "number", "3", "3", "noun=satellite"},
    {"Eight churches burned.", "number", "Eight", "8", "noun=church"},
    {"The storm destroyed 600 homes.", "number", "600", "600", "noun=home"},
    {"They built 25 bridges.", "number", "25", "25", "noun=bridge"},
    {"The fleet has 11 aircraft carriers.", "number", "11", "11", "noun=carrier"},
    {"The plan adds 2 million jobs.", "number", "2 million", "2000000", "noun=job"},
    {"The team signed three players.", "number", "three", "3", "noun=player"},
    {"Voters elected 15 women.", "number", "15", "15", "noun=woman"},
    {"The lab tested 48 samples.", "number", "48", "48", "noun=sample"},
    {"The crash injured a dozen children.", "number", "a dozen", "12", "noun=child"},
    {"He won 7 medals.", "number", "7", "7", "noun=medal"},
    {"The total stands at 90.", "number", "90", "90", "noun=total"},
    {"The town has 4,500 residents.", "number", "4,500", "4500", "noun=resident"},
    {"Eleven countries signed.", "number", "Eleven", "11", "noun=country"},
    {"Rescuers found 6 survivors.", "number", "6", "6", "noun=survivor"},
    {"The factory makes 250 cars a day.", "number", "250", "250", "noun=car"},
    {"One of them left early.", "number", "One", "-", NULL},
    {"Build 2345-A failed.", "number", "2345", "-", NULL},
    /* ---- people and roles ---- */
    {"President Vladimir Putin arrived late.", "person", "Vladimir Putin", "Vladimir Putin", "role=President"},
    {"Secretary of State John Kerry spoke first.", "person", "John Kerry", "John Kerry", "role=Secretary of State"},
    {"He met Coach Dale Brown of LSU.", "person", "Dale Brown", "Dale Brown", "role=Coach"},
    {"Striker Jorge dos Santos scored twice.", "person", "Jorge dos Santos", "Jorge dos Santos", "role=Striker"},
    {"Footballer Danny Cole cleared of assault", "person", "Danny Cole", "Danny Cole", "role=Footballer"},
    {"The firm is owned by entrepreneur James Pattison.", "person", "James Pattison", "James Pattison", "role=entrepreneur"},
    {"Challenger Maria Ruiz won the mayoral race.", "person", "Maria Ruiz", "Maria Ruiz", "role=Challenger"},
    {"On Monday 108 of the 200 MPs voted against her.", "number", "108", "108", "noun=MP"},
    {"She needs the backing of at least 101 of the 200 MPs.", "number", "at least 101", "101", "noun=MP"},
    {"The sentence of former transport minister Pavel Roussev was cut.", "person", "Pavel Roussev", "Pavel Roussev", "role=former transport minister"},
    {"Ann Cole and former deputy prime minister Bo Lin came.", "person", "Bo Lin", "Bo Lin", "role=former deputy prime minister"},
    {"The talks were led by defense secretary William Cohen.", "person", "William Cohen", "William Cohen", "role=defense secretary"},
    {"It hit 9.4 million people, more than four times the figure it first gave.", "number", "more than four", "-", NULL},
    {"The chip is four times as fast as the 386.", "number", "four", "-", NULL},
    {"Ads there earn 2.5 times more than ads elsewhere.", "number", "2.5", "-", NULL},
    {"He has been arrested four times.", "number", "four", "4", "noun=time"},
    {"Voters have gone to the polls four times this month.", "number", "four", "4", "noun=time"},
    {"Nominee Ana Silva thanked her party.", "person", "Ana Silva", "Ana Silva", "role=Nominee"},
    {"Aslef general secretary Mick Whelan said so.", "person", "Mick Whelan", "Mick Whelan", "role=general secretary"},
    {"The plane, operated by Bering Air, vanished.", "org", "Bering Air", "Bering Air", NULL},
    {"Northern Powergrid said engineers were at work.", "org", "Northern Powergrid", "Northern Powergrid", NULL},
    {"Shares in Delta Air Lines rose.", "org", "Delta Air Lines", "Delta Air Lines", NULL},
    {"Plaid leader Rhun ap Iorwerth spoke first.", "person", "Rhun ap Iorwerth", "Rhun ap Iorwerth", "role=leader"},
    {"The show starred Kate Henshaw, a Nollywood actress, and others.", "person", "Kate Henshaw", "Kate Henshaw", "role=actress"},
    {"Ted Danson, a wildly popular singer, was there.", "person", "Ted Danson", "Ted Danson", "role=-"},
    {"Osama Bin Laden, indicted as the architect, was named.", "person", "Osama Bin Laden", "Osama Bin Laden", "role=-"},
    {"Die App das Format liest.", "person", "App das Format", "-", NULL},
    /* letters after a name: a seat is the role, a silk or an honour none */
    {"'This is a scandal,' said Jess Phillips MP.", "person", "Jess Phillips", "Jess Phillips", "role=MP"},
    {"'This is a scandal,' said Jess Phillips MP.", "quote", "'This is a scandal,'", NULL, "speaker=Jess Phillips"},
    {"Labour MP Jess Phillips spoke.", "person", "Jess Phillips", "Jess Phillips", "role=Labour MP"},
    {"The case was argued by Jane Smith QC.", "person", "Jane Smith", "Jane Smith", "role=-"},
    {"Sir John Smith OBE died.", "person", "John Smith", "John Smith", NULL},
    {"Sanctions followed the annexation by China of Tibet.", "person", "China of Tibet", "-", NULL},
    {"The report was carried by Russia Today.", "org", "Russia Today", "Russia Today", NULL},
    {"China Daily reported the deal.", "org", "China Daily", "China Daily", NULL},
    /* a word of an abstract noun's ending names a body or a thing */
    {"Pixar Animation released the film.", "org", "Pixar Animation", "Pixar Animation", NULL},
    {"Jet Propulsion Laboratory engineers built it.", "org", "Jet Propulsion Laboratory", "Jet Propulsion Laboratory", NULL},
    {"He cited Sixth Amendment rights.", "org", "Sixth Amendment", "Sixth Amendment", NULL},
    {"Officials said Science Mission Directorate staff would help.", "org", "Science Mission Directorate", "Science Mission Directorate", NULL},
    {"The award went to Clement Attlee in 1945.", "person", "Clement Attlee", "Clement Attlee", NULL},
    /* a figure or two words run together: a product's, no one's */
    {"Sony said PS4 Pro sales rose.", "person", "PS4 Pro", "-", NULL},
    {"Users of LibreOffice Online complained.", "person", "LibreOffice Online", "-", NULL},
    {"The pass went to Corey LaJoie late on.", "person", "Corey LaJoie", "Corey LaJoie", NULL},
    {"The ball went to Andrew McCabe late on.", "person", "Andrew McCabe", "Andrew McCabe", NULL},
    {"The film starred Clark Gable and others.", "person", "Clark Gable", "Clark Gable", NULL},
    {"The pass went to Damarious Randall on the left.", "person", "Damarious Randall", "Damarious Randall", NULL},
    {"Jordan Peterson said so.", "person", "Jordan Peterson", "Jordan Peterson", NULL},
    {"Sanctions followed the annexation by China of Tibet.", "place", "China", "China", NULL},
    {"Sanctions followed the annexation by China of Tibet.", "place", "Tibet", "Tibet", NULL},
    {"The Duke of Edinburgh spoke.", "person", "Duke of Edinburgh", "Duke of Edinburgh", NULL},
    /* a person "of" a body, five words and more in all, is two names,
     * and the body is never a person; no one is a country's letters */
    {"Her solicitor, Daniel Ferreira of Bindmans LLP, spoke.", "person", "Daniel Ferreira", "Daniel Ferreira", NULL},
    {"Her solicitor, Daniel Ferreira of Bindmans LLP, spoke.", "org", "Bindmans LLP", "Bindmans LLP", NULL},
    {"Amina Yusuf of Acme Widgets said no.", "org", "Acme Widgets", "Acme Widgets", NULL},
    {"Tariffs fell under the U.S. Generalized System of Preferences.", "person", "U.S. Generalized System", "-", NULL},
    {"A spokesman for Rhone Poulenc S.A. declined to comment.", "org", "Rhone Poulenc S.A.", "Rhone Poulenc S.A.", NULL},
    /* a firm's name without its suffix, later on, is the firm; not a
     * name found cut short */
    {"Nestle S.A. bid for the chain. Later Nestle said it would wait.", "org", "Nestle", "Nestle S.A.", "ref=Nestle S.A."},
    {"Unisys Corp. lost money. Unisys said so.", "org", "Unisys", "Unisys Corp.", NULL},
    {"Hudson's Bay Co. set terms. Hudson's Bay said so.", "org", "Bay", "-", NULL},
    {"\"We must act,\" WHO Director-General Tedros Adhanom Ghebreyesus told a news conference.", "quote", "\"We must act,\"", "We must act,", "speaker=Tedros Adhanom Ghebreyesus"},
    /* a role a possessive opens, then the person: the person speaks */
    {"\"We are not giving up,\" said Tanzania's trade envoy, Joseph Mwita.", "quote", "\"We are not giving up,\"", NULL, "speaker=Joseph Mwita"},
    {"\"No,\" said Britain's foreign secretary, David Lammy, on Monday.", "quote", "\"No,\"", NULL, "speaker=David Lammy"},
    {"\"We are not giving up,\" Tanzania's trade envoy Joseph Mwita said.", "quote", "\"We are not giving up,\"", NULL, "speaker=Joseph Mwita"},
    {"\"We are not giving up,\" Khan's deputy said.", "quote", "\"We are not giving up,\"", NULL, "speaker=Khan's deputy"},
    {"\"We are not giving up,\" said Khan's deputy.", "quote", "\"We are not giving up,\"", NULL, "speaker=Khan's deputy"},
    {"Cases rose in the Democratic Republic of Congo alone.", "place", "Democratic Republic of Congo", "Democratic Republic of Congo", NULL},
    /* a model's letters after a name whose capital is inside */
    {"The iPhone SE goes on sale on March 24.", "org", "SE", "-", NULL},
    /* a family doctor and a casualty department are no bodies */
    {"The scheme includes a GP surgery.", "org", "GP", "-", NULL},
    {"Waits at A&E rose.", "org", "A&E", "-", NULL},
    /* a place after "in" before an irregular past */
    {"About 10,000 homes in Cornwall lost power.", "place", "Cornwall", "Cornwall", NULL},
    /* a name a saint's title opens is a town's */
    {"He moved to St Petersburg in 1990.", "place", "St Petersburg", "St Petersburg", NULL},
    {"She commutes from St Albans.", "place", "St Albans", "St Albans", NULL},
    {"Oliver St John spoke.", "person", "Oliver St John", "Oliver St John", NULL},
    /* what is bought or taken over is a firm, not a people's word */
    {"AT&T bought Time Warner.", "org", "Time Warner", "Time Warner", NULL},
    {"Kraft's takeover of Cadbury Schweppes angered staff.", "org", "Cadbury Schweppes", "Cadbury Schweppes", NULL},
    {"AT&T agreed to buy Time Warner.", "org", "Time Warner", "Time Warner", NULL},
    {"Altria said it would take over Philip Morris.", "org", "Philip Morris", "Philip Morris", NULL},
    {"Nissan acquired Japanese rivals.", "org", "Japanese", "-", NULL},
    /* a country's letters end a body's name */
    {"Reform UK has 7% of the vote.", "org", "Reform UK", "Reform UK", NULL},
    {"Cancer Research UK said so.", "org", "Cancer Research UK", "Cancer Research UK", NULL},
    {"China and Russia Forge Cybersecurity Partnership Without the U.S.", "org", "Russia Forge Cybersecurity Partnership Without the U.S.", "-", NULL},
    /* a plural title gives each name of its list the role */
    {"Senators Elizabeth Warren and Bernie Sanders opposed the bill.", "person", "Bernie Sanders", "Bernie Sanders", "role=Senator"},
    {"Justices Sonia Sotomayor, Elena Kagan and Neil Gorsuch dissented.", "person", "Elena Kagan", "Elena Kagan", "role=Justice"},
    {"Senators Elizabeth Warren and Bernie Sanders met. John Smith and Jo Lee left.", "person", "Jo Lee", "Jo Lee", "role=-"},
    {"The agency's administrator, Bill Nelson, said on Tuesday.", "person", "Bill Nelson", "Bill Nelson", "role=administrator"},
    /* a standing before the title stays in the role */
    {"Shadow chancellor Jeremy Hunt criticised the plans.", "person", "Jeremy Hunt", "Jeremy Hunt", "role=Shadow chancellor"},
    {"Interim chief executive Ann Ray resigned.", "person", "Ann Ray", "Ann Ray", "role=Interim chief executive"},
    {"Interim chief executive Ann Ray resigned.", "org", "Interim", "-", NULL},
    /* titles one after another are one rank */
    {"Detective Inspector Paul Grant said so.", "person", "Paul Grant", "Paul Grant", "role=Detective Inspector"},
    {"Air Force Lieutenant Colonel Eileen Collins flew.", "person", "Eileen Collins", "Eileen Collins", NULL},
    {"Foreign Minister Julie Bishop spoke.", "person", "Julie Bishop", "Julie Bishop", "role=Foreign Minister"},
    /* a people's or a body's capitalised word before the job after a name */
    {"Angela Merkel, the German chancellor, said no.", "person", "Angela Merkel", "Angela Merkel", "role=chancellor"},
    {"Ana Ruiz, the INS commissioner, made it clear.", "person", "Ana Ruiz", "Ana Ruiz", "role=commissioner"},
    {"Ursula von der Leyen, the European Commission president, spoke.", "person", "Ursula von der Leyen", "Ursula von der Leyen", "role=president"},
    /* the job before the name may name its seat after "of" */
    {"The mayor of Kharkiv, Ihor Terekhov, said shelling continued.", "person", "Ihor Terekhov", "Ihor Terekhov", "role=mayor"},
    /* a determiner inside a name in title case, its second word */
    {"Residents' group Save Our Fields said it was considering a legal challenge.", "org", "Save Our Fields", "Save Our Fields", NULL},
    {"The charity Save The Children said so.", "org", "Save The Children", "Save The Children", NULL},
    {"It happened in the U.S. The next day it rained.", "place", "U.S.", "U.S.", NULL},
    /* a plural's apostrophe inside a body's name */
    {"Daniel Price will appear before Leeds Magistrates' Court on Monday.", "org", "Leeds Magistrates' Court", "Leeds Magistrates' Court", NULL},
    {"Daniel Price will appear before Leeds Magistrates' Court on Monday.", "person", "Leeds Magistrates", "-", NULL},
    {"The Beatles' Paul McCartney sang.", "person", "Paul McCartney", "Paul McCartney", NULL},
    /* British police ranks, short and written out */
    {"Det Ch Insp Mark Taylor said: \"Our thoughts are with the family.\"", "person", "Mark Taylor", "Mark Taylor", "role=Det Ch Insp"},
    {"Det Ch Insp Mark Taylor said: \"Our thoughts are with the family.\"", "quote", "\"Our thoughts are with the family.\"", "Our thoughts are with the family.", "speaker=Mark Taylor"},
    {"Detective Chief Inspector Mark Taylor said so.", "person", "Mark Taylor", "Mark Taylor", "role=Detective Chief Inspector"},
    /* a title in title case before the apposition, a courtesy title in it */
    {"The Chancellor, Rachel Reeves, said so.", "person", "Rachel Reeves", "Rachel Reeves", "role=Chancellor"},
    {"The Prime Minister, Sir Keir Starmer, said so.", "person", "Keir Starmer", "Keir Starmer", "role=Prime Minister"},
    {"The Guardian, Jane Doe, said so.", "person", "Jane Doe", "Jane Doe", "role=-"},
    {"The governor of the Bank of England, Mark Carney, warned of risks.", "person", "Mark Carney", "Mark Carney", "role=governor"},
    {"Jo Ruiz, a spokesman for the bureau's Denver office, said so.", "person", "Jo Ruiz", "Jo Ruiz", "role=spokesman"},
    /* a relative clause after a name gives no job */
    {"Kelly Ortberg, who became chief executive in August, said so.", "person", "Kelly Ortberg", "Kelly Ortberg", "role=-"},
    /* the shortest job that ends before a preposition: not "spokeswoman
     * for the council", which ends in no title */
    {"\"We have been clear,\" said Sarah Jones, a spokeswoman for the council.", "person", "Sarah Jones", "Sarah Jones", "role=spokeswoman"},
    {"Ana Ruiz, a minister in the government, said so.", "person", "Ana Ruiz", "Ana Ruiz", "role=minister"},
    {"Tim Cook, president and chief executive of Apple, spoke.", "person", "Tim Cook", "Tim Cook", "role=president and chief executive"},
    {"He met Catherine of Aragon.", "person", "Catherine of Aragon", "Catherine of Aragon", NULL},
    {"Chinese State Councilor Yang Jiechi met him.", "person", "Yang Jiechi", "Yang Jiechi", "role=State Councilor"},
    {"Prime Minister Shinzo Abe said nothing.", "person", "Shinzo Abe", "Shinzo Abe", "role=Prime Minister"},
    {"Chancellor Angela Merkel called.", "person", "Angela Merkel", "Angela Merkel", "role=Chancellor"},
    {"Senator Elizabeth Warren objected.", "person", "Elizabeth Warren", "Elizabeth Warren", "role=Senator"},
    {"General Martin Dempsey testified.", "person", "Martin Dempsey", "Martin Dempsey", "role=General"},
    {"Foreign Minister Sergei Lavrov replied.", "person", "Sergei Lavrov", "Sergei Lavrov", "role=Foreign Minister"},
    {"Minister for Foreign Affairs Julie Bishop spoke.", "person", "Julie Bishop", "Julie Bishop", "role=Minister for Foreign Affairs"},
    {"Governor Andrew Cuomo signed it.", "person", "Andrew Cuomo", "Andrew Cuomo", "role=Governor"},
    {"Mr. David Cameron left.", "person", "David Cameron", "David Cameron", NULL},
    {"Dr. Anne Keller led the study.", "person", "Anne Keller", "Anne Keller", NULL},
    {"Judge Maria Lopez ruled on Monday.", "person", "Maria Lopez", "Maria Lopez", "role=Judge"},
    {"Pope Francis prayed.", "person", "Francis", "Francis", "role=Pope"},
    {"Ian Wallace runs the firm. Wallace said little.", "person", "Wallace", "Ian Wallace", "ref=Ian Wallace"},
    {"Vladimir Putin met Xi Jinping. Later Putin flew home.", "person", "Putin", "Vladimir Putin", "ref=Vladimir Putin"},
    {"Angela Merkel spoke. Merkel then left.", "person", "Merkel", "Angela Merkel", "ref=Angela Merkel"},
    {"The author Ngugi wa Thiong'o spoke.", "person", "Ngugi wa Thiong'o", "Ngugi wa Thiong'o", NULL},
    /* a word inside a name of three words or more, not an initial */
    {"President Luiz Inacio Lula da Silva cancelled his trip. Lula will attend by video.", "person", "Lula", "Luiz Inacio Lula da Silva", "ref=Luiz Inacio Lula da Silva"},
    {"Louis V. Gerstner Jr. ran the firm. V. left.", "person", "V.", "-", NULL},
    /* a courtesy title's short form and a capitalised particle's are
     * valued as the full name; a title keeps its own */
    {"Keir Starmer met Joe Biden. Mr Biden nodded.", "person", "Biden", "Joe Biden", "ref=Joe Biden"},
    {"Ursula von der Leyen spoke. Von der Leyen said so.", "person", "Von der Leyen", "Ursula von der Leyen", "ref=Ursula von der Leyen"},
    {"Saddam Hussein spoke. King Hussein replied.", "person", "Hussein", "Hussein", "role=King"},
    {"Robin van Persie scored. Then van Persie left.", "person", "van Persie", "Robin van Persie", "ref=Robin van Persie"},
    {"The talks were led by Ban Ki-moon.", "person", "Ban Ki-moon", "Ban Ki-moon", NULL},
    {"Mayor Bill de Blasio responded.", "person", "Bill de Blasio", "Bill de Blasio", "role=Mayor"},
    {"Officials met Ashraf Ghani in Kabul.", "person", "Ashraf Ghani", "Ashraf Ghani", NULL},
    {"The author, Hilary Mantel, declined.", "person", "Hilary Mantel", "Hilary Mantel", NULL},
    {"Ambassador Samantha Power voted no.", "person", "Samantha Power", "Samantha Power", "role=Ambassador"},
    {"Spokesman Hong Lei denied it.", "person", "Hong Lei", "Hong Lei", "role=Spokesman"},
    {"Chief Executive Tim Cook spoke.", "person", "Tim Cook", "Tim Cook", "role=Chief Executive"},
    {"Kim Jong Un inspected troops.", "person", "Kim Jong Un", "Kim Jong Un", NULL},
    {"Defense Secretary Chuck Hagel warned.", "person", "Chuck Hagel", "Chuck Hagel", "role=Defense Secretary"},
    {"Vice President Joe Biden called.", "person", "Joe Biden", "Joe Biden", "role=Vice President"},
    {"Queen Elizabeth visited.", "person", "Elizabeth", "Elizabeth", "role=Queen"},
    {"Professor Mary Beard wrote it.", "person", "Mary Beard", "Mary Beard", "role=Professor"},
    {"Mrs. Jane Doe declined.", "person", "Jane Doe", "Jane Doe", NULL},
    /* ---- organisations ---- */
    {"The deal went to Rosneft Holdings.", "org", "Rosneft Holdings", "Rosneft Holdings", NULL},
    {"Shares of Apple Inc. fell.", "org", "Apple Inc.", "Apple Inc.", NULL},
    {"The Islamic State group claimed the attack.", "org", "Islamic State", "Islamic State", NULL},
    /* what a person's possessive names right after it is theirs, no one;
     * a relative has a word between */
    {"Sir Richard Branson's Virgin Galactic suffered a setback.", "org", "Virgin Galactic", "Virgin Galactic", NULL},
    {"Jeff Bezos’s Blue Origin flew.", "org", "Blue Origin", "Blue Origin", NULL},
    {"Barack Obama's wife, Michelle Obama, spoke.", "person", "Michelle Obama", "Michelle Obama", NULL},
    /* names said to be among bodies of a kind are bodies */
    {"Goldman Sachs and JPMorgan Chase were among the banks fined.", "org", "Goldman Sachs", "Goldman Sachs", NULL},
    {"Goldman Sachs, Morgan Stanley and Credit Suisse were among the biggest lenders.", "org", "Morgan Stanley", "Morgan Stanley", NULL},
    {"Warren Buffett and George Soros were among the investors.", "person", "Warren Buffett", "Warren Buffett", NULL},
    {"The Japanese group said it would sell.", "org", "Japanese", "-", NULL},
    {"The International Monetary Fund warned.", "org", "International Monetary Fund", "International Monetary Fund", NULL},
    {"The World Bank lent more.", "org", "World Bank", "World Bank", NULL},
    /* a person of an organisation or a place is two names */
    {"Dr. Amina Yusuf of Johns Hopkins University spoke.", "person", "Amina Yusuf", "Amina Yusuf", NULL},
    {"Dr. Amina Yusuf of Johns Hopkins University spoke.", "org", "Johns Hopkins University", "Johns Hopkins University", NULL},
    {"We met John Smith of Boston there.", "place", "Boston", "Boston", NULL},
    {"Tom Baker, an economist at Capital Economics, agreed.", "org", "Capital Economics", "Capital Economics", NULL},
    {"Goldman Sachs raised its forecast to 2.1%.", "org", "Goldman Sachs", "Goldman Sachs", NULL},
    /* a title word before an organisation's word is the organisation's */
    {"The Justice Department is expected to appeal.", "org", "Justice Department", "Justice Department", NULL},
    /* words before a title that name nothing of their own are the role's */
    {"U.S. District Judge Reed O'Connor blocked the rule.", "person", "Reed O'Connor", "Reed O'Connor", "role=U.S. District Judge"},
    {"Chinese President Xi Jinping arrived.", "person", "Xi Jinping", "Xi Jinping", "role=President"},
    {"Aid reached $1.2 billion, the United Nations said.", "org", "United Nations", "United Nations", NULL},
    {"John Smith said its engine failed.", "person", "John Smith", "John Smith", NULL},
    {"Professor Jane Doe of the University of Oxford spoke.", "person", "Jane Doe", "Jane Doe", "role=Professor"},
    {"Analysts at the Bank of America agreed.", "org", "Bank of America", "Bank of America", NULL},
    {"The Duke of Edinburgh died.", "person", "Duke of Edinburgh", "Duke of Edinburgh", NULL},
    {"NATO moved jets.", "org", "NATO", "NATO", NULL},
    {"The report by the newspaper Kommersant was denied.", "org", "Kommersant", "Kommersant", NULL},
    /* a body's noun before a name of two words or more, a maker's too;
     * a carrier may be a ship named after someone */
    {"The Danish drugmaker Bavarian Nordic said it could supply doses.", "org", "Bavarian Nordic", "Bavarian Nordic", NULL},
    {"The broadcaster Fox News said so.", "org", "Fox News", "Fox News", NULL},
    {"It sold shares to the carmaker Jaguar Land Rover.", "org", "Jaguar Land Rover", "Jaguar Land Rover", NULL},
    {"The chipmaker Nvidia rose.", "org", "Nvidia", "Nvidia", NULL},
    {"Jets flew from the carrier Dwight D. Eisenhower.", "org", "Dwight D. Eisenhower", "-", NULL},
    /* a degree ends a name; "S.p.A." a firm's */
    {"It was founded in 1998 by two Stanford PhD students.", "person", "Stanford PhD", "-", NULL},
    {"The paper is by Jane Smith PhD of the institute.", "person", "Jane Smith", "Jane Smith", NULL},
    {"Montedison S.p.A. bid for it. Later Montedison said no.", "org", "Montedison", "Montedison S.p.A.", NULL},
    {"The United Nations Security Council met.", "org", "United Nations Security Council", "United Nations Security Council", NULL},
    {"Bank of America paid.", "org", "Bank of America", "Bank of America", NULL},
    {"The Ministry of Defence confirmed.", "org", "Ministry of Defence", "Ministry of Defence", NULL},
    {"Goldman Sachs Group advised.", "org", "Goldman Sachs Group", "Goldman Sachs Group", NULL},
    /* led by an acronym: a body; initials lead a person's name */
    {"The jet returned safely to RAF Lossiemouth.", "org", "RAF Lossiemouth", "RAF Lossiemouth", NULL},
    {"A report by NHS England found delays.", "org", "NHS England", "NHS England", NULL},
    {"He left IBM Research last year.", "org", "IBM Research", "IBM Research", NULL},
    {"TJ Watt was fined for the hit.", "person", "TJ Watt", "TJ Watt", NULL},
    {"BRUCE R. BENT signed the letter.", "org", "BRUCE R. BENT", "-", NULL},
    {"The EU imposed sanctions.", "org", "EU", "EU", NULL},
    {"Harvard University replied.", "org", "Harvard University", "Harvard University", NULL},
    {"The Federal Reserve held rates.", "org", "Federal Reserve", "Federal Reserve", NULL},
    {"Rosneft Oil Company signed.", "org", "Rosneft Oil Company", "Rosneft Oil Company", NULL},
    {"The agency Reuters reported it.", "org", "Reuters", "Reuters", NULL},
    /* ---- places ---- */
    {"Talks resumed in Moscow.", "place", "Moscow", "Moscow", NULL},
    {"The plant in St. Louis closed.", "place", "St. Louis", "St. Louis", NULL},
    {"Traders on Wall Street sold.", "place", "Wall Street", "Wall Street", NULL},
    {"Fans gathered in Revolution Square.", "place", "Revolution Square", "Revolution Square", NULL},
    {"The bombing hit East Africa hard.", "place", "East Africa", "East Africa", NULL},
    {"The storm reached Oklahoma City.", "place", "Oklahoma City", "Oklahoma City", NULL},
    {"Protesters gathered at the U.S. Embassy.", "org", "U.S. Embassy", "U.S. Embassy", NULL},
    {"He sold shares in Fidelity Investments.", "org", "Fidelity Investments", "Fidelity Investments", NULL},
    {"Former US Treasury secretary Larry Summers spoke.", "org", "US Treasury", "US Treasury", NULL},
    {"Dr Anne Kelly led the study.", "person", "Anne Kelly", "Anne Kelly", NULL},
    {"Treasurer Peter Costello spoke.", "person", "Peter Costello", "Peter Costello", "role=Treasurer"},
    {"Rev. Donald Spitz led the prayers.", "person", "Donald Spitz", "Donald Spitz", "role=Rev."},
    {"Police Chief Mark Jones said so.", "person", "Mark Jones", "Mark Jones", "role=Police Chief"},
    {"Syrian President Bashar al-Assad has refused to step down.", "person", "Bashar al-Assad", "Bashar al-Assad", "role=President"},
    {"Bashar al-Assad spoke. Later, Assad left.", "person", "Assad", "Bashar al-Assad", "ref=Bashar al-Assad"},
    {"Presidents Leonid Kuchma and Boris Yeltsin met.", "person", "Leonid Kuchma", "Leonid Kuchma", "role=President"},
    {"Its Class A shares fell.", "person", "Class A", "-", NULL},
    {"Hurricane Hugo hit the coast.", "person", "Hurricane Hugo", "-", NULL},
    /* a job in title case is no one, and a title before a name */
    {"By Hannah Clarke, Transport Correspondent", "person", "Transport Correspondent", "-", NULL},
    {"By Hannah Clarke, Political Editor", "person", "Political Editor", "-", NULL},
    /* a jail or an agency, a show, a member: no one */
    {"They were held at the Bartholomew County Jail on Monday.", "org", "Bartholomew County Jail", "Bartholomew County Jail", NULL},
    {"Officers of Customs and Border Protection arrived.", "person", "Border Protection", "-", NULL},
    {"New models were shown at the Auto Show this week.", "person", "Auto Show", "-", NULL},
    {"The committee's Ranking Member spoke first.", "person", "Ranking Member", "-", NULL},
    {"BBC correspondent Karyn Coleman reports from Kosovo.", "person", "Karyn Coleman", "Karyn Coleman", "role=correspondent"},
    {"John Major met Stephen King.", "person", "John Major", "John Major", NULL},
    /* feasts are no one */
    {"Shops were busy before Chinese New Year.", "person", "Chinese New Year", "-", NULL},
    {"Families gathered for Rosh Hashanah.", "person", "Rosh Hashanah", "-", NULL},
    {"Israel was attacked on Yom Kippur.", "person", "Yom Kippur", "-", NULL},
    {"Fireworks marked Bonfire Night.", "person", "Bonfire Night", "-", NULL},
    {"Models flocked to London Fashion Week.", "person", "London Fashion Week", "-", NULL},
    {"After World War II it grew.", "person", "World War II", "-", NULL},
    {"It gave Spain a win in the inaugural Davis Cup Finals.", "person", "Davis Cup Finals", "-", NULL},
    {"She races in the Truck Series.", "person", "Truck Series", "-", NULL},
    {"Naomi Osaka won the Australian Open.", "person", "Naomi Osaka", "Naomi Osaka", NULL},
    {"The fight is at the Mohegan Sun Arena on Saturday.", "place", "Mohegan Sun Arena", "Mohegan Sun Arena", NULL},
    {"It lies inside the Taupo Volcanic Zone.", "place", "Taupo Volcanic Zone", "Taupo Volcanic Zone", NULL},
    {"Pope John Paul II spoke.", "person", "John Paul II", "John Paul II", NULL},
    {"Residents of Little Havana met.", "place", "Little Havana", "Little Havana", NULL},
    {"The office in Phnom Penh closed.", "place", "Phnom Penh", "Phnom Penh", NULL},
    {"Oil spilled into the Gulf of Mexico.", "place", "Gulf of Mexico", "Gulf of Mexico", NULL},
    {"A statement from the Archdiocese of New York followed.", "org", "Archdiocese of New York", "Archdiocese of New York", NULL},
    {"Goldman Sachs analyst Jim Baker wrote the note.", "org", "Goldman Sachs", "Goldman Sachs", NULL},
    {"Goldman Sachs analyst Jim Baker wrote the note.", "person", "Jim Baker", "Jim Baker", NULL},
    {"Russia and China Edge Out US With Proposed Cyber Security Pact", "org", "China Edge Out US With Proposed Cyber Security Pact", "-", NULL},
    {"Many Cuban Americans were angry.", "person", "Cuban Americans", "-", NULL},
    {"The West German economy grew.", "person", "West German", "-", NULL},
    {"Anita Hill testified for hours.", "person", "Anita Hill", "Anita Hill", NULL},
    {"The studio moved to Santa Monica.", "place", "Santa Monica", "Santa Monica", NULL},
    {"They swam at Miami Beach.", "place", "Miami Beach", "Miami Beach", NULL},
    {"The New York-based firm said so.", "person", "New York-based", "-", NULL},
    {"I'm Nancy Marshall in London.", "person", "Nancy Marshall", "Nancy Marshall", NULL},
    {"Troops landed in the U.S. The next day they left.", "place", "U.S.", "U.S.", NULL},
    {"Says Michael Hirsch: it will rise.", "person", "Michael Hirsch", "Michael Hirsch", NULL},
    {"Shares of Control Data fell.", "org", "Control Data", "Control Data", NULL},
    {"Russia and China signed.", "place", "China", "China", NULL},
    {"Troops left Ukraine.", "place", "Ukraine", "Ukraine", NULL},
    {"BEIJING — Officials met.", "place", "BEIJING", "BEIJING", NULL},
    {"The U.S. objected.", "place", "U.S.", "U.S.", NULL},
    {"Flights to Hong Kong stopped.", "place", "Hong Kong", "Hong Kong", NULL},
    {"Protests spread across Brazil.", "place", "Brazil", "Brazil", NULL},
    {"Rain hit London again.", "place", "London", "London", NULL},
    {"Aid reached Syria.", "place", "Syria", "Syria", NULL},
    {"He returned to Germany.", "place", "Germany", "Germany", NULL},
    /* ---- quotes ---- */
    {"\"We will not sign this year,\" said Ian Wallace.", "quote", "\"We will not sign this year,\"", "We will not sign this year,", "speaker=Ian Wallace"},
    {"“The talks are over for now,” Wallace said.", "quote", "“The talks are over for now,”", "The talks are over for now,", "speaker=Wallace"},
    {"Ian Wallace said: \"There is no deal at all.\"", "quote", "\"There is no deal at all.\"", "There is no deal at all.", "speaker=Ian Wallace"},
    {"Tim Cook called it \"the most personal device.\"", "quote", "\"the most personal device.\"", "the most personal device.", "speaker=Tim Cook"},
    {"Anna Berg, the bank's chief, said the plan was \"a good start.\"", "quote", "\"a good start.\"", "a good start.", "speaker=Anna Berg"},
    {"Jerry Steinman, publisher of Beer Weekly, a newsletter, said it was \"a brawl.\"", "quote", "\"a brawl.\"", "a brawl.", "speaker=Jerry Steinman"},
    {"One official Monday described it as \"a mess.\"", "quote", "\"a mess.\"", "a mess.", "speaker=-"},
    {"The ministry called the talks \"very useful.\" \"I am thrilled,\" Williams, 28, said.", "quote", "\"I am thrilled,\"", "I am thrilled,", "speaker=Williams"},
    {"In a tweet, the president called the ruling \"a disgrace to all.\"", "quote", "\"a disgrace to all.\"", "a disgrace to all.", "speaker=the president"},
    {"A White House official said the dispute was \"a matter for the parties.\"", "quote", "\"a matter for the parties.\"", "a matter for the parties.", "speaker=a White House official"},
    {"The Canadian government previously said the deal was of \"net benefit\" to it.", "quote", "\"net benefit\"", "net benefit", "speaker=the Canadian government"},
    {"The prime minister, speaking in Brussels, said the deal was \"the best we could get\".", "quote", "\"the best we could get\"", "the best we could get", "speaker=the prime minister"},
    {"\"We are looking at all options,\" a White House official told reporters.", "quote", "\"We are looking at all options,\"", "We are looking at all options,", "speaker=a White House official"},
    {"\"We are looking at all options,\" the White House said.", "quote", "\"We are looking at all options,\"", "We are looking at all options,", "speaker=White House"},
    {"The draft of the treaty is said to ban \"cyber attacks on states\".", "quote", "\"cyber attacks on states\"", "cyber attacks on states", "speaker=-"},
    {"Anna Berg runs the bank.\n\nThe minister spoke next.\n\nShe said the plan was \"a good start for all\".", "quote", "\"a good start for all\"", "a good start for all", "speaker=-"},
    {"“Prices must fall first,” according to Anna Petrova.", "quote", "“Prices must fall first,”", "Prices must fall first,", "speaker=Anna Petrova"},
    {"“It is over,” according to a senior official.", "quote", "“It is over,”", "It is over,", "speaker=a senior official"},
    {"\"We have no choice,\" said the minister, Anna Berg.", "quote", "\"We have no choice,\"", "We have no choice,", "speaker=Anna Berg"},
    {"\"We have no choice,\" said the minister, Dame Anna Berg.", "quote", "\"We have no choice,\"", "We have no choice,", "speaker=Anna Berg"},
    {"The Prime Minister, Sir Keir Starmer, insisted that the government would \"deliver change\".", "quote", "\"deliver change\"", "deliver change", "speaker=Keir Starmer"},
    {"\"We have no choice,\" said the minister, who was tired.", "quote", "\"We have no choice,\"", "We have no choice,", "speaker=the minister"},
    {"“I did not see it coming,” admitted Holm, who was hurt.", "quote", "“I did not see it coming,”", "I did not see it coming,", "speaker=Holm"},
    {"\"We will win the vote,\" said Tuesday.", "quote", "\"We will win the vote,\"", "We will win the vote,", "speaker=-"},
    {"\"We lost,\" said Coach Dale Brown of LSU.", "quote", "\"We lost,\"", "We lost,", "speaker=Dale Brown"},
    /* before the quote: the verb and up to four words ("said outside
     * court:"), the speaker before the verb and, when the name there is
     * where someone works, that person */
    {"Ms Holloway's solicitor, Daniel Ferreira of Bindmans LLP, said outside court: \"She has waited years.\"", "quote", "\"She has waited years.\"", "She has waited years.", "speaker=Daniel Ferreira"},
    {"Daniel Ferreira of Bindmans LLP said: \"She has waited years.\"", "quote", "\"She has waited years.\"", "She has waited years.", "speaker=Daniel Ferreira"},
    {"Amina Yusuf, from the Red Cross: \"We need access now.\"", "quote", "\"We need access now.\"", "We need access now.", "speaker=Amina Yusuf"},
    {"Anna Berg spoke. Berg told the BBC: \"We will not back down.\"", "quote", "\"We will not back down.\"", "We will not back down.", "speaker=Anna Berg"},
    {"The ministry said in a statement: \"We will not back down.\"", "quote", "\"We will not back down.\"", "We will not back down.", "speaker=the ministry"},
    /* a role the pattern read as a preposition's object ends the
     * subject: the subject is the speaker, or the person in it */
    {"Sources close to the talks told Reuters the deal was \"dead in the water\".", "quote", "\"dead in the water\"", "dead in the water", "speaker=sources close to the talks"},
    {"In a letter to the board, the chairman of the committee said the plan was \"deeply flawed\".", "quote", "\"deeply flawed\"", "deeply flawed", "speaker=the chairman of the committee"},
    {"Officials at the Department of Health said they were \"monitoring it closely\".", "quote", "\"monitoring it closely\"", "monitoring it closely", "speaker=officials at the Department of Health"},
    {"Anna Berg of the union said the offer was \"an insult to workers\".", "quote", "\"an insult to workers\"", "an insult to workers", "speaker=Anna Berg"},
    /* an accusation quotes the accuser */
    {"India's opposition leader Rahul Gandhi accused Prime Minister Narendra Modi of \"betraying farmers\".", "quote", "\"betraying farmers\"", "betraying farmers", "speaker=Rahul Gandhi"},
    {"Protesters accused of \"rioting in the streets\" were freed.", "quote", "\"rioting in the streets\"", "rioting in the streets", "speaker=-"},
    /* a role holds a possessive past its first word */
    {"The prime minister's official spokesman told reporters: \"The PM has full confidence in him.\"", "quote", "\"The PM has full confidence in him.\"", "The PM has full confidence in him.", "speaker=the prime minister's official spokesman"},
    /* a participle of saying before the quote: the clause's subject,
     * never a name inside the clause */
    {"Anna Berg spoke. \"It is a sad day,\" Berg said, adding: \"We will rebuild the town.\"", "quote", "\"We will rebuild the town.\"", "We will rebuild the town.", "speaker=Anna Berg"},
    {"Janos Martonyi spoke. Martonyi called its entry into NATO \"returning home,\" saying: \"It has been our destiny.\"", "quote", "\"It has been our destiny.\"", "It has been our destiny.", "speaker=Janos Martonyi"},
    {"Paul Lego spoke. He said the segment could grow, adding: \"We expect to supply a share of it.\"", "quote", "\"We expect to supply a share of it.\"", "We expect to supply a share of it.", "speaker=Paul Lego"},
    /* a role holds no second article: "claims" here is a noun */
    {"The ministry rejected the claims, saying they were \"without foundation\".", "quote", "\"without foundation\"", "without foundation", "speaker=-"},
    /* a participle inside the sentence: the name that opens it */
    {"Mr. Edelman declined to say more, saying the moves are meant to help when \"the company is on a roll.\"", "quote", "\"the company is on a roll.\"", "the company is on a roll.", "speaker=Edelman"},
    {"Asher Edelman spoke. Edelman declined to say more, saying the moves help when \"the company is on a roll.\"", "quote", "\"the company is on a roll.\"", "the company is on a roll.", "speaker=Asher Edelman"},
    {"The board fired chief executive Sam Altman on Friday, saying he had not been \"consistently candid.\"", "quote", "\"consistently candid.\"", "consistently candid.", "speaker=-"},
    {"Judge Mary Wilson jailed him for eight years, saying the attack was \"cowardly and brutal\".", "quote", "\"cowardly and brutal\"", "cowardly and brutal", "speaker=Mary Wilson"},
    {"Chief executive Ola Holm cut 500 jobs, saying the firm had \"no choice\".", "quote", "\"no choice\"", "no choice", "speaker=Ola Holm"},
    {"Former US president Barack Obama endorsed the bill, calling it \"long overdue\".", "quote", "\"long overdue\"", "long overdue", "speaker=Barack Obama"},
    {"Its chief executive, Helen Marsh, resigned on Wednesday, saying the firm needed \"a fresh start\".", "quote", "\"a fresh start\"", "a fresh start", "speaker=Helen Marsh"},
    {"The board, led by Ann Lee, fired Sam Altman, saying he was \"not candid\".", "quote", "\"not candid\"", "not candid", "speaker=-"},
    {"Critics attacked the plan, calling it \"a disaster waiting to happen\".", "quote", "\"a disaster waiting to happen\"", "a disaster waiting to happen", "speaker=-"},
    {"The former chief of staff, Gavin Barwell, said the party was \"in a very bad place\".", "quote", "\"in a very bad place\"", "in a very bad place", "speaker=Gavin Barwell"},
    /* words before "but" are no one's: the sentence's subject spoke */
    {"Dow Jones discloses the different growth forecasts but says it views the rate \"as a hoped-for goal\".", "quote", "\"as a hoped-for goal\"", "as a hoped-for goal", "speaker=-"},
    /* a role a name's possessive opens is the role, not the name */
    {"Sadiq Khan spoke. Khan's deputy said the plan was \"on track\".", "quote", "\"on track\"", "on track", "speaker=Khan's deputy"},
    {"Ratners's chairman, Gerald Ratner, said the deal remains of \"substantial benefit to Ratners.\"", "quote", "\"substantial benefit to Ratners.\"", "substantial benefit to Ratners.", "speaker=Gerald Ratner"},
    /* an auxiliary between the name and the verb */
    {"Home Secretary Suella Braverman had called the marches \"hate marches\" earlier in the week.", "quote", "\"hate marches\"", "hate marches", "speaker=Suella Braverman"},
    /* a parenthesis of saying inside the sentence */
    {"Anna Berg spoke. The town, Berg said, would be \"rebuilt within a year\".", "quote", "\"rebuilt within a year\"", "rebuilt within a year", "speaker=Anna Berg"},
    {"Rather, Mr. Perlman said, the firm is seeking markets where \"there is great interest in games\".", "quote", "\"there is great interest in games\"", "there is great interest in games", "speaker=Perlman"},
    /* "he" in mid-sentence before the verb and a colon */
    {"Martin Edwards spoke first. Asked whether he would quit, he replied: \"Absolutely not, never.\"", "quote", "\"Absolutely not, never.\"", "Absolutely not, never.", "speaker=Martin Edwards"},
    {"Asked whether he would quit, he replied: \"Absolutely not, never.\"", "quote", "\"Absolutely not, never.\"", "Absolutely not, never.", "speaker=-"},
    /* British single quotes; an apostrophe inside is no closing mark */
    {"‘We are ready,’ the coach said.", "quote", "‘We are ready,’", "We are ready,", "speaker=the coach"},
    {"'This is a scandal,' said Labour MP Jess Phillips.", "quote", "'This is a scandal,'", "This is a scandal,", "speaker=Jess Phillips"},
    {"'We will fight on,' she said after the players' union met.", "quote", "'We will fight on,'", "We will fight on,", NULL},
    {"It was the '90s, and the players' union was strong.", "quote", "'90s, and the players'", "-", NULL},
    /* a headline's straight single quote closes before a colon */
    {"'We will not be intimidated': PM vows to fight on\n\nThe PM spoke.", "quote", "'We will not be intimidated'", "We will not be intimidated", NULL},
    {"The talks ended.\n'Tis the players' union: a history.", "quote", "'Tis the players'", "-", NULL},
    {"Conservative MP Jacob Rees-Mogg spoke.", "person", "Jacob Rees-Mogg", "Jacob Rees-Mogg", "role=MP"},
    {"Labour MPs backed him.", "person", "Labour MPs", "-", NULL},
    /* capitalised words the story also writes in lower case are a
     * heading's or a product's, no one's name; a transcript's sign-off
     * in lower case opens its sentence and does not count */
    {"Set up the Mesh Router first. A mesh router covers every room.", "person", "Mesh Router", "-", NULL},
    {"Our Pre-Workout Meal list follows. Eat a pre-workout meal at noon.", "person", "Pre-Workout Meal", "-", NULL},
    {"Pierre Thomas has the story. They met thomas. pierre thomas, CNN, Washington.", "person", "Pierre Thomas", "Pierre Thomas", NULL},
    {"Will Moy spoke first. He will go on.", "person", "Will Moy", "Will Moy", NULL},
    /* a body's plural head: "Centers", "Institutes" */
    {"The US Centers for Disease Control said so.", "org", "US Centers for Disease Control", "US Centers for Disease Control", NULL},
    {"The Centers for Disease Control recommends a shot.", "org", "Centers for Disease Control", "Centers for Disease Control", NULL},
    /* a sentence's first word the story writes in lower case is no part
     * of the name after it */
    {"The defenseman Ola Berg shot wide. Defenseman Jonas Holm scored.", "person", "Jonas Holm", "Jonas Holm", NULL},
    {"Big Machine Records said so. Every record sold.", "person", "Machine Records", "-", NULL},
    {"\"I was tired,\" wrote Ola Berg of Aberdeenshire, Scotland, in a study.", "person", "Ola Berg", "Ola Berg", NULL},
    {"\"I was tired,\" wrote Ola Berg of Aberdeenshire, Scotland, in a study.", "quote", "\"I was tired,\"", "I was tired,", "speaker=Ola Berg"},
    {"They flew to the Democratic Republic of Congo, Africa, today.", "place", "Democratic Republic of Congo", "Democratic Republic of Congo", NULL},
    /* a body's last word opens its name before "for" or "of" */
    {"A study by the Centre for Trade Policy Research, a think tank, concluded that \"tariffs hurt\" most.", "org", "Centre for Trade Policy Research", "Centre for Trade Policy Research", NULL},
    {"A study by the Centre for Trade Policy Research, a think tank, concluded that \"tariffs hurt\" most.", "quote", "\"tariffs hurt\"", "tariffs hurt", "speaker=Centre for Trade Policy Research"},
    {"They met at the Museum of Modern Art.", "org", "Museum of Modern Art", "Museum of Modern Art", NULL},
    /* ranks short without stops; a party's word is no part of a name */
    {"Lt Col Ana Ruiz testified on Tuesday.", "person", "Ana Ruiz", "Ana Ruiz", "role=Lt Col"},
    {"Gen Z shoppers like it.", "person", "Z", "-", NULL},
    {"The governor, Republican Ola Berg, spoke.", "person", "Ola Berg", "Ola Berg", "role=governor"},
    {"Liberal Democrat Ed Holm spoke.", "person", "Ed Holm", "Ed Holm", NULL},
    {"The Democratic National Committee met.", "org", "Democratic National Committee", "Democratic National Committee", NULL},
    {"It did not appeal to Ana Ruiz, Washington State Department of Health officer.", "person", "Ana Ruiz", "Ana Ruiz", NULL},
    {"She lives in Austin, Texas Governor Ola Berg said.", "place", "Austin", "Austin", NULL},
    /* a newspaper after its city's name; a body's word after a hyphen */
    {"The San Francisco Chronicle reported it first.", "org", "San Francisco Chronicle", "San Francisco Chronicle", NULL},
    {"The San Diego Union-Tribune reported it first.", "org", "San Diego Union-Tribune", "San Diego Union-Tribune", NULL},
    {"New Price Drop: the price of the drop fell.", "place", "New Price Drop", "-", NULL},
    {"They flew to New Haven. The haven was calm.", "place", "New Haven", "New Haven", NULL},
    /* a word shouted that the story writes in lower case is no body */
    {"Please VOTE on Tuesday. We vote early.", "org", "VOTE", "-", NULL},
    {"The WHO said who was at risk.", "org", "WHO", "WHO", NULL},
    {"IS fighters held the town, which is near.", "org", "IS", "IS", NULL},
    /* "at" leads a body, not when it aims at someone */
    {"He hit out at Ola Berg on Monday.", "person", "Ola Berg", "Ola Berg", NULL},
    {"Nelson fired a shot at Ana Ruiz that went wide.", "person", "Ana Ruiz", "Ana Ruiz", NULL},
    {"She spoke at Ola Berg's conference.", "person", "Ola Berg", "Ola Berg", NULL},
    {"Ola Holm, an economist at Capital Economics, said so.", "org", "Capital Economics", "Capital Economics", NULL},
    /* a body told of as its members is a body everywhere in the story;
     * studios and labels */
    {"Acme Sound says she may play. Acme Sound have denied it.", "person", "Acme Sound", "-", NULL},
    {"The company that runs the show, Dick Clark Productions, denies it.", "org", "Dick Clark Productions", "Dick Clark Productions", NULL},
    {"It grew, said Ola Berg, CEO and founder of Vexa.", "person", "Ola Berg", "Ola Berg", "role=CEO and founder"},
    {"The Director of Public Prosecutions Ola Holm spoke.", "person", "Ola Holm", "Ola Holm", "role=Director of Public Prosecutions"},
    /* a verb's form opening a sentence before a name given in full */
    {"Ola Berg spoke. Questioning Berg, the panel pressed on.", "person", "Questioning Berg", "-", NULL},
    {"Ola Berg spoke. Questioning Berg, the panel pressed on.", "person", "Berg", "Ola Berg", NULL},
    {"Irving Berlin wrote it.", "person", "Irving Berlin", "Irving Berlin", NULL},
    {"Kentucky Democrats won the vote. Democrats cheered.", "org", "Kentucky Democrats", "Kentucky Democrats", NULL},
    {"Kentucky Democrats won the vote. Democrats cheered.", "person", "Democrats", "-", NULL},
    {"DL Ola Berg 63 snaps, 1 sack.", "person", "Ola Berg", "Ola Berg", NULL},
    {"UK Home Secretary Ana Ruiz spoke.", "person", "Ana Ruiz", "Ana Ruiz", "role=Home Secretary"},
    {"New Safety Rules Issued After Deadly Flight\n\nThe rules came out.", "place", "New Safety Rules Issued After Deadly Flight", "-", NULL},
    {"They drove to the San Francisco Bay Area.", "place", "San Francisco Bay Area", "San Francisco Bay Area", NULL},
    /* "the" joins an epithet only */
    {"He told Billboard the Doobies would tour.", "org", "Billboard the Doobies", "-", NULL},
    {"They said Alexander the Great conquered Persia.", "person", "Alexander the Great", "Alexander the Great", NULL},
    /* the place a title is to, then the person */
    {"He met the envoy to Ukraine Ola Berg on Monday.", "person", "Ola Berg", "Ola Berg", NULL},
    {"He met the envoy to Ukraine Ola Berg on Monday.", "place", "Ukraine", "Ukraine", NULL},
    {"He went to Paris Hilton's party.", "person", "Paris Hilton", "Paris Hilton", NULL},
    /* a place after a comma before a job is an apposition, no address */
    {"\"It is meant to frighten,\" said Ola Berg, Tunisia country director for the group.", "person", "Ola Berg", "Ola Berg", "role=country director"},
    {"\"It is meant to frighten,\" said Ola Berg, Tunisia country director for the group.", "quote", "\"It is meant to frighten,\"", "It is meant to frighten,", "speaker=Ola Berg"},
    {"They met President-elect Ola Berg on Friday.", "person", "Ola Berg", "Ola Berg", "role=President-elect"},
    /* a family name a title gave is a person's alone later on */
    {"President Holm spoke on Monday. \"The people are not buying\" the charges, Holm said at a rally.", "quote", "\"The people are not buying\"", "The people are not buying", "speaker=Holm"},
    /* a people's word before a person's name is where they are from */
    {"The rebels freed Canadian Lena Marsh on Tuesday.", "person", "Lena Marsh", "Lena Marsh", NULL},
    {"Ships sail to the Russian Far East.", "org", "Russian Far East", "Russian Far East", NULL},
    {"The British Foreign Office said so.", "org", "British Foreign Office", "British Foreign Office", NULL},
    {"Hurricane Katrina struck New Orleans in 2005.", "place", "New Orleans", "New Orleans", NULL},
    {"Lawmakers on Capitol Hill were briefed.", "place", "Capitol Hill", "Capitol Hill", NULL},
    {"The New England Patriots won.", "org", "New England Patriots", "New England Patriots", NULL},
    {"The San Antonio Spurs lost.", "org", "San Antonio Spurs", "San Antonio Spurs", NULL},
    {"A Kremlin-backed group won.", "org", "Kremlin", "Kremlin", NULL},
    {"Kim Jong-un spoke.", "person", "Kim Jong-un", "Kim Jong-un", NULL},
    /* one unknown word after "in" */
    {"Police in Manchester arrested a man.", "place", "Manchester", "Manchester", NULL},
    {"The rally was held in Leeds on Monday.", "place", "Leeds", "Leeds", NULL},
    {"The class is taught in Arabic.", "place", "Arabic", "-", NULL},
    {"This article first appeared in Kommersant.", "place", "Kommersant", "-", NULL},
    {"Flooding was reported in Yorkshire and Cumbria.", "place", "Yorkshire", "Yorkshire", NULL},
    {"Shares rose in Nasdaq trading.", "place", "Nasdaq", "-", NULL},
    {"He invested in Tesla last year.", "place", "Tesla", "-", NULL},
    {"He starred in Titanic before.", "place", "Titanic", "-", NULL},
    {"She believes in God.", "place", "God", "-", NULL},
    {"Ford holds a 12% stake in Jaguar.", "org", "Jaguar", "Jaguar", NULL},
    {"Aid went to children in South and Central America.", "place", "South", "-", NULL},
    {"Unite, Britain's biggest union, called it a scandal.", "org", "Unite", "Unite", NULL},
    {"Amazon, the retail giant, said no.", "org", "Amazon", "Amazon", NULL},
    {"\"We will not give up,\" said Maria Lopez, a spokeswoman for the union.", "person", "Maria Lopez", "Maria Lopez", NULL},
    {"‘The players’ union is strong,’ said Ann Lee.", "quote", "‘The players’ union is strong,’", "The players’ union is strong,", "speaker=Ann Lee"},
    {"He said: “It was ‘a shambles’, really.”", "quote", "“It was ‘a shambles’, really.”", "It was ‘a shambles’, really.", NULL},
    /* a role that opens the sentence; a name of the sentence before is not it */
    {"Ann Lee met him. The minister said: \"There will be no deal.\"", "quote", "\"There will be no deal.\"", "There will be no deal.", "speaker=the minister"},
    /* a full stop of a title inside the speaker's name; a quote inside
     * the speaker's reported words */
    {"“This is a turning point,” Dr. Amina Yusuf of Johns Hopkins University said.", "quote", "“This is a turning point,”", "This is a turning point,", "speaker=Amina Yusuf"},
    {"ECB President Christine Lagarde spoke. Lagarde added that inflation was \"broadly on track\".", "quote", "\"broadly on track\"", "broadly on track", "speaker=Christine Lagarde"},
    {"Lagarde said that Putin was \"a liar and a thief\".", "quote", "\"a liar and a thief\"", "a liar and a thief", "speaker=Lagarde"},
    {"In a statement, the Foreign Office said it was \"deeply concerned\" by the reports.", "quote", "\"deeply concerned\"", "deeply concerned", "speaker=Foreign Office"},
    /* a quote that ends its sentence is not the next sentence's subject's */
    {"Joe Biden spoke. Biden said the talks were \"candid and constructive.\"\nXi Jinping told reporters little.", "quote", "\"candid and constructive.\"", "candid and constructive.", "speaker=Joe Biden"},
    {"The talks were \"candid and constructive\". Xi Jinping said little.", "quote", "\"candid and constructive\"", "candid and constructive", "speaker=-"},
    {"\"We are racing against time,\" said Dr. Ahmed Khalil, who leads a hospital.", "quote", "\"We are racing against time,\"", "We are racing against time,", "speaker=Ahmed Khalil"},
    /* a person before a colon; a role after "according to" or before
     * the verb */
    {"Labour leader Keir Starmer: “This government has failed.”", "quote", "“This government has failed.”", "This government has failed.", "speaker=Keir Starmer"},
    {"According to a senior official, “the plan is dead in the water.”", "quote", "“the plan is dead in the water.”", "the plan is dead in the water.", "speaker=a senior official"},
    {"“We need more time,” the minister told parliament.", "quote", "“We need more time,”", "We need more time,", "speaker=the minister"},
    /* the speaker after an apposition's commas */
    {"\"It is a hard call,\" the firm's finance chief, Sarah Chen, told analysts.", "quote", "\"It is a hard call,\"", "It is a hard call,", "speaker=Sarah Chen"},
    /* a quote runs on from the last speaker only when it opens its
     * sentence, and "he said" with no man named is no one's */
    {"\"Rates have turned,\" says Tom Baker, an economist at Capital Economics. \"We expect them to fall.\"", "quote", "\"We expect them to fall.\"", "We expect them to fall.", "speaker=Tom Baker"},
    {"\"Rates have turned,\" says Tom Baker. Critics called the plan \"a disaster waiting to happen\".", "quote", "\"a disaster waiting to happen\"", "a disaster waiting to happen", "speaker=-"},
    {"The Foreign Office said it was \"deeply concerned\". \"No comment,\" he said.", "quote", "\"No comment,\"", "No comment,", "speaker=-"},
    {"Ian Wallace spoke first. He said that the pact was \"mostly symbolic\".", "quote", "\"mostly symbolic\"", "mostly symbolic", "speaker=Ian Wallace"},
    {"John Kerry arrived. “We made real progress today,” he said.", "quote", "“We made real progress today,”", "We made real progress today,", "speaker=John Kerry"},
    {"“This is a good day for both sides,” said a spokesman for the ministry.", "quote", "“This is a good day for both sides,”", "This is a good day for both sides,", "speaker=a spokesman"},
    {"He called it \"fake\" and left.", "quote", "\"fake\"", "-", NULL},
    {"“We expect to sign in November,” said President Vladimir Putin.", "quote", "“We expect to sign in November,”", "We expect to sign in November,", "speaker=Vladimir Putin"},
    {"“Nothing has been agreed yet,” Lavrov told reporters.", "quote", "“Nothing has been agreed yet,”", "Nothing has been agreed yet,", "speaker=Lavrov"},
    {"Maria Lopez wrote: “The ruling stands as it is.”", "quote", "“The ruling stands as it is.”", "The ruling stands as it is.", "speaker=Maria Lopez"},
    {"\"We have no plans to leave,\" the company said.", "quote", "\"We have no plans to leave,\"", "We have no plans to leave,", NULL},
    {"“It is too early to say,” added Tom Hanks.", "quote", "“It is too early to say,”", "It is too early to say,", "speaker=Tom Hanks"},
    /* an apposition after the quote with commas, initials and a role
     * before the name; its closing comma left out */
    {"\"The results surprised us,\" Maria Lopez, a chemist at the Institute of Physics in Lyon, France, and the first author of the paper the journal printed, said in a statement.", "quote", "\"The results surprised us,\"", "The results surprised us,", "speaker=Maria Lopez"},
    {"\"Water is hard to find,\" study lead author Tom Reyes, a geologist at the survey in Reston, Va., said.", "quote", "\"Water is hard to find,\"", "Water is hard to find,", "speaker=Tom Reyes"},
    {"\"The wind turned,\" Priya Nair, a senior research analyst at the Lagos-based Council on Energy, Environment and Water think tank told reporters.", "quote", "\"The wind turned,\"", "The wind turned,", "speaker=Priya Nair"},
    {"\"It is late,\" he said, and Ola Berg, the host, agreed.", "quote", "\"It is late,\"", "It is late,", "speaker=-"},
    /* a sentence that an initial's or a title's stop does not end */
    {"Berg, the U.S. envoy, said: \"We will not leave.\"", "quote", "\"We will not leave.\"", "We will not leave.", "speaker=Berg"},
    {"Anna Berg, a New Haven, Conn., lawyer, says the firm was \"first to act\" then.", "quote", "\"first to act\"", "first to act", "speaker=Anna Berg"},
    {"In a letter, Maj. Gen. Anna Berg, the head of the unit, told troops their aim was to \"hold the line.\"", "quote", "\"hold the line.\"", "hold the line.", "speaker=Anna Berg"},
    {"Anna Berg urged Mr. Holm to act, saying \"time is short.\"", "quote", "\"time is short.\"", "time is short.", "speaker=Anna Berg"},
    {"Ola Holm, head of sales for Vexa, Inc., says: \"Alarms must be heard.\"", "quote", "\"Alarms must be heard.\"", "Alarms must be heard.", "speaker=Ola Holm"},
    {"Anna Berg, the lawyer for John Smith, said: \"He is innocent.\"", "quote", "\"He is innocent.\"", "He is innocent.", "speaker=Anna Berg"},
    {"Lead author Dr. Mia Lund, a professor of law at Lund University, commented: \"The rules are weak.\"", "quote", "\"The rules are weak.\"", "The rules are weak.", "speaker=Mia Lund"},
    {"\"Tariffs are paid at home,\" Ola Holm, a senior fellow at the Tax Policy Center, has written.", "quote", "\"Tariffs are paid at home,\"", "Tariffs are paid at home,", "speaker=Ola Holm"},
    /* a country speaks for its government; an auxiliary is no part of a
     * role */
    {"Britain has urged an \"end to the fighting\" there.", "quote", "\"end to the fighting\"", "end to the fighting", "speaker=Britain"},
    {"The UK has urged an \"end to the fighting\" there.", "quote", "\"end to the fighting\"", "end to the fighting", "speaker=UK"},
    {"The minister has urged an \"end to the fighting\" there.", "quote", "\"end to the fighting\"", "end to the fighting", "speaker=the minister"},
    /* a role holds initials; a body inside a role is the role's, one
     * that ends it speaks */
    {"\"We will go,\" the U.S. attorney's office said.", "quote", "\"We will go,\"", "We will go,", "speaker=the U.S. attorney's office"},
    {"\"We will go,\" said the U.N. envoy, Ola Berg.", "quote", "\"We will go,\"", "We will go,", "speaker=Ola Berg"},
    {"\"We will go,\" said a White House spokesman.", "quote", "\"We will go,\"", "We will go,", "speaker=a White House spokesman"},
    {"\"Cases rose,\" writes the Associated Press.", "quote", "\"Cases rose,\"", "Cases rose,", "speaker=Associated Press"},
    /* a verb joined by "and" has the first verb's subject; a participle
     * right before a quote names a thing */
    {"The ministry said it saw the move as \"a blow to\" the basis for a deal and said it would act.", "quote", "\"a blow to\"", "a blow to", "speaker=the ministry"},
    {"He staged a live show called \"the cabaret of words\" at fairs.", "quote", "\"the cabaret of words\"", "the cabaret of words", "speaker=-"},
    {"Ann Lee spoke. In a post at the time she called it the \"worst case\" for her.", "quote", "\"worst case\"", "worst case", "speaker=Ann Lee"},
    /* whom a speaker tells does not break the run of their quotes */
    {"\"You are here because of this,\" Ola Berg told Ana Ruiz, pressing her. \"He will not testify now.\"", "quote", "\"He will not testify now.\"", "He will not testify now.", "speaker=Ola Berg"},
    {"\"Calm down,\" one user said, per Ana Ruiz. \"Face it together.\"", "quote", "\"Face it together.\"", "Face it together.", "speaker=one user"},
    /* "it" and "they" are the body named last; "she" reaches back
     * through a paragraph the same pronoun opens, to its sentence's
     * subject */
    {"The firm, Vexa Records, spoke.\n\n\"We have no comment,\" they said.", "quote", "\"We have no comment,\"", "We have no comment,", "speaker=Vexa Records"},
    {"Ann Lee wrote to Ola Berg.\n\n\"We have no comment,\" they said.", "quote", "\"We have no comment,\"", "We have no comment,", "speaker=-"},
    {"Ana Ruiz posted a letter accusing Ola Holm of lying.\n\nShe claimed he knew.\n\n\"I want my music back,\" she said.", "quote", "\"I want my music back,\"", "I want my music back,", "speaker=Ana Ruiz"},
    {"\"She was burning up,\" her mother, Ana, said in a statement.", "quote", "\"She was burning up,\"", "She was burning up,", "speaker=Ana"},
    {"\"I stopped,\" Dr. Holm, a forum user, wrote on the site.", "quote", "\"I stopped,\"", "I stopped,", "speaker=Holm"},
    {"\"It is optimal,\" said Rep. Ola Berg of the subcommittee.\n\nHe raised that point against the agency's plan for landers that the agency could buy from firms, which the agency would launch on rockets of its own choosing at a cost the agency had not yet set out in full to the committee or to the public at large, though the firms had asked for that cost more than once and had been told each time that it would come with the next budget, which the agency then sent to the committee without it, to the dismay of members on both sides who had hoped to see the figures before the hearing, and who said so in letters to the agency that were sent in the spring and again in the summer, the second of them signed by every member of the NASA panel.\n\n\"Switching horses is not wise,\" he continued.", "quote", "\"Switching horses is not wise,\"", "Switching horses is not wise,", "speaker=Ola Berg"},
    /* a long subject that a preposition's object ends is no one named */
    {"The authors of the report published in the journal Nature Climate argued that the rules brought \"clear gains\" to all.", "quote", "\"clear gains\"", "clear gains", "speaker=-"},
    /* ---- dates, with 2014-10-24 (a Friday) as reference ---- */
    {"Gas will flow from next month.", "date", "next month", "2014-11", "from=2014-11-01"},
    {"They plan to sign on November 10.", "date", "November 10", "2014-11-10", NULL},
    {"They hope to sign in November.", "date", "November", "2014-11", "to=2014-11-30"},
    {"Deliveries start in the first half of 2015.", "date", "the first half of 2015", "2015-H1", "to=2015-06-30"},
    {"Burberry warned that second-half operating profit could fall.", "date", "second-half", "2014-H2", NULL},
    {"He scored a first-half goal.", "date", "first-half", "-", NULL},
    /* a half named by what happened in it, or in a sentence with a score */
    {"Chelsea lead Arsenal 3-2 after a second-half comeback.", "date", "second-half", "-", NULL},
    {"Chelsea lead Arsenal 3-2 after a second-half comeback.", "duration", "a second", "-", NULL},
    {"He won a second-round match.", "duration", "a second", "-", NULL},
    {"Work starts next year.", "date", "next year", "2015", NULL},
    {"The board met this week.", "date", "this week", "2014-W43", NULL},
    {"Output beat last year's level.", "date", "last year", "2013", NULL},
    {"The talks were held on Tuesday.", "date", "Tuesday", "2014-10-21", NULL},
    {"The talks will be held on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"The team planned to leave Beijing on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"The group could leave as soon as Tuesday, officials said.", "date", "Tuesday", "2014-10-28", NULL},
    {"She arrived next, months after the Oct. 7 blasts killed nine.", "date", "Oct. 7", "2014-10-07", NULL},
    {"Repairs are planned for the summer.", "date", "the summer", "2014-SU", NULL},
    /* what is backdated reaches back to a time begun */
    {"Staff will receive a 3.2% pay rise backdated to April.", "date", "April", "2014-04", NULL},
    {"The tax cut will be retroactive to January.", "date", "January", "2014-01", NULL},
    /* a plain future moves a season over this year on to the next */
    {"Talks will resume after the summer break.", "date", "the summer", "2015-SU", NULL},
    {"Construction will begin in the spring.", "date", "the spring", "2015-SP", NULL},
    {"Sales rose over the summer.", "date", "the summer", "2014-SU", NULL},
    {"The boy will stay for two more weeks.", "duration", "two more weeks", "P2W", NULL},
    {"The plant needs three additional years of work.", "duration", "three additional years", "P3Y", NULL},
    /* a word of succession or of kind between the count and the unit */
    {"The index has fallen for five consecutive days.", "duration", "five consecutive days", "P5D", NULL},
    {"Prices rose for three straight months.", "duration", "three straight months", "P3M", NULL},
    {"Eight trading days later, shares recovered.", "duration", "Eight trading days", "P8D", NULL},
    {"Pay within ten working days.", "duration", "ten working days", "P10D", NULL},
    {"The firm changed from a fiscal year to a calendar year.", "duration", "a calendar year", "-", NULL},
    /* "a year" after a quantity is a rate: each year, not one year */
    {"The cuts will save $500 million a year in costs.", "set", "a year", "P1Y", NULL},
    {"Interest is paid at 5% per annum.", "set", "per annum", "P1Y", NULL},
    {"The service runs daily except Sundays.", "set", "daily", "P1D", NULL},
    /* a round hundred before ours is a century; the 2000s a decade */
    {"It was built in the late 1800s.", "date", "the late 1800s", "18", "from=1866-09-02"},
    {"It was built in the 1900s.", "date", "the 1900s", "19", NULL},
    {"It boomed in the 2000s.", "date", "the 2000s", "200", NULL},
    {"It boomed in the 1890s.", "date", "the 1890s", "189", NULL},
    /* the part of its value a date tells, and the third it covers */
    {"The launch is due in early 2027.", "date", "early 2027", "2027", "mod=START"},
    {"The launch is due in early 2027.", "date", "early 2027", "2027", "to=2027-05-01"},
    {"Prices rose in mid-1998.", "date", "mid-1998", "1998", "mod=MID"},
    {"The launch slipped to late 2027.", "date", "late 2027", "2027", "from=2027-09-02"},
    {"It closes at the end of the month.", "date", "the end of the month", "2014-10", "mod=END"},
    {"It will open later this year.", "date", "later this year", "2014", "mod=-"},
    {"The clinic is open weekdays from 9am.", "set", "weekdays", "XXXX-WXX-WD", NULL},
    {"Trains run every weekday.", "set", "every weekday", "XXXX-WXX-WD", NULL},
    {"They shop at weekends.", "set", "weekends", "XXXX-WXX-WE", NULL},
    {"Every weekend it rains.", "set", "Every weekend", "XXXX-WXX-WE", NULL},
    {"The airline adds four flights a week.", "set", "a week", "P1W", NULL},
    {"Alerts that fire less than once a quarter should go.", "set", "once a quarter", "P1Q", NULL},
    {"I can only react a few times a day.", "set", "a few times a day", "P1D", NULL},
    {"Probing once or twice a minute is enough.", "set", "once or twice a minute", "PT1M", NULL},
    {"The light blinks five times a second.", "set", "five times a second", "PT1S", NULL},
    {"Sign up for the $6.99-a-month service.", "set", "a-month", "P1M", NULL},
    {"They stayed at a $35-a-night motel.", "set", "a-night", "P1D", NULL},
    {"Malaria kills more than 600,000 people a year, most of them children.", "set", "a year", "P1Y", NULL},
    {"The levy raises 5 bn a year for the state.", "set", "a year", "P1Y", NULL},
    {"The scheme costs 2 crore a year.", "set", "a year", "P1Y", NULL},
    {"The bill would cost $300bn over a decade.", "duration", "over a decade", "P10Y", NULL},
    /* a quarter of something else is a share, not three months */
    {"Iraq imports about three-quarters of its food.", "duration", "about three-quarters", "-", NULL},
    {"Funds hold more than a quarter of the market.", "duration", "more than a quarter", "-", NULL},
    {"The bank cut rates by a quarter point.", "duration", "a quarter", "-", NULL},
    {"It was a quarter-percentage-point rise.", "duration", "a quarter", "-", NULL},
    {"Visitor numbers fell by a quarter last year.", "duration", "a quarter", "-", NULL},
    {"Visitor numbers fell by a quarter last year.", "date", "last year", "2013", NULL},
    {"The launch was delayed by a quarter.", "duration", "a quarter", "P1Q", NULL},
    {"Profit rose for three quarters in a row.", "duration", "three quarters", "P3Q", NULL},
    {"It recovered after several quarters of losses.", "duration", "several quarters", "PXQ", NULL},
    {"He waited a year for the ruling.", "duration", "a year", "P1Y", NULL},
    {"In 1989, a year of change, sales fell.", "duration", "a year", "P1Y", NULL},
    /* a deadline moved is ahead; a clock time takes the day named after
     * its other zone */
    {"Officials postponed until Tuesday morning any action on the case.", "date", "Tuesday morning", "2014-10-28", NULL},
    {"The agency extended its deadline until 9 a.m. Tuesday.", "time", "9 a.m. Tuesday", "2014-10-28T09:00", NULL},
    /* "can" looks ahead as "could" does, whoever reports it */
    {"Workers can return to their jobs as early as Monday, the union said.", "date", "Monday", "2014-10-27", NULL},
    {"Applications can be made in March, officials said.", "date", "March", "2015-03", NULL},
    /* a subject and a past verb after a word of the future tell of what
     * was done */
    {"A strike planned for next week has been called off after unions reached a deal late on Tuesday night.", "date", "Tuesday night", "2014-10-21", NULL},
    {"Nissan will cut jobs after its profit slumped in the first half.", "date", "the first half", "2014-H1", NULL},
    {"The plant will reopen in the first quarter, after repairs are finished.", "date", "the first quarter", "2015-Q1", NULL},
    {"The talks, which will resume next week, ended on Tuesday.", "date", "Tuesday", "2014-10-21", NULL},
    {"He will visit the troubled region on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"Ministers will discuss this proposed deal on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"The blast came at about 10:35 a.m. (0735 GMT) Wednesday.", "time", "10:35 a.m.", "2014-10-22T10:35", NULL},
    /* a clock on 24 hours with a stop, before its zone, on the day just named */
    {"First published on Thu 23 Oct 2014 18.00 BST", "time", "18.00 BST", "2014-10-23T18:00", NULL},
    /* the clock in words */
    {"He was seen at about half past nine.", "time", "half past nine", "2014-10-24T09:30", NULL},
    {"The blast happened at a quarter to midnight.", "time", "a quarter to midnight", "2014-10-24T23:45", NULL},
    {"The blast happened at a quarter to midnight.", "duration", "a quarter", "-", NULL},
    {"Buses run from five to ten.", "time", "five to ten", "-", NULL},
    /* a weekday with its date, the day before the month: the date is one
     * fact, the clock takes its day */
    {"Kick-off is at 3pm on Saturday 25th October.", "date", "Saturday 25th October", "2014-10-25", NULL},
    {"Kick-off is at 3pm on Saturday 25th October.", "time", "3pm", "2014-10-25T15:00", NULL},
    /* a dateline's time before its date after a stroke or a dot; the
     * year written after a time's date is its year */
    {"UPDATED 07:30 EDT / OCTOBER 24 2013", "time", "07:30 EDT", "2013-10-24T07:30", NULL},
    {"Published 10:30 a.m. | June 5, 2012", "time", "10:30 a.m.", "2012-06-05T10:30", NULL},
    {"Nice work. 10:30 AM \u00b7 Jun 5, 2012", "time", "10:30 AM", "2012-06-05T10:30", NULL},
    {"The tower fell at 10 p.m. on June 5, 2012.", "time", "10 p.m. on June 5, 2012", "2012-06-05T22:00", NULL},
    /* a month-day with "last" or "next" is the one before or after the
     * reference; a short month keeps its stop and never gives up its day */
    {"The plane was lost last Oct. 25 off Nantucket.", "date", "last Oct. 25", "2013-10-25", NULL},
    /* "last September", in October, is a year back: the month just
     * ended is "last month" or "this past September" */
    {"He left the firm last September.", "date", "last September", "2013-09", NULL},
    {"He left the firm this past September.", "date", "this past September", "2014-09", NULL},
    {"He left the firm last August.", "date", "last August", "2014-08", NULL},
    {"The store opened last Nov. 2, after a year of work.", "date", "last Nov. 2", "2013-11-02", NULL},
    {"The bank will reopen next Oct. 2 in Geneva.", "date", "next Oct. 2", "2015-10-02", NULL},
    /* a month or a day takes its direction from the verb it hangs on,
     * not from the nearest tense in its sentence */
    {"He added that the ceremony would be held on March 24.", "date", "March 24", "2015-03-24", NULL},
    {"He added that a summit would still be held on March 24 and 25.", "date", "25", "2015-03-25", NULL},
    {"She told reporters the plan would take effect on Jan. 5.", "date", "Jan. 5", "2015-01-05", NULL},
    {"Talks collapsed in January.", "date", "January", "2014-01", NULL},
    {"Elections were held in January.", "date", "January", "2014-01", NULL},
    {"The shares were sold in December.", "date", "December", "2013-12", NULL},
    {"He was arrested in December and released on Tuesday.", "date", "December", "2013-12", NULL},
    {"The talks, which began in December, will resume on Monday.", "date", "December", "2013-12", NULL},
    {"The talks, which began in December, will resume on Monday.", "date", "Monday", "2014-10-27", NULL},
    /* a time that opens its clause: the first verb after it */
    {"In January, a bomb killed three people.", "date", "January", "2014-01", NULL},
    {"In December, the firm changed its fiscal year.", "date", "December", "2013-12", NULL},
    {"In December, it announced plans to buy the unit.", "date", "December", "2013-12", NULL},
    /* no past verb: an adjective in -ed, a participle after "be", a time
     * after an infinitive, inside a noun phrase, or at a start or an end */
    {"Hudson's Bay said it will redeem its preferred shares on Dec. 31.", "date", "Dec. 31", "2014-12-31", NULL},
    {"Hudson's Bay said it will redeem Series H preferred shares on Dec. 31.", "date", "Dec. 31", "2014-12-31", NULL},
    {"In January, the revised rules will take effect.", "date", "January", "2015-01", NULL},
    {"The firm announced the plan Dec. 21.", "date", "Dec. 21", "2013-12-21", NULL},
    {"They had been talking about the slated visit of the Commerce Secretary, William Daley, in March.", "date", "March", "2015-03", NULL},
    /* "likely" after a count is a quality ("likely voters"), and a past
     * participle before "between" is the verb of the range after it */
    {"The survey of 1,003 likely voters, conducted between Oct. 13 and Oct. 17, has a margin of error.", "date", "Oct. 13", "2014-10-13", NULL},
    {"He met 500 likely buyers on Oct. 13.", "date", "Oct. 13", "2014-10-13", NULL},
    {"Polls conducted between Oct. 13 and Oct. 17 will be published soon.", "date", "Oct. 13", "2014-10-13", NULL},
    {"Contracts of this size have to be signed by the chairman of the board in March.", "date", "March", "2015-03", NULL},
    {"He said that in March the plant would reopen.", "date", "March", "2015-03", NULL},
    {"The alliance, which was founded in 1949, would hold its annual summit in the city of Washington on March 24 and 25.", "date", "25", "2015-03-25", NULL},
    /* a verb after a time deep in its clause is not its verb */
    {"The treaty is expected to be signed during a state visit by the Russian president to China in November, according to a newspaper owned by a tycoon.", "date", "November", "2014-11", NULL},
    {"The bonus would be paid on a still unspecified date in January.", "date", "January", "2015-01", NULL},
    {"The alliance decided to admit them in December.", "date", "December", "2014-12", NULL},
    /* a figure a past verb moved to is no infinitive */
    {"Sales fell to 7.6 million in December.", "date", "December", "2013-12", NULL},
    {"Exports rose to $5 billion in January.", "date", "January", "2014-01", NULL},
    {"Officials gave no reason for the Dec. 14 deadline.", "date", "Dec. 14", "2014-12-14", NULL},
    {"Trump is weighing cancelling a scheduled Dec. 15 imposition of tariffs.", "date", "Dec. 15", "2014-12-15", NULL},
    {"The offer was extended to Dec. 16.", "date", "Dec. 16", "2014-12-16", NULL},
    {"The board declared a dividend, payable Jan. 15.", "date", "Jan. 15", "2015-01-15", NULL},
    {"The strike, called for January, was suspended.", "date", "January", "2015-01", NULL},
    {"The election, first scheduled for December, was postponed until March.", "date", "March", "2015-03", NULL},
    {"The ferry sank in January off the coast.", "date", "January", "2014-01", NULL},
    /* "set for" is a schedule as "scheduled for" is; "was set for" told it */
    {"The retrial is set for June in federal court.", "date", "June", "2015-06", NULL},
    {"Vote on the merger set for May 3", "date", "May 3", "2015-05-03", NULL},
    {"The retrial was set for June, but it was delayed.", "date", "June", "2014-06", NULL},
    /* a headline's "to" and a verb is its future */
    {"Teachers to strike on 12 and 13 March", "date", "13 March", "2015-03-13", NULL},
    {"Teachers strike on 12 and 13 March", "date", "13 March", "2014-03-13", NULL},
    /* past forms of four letters, and a past verb after an adverb in -ly */
    {"The singer died in December.", "date", "December", "2013-12", NULL},
    {"The union sued in November over the cuts.", "date", "November", "2013-11", NULL},
    {"The star, who reportedly died in December, was 82.", "date", "December", "2013-12", NULL},
    {"Ms Berg reportedly resigned in December.", "date", "December", "2013-12", NULL},
    {"The rover successfully sent back images in November.", "date", "November", "2013-11", NULL},
    {"The assembly voted in December.", "date", "December", "2013-12", NULL},
    {"A hotly contested race in December will decide it.", "date", "December", "2014-12", NULL},
    {"The company said in March that the plant would open.", "date", "March", "2014-03", NULL},
    /* a weekday names the year of its date */
    {"The vote was held on Saturday, Nov. 1.", "date", "Saturday, Nov. 1", "2014-11-01", NULL},
    /* a weekday under a modal or a plan is the nearer one, not the past */
    {"Lawyers announced that the father would travel to Washington on Sunday.", "date", "Sunday", "2014-10-26", NULL},
    {"Protesters planned a large rally on Saturday.", "date", "Saturday", "2014-10-25", NULL},
    {"The race is held next Nov. 30 in Macau.", "date", "next Nov. 30", "2014-11-30", NULL},
    {"He left in Oct. and came back.", "date", "Oct.", "2014-10", NULL},
    /* "the week of" a day is the ISO week that holds it */
    {"The summit will open the week of March 6.", "date", "the week of March 6", "2015-W10", NULL},
    {"Sales fell in the week of Oct. 6.", "date", "the week of Oct. 6", "2014-W41", NULL},
    /* a present that sets an event in the calendar looks ahead (news
     * tells its past in the past), but not after "did", "to" or a
     * determiner, nor in a headline, whose present tells the past */
    {"The law takes effect on January 1.", "date", "January 1", "2015-01-01", NULL},
    {"The offer expires on Jan. 15.", "date", "Jan. 15", "2015-01-15", NULL},
    {"The season opens in April and ends in September.", "date", "September", "2015-09", NULL},
    {"The festival is in August.", "date", "August", "2015-08", NULL},
    {"The deadline is Dec. 31.", "date", "Dec. 31", "2014-12-31", NULL},
    {"Parliament meets on Tuesday to debate the bill.", "date", "Tuesday", "2014-10-28", NULL},
    /* an expectation in the present looks ahead, a weekday too */
    {"The Met Office expects conditions to ease on Wednesday.", "date", "Wednesday", "2014-10-29", NULL},
    {"The Bundesbank expects a further contraction in the first quarter.", "date", "the first quarter", "2015-Q1", NULL},
    /* journeys, hosting, publishing and results are on the calendar too;
     * a figure's "face amount" is no verb */
    {"The president flies to Tokyo on Tuesday for a summit.", "date", "Tuesday", "2014-10-28", NULL},
    {"The Lakers host the Nuggets on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"The report, which comes out on Monday, is expected to be critical.", "date", "Monday", "2014-10-27", NULL},
    {"The country goes to the polls on Sunday.", "date", "Sunday", "2014-10-26", NULL},
    {"Microsoft reports results on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"It said that at the close of business Thursday, C$44 million face amount of notes had been tendered.", "date", "Thursday", "2014-10-23", NULL},
    {"The leaders did not meet on Tuesday.", "date", "Tuesday", "2014-10-21", NULL},
    {"The offer had been due to expire on Thursday.", "date", "Thursday", "2014-10-23", NULL},
    {"The visits in January were a success.", "date", "January", "2014-01", NULL},
    {"He made 12 visits in January.", "date", "January", "2014-01", NULL},
    {"Kerry arrives in Beijing on Tuesday\nThe trip was planned.", "date", "Tuesday", "2014-10-21", NULL},
    {"Kerry arrives in Beijing on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"Talks start on Tuesday.", "date", "Tuesday", "2014-10-28", NULL},
    {"The rally is planned for the weekend.", "date", "the weekend", "2014-W43-WE", NULL},
    {"Officials said over the weekend that talks had failed.", "date", "the weekend", "2014-W42-WE", NULL},
    /* the coming weekend is the next not yet begun: a Friday's is its own week's */
    {"The festival takes place the coming weekend.", "date", "the coming weekend", "2014-W43-WE", NULL},
    {"The festival is this coming weekend.", "date", "this coming weekend", "2014-W43-WE", NULL},
    {"The festival is next weekend.", "date", "next weekend", "2014-W44-WE", NULL},
    {"The festival runs from Oct. 17 to Nov. 2.", "date", "Oct. 17", "2014-10-17", NULL},
    /* a target a past verb moved something to lies ahead, unless it fell within the last month */
    {"The deadline was pushed back to Dec. 31.", "date", "Dec. 31", "2014-12-31", NULL},
    {"The summit has been rescheduled for May 19.", "date", "May 19", "2015-05-19", NULL},
    {"The flight was delayed for two hours on May 19.", "date", "May 19", "2014-05-19", NULL},
    /* past what was moved, with no other verb between */
    {"The band has delayed the release of its fifth album, Glasshouse, until Jan. 9.", "date", "Jan. 9", "2015-01-09", NULL},
    {"She said the album until Jan. 9 was a secret.", "date", "Jan. 9", "2014-01-09", NULL},
    {"The meeting was delayed to Dec. 31.", "date", "Dec. 31", "2014-12-31", NULL},
    {"The deadline was extended to Oct. 1.", "date", "Oct. 1", "2014-10-01", NULL},
    {"The vote was postponed until May.", "date", "May", "2015-05", NULL},
    {"The vote was moved to Monday.", "date", "Monday", "2014-10-27", NULL},
    /* a quoted title is a programme, not a week */
    {"Baker, speaking on ABC News' \"This Week,\" said so.", "date", "This Week", "-", NULL},
    {"\"This week we will win,\" he said.", "date", "This week", "2014-W43", NULL},
    {"He said so on CBS's \"60 Minutes.\"", "duration", "60 Minutes", "-", NULL},
    {"\"60 minutes is all it took,\" he said.", "duration", "60 minutes", "PT60M", NULL},
    /* "the 16th": a day of the month just named, else of this month or
     * one next to it, as its verb says */
    {"The vote is set for the 16th.", "date", "the 16th", "2014-11-16", NULL},
    {"The vote was held on the 30th.", "date", "the 30th", "2014-09-30", NULL},
    {"The contract was signed on the 15th.", "date", "the 15th", "2014-10-15", NULL},
    {"The vote was held in March. It was repeated on the 16th.", "date", "the 16th", "2014-03-16", NULL},
    {"He lives on the 16th floor.", "date", "the 16th", "-", NULL},
    /* a season takes its year from its verb; "spring" and "fall" after
     * "in" are seasons only where a season's phrase ends */
    {"The museum reopens in spring.", "date", "spring", "2015-SP", NULL},
    {"The plant closed in winter.", "date", "winter", "2013-WI", NULL},
    {"Investors showed interest in spring water.", "date", "spring", "-", NULL},
    /* a fall or a spring that is a drop or an event, not a season */
    {"The fall in prices hurt sales.", "date", "The fall", "-", NULL},
    {"The fall of the wall changed Europe.", "date", "The fall", "-", NULL},
    {"The pound recovered after an early fall.", "date", "early fall", "-", NULL},
    {"The plant opens in early fall.", "date", "early fall", "2014-FA", NULL},
    /* ", and" opens a clause of its own; "and" alone joins two times */
    {"Sales rose, and in March the company will expand.", "date", "March", "2015-03", NULL},
    {"Prices rose in November and in December.", "date", "December", "2013-12", NULL},
    /* a year that opens the sentence dates the months of its clause */
    {"In 2012, talks began in March and ended in June.", "date", "June", "2012-06", NULL},
    {"But in early 2009 the bank cut rates in March.", "date", "March", "2009-03", NULL},
    {"He joined the firm in 2008 and left in May.", "date", "May", "2014-05", NULL},
    /* the day before or after a date is counted from it */
    {"The day before last Tuesday's hearing, he went home.", "date", "The day before last Tuesday", "2014-10-20", NULL},
    {"Talks resumed the day after Nov. 3.", "date", "the day after Nov. 3", "2013-11-04", NULL},
    /* the end of a range lies nearest its start */
    {"The exhibition runs from Dec. 3 to Feb. 28.", "date", "Feb. 28", "2015-02-28", NULL},
    {"The show ran Dec. 29-Jan. 4.", "date", "Jan. 4", "2014-01-04", NULL},
    {"The show will run Dec. 29-Jan. 4.", "date", "Jan. 4", "2015-01-04", NULL},
    {"The loan ran from Dec. 3 to Feb. 28, 2016.", "date", "Feb. 28, 2016", "2016-02-28", NULL},
    {"Trading resumes the week of Dec. 29, 2014.", "date", "the week of Dec. 29, 2014", "2015-W01", NULL},
    /* a clock time's weekday lies the way a bare weekday's does */
    {"The agency has given staff until 9 a.m. Monday to leave.", "time", "9 a.m. Monday", "2014-10-27T09:00", NULL},
    {"Ministers meet at 10 a.m. Friday in Brussels.", "time", "10 a.m. Friday", "2014-10-24T10:00", NULL},
    {"Ministers will meet at 10 a.m. Friday in Brussels.", "time", "10 a.m. Friday", "2014-10-24T10:00", NULL},
    {"The blast struck at 10 a.m. Wednesday.", "time", "10 a.m. Wednesday", "2014-10-22T10:00", NULL},
    /* a day told from the last one named: the next day, that day, the day
     * before; after a month alone, some day of it; after nothing, none */
    {"The army struck on Monday. The next day, rebels fled.", "date", "The next day", "2014-10-21", NULL},
    {"Troops came on Monday. The next day they left. The following day they returned.", "date", "The following day", "2014-10-22", NULL},
    {"He spoke on Oct. 3. The day before, he had been in Rome.", "date", "The day before", "2014-10-02", NULL},
    {"On Oct. 3 he spoke. Earlier that day, he left.", "date", "Earlier that day", "2014-10-03", NULL},
    {"The vote was on Sept. 9. That night the city burned.", "date", "That night", "2014-09-09", NULL},
    {"He was shot last October. His name was crossed out that same day.", "date", "that same day", "2013-10-XX", NULL},
    {"Rebels fled the following day.", "date", "the following day", "-", NULL},
    {"Aid will arrive within the next day.", "duration", "the next day", "P1D", NULL},
    {"He left on Monday. The day before the vote he hid.", "date", "The day before", "-", NULL},
    /* a range's second day is a date of its own, in the first's month;
     * "and" joins two days only at a clause's end */
    {"The summit will be held on April 24 and 25.", "date", "25", "2015-04-25", NULL},
    {"Talks will run Nov. 3-4 in Paris.", "date", "4", "2014-11-04", NULL},
    {"Talks ran Nov. 3-4 in Paris.", "date", "4", "2013-11-04", NULL},
    {"It ran Oct. 3-4, 2012, in Rome.", "date", "Oct. 3", "2012-10-03", NULL},
    {"It ran Oct. 3-4, 2012, in Rome.", "date", "4, 2012", "2012-10-04", NULL},
    {"The fair runs Dec. 24-27 in Rome.", "date", "27", "2014-12-27", NULL},
    {"It took place 10-12 November 2012 in Rome.", "date", "10", "2012-11-10", NULL},
    {"It will take place from 10 to 12 November.", "date", "10", "2014-11-10", NULL},
    /* the first days of a list, in the last day's month */
    {"Teachers will strike on 12, 13 and 14 November.", "date", "12", "2014-11-12", NULL},
    {"Teachers will strike on 12, 13 and 14 November.", "date", "13", "2014-11-13", NULL},
    {"The walkouts will be on 15, 16, 17 and 18 November.", "date", "15", "2014-11-15", NULL},
    {"On 12 November, 13 people were hurt.", "number", "13", "13", "noun=people"},
    {"Scores of 12 to 3 November results.", "date", "12", "-", NULL},
    {"They met June 5 and 12 soldiers died.", "number", "12", "12", "noun=soldier"},
    {"They met June 5 and 2.", "date", "2", "-", NULL},
    /* "March" and "May" alone are months after a word that asks for a
     * time; "since" a month is the last one begun */
    {"The March accession will enable them to vote.", "date", "March", "2015-03", NULL},
    {"It was planned for early March.", "date", "early March", NULL, NULL},
    {"The May government fell.", "date", "May", "-", NULL},
    {"A speech by May drew jeers.", "date", "May", "-", NULL},
    {"The Women's March drew crowds.", "date", "March", "-", NULL},
    {"They joined the March on Washington.", "date", "March", "-", NULL},
    {"The March issue sold out.", "date", "March", "2014-03", NULL},
    {"The ship has been at sea since March and will return.", "date", "March", "2014-03", NULL},
    {"The plant has been shut since Nov. 3 and will reopen.", "date", "Nov. 3", "2013-11-03", NULL},
    /* vague spans and points: centuries, the coming months, months ago */
    {"The feud has lasted for centuries.", "duration", "centuries", "PXC", NULL},
    {"The two clans have feuded for decades.", "duration", "decades", "PXE", NULL},
    {"The feud has lasted for years.", "duration", "years", "PXY", NULL},
    {"Prices will rise in the coming months.", "duration", "the coming months", "PXM", NULL},
    {"The economy will slow in coming months.", "duration", "coming months", "PXM", NULL},
    {"Insurance was a tough business in recent quarters.", "duration", "recent quarters", "PXQ", NULL},
    {"Cut the apples in quarters.", "duration", "quarters", "-", NULL},
    {"The firm, which just months ago was failing, is healthy.", "date", "just months ago", "PAST_REF", NULL},
    /* "the last few months" is some time before now; "for" or "spent"
     * makes it a length */
    {"Rates have fallen in the last few months.", "date", "the last few months", "PAST_REF", NULL},
    {"For the past few weeks we have been under fire.", "duration", "the past few weeks", "PXW", NULL},
    {"She has spent the last several years on the book.", "duration", "the last several years", "PXY", NULL},
    {"It will be ready weeks from now.", "date", "weeks from now", "FUTURE_REF", NULL},
    /* a time ahead as a noun, not as an adjective */
    {"We do not minimize the challenges of the near term.", "date", "the near term", "FUTURE_REF", NULL},
    {"The rest will be paid at a later date.", "date", "a later date", "FUTURE_REF", NULL},
    {"The company repaid the long-term debt.", "date", "the long-term", "-", NULL},
    /* "today's" is the day before an event, our times before a people or an age */
    {"Shareholders responded coolly to today's announcement.", "date", "today", "2014-10-24", NULL},
    {"The case is for today's youth what the war was for their parents.", "date", "today", "-", NULL},
    {"The chip runs many of today’s personal computers.", "date", "today", "-", NULL},
    /* the day counted in the present is the reference's */
    {"Today is the eighth day of the strike.", "date", "the eighth day", "2014-10-24", NULL},
    {"It’s the 12th straight day of protests.", "date", "the 12th straight day", "2014-10-24", NULL},
    {"It was the third day of talks.", "date", "the third day", "-", NULL},
    {"The rules should be in place by year's end.", "date", "year's end", "2014", NULL},
    /* quarters and halves by their codes; a year after "FY" */
    {"Profit rose in Q3 2013.", "date", "Q3 2013", "2013-Q3", NULL},
    {"Profit rose in Q3.", "date", "Q3", "2014-Q3", NULL},
    {"Q1 profit fell.", "date", "Q1", "2014-Q1", NULL},
    {"Sales in H1 2015 will rise.", "date", "H1 2015", "2015-H1", NULL},
    {"The Audi Q3 sold well.", "date", "Q3", "-", NULL},
    /* a quarter by its months */
    {"GDP grew 0.3% in the July-September quarter.", "date", "the July-September quarter", "2014-Q3", NULL},
    {"Profit rose in the Oct.-Dec. period of 2013.", "date", "the Oct.-Dec. period of 2013", "2013-Q4", NULL},
    {"The Q7 and H3 models sold well.", "date", "Q7", "-", NULL},
    {"Profit rose in FY2013.", "date", "FY2013", "2013", NULL},
    {"Costs will be halved by the end of 1990.", "date", "the end of 1990", "1990", NULL},
    {"The rules apply from the start of the next tax year.", "date", "the start of the next tax year", "2015", NULL},
    {"The plan was set in 1998 and began at the start of the next year.", "date", "the start of the next year", "1999", NULL},
    /* a run of years: its first and its last */
    {"It will cost £3 billion a year by 2028-29.", "date", "29", "2029", NULL},
    {"It will cost £3 billion a year by 2028-29.", "date", "2028", "2028", NULL},
    {"Profits rose in 2015-2019.", "date", "2019", "2019", NULL},
    {"The 1999-00 budget passed.", "date", "00", "2000", NULL},
    {"In fiscal 2014/15, sales fell.", "date", "fiscal 2014", "2014", NULL},
    {"The 2014-12 report was late.", "date", "2014", "-", NULL},
    /* a clock time with no day of its own is on the day named just before
     * it in its paragraph, else on the reference's */
    {"The attack happened on Saturday at about 10 p.m.", "time", "10 p.m.", "2014-10-18T22:00", NULL},
    {"On Oct. 3, police arrived at 6 a.m. and left at noon.", "time", "noon", "2014-10-03T12:00", NULL},
    /* a paragraph: a blank line where the text has them (one sentence a
     * line, as story.txt), else a line */
    {"Storm\n\nPolice were called on Saturday.\nThey arrived shortly after 11pm.\n", "time", "11pm", "2014-10-18T23:00", NULL},
    {"Police were called on Saturday.\nVoting closes at 10pm.\n", "time", "10pm", "2014-10-24T22:00", NULL},
    /* ... or the day named right after it */
    {"Tickets go on sale at 10 a.m. on Saturday, Nov. 29.", "time", "10 a.m.", "2014-11-29T10:00", NULL},
    {"Tickets go on sale at 10 a.m. on Saturday, Nov. 29.", "date", "Saturday, Nov. 29", "2014-11-29", NULL},
    {"The rocket is due to launch at 6:30 a.m. local time on Dec. 2.", "time", "6:30 a.m.", "2014-12-02T06:30", NULL},
    {"It left at 11:45 p.m. on Oct. 20 and landed at 6:10 a.m. the next morning.", "time", "6:10 a.m.", "2014-10-21T06:10", NULL},
    {"Updated 3:45 PM ET, Mon October 20, 2014", "time", "3:45 PM ET", "2014-10-20T15:45", NULL},
    /* a clock time in another zone, or military style, is no year */
    {"Voting closes at 8pm local time (1900 GMT).", "date", "1900", "-", NULL},
    /* a month, weekday or clock in a sentence whose other words share
     * their letters ("may", "sat", "sun") */
    {"Results may come on May 4.", "date", "May 4", "2015-05-04", NULL},
    {"He sat in the sun on Sat. 4 May 1998.", "date", "Sat. 4 May 1998", "1998-05-04", NULL},
    {"The polls close at 10 PM on Sunday.", "time", "10 PM on Sunday", "2014-10-26T22:00", NULL},
    {"Flights resumed at 1430 local time.", "time", "1430", "2014-10-24T14:30", NULL},
    /* a clock on 24 hours after "at"; a colon in it ends no clause */
    {"The truce takes effect at 07:00 on Wednesday.", "time", "07:00 on Wednesday", "2014-10-29T07:00", NULL},
    {"Kick-off is at 19:45.", "time", "19:45", "2014-10-24T19:45", NULL},
    /* or after "until", "from", "to", "by" */
    {"An amber warning is in place until 18:00 on Saturday.", "time", "18:00 on Saturday", "2014-10-25T18:00", NULL},
    {"The road is shut from 06:00 to 18:00.", "time", "06:00", "2014-10-24T06:00", NULL},
    {"The road is shut from 06:00 to 18:00.", "time", "18:00", "2014-10-24T18:00", NULL},
    {"The score went to 12:30 in the end.", "time", "12:30", "-", NULL},
    {"The fair opens on the first Sunday of 2015.", "date", "the first Sunday of 2015", "2015-01-04", NULL},
    {"The train left at 7:30.", "time", "7:30", "-", NULL},
    {"The polls open at 7:30 on Wednesday.", "date", "Wednesday", "2014-10-29", NULL},
    {"The offer expires at 5pm UK time on 2 December.", "time", "5pm UK", "2014-12-02T17:00", NULL},
    /* the day after a time in two zones is the day of both */
    {"The truce is due to take effect at 07:00 local time (05:00 GMT) on Wednesday.", "time", "07:00", "2014-10-29T07:00", NULL},
    {"The truce is due to take effect at 07:00 local time (05:00 GMT) on Wednesday.", "time", "05:00 GMT", "2014-10-29T05:00", NULL},
    {"The convoy left at 1800 hours.", "date", "1800", "-", NULL},
    {"The deadline is 5 p.m. Eastern time on Dec. 1.", "time", "5 p.m.", "2014-12-01T17:00", NULL},
    {"On Monday the crew woke at 6 a.m. the next day.", "time", "6 a.m.", "2014-10-21T06:00", NULL},
    {"On Monday the crew woke at 6 a.m. the next day.", "date", "the next day", "2014-10-21", NULL},
    /* a forecast is ahead; an end still to come is ahead */
    {"The storm is forecast to make landfall on Wednesday.", "date", "Wednesday", "2014-10-29", NULL},
    {"The exhibition runs through Feb. 28.", "date", "Feb. 28", "2015-02-28", NULL},
    {"The bank also created an office of the chairman, effective Feb. 1.", "date", "Feb. 1", "2015-02-01", NULL},
    {"The price cut, effective Oct. 1, lifted sales.", "date", "Oct. 1", "2014-10-01", NULL},
    {"The fund gained 3% this year through Aug. 29.", "date", "Aug. 29", "2014-08-29", NULL},
    {"Polls close at 8 p.m.", "time", "8 p.m.", "2014-10-24T20:00", NULL},
    {"He was born on May 1, 1950.\nThe store opens at 9 a.m.", "time", "9 a.m.", "2014-10-24T09:00", NULL},
    /* "years later" counts from the year the story named, else it is only
     * a distance */
    {"He was born in 1990. Two years later he moved to Lyon.", "date", "Two years later", "1992", NULL},
    {"He sold the firm three years later.", "duration", "three years later", "P3Y", NULL},
    /* "daily" and its kin as adverbs (or "on a daily basis"), not as
     * adjectives or a newspaper; the hour of a part of the day; a year
     * after "pre-" or "post-"; a day-long meeting */
    {"Protesters gather daily outside the home.", "set", "daily", "P1D", NULL},
    {"We check leads on a daily basis.", "set", "daily", "P1D", NULL},
    {"Leases are reviewed on an annual basis.", "set", "annual", "P1Y", NULL},
    {"The reserve will be adjusted quarterly and reviewed.", "set", "quarterly", "P3M", NULL},
    {"He spoke of his daily life.", "set", "daily", "-", NULL},
    {"The Communist Party daily Granma said so.", "set", "daily", "-", NULL},
    {"He will leave at 4 in the morning.", "time", "4 in the morning", "2014-10-24T04:00", NULL},
    {"It ran until 9 o'clock in the evening.", "time", "9 o'clock in the evening", "2014-10-24T21:00", NULL},
    {"Sales were 4 in the morning session.", "time", "4 in the morning", "-", NULL},
    {"The post-1959 politics split families.", "date", "1959", "1959", NULL},
    {"It was their third day-long meeting.", "duration", "day-long", "P1D", NULL},
    {"The decades-long feud ended.", "duration", "decades-long", "PXE", NULL},
    /* a short month with no stop, before a capital, is a first name */
    {"Foreign ministers Janos Martonyi and Jan Kavan met.", "date", "Jan", "-", NULL},
    /* a short form with no stop is a month only where a time is asked
     * for, in a range of months, or before its day */
    {"Jan said it was over.", "date", "Jan", "-", NULL},
    {"Costume design by Lee Ho Jun.", "date", "Jun", "-", NULL},
    {"Prices rose in Jan and Feb.", "date", "Jan", "2014-01", NULL},
    {"Average highs, Jan/Feb: 24C.", "date", "Feb", "2014-02", NULL},
    {"In June Congress passed the bill.", "date", "June", "2014-06", NULL},
    /* a season or a day "last" or "this past": the latest one over */
    {"Sales rose last spring.", "date", "last spring", "2014-SP", NULL},
    {"Leaves fell early last fall.", "date", "last fall", "2013-FA", NULL},
    {"The roads may freeze next winter.", "date", "next winter", "2014-WI", NULL},
    {"Sales rose this past spring.", "date", "this past spring", "2014-SP", NULL},
    {"He spoke this past Sunday.", "date", "this past Sunday", "2014-10-19", NULL},
    /* a clause does not end at an initial, a title or a decimal point */
    {"Mr. Smith, 52 years old, will succeed Daniel P. Davison Feb. 1, the bank said.", "date", "Feb. 1", "2015-02-01", NULL},
    {"Volume was 840.8 million shares, up from 443.6 million Monday.", "date", "Monday", "2014-10-20", NULL},
    /* "next to" is a place, not a time ahead */
    {"A bomb ripped through a building next to the U.S. embassy Monday.", "date", "Monday", "2014-10-20", NULL},
    {"A bomb ripped through a building next to the embassy on Sunday.", "date", "Sunday", "2014-10-19", NULL},
    /* a future in a quote that has closed is the speaker's */
    {"``We will fight on,'' the rebels' leader predicted Monday.", "date", "Monday", "2014-10-20", NULL},
    {"\"We will fight on,\" the rebels' leader predicted Monday.", "date", "Monday", "2014-10-20", NULL},
    /* "could have" looks back */
    {"On Sept. 8, investigators, wondering how anyone could have done it, began a long search.", "date", "Sept. 8", "2014-09-08", NULL},
    /* anaphora: the time the story told, not today */
    {"On May 22, 1995, he was promoted, and the following year he went to Paris.", "date", "the following year", "1996", NULL},
    {"In March, the firm got an offer. The following month, it put itself up for sale.", "date", "The following month", "2014-04", NULL},
    {"He fled to Florida in June 1998 and returned later that year.", "date", "later that year", "1998", NULL},
    {"Imports totaled $37 million in 1988, a small share of all imports that year.", "date", "that year", "1988", NULL},
    {"The plant shut in Jul. 2009 and reopened the following month.", "date", "the following month", "2009-08", NULL},
    {"SALES FELL IN DECEMBER 2012. The following month they rose.", "date", "The following month", "2013-01", NULL},
    {"The firm put itself up for sale that year.", "date", "that year", "-", NULL},
    {"The following year was worse.", "date", "The following year", "2015", NULL},
    /* "the next year" in the past tense is the one after a year told */
    {"They were seized in August 2016. The next year, the rebels released two videos.", "date", "The next year", "2017", NULL},
    {"The firm was founded in 2009. In the next year, it will hire 50 people.", "date", "the next year", "2015", NULL},
    /* results: the quarter a year before the one just reported */
    {"Net income fell from the year-ago third quarter.", "date", "the year-ago third quarter", "2013-Q3", NULL},
    {"In the comparable year-ago quarter, the firm lost money.", "date", "the comparable year-ago quarter", "2013-Q3", NULL},
    /* a year's quarter or half by its possessive */
    {"Profit fell in 2013's third quarter.", "date", "2013's third quarter", "2013-Q3", NULL},
    {"The firm expects fiscal 2015's first quarter to be weak.", "date", "fiscal 2015's first quarter", "2015-Q1", NULL},
    {"Sales in 2013's second half rose.", "date", "2013's second half", "2013-H2", NULL},
    /* the year-ago quarter of the quarter the sentence names */
    /* "more than" after a share compares; it bounds no time */
    {"The airline carried 9% more passengers than a year earlier and 8% more than a year ago.", "date", "a year ago", "2013", NULL},
    {"Exports were 3 per cent more than a year earlier.", "date", "a year earlier", "2013", NULL},
    {"He spent more than a year in jail.", "duration", "more than a year", "P1Y", NULL},
    /* "before" with nothing after it counts back as "earlier" does */
    {"Sales were up 9% on a year before.", "date", "a year before", "2013", NULL},
    {"Sales rose 9% in the third quarter from a year before.", "date", "a year before", "2013-Q3", NULL},
    {"He left two years before the war.", "duration", "two years", "P2Y", NULL},
    {"Second-quarter profit fell 5% from a year earlier.", "date", "a year earlier", "2013-Q2", NULL},
    {"Second-quarter profit fell from the year-earlier period.", "date", "the year-earlier period", "2013-Q2", NULL},
    {"Capacity in the fourth quarter will be 9% lower than a year ago.", "date", "a year ago", "2013-Q4", NULL},
    {"Fares in the April-June quarter were 9% lower than a year ago.", "date", "a year ago", "2013-Q2", NULL},
    {"Profit rose 5% from a year ago in the quarter.", "date", "a year ago", "2013-Q3", NULL},
    {"The quarter's profit beat year-earlier profit by a tenth, the quarterly report said.", "date", "year-earlier", "2013-Q3", NULL},
    {"Home prices were above year-earlier levels.", "date", "year-earlier", "2013", NULL},
    {"Net income for the year ended March 31 rose 5%.", "duration", "the year", "P1Y", NULL},
    {"Sales for the quarter ended Sept. 30 rose 39%.", "date", "the quarter", "2014-Q3", NULL},
    /* "a year earlier" in a quarter's results is that quarter, in a
     * span of months that no quarter names it is the year */
    {"Third-quarter profit rose to $5 million from $4 million a year earlier.", "date", "a year earlier", "2013-Q3", NULL},
    {"He scored in the second half of the match.", "date", "the second half", "-", NULL},
    {"This is the first half of Mama Robotnik's history of the games.", "date", "the first half", "-", NULL},
    {"Profit rose in the first half of Fiscal 2014.", "date", "the first half of Fiscal 2014", "2014-H1", NULL},
    {"He scored in the fourth quarter of the game.", "date", "the fourth quarter", "-", NULL},
    {"The Lakers trailed at halftime but rallied in the fourth quarter.", "date", "the fourth quarter", "-", NULL},
    {"He scored twice in the second half.", "date", "the second half", "-", NULL},
    {"The company aims to reach its goals in the fourth quarter.", "date", "the fourth quarter", "2014-Q4", NULL},
    /* a bare quarter or half over before the last quarter, in a clause
     * that plainly looks ahead, is next year's; the one just over is the
     * one results are due for */
    {"Sales will rise in the first quarter.", "date", "the first quarter", "2015-Q1", NULL},
    {"The plant will close by the end of Q2.", "date", "Q2", "2015-Q2", NULL},
    {"Sales will rise in the first half.", "date", "the first half", "2015-H1", NULL},
    {"The company is expected to report a loss for the third quarter.", "date", "the third quarter", "2014-Q3", NULL},
    {"Sales rose in the first quarter.", "date", "the first quarter", "2014-Q1", NULL},
    {"Sales rose in the first half of October.", "date", "the first half", "-", NULL},
    {"It posted a loss for the third quarter of $226.3 million.", "date", "the third quarter", "2014-Q3", NULL},
    {"Profit rose in the third quarter of the year.", "date", "the third quarter of the year", "2014-Q3", NULL},
    {"Growth slowed in the last half of the 1980s.", "date", "the 1980s", "198", NULL},
    {"Growth slowed in the last half of the 1980s.", "date", "the last half", "-", NULL},
    {"Sales will rise in the first half of fiscal 2015.", "date", "the first half of fiscal 2015", "2015-H1", NULL},
    {"Losses will continue through the first two quarters of 2015.", "date", "the first two quarters of 2015", "2015-H1", NULL},
    {"Profit rose in the last two quarters of this year.", "date", "the last two quarters of this year", "2014-H2", NULL},
    {"Third-quarter net was $6 million, against a loss in the 2013 period.", "date", "the 2013 period", "2013-Q3", NULL},
    {"In the first nine months, net was $306 million, against a loss in the 2013 period.", "date", "the 2013 period", "2013", NULL},
    {"Third-quarter net rose 10%. For the nine months, net rose to $254 million from $163 million a year earlier. Quarterly sales fell.", "date", "a year earlier", "2013", NULL},
    {"Sales for the quarter ended June 30 fell.", "date", "the quarter", "2014-Q2", NULL},
    /* the new year: the one the nearest New Year begins */
    {"The inquest was opened and adjourned until a date in the new year.", "date", "the new year", "2015", NULL},
    {"A decision is not expected until early in the New Year.", "date", "the New Year", "2015", NULL},
    {"Sales have slowed since the new year.", "date", "the new year", "2014", NULL},
    {"The Lunar New Year falls in February.", "date", "New Year", "-", NULL},
    {"The new year's budget is tight.", "date", "The new year", "-", NULL},
    /* holidays, dated by their own rules */
    {"The boy was rescued on Easter Sunday.", "date", "Easter Sunday", "2014-04-20", NULL},
    {"The boy was found on Thanksgiving Day, 1999, off Florida.", "date", "Thanksgiving Day, 1999", "1999-11-25", NULL},
    {"The talks will resume after Thanksgiving.", "date", "Thanksgiving", "2014-11-27", NULL},
    /* a thing named for a feast is no day of it */
    {"His most prized writings were his Christmas cards.", "date", "Christmas", "-", NULL},
    {"She made neon Valentine's Day candies.", "date", "Valentine's Day", "-", NULL},
    {"The Christmas shopping season began early.", "date", "Christmas", "2013-12-25", NULL},
    {"He has not been home since last Christmas.", "date", "last Christmas", "2013-12-25", NULL},
    {"Results are due by Christmas Eve.", "date", "Christmas Eve", "2014-12-24", NULL},
    {"The vote is on Election Day.", "date", "Election Day", "2014-11-04", NULL},
    {"Markets were shut on Good Friday 2015.", "date", "Good Friday 2015", "2015-04-03", NULL},
    {"They met during Easter week.", "date", "Easter week", "2014-W16", NULL},
    {"The parade was held on Memorial Day.", "date", "Memorial Day", "2014-05-26", NULL},
    {"Stores opened on Labor Day.", "date", "Labor Day", "2014-09-01", NULL},
    {"The parade is on St Patrick's Day.", "date", "St Patrick's Day", "2015-03-17", NULL},
    {"He proposed on Valentine’s Day.", "date", "Valentine’s Day", "2014-02-14", NULL},
    {"Fireworks will light up the sky on New Year's Eve.", "date", "New Year's Eve", "2014-12-31", NULL},
    {"Easter 2000 fell on April 23.", "date", "Easter 2000", "2000-04-23", NULL},
    {"A christmas tree stood in the lobby.", "date", "christmas", "-", NULL},
    /* a week named by one of its days; a season of a year told from now */
    {"The results are due in the week beginning 3 November.", "date", "the week beginning 3 November", "2014-W45", NULL},
    {"Sales fell in the week ending Oct. 18.", "date", "the week ending Oct. 18", "2014-W42", NULL},
    {"The review covers the week to 17 October.", "date", "the week to 17 October", "2014-W42", NULL},
    {"The centre opened in the autumn of last year.", "date", "the autumn of last year", "2013-FA", NULL},
    {"The plant opens in the summer of next year.", "date", "the summer of next year", "2015-SU", NULL},
    {"The strike lasted two weeks.", "duration", "two weeks", "P2W", NULL},
    /* a share of a unit is that much of it, not one and a share */
    {"The embargo has lasted half a century.", "duration", "half a century", "P50Y", NULL},
    {"Rebuilding took half a year.", "duration", "half a year", "P6M", NULL},
    {"The strike lasted half a day.", "duration", "half a day", "PT12H", NULL},
    {"The vote took half an hour.", "duration", "half an hour", "PT30M", NULL},
    {"The siege lasted half a week.", "duration", "half a week", "P3DT12H", NULL},
    {"He was jailed for half a dozen years.", "duration", "half a dozen years", "P6Y", NULL},
    {"The siege lasted three and a half months.", "duration", "three and a half months", "P3.5M", NULL},
    {"He was jailed for two-and-a-half years.", "duration", "two-and-a-half years", "P2Y6M", NULL},
    {"The flight took three-quarters of an hour.", "duration", "three-quarters of an hour", "PT45M", NULL},
    {"The firm was founded a quarter of a century ago.", "date", "a quarter of a century ago", "1989", NULL},
    {"The plant closed half a year ago.", "date", "half a year ago", "2014-04", NULL},
    {"Trains run every day.", "set", "every day", "P1D", NULL},
    {"The festival has been held every summer since 1970.", "set", "every summer", "XXXX-SU", NULL},
    {"Each Winter the pass is closed.", "set", "Each Winter", "XXXX-WI", NULL},
    {"The accord was signed on Oct. 13, 2014.", "date", "Oct. 13, 2014", "2014-10-13", NULL},
    {"Signed 2014-10-13 in Beijing.", "date", "2014-10-13", "2014-10-13", NULL},
    {"Signed 10/13/2014 in Beijing.", "date", "10/13/2014", "2014-10-13", NULL},
    /* day first where the day cannot be a month */
    {"Signed 13/10/2014 in Beijing.", "date", "13/10/2014", "2014-10-13", NULL},
    /* either way: as the text writes its other dates */
    {"Signed 04/03/2014 in Beijing.", "date", "04/03/2014", "2014-04-03", NULL},
    {"The bill passed on 3 March. It was signed 04/03/2014.", "date", "04/03/2014", "2014-03-04", NULL},
    {"It opened on 25/12/2013 and closed on 04/03/2014.", "date", "04/03/2014", "2014-03-04", NULL},
    {"The bill passed on March 3. It was signed 04/03/2014.", "date", "04/03/2014", "2014-04-03", NULL},
    {"Stand: 13.10.2014, 10:00 Uhr", "date", "13.10.2014", "2014-10-13", NULL},
    {"Release 13.1.2014.5 is out.", "date", "13.1.2014", "-", NULL},
    /* with stops, day first always */
    {"The vote was held on 12.11.2014.", "date", "12.11.2014", "2014-11-12", NULL},
    {"Release 3.4.2014.5 is out.", "date", "3.4.2014", "-", NULL},
    {"It happened yesterday.", "date", "yesterday", "2014-10-23", NULL},
    {"The vote is tomorrow.", "date", "tomorrow", "2014-10-25", NULL},
    {"Prices rose today.", "date", "today", "2014-10-24", NULL},
    {"He told Radio 4's Today programme it was bad.", "date", "Today", "-", NULL},
    {"The plant opened in 1998.", "date", "1998", "1998", NULL},
    {"The firm was founded in the 1990s.", "date", "the 1990s", "199", NULL},
    {"It closed two years ago.", "date", "two years ago", "2012", NULL},
    {"Profit rose in the third quarter.", "date", "the third quarter", "2014-Q3", NULL},
    {"Results are due on 24 October 2014.", "date", "24 October 2014", "2014-10-24", NULL},
    {"The law took effect in May 2013.", "date", "May 2013", "2013-05", NULL},
    {"Sales dropped last month.", "date", "last month", "2014-09", NULL},
    {"Shipments begin in early 2016.", "date", "early 2016", "2016", NULL},
    {"The meeting ran until 10 p.m. on Friday.", "time", "10 p.m. on Friday", "2014-10-24T22:00", NULL},
    {"The ban lasted 18 months.", "duration", "18 months", "P18M", NULL},
    {"He served for three decades.", "duration", "three decades", "P30Y", NULL},
    {"The summit is set for Dec. 5.", "date", "Dec. 5", "2014-12-05", NULL},
    {"Growth slowed in the second half.", "date", "the second half", NULL, NULL},
    {"Markets fell last week.", "date", "last week", "2014-W42", NULL},
    {"Voting ends on Sunday.", "date", "Sunday", "2014-10-26", NULL},
    {"Parliament sat on Monday.", "date", "Monday", "2014-10-20", NULL},
    {"The drought ended last summer.", "date", "last summer", "2014-SU", NULL},
    {"Exports fell in September.", "date", "September", "2014-09", NULL},
    {"A decision comes in January.", "date", "January", "2015-01", NULL},
    {"The bill passed in the 20th century.", "date", "the 20th century", "19", NULL},
    {"By the end of the decade, the city will double.", "date", "the end of the decade", "201", NULL},
    {"Seas will rise by the end of the century.", "date", "the end of the century", "20", NULL},
    {"It meets twice a week.", "set", "twice a week", "P1W", NULL},
    /* three words before the cue "times" */
    {"The board meets a couple of times a month.", "set", "a couple of times a month", "P1M", NULL},
    {"He wrote for Publishers Weekly.", "set", "Weekly", "-", NULL},
    {"The ban is reviewed every six months.", "set", "every six months", "P6M", NULL},
    {"The ruling comes in two weeks' time.", "date", "two weeks' time", "2014-11-07", NULL},
    {"He took two weeks' time off.", "duration", "two weeks", "P2W", NULL},
    {"The talks resume the week after next.", "date", "the week after next", "2014-W45", NULL},
    {"The vote took place on Sunday, Oct. 12. The following Monday, results came.", "date", "The following Monday", "2014-10-13", NULL},
    {"Shares fell on Oct. 17, down from the previous Friday.", "date", "the previous Friday", "2014-10-10", NULL},
    {"The strike lasted from 6am on Friday until midnight on Thursday.", "time", "midnight on Thursday", "2014-10-30T24:00", NULL},
    /* "is expected" and "is due" look ahead; "was expected" may not */
    {"Results are expected on Wednesday.", "date", "Wednesday", "2014-10-29", NULL},
    {"A ruling is due Wednesday.", "date", "Wednesday", "2014-10-29", NULL},
    {"The verdict was expected Wednesday.", "date", "Wednesday", "2014-10-22", NULL},
    /* the end of a range of months, forward from its start */
    {"Exports rose between March and May.", "date", "May", "2014-05", NULL},
    {"The cars were sold between January 2012 and June this year.", "date", "June this year", "2014-06", NULL},
    {"Prices fell from January to March.", "date", "March", "2014-03", NULL},
    {"Theresa May and May visited.", "date", "May", "-", NULL},
    {"The season ran from September through May.", "date", "May", "2015-05", NULL},
    /* weeks after a weekday to come */
    {"The talks will resume a week from Monday.", "date", "a week from Monday", "2014-11-03", NULL},
    /* a range of weekdays ends in the week after its start, not the year
     * (said on Friday 24 October) */
    {"The strike runs from Monday to Friday.", "date", "Friday", "2014-10-31", NULL},
    {"The strike runs from Wednesday to Friday.", "date", "Friday", "2014-10-31", NULL},
    /* a closing price is a day's that is over, in a future sentence too */
    {"Calder will pay 340p a share, a premium to the closing price on Wednesday.", "date", "Wednesday", "2014-10-22", NULL},
    {"The deal will close on Wednesday.", "date", "Wednesday", "2014-10-29", NULL},
    {"The vote is on Monday week.", "date", "Monday week", "2014-11-03", NULL},
    {"The case returns to court on Friday fortnight.", "date", "Friday fortnight", "2014-11-07", NULL},
    {"The vote is a fortnight today.", "date", "a fortnight today", "2014-11-07", NULL},
    {"It happened a week yesterday.", "date", "a week yesterday", "2014-10-16", NULL},
    {"It happened the weekend before last.", "date", "the weekend before last", "2014-W41-WE", NULL},
    {"Sales fell the month before last.", "date", "the month before last", "2014-08", NULL},
    {"The hearing is two weeks on Friday.", "date", "two weeks on Friday", "2014-11-07", NULL},
    {"He worked a Monday week of ten hours.", "date", "Monday week", "-", NULL},
    /* two days joined by "and" or "or" before their month */
    {"The case was heard on 3 and 4 November.", "date", "3", "2013-11-03", NULL},
    {"Voting is on 5 or 6 May.", "date", "6 May", "2015-05-06", NULL},
    /* a midnight gone by began today; one ahead ends it */
    {"Police were called shortly after midnight.", "time", "midnight", "2014-10-23T24:00", NULL},
    {"The ceasefire takes effect at midnight.", "time", "midnight", "2014-10-24T24:00", NULL},
    {"Statements were made Friday and Thursday.", "date", "Thursday", "2014-10-23", NULL},
    {"Unions called strikes for the last weekend of the month.", "date", "the last weekend of the month", "2014-W43-WE", NULL},
    {"The vote is in the second week of November.", "date", "the second week of November", "2014-W46", NULL},
    {"Talks began in the last week of September.", "date", "the last week of September", "2014-W39", NULL},
    {"The court sits from the first Monday in October 2015.", "date", "the first Monday in October 2015", "2015-10-05", NULL},
    {"The office closes on the last Friday of Sept. 2015.", "date", "the last Friday of Sept. 2015", "2015-09-25", NULL},
    {"The levy falls due on the last day of February 2016.", "date", "the last day of February 2016", "2016-02-29", NULL},
    {"Work resumes in the first week of next month.", "date", "the first week of next month", "2014-W45", NULL},
    {"The law took effect on the first day of the year.", "date", "the first day of the year", "2014-01-01", NULL},
    {"Hearings open in the first week of next year.", "date", "the first week of next year", "2015-W01", NULL},
    {"The last week of the year is quiet.", "date", "The last week of the year", "2014-W52", NULL},
    {"The market opens on the fourth Saturday in February.", "date", "the fourth Saturday in February", "2015-02-28", NULL},
    {"Police arrested him in the early hours of 4 May last year.", "date", "4 May last year", "2013-05-04", NULL},
    {"The law passed on March 3 of last year.", "date", "March 3 of last year", "2013-03-03", NULL},
    {"The levy starts on Jan. 1 next year.", "date", "Jan. 1 next year", "2015-01-01", NULL},
    {"Gaming revenue fell for the second quarter in a row.", "date", "the second quarter", "-", NULL},
    {"Gaming revenue fell in the second quarter, in a row with rivals.", "date", "the second quarter", "2014-Q2", NULL},
    {"He was arrested on 4 May 2012, and had been suspended the previous month.", "date", "the previous month", "2012-04", NULL},
    {"The plant closed in January 2010. The previous month it had lost money.", "date", "The previous month", "2009-12", NULL},
    {"The plant closed in 2010. The previous year it had lost money.", "date", "The previous year", "2009", NULL},
    {"He was arrested on 4 May last year, and suspended the previous month.", "date", "the previous month", "2013-04", NULL},
    {"The plant shut in May last year. The following month it reopened.", "date", "The following month", "2013-06", NULL},
    {"Sales fell in the previous year.", "date", "the previous year", "2013", NULL},
    {"Polls open from 7 a.m. to 8 p.m. on Tuesday.", "time", "7 a.m.", "2014-10-28T07:00", NULL},
    {"The strike runs from 9am to 5pm on Nov. 3.", "time", "9am", "2014-11-03T09:00", NULL},
    {"Early voting ends Oct. 31. Polls open from 7 a.m. to 8 p.m. on Election Day.", "time", "7 a.m.", "2014-11-04T07:00", NULL},
    {"Polls are open 7 a.m. to 8 p.m. Tuesday, Nov. 4.", "time", "7 a.m.", "2014-11-04T07:00", NULL},
    {"The road is shut between 10 p.m. and 5 a.m. on Saturday.", "time", "10 p.m.", "2014-10-24T22:00", NULL},
    {"The fire broke out on March 3, 2012. The following week, crews returned.", "date", "The following week", "2012-W10", NULL},
    {"The fire broke out on March 3, 2012. That week, crews left.", "date", "That week", "2012-W09", NULL},
    {"The fire broke out on March 3, 2012. The previous week, crews had come.", "date", "The previous week", "2012-W08", NULL},
    {"He arrived on March 3 and left the following week.", "date", "the following week", "2014-W11", NULL},
    {"Crews returned on Tuesday last week.", "date", "Tuesday last week", "2014-10-14", NULL},
    {"Crews return on Monday next week.", "date", "Monday next week", "2014-10-27", NULL},
    {"The vote is on Friday of this week.", "date", "Friday of this week", "2014-10-24", NULL},
    {"Shoppers flocked to Black Friday sales.", "date", "Black Friday", "2014-11-28", NULL},
    {"Retailers expect Cyber Monday to set a record.", "date", "Cyber Monday", "2014-12-01", NULL},
    {"The Sunday Times reported the deal.", "date", "Sunday", "-", NULL},
    {"The Tuesday Group of moderates met.", "date", "Tuesday", "-", NULL},
    {"The talks resumed the Monday Oct. 6.", "date", "Monday Oct. 6", "2014-10-06", NULL},
    {"He came the Sunday I left.", "date", "Sunday", "2014-10-19", NULL},
    {"Officials spoke on Monday's call.", "date", "Monday", "2014-10-20", NULL},
    {"Exports grew 8% in September. Exports to the U.S. fell 27% in the month.", "date", "the month", "2014-09", NULL},
    {"Sales grew in September. A deal is due later in the month.", "date", "the month", "2014-10", NULL},
    {"Trading was suspended for the rest of the day.", "date", "the rest of the day", "2014-10-24", NULL},
    {"At the end of the day, it is a deal.", "date", "the end of the day", "-", NULL},
    {"Results are due by the end of the day.", "date", "the end of the day", "2014-10-24", NULL},
    {"The company forecast growth in FY16.", "date", "FY16", "2016", NULL},
    {"The company expects to break even in 2H15.", "date", "2H15", "2015-H2", NULL},
    {"Profit rose 8% from the same quarter a year ago.", "date", "the same quarter a year ago", "2013-Q3", NULL},
    {"The quarter to March saw a loss.", "date", "The quarter", "2014-Q1", NULL},
    /* a period up to a month names the month, even March or May */
    {"Sales in the year to March rose 12 per cent.", "date", "March", "2014-03", NULL},
    {"Profit in the six months to May fell.", "date", "May", "2014-05", NULL},
    {"They plan to March on the capital.", "date", "March", "-", NULL},
    {"Police were called at 11.30pm on Saturday.", "time", "11.30pm on Saturday", "2014-10-18T23:30", NULL},
    {"The 1900 GMT deadline passed.", "time", "1900 GMT", "2014-10-24T19:00", NULL},
    {"Troops left at 0600 hours.", "time", "0600", "2014-10-24T06:00", NULL},
    {"The blast came at 10:35 a.m. (0735 GMT) Friday.", "number", "0735", "-", NULL},
    {"The blast came at 10:35 a.m. (0735 GMT) Friday.", "org", "GMT", "-", NULL},
    {"They met three times in the past fortnight.", "duration", "the past fortnight", "P2W", NULL},
    {"The probe flew for nine and a half years.", "duration", "nine and a half years", "P9Y6M", NULL},
    {"Funds run out at the end of the financial year.", "date", "the end of the financial year", "2014", NULL},
    {"The mine has run for 40 years.", "duration", "40 years", "P40Y", NULL},
    {"Tax receipts grew this year.", "date", "this year", "2014", NULL},
    {"Chief Financial Officer Kenta Kon told reporters the plan was sound.", "person", "Kenta Kon", "Kenta Kon", "role=Chief Financial Officer"},
    {"The firm said Chief Operating Officer Jeff Williams would retire.", "person", "Jeff Williams", "Jeff Williams", "role=Chief Operating Officer"},
    {"White House Chief of Staff Susie Wiles spoke.", "person", "Susie Wiles", "Susie Wiles", "role=Chief of Staff"},
    {"Chief Constable Sarah Crew said the force would review it.", "person", "Sarah Crew", "Sarah Crew", "role=Chief Constable"},
    {"A car was swept off a road near Vienne.", "place", "Vienne", "Vienne", NULL},
    {"The town of Bucha was shelled for weeks.", "place", "Bucha", "Bucha", NULL},
    {"Troops massed 50 km north of Kharkiv.", "place", "Kharkiv", "Kharkiv", NULL},
    {"Residents of Bristol were told to stay indoors.", "place", "Bristol", "Bristol", NULL},
    {"The court heard that Smith, of Croydon, south London, had earned little.", "place", "Croydon", "Croydon", NULL},
    {"Protests spread to Fier, central Albania, on Monday.", "place", "Fier", "Fier", NULL},
    {"The firm moved to Canary Wharf, east London, last year.", "place", "Canary Wharf", "Canary Wharf", NULL},
    {"Ola Berg, senior editor, said it was fine.", "place", "Ola Berg", "-", NULL},
    {"Tanks reached the outskirts of Lyon.", "place", "Lyon", "Lyon", NULL},
    {"Homes were evacuated in Valencia late on Tuesday.", "place", "Valencia", "Valencia", NULL},
    {"In Valencia, the water rose by two metres.", "place", "Valencia", "Valencia", NULL},
    {"In Nasdaq trading, the shares fell.", "place", "Nasdaq", "-", NULL},
    {"The rain stopped. In Amherst, the roads reopened.", "place", "Amherst", "Amherst", NULL},
    {"Protesters gathered outside Westminster.", "place", "Westminster", "Westminster", NULL},
    {"Daily protests continued in Nairobi and Mombasa.", "place", "Mombasa", "Mombasa", NULL},
    {"Bombs hit the embassies in Nairobi and Dar es Salaam.", "place", "Dar es Salaam", "Dar es Salaam", NULL},
    {"They met outside Apple's office.", "place", "Apple", "-", NULL},
    {"U.S. and British officials met.", "place", "British", "-", NULL},
    {"The West relies on Iraqi and Kuwaiti oil.", "place", "Kuwaiti", "-", NULL},
    {"He stood near Tim Cook on stage.", "place", "Tim Cook", "-", NULL},
    {"Top Israeli officials met in the morning.", "person", "Top Israeli", "-", NULL},
    {"Tim Cook spoke. She sat near Cook.", "place", "Cook", "-", NULL},
    {"Manchester City have sacked their manager.", "org", "Manchester City", "Manchester City", NULL},
    {"Goldman Sachs are hiring again.", "org", "Goldman Sachs", "Goldman Sachs", NULL},
    {"Leeds United won at home.", "org", "Leeds United", "Leeds United", NULL},
    {"Tim Cook and Elon Musk were there.", "person", "Elon Musk", "Elon Musk", NULL},
    {"The minister and envoy Jane Doe were hurt.", "person", "Jane Doe", "Jane Doe", NULL},
    {"Should Tim Cook have said so?", "person", "Tim Cook", "Tim Cook", NULL},
    {"Euroclear, the Brussels-based depository that holds the assets, warned.", "org", "Euroclear", "Euroclear", NULL},
    {"Shareholders include Hallwood, a Cleveland merchant bank, and others.", "org", "Hallwood", "Hallwood", NULL},
    {"A deal with Polly Peck, the British conglomerate, fell through.", "org", "Polly Peck", "Polly Peck", NULL},
    {"Mary Jones, the head of the fund, spoke.", "person", "Mary Jones", "Mary Jones", NULL},
    {"John Smith, a bank manager, said so.", "person", "John Smith", "John Smith", NULL},
    {"The Internet, the global network of computers, grew.", "org", "Internet", "-", NULL},
    {"India added a record 24.5 GW of solar capacity.", "org", "GW", "-", NULL},
    {"The plant stores 3 TWh of power.", "org", "TWh", "-", NULL},
    {"Former Prime Minister Boris Johnson spoke.", "person", "Boris Johnson", "Boris Johnson", "role=former Prime Minister"},
    {"He met the former foreign minister Sergei Lavrov.", "person", "Sergei Lavrov", "Sergei Lavrov", "role=former foreign minister"},
    {"Prime Minister Keir Starmer, a former lawyer, spoke.", "person", "Keir Starmer", "Keir Starmer", "role=Prime Minister"},
    {"He met Antonio Lacayo, former President of UNOS.", "org", "UNOS", "UNOS", NULL},
    {"He met Antonio Lacayo, former President of UNOS.", "person", "of UNOS", "-", NULL},
    {"She is Professor of Transplant Surgery at the university.", "person", "Transplant Surgery", "-", NULL},
    {"She is Professor of Transplant Surgery at the university.", "person", "of Transplant Surgery", "-", NULL},
    {"Nissan CEO Makoto Uchida resigned on Friday.", "org", "Nissan", "Nissan", NULL},
    {"Hyundai chairman Chung Eui-sun spoke.", "org", "Hyundai", "Hyundai", NULL},
    {"Kenyan President William Ruto spoke.", "org", "Kenyan", "-", NULL},
    {"Czech President Petr Pavel spoke.", "org", "Czech", "-", NULL},
    {"Pakistani minister Ali Khan spoke.", "org", "Pakistani", "-", NULL},
    {"The Comorian Muslim leaders met.", "person", "Comorian Muslim", "-", NULL},
    {"P&O Ferries has suspended sailings.", "org", "P&O Ferries", "P&O Ferries", NULL},
    {"National Grid said 100,000 homes were cut off.", "org", "National Grid", "National Grid", NULL},
    /* a firm's first word in another language */
    {"Banco Santander said so.", "org", "Banco Santander", "Banco Santander", NULL},
    {"The bus, operated by Transportes Huamani, crashed.", "org", "Transportes Huamani", "Transportes Huamani", NULL},
    {"Shares of Deutsche Telekom rose.", "org", "Deutsche Telekom", "Deutsche Telekom", NULL},
    {"Royal Mail said deliveries were late.", "org", "Royal Mail", "Royal Mail", NULL},
    {"Network Rail told passengers to stay home.", "org", "Network Rail", "Network Rail", NULL},
    {"The R&D unit grew.", "org", "R&D", "-", NULL},
    {"National Security Adviser Jake Sullivan spoke.", "person", "Jake Sullivan", "Jake Sullivan", "role=National Security Adviser"},
    {"In a statement, the company said: \"We regret the delay.\"", "quote", "\"We regret the delay.\"", NULL, "speaker=the company"},
    {"Asked whether he would resign, the minister replied: \"Absolutely not.\"", "quote", "\"Absolutely not.\"", NULL, "speaker=the minister"},
    {"\"It's a disaster,\" one resident, who asked not to be named, told the BBC.", "quote", "\"It's a disaster,\"", NULL, "speaker=one resident"},
    {"\"We did it,\" the mayor, Sadiq Khan, told LBC radio.", "person", "Sadiq Khan", "Sadiq Khan", "role=mayor"},
    {"Britain's finance minister, Rachel Reeves, said so.", "person", "Rachel Reeves", "Rachel Reeves", "role=finance minister"},
    {"The spokeswoman, Jen Psaki, said the talks went well.", "person", "Jen Psaki", "Jen Psaki", "role=spokeswoman"},
    {"Apple chief executive Tim Cook unveiled the phone.", "org", "Apple", "Apple", NULL},
    /* a club's staff after its name */
    {"\"It was a huge win for us,\" said Arsenal manager Mikel Arteta.", "org", "Arsenal", "Arsenal", NULL},
    {"Spurs coach Thomas Frank said his side had been poor.", "org", "Spurs", "Spurs", NULL},
    /* a firm's officers after its possessive; a person has a lawyer too */
    {"In a statement, Scott McNealy, Sun's chief executive officer, said so.", "org", "Sun", "Sun", NULL},
    {"Polly Peck's chairman, Asil Nadir, echoed the official line.", "org", "Polly Peck", "Polly Peck", NULL},
    {"Trump's lawyer John Doe spoke.", "org", "Trump", "-", NULL},
    {"It issued a red warning for the River Taff.", "place", "River Taff", "River Taff", NULL},
    {"Scientists fear a quake along the Nankai Trough.", "place", "Nankai Trough", "Nankai Trough", NULL},
    {"The Great Barrier Reef is bleaching.", "place", "Great Barrier Reef", "Great Barrier Reef", NULL},
    {"The Isle of Wight and Loch Ness were hit.", "place", "Loch Ness", "Loch Ness", NULL},
    /* a medium's noun after a name that is no place */
    {"Mayor Anne Hidalgo told France Inter radio so.", "org", "France Inter", "France Inter", NULL},
    {"It told a San Antonio newspaper so.", "place", "San Antonio", "San Antonio", NULL},
    /* one word that acts on "its" things is a body; not after "and" */
    {"Shares rose after Nvidia raised its forecast.", "org", "Nvidia", "Nvidia", NULL},
    {"It came with the growth of the Internet and its related firms.", "org", "Internet", "-", NULL},
    {"Chief executive Kelly Ortberg said so.", "person", "Kelly Ortberg", "Kelly Ortberg", "role=Chief executive"},
    {"Chief technology officer Mira Murati left.", "person", "Mira Murati", "Mira Murati", "role=Chief technology officer"},
    {"Shell chief financial officer Jessica Uhl spoke.", "org", "Shell", "Shell", NULL},
    {"Shell chief financial officer Jessica Uhl spoke.", "person", "Jessica Uhl", "Jessica Uhl", "role=chief financial officer"},
    {"The deputy prime minister Dominic Raab spoke.", "person", "Dominic Raab", "Dominic Raab", "role=deputy prime minister"},
    {"White House press secretary Sarah Sanders said so.", "person", "Sarah Sanders", "Sarah Sanders", "role=press secretary"},
    {"The Federal Reserve chair, Janet Yellen, testified.", "person", "Janet Yellen", "Janet Yellen", "role=chair"},
    {"Asked about it, a Kremlin spokesman, Dmitry Peskov, said no.", "person", "Dmitry Peskov", "Dmitry Peskov", "role=spokesman"},
    {"Giant Group Ltd. and its chairman, Burt Sugarman, sued.", "person", "Burt Sugarman", "Burt Sugarman", "role=chairman"},
    {"Her brother, John Smith, came home.", "person", "John Smith", "John Smith", "role=-"},
    {"The winner, Ana Ruiz, spoke first.", "person", "Ana Ruiz", "Ana Ruiz", "role=-"},
    {"\"We did it,\" said Sadiq Khan, who told LBC. Britain's finance minister, Rachel Reeves, agreed.", "person", "Sadiq Khan", "Sadiq Khan", "role=-"},
    {"Amazon said it would cut jobs. Shares of Amazon rose 1%.", "org", "Amazon", "Amazon", NULL},
    {"Nashua announced the plan. A fund took a stake in Nashua.", "org", "Nashua", "Nashua", NULL},
    {"Amazon Web Services grew. Shares of Amazon rose.", "org", "Amazon Web Services", "Amazon Web Services", NULL},
    {"Nashua Jones said so. A fund took a stake in Nashua.", "org", "Nashua Jones", "-", NULL},
    {"\"We controlled the game,\" Arsenal manager Mikel Arteta told Sky Sports.", "person", "Mikel Arteta", "Mikel Arteta", "role=manager"},
    {"\"We controlled the game,\" Arsenal manager Mikel Arteta told Sky Sports.", "org", "Sky Sports", "Sky Sports", NULL},
    {"Manchester City, who are second, play Liverpool on Monday.", "org", "Manchester City", "Manchester City", NULL},
    {"Saka scored in the 34th minute and Rice added a second from a free kick.\n\nThe coach said his side had been too passive in the first half.", "date", "the first half", "-", NULL},
    {"The company scored a contract win.\n\nSales fell in the first half.", "date", "the first half", "2014-H1", NULL},
    {"Premier Li Qiang said China was on track.", "person", "Li Qiang", "Li Qiang", "role=Premier"},
    {"Saudi Crown Prince Mohammed bin Salman met him.", "person", "Mohammed bin Salman", "Mohammed bin Salman", "role=Crown Prince"},
    {"Surgeon General Vivek Murthy warned of the risk.", "person", "Vivek Murthy", "Vivek Murthy", "role=Surgeon General"},
    {"Dean Smith coached the team.", "person", "Dean Smith", "Dean Smith", "role=-"},
    {"\"She was a force of nature,\" said the institute's chief executive, Anna Rosenbaum.", "quote", "\"She was a force of nature,\"", NULL, "speaker=Anna Rosenbaum"},
    {"\"We will not comment on that,\" said the company's spokesman.", "quote", "\"We will not comment on that,\"", NULL, "speaker=the company's spokesman"},
    {"Quotes came from the institute's chief executive, Anna Rosenbaum.", "person", "Anna Rosenbaum", "Anna Rosenbaum", "role=chief executive"},
    /* ---- not facts ---- */
    {"On February 30 nothing happened.", "date", "February 30", "-", NULL},
    {"He finished the 99th race.", "date", "the 99th", "-", NULL},
    {"May I ask a question?", "date", "May", "-", NULL},
    {"The Thanks Giving Party met.", "person", "Thanks Giving Party", "-", NULL},
    {"THANK YOU FOR READING", "person", "THANK YOU", "-", NULL},
    /* ---- more money ---- */
    {"The grant was worth $3.5m.", "money", "$3.5m", "USD 3500000", NULL},
    {"It paid 7 billion dollars in fines.", "money", "7 billion dollars", "USD 7000000000", NULL},
    {"Debts of €1.1bn remain.", "money", "€1.1bn", "EUR 1100000000", NULL},
    {"Losses hit £450 million.", "money", "£450 million", "GBP 450000000", NULL},
    {"The stadium cost 1.2 billion euros.", "money", "1.2 billion euros", "EUR 1200000000", NULL},
    {"A deal of about 60 million dollars fell through.", "money", "about 60 million dollars", "USD 60000000", "approx=1"},
    {"Aid of up to $50 million was pledged.", "money", "up to $50 million", "USD 50000000", "approx=1"},
    {"Fares are 30 rupees.", "money", "30 rupees", "INR 30", NULL},
    {"He sold it for $1,500.", "money", "$1,500", "USD 1500", NULL},
    {"Profit was 900 million yuan.", "money", "900 million yuan", "CNY 900000000", NULL},
    {"The deficit is $1.3 trillion.", "money", "$1.3 trillion", "USD 1300000000000", NULL},
    {"The offer values it at $42bn.", "money", "$42bn", "USD 42000000000", NULL},
    {"He earned 80,000 euros a year.", "money", "80,000 euros", "EUR 80000", NULL},
    {"The loan totals 15 million pounds.", "money", "15 million pounds", "GBP 15000000", NULL},
    /* ---- more numbers ---- */
    {"Officials reported 31 deaths.", "number", "31", "31", "noun=death"},
    {"The quake killed 2,000 people.", "number", "2,000", "2000", "noun=people"},
    {"They arrested nine suspects.", "number", "nine", "9", "noun=suspect"},
    {"The bill has 14 sponsors.", "number", "14", "14", "noun=sponsor"},
    {"Three journalists were freed.", "number", "Three", "3", "noun=journalist"},
    {"The convoy had 80 trucks.", "number", "80", "80", "noun=truck"},
    {"Six hostages escaped.", "number", "Six", "6", "noun=hostage"},
    {"About 120 protesters gathered.", "number", "About 120", "120", "noun=protester"},
    {"Firefighters saved 4 dogs.", "number", "4", "4", "noun=dog"},
    {"The fund backs 19 startups.", "number", "19", "19", "noun=startup"},
    {"The region has 2.3 million inhabitants.", "number", "2.3 million", "2300000", "noun=inhabitant"},
    {"They found 13 bodies.", "number", "13", "13", "noun=body"},
    {"Ten schools closed.", "number", "Ten", "10", "noun=school"},
    {"Nearly 70 flights were cancelled.", "number", "Nearly 70", "70", "noun=flight"},
    /* ---- more names ---- */
    {"President Barack Obama signed the order.", "person", "Barack Obama", "Barack Obama", "role=President"},
    {"Xi Jinping visited Moscow. Xi said little.", "person", "Xi", "Xi Jinping", "ref=Xi Jinping"},
    {"China's president Xi Jinping arrived.", "person", "Xi Jinping", "Xi Jinping", "role=president"},
    {"The adviser, Igor Shchyogolev, declined.", "person", "Igor Shchyogolev", "Igor Shchyogolev", NULL},
    {"Ms. Jane Smith agreed.", "person", "Jane Smith", "Jane Smith", NULL},
    {"Finance Minister Anton Siluanov spoke.", "person", "Anton Siluanov", "Anton Siluanov", "role=Finance Minister"},
    {"Trade Minister Joseph Kimotho resigned.", "person", "Joseph Kimotho", "Joseph Kimotho", "role=Trade Minister"},
    {"The Cold War ended.", "person", "Cold War", "-", NULL},
    {"Ministers met the Brookings Institution.", "org", "Brookings Institution", "Brookings Institution", NULL},
    {"The Shanghai Cooperation Organisation met.", "org", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organisation", NULL},
    {"Shares of Huawei Technologies rose.", "org", "Huawei Technologies", "Huawei Technologies", NULL},
    {"The Kremlin declined to comment.", "org", "Kremlin", "Kremlin", NULL},
    {"Sources told the broadcaster Zvezda.", "org", "Zvezda", "Zvezda", NULL},
    {"Flights to Washington resumed.", "place", "Washington", "Washington", NULL},
    /* ---- more quotes ---- */
    {"\"We are ready to talk,\" said Foreign Minister Sergei Lavrov.", "quote", "\"We are ready to talk,\"", "We are ready to talk,", "speaker=Sergei Lavrov"},
    {"“No date has been set,” a spokesman said.", "quote", "“No date has been set,”", "No date has been set,", NULL},
    {"According to Anna Petrova, \"the deal is done for now.\"", "quote", "\"the deal is done for now.\"", "the deal is done for now.", "speaker=Anna Petrova"},
    {"“We are close,” Wallace said. “It could happen soon.”", "quote", "“It could happen soon.”", "It could happen soon.", "speaker=Wallace"},
    {"“Great partner to the industry,” – Andy Jassy", "quote", "“Great partner to the industry,”", "Great partner to the industry,", "speaker=Andy Jassy"},
    {"“Both sides gain from this,” said the former foreign minister and State Council member Yang Jiechi.", "quote", "“Both sides gain from this,”", "Both sides gain from this,", "speaker=Yang Jiechi"},
    {"She called it a \"very bad idea\" before leaving.", "quote", "\"very bad idea\"", "very bad idea", NULL},
    {"\"This will take time,\" Ian Wallace told reporters.", "quote", "\"This will take time,\"", "This will take time,", "speaker=Ian Wallace"},
    {"\"There is no deal,\" the ministry said in a statement.", "quote", "\"There is no deal,\"", "There is no deal,", NULL},
    {"Putin said: “Cooperation will deepen next year.”", "quote", "“Cooperation will deepen next year.”", "Cooperation will deepen next year.", "speaker=Putin"},
    {"Helen Ward spoke first. She said: \"We will act quickly.\"", "quote", "\"We will act quickly.\"", "We will act quickly.", "speaker=Helen Ward"},
    {"The report came out. He said: \"We will act quickly.\"", "quote", "\"We will act quickly.\"", "We will act quickly.", "speaker=-"},
    {"Bundesbank President Joachim Nagel spoke.", "org", "Bundesbank", "Bundesbank", NULL},
    {"Investors heard Tesla CEO Elon Musk.", "org", "Tesla", "Tesla", NULL},
    {"The Fed Chair Jerome Powell spoke.", "org", "Fed", "Fed", NULL},
    {"French President Emmanuel Macron spoke.", "org", "French", "-", NULL},
    {"Turkish President Recep Tayyip Erdogan spoke.", "org", "Turkish", "-", NULL},
    {"Republican Governor Greg Abbott spoke.", "org", "Republican", "-", NULL},
    {"Vice Chairman Myron Gottlieb resigned.", "person", "Myron Gottlieb", "Myron Gottlieb", "role=Vice Chairman"},
    {"Managing Director Kristalina Georgieva spoke.", "person", "Kristalina Georgieva", "Kristalina Georgieva", "role=Managing Director"},
    {"He said operations in Khan Younis would go on.", "place", "Khan Younis", "Khan Younis", NULL},
    {"Troops massed 30 km north of Novo Selo.", "place", "Novo Selo", "Novo Selo", NULL},
    /* a name before a comma and a known place is a place; a title is not */
    {"The firm, based in Austin, Texas, raised $300m.", "place", "Austin", "Austin", NULL},
    {"The Menlo Park, Calif., company said net rose.", "place", "Menlo Park", "Menlo Park", NULL},
    {"Uri Lubrani, Israel's coordinator, spoke.", "person", "Uri Lubrani", "Uri Lubrani", NULL},
    /* clubs and teams */
    {"Sporting Lisbon coach Ruben Amorim will leave.", "org", "Sporting Lisbon", "Sporting Lisbon", NULL},
    {"Real Madrid were held by Atletico Madrid.", "org", "Atletico Madrid", "Atletico Madrid", NULL},
    {"The Golden State Warriors beat the Lakers.", "org", "Golden State Warriors", "Golden State Warriors", NULL},
    {"The Denver Nuggets beat the Los Angeles Lakers.", "org", "Los Angeles Lakers", "Los Angeles Lakers", NULL},
    {"The Cayman Islands voted.", "place", "Cayman Islands", "Cayman Islands", NULL},
    {"He spoke of the Elian Gonzalez case.", "person", "Elian Gonzalez", "Elian Gonzalez", NULL},
    /* "ten" between two capitalised words is a name's particle */
    {"Manchester United sacked Erik ten Hag on Monday.", "person", "Erik ten Hag", "Erik ten Hag", NULL},
    {"Manchester United sacked Erik ten Hag on Monday.", "number", "ten", "-", NULL},
    /* a number word in capitals inside a sentence before a capitalised
     * word is a name's: the later form of one seen, else a title */
    {"United sacked Erik ten Hag. After the defeat, Ten Hag said little.", "person", "Ten Hag", "Erik ten Hag", NULL},
    {"United sacked Erik ten Hag. After the defeat, Ten Hag said little.", "number", "Ten", "-", NULL},
    {"He is on the list of the Ten Most Wanted fugitives.", "person", "Ten Most Wanted", "-", NULL},
    {"Ten Israeli soldiers died.", "number", "Ten", "10", "noun=soldier"},
    {"They lost ten games.", "number", "ten", "10", NULL},
    /* digits right after a capitalised word, counting nothing, are a
     * name's; a sentence's first word is no name */
    /* a title alone is a role: no one's name, no body's */
    {"The Prime Minister's spokesman said so.", "org", "Prime Minister", "-", NULL},
    {"The Prime Minister's spokesman said so.", "person", "Prime Minister", "-", NULL},
    {"The Foreign Secretary arrived on Monday.", "org", "Foreign Secretary", "-", NULL},
    {"Foreign Secretary David Lammy arrived.", "person", "David Lammy", "David Lammy", "role=Foreign Secretary"},
    /* the speaker's reported words going on after "and that", or a verb
     * after "and"; not another subject's */
    {"Holt said she had \"no intention of resigning\" and that the memo had been \"taken out of context\".", "quote", "\"taken out of context\"", NULL, "speaker=Holt"},
    {"Holt said she had \"become a distraction\" and wanted to \"let the government work\".", "quote", "\"let the government work\"", NULL, "speaker=Holt"},
    {"Holt said it was \"over\" and the party called it \"a mess\".", "quote", "\"a mess\"", NULL, "speaker=the party"},
    /* one word quoted at the clause's end after a verb of saying or
     * calling is said; a name, a title or a scare quote is not */
    {"Opposition leader David Marsh said her position was \"untenable\".", "quote", "\"untenable\"", NULL, "speaker=David Marsh"},
    {"Ann Lee called the claims \"baseless.\" The firm denied it.", "quote", "\"baseless.\"", "baseless.", NULL},
    {"He said the so-called \"reform\" failed.", "quote", "\"reform\"", "-", NULL},
    {"He announced it on an episode of \"DWTS.\"", "quote", "\"DWTS.\"", "-", NULL},
    {"Such things are called \"Kiwiana\".", "quote", "\"Kiwiana\"", "-", NULL},
    /* a body's or a product's letters in a run name no one; before a
     * name of two words, the name stands alone; initials and Roman
     * numerals are a person's */
    {"He used Mozilla VR daily.", "org", "Mozilla VR", "Mozilla VR", NULL},
    {"The deal went to Arduino SRL in May.", "person", "Arduino SRL", "-", NULL},
    {"It hit Browns DL Sheldon Richardson.", "person", "Sheldon Richardson", "Sheldon Richardson", NULL},
    {"AJ Styles won the belt.", "person", "AJ Styles", "AJ Styles", NULL},
    {"Struan WA Wilkie wrote it.", "person", "Struan WA Wilkie", "Struan WA Wilkie", NULL},
    {"Queen Elizabeth II spoke.", "person", "Elizabeth II", "Elizabeth II", NULL},
    {"Rosaly Lopes of NASA said so.", "person", "Rosaly Lopes", "Rosaly Lopes", NULL},
    /* a firm's officer in title case is a job, no one */
    {"By Ann Lee, HuffPost Contributor", "person", "HuffPost Contributor", "-", NULL},
    {"He joined as Chief Strategy Officer in May.", "person", "Strategy Officer", "-", NULL},
    {"She worked as Art Director there.", "person", "Art Director", "-", NULL},
    {"Vice President Kamala Harris spoke.", "person", "Kamala Harris", "Kamala Harris", "role=Vice President"},
    /* a disaster is named for where it is */
    {"The Cedar Ridge fire was 5% contained.", "place", "Cedar Ridge", "Cedar Ridge", NULL},
    {"Tom Reed fire chief spoke.", "place", "Tom Reed", "-", NULL},
    /* a theatre or a cinema is a venue, an airline a body */
    {"They came to Jeongdong Theater on Friday.", "place", "Jeongdong Theater", "Jeongdong Theater", NULL},
    {"Dubai carrier Emirates Airline said so.", "org", "Emirates Airline", "Emirates Airline", NULL},
    /* a trade a firm's name ends in */
    {"It agreed a takeover by Calder Brands of Chicago.", "org", "Calder Brands", "Calder Brands", NULL},
    {"The deal went to Firefly Aerospace last year.", "org", "Firefly Aerospace", "Firefly Aerospace", NULL},
    /* two words or more before a job and a name: the body the job is
     * in; one may be a family name, a place stays a place, and a verb
     * or "and" between is no job's */
    {"\"It is bad,\" said Cal Fire battalion chief Laura Mendes.", "org", "Cal Fire", "Cal Fire", NULL},
    {"\"It is bad,\" said Cal Fire battalion chief Laura Mendes.", "quote", "\"It is bad,\"", NULL, "speaker=Laura Mendes"},
    {"Biden adviser Jake Sullivan spoke.", "org", "Biden", "-", NULL},
    {"Kansas City mayor Quinton Lucas spoke.", "place", "Kansas City", "Kansas City", NULL},
    {"Spokesman Yuri Gremitskikh said special envoy Mikhail Sytenko left.", "person", "Yuri Gremitskikh", "Yuri Gremitskikh", NULL},
    {"It drew Senator Elizabeth Warren and congresswoman Ana Ruiz.", "person", "Elizabeth Warren", "Elizabeth Warren", NULL},
    {"Later the S&P 500 rose 0.5%.", "number", "500", "-", NULL},
    {"She flew on the Boeing 747 from Paris.", "number", "747", "-", NULL},
    /* a day of the last month in a sentence of the future is that day,
     * not the one eleven months off; a day further back is next year's */
    {"Calder will pay 340p, a premium to the closing price on 30 September.", "date", "30 September", "2014-09-30", NULL},
    {"It will now pay 340p a share in cash, up from 310p, a premium of 51% to the closing price on 30 September.", "date", "30 September", "2014-09-30", NULL},
    {"The vote will be held on 15 March.", "date", "15 March", "2015-03-15", NULL},
    {"The summit will be held on 2 September.", "date", "2 September", "2015-09-02", NULL},
    /* a capitalised word in the singular goes on with a model's name;
     * in a title-case headline a capital says nothing */
    {"Sales of the Boeing 737 Max fell.", "number", "737", "-", NULL},
    {"He bought Sony's PlayStation 4 Pro in June.", "number", "4", "-", NULL},
    {"Some iPhone 11 Pro users will wait.", "number", "11", "-", NULL},
    {"Boeing Grounds 30 Max Jets", "number", "30", "30", "noun=jet"},
    {"Floods Leave 40 Homeless In Wales", "number", "40", "40", "noun=homeless"},
    /* a name before the noun it counts is no noun: "Texas", "Abrams"
     * end in -s */
    {"Police closed 12 Texas schools.", "number", "12", "12", "noun=school"},
    /* counts told by their order alone */
    {"Tens of thousands of people marched.", "number", "Tens of thousands", "20000-99999", "noun=people"},
    {"Hundreds of thousands of people marched.", "number", "Hundreds of thousands", "200000-999999", "noun=people"},
    {"Thousands of homes lost power.", "number", "Thousands", "2000-9999", "noun=home"},
    {"Dozens of the residents fled.", "number", "Dozens", "24-119", "noun=resident"},
    /* without "of": multiplied, or the sentence's subject; not "by the
     * thousands" nor a cost in millions */
    {"Tens of thousands joined the protest.", "number", "Tens of thousands", "20000-99999", NULL},
    {"Dozens were hurt in the crash.", "number", "Dozens", "24-119", NULL},
    {"They came by the thousands.", "number", "thousands", "-", NULL},
    {"It cost millions.", "number", "millions", "-", NULL},
    {"The fire destroyed hundreds of homes.", "number", "hundreds", "200-999", "noun=home"},
    {"The company has thousands.", "number", "thousands", "-", NULL},
    {"It recalled about 310,000 Terra and Terra Max SUVs built in 2020.", "number", "about 310,000", "310000", "noun=SUV"},
    {"They were two very different Central European leaders.", "number", "two", "2", "noun=leader"},
    {"Capacity reached 1.64 GW and Seoul plans to add more.", "number", "1.64", "1.64", "noun=GW"},
    {"About 400 million Windows 11 users got the update.", "number", "About 400 million", "400000000", "noun=user"},
    {"About 400 million Windows 11 users got the update.", "number", "11", "-", NULL},
    {"Two Boeing 737 jets landed safely.", "number", "Two", "2", "noun=jet"},
    {"Two Boeing 737 jets landed safely.", "number", "737", "-", NULL},
    /* a list that leaves the noun out after a name counts as its first
     * item does */
    {"Labour had won 18 seats, Plaid Cymru 14 and Reform UK 6, officials said.", "number", "14", "14", "noun=seat"},
    {"Labour had won 18 seats, Plaid Cymru 14 and Reform UK 6, officials said.", "number", "6", "6", "noun=seat"},
    {"Republicans hold 53 seats and Democrats 47.", "number", "47", "47", "noun=seat"},
    {"He was convicted of nine counts and cleared of two others.", "number", "two", "2", "noun=count"},
    {"Two people died and three others were hurt.", "number", "three", "3", "noun=people"},
    {"Three others were hurt.", "number", "Three", "3", "noun=other"},
    {"Smith scored 2 goals, Jones 1.", "number", "1", "1", "noun=goal"},
    {"A handful of Xbox 360 games will be enhanced, including Halo 3 and Fallout 4.", "number", "4", "-", NULL},
    {"The S&P 500 rose 3 points, while the FTSE 100 fell.", "number", "100", "-", NULL},
    {"It sold 3 million units, Galaxy 9 included.", "number", "9", "-", NULL},
    {"The army sent 40 Abrams tanks.", "number", "40", "40", "noun=tank"},
    {"They interviewed 5 Kansas City residents.", "number", "5", "5", "noun=resident"},
    {"It will redeem 9.5 million Series H preferred shares.", "number", "9.5 million", "9500000", "noun=share"},
    {"Then 30 Democrats voted against it.", "number", "30", "30", "noun=democrat"},
    {"Some 12 Americans were hurt.", "number", "Some 12", "12", "noun=american"},
    /* a year far from the story's after a word in capitals is a
     * model's number */
    {"The GTX 1660 card is fast.", "date", "1660", "-", NULL},
    {"It is as quick as the RTX 2060 in games.", "date", "2060", "-", NULL},
    {"At CES 2019 it was shown.", "date", "2019", "2019", NULL},
    {"The town was founded in AD 1660.", "date", "1660", "1660", NULL},
    {"The town was founded in 1660.", "date", "1660", "1660", NULL},
    {"Apple unveiled the iPhone 6 in Cupertino.", "number", "6", "-", NULL},
    {"Britain's FTSE 100 index closed at a record high.", "number", "100", "-", NULL},
    {"The south has more than 2,000 hours of sunshine a year.", "duration", "more than 2,000 hours", "PT2000H", NULL},
    {"The site dates back 15,000 years.", "duration", "15,000 years", "P15000Y", NULL},
    {"Islam will one day be the largest religion.", "date", "one day", "FUTURE_REF", NULL},
    {"Islam will one day be the largest religion.", "number", "one", "-", NULL},
    /* a side of an argument is no count; the two sides of a deal are */
    {"It comes amid spying on one side and hacking on the other.", "number", "one", "-", NULL},
    {"On one hand it works.", "number", "one", "-", NULL},
    {"The two sides met in Geneva.", "number", "two", "2", "noun=side"},
    {"They hope to someday return home.", "date", "someday", "FUTURE_REF", NULL},
    {"I hope that one day this project will grow.", "date", "one day", "FUTURE_REF", NULL},
    {"The talks lasted one day longer.", "duration", "one day", "P1D", NULL},
    /* a quarter or a half of a century */
    {"It is their first tour in nearly a quarter century.", "duration", "nearly a quarter century", "P25Y", NULL},
    {"A half century on, the band still plays.", "duration", "A half century", "P50Y", NULL},
    {"The firm was founded a quarter century ago.", "date", "a quarter century ago", "1989", NULL},
    {"Stocks were managed well over the last quarter-century.", "duration", "the last quarter-century", "P25Y", NULL},
    {"After a quarter-century of rule, he left.", "duration", "a quarter-century", "P25Y", NULL},
    {"The firm was founded a quarter-century ago.", "date", "a quarter-century ago", "1989", NULL},
    {"The dynasty ruled for two quarter centuries.", "duration", "two quarter centuries", "P50Y", NULL},
    /* a count and its unit in capitals before a word in capitals name
     * something: no length, and no person either */
    {"Israel took the land in the 1967 Six-Day War.", "duration", "Six-Day", "-", NULL},
    {"The Seven Years' War ended in 1763.", "duration", "The Seven Years", "-", NULL},
    {"They watched The One-Minute Time Machine at home.", "person", "One-Minute Time Machine", "-", NULL},
    {"Her memoir is called Three Weeks.", "duration", "Three Weeks", "P3W", NULL},
    /* one length told in two or three units, the larger first */
    {"The export took 4 minutes and 15 seconds.", "duration", "4 minutes and 15 seconds", "PT4M15S", NULL},
    {"The race took 2 hours 30 minutes.", "duration", "2 hours 30 minutes", "PT2H30M", NULL},
    {"Three years two months later he died.", "duration", "Three years", "P3Y", NULL},
    /* units written short */
    {"The flight takes 2 hrs 30 mins.", "duration", "2 hrs 30 mins", "PT2H30M", NULL},
    {"Bake for 45 min.", "duration", "45 min", "PT45M", NULL},
    {"Wait 30 secs.", "duration", "30 secs", "PT30S", NULL},
    {"He signed a 5-yr deal.", "duration", "5-yr", "P5Y", NULL},
    {"It lasted 3 wks.", "duration", "3 wks", "P3W", NULL},
    {"Posted 2 hrs ago.", "date", "2 hrs ago", "2014-10-24", NULL},
    {"Set a minimum of 5 minimums.", "duration", "5 min", "-", NULL},
    /* a range of lengths: one duration, its lower end the value */
    {"The repairs will take two to three weeks.", "duration", "two to three weeks", "P2W", "max=P3W"},
    {"The wait rose from 9-12 months to a year and a half.", "duration", "9-12 months", "P9M", "max=P12M"},
    {"Simmer the stock for 2\u20133 hours.", "duration", "2\u20133 hours", "PT2H", "max=PT3H"},
    {"Allow 10-15 minutes per batch.", "number", "10", "-", NULL},
    {"It took about 2-3 hours.", "duration", "about 2-3 hours", "PT2H", "max=PT3H"},
    {"They went on a two- to three-week trip.", "duration", "two- to three-week", "P2W", "max=P3W"},
    {"Talks could last between 12 and 18 months.", "duration", "12 and 18 months", "P12M", "max=P18M"},
    {"Twenty-four to forty-eight hours passed.", "duration", "Twenty-four to forty-eight hours", "PT24H", "max=PT48H"},
    {"Two to three decades passed.", "duration", "Two to three decades", "P20Y", "max=P30Y"},
    {"It may take a week or two.", "duration", "a week or two", "P1W", "max=P2W"},
    {"Rest for an hour or two of sleep.", "duration", "an hour or two", "PT1H", "max=PT2H"},
    {"He left a week or two ago.", "duration", "a week or two", "-", NULL},
    {"Step 2 - 10 minutes: stir the sauce.", "duration", "10 minutes", "PT10M", "max=-"},
    {"He left a week or two ago.", "date", "a week or two ago", "2014-10-10", NULL},
    {"He left a week or two ago.", "number", "two", "-", NULL},
    {"She came two or three years ago.", "date", "two or three years ago", "2011", NULL},
    {"The plant closed 2-3 years ago.", "date", "2-3 years ago", "2011", NULL},
    {"It opens a month or two from now.", "date", "a month or two from now", "2014-12", NULL},
    {"A week or two later it fell.", "duration", "A week or two", "P1W", "max=P2W"},
    {"Waiting times rose from 9 to 12 months.", "duration", "12 months", "P12M", "max=-"},
    {"Scores fell from 5 to 3 days.", "duration", "3 days", "P3D", "max=-"},
    {"The war lasted three years.", "duration", "three years", "P3Y", "max=-"},
    {"She ran it in 2 hours, 3 minutes and 5 seconds.", "duration", "2 hours, 3 minutes and 5 seconds", "PT2H3M5S", NULL},
    {"He served a year and two months.", "duration", "a year and two months", "P1Y2M", NULL},
    {"The flight took one day and 3 hours.", "duration", "one day and 3 hours", "P1DT3H", NULL},
    {"It took 3 hours and one day.", "duration", "3 hours", "PT3H", NULL},
    {"He served three years, and two months later he died.", "duration", "three years", "P3Y", NULL},
    /* at the end of a clause about the future, after its object */
    {"Someone is going to find your password one day.", "date", "one day", "FUTURE_REF", NULL},
    {"Will it end up on the scrap heap one day?", "date", "one day", "FUTURE_REF", NULL},
    {"The strike will last one day.", "duration", "one day", "P1D", NULL},
    {"The vote will be held in one day.", "duration", "one day", "P1D", NULL},
    {"The strike lasted one day.", "duration", "one day", "P1D", NULL},
    {"The cable is about three-quarters of what it takes.", "percent", "about three-quarters", "75%", "approx=1"},
    {"Three-quarters of voters agreed.", "percent", "Three-quarters", "75%", NULL},
    {"Nearly three-quarters (74%) of respondents agreed.", "duration", "Nearly three-quarters", "-", NULL},
    {"It lasted three-quarters of an hour.", "duration", "three-quarters of an hour", "PT45M", NULL},
    {"One campaign video featured a farmer.", "number", "One", "1", "noun=video"},
    {"They cited one highly placed source.", "number", "one", "1", "noun=source"},
    {"One looks at the card and smiles.", "number", "One", "-", NULL},
    {"It is one series of tests.", "number", "one", "1", "noun=series"},
    {"Three species were found.", "number", "Three", "3", "noun=species"},
    {"Open https://x.org/?s=a%2Fb%2F to see it.", "number", "2", "-", NULL},
    {"No one even remembered their names.", "number", "one", "-", NULL},
    {"Emirates is the number one buyer of the jet.", "number", "one", "-", NULL},
    {"Not one person came to the hearing.", "number", "one", "1", "noun=person"},
    {"Apple now sells to every Fortune 500 company.", "number", "500", "-", NULL},
    {"The laptop has a Thunderbolt 3 port and a USB 3.0 dock.", "number", "3.0", "-", NULL},
    {"The firm filed a Chapter 11 reorganization plan.", "number", "11", "-", NULL},
    {"Keeper Ana Ruiz 7 saves, Lena Holm 1 goal.", "number", "7", "7", "noun=save"},
    {"The CAC 40 rose 1%.", "number", "40", "-", NULL},
    /* a label's number is no count: "page 3", "team no. 225" */
    {"The story ran on page 3.", "number", "3", "-", NULL},
    {"Inspectors said team no. 225 made the visit.", "number", "225", "-", NULL},
    /* whatever follows it: a stage is no count of the disease */
    {"The vaccine is in phase 3 trials.", "number", "3", "-", NULL},
    {"He has stage 4 cancer.", "number", "4", "-", NULL},
    {"The No. 1 U.S. auto maker then wrote to dealers.", "number", "1", "-", NULL},
    {"They now number about 160,000.", "number", "about 160,000", "160000", NULL},
    /* a house's number is no count, nor a year */
    {"He lives at 10 Downing Street.", "number", "10", "-", NULL},
    {"The embassy is at 285 Toure Drive in the capital.", "number", "285", "-", NULL},
    {"The embassy is at 285 Toure Drive in the capital.", "place", "Toure Drive", "Toure Drive", NULL},
    {"The White House is at 1600 Pennsylvania Avenue.", "date", "1600", "-", NULL},
    {"In 2012 Oxford Street saw record sales.", "date", "2012", "2012", NULL},
    {"Being 48 is too early.", "number", "48", "48", NULL},
    {"Djokovic won his 24th Grand Slam title.", "person", "Grand Slam", "-", NULL},
    {"Through the Pope, Cuba can reach the world.", "place", "Pope", "-", NULL},
    {"Fans packed the Emirates Stadium on Saturday.", "place", "Emirates Stadium", "Emirates Stadium", NULL},
    /* a body's noun after a name makes it a body, there and wherever the
     * story names it */
    {"The IG Metall union called a strike.", "org", "IG Metall", "IG Metall", NULL},
    {"The Sinn Fein party met. Later, Sinn Fein said it would talk.", "person", "Sinn Fein", "-", NULL},
    {"Shells fell on the village of Staro Selo overnight.", "place", "Staro Selo", "Staro Selo", NULL},
    {"They may suffer in Fidel Castro's Cuba.", "place", "Fidel Castro", "-", NULL},
    {"Paribas raised its stake in Navigation Mixte to 66.7%.", "org", "Navigation Mixte", "Navigation Mixte", NULL},
    {"Shares of Nvidia rose 3%.", "org", "Nvidia", "Nvidia", NULL},
    {"The report came from Amnesty International on Monday.", "org", "Amnesty International", "Amnesty International", NULL},
    {"Storms battered the Pacific Northwest overnight.", "place", "Pacific Northwest", "Pacific Northwest", NULL},
    {"He flew with America West last year.", "place", "America West", "-", NULL},
    {"The People's Bank of China cut rates.", "org", "People's Bank of China", "People's Bank of China", NULL},
    {"The People's Republic of China was founded in 1949.", "place", "People's Republic of China", "People's Republic of China", NULL},
    {"He joined the People's Party in 1990.", "org", "People's Party", "People's Party", NULL},
    {"The People's Daily said so.", "org", "People's Daily", "People's Daily", NULL},
    {"The Women's World Cup starts in July.", "org", "Women's World Cup", "-", NULL},
    {"Mira Murati was named interim CEO.", "org", "CEO", "-", NULL},
    {"It will lead a new AI research team.", "org", "AI", "-", NULL},
    {"Shares rose after the IPO in May.", "org", "IPO", "-", NULL},
    {"The NHS said waiting lists grew.", "org", "NHS", "NHS", NULL},
    {"Greg Brockman, the company's president and co-founder, quit.", "person", "Greg Brockman", "Greg Brockman", "role=president and co-founder"},
    {"Amazon founder Jeff Bezos spoke.", "org", "Amazon", "Amazon", NULL},
    {"He met Apple chief Tim Cook.", "org", "Apple", "Apple", NULL},
    {"Republican strategist Karl Rove spoke.", "org", "Republican", "-", NULL},
    {"Paul Johnson, director of the Institute for Fiscal Studies, said taxes would rise. \"This is a big budget,\" he said.", "quote", "\"This is a big budget,\"", "This is a big budget,", "speaker=Paul Johnson"},
    {"Kenneth Leon, an analyst with Bear, Stearns & Co., finds the plan flawed for LIN. \"How many shares will be left?\" he asked.", "quote", "\"How many shares will be left?\"", "How many shares will be left?", "speaker=Kenneth Leon"},
    {"Shares of Apple Inc. rose on the news. \"We are pleased,\" he said.", "quote", "\"We are pleased,\"", "We are pleased,", "speaker=-"},
    {"The Chancellor, Rachel Reeves, said the budget would \"fix the foundations\" of the economy.", "quote", "\"fix the foundations\"", "fix the foundations", "speaker=Rachel Reeves"},
    {"\"Prices will fall,\" predicted Tom Lee of Fundstrat.", "quote", "\"Prices will fall,\"", "Prices will fall,", "speaker=Tom Lee"},
    {"\"Never,\" said Ann Lee.", "quote", "\"Never,\"", "Never,", "speaker=Ann Lee"},
    {"\"Hallelujah,\" exclaimed Madeleine Albright.", "quote", "\"Hallelujah,\"", "Hallelujah,", "speaker=Madeleine Albright"},
    {"The so-called \"reform,\" he said, was a sham.", "quote", "\"reform,\"", "-", NULL},
    {"\"We need to act now,\" said Ann Lee, adding that \"time is running out\".", "quote", "\"time is running out\"", "time is running out", "speaker=Ann Lee"},
    {"Ann Lee said the plan was \"a mess\" and \"a disgrace\".", "quote", "\"a disgrace\"", "a disgrace", "speaker=Ann Lee"},
    /* "she" is no one the story calls a man, "he" no one it calls a woman */
    {"Ms Cole met Mr Walsh on Monday. \"We are done,\" she said.", "quote", "\"We are done,\"", "We are done,", "speaker=Cole"},
    {"Mr Walsh met Ms Cole on Monday. \"We are done,\" he said.", "quote", "\"We are done,\"", "We are done,", "speaker=Walsh"},
    {"Tom Walsh met the chairwoman, Jane Cole. \"We will see,\" he said.", "quote", "\"We will see,\"", "We will see,", "speaker=Tom Walsh"},
    {"Saddam Hussein spoke. \"Fight them,\" he urged Iraqis in a radio address.", "quote", "\"Fight them,\"", "Fight them,", "speaker=Saddam Hussein"},
    {"John Sununu lamented that \"the noose is tightening around my neck.\"", "quote", "\"the noose is tightening around my neck.\"", "the noose is tightening around my neck.", "speaker=John Sununu"},
    {"She posted 500 tweets in a day.", "number", "500", "500", "noun=tweet"},
    {"Its chief economist, Ben Jones, called the rise \"a blow to growth\".", "quote", "\"a blow to growth\"", "a blow to growth", "speaker=Ben Jones"},
    {"Martin Luther King Jr. was born in Atlanta.", "person", "Martin Luther King Jr.", "Martin Luther King Jr.", "role=-"},
    {"Procter & Gamble said sales rose.", "org", "Procter & Gamble", "Procter & Gamble", NULL},
    {"Ursula von der Leyen, president of the European Commission, arrived.", "person", "Ursula von der Leyen", "Ursula von der Leyen", "role=president"},
    {"Luiz Inacio Lula da Silva won the runoff.", "person", "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva", NULL},
    {"Sheikh Tamim bin Hamad Al Thani hosted the talks.", "person", "Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani", "role=Sheikh"},
    {"Its office in New York for the Kenya Tourist Office closed.", "org", "Kenya Tourist Office", "Kenya Tourist Office", NULL},
    {"Inside the Islamic Republic, few spoke.", "person", "Inside the Islamic Republic", "-", NULL},
    {"Paribas bought Cie. Financiere de Paribas shares.", "org", "Cie. Financiere de Paribas", "Cie. Financiere de Paribas", NULL},
    {"A $3.5-billion deal was signed.", "money", "$3.5-billion", "USD 3500000000", NULL},
    {"Prices are $5-6 a kilo.", "money", "$5-6", "USD 5-6", NULL},
    {"In London at mid-afternoon yesterday, shares fell.", "time", "mid-afternoon yesterday", "2014-10-23TAF", NULL},
    {"By mid afternoon, official sources were silent.", "time", "mid afternoon", "2014-10-24TAF", NULL},
    {"The rally ran until late evening.", "time", "late evening", "2014-10-24TEV", NULL},
    {"He hosts a late-night show.", "time", "late-night", "-", NULL},
    {"He told the Securities and Exchange Commission.", "org", "Securities and Exchange Commission", "Securities and Exchange Commission", NULL},
    /* a body "of" two fields joined by "and" */
    {"The Department of Health and Human Services said so.", "org", "Department of Health and Human Services", "Department of Health and Human Services", NULL},
    {"Fauci led the National Institute of Allergy and Infectious Diseases.", "person", "Infectious Diseases", "-", NULL},
    {"The Ministry of Defence and President Joe Biden agreed.", "org", "Ministry of Defence", "Ministry of Defence", NULL},
    {"The U.S. Immigration and Naturalization Service ruled.", "org", "U.S. Immigration and Naturalization Service", "U.S. Immigration and Naturalization Service", NULL},
    {"The United States and Soviet Union met.", "org", "Soviet Union", "Soviet Union", NULL},
    {"A venture of Innopac and Mobil Corp. began.", "org", "Mobil Corp.", "Mobil Corp.", NULL},
    {"He told the Securities and Exchange Commission of India.", "org", "Securities and Exchange Commission of India", "Securities and Exchange Commission of India", NULL},
    {"John Smith and Acme Corp. agreed.", "person", "John Smith", "John Smith", NULL},
    {"The minister was quoted as saying the plan was \"dead in the water\".", "quote", "\"dead in the water\"", "dead in the water", "speaker=the minister"},
    {"Putin was quoted as saying the West was \"lying to everyone\".", "quote", "\"lying to everyone\"", "lying to everyone", "speaker=Putin"},
    {"The Lakers beat the Golden State Warriors 120-115.", "org", "Golden State Warriors", "Golden State Warriors", NULL},
    {"They host the Denver Nuggets on Thursday.", "org", "Denver Nuggets", "Denver Nuggets", NULL},
    {"He followed the Elian Gonzalez case closely.", "person", "Elian Gonzalez", "Elian Gonzalez", NULL},
    {"\"We are ready,\" Zelensky said. He added that Ukraine would \"respond in kind\".", "quote", "\"respond in kind\"", "respond in kind", "speaker=Zelensky"},
    {"\"It's a disaster,\" said one resident. \"We will rebuild,\" she said.", "quote", "\"We will rebuild,\"", "We will rebuild,", "speaker=one resident"},
    /* a verb of saying after a determiner is a noun: no speaker there */
    {"In a statement, Barclays said it \"strongly refutes\" the claims.", "quote", "\"strongly refutes\"", "strongly refutes", "speaker=Barclays"},
    {"The bank said it \"strongly denies\" the claims.", "quote", "\"strongly denies\"", "strongly denies", "speaker=the bank"},
    /* a straight quote left open at a paragraph's end goes on in the next */
    {"Mr Clarke said: \"We have done everything we can.\n\n\"But the market has changed.\"", "quote", "\"We have done everything we can.", "We have done everything we can.", "speaker=Clarke"},
    {"Mr Clarke said: \"We have done everything we can.\n\n\"But the market has changed.\"", "quote", "\"But the market has changed.\"", "But the market has changed.", "speaker=Clarke"},
    {"The pipe is 3\" wide.\n\nIt leaks.", "quote", "\" wide.", "-", NULL},
    /* a quote broken by its speaker goes on in the speaker's words */
    {"\u201cI think,\u201d said Dr Okoro, \u201cthat the worst is behind us.\u201d", "quote", "\u201cthat the worst is behind us.\u201d", "that the worst is behind us.", "speaker=Okoro"},
    {"\"I think,\" Dr Okoro said, \"that the worst is behind us.\"", "quote", "\"that the worst is behind us.\"", "that the worst is behind us.", "speaker=Okoro"},
    /* "he" is no report, whatever it concluded */
    {"The report concluded: \"The system failed.\"\n\n\"It is a question of trust,\" he said.", "quote", "\"It is a question of trust,\"", "It is a question of trust,", "speaker=-"},
    /* "she" after a spokesman's quote is someone else, unnamed */
    {"A Downing Street spokesman said: \"We have full confidence.\"\n\n\"We're going to fight this,\" she told the BBC.", "quote", "\"We're going to fight this,\"", "We're going to fight this,", "speaker=-"},
    {"A Downing Street spokeswoman said: \"We have full confidence.\"\n\n\"We're going to fight this,\" she told the BBC.", "quote", "\"We're going to fight this,\"", "We're going to fight this,", "speaker=a Downing Street spokeswoman"},
    {"\"We are ready,\" Zelensky said. Anna Berg disagreed. He said it was \"far too early\".", "quote", "\"far too early\"", "far too early", "speaker=Anna Berg"},
    /* ---- a people's currency, a range before the currency's word, a weight, a deadline ---- */
    {"It raised 5 billion Canadian dollars.", "money", "5 billion Canadian dollars", "CAD 5000000000", NULL},
    {"The loan was 3 million Argentine pesos.", "money", "3 million Argentine pesos", "ARS 3000000", NULL},
    {"Imports cost 40 billion Pakistani rupees.", "money", "40 billion Pakistani rupees", "PKR 40000000000", NULL},
    {"The bill raises 346 billion shillings in taxes.", "money", "346 billion shillings", "KES 346000000000", NULL},
    {"A bowl of pho costs 40,000 dong.", "money", "40,000 dong", "VND 40000", NULL},
    {"The fine was 3 million lei.", "money", "3 million lei", "RON 3000000", NULL},
    {"It plans to raise 175 million to 180 million dollars.", "money", "175 million to 180 million dollars", "USD 175000000-180000000", NULL},
    {"Tickets cost between 3 and 5 euros.", "money", "3 and 5 euros", "EUR 3-5", NULL},
    {"Stamps cost 5 to 10 cents.", "money", "5 to 10 cents", "USD 0.05-0.1", NULL},
    {"The fare was cut from 40 to 35 euros.", "money", "40", "EUR 40", NULL},
    {"The fare was cut from 40 to 35 euros.", "money", "35 euros", "EUR 35", NULL},
    {"He weighs 150 to 175 pounds.", "money", "150 to 175 pounds", "-", NULL},
    {"He weighs 150 to 175 pounds.", "number", "150 to 175", "150-175", "noun=pound"},
    {"The ticket cost 8 pounds.", "money", "8 pounds", "GBP 8", NULL},
    {"The firm has until 5pm on 14 March to respond.", "date", "14 March", "2015-03-14", NULL},
    {"The firm said on Sept. 30 it would respond.", "date", "Sept. 30", "2014-09-30", NULL},
    /* ---- roles in an apposition, staff at a firm, a speaker "of" somewhere ---- */
    {"\"We will fight,\" said Sharon Graham, general secretary of Unite.", "person", "Sharon Graham", "Sharon Graham", "role=general secretary"},
    {"Tim Cook, Apple's chief executive, spoke first.", "person", "Tim Cook", "Tim Cook", "role=chief executive"},
    {"Mary Jones, the company's senior vice president, left.", "person", "Mary Jones", "Mary Jones", "role=senior vice president"},
    {"Ana Ruiz, a former minister, said nothing.", "person", "Ana Ruiz", "Ana Ruiz", "role=former minister"},
    {"Pierre Roux, chairman and chief executive, resigned.", "person", "Pierre Roux", "Pierre Roux", "role=chairman and chief executive"},
    {"John Smith, a lawyer for the family, declined to comment.", "person", "John Smith", "John Smith", "role=lawyer"},
    {"John Smith, who is a lawyer for the family, declined to comment.", "person", "John Smith", "John Smith", "role=-"},
    {"Raul Castro, his younger brother, took over.", "person", "Raul Castro", "Raul Castro", "role=-"},
    {"Its treasurer, Jim Hall, resigned and its chairman, Frank Stone, stayed.", "person", "Jim Hall", "Jim Hall", "role=treasurer"},
    {"Peter Hall, 54, was arrested.", "person", "Peter Hall", "Peter Hall", "role=-"},
    {"Senate Majority Leader Chuck Schumer spoke.", "person", "Chuck Schumer", "Chuck Schumer", "role=Majority Leader"},
    {"Majority Whip Steve Scalise agreed.", "person", "Steve Scalise", "Steve Scalise", "role=Majority Whip"},
    {"Analysts at Barclays expect savings.", "org", "Barclays", "Barclays", NULL},
    {"He said economists at Nomura disagree.", "org", "Nomura", "Nomura", NULL},
    {"He arrived at Heathrow on Monday.", "org", "Heathrow", "-", NULL},
    /* a facility's noun after a name makes it a place */
    {"She was last seen near Temple Meads station.", "place", "Temple Meads", "Temple Meads", NULL},
    {"He was held in Hoa Lo prison for six years.", "place", "Hoa Lo", "Hoa Lo", NULL},
    {"Flights left Jomo Kenyatta airport late.", "person", "Jomo Kenyatta", "-", NULL},
    {"Senator Rand Paul of Kentucky said the bill was \"bloated and irresponsible.\"", "quote", "\"bloated and irresponsible.\"", "bloated and irresponsible.", "speaker=Rand Paul"},
    {"Rand Paul of Kentucky, who voted no, said the bill was \"bloated and wasteful.\"", "quote", "\"bloated and wasteful.\"", "bloated and wasteful.", "speaker=Rand Paul"},
    {"Secretary of State James Baker said on ABC's programme that it was \"a turning point\" then.", "quote", "\"a turning point\"", "a turning point", "speaker=James Baker"},
    /* a title in title case inside a sentence names a work, no one's
     * words; a headline's quote may open its line */
    {"Secretary of State James Baker said on ABC's \"This Week With David Brinkley\" that it ended.", "quote", "\"This Week With David Brinkley\"", "-", NULL},
    {"The band will play \"What A Fool Believes,\" \"China Grove\" and others.", "quote", "\"China Grove\"", "-", NULL},
    {"\"We Will Not Back Down\": Minister vows to fight on\n\nThe minister spoke.", "quote", "\"We Will Not Back Down\"", "We Will Not Back Down", NULL},
    {"The band will play \"Black Water\" and others.", "person", "Black Water", "-", NULL},
    {"\"It fell,\" Holm said on CNBC's \"Trading Nation\" on Monday. \"It was down four years.\"", "quote", "\"It was down four years.\"", "It was down four years.", "speaker=Holm"},    /* a reporting verb's participle before a plural qualifies it; a
     * sentence's first word is its subject */
    {"The outbreak has reached 58 confirmed cases.", "number", "58", "58", "noun=case"},
    {"Officials counted 12 reported deaths.", "number", "12", "12", "noun=death"},
    {"Three announced plans to quit.", "number", "Three", "-", NULL},
    {"The clinic made three confirmed diagnoses.", "number", "three", "3", "noun=diagnosis"},
    {"It has weathered two crises.", "number", "two", "2", "noun=crisis"},
    /* "first" after a count is an adverb, in lower case */
    {"It will have 450 beds, down from the 600 first planned.", "number", "600", "600", "noun=-"},
    {"He sold 600 first editions.", "number", "600", "600", "noun=edition"},
    {"Holders get a total of about 550,000 First Security shares.", "number", "about 550,000", "550000", "noun=share"},
    /* a possessive before the whole is its determiner */
    {"Denholm will keep 30 of Hartley's 45 stores open.", "number", "30", "30", "noun=store"},
    {"Later, two of Elian's Miami cousins spoke.", "number", "two", "2", "noun=cousin"},
    {"A group led by three of the company's directors bid.", "number", "three", "3", "noun=director"},
    /* a place in a table, a race or a ranking */
    {"United are 14th in the Premier League.", "number", "14th", "14", "noun=place"},
    {"Rovers slipped to third after the defeat.", "number", "third", "3", "noun=place"},
    /* a chart's place by its number; not a rank of speech, nor an address */
    {"The album went straight in at number three.", "number", "number three", "3", "noun=place"},
    {"The single climbed to No 1 last week.", "number", "No 1", "1", "noun=place"},
    {"The song went to No. 2 in America.", "number", "No. 2", "2", "noun=place"},
    {"The album is number one in the charts.", "number", "number one", "1", "noun=place"},
    {"Safety is number one priority.", "number", "number one", "-", NULL},
    {"They went to number 10 Downing Street.", "number", "number 10", "-", NULL},
    {"She finished second in the final.", "number", "second", "2", "noun=place"},
    {"He came in 5th place.", "number", "5th", "5", "noun=place"},
    {"Rovers moved to the top of the Championship.", "number", "top", "1", "noun=place"},
    {"It is the first in the UK to do so.", "number", "first", "-", NULL},
    {"The third victim died later.", "number", "The third victim", "3", "noun=dead"},
    /* both sides of a vote are votes */
    {"Councillors voted 52 to 31 in favour.", "number", "52", "52", "noun=vote"},
    {"Councillors voted 52 to 31 in favour.", "number", "31", "31", "noun=vote"},
    /* in words, a court's, and joined by a dash */
    {"The committee voted nine to two in favour.", "number", "two", "2", "noun=vote"},
    {"The court ruled five to four that the map was unlawful.", "number", "four", "4", "noun=vote"},
    {"The justices were split six to three.", "number", "six", "6", "noun=vote"},
    {"In a 5-4 ruling, the court struck down the map.", "number", "5", "5", "noun=vote"},
    {"In a 5-4 ruling, the court struck down the map.", "number", "4", "4", "noun=vote"},
    {"The board approved it by a vote of 7-2.", "number", "2", "2", "noun=vote"},
    {"Delegates voted 89-52 for a republic.", "number", "89", "89", "noun=vote"},
    {"The bill passed 52-48 in the Senate.", "number", "48", "48", "noun=vote"},
    {"The plan was approved by 310 to 260.", "number", "260", "260", "noun=vote"},
    {"The car passed 3 lorries.", "number", "3", "3", "noun=lorry"},
    {"He voted 3 times.", "number", "3", "3", "noun=time"},
    /* a measure named before its figure */
    {"The poll predicted a majority of 170.", "number", "170", "170", "noun=majority"},
    {"A crowd of 40,000 watched the final.", "number", "40,000", "40000", "noun=crowd"},
    /* a participle alone after a count counts no noun */
    {"Five members voted for a cut, with four voting to hold.", "number", "four", "-", NULL},
    {"Police said 12 remaining were freed.", "number", "12", "12", "noun=-"},
    {"It owns 20 housing units.", "number", "20", "20", "noun=unit"},
};

static SwFact *
find_fact(GPtrArray *facts, const gchar *kind, const gchar *span, gboolean prefix)
{
	for (guint i = 0; i < facts->len; i++) {
		SwFact *f = g_ptr_array_index(facts, i);
		if (!g_str_equal(sw_fact_kind_to_string(f->kind), kind))
			continue;
		if (prefix ? g_str_has_prefix(f->text, span) : g_str_equal(f->text, span))
			return f;
	}
	return NULL;
}

static const gchar *
fact_field(const SwFact *f, const gchar *field)
{
	if (g_str_equal(field, "noun"))
		return f->noun;
	if (g_str_equal(field, "role"))
		return f->role;
	if (g_str_equal(field, "ref"))
		return f->ref;
	if (g_str_equal(field, "speaker"))
		return f->speaker;
	if (g_str_equal(field, "from"))
		return f->from;
	if (g_str_equal(field, "to"))
		return f->to;
	if (g_str_equal(field, "max"))
		return f->value_max;
	if (g_str_equal(field, "mod"))
		return f->mod;
	if (g_str_equal(field, "approx"))
		return f->approx ? "1" : "0";
	fail_msg("unknown field %s", field);
	return NULL;
}

static gchar *
describe(GPtrArray *facts)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (guint i = 0; i < facts->len; i++) {
		SwFact *f = g_ptr_array_index(facts, i);
		g_string_append_printf(s, " %s[%s]=%s", sw_fact_kind_to_string(f->kind), f->text,
				       f->value != NULL ? f->value : "");
	}
	return g_string_free(g_steal_pointer(&s), FALSE);
}

static GDate
ref_date(const gchar *iso)
{
	GDate d;
	g_date_clear(&d, 1);
	assert_true(sw_facts_parse_ref_date(iso, &d));
	return d;
}

/* facts come sorted, with offsets that give their text, and only quotes
 * enclose others */
static void
check_invariants(const gchar *text, gsize len, GPtrArray *facts)
{
	gsize last_start = 0;
	gsize last_end = 0;

	for (guint i = 0; i < facts->len; i++) {
		SwFact *f = g_ptr_array_index(facts, i);
		assert_true(f->start < f->end && f->end <= len);
		assert_memory_equal(f->text, text + f->start, f->end - f->start);
		assert_int_equal(strlen(f->text), f->end - f->start);
		assert_true(f->start >= last_start);
		if (f->kind != SW_FACT_QUOTE) {
			if (f->start < last_end)
				fail_msg("%s [%s] overlaps the fact before it", sw_fact_kind_to_string(f->kind),
					 f->text);
			last_end = f->end;
			assert_non_null(f->value);
		}
		/* below zero only a temperature */
		if (f->kind == SW_FACT_MONEY || f->kind == SW_FACT_NUMBER || f->kind == SW_FACT_PERCENT)
			assert_true(isfinite(f->amount) && fabs(f->amount) <= 1e18 &&
				    (f->amount >= 0 || (f->noun != NULL && (g_str_has_prefix(f->noun, "°") ||
									    g_str_equal(f->noun, "degree")))));
		last_start = f->start;
	}
}

/* the facts of @text, read against 2014-10-24, checked for the
 * invariants and for holding no person */
static GPtrArray *
find_no_person(const gchar *text)
{
	GDate ref = ref_date("2014-10-24");
	GPtrArray *facts = sw_facts_find(text, strlen(text), &ref);

	check_invariants(text, strlen(text), facts);
	for (guint i = 0; i < facts->len; i++)
		assert_false(((const SwFact *)g_ptr_array_index(facts, i))->kind == SW_FACT_PERSON);
	return facts;
}

/* how many facts of @kind read @text */
static guint
count_facts(GPtrArray *facts, SwFactKind kind, const gchar *text)
{
	guint n = 0;

	for (guint i = 0; i < facts->len; i++) {
		const SwFact *f = g_ptr_array_index(facts, i);
		n += f->kind == kind && g_str_equal(f->text, text);
	}
	return n;
}

/* a one-word body the story shows somewhere is that body wherever it
 * stands alone, before the evidence too */
static void
test_bodies_everywhere(void **state)
{
	g_autoptr(GPtrArray) facts = find_no_person("Amazon said on Thursday it would cut jobs. Amazon Web Services was "
						    "spared. Shares of Amazon rose 1.2%. Analysts said Amazon's plan was "
						    "sound.");

	(void)state;
	assert_int_equal(count_facts(facts, SW_FACT_ORG, "Amazon"), 3);
	assert_int_equal(count_facts(facts, SW_FACT_ORG, "Amazon Web Services"), 1);
}

/* "Atlanta-based BellSouth": the place is a name of its own, the name
 * after its seat's adjective a body, and so that name alone later on */
static void
test_seat_adjective(void **state)
{
	g_autoptr(GPtrArray) facts = find_no_person("Atlanta-based BellSouth grew fast. Rivals said BellSouth would "
						    "win. New York-based RJR Nabisco fell.");

	(void)state;
	assert_int_equal(count_facts(facts, SW_FACT_ORG, "BellSouth"), 2);
	assert_int_equal(count_facts(facts, SW_FACT_ORG, "RJR Nabisco"), 1);
	assert_int_equal(count_facts(facts, SW_FACT_PLACE, "Atlanta"), 1);
	assert_int_equal(count_facts(facts, SW_FACT_PLACE, "New York"), 1);
}

static void
test_table(void **state)
{
	GDate ref = ref_date("2014-10-24");
	guint failed = 0;

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(fact_cases); i++) {
		const SwFactCase *c = &fact_cases[i];
		g_autoptr(GPtrArray) facts = sw_facts_find(c->text, strlen(c->text), &ref);
		SwFact *f = find_fact(facts, c->kind, c->span, FALSE);
		const gchar *why = NULL;
		g_autofree gchar *got = NULL;

		check_invariants(c->text, strlen(c->text), facts);
		if (g_strcmp0(c->value, "-") == 0) {
			if (f != NULL)
				why = "found, but should not be";
		} else if (f == NULL) {
			why = "not found";
		} else if (c->value != NULL && g_strcmp0(f->value, c->value) != 0) {
			why = "wrong value";
		} else if (c->extra != NULL) {
			g_auto(GStrv) kv = g_strsplit(c->extra, "=", 2);
			const gchar *want = g_str_equal(kv[1], "-") ? NULL : kv[1];
			if (g_strcmp0(fact_field(f, kv[0]), want) != 0)
				why = "wrong field";
		}
		if (why == NULL)
			continue;
		got = describe(facts);
		print_error("case %u \"%s\": %s [%s] %s %s: %s; found:%s\n", i, c->text, c->kind,
			    c->span, c->value != NULL ? c->value : "", c->extra != NULL ? c->extra : "",
			    why, got);
		failed++;
	}
	if (failed > 0)
		fail_msg("%u of %u cases failed", failed, (guint)G_N_ELEMENTS(fact_cases));
}

/* what a date covers, so that two can be ordered */
static void
test_intervals(void **state)
{
	GDate ref = ref_date("2014-10-24");
	static const struct {
		const gchar *text;
		const gchar *span;
		const gchar *from;
		const gchar *to;
	} cases[] = {
	    {"It is due next month.", "next month", "2014-11-01", "2014-11-30"},
	    {"It is due in the first half of 2015.", "the first half of 2015", "2015-01-01", "2015-06-30"},
	    {"It happened this week.", "this week", "2014-10-20", "2014-10-26"},
	    {"Profit rose in the third quarter.", "the third quarter", "2014-07-01", "2014-09-30"},
	    {"It is due next year.", "next year", "2015-01-01", "2015-12-31"},
	    {"Repairs are planned for the summer.", "the summer", "2014-06-01", "2014-08-31"},
	    {"They met on Monday.", "Monday", "2014-10-20", "2014-10-20"},
	    {"It grew in the 1990s.", "the 1990s", "1990-01-01", "1999-12-31"},
	    {"It was poorer in the 20th century.", "the 20th century", "1900-01-01", "1999-12-31"},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GPtrArray) facts = sw_facts_find(cases[i].text, strlen(cases[i].text), &ref);
		SwFact *f = find_fact(facts, "date", cases[i].span, FALSE);
		if (f == NULL)
			fail_msg("\"%s\": no date [%s]", cases[i].text, cases[i].span);
		assert_string_equal(f->from, cases[i].from);
		assert_string_equal(f->to, cases[i].to);
	}
}

/* a version speaks from its page's date, unless that lies after the day
 * after its fetch (a wrong or hostile page) */
static void
test_version_day(void **state)
{
	GDate d;
	/* 2014-10-24T12:00:00Z */
	gint64 t = 1414152000;

	(void)state;
	sw_facts_version_day("2014-03-10T17:40:00-05:00", t, &d);
	assert_int_equal(g_date_get_month(&d), 3);
	assert_int_equal(g_date_get_day(&d), 10);
	sw_facts_version_day("2014-10-25", t, &d);
	assert_int_equal(g_date_get_day(&d), 25);
	sw_facts_version_day("2099-01-01", t, &d);
	assert_int_equal(g_date_get_year(&d), 2014);
	sw_facts_version_day("not a date", t, &d);
	assert_int_equal(g_date_get_month(&d), 10);
	sw_facts_version_day(NULL, t, &d);
	assert_int_equal(g_date_get_year(&d), 2014);
}

/* dates read on another day than the table's Friday in October: a
 * holiday's week told in the past, said within it, is this year's, begun
 * (the table's Friday has none begun); in January, the fourth quarter
 * whose results are due is last year's, and one a plan looks ahead to is
 * this year's */
static void
test_other_days(void **state)
{
	static const struct {
		const gchar *ref, *text, *span, *value;
	} cases[] = {
	    {"2014-12-23", "Shoppers crowded the malls as Christmas week began.", "Christmas week", "2014-W52"},
	    {"2015-01-08", "Figures for the fourth quarter will be published next month.", "the fourth quarter", "2014-Q4"},
	    {"2015-01-08", "The company will report fourth-quarter earnings on Jan. 28.", "fourth-quarter", "2014-Q4"},
	    {"2015-01-08", "Results for the second half will be released in March.", "the second half", "2014-H2"},
	    {"2015-01-08", "The plant will open in the fourth quarter.", "the fourth quarter", "2015-Q4"},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		GDate ref = ref_date(cases[i].ref);
		g_autoptr(GPtrArray) facts = sw_facts_find(cases[i].text, strlen(cases[i].text), &ref);
		SwFact *f = find_fact(facts, "date", cases[i].span, FALSE);
		assert_non_null(f);
		assert_string_equal(f->value, cases[i].value);
	}
}

/* without a reference date, relative expressions keep their placeholders */
static void
test_no_reference(void **state)
{
	const gchar *text = "They met on Monday and will meet next month, on November 10.";
	g_autoptr(GPtrArray) facts = sw_facts_find(text, strlen(text), NULL);
	SwFact *f;

	(void)state;
	f = find_fact(facts, "date", "Monday", FALSE);
	assert_non_null(f);
	assert_string_equal(f->value, "XXXX-WXX-1");
	f = find_fact(facts, "date", "November 10", FALSE);
	assert_non_null(f);
	assert_string_equal(f->value, "XXXX-11-10");
}

/* ---- the scans' leads ---- */

/* each pattern's longest run of words before its cue, after words that
 * hold no cue, so that a lead one word short loses a fact */
static const gchar *const lead_phrases[] = {
    "this coming Friday, Oct. 24", "the week of March 6", "the week beginning Monday, the 3rd of November",
    "the week commencing Monday Nov. 3, 2014", "the autumn of last year", "10 through 12th of November",
    "Friday, the 24th of October", "early November 2014", "the full fiscal year",
    "the fiscal year ended March 31", "toward the end of the fiscal year", "the end of November",
    "every Friday and each March", "this past Friday", "at the end of fiscal year early 1998", "in fiscal year 2014-15",
    "in the early 1990s", "early this morning", "mid-afternoon yesterday",
    "by the end of the current fiscal year", "he left Monday, and earlier that same morning", "over the next a couple of months",
    "more than a couple of weeks or so from now", "more than a couple of and a half more years",
    "for the past years", "in the third quarter", "from the same period of the previous year",
    "in the July-September quarter", "in the 1988 second quarter", "in the 1989 third fiscal quarter",
    "in the latest first fiscal quarter", "in the first two quarters of 1990",
    "is the eighth straight day of the strike", "on a daily basis and three times a week",
    "a couple of times a week",
    "at 4 o'clock in the morning", "at 10:30 p.m. local time", "at 0735 GMT",
    "more than twenty one hundred million to 180 million New Zealand dollars",
    "more than twenty one hundred to 3000 per cent", "more than a dozen people", "prices rose by more than one fifth",
};

static gchar *
facts_line(const gchar *text, gboolean whole)
{
	GDate ref = ref_date("2014-10-24");
	g_autoptr(GPtrArray) facts = NULL;
	g_autoptr(GString) s = g_string_new(NULL);

	sw_facts_scan_whole_zones = whole;
	facts = sw_facts_find(text, strlen(text), &ref);
	sw_facts_scan_whole_zones = FALSE;
	for (guint i = 0; i < facts->len; i++) {
		SwFact *f = g_ptr_array_index(facts, i);
		g_string_append_printf(s, " %s[%zu,%zu]=%s", sw_fact_kind_to_string(f->kind), f->start, f->end,
				       f->value != NULL ? f->value : "");
	}
	return g_string_free(g_steal_pointer(&s), FALSE);
}

/* a scan that starts a few words before the first cue of a zone finds
 * what a scan of the whole zone finds */
static void
test_leads_lose_nothing(void **state)
{
	guint failed = 0;

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(lead_phrases) + G_N_ELEMENTS(fact_cases); i++) {
		g_autofree gchar *text =
		    i < G_N_ELEMENTS(lead_phrases)
			? g_strdup_printf("Witnesses who spoke with reporters insisted that %s.", lead_phrases[i])
			: g_strdup(fact_cases[i - G_N_ELEMENTS(lead_phrases)].text);
		g_autofree gchar *whole = facts_line(text, TRUE);
		g_autofree gchar *led = facts_line(text, FALSE);
		if (g_str_equal(whole, led))
			continue;
		print_error("\"%s\": whole zone:%s; with leads:%s\n", text, whole, led);
		failed++;
	}
	if (failed > 0)
		fail_msg("%u texts lost or gained facts", failed);
}

/* ---- the seed articles ---- */

typedef struct {
	const gchar *kind;
	const gchar *span; /* a quote's opening words */
	const gchar *value;
	const gchar *extra;
} SwSeedFact;

static const SwSeedFact seed_000[] = {
    {"time", "07:30 EDT", "2014-10-24T07:30", NULL},
    {"date", "OCTOBER 24 2014", "2014-10-24", NULL},
    {"date", "next month", "2014-11", NULL},
    {"date", "2013", "2013", NULL},
    {"date", "this November", "2014-11", NULL},
    {"money", "$600 million", "USD 600000000", NULL},
    {"number", "more than 15,000", "15000", "approx=1"},
    {"person", "Yang Jiechi", NULL, "role=State Councilor for Foreign Affairs"},
    {"person", "John Kerry", NULL, "role=Secretary of State"},
    {"person", "Vladimir Putin", NULL, "role=President"},
    {"person", "Putin", "Vladimir Putin", NULL},
    {"person", "Alisher Usmanov", NULL, NULL},
    {"person", "Roman Seleznev", NULL, NULL},
    {"person", "Mark Turner", NULL, NULL},
    {"person", "John Furrier", NULL, NULL},
    {"person", "Andy Jassy", NULL, NULL},
    {"person", "Michael Dell", NULL, NULL},
    {"person", "Pat Gelsinger", NULL, NULL},
    {"quote", "“joint cybersecurity operations”", NULL, NULL},
    {"quote", "“undermine sovereignty", NULL, NULL},
    {"quote", "“Due to mistaken U.S. practices", NULL, "speaker=Yang Jiechi"},
    {"quote", "“TheCUBE", NULL, "speaker=Andy Jassy"},
    {NULL},
};

static const SwSeedFact seed_001[] = {
    {"date", "November", "2014-11", NULL},
    {"date", "November 10", "2014-11-10", NULL},
    {"date", "2013", "2013", NULL},
    {"person", "Vladimir Putin", NULL, "role=President"},
    {"person", "Alisher Usmanov", NULL, NULL},
    {"person", "Edward Snowden", NULL, NULL},
    {"quote", "“joint cyber-security operations”", NULL, NULL},
    {"quote", "“close to the Kremlin”", NULL, NULL},
    {"quote", "“two-sided agreement on cooperation", NULL, NULL},
    {"quote", "“social stability and public order”", NULL, NULL},
    {"quote", "“incidents from escalating", NULL, NULL},
    {"quote", "“conduct joint cyber-security operations”", NULL, NULL},
    {"quote", "“Russia and China are already cooperating", NULL, "speaker=the report"},
    {"quote", "“dialogue partners”", NULL, NULL},
    {"quote", "“[Kommersant] called the future document", NULL, NULL},
    {"quote", "“The deputy head of the Russian Institute", NULL, NULL},
    {NULL},
};

static const SwSeedFact seed_002[] = {
    {"date", "next month", "2014-11", NULL},
    {"date", "November 10", "2014-11-10", NULL},
    {"date", "2013", "2013", NULL},
    {"date", "May", "2014-05", NULL},
    {"money", "2.5bn ruble", "RUB 2500000000", NULL},
    {"money", "$60m", "USD 60000000", NULL},
    {"number", "five", "5", "noun=soldier"},
    {"person", "Vladamir Putin", NULL, NULL},
    {"person", "Putin", "Vladamir Putin", NULL},
    {"person", "Xi Jinping", NULL, "role=president"},
    {"quote", "“close to the Kremlin”", NULL, NULL},
    {"quote", "“two-sided agreement”", NULL, NULL},
    {"quote", "“internal affairs”", NULL, NULL},
    {"quote", "“sovereign right”", NULL, NULL},
    {NULL},
};

static const SwSeedFact seed_003[] = {
    {"date", "next year", "2015", NULL},
    {"date", "this week", "2014-W46", NULL},
    {"date", "the first half of 2015", "2015-H1", NULL},
    {"date", "2013", "2013", NULL},
    {"duration", "recent weeks", NULL, NULL},
    {"number", "five", "5", "noun=member"},
    {"person", "Vladimir Putin", NULL, "role=President"},
    {"person", "Ian Wallace", NULL, NULL},
    {"person", "Wallace", "Ian Wallace", NULL},
    {"quote", "“didn’t seem strange to me,”", NULL, "speaker=Ian Wallace"},
    {"quote", "“It certainly seems plausible", NULL, "speaker=Ian Wallace"},
    {"quote", "“Both the Russians and the Chinese", NULL, "speaker=Ian Wallace"},
    {"quote", "“They’re focused on regime stability.”", NULL, "speaker=Ian Wallace"},
    {"quote", "“In the long term", NULL, "speaker=Ian Wallace"},
    {NULL},
};

static const SwSeedFact seed_004[] = {
    {"date", "MAY 20", "2014-05-20", NULL},
    {"date", "May 20, 2014", "2014-05-20", NULL},
    {"date", "next month", "2014-11", NULL},
    {"date", "last year", "2013", NULL},
    {"date", "2013", "2013", NULL},
    {"date", "May", "2014-05", NULL},
    {"date", "August", "2014-08", NULL},
    {"duration", "two day", "P2D", NULL},
    {"money", "$60 million", "USD 60000000", NULL},
    {"person", "Vladimir Putin", NULL, "role=President"},
    {"person", "Xi Jingping", NULL, "role=President"},
    {"person", "Xi Jinping", NULL, "role=leader"},
    {"person", "Sasha Mordovets", NULL, NULL},
    {"person", "Elena Chernenko", NULL, NULL},
    {"person", "Vladislav Novyii", NULL, NULL},
    {"person", "Ivan Safronov", NULL, NULL},
    {"person", "Igor Shchyogolev", NULL, "role=advisor"},
    {"person", "Barack Obama", NULL, NULL},
    {"person", "Valeria Yashchenko", NULL, NULL},
    {"person", "Yashchenko", "Valeria Yashchenko", NULL},
    {"person", "Yang Jiechi", NULL, NULL},
    {"quote", "\"non-aggression pact.\"", NULL, NULL},
    {"quote", "\"a bilateral agreement between Russia and China", NULL,
     "speaker=Valeria Yashchenko"},
    {"quote", "\"Not necessarily.", NULL, "speaker=Valeria Yashchenko"},
    {"quote", "\"for the use of interfering", NULL, NULL},
    {"quote", "\"sovereign right\"", NULL, NULL},
    {"quote", "\"its own national segment.\"", NULL, NULL},
    {"quote", "\"national segments.\"", NULL, NULL},
    {"quote", "\"The United State's incorrect position", NULL, "speaker=Yang Jiechi"},
    {NULL},
};

static const struct {
	const gchar *file;
	const gchar *ref; /* about when each was written (seeds/README.md) */
	const SwSeedFact *facts;
} seeds[] = {
    {"000_10be102d5d4422e8.txt", "2014-10-24", seed_000},
    {"001_f6b276616a063818.txt", "2014-10-27", seed_001},
    {"002_931199b91c26bc93.txt", "2014-10-27", seed_002},
    {"003_213e587e123d416e.txt", "2014-11-12", seed_003},
    {"004_c3a08c2fcaf44687.txt", "2014-10-20", seed_004},
};

static void
test_seeds_if_present(void **state)
{
	g_autofree gchar *dir = sw_test_shared_path("seeds");
	guint failed = 0;

	(void)state;
	if (dir == NULL) {
		print_message("../shared/seeds absent: skipped\n");
		skip();
	}
	for (guint s = 0; s < G_N_ELEMENTS(seeds); s++) {
		g_autofree gchar *path = g_build_filename(dir, seeds[s].file, NULL);
		g_autofree gchar *text = NULL;
		g_autoptr(GPtrArray) facts = NULL;
		GDate ref = ref_date(seeds[s].ref);
		gsize len = 0;

		assert_true(g_file_get_contents(path, &text, &len, NULL));
		facts = sw_facts_find(text, len, &ref);
		check_invariants(text, len, facts);
		for (const SwSeedFact *e = seeds[s].facts; e->kind != NULL; e++) {
			SwFact *f = find_fact(facts, e->kind, e->span, g_str_equal(e->kind, "quote"));
			const gchar *why = NULL;
			if (f == NULL)
				why = "not found";
			else if (e->value != NULL && g_strcmp0(f->value, e->value) != 0)
				why = "wrong value";
			else if (e->extra != NULL) {
				g_auto(GStrv) kv = g_strsplit(e->extra, "=", 2);
				if (g_strcmp0(fact_field(f, kv[0]), kv[1]) != 0)
					why = "wrong field";
			}
			if (why == NULL)
				continue;
			print_error("%s: %s [%s] %s: %s (got %s)\n", seeds[s].file, e->kind, e->span,
				    e->extra != NULL ? e->extra : "", why,
				    f != NULL ? (f->value != NULL ? f->value : "") : "-");
			failed++;
		}
	}
	if (failed > 0)
		fail_msg("%u seed facts missed", failed);
}

/* ---- hostile input ---- */

static void
run_hostile(const gchar *what, const gchar *data, gsize len)
{
	GDate ref = ref_date("2014-10-24");
	g_autofree gchar *text = sw_text_make_valid_in_place(data, len);
	g_autoptr(GPtrArray) facts = NULL;
	gint64 t0 = g_get_monotonic_time();

	assert_true(g_utf8_validate(text, (gssize)len, NULL));
	facts = sw_facts_find(text, len, &ref);
	check_invariants(text, len, facts);
	/* a bound far above the normal pace: a quadratic path would blow it */
	if (g_get_monotonic_time() - t0 > 20 * G_USEC_PER_SEC)
		fail_msg("%s: took %.1f s", what, (g_get_monotonic_time() - t0) / 1e6);
}

/* word sets: the lengths and first bytes they keep let go only of words
 * not in them (a long word, a capital in a folded set, a first byte past
 * ASCII) */
#define SW_TEST_LONG_WORD "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop"
static const gchar *const ws_exact[] = {"said", "Told", "a", SW_TEST_LONG_WORD};
static SwWordSet ws_exact_set = SW_WORD_SET(ws_exact);
static const gchar *const ws_folded[] = {"Said", "told", "\u00e9t\u00e9"};
static SwWordSet ws_folded_set = SW_WORD_SET_FOLD(ws_folded);
static SwWordSet ws_joined_set = SW_WORD_SET_JOINED("alpha|beta|\u00e9-word");

static void
test_word_sets(void **state)
{
	(void)state;
	assert_true(sw_word_set_has(&ws_exact_set, "said"));
	assert_true(sw_word_set_has(&ws_exact_set, "Told"));
	assert_true(sw_word_set_has(&ws_exact_set, "a"));
	assert_true(sw_word_set_has(&ws_exact_set, SW_TEST_LONG_WORD));
	assert_false(sw_word_set_has(&ws_exact_set, SW_TEST_LONG_WORD "q"));
	assert_false(sw_word_set_has(&ws_exact_set, "Said"));
	assert_false(sw_word_set_has(&ws_exact_set, "told"));
	assert_false(sw_word_set_has(&ws_exact_set, "sai"));
	assert_false(sw_word_set_has(&ws_exact_set, ""));
	assert_false(sw_word_set_has(&ws_exact_set, NULL));
	assert_true(sw_word_set_has(&ws_folded_set, "SAID"));
	assert_true(sw_word_set_has(&ws_folded_set, "said"));
	assert_true(sw_word_set_has(&ws_folded_set, "Told"));
	assert_true(sw_word_set_has(&ws_folded_set, "\u00e9t\u00e9"));
	assert_false(sw_word_set_has(&ws_folded_set, "tolds"));
	assert_true(sw_word_set_has(&ws_joined_set, "beta"));
	assert_true(sw_word_set_has(&ws_joined_set, "\u00e9-word"));
	assert_false(sw_word_set_has(&ws_joined_set, "Beta"));
	assert_false(sw_word_set_has(&ws_joined_set, "gamma"));
}

/* a pattern anchored on a byte is not run where another opens the text,
 * and white space is Unicode's too */
static SwFactsRe re_comma = SW_FACTS_RE("^,\\s+the\\b");
static SwFactsRe re_space = SW_FACTS_RE("^\\s+the\\b");
static SwFactsRe re_maybe_space = SW_FACTS_RE("^\\s*the\\b");

static void
test_anchored_patterns(void **state)
{
	(void)state;
	assert_true(sw_facts_re_matches(&re_comma, ", the"));
	assert_false(sw_facts_re_matches(&re_comma, " , the"));
	assert_false(sw_facts_re_matches(&re_comma, ""));
	assert_true(sw_facts_re_matches(&re_space, " the"));
	assert_true(sw_facts_re_matches(&re_space, "\tThe"));
	assert_true(sw_facts_re_matches(&re_space, "\u00a0the"));
	assert_true(sw_facts_re_matches(&re_space, "\u2009the"));
	assert_false(sw_facts_re_matches(&re_space, "the"));
	assert_true(sw_facts_re_matches(&re_maybe_space, "the"));
}

static void
test_hostile(void **state)
{
	GDate ref = ref_date("2014-10-24");
	g_autoptr(GString) s = g_string_new(NULL);

	(void)state;
	/* invalid UTF-8 and NULs, kept in place */
	{
		static const gchar bad[] = "On Monday \xff\xfe\xc3 paid \0$5 million\x80.";
		run_hostile("bad bytes", bad, sizeof(bad) - 1);
	}
	/* a megabyte without a space */
	for (guint i = 0; i < 1024 * 1024; i++)
		g_string_append_c(s, "x1$%“\"."[i % 7]);
	run_hostile("1 MB without a space", s->str, s->len);
	/* ten thousand digits: no value at all, rather than an absurd one */
	g_string_truncate(s, 0);
	g_string_append_c(s, '$');
	for (guint i = 0; i < 10000; i++)
		g_string_append_c(s, '9');
	g_string_append(s, " billion and 10000 soldiers and ");
	for (guint i = 0; i < 10000; i++)
		g_string_append_c(s, '1');
	g_string_append(s, " percent");
	run_hostile("10,000 digits", s->str, s->len);
	{
		g_autoptr(GPtrArray) facts = sw_facts_find(s->str, s->len, &ref);
		assert_non_null(find_fact(facts, "number", "10000", FALSE));
		assert_null(find_fact(facts, "money", "$9", TRUE));
		assert_null(find_fact(facts, "percent", "1", TRUE));
	}
	/* impossible dates */
	{
		static const gchar *const bad[] = {
		    "On February 30 they met.", "He ran the 99th mile.", "On 2014-02-30 it opened.",
		    "Dated 13/45/2014 here.",	"On 31 April 2014 it fell.", "At 25:99 p.m. it ended.",
		    "The 0th of May passed.",
		};
		for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
			g_autoptr(GPtrArray) facts = sw_facts_find(bad[i], strlen(bad[i]), &ref);
			for (guint k = 0; k < facts->len; k++) {
				SwFact *f = g_ptr_array_index(facts, k);
				GDate d;
				if (f->kind != SW_FACT_DATE && f->kind != SW_FACT_TIME)
					continue;
				/* a full date given must be a real one */
				if (strlen(f->value) >= 10 && g_ascii_isdigit(f->value[0]))
					g_date_set_parse(&d, f->value);
				if (strlen(f->value) >= 10 && g_ascii_isdigit(f->value[0]) &&
				    !g_date_valid(&d))
					fail_msg("\"%s\": absurd date %s", bad[i], f->value);
				if (g_str_equal(f->text, "February 30") || g_str_equal(f->text, "the 99th") ||
				    g_str_equal(f->text, "2014-02-30") || g_str_equal(f->text, "13/45/2014"))
					fail_msg("\"%s\": took [%s] for a date", bad[i], f->text);
			}
		}
	}
	/* a reference at the calendar's first days: nothing before it */
	{
		static const gchar text[] = "They met last Christmas, this past Easter, last spring, "
					    "in January 5 and the following year. On January 1 "
					    "it began. The day before, it rained.";
		GDate first = ref_date("0001-01-05");
		g_autoptr(GPtrArray) facts = sw_facts_find(text, sizeof(text) - 1, &first);
		check_invariants(text, sizeof(text) - 1, facts);
		for (guint k = 0; k < facts->len; k++) {
			SwFact *f = g_ptr_array_index(facts, k);
			if (f->kind == SW_FACT_DATE && g_str_has_prefix(f->value, "-"))
				fail_msg("[%s]: a year before the first, %s", f->text, f->value);
		}
	}
	/* many facts: the overlap test and the name look-ups stay linear */
	g_string_truncate(s, 0);
	while (s->len < 600 * 1024)
		g_string_append(s, "“We said that on Monday,” said Ian Wallace, who paid $3m to 5 "
				   "soldiers and 4% in May 2014. ");
	run_hostile("many facts", s->str, s->len);
	/* days told from the last one, with and without one named */
	g_string_truncate(s, 0);
	while (s->len < 600 * 1024)
		g_string_append(s, "On Monday it began. The next day it rained. That same day, the "
				   "day after, at 10 p.m. The following day. ");
	run_hostile("many told days", s->str, s->len);
	g_string_truncate(s, 0);
	while (s->len < 600 * 1024)
		g_string_append(s, "The next day. ");
	run_hostile("told days with none named", s->str, s->len);
}

/* the local date follows TZ when it changes within a process, though
 * the zone is read only once for each value of TZ */
static void
test_date_follows_tz(void **state)
{
	g_autofree gchar *saved = g_strdup(g_getenv("TZ"));
	GDate d;
	(void)state;

	for (guint round = 0; round < 2; round++) {
		g_setenv("TZ", "UTC0", TRUE);
		sw_facts_date_of_time(0, &d);
		assert_int_equal(g_date_get_year(&d), 1970);
		assert_int_equal(g_date_get_day(&d), 1);
		/* five hours behind: still the last day of 1969 */
		g_setenv("TZ", "XST5", TRUE);
		sw_facts_date_of_time(0, &d);
		assert_int_equal(g_date_get_year(&d), 1969);
		assert_int_equal(g_date_get_day(&d), 31);
	}
	if (saved != NULL)
		g_setenv("TZ", saved, TRUE);
	else
		g_unsetenv("TZ");
}

/* a dateline gives the day a text speaks from, its latest day written in
 * full; a sentence with a date in it, or a date without its year, is no
 * dateline */
static void
test_dateline(void **state)
{
	static const struct {
		const gchar *line;
		const gchar *day; /* NULL: no dateline */
	} cases[] = {
	    {"Published 3 March 2025, updated 4 March 2025", "2025-03-04"},
	    {"UPDATED 07:30 EDT / OCTOBER 24 2014", "2014-10-24"},
	    {"Last updated: 10:30 AM \u00b7 Jun 5, 2020", "2020-06-05"},
	    {"By Tom Reed | 3 March 2025", "2025-03-03"},
	    {"2025-03-04T10:00:00Z", "2025-03-04"},
	    {"Monday 3 March 2025 at 14:00 GMT", "2025-03-03"},
	    {"Deal agreed on 3 March 2025", NULL},
	    {"Deal agreed by Tom Reed on 3 March 2025", NULL},
	    {"Updated March 4", NULL},
	    {"Posted on 4 Mar 2025 (1 min read)", NULL},
	    {"", NULL},
	};
	(void)state;

	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		GDate d;
		gchar iso[16] = "";
		gboolean found = sw_facts_dateline_day(cases[i].line, &d);
		if (found)
			g_date_strftime(iso, sizeof iso, "%Y-%m-%d", &d);
		if (found != (cases[i].day != NULL) || (found && !g_str_equal(iso, cases[i].day)))
			fail_msg("dateline \"%s\": expected %s, got %s", cases[i].line,
				 cases[i].day != NULL ? cases[i].day : "none", found ? iso : "none");
	}
}

/* no finder may log a warning or a critical (GLib's checks of a date out
 * of range say so only in the log) */
static int
no_warnings(void **state)
{
	guint n = sw_test_warnings();

	(void)state;
	sw_test_reset_warnings();
	assert_int_equal(n, 0);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_teardown(test_table, no_warnings),
	    cmocka_unit_test_teardown(test_bodies_everywhere, no_warnings),
	    cmocka_unit_test_teardown(test_seat_adjective, no_warnings),
	    cmocka_unit_test_teardown(test_leads_lose_nothing, no_warnings),
	    cmocka_unit_test_teardown(test_intervals, no_warnings),
	    cmocka_unit_test_teardown(test_version_day, no_warnings),
	    cmocka_unit_test_teardown(test_no_reference, no_warnings),
	    cmocka_unit_test_teardown(test_other_days, no_warnings),
	    cmocka_unit_test_teardown(test_seeds_if_present, no_warnings),
	    cmocka_unit_test_teardown(test_word_sets, no_warnings),
	    cmocka_unit_test_teardown(test_anchored_patterns, no_warnings),
	    cmocka_unit_test_teardown(test_hostile, no_warnings),
	    cmocka_unit_test_teardown(test_date_follows_tz, no_warnings),
	    cmocka_unit_test_teardown(test_dateline, no_warnings),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
