/* SPDX-License-Identifier: MIT
 * The sentence diff: alignment, pairing, moves, significance, summary,
 * word marks. */
#include "testlib.h"

#include "sw/diff.h"
#include "sw/status.h"
#include "../../src/status-private.h"
#include "sw/extract.h"
#include "sw/story.h"

#define STORY(title, body) title "\n\n" body

static const SwChange *find_change(const SwDiff *d, const gchar *kind, const gchar *old, const gchar *new);

static void
test_identical_and_first(void **state)
{
	const gchar *t = STORY("Head", "One.\nTwo.\n");
	g_autoptr(SwDiff) d = sw_diff_stories(t, t);
	g_autoptr(SwDiff) f = sw_diff_stories(NULL, t);

	(void)state;
	assert_int_equal(d->significance, SW_SIGNIFICANCE_NONE);
	assert_int_equal(d->changes->len, 0);
	assert_int_equal(d->sentences_unchanged, 2);
	assert_int_equal(f->sentences_added, 2);
	assert_string_equal(f->summary, "first snapshot, 2 sentences");
}

static void
test_cosmetic(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("The Head", "He said “no.”\nIt rained, too.\nB.\n"),
					      STORY("the head", "He said \"no.\"\nIt rained too.\nB.\n"));
	(void)state;
	assert_int_equal(d->significance, SW_SIGNIFICANCE_COSMETIC);
	assert_int_equal(d->sentences_changed, 2);
	assert_int_equal(d->changes->len, 0);
	assert_string_equal(d->summary, "cosmetic edits only");
}

static void
test_reworded_and_numbers(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Head", "The deal is worth $60 million, officials said.\nOther text stays.\n"),
	    STORY("Head", "The deal is worth $600 million, officials said.\nOther text stays.\n"));
	SwChange *c;

	(void)state;
	/* the lede's amount is the story's key number */
	assert_int_equal(d->significance, SW_SIGNIFICANCE_MAJOR);
	assert_int_equal(d->sentences_changed, 1);
	assert_int_equal(d->sentences_added, 0);
	assert_int_equal(d->sentences_removed, 0);
	assert_int_equal(d->changes->len, 2);
	/* the fact first, then the sentence it is in */
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->kind, "amount");
	assert_string_equal(c->old, "$60 million");
	assert_string_equal(c->new, "$600 million");
	assert_string_equal(c->old_value, "USD 60000000");
	assert_string_equal(c->new_value, "USD 600000000");
	assert_string_equal(c->note, "ten times as much");
	c = g_ptr_array_index(d->changes, 1);
	assert_string_equal(c->kind, "sentence");
	assert_string_equal(c->old, "$60");
	assert_string_equal(c->new, "$600");
	assert_string_equal(d->summary, "amount $60 million → $600 million; 1 sentence changed");
}

/* a range of lengths that moves its upper end is a change, shown whole */
static void
test_duration_range(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Repairs", "Repairs will take two to three weeks.\nRest.\n"),
					      STORY("Repairs", "Repairs will take two to four weeks.\nRest.\n"));
	SwChange *c;

	(void)state;
	assert_true(d->changes->len >= 1);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->kind, "duration");
	assert_string_equal(c->old, "two to three weeks");
	assert_string_equal(c->new, "two to four weeks");
	assert_string_equal(c->old_value, "P2W-P3W");
	assert_string_equal(c->new_value, "P2W-P4W");
	/* how much longer, from the end that moved */
	assert_string_equal(c->note, "about one week longer");
}

/* how much a length moved, in the largest unit it is whole in */
static void
test_duration_notes(void **state)
{
	static const struct {
		const gchar *old, *new, *note;
	} cases[] = {
	    {"48 hours", "72 hours", "about one day longer"},
	    {"90 minutes", "two hours", "about 30 minutes longer"},
	    /* years and months compare exactly, in months */
	    {"six months", "a year", "six months longer"},
	    {"three years", "two years", "one year shorter"},
	    {"four years", "30 months", "18 months shorter"},
	    {"3 hours", "30 hours", "about 27 hours longer"},
	    {"38 minutes", "39 minutes", "about one minute longer"},
	    {"40 seconds", "90 seconds", "about 50 seconds longer"},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree gchar *a = g_strdup_printf(STORY("Talks", "Talks will last %s, officials said.\nRest.\n"),
						      cases[i].old);
		g_autofree gchar *b = g_strdup_printf(STORY("Talks", "Talks will last %s, officials said.\nRest.\n"),
						      cases[i].new);
		g_autoptr(SwDiff) d = sw_diff_stories(a, b);
		SwChange *c;
		assert_true(d->changes->len >= 1);
		c = g_ptr_array_index(d->changes, 0);
		assert_string_equal(c->kind, "duration");
		assert_string_equal(c->note, cases[i].note);
	}
}

/* how much a figure moved, as written: no exponent, a ratio past a
 * hundred whole */
static void
test_number_notes(void **state)
{
	static const struct {
		const gchar *old, *new, *note;
	} cases[] = {
	    {STORY("Head", "The firm employs 1,200,000 people.\n"), STORY("Head", "The firm employs 2,345,678 people.\n"),
	     "people; +1,145,678"},
	    {STORY("Head", "The fund lost $2 million.\n"), STORY("Head", "The fund lost $3 billion.\n"), "1500 times as much"},
	    /* a clock time moves by hours, a length of 30 days is a month */
	    {STORY("Head", "Polls closed at 6pm on 24 October 2014.\n"), STORY("Head", "Polls closed at 8pm on 24 October 2014.\n"),
	     "about two hours later"},
	    {STORY("Head", "The emergency was declared for 60 days.\n"), STORY("Head", "The emergency was declared for 90 days.\n"),
	     "about one month longer"},
	    /* a magnitude measures, it counts no quakes */
	    {STORY("Head", "A magnitude 6.8 earthquake struck the coast.\n"),
	     STORY("Head", "A magnitude 7.1 earthquake struck the coast.\n"), "magnitude; +0.3"},
	    /* a toll told far from its figure, past a decimal point */
	    {STORY("Head", "At least 37 people were killed when the quake struck.\n"),
	     STORY("Head", "The death toll from the magnitude 7.1 quake that struck on Sunday has risen to 112.\n"),
	     "dead; three times as many"},
	    {STORY("Head", "More than 200 injured were counted.\n"), STORY("Head", "More than 450 injured were counted.\n"),
	     "injured; 2.25 times as many"},
	    /* "a second person has died": the toll went from one to two */
	    {STORY("Head", "One person was killed in the crash.\n"), STORY("Head", "A second person has died after the crash.\n"),
	     "dead; +1"},
	    /* a date's part moved: "early" to "late" of one year */
	    {STORY("Head", "The launch is expected in early 2027.\n"), STORY("Head", "The launch is expected in late 2027.\n"),
	     "expected date; about eight months later"},
	    /* none dead, then one */
	    {STORY("Head", "No deaths have been reported.\n"), STORY("Head", "A child has died of measles.\n"), "dead; +1"},
	    /* a move told by the word after its figure ("closed 3% lower") */
	    {STORY("Head", "Shares in the company rose 5% in early trading.\n"),
	     STORY("Head", "Shares in the company closed 3% lower.\n"), "now down"},
	    /* an economy that grew, then shrank */
	    {STORY("Head", "The economy grew by 0.2% in the third quarter.\n"),
	     STORY("Head", "The economy shrank by 0.1% in the third quarter.\n"), "now down"},
	    {STORY("Head", "The economy contracted 0.3% in the quarter.\n"),
	     STORY("Head", "The economy expanded 0.3% in the quarter.\n"), "now up"},
	    /* a day before the span expected is as far from its first day */
	    {STORY("Head", "The bridge will reopen to traffic next month.\n"),
	     STORY("Head", "The bridge reopened to traffic on Tuesday.\n"), "about eleven days earlier"},
	    /* a date told more closely, within the one before */
	    {STORY("Head", "The manager was named this week.\n"), STORY("Head", "The manager was named on 25 October.\n"), "within it"},
	    /* a count told by its order */
	    {STORY("Head", "Tens of thousands of people marched in the capital.\n"),
	     STORY("Head", "Hundreds of thousands of people marched in the capital.\n"), "people; ten times as many"},
	    /* the shot dead are the dead */
	    {STORY("Head", "A gunman shot dead three people at a shopping centre.\n"),
	     STORY("Head", "A gunman shot dead four people at a shopping centre.\n"), "dead; +1"},
	    /* a move told by its verb's plain form turned ("to fall by 5%" →
	     * "to rise by 3%") */
	    {STORY("Head", "Ryanair expects average fares to fall by about 5% this summer, its chief executive said.\n"),
	     STORY("Head", "Ryanair now expects average fares to rise by about 3% this summer, its chief executive said.\n"),
	     "now up"},
	    /* a count doubled, a count cut */
	    {STORY("Head", "At least 12 people were killed.\n"), STORY("Head", "At least 24 people were killed.\n"), "dead; twice as many"},
	    {STORY("Head", "The firm employs 9,000 workers.\n"), STORY("Head", "The firm employs 3,000 workers.\n"), "worker; a third as many"},
	    /* down by a ratio not whole, the share lost; a measure is of much */
	    {STORY("Head", "A crowd of 71,000 watched.\n"), STORY("Head", "A crowd of 29,000 watched.\n"), "crowd; -59%"},
	    {STORY("Head", "The fire has burned 12,000 acres.\n"), STORY("Head", "The fire has burned 25,000 acres.\n"), "acre; 2.08 times as much"},
	    /* a place in a table: a higher number is a lower place */
	    {STORY("Head", "United are 14th in the Premier League.\n"), STORY("Head", "United are 15th in the Premier League.\n"),
	     "place; down 1"},
	    {STORY("Head", "Rovers are top of the table.\n"), STORY("Head", "Rovers slipped to third in the table.\n"), "place; down 2"},
	    /* a magnitude in words and a figure: which way, no ratio */
	    {STORY("Head", "Hundreds of people were evacuated.\n"), STORY("Head", "About 2,000 people were evacuated.\n"), "people; more"},
	    {STORY("Head", "About 2,000 people were evacuated.\n"), STORY("Head", "Hundreds of people were evacuated.\n"), "people; fewer"},
	    /* a leap year is a year, a month of 31 days a month */
	    {STORY("Head", "The cars were built in 2023.\n"), STORY("Head", "The cars were built in 2024.\n"), "about one year later"},
	    {STORY("Head", "The law takes effect on 1 July 2027.\n"), STORY("Head", "The law takes effect on 1 August 2027.\n"),
	     "expected date; about one month later"},
	    /* a small move keeps a decimal */
	    {STORY("Head", "The pound was at $1.35.\n"), STORY("Head", "The pound was at $1.345.\n"), "-0.4%"},
	    /* a grade raised */
	    {STORY("Head", "Lena became a Category 3 storm.\n"), STORY("Head", "Lena became a Category 4 storm.\n"), "category; +1"},
	    /* where they were, between the noun and what befell them */
	    {STORY("Head", "Four people on board were killed.\n"), STORY("Head", "All ten people on board were killed.\n"),
	     "dead; +6"},
	    {STORY("Head", "Two people in the car were hurt.\n"), STORY("Head", "Three people in the car were hurt.\n"),
	     "injured; +1"},
	    /* injuries suffered count the hurt */
	    {STORY("Head", "Two firefighters suffered minor injuries.\n"), STORY("Head", "Five firefighters suffered minor injuries.\n"),
	     "injured; +3"},
	    {STORY("Head", "Two guards were treated for injuries.\n"), STORY("Head", "Three guards were treated for injuries.\n"),
	     "injured; +1"},
	    /* one point is one */
	    {STORY("Head", "Reform UK is on 15% in the poll.\n"), STORY("Head", "Reform UK is on 14% in the poll.\n"), "-1 point"},
	    /* an age told by its decade, then closely */
	    {STORY("Head", "A man in his 40s was arrested.\n"), STORY("Head", "A 47-year-old man was arrested.\n"),
	     "age; within it"},
	    {STORY("Head", "Police said the man was in his 40s.\n"), STORY("Head", "Police said the man was in his 50s.\n"),
	     "age; +10"},
	    /* treated in hospital for injuries are the hurt, however the
	     * sentence puts it */
	    {STORY("Head", "Two passengers were injured.\n"),
	     STORY("Head", "Rest.\nThree passengers were treated in hospital for minor injuries.\n"), "injured; +1"},
	    {STORY("Head", "No injuries have been reported.\nRest.\n"),
	     STORY("Head", "Rest.\nTwo children were treated for minor burns.\n"), "injured; +2"},
	    /* the drowned are the dead */
	    {STORY("Head", "At least 10 people have drowned in rivers.\n"),
	     STORY("Head", "At least 13 people have drowned in rivers.\n"), "dead; +3"},
	    /* bodies found are the dead */
	    {STORY("Head", "Two bodies were recovered on Sunday.\n"), STORY("Head", "Three bodies were recovered on Sunday.\n"),
	     "dead; +1"},
	    {STORY("Head", "Three people were killed in the blast.\n"),
	     STORY("Head", "Rescuers pulled five bodies from the rubble after the blast.\n"), "dead; +2"},
	    {STORY("Head", "The bodies of two climbers were found on Monday.\n"),
	     STORY("Head", "The bodies of all five climbers were found on Monday.\n"), "dead; +3"},
	    {STORY("Head", "The governing bodies of 12 nations met.\n"),
	     STORY("Head", "The governing bodies of 14 nations met.\n"), "nation; +2"},
	    {STORY("Head", "Three governing bodies approved the rules.\n"),
	     STORY("Head", "Four governing bodies approved the rules.\n"), "body; +1"},
	};

	GDate a, b;
	SwDiffOptions opts = {&a, &b};

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_dmy(&a, 24, 10, 2014);
	g_date_set_dmy(&b, 27, 10, 2014);
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(SwDiff) d = sw_diff_stories_full(cases[i].old, cases[i].new, &opts);
		gboolean found = FALSE;
		assert_true(d->changes->len >= 1);
		for (guint k = 0; k < d->changes->len && !found; k++)
			found = g_strcmp0(((const SwChange *)g_ptr_array_index(d->changes, k))->note, cases[i].note) == 0;
		if (!found)
			fail_msg("case %u: no change noted \"%s\" in: %s", i, cases[i].note, d->summary);
	}
	/* "There are 12 cases": what is, with no holder to name */
	{
		g_autoptr(SwDiff) d = sw_diff_stories_full(STORY("Head", "There are 12 cases.\n"),
							   STORY("Head", "There are 15 cases.\n"), &opts);
		assert_non_null(strstr(d->summary, "case 12 → 15"));
	}
}

/* a quote "she" attributes is the person the sentences before name */
static void
test_pronoun_speaker(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Rift", "The chancellor, Rachel Reeves, denied reports of a rift.\n\"There is no rift,\" she told the BBC.\nThe budget is due soon.\n"),
	    STORY("Rift", "The chancellor, Rachel Reeves, denied reports of a rift.\nThe budget is due soon.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "quote by Rachel Reeves withdrawn"));
}

/* a new person's age is no news of its own; a corrected one is */
static void
test_ages(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Fire", "The fire was put out.\n"),
					      STORY("Fire", "The fire was put out.\nResident Mark Hughes, 54, was hurt.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Fire", "Resident Mark Hughes, 54, was hurt.\n"),
					      STORY("Fire", "Resident Mark Hughes, 45, was hurt.\n"));
	/* an age is its person's: a named victim's age corrected across
	 * sentences, and no new value of a suspect's; a victim found at the
	 * scene is no one found */
	g_autoptr(SwDiff) f = sw_diff_stories(
	    STORY("Stabbing", "Police named the man as Daniel Okoro, 27.\nOfficers found Mr Okoro with serious injuries.\nRest.\n"),
	    STORY("Stabbing", "A 19-year-old man has been charged with murder.\nMr Okoro, 28, was found with serious injuries.\nRest.\n"));
	(void)state;
	assert_null(strstr(d->summary, "age"));
	assert_non_null(strstr(e->summary, "age 54 → 45"));
	assert_non_null(strstr(f->summary, "Okoro's age 27 → 28"));
	assert_null(strstr(f->summary, "→ 19"));
	assert_null(find_change(f, "status", NULL, "was found"));
	/* the charge is news, though no one was said missing */
	assert_non_null(find_change(f, "status", NULL, "has been charged with"));
	g_clear_pointer(&f, sw_diff_free);
	f = sw_diff_stories(STORY("Stabbing", "Rest.\nDaniel Okoro, 27, died at the scene.\n"),
			    STORY("Stabbing", "Rest.\nPolice said a 19-year-old man from Easton has been charged with murder.\n"));
	assert_null(strstr(f->summary, "→ 19"));
}

/* a speaker's quotes cut together are told once, with how many */
static void
test_quotes_tallied(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Talks", "The talks ended.\n\"It is over,\" said Ana Ruiz, the envoy.\n\"We tried,\" Ruiz said.\n"),
	    STORY("Talks", "The talks ended.\n"));
	guint told = 0;
	(void)state;
	for (guint k = 0; k < d->changes->len; k++)
		told += ((const SwChange *)g_ptr_array_index(d->changes, k))->phrase != NULL;
	assert_non_null(strstr(d->summary, "2 quotes by Ana Ruiz withdrawn"));
	assert_int_equal(told, 1);
}

/* a new source named before the quote is told once, as the source */
static void
test_source_told_once(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Trial", "The trial went on.\n"),
	    STORY("Trial", "The trial went on.\nJudge Sarah Olu told him he had \"betrayed the trust of voters\".\n"));
	guint sources = 0;
	(void)state;
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (g_str_equal(c->kind, "person"))
			fail_msg("the source named again: %s", c->phrase);
		sources += c->note != NULL && g_str_equal(c->note, "new source quoted: Sarah Olu");
	}
	assert_int_equal(sources, 1);
}

/* a count of the dead is no new value of a figure that counts nothing
 * named, and the first dead told lead the counts */
static void
test_casualties_first(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Fire forces 3,000 to flee", "The fire has burned 12,000 acres near the town.\n"),
	    STORY("Fire doubles in size, one firefighter killed", "The fire has burned 25,000 acres near the town.\n"));
	(void)state;
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (c->old != NULL && c->new != NULL && g_str_equal(c->old, "3,000"))
			fail_msg("paired: %s", c->phrase);
	}
	assert_non_null(strstr(d->summary, "new death toll one; acre 12,000 → 25,000"));
}

/* a sentence is read with its story's cues: "310p" is pence where the
 * story writes pounds in another sentence; and a figure given as what
 * the value was ("up from 310p") makes the one before it the new value */
static void
test_story_cues(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Calder bids £4bn", "Calder will pay 310p a share in cash.\n"),
					      STORY("Calder bids £4bn", "Calder will pay 340p a share in cash.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Calder bids £4bn", "Calder will pay 310p a share in cash.\n"),
	    STORY("Calder bids £4bn", "Calder will now pay 340p a share in cash, up from 310p.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "amount 310p → 340p"));
	assert_non_null(strstr(e->summary, "amount 310p → 340p"));
}

/* a share is paired with the same party's, and says whose it is */
static void
test_shares_by_owner(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Poll", "Labour is on 34%, ahead of Reform on 29% and the Conservatives on 18%.\n"),
	    STORY("Poll", "Reform is on 31%, ahead of Labour on 30% and the Conservatives on 17%.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "Labour 34% → 30%"));
	assert_non_null(strstr(d->summary, "Reform 29% → 31%"));
}

/* a measure named in lower case owns its percentage: inflation is no
 * new value of a rate cut, in the sentence or across the story */
static void
test_shares_by_measure(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Rates", "The bank is expected to keep rates at 4.5% on Thursday, after inflation rose to 3.4% in May.\n"),
	    STORY("Rates", "The bank kept rates at 4.5% on Thursday, but three policymakers voted for a cut to 4.25%.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Rates", "Figures showed inflation rose to 3.4% in May.\n"),
					      STORY("Rates", "Figures showed inflation rose to 3.6% in June.\n"));
	g_autoptr(SwDiff) f = sw_diff_stories(STORY("Cuts", "Veltro's shares rose 3.2% in Frankfurt.\n"),
					      STORY("Cuts", "Veltro's shares rose 5.1% in Frankfurt on Thursday.\n"));
	(void)state;
	assert_null(strstr(d->summary, "3.4% → 4.25%"));
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (g_strcmp0(c->old, "3.4%") == 0 && c->new != NULL)
			fail_msg("paired: %s", c->phrase);
	}
	assert_non_null(strstr(e->summary, "inflation 3.4% → 3.6%"));
	assert_non_null(strstr(f->summary, "Veltro's shares 3.2% → 5.1%"));
	/* a measure's aside ("inflation, at 3.8%"), or four words back */
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Rates", "The governor said inflation, at 3.8% in October, was too high.\nRest.\n"),
			    STORY("Rates", "The governor said inflation had fallen to 2.9% in November.\nRest.\n"));
	assert_non_null(strstr(e->summary, "inflation 3.8% → 2.9%"));
}

/* a value a rewritten sentence of the other version gives in other words
 * stayed: "for 48 hours" and "a 48-hour strike", "Vladimir Putin" and
 * "President Vladimir Putin’s visit" */
static void
test_value_restated(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Strike", "Crew will walk out for 48 hours from 20 July 2026, the union said.\nVladimir Putin will visit in May.\nRest.\n"),
	    STORY("Strike", "A 48-hour strike by crew was called off, the union said.\nThe deal waits for President Vladimir Putin’s visit.\nRest.\n"));
	(void)state;
	assert_null(strstr(d->summary, "48"));
	assert_null(strstr(d->summary, "Putin"));
	assert_non_null(strstr(d->summary, "20 July 2026 removed"));
}

/* a place is no new value of a body: "London's High Court" gave way to
 * the Court of Appeal, not London, the High Court still named */
static void
test_place_not_body(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Camp", "London's High Court upheld a ban on the camp, officials said.\nRest.\n"),
	    STORY("Camp", "The Court of Appeal overturned a ban on the camp, reversing the High Court.\nRest.\n"));
	(void)state;
	assert_null(strstr(d->summary, "London"));
	assert_non_null(strstr(d->summary, "status"));
}

/* a figure on top of the one before is no new value of it ("fell 43%" →
 * "fell a further 12%"), "$1.2 billion" does not mention "12%", and a
 * move that turned says so */
static void
test_figure_on_top(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Shares", "The firm listed debts of $1.2 billion.\nShares in Hallam fell 43% to $1.85 on Monday.\nRest.\n"),
	    STORY("Shares", "The firm listed debts of $1.2 billion.\nShares in Hallam fell a further 12% to $1.63 on Monday.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Jobs", "The bank will cut 500 jobs in London.\nRest.\n"),
	    STORY("Jobs", "The bank said another 300 jobs would go in Leeds.\nRest.\n"));
	g_autoptr(SwDiff) f = sw_diff_stories(STORY("Shares", "Shares in Hallam rose 6% in early trading.\nRest.\n"),
					      STORY("Shares", "Shares in Hallam fell by 18% in early trading.\nRest.\n"));
	g_autoptr(SwDiff) g = sw_diff_stories(STORY("Jobs", "Unemployment rose to 4.1% in May.\nRest.\n"),
					      STORY("Jobs", "Unemployment fell to 3.8% in May.\nRest.\n"));
	const SwChange *c;
	(void)state;
	/* a move that turned says which way each went; a level does not */
	c = find_change(f, "percent", "6%", "18%");
	assert_non_null(c);
	assert_non_null(strstr(c->phrase, "up 6% → down 18%"));
	assert_string_equal(c->note, "now down");
	c = find_change(g, "percent", "4.1%", "3.8%");
	assert_non_null(c);
	assert_null(strstr(c->phrase, "up "));
	assert_null(strstr(d->summary, "43% →"));
	assert_non_null(strstr(d->summary, "$1.85 → $1.63"));
	assert_non_null(find_change(d, "percent", NULL, "12%"));
	assert_null(strstr(e->summary, "500 →"));
}

/* a race's shares by holder: six words back ("won the mayoral race
 * with"), past a clause about the holder (", who had"), a holder named
 * more fully later ("Independent Kevin Doyle"), across sentences before
 * a figure no one holds; a day holds nothing */
static void
test_shares_in_a_race(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Race", "Mayor Tom Jensen was leading with 48.2% of the vote with 35% of precincts reporting.\n"
			  "Challenger Maria Ruiz had 41.5%, and independent Kevin Doyle 10.3%.\nRest.\n"),
	    STORY("Race", "Challenger Maria Ruiz won the mayoral race with 50.4% of the vote, defeating Tom Jensen, who had 44.1%.\n"
			  "Independent Kevin Doyle finished third with 5.5%.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Strike", "Drivers will walk out on 15 April after rejecting a 3% pay offer.\nRest.\n"),
	    STORY("Strike", "Drivers called off strikes after the Rail Delivery Group improved its pay offer to 4.5%.\nRest.\n"));
	g_autoptr(SwDiff) h = sw_diff_stories(
	    STORY("Fire", "The fire has burned 12,000 acres north of Redding and was 15% contained.\nRest.\n"),
	    STORY("Fire", "The fire has burned 31,000 acres north of Redding and was 40% contained.\nRest.\n"));
	(void)state;
	/* a name before "and" holds nothing after it */
	assert_non_null(find_change(h, "percent", "15%", "40%"));
	assert_null(strstr(h->summary, "Redding"));
	/* what it measures, named after it */
	assert_non_null(strstr(h->summary, "contained 15% → 40%"));
	assert_non_null(strstr(d->summary, "Maria Ruiz 41.5% → 50.4%"));
	assert_non_null(strstr(d->summary, "Tom Jensen 48.2% → 44.1%"));
	assert_null(strstr(d->summary, "Challenger Maria"));
	assert_non_null(find_change(d, "percent", "10.3%", "5.5%"));
	assert_non_null(find_change(e, "percent", "3%", "4.5%"));
	/* a figure needed is no old value of one reached */
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Vote", "The government needs the backing of at least 101 MPs to survive.\nRest.\n"),
			    STORY("Vote", "The government lost after 108 MPs voted against it.\nRest.\n"));
	assert_null(strstr(e->summary, "101 →"));
}

/* a headline's threshold ("cases pass 60") is told by the body's figure,
 * and what a gone figure was ("up from 29") goes with it */
static void
test_headline_threshold(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Measles cases rise to 42", "Officials have confirmed 42 cases of measles.\nThe total was up from 29 a week before.\nRest.\n"),
	    STORY("Measles: cases pass 60", "Officials said 63 cases of measles have now been confirmed.\nRest.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "42 → 63"));
	assert_null(find_change(d, "number", NULL, "60"));
	assert_null(find_change(d, "number", "29", NULL));
}

/* a sentence's level on one of the scales a status moves along, and its
 * word (NULL: not checked) */
typedef struct {
	SwStatusLevelFunc level;
	const gchar *sentence;
	gint expected;
	const gchar *word;
} ScaleCase;

static void
test_scale_levels(void **state)
{
	static const ScaleCase cases[] = {
	    /* custody or bail, insolvent or rescued, a bill through, a stance:
	     * a sentence telling both is neither */
	    {sw_status_stance_level, "Members voted to strike.", 2, "in favour"},
	    {sw_status_stance_level, "Lawmakers voted unanimously to reject it.", 1, "against"},
	    {sw_status_stance_level, "They lacked the votes to strike it down.", 0, NULL},
	    {sw_status_defence_level, "The levee was breached overnight.", 1, "breached"},
	    {sw_status_defence_level, "The dam burst on Tuesday.", 1, "breached"},
	    {sw_status_defence_level, "The flood barrier is holding, officials said.", 2, "holding"},
	    {sw_status_defence_level, "The dam held a record volume of water.", 0, NULL},
	    {sw_status_discipline_level, "The CEO was ousted by the board.", 1, "ousted"},
	    {sw_status_trend_level, "Cases are rising.", 3, "rising"},
	    {sw_status_trend_level, "Hospital admissions have peaked.", 2, "peaked"},
	    {sw_status_trend_level, "Prices have stabilised.", 2, "steady"},
	    {sw_status_trend_level, "Infections are now levelling off.", 2, "steady"},
	    {sw_status_trend_level, "Cases peaked in March.", 0, NULL},
	    {sw_status_trend_level, "Cases have peaked, but deaths are still rising.", 0, NULL},
	    {sw_status_trend_level, "The river is now falling, officials said.", 1, "falling"},
	    {sw_status_trend_level, "Infections continue to fall.", 1, "falling"},
	    {sw_status_trend_level, "The company is growing fast.", 0, NULL},
	    {sw_status_trend_level, "Cases are rising, while deaths are falling.", 0, NULL},
	    {sw_status_discipline_level, "The teacher was suspended on full pay.", 2, "suspended"},
	    {sw_status_discipline_level, "The officer was suspended from duty.", 2, "suspended"},
	    {sw_status_discipline_level, "The match was suspended for rain.", 0, NULL},
	    {sw_status_found_level, "The missing boy was found dead on Monday.", 1, "found dead"},
	    {sw_status_found_level, "Police found the climber dead.", 1, "found dead"},
	    {sw_status_found_level, "The body of the missing woman was found.", 1, "found dead"},
	    {sw_status_found_level, "She has been found safe and well.", 2, "found alive"},
	    {sw_status_found_level, "Rescuers found them alive.", 2, "found alive"},
	    {sw_status_found_level, "He was not found dead, police said.", 0, NULL},
	    {sw_status_found_level, "The report found the drug safe.", 0, NULL},
	    {sw_status_found_level, "One man was found dead and another was found alive.", 0, NULL},
	    {sw_status_custody_level, "He was remanded in custody until Friday.", 1, NULL},
	    {sw_status_custody_level, "She remains in police custody.", 1, NULL},
	    {sw_status_custody_level, "He was refused bail.", 1, NULL},
	    {sw_status_custody_level, "The man was released on bail.", 2, NULL},
	    {sw_status_custody_level, "He posted $1m bail on Tuesday.", 2, NULL},
	    {sw_status_custody_level, "She was not granted bail.", 0, NULL},
	    {sw_status_custody_level, "He was taken into custody.", 0, NULL},
	    {sw_status_custody_level, "One was remanded in custody and the other granted bail.", 0, NULL},
	    {sw_status_freedom_level, "Police arrested the suspect on Friday.", 1, "held"},
	    {sw_status_freedom_level, "The two aid workers were taken hostage in March.", 1, "held"},
	    {sw_status_freedom_level, "The hostages are still being held by gunmen.", 1, "held"},
	    {sw_status_freedom_level, "The escaped prisoner was recaptured on Sunday.", 1, "held"},
	    {sw_status_freedom_level, "The suspect was freed without charge.", 2, "free"},
	    {sw_status_freedom_level, "The hostages were released on Sunday.", 2, "free"},
	    {sw_status_freedom_level, "The rebels freed the remaining hostages.", 2, "free"},
	    {sw_status_freedom_level, "He escaped from prison in 2019.", 2, "free"},
	    {sw_status_freedom_level, "The ship was seized by pirates.", 1, "held"},
	    {sw_status_freedom_level, "The crew were released by the pirates.", 2, "free"},
	    {sw_status_freedom_level, "The cargo was seized by customs.", 0, NULL},
	    {sw_status_freedom_level, "He was not arrested, police said.", 0, NULL},
	    {sw_status_freedom_level, "Rebels captured the town on Monday.", 0, NULL},
	    {sw_status_freedom_level, "The attack was captured on camera.", 0, NULL},
	    {sw_status_freedom_level, "The ministry released a statement on Friday.", 0, NULL},
	    {sw_status_freedom_level, "The more is freed for private investment.", 0, NULL},
	    {sw_status_freedom_level, "He was released on bail.", 0, NULL},
	    {sw_status_freedom_level, "One man was arrested and another was freed without charge.", 0, NULL},
	    {sw_status_insolvency_level, "The chain entered administration on Monday.", 2, NULL},
	    {sw_status_insolvency_level, "The airline filed for Chapter 11 bankruptcy protection.", 2, NULL},
	    {sw_status_insolvency_level, "The firm has gone into liquidation.", 1, NULL},
	    {sw_status_insolvency_level, "It was bought out of administration by a rival.", 3, NULL},
	    {sw_status_insolvency_level, "Administrators have found a buyer for the firm.", 3, NULL},
	    {sw_status_insolvency_level, "The Trump administration is in talks.", 0, NULL},
	    {sw_status_insolvency_level, "Staff were rescued by the coastguard.", 0, NULL},
	    {sw_status_bill_level, "The bill passed the House on Tuesday.", 1, NULL},
	    {sw_status_bill_level, "The Senate approved the spending bill.", 1, NULL},
	    {sw_status_bill_level, "The bill was signed into law by the president.", 2, NULL},
	    {sw_status_bill_level, "The measure passed the Senate and became law on Friday.", 2, NULL},
	    {sw_status_bill_level, "The bill is expected to be signed into law.", 0, NULL},
	    {sw_status_bill_level, "The bill did not pass the Senate.", 0, NULL},
	    {sw_status_bill_level, "The bill passed its second reading.", 1, NULL},
	    {sw_status_bill_level, "He passed a reading test.", 0, NULL},
	    {sw_status_stance_level, "The party opposes the bill.", 1, NULL},
	    {sw_status_stance_level, "Labour is against the plan.", 1, NULL},
	    {sw_status_stance_level, "The union does not support the deal.", 1, NULL},
	    {sw_status_stance_level, "The union backed the deal.", 2, NULL},
	    {sw_status_stance_level, "MPs voted in favour of the bill.", 2, NULL},
	    {sw_status_stance_level, "The firm has backed down.", 0, NULL},
	    {sw_status_stance_level, "It did not back down.", 0, NULL},
	    {sw_status_stance_level, "An Iran-backed group claimed it.", 0, NULL},
	    {sw_status_stance_level, "Speeding is against the law.", 0, NULL},
	    {sw_status_stance_level, "Gonzalez, backed by Castro, went to court.", 0, NULL},
	    {sw_status_stance_level, "Lee opposes the bill, but Kim backs it.", 0, NULL},
	    {sw_status_stance_level, "She no longer opposes the plan.", 0, NULL},
	    /* put off: not a count cancelled, a service delayed, nor a car
	     * found abandoned */
	    {sw_status_putoff_level, "The concert was postponed.", 2, "put off"},
	    /* a contest's outcome, a majority among what is contested */
	    {sw_status_outcome_level, "The party lost its majority in the election.", 1, "lost"},
	    {sw_status_outcome_level, "The party won an outright majority.", 2, "won"},
	    {sw_status_outcome_level, "The party retained its majority.", 2, "retained"},
	    {sw_status_outcome_level, "The Conservatives retained the seat.", 2, "retained"},
	    {sw_status_outcome_level, "A majority of voters backed the plan.", 0, NULL},
	    {sw_status_putoff_level, "The airline cancelled 40 flights.", 0, NULL},
	    {sw_status_putoff_level, "The storm delayed flights.", 0, NULL},
	    {sw_status_putoff_level, "His car was found abandoned.", 0, NULL},
	    {sw_status_putoff_level, "It was postponed, then cancelled.", 0, NULL},
	    /* fitness: not a possibility ruled out, nor two players' */
	    {sw_status_fitness_level, "Saka will miss the final.", 1, "ruled out"},
	    {sw_status_fitness_level, "Police have ruled out foul play.", 0, NULL},
	    {sw_status_fitness_level, "The plan is fit for purpose.", 0, NULL},
	    {sw_status_fitness_level, "Kane is fit to play but Saka has been ruled out of the game.", 0, NULL},
	    {sw_status_fitness_level, "The striker is injured.", 1, "injured"},
	    {sw_status_fitness_level, "Kane remains sidelined with a hamstring injury.", 1, "sidelined"},
	    {sw_status_fitness_level, "The striker has returned to training.", 3, "back in training"},
	    {sw_status_fitness_level, "Kane is back in full training.", 3, "back in training"},
	    {sw_status_fitness_level, "The striker is expected to be fit for Saturday's match.", 3, "expected to be fit"},
	    {sw_status_fitness_level, "Kane is likely to be fit to start.", 3, "likely to be fit"},
	    {sw_status_fitness_level, "The van is expected to be fit for purpose.", 0, NULL},
	    {sw_status_fitness_level, "Two people were injured in the crash.", 0, NULL},
	    /* a report denied or confirmed: not both, nor a denial denied */
	    {sw_status_denial_level, "Acme has not denied the reports.", 0, NULL},
	    {sw_status_denial_level, "The chief executive admitted the allegations.", 3, "admitted"},
	    {sw_status_denial_level, "He was admitted to hospital.", 0, NULL},
	    {sw_status_denial_level, "Acme denied the report, which Beta confirmed that day.", 0, NULL},
	    {sw_status_denial_level, "Acme dismissed the claims.", 1, "denied"},
	    {sw_status_denial_level, "The ministry would neither confirm nor deny the report.", 2, "no comment"},
	    {sw_status_denial_level, "Acme declined to comment.", 2, "no comment"},
	    {sw_status_denial_level, "Acme didn't immediately respond to a request for comment.", 2, "no comment"},
	    {sw_status_denial_level, "Police could not confirm the reports.", 2, "no comment"},
	    {sw_status_denial_level, "Acme confirmed the report.", 3, "confirmed"},
	    {sw_status_denial_level, "Acme declined to comment, but Beta confirmed the report.", 0, NULL},
	    /* a result: not a move of it, nor a loss of life */
	    {sw_status_result_level, "Acme swung to a third-quarter net loss.", 1, "loss"},
	    {sw_status_result_level, "The unit became profitable.", 2, "profit"},
	    {sw_status_result_level, "Acme reported declines in operating profit.", 0, NULL},
	    {sw_status_result_level, "Acme reported a loss of power.", 0, NULL},
	    {sw_status_result_level, "Acme made a profit but Beta made a loss.", 0, NULL},
	    /* suspicion: denied whole, not two levels; not a man acting
	     * suspicious */
	    {sw_status_suspicion_level, "The death is not being treated as suspicious.", 1, "not suspicious"},
	    {sw_status_suspicion_level, "A murder investigation has been launched.", 3, "suspicious"},
	    {sw_status_suspicion_level, "Police are treating the death as murder.", 3, "murder"},
	    {sw_status_suspicion_level, "Police are treating the fire as an accident.", 1, "not suspicious"},
	    {sw_status_suspicion_level, "Detectives are treating the attack as an act of terrorism.", 3, "terrorism"},
	    {sw_status_suspicion_level, "Police launched a murder inquiry.", 3, "suspicious"},
	    {sw_status_suspicion_level, "The man had been acting suspicious.", 0, NULL},
	    {sw_status_suspicion_level, "Police now say the fire was an accident.", 1, "not suspicious"},
	    {sw_status_suspicion_level, "The death is being treated as accidental.", 1, "not suspicious"},
	    {sw_status_suspicion_level, "The accident happened on the M4.", 0, NULL},
	    /* a storm: what it is, not what it could become */
	    {sw_status_storm_level, "Tropical Storm Lee is now a hurricane.", 3, "hurricane"},
	    {sw_status_storm_level, "Forecasters say the storm could become a hurricane.", 0, NULL},
	    {sw_status_storm_level, "It is expected to become a hurricane.", 0, NULL},
	    /* discipline: one let go told so; not trading suspended, nor one
	     * fired up, nor two people's */
	    {sw_status_discipline_level, "She had the whip restored.", 3, "reinstated"},
	    {sw_status_discipline_level, "He has been sacked.", 1, "sacked"},
	    {sw_status_discipline_level, "Trading in the shares was suspended.", 0, NULL},
	    {sw_status_discipline_level, "The sprinter was provisionally suspended.", 2, "suspended"},
	    {sw_status_discipline_level, "The sprinter has been cleared to compete.", 3, "cleared"},
	    {sw_status_discipline_level, "The road has been cleared to traffic.", 0, NULL},
	    {sw_status_discipline_level, "The officer was put on paid leave.", 2, "on leave"},
	    {sw_status_discipline_level, "She is on leave until June.", 0, NULL},
	    {sw_status_discipline_level, "The nurse has been allowed to return to work.", 3, "reinstated"},
	    {sw_status_discipline_level, "The fans were fired up.", 0, NULL},
	    {sw_status_discipline_level, "Lee was suspended from the club and Kim was reinstated.", 0, NULL},
	    /* cases: suspected, confirmed */
	    {sw_status_certainty_level, "There are 12 suspected cases of measles.", 1, "suspected"},
	    {sw_status_certainty_level, "The case of bird flu had been confirmed.", 2, "confirmed"},
	    /* rates: decided, not expected; not a rise of rates */
	    {sw_status_rates_level, "The bank left rates unchanged.", 2, "held rates"},
	    {sw_status_rates_level, "The bank is expected to raise rates.", 0, NULL},
	    {sw_status_rates_level, "Analysts cut rates rise forecasts.", 0, NULL},
	    {sw_status_rates_level, "The bank held interest rates on Thursday.", 2, "held rates"},
	    {sw_status_rates_level, "The bank is expected to cut rates.", 0, NULL},
	    {sw_status_rates_level, "Investors say the bank could cut rates.", 0, NULL},
	    {sw_status_rates_level, "The Fed's decision to cut its benchmark rate was welcomed.", 1, "cut rates"},
	    /* rates a bank sets, by the words that name them; not a rate of
	     * growth, nor of a tax */
	    {sw_status_rates_level, "The ECB cut its main refinancing rate.", 1, "cut rates"},
	    {sw_status_forecast_level, "The company missed forecasts.", 1, "below forecasts"},
	    {sw_status_forecast_level, "Pretax profit was below analysts' expectations.", 1, "below forecasts"},
	    {sw_status_forecast_level, "Sales fell short of expectations.", 1, "below forecasts"},
	    {sw_status_forecast_level, "Profits were in line with forecasts.", 2, "in line with forecasts"},
	    {sw_status_forecast_level, "Earnings topped estimates.", 3, "above forecasts"},
	    {sw_status_forecast_level, "The firm reported better-than-expected profits.", 3, "above forecasts"},
	    {sw_status_forecast_level, "The company is expected to beat forecasts.", 0, NULL},
	    {sw_status_forecast_level, "Profits beat forecasts but sales missed estimates.", 0, NULL},
	    {sw_status_forecast_level, "The team beat Chelsea on Sunday.", 0, NULL},
	    /* a measure's way foreseen */
	    {sw_status_outlook_level, "Inflation is expected to fall next year.", 1, "expected to fall"},
	    {sw_status_outlook_level, "Energy bills will go up in April.", 2, "expected to rise"},
	    {sw_status_outlook_level, "The bank expects unemployment to rise.", 2, "expected to rise"},
	    {sw_status_outlook_level, "Inflation is widely expected to ease.", 1, "expected to fall"},
	    {sw_status_outlook_level, "Prices are not expected to rise.", 0, NULL},
	    {sw_status_outlook_level, "Oil prices are unlikely to fall.", 0, NULL},
	    {sw_status_outlook_level, "Prices rose last year.", 0, NULL},
	    {sw_status_growth_level, "The economy has contracted.", 1, "shrinking"},
	    {sw_status_growth_level, "GDP shrank 0.3% in the quarter.", 1, "shrinking"},
	    {sw_status_growth_level, "The economy returned to growth in the spring.", 2, "growing"},
	    {sw_status_growth_level, "The economy is expected to grow this year.", 0, NULL},
	    {sw_status_growth_level, "Concerns over the economy are growing.", 0, NULL},
	    {sw_status_rates_level, "Interest rates were left unchanged.", 2, "held rates"},
	    {sw_status_rates_level, "Rates have been cut to 4%.", 1, "cut rates"},
	    {sw_status_rates_level, "Interest rates were left high.", 0, NULL},
	    {sw_status_rates_expected_level, "Interest rates are expected to rise.", 3, "expected to raise rates"},
	    {sw_status_rates_expected_level, "Rates are likely to stay on hold.", 2, "expected to hold rates"},
	    {sw_status_rates_expected_level, "Rates are not expected to rise.", 0, NULL},
	    {sw_status_rates_level, "Prices increased at a rate of 5% a year.", 0, NULL},
	    {sw_status_rates_level, "The plant increased its production rate.", 0, NULL},
	    {sw_status_rates_level, "The government cut the rate of VAT.", 0, NULL},
	    {sw_status_rates_expected_level, "Arrivals are expected to increase at a rate of 5.4% annually.", 0, NULL},
	    /* a decision foreseen, and one not */
	    {sw_status_rates_expected_level, "The bank is expected to cut interest rates.", 1, "expected to cut rates"},
	    {sw_status_rates_expected_level, "Economists expect the central bank to hold rates on Thursday.", 2, "expected to hold rates"},
	    {sw_status_rates_expected_level, "The Fed is tipped to raise its key rate.", 3, "expected to raise rates"},
	    {sw_status_rates_expected_level, "The bank is expected to keep rates unchanged.", 2, "expected to hold rates"},
	    {sw_status_rates_expected_level, "The bank is not expected to cut rates.", 0, NULL},
	    {sw_status_rates_expected_level, "The bank is unlikely to raise rates.", 0, NULL},
	    {sw_status_rates_expected_level, "The bank cut rates in May.", 0, NULL},
	    /* a treaty or a deal: signed, ratified or approved, in force */
	    {sw_status_treaty_level, "The two leaders signed the treaty.", 1, "signed"},
	    {sw_status_treaty_level, "Parliament ratified the accord.", 2, "ratified"},
	    {sw_status_treaty_level, "Shareholders approved the deal.", 2, "approved"},
	    {sw_status_treaty_level, "The treaty came into force on Monday.", 3, "in force"},
	    {sw_status_treaty_level, "The ban took effect on Monday.", 0, NULL},
	    {sw_status_treaty_level, "He signed a petition.", 0, NULL},
	    {sw_status_treaty_level, "Dean Acheson signed the Washington Treaty.", 1, "signed"},
	    {sw_status_treaty_level, "Germany has not ratified the treaty.", 0, NULL},
	    {sw_status_treaty_level, "The treaty was signed in 2019 and ratified in 2021.", 2, "ratified"},
	    {sw_status_treaty_level, "France signed the pact, and Spain ratified the treaty.", 0, NULL},
	    /* recession: in, out; not a recession feared */
	    {sw_status_recession_level, "Germany fell into recession.", 1, "in recession"},
	    {sw_status_recession_level, "Britain has emerged from recession.", 2, "out of recession"},
	    {sw_status_recession_level, "Economists fear a recession.", 0, NULL},
	    /* ill or over it */
	    {sw_status_infection_level, "The president has tested positive for Covid.", 1, "tested positive"},
	    {sw_status_infection_level, "She was diagnosed with pneumonia on Monday.", 1, "diagnosed"},
	    {sw_status_infection_level, "He contracted the virus on a cruise.", 1, "infected"},
	    {sw_status_infection_level, "The minister is self-isolating.", 1, "self-isolating"},
	    {sw_status_infection_level, "She has fully recovered from Covid.", 2, "recovered"},
	    {sw_status_infection_level, "He tested negative on Friday.", 2, "tested negative"},
	    {sw_status_infection_level, "She was given the all-clear by doctors.", 2, "all-clear"},
	    {sw_status_infection_level, "He caught the bus.", 0, NULL},
	    {sw_status_infection_level, "One tested positive and two tested negative.", 0, NULL},
	    /* a choice weighed, made */
	    {sw_status_decision_level, "The council is considering closing the library.", 1, "under consideration"},
	    {sw_status_decision_level, "The board has not yet decided whether to sell.", 1, "under consideration"},
	    {sw_status_decision_level, "No decision has been made on the route.", 1, "under consideration"},
	    {sw_status_decision_level, "The plan is under consideration.", 1, "under consideration"},
	    {sw_status_decision_level, "The council has decided to close the library.", 2, "decided"},
	    {sw_status_decision_level, "Members voted to strike.", 2, "decided"},
	    {sw_status_decision_level, "The firm has agreed to sell its stake.", 2, "decided"},
	    {sw_status_decision_level, "The board took the decision to close the plant.", 2, "decided"},
	    {sw_status_decision_level, "They haven't reached a final decision to sell.", 1, "under consideration"},
	    {sw_status_decision_level, "The jury is considering its verdict.", 0, NULL},
	    {sw_status_decision_level, "Considering the weather, the match went well.", 0, NULL},
	    {sw_status_decision_level, "They agreed to a ceasefire.", 0, NULL},
	    /* ruled on: rejected, under review, approved */
	    {sw_status_approval_level, "The application was rejected.", 1, "rejected"},
	    {sw_status_approval_level, "The council refused the planning application.", 1, "rejected"},
	    {sw_status_approval_level, "The plan is under review.", 2, "under review"},
	    {sw_status_approval_level, "The application is awaiting approval.", 2, "awaiting approval"},
	    {sw_status_approval_level, "The takeover is subject to regulatory approval.", 2, "awaiting approval"},
	    {sw_status_approval_level, "The deal remains subject to shareholder approval.", 2, "awaiting approval"},
	    {sw_status_approval_level, "The rules are subject to change.", 0, NULL},
	    {sw_status_approval_level, "The merger was approved by regulators.", 3, "approved"},
	    {sw_status_approval_level, "The firm has been granted planning permission.", 3, "approved"},
	    {sw_status_approval_level, "Regulators cleared the takeover on Monday.", 3, "approved"},
	    {sw_status_approval_level, "He was refused bail.", 0, NULL},
	    {sw_status_approval_level, "The minister rejected the claims.", 0, NULL},
	    {sw_status_approval_level, "Snow cleared the road.", 0, NULL},
	    {sw_status_approval_level, "The deal still needs approval from regulators.", 2, "needs approval"},
	    {sw_status_approval_level, "The merger requires the council's approval.", 2, "needs approval"},
	    {sw_status_approval_level, "The proposal was backed by the council.", 3, "approved"},
	    {sw_status_approval_level, "The startup was backed by investors.", 0, NULL},
	    /* a ballot open, then closed with its count to come */
	    {sw_status_ballot_level, "Polls are open until 10pm.", 1, "polls open"},
	    {sw_status_ballot_level, "Polls close at 10pm.", 1, "polls open"},
	    {sw_status_ballot_level, "Voting is under way across the country.", 1, "polls open"},
	    {sw_status_ballot_level, "Voters are heading to the polls.", 1, "polls open"},
	    {sw_status_ballot_level, "Polls have now closed.", 2, "polls closed"},
	    {sw_status_ballot_level, "Counting is under way in Leeds.", 2, "polls closed"},
	    {sw_status_ballot_level, "Votes are still being counted.", 2, "polls closed"},
	    {sw_status_ballot_level, "Polls opened at 7am and closed at 10pm.", 2, "polls closed"},
	    {sw_status_ballot_level, "Polls are open in Ohio, and polls have closed in Florida.", 0, NULL},
	    {sw_status_ballot_level, "Opinion polls show Labour ahead.", 0, NULL},
	    /* a price's way */
	    {sw_status_market_level, "The pound fell against the dollar.", 1, "fell"},
	    {sw_status_market_level, "Oil prices have slumped.", 1, "slumped"},
	    {sw_status_market_level, "Shares have fallen 5% since Monday.", 1, "fell"},
	    {sw_status_market_level, "The FTSE 100 rallied in the afternoon.", 2, "rallied"},
	    {sw_status_market_level, "Shares recovered their losses.", 2, "recovered"},
	    /* and a measure's */
	    {sw_status_market_level, "Profits fell last year.", 1, "fell"},
	    {sw_status_market_level, "Unemployment rose to 5.2%.", 2, "rose"},
	    {sw_status_market_level, "Revenue has jumped to $3 billion.", 2, "jumped"},
	    {sw_status_market_level, "Inflation fears rose in May.", 0, NULL},
	    {sw_status_market_level, "Shares fell in Tokyo, and shares rose in London.", 0, NULL},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		const gchar *w = NULL, *what = NULL;
		gint level = cases[i].level(cases[i].sentence, &w, &what);
		if (level != cases[i].expected || (cases[i].word != NULL && g_strcmp0(w, cases[i].word) != 0))
			fail_msg("case %u \"%s\": level %d (%s), expected %d (%s)", i, cases[i].sentence, level,
				 w != NULL ? w : "-", cases[i].expected, cases[i].word != NULL ? cases[i].word : "-");
	}
}

static void
expect_turn(const gchar *a, const gchar *b, const gchar *old, const gchar *new, const gchar *note);
static guint
count_changes(const SwDiff *d, const gchar *kind);

/* a search and a finding are one event, and so are a sale offered and
 * made, and an inquiry and its end: one turn for the two, the stronger
 * ("found"), where the new version tells both ends of a search */
static void
test_search_found_once(void **state)
{
	g_autoptr(SwDiff) d = NULL;

	(void)state;
	expect_turn(STORY("Climber", "A search is under way for a missing climber.\nRest.\n"),
		    STORY("Climber", "Rescuers have found the missing climber.\nRest.\n"), "search is under way",
		    "found the missing", "find");
	d = sw_diff_stories(STORY("Climber", "A search is under way for a missing climber.\nRest.\n"),
			    STORY("Climber", "Rescuers have found the missing climber.\nThe search has been called off.\n"
					     "Rest.\n"));
	if (count_changes(d, "status") != 1 || find_change(d, "status", "search is under way", "found the missing") == NULL)
		fail_msg("not one turn to “found the missing”: %s", d->summary);
	/* an inquiry and what it ends in */
	expect_turn(STORY("Museum", "The museum's director is under investigation.\nRest.\n"),
		    STORY("Museum", "The museum's director has been cleared of wrongdoing.\nRest.\n"),
		    "under investigation", "cleared of wrongdoing", "verdict");
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Club", "The club is up for sale.\nRest.\n"),
			    STORY("Club", "The club has been sold to a US investor.\nThe sale was agreed in May.\nRest.\n"));
	if (count_changes(d, "status") != 1)
		fail_msg("not one turn for the sale: %s", d->summary);
}

/* a choice made and a ruling given are notes of their own, both ways;
 * the choice gives way to a turn the statuses tell in their own words */
static void
test_choice_and_ruling(void **state)
{
	(void)state;
	expect_turn(STORY("Library", "The council is considering closing the library.\nRest.\n"),
		    STORY("Library", "The council has decided to close the library.\nRest.\n"), "under consideration",
		    "decided", "decided");
	expect_turn(STORY("Tax", "The government has decided to scrap the tax.\nRest.\n"),
		    STORY("Tax", "The government is now reconsidering the plan to scrap the tax.\nRest.\n"), "decided",
		    "under consideration", "undecided");
	expect_turn(STORY("Stake", "Acme is considering selling its stake.\nRest.\n"),
		    STORY("Stake", "Acme has decided against selling its stake.\nRest.\n"), "is considering selling",
		    "decided against selling", "selling");
	expect_turn(STORY("Plans", "The planning application is under review.\nRest.\n"),
		    STORY("Plans", "The planning application was approved by the council.\nRest.\n"), "under review",
		    "approved", "approved");
	expect_turn(STORY("Plans", "The application is awaiting approval.\nRest.\n"),
		    STORY("Plans", "The application was rejected.\nRest.\n"), "awaiting approval", "rejected",
		    "rejected");
	expect_turn(STORY("Plans", "The scheme was approved in May.\nRest.\n"),
		    STORY("Plans", "The scheme is now under review after protests.\nRest.\n"), "approved", "under review",
		    "no longer approved");
	expect_turn(STORY("Plans", "The bid was rejected in May.\nRest.\n"),
		    STORY("Plans", "The bid is under review again.\nRest.\n"), "rejected", "under review",
		    "no longer rejected");
}

/* a price's way turned is told once: by its figures where they tell it */
static void
test_market_way(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Markets", "Shares fell 5% in early trading.\nRest.\n"),
					      STORY("Markets", "Shares rose 2% in early trading.\nRest.\n"));

	(void)state;
	assert_non_null(find_change(d, "percent", "5%", "2%"));
	assert_null(find_change(d, "status", "fell", "rose"));
	expect_turn(STORY("Markets", "The pound fell against the dollar.\nRest.\n"),
		    STORY("Markets", "The pound rebounded against the dollar.\nRest.\n"), "fell", "rebounded", "now up");
	expect_turn(STORY("Markets", "Oil prices have rallied this week.\nRest.\n"),
		    STORY("Markets", "Oil prices have slumped this week.\nRest.\n"), "rallied", "slumped", "now down");
}

/* a sentence that tells a move in two clauses is read at its end: the
 * clause after the break before "now", "later", "has since" */
static void
test_level_now(void **state)
{
	static const struct {
		const gchar *sentence;
		const gchar *clause; /* NULL: none marked */
	} clauses[] = {
	    {"He was remanded in custody but has now been released on bail.", "has now been released on bail."},
	    {"The boy, who was hurt, is now stable.", "is now stable."},
	    {"He has since been granted bail.", "He has since been granted bail."},
	    {"She was refused bail; she was later freed.", "she was later freed."},
	    {"He was held until now, police said.", NULL},
	    {"Now that the talks have ended, the strike goes on.", NULL},
	    {"He was charged, and will appear in court later this month.", NULL},
	    {"He has lived there since 2010, his lawyer said.", NULL},
	    {"Since then, the firm has grown.", NULL},
	};
	static const ScaleCase cases[] = {
	    {sw_status_custody_level, "He was remanded in custody but has now been released on bail.", 2, "on"},
	    {sw_status_custody_level, "He was initially refused bail but was later granted bail.", 2, "on"},
	    {sw_status_custody_level, "Smith, who was remanded in custody last week, has now been granted bail.", 2, "on"},
	    {sw_status_custody_level, "One was remanded in custody and the other granted bail.", 0, NULL},
	    {sw_status_insolvency_level,
	     "The retailer fell into administration in May but was later bought out of administration.", 3, "rescued"},
	    {sw_status_recession_level, "The economy fell into recession but has now emerged from recession.", 2,
	     "out of recession"},
	    {sw_status_result_level, "The firm, which reported a loss last year, has now returned to profit.", 2, "profit"},
	    {sw_status_discipline_level, "The MP had the whip suspended in May but has since had the whip restored.", 3,
	     "reinstated"},
	    {sw_status_putoff_level, "The launch was postponed in June, and has now been cancelled.", 1, "called off"},
	    {sw_status_condition_level, "She was in a serious condition but has since been discharged from hospital.", 6,
	     "discharged"},
	    /* a clause that names no level leaves the sentence's */
	    {sw_status_custody_level, "He was remanded in custody, and is now expected to appeal.", 1, "in"},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(clauses); i++) {
		const gchar *c = sw_status_now_clause(clauses[i].sentence);
		if (g_strcmp0(c, clauses[i].clause) != 0)
			fail_msg("\"%s\": clause \"%s\", expected \"%s\"", clauses[i].sentence, c != NULL ? c : "(none)",
				 clauses[i].clause != NULL ? clauses[i].clause : "(none)");
	}
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		const gchar *w = NULL, *what = NULL;
		gint level = sw_status_level_now(cases[i].level, cases[i].sentence, &w, &what);
		if (level != cases[i].expected || g_strcmp0(w, cases[i].word) != 0)
			fail_msg("case %u \"%s\": level %d (%s), expected %d (%s)", i, cases[i].sentence, level,
				 w != NULL ? w : "-", cases[i].expected, cases[i].word != NULL ? cases[i].word : "-");
	}
	/* through the diff: a sentence rewritten to tell the move, or one
	 * added beside the old, kept ("has since"), is the move told */
	expect_turn(STORY("Court", "Smith was remanded in custody on Monday.\nRest.\n"),
		    STORY("Court", "Smith was remanded in custody on Monday but has now been released on bail.\nRest.\n"),
		    "in custody", "on bail", "bailed");
	expect_turn(STORY("Court", "Smith was remanded in custody on Monday.\nRest.\n"),
		    STORY("Court", "Smith was remanded in custody on Monday.\nHe has since been granted bail by a judge.\n"
				   "Rest.\n"),
		    "in custody", "on bail", "bailed");
	expect_turn(STORY("Launch", "The launch was postponed in June.\nRest.\n"),
		    STORY("Launch", "The launch was postponed in June, and has now been cancelled.\nRest.\n"), "put off",
		    "called off", "called off");
	expect_turn(STORY("Economy", "The economy fell into recession last year.\nRest.\n"),
		    STORY("Economy", "The economy fell into recession last year but has now emerged from recession.\nRest.\n"),
		    "in recession", "out of recession", "out of recession");
}

/* the status of @sentence is of @kind, and of @event and said @phrase
 * where they are given */
static void
expect_status(const gchar *sentence, SwStatusKind kind, const gchar *event, const gchar *phrase)
{
	g_autoptr(SwStatus) st = sw_status_of_sentence(sentence);

	if (st == NULL || st->kind != kind || (event != NULL && g_strcmp0(st->event, event) != 0) ||
	    (phrase != NULL && g_strcmp0(st->phrase, phrase) != 0))
		fail_msg("\"%s\": %s [%s] %s", sentence, st != NULL ? sw_status_kind_to_string(st->kind) : "none",
			 st != NULL ? st->phrase : "", st != NULL && st->event != NULL ? st->event : "-");
}

/* @sentence has no status of @event (NULL: none at all) */
static void
expect_no_status_of(const gchar *sentence, const gchar *event)
{
	g_autoptr(SwStatus) st = sw_status_of_sentence(sentence);

	if (st != NULL && (event == NULL || g_strcmp0(st->event, event) == 0))
		fail_msg("\"%s\": %s [%s] %s", sentence, sw_status_kind_to_string(st->kind), st->phrase,
			 st->event != NULL ? st->event : "-");
}

/* a status in a clause that says which thing it is, is background; one
 * between commas may be news; the main clause's comes first; an outcome
 * in an added sentence of the lede is news */
/* further down a story, an outcome in an added sentence is news when it
 * tells a day of the week the version was written in, and history when
 * it tells an older one */
static void
test_outcome_this_week(void **state)
{
#define FIRM_OLD "A water firm was fined on Tuesday.\nIt pleaded guilty.\nIt said it was sorry.\n"
	GDate a, b;
	SwDiffOptions opts = {&a, &b};

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	/* Tuesday 3 and Thursday 5 November 2026 */
	g_date_set_dmy(&a, 3, 11, 2026);
	g_date_set_dmy(&b, 5, 11, 2026);
	{
		g_autoptr(SwDiff) d = sw_diff_stories_full(
		    STORY("Firm fined", FIRM_OLD "Its chief executive is expected to appear before MPs.\n"),
		    STORY("Firm fined", FIRM_OLD "Its chief executive, Helen Marsh, resigned on Wednesday.\n"), &opts);
		assert_non_null(find_change(d, "status", NULL, "resigned"));
	}
	{
		g_autoptr(SwDiff) d = sw_diff_stories_full(
		    STORY("Firm fined", FIRM_OLD "Its chief executive is expected to appear before MPs.\n"),
		    STORY("Firm fined", FIRM_OLD "Its chief executive, Helen Marsh, resigned in March.\n"), &opts);
		assert_null(find_change(d, "status", NULL, "resigned"));
	}
#undef FIRM_OLD
}

static void
test_status_clauses(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Ship blocks Suez Canal", "A container ship has run aground in the Suez Canal, blocking traffic in both "
					    "directions, the canal authority said on Wednesday.\nRest.\n"),
	    STORY("Suez Canal reopens after ship freed", "The container ship that blocked the Suez Canal for six days was "
							 "refloated on Monday, and traffic has resumed, the canal "
							 "authority said.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Talks", "The two sides are expected to resume talks.\nRest.\n"),
					      STORY("Talks", "The talks, which had been postponed in May, resumed on Monday.\nRest.\n"));
	g_autoptr(SwDiff) f = sw_diff_stories(
	    STORY("Port", "Transport Minister Amina Odhiambo said the failure was a shame.\nRest.\n"),
	    STORY("Port", "Former Transport Minister Amina Odhiambo, who resigned on Monday, said the failure was a shame.\nRest.\n"));
	g_autoptr(SwDiff) g = sw_diff_stories(STORY("Jury retires in Marsh trial", "The jury retired on Tuesday.\nRest.\n"),
					      STORY("Marsh guilty of murder", "Daniel Marsh has been found guilty of murder.\nRest.\n"));
	(void)state;
	assert_null(find_change(d, "status", NULL, "blocked the Suez"));
	assert_non_null(find_change(e, "status", "are expected to resume", "resumed"));
	assert_non_null(find_change(f, "status", NULL, "resigned"));
	assert_non_null(find_change(g, "status", NULL, "found guilty"));
	/* a scale read across versions takes no old sentence whose own
	 * turn its pair told: the second man's bail is his, the remand
	 * another man's */
	{
		g_autoptr(SwDiff) h = sw_diff_stories(
		    STORY("Man charged after woman found dead",
			  "A man has been charged with murder.\nA second man, who was arrested on Sunday, has been "
			  "released on bail.\n"),
		    STORY("Man remanded in custody over murder",
			  "A man has appeared in court charged with murder.\nA second man has been released without "
			  "charge.\n"));
		assert_non_null(find_change(h, "status", "was arrested", "released without charge"));
		assert_null(find_change(h, "status", "on bail", "in custody"));
	}
	/* one found stays found when a headline no longer says so */
	{
		g_autoptr(SwDiff) h = sw_diff_stories(
		    STORY("Man charged after woman found dead in flat", "A man has been charged with murder.\n"),
		    STORY("Man remanded in custody over flat murder", "A man has been charged with murder.\n"));
		assert_null(find_change(h, "status", "found dead", NULL));
	}
	/* every status of a sentence, the strongest first */
	{
		g_autoptr(GPtrArray) all =
		    sw_status_all_of_sentence("A man has been charged with her murder and will appear in court on Monday.");
		assert_int_equal(all->len, 2);
		assert_string_equal(((SwStatus *)g_ptr_array_index(all, 0))->phrase, "will appear");
		assert_string_equal(((SwStatus *)g_ptr_array_index(all, 1))->phrase, "has been charged with");
	}
	/* what may happen, in a condition, is no status */
	{
		g_autoptr(GPtrArray) all = sw_status_all_of_sentence("If no agreement is reached, the plant will be sold.");
		assert_int_equal(all->len, 1);
		assert_string_equal(((SwStatus *)g_ptr_array_index(all, 0))->phrase, "will be sold");
	}
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Rail", "The union says 20,000 members will walk out on 3 June.\nRest.\n"),
			    STORY("Rail", "The union says 20,000 members will still walk out on 3 June if no deal is reached.\nRest.\n"));
	assert_null(find_change(e, "status", NULL, NULL));
	/* a count's deaths are a toll, no status */
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Storm", "The storm hit the coast on Thursday.\nRest.\n"),
			    STORY("Storm", "The storm hit the coast on Thursday, and at least two people have died.\nRest.\n"));
	assert_null(find_change(e, "status", NULL, "have died"));
	assert_non_null(find_change(e, "number", NULL, "at least two"));
	{
		g_autoptr(SwStatus) q = sw_status_of_sentence("He was hit three times and was pronounced dead.");
		assert_non_null(q);
		assert_string_equal(q->event, "death");
	}
	/* a family's word of several is one word: "passed away" a death,
	 * neither "passed" (a bill's, the vote's) nor "remain" alone of one */
	{
		g_autoptr(SwStatus) gone = sw_status_of_sentence("Her father has passed away.");
		g_autoptr(SwStatus) bill = sw_status_of_sentence("The bill has passed.");
		g_autoptr(SwStatus) stay = sw_status_of_sentence("He will remain in charge.");
		assert_string_equal(gone->event, "death");
		assert_string_equal(bill->event, "vote");
		assert_string_equal(stay->event, "remain");
	}
	/* a couple parted, not a crowd nor a bill */
	{
		g_autoptr(SwStatus) crowd = sw_status_of_sentence("Police broke up the crowd.");
		g_autoptr(SwStatus) bill = sw_status_of_sentence("They have split the bill.");
		g_autoptr(SwStatus) firm = sw_status_of_sentence("The firm has split into two.");
		g_autoptr(SwStatus) pair = sw_status_of_sentence("The couple have separated.");
		assert_null(crowd);
		assert_null(bill);
		assert_null(firm);
		assert_string_equal(pair->event, "wedding");
	}
	/* a couple to wed, and wed; not a firm engaged in talks, nor an
	 * aim that "is to" */
	expect_status("The star is engaged to her co-star.", SW_STATUS_EXPECTED, "wedding", NULL);
	expect_status("They were married in June.", SW_STATUS_DONE, "wedding", NULL);
	expect_no_status_of("The firm is engaged in talks.", "wedding");
	expect_no_status_of("The aim is to cut costs.", NULL);
	expect_status("The factory is to close.", SW_STATUS_EXPECTED, NULL, NULL);
	/* a flight sent elsewhere, and down; not a job landed, nor one
	 * landed in hospital */
	expect_status("The flight was diverted to Shannon.", SW_STATUS_NEGATED, "flight", "was diverted");
	expect_status("The plane has landed safely in New York.", SW_STATUS_DONE, "flight", NULL);
	expect_no_status_of("She landed a job at the BBC.", NULL);
	expect_no_status_of("The pilot of the plane landed in hospital.", NULL);
	/* a way blocked and cleared again, the restore family's; not one
	 * cleared to go, nor a man cleared of a charge */
	expect_status("The A30 remains blocked.", SW_STATUS_NEGATED, "restore", "A30 remains blocked");
	expect_no_status_of("The runway was cleared for take-off.", NULL);
	/* a fleet grounded; not the grounded planes a sentence describes */
	expect_status("The airline grounded its planes.", SW_STATUS_NEGATED, "restore", "grounded its planes");
	expect_no_status_of("The FAA said the 171 grounded planes must be inspected.", NULL);
	/* a warning that ran out, said in the past; not one that "ended up" */
	expect_status("The curfew ended at dawn.", SW_STATUS_NEGATED, "warning", NULL);
	expect_no_status_of("The warning ended up being ignored.", NULL);
	expect_status("He was cleared of murder.", SW_STATUS_DONE, "verdict", NULL);
	/* a case heard awaits its ruling; one who never heard is no case,
	 * and trains that run stand for nothing */
	expect_status("The case is being heard at the High Court.", SW_STATUS_EXPECTED, "verdict", NULL);
	expect_no_status_of("She had never heard of him.", "verdict");
	expect_no_status_of("The trains will run on Sunday.", "vote");
	/* a firm gone under, not talks collapsed nor an administration of
	 * state; a service down, not a figure */
	expect_status("The airline has filed for bankruptcy.", SW_STATUS_DONE, "insolvency", NULL);
	expect_status("The firm collapsed into administration.", SW_STATUS_DONE, "insolvency", NULL);
	expect_no_status_of("The talks collapsed.", "insolvency");
	expect_no_status_of("The Trump administration said it would appeal.", "insolvency");
	expect_status("The service has been down since Monday.", SW_STATUS_NEGATED, "restore", NULL);
	expect_no_status_of("Bus services were down 5% last year.", NULL);
	/* a title or a final lost is the prize's; not a bill's reading */
	expect_status("They were beaten in the cup final on Sunday.", SW_STATUS_NEGATED, "prize", NULL);
	expect_status("She won the title.", SW_STATUS_DONE, "prize", NULL);
	expect_no_status_of("The bill lost its final reading.", "prize");
	/* an outbreak growing; not an economy */
	expect_status("The epidemic is growing.", SW_STATUS_EXPECTED, "epidemic", NULL);
	expect_no_status_of("The economy has grown by 2%.", NULL);
	/* a launch lost by its noun; a couple broken up keep theirs */
	expect_status("The capsule broke apart on re-entry.", SW_STATUS_NEGATED, "launch", NULL);
	expect_status("The couple broke up last year.", SW_STATUS_NEGATED, "wedding", NULL);
	expect_no_status_of("The rocket failed to reach orbit.", "launch");
	/* off sale and back, the restore family's; not one back on form,
	 * nor one who withdrew from a race */
	expect_status("The toy has been withdrawn from sale.", SW_STATUS_NEGATED, "restore", NULL);
	expect_status("The album returned to the shelves.", SW_STATUS_DONE, "restore", NULL);
	expect_no_status_of("She is back on form.", NULL);
	expect_status("He has withdrawn from the race.", SW_STATUS_NEGATED, "vote", NULL);
	/* dropped out of an event, not of school nor of an industry */
	expect_status("The actor has dropped out of the film.", SW_STATUS_NEGATED, NULL, "has dropped out of");
	expect_no_status_of("He dropped out of university.", NULL);
	expect_no_status_of("Her agent had dropped out of the industry.", NULL);
	/* one escaped is sought; not one who escaped harm */
	expect_status("Two inmates have escaped from the jail.", SW_STATUS_MISSING, "find", NULL);
	expect_status("He broke out of prison in 2019.", SW_STATUS_MISSING, "find", NULL);
	expect_no_status_of("The prisoner escaped with minor injuries.", NULL);
	expect_no_status_of("The family escaped the fire.", NULL);
	/* a storm's landfall ahead and made; not a team heading for a final */
	expect_status("The storm is expected to make landfall on Friday.", SW_STATUS_EXPECTED, "landfall", NULL);
	expect_status("Hurricane Ian is heading for Florida.", SW_STATUS_EXPECTED, "landfall", NULL);
	expect_status("Hurricane Ian has made landfall.", SW_STATUS_DONE, "landfall", NULL);
	expect_no_status_of("The team is heading for the final.", NULL);
	/* a child on the way, and born; not a boom expected, a plan
	 * welcomed, nor a life told from its birth */
	expect_status("The couple are expecting their first child.", SW_STATUS_EXPECTED, "birth", NULL);
	expect_status("She is due to give birth in May.", SW_STATUS_EXPECTED, "birth", "is due to give birth");
	expect_status("The couple have welcomed a baby boy.", SW_STATUS_DONE, "birth", NULL);
	expect_status("Their son was born on Monday.", SW_STATUS_DONE, "birth", NULL);
	expect_no_status_of("The firm is expecting a baby boom.", NULL);
	expect_no_status_of("The minister welcomed the plan.", NULL);
	expect_no_status_of("Her son was born in 1990.", NULL);
	/* a fire put out ends its containing; not a statement put out, nor
	 * a fire out of control */
	expect_status("The fire has been put out.", SW_STATUS_DONE, "contain", NULL);
	expect_status("Firefighters extinguished the blaze on Tuesday.", SW_STATUS_DONE, "contain", NULL);
	expect_status("The fire at the factory is now out.", SW_STATUS_DONE, "contain", NULL);
	expect_no_status_of("He put out a statement.", NULL);
	expect_status("The fire is out of control.", SW_STATUS_EXPECTED, "contain", NULL);
	/* an eruption going on, and over; a fight stopped, not traffic
	 * stopped by a protest; an end denied is none */
	expect_status("The volcano is still erupting.", SW_STATUS_EXPECTED, "eruption", NULL);
	expect_status("The eruption has ended.", SW_STATUS_DONE, "eruption", NULL);
	expect_status("The volcano has stopped erupting.", SW_STATUS_DONE, "eruption", NULL);
	expect_status("The fighting stopped overnight.", SW_STATUS_DONE, NULL, "fighting stopped");
	expect_no_status_of("The protest stopped traffic on the bridge.", NULL);
	expect_no_status_of("The fighting has not stopped.", NULL);
	expect_no_status_of("The volcano has not stopped erupting.", NULL);
	expect_no_status_of("He was back up for the fight.", NULL);
	expect_status("Planes are flying again.", SW_STATUS_DONE, "restore", NULL);
	expect_status("The airline's fleet was back in the air on Monday.", SW_STATUS_DONE, "restore", NULL);
	expect_no_status_of("The ball was back in the air.", NULL);
	/* contact lost by a craft, not by a person with another */
	expect_status("The probe lost all contact with Earth on Monday.", SW_STATUS_MISSING, NULL, "probe lost all contact");
	expect_no_status_of("He lost contact with his family years ago.", NULL);
	expect_status("Contact with the probe has been re-established.", SW_STATUS_FOUND, NULL, NULL);
	expect_status("Thieves stole a Stradivarius from the hall.", SW_STATUS_MISSING, "find", NULL);
	expect_no_status_of("He stole the show.", NULL);
	expect_status("Firefighters led the children to safety.", SW_STATUS_FOUND, "find", NULL);
	expect_no_status_of("The ship was stranded.", NULL);
	expect_status("The measure was vetoed by the governor.", SW_STATUS_NEGATED, NULL, "measure was vetoed");
	expect_no_status_of("She vetoed the idea.", NULL);
	expect_status("The family are challenging their deportation.", SW_STATUS_EXPECTED, "removal", NULL);
	expect_no_status_of("Firefighters are fighting the blaze's spread.", "removal");
	expect_status("A soldier has been killed in the attack.", SW_STATUS_DONE, "death", NULL);
	expect_status("The hostage was killed by his captors.", SW_STATUS_DONE, "find", NULL);
	expect_no_status_of("Twelve people were killed in the crash.", NULL);
	/* what one is to be is no event ("the last", "a success"), nor is
	 * an adverb ("will now", "will likely"): the verb after them is */
	expect_no_status_of("The episode is expected to be the last.", NULL);
	expect_no_status_of("It will still be a success.", NULL);
	expect_status("The deal is expected to be a success.", SW_STATUS_EXPECTED, "agreement", "deal is expected");
	expect_status("The talks will also be held in Paris.", SW_STATUS_EXPECTED, NULL, "will also be held");
	expect_status("Prices will likely rise.", SW_STATUS_EXPECTED, NULL, "will likely rise");
	expect_no_status_of("The delay was due to the weather.", NULL);
	expect_status("His transfer to Chelsea fell through.", SW_STATUS_NEGATED, "transfer", NULL);
	expect_no_status_of("The move was criticised.", NULL);
	expect_status("The club has appointed Jones as its new manager.", SW_STATUS_DONE, "appointment", NULL);
	expect_status("He was confirmed as prime minister.", SW_STATUS_DONE, "appointment", NULL);
	expect_no_status_of("She was named after her grandmother.", NULL);
	expect_no_status_of("The ship was named Queen Mary.", NULL);
	expect_status("The wedding is off after a row.", SW_STATUS_NEGATED, "wedding", "wedding is off");
	expect_no_status_of("The deal is off the table.", NULL);
	expect_no_status_of("The pact must be signed by both leaders.", NULL);
	expect_no_status_of("The plan must be approved by the court.", NULL);
	expect_status("The treaty was finally signed.", SW_STATUS_DONE, "agreement", "signed");
	expect_status("The deal has still not been approved.", SW_STATUS_NEGATED, "agreement", "has still not been approved");
	expect_status("The two sides have so far not agreed.", SW_STATUS_NEGATED, NULL, NULL);
	expect_no_status_of("Whether the deal is approved remains unclear.", NULL);
	expect_no_status_of("It is not clear whether the talks have collapsed.", NULL);
	/* a denial's event is its verb, past an adverb, never an article;
	 * a finding concluded is no deal concluded */
	expect_status("The firm doesn't already own the site.", SW_STATUS_NEGATED, NULL, "doesn't already own");
	expect_no_status_of("He will not be a candidate.", NULL);
	expect_no_status_of("The report concluded that the safety net was weak.", NULL);
	expect_status("The talks concluded on Friday.", SW_STATUS_DONE, "agreement", NULL);
	/* one caught as a person, not a glimpse caught; none reached, none
	 * signed up for */
	expect_status("Police caught the gunman on Friday.", SW_STATUS_FOUND, "find", NULL);
	expect_no_status_of("Doctors caught his condition early.", NULL);
	expect_no_status_of("You have signed up for the newsletter.", NULL);
	expect_status("The firm has reached no agreement on any deals.", SW_STATUS_NEGATED, "agreement", NULL);
	expect_status("The House impeached the president on Wednesday.", SW_STATUS_DONE, "impeachment", "impeached");
	expect_no_status_of("The senator impeached the credibility of the witness.", NULL);
	expect_status("Labour retained the seat with a reduced majority.", SW_STATUS_DONE, "vote", NULL);
	expect_status("The judge quashed the penalty.", SW_STATUS_NEGATED, "verdict", NULL);
	expect_no_status_of("The weather was fine.", NULL);
	/* agreed in the simple past to what follows, the verb the phrase's;
	 * not agreed with, nor that, nor denied */
	expect_status("The firm agreed to buy the rival chain.", SW_STATUS_DONE, "agreement", "agreed to buy");
	expect_status("The two sides agreed in principle to a ceasefire.", SW_STATUS_DONE, "agreement", "agreed");
	expect_status("The rebels agreed to lay down their arms.", SW_STATUS_DONE, "agreement", "agreed to lay down");
	expect_no_status_of("He agreed with the critics.", NULL);
	expect_no_status_of("Analysts have agreed that the plan was fair.", NULL);
	expect_no_status_of("Both sides have agreed with the findings.", NULL);
	expect_no_status_of("Analysts agreed that the plan was fair.", NULL);
	expect_no_status_of("The board never agreed to sell the firm.", "agreement");
	/* a curb imposed or in force, and lifted; not one imposed as an
	 * adjective ("Trump-imposed"), nor lifting denied */
	expect_status("The EU imposed an arms embargo on the country.", SW_STATUS_DONE, "restriction", "imposed an arms embargo");
	expect_status("Iran remains under sanctions.", SW_STATUS_DONE, "restriction", "remains under sanctions");
	expect_status("Tariffs on steel remain in force.", SW_STATUS_DONE, "restriction", "Tariffs on steel remain in force");
	expect_status("The US lifted sanctions on Iran.", SW_STATUS_NEGATED, "restriction", "lifted sanctions");
	expect_status("After the vote, the president imposed a trade embargo on the country.", SW_STATUS_DONE, "restriction", "imposed a trade embargo");
	expect_no_status_of("Revenues from the Trump-imposed tariffs have totaled $63 billion.", "restriction");
	expect_no_status_of("The US has not lifted sanctions.", "restriction");
	expect_status("The minister kept her job.", SW_STATUS_NEGATED, "resignation", "kept her job");
	expect_no_status_of("He is fighting to keep his job.", NULL);
	expect_status("All crew members have now been accounted for.", SW_STATUS_FOUND, "find", "have now been accounted for");
	expect_no_status_of("The costs are accounted for in the budget.", NULL);
	expect_no_status_of("Exports accounted for 40% of sales.", NULL);
	expect_status("The firm put the merger on hold.", SW_STATUS_NEGATED, "agreement", "put the merger on hold");
	expect_status("The wedding is back on after all.", SW_STATUS_EXPECTED, "wedding", "wedding is back on");
	expect_no_status_of("The lights are back on.", NULL);
	expect_status("He was suspended for three matches.", SW_STATUS_DONE, "verdict", "was suspended for three matches");
	expect_status("The suspension was overturned on appeal.", SW_STATUS_NEGATED, "verdict", "suspension was overturned");
	expect_status("Flights were suspended for two weeks.", SW_STATUS_NEGATED, "restore", "Flights were suspended");
	expect_status("She signed up to run the marathon.", SW_STATUS_DONE, "agreement", "signed up to run");
	expect_no_status_of("He signed up for the course.", NULL);
	expect_no_status_of("They signed on to the letter.", NULL);
	expect_status("Rescuers have found no survivors.", SW_STATUS_FOUND, "find", "have found no survivors");
	expect_no_status_of("Police found no evidence of foul play.", NULL);
	expect_status("The lift is out of service.", SW_STATUS_NEGATED, "restore", "is out of service");
	expect_status("The line is back in service.", SW_STATUS_DONE, "restore", "is back in service");
	expect_status("The refinery is shut.", SW_STATUS_NEGATED, "restore", "refinery is shut");
	expect_no_status_of("He went offline for a week.", NULL);
	expect_status("Google pulled the app from the Play Store.", SW_STATUS_NEGATED, "restore", "pulled the app from the Play Store");
	expect_status("The app has returned to Google Play.", SW_STATUS_DONE, "restore", "returned to Google Play");
	expect_no_status_of("The app is available on the App Store.", NULL);
	/* a storm away from land after all */
	expect_status("The storm has turned away from the coast.", SW_STATUS_NEGATED, "landfall", "storm has turned away from");
	expect_status("The storm missed the coast.", SW_STATUS_NEGATED, "landfall", "storm missed the coast");
	expect_no_status_of("The crowd turned away from the stage.", NULL);
	/* an inquiry that found nothing is over, with nothing to answer */
	expect_status("Regulators found no wrongdoing.", SW_STATUS_NEGATED, "investigation", "Regulators found no wrongdoing");
	expect_status("The inquiry concluded there was no evidence of wrongdoing.", SW_STATUS_NEGATED, "investigation",
		      "inquiry concluded there was no evidence of wrongdoing");
	expect_no_status_of("The inquiry found no survivors.", "investigation");
	/* a building told open, as it may be told shut */
	expect_status("The embassy remains open.", SW_STATUS_DONE, "restore", "embassy remains open");
	expect_status("Galleries are open.", SW_STATUS_DONE, "restore", "Galleries are open");
	expect_status("The office is closed.", SW_STATUS_NEGATED, "restore", "office is closed");
	/* a rule's words each in its gate: "hoping", "shelved" */
	expect_status("The club is hoping to sign a striker.", SW_STATUS_EXPECTED, "agreement", "hoping to sign");
	expect_status("The investigation had been shelved.", SW_STATUS_NEGATED, "investigation", "investigation had been shelved");
	/* a removal faced in the plain present, not a face mask */
	expect_status("The tenants face eviction.", SW_STATUS_EXPECTED, "removal", "face eviction");
	expect_status("Thousands face possible deportation.", SW_STATUS_EXPECTED, "removal", "face possible deportation");
	expect_no_status_of("The face mask ban is popular.", NULL);
	/* a deal cleared, in the passive */
	expect_status("The merger was cleared by regulators.", SW_STATUS_DONE, "agreement", "merger was cleared");
	expect_status("The takeover has been waved through.", SW_STATUS_DONE, "agreement", "takeover has been waved through");
	expect_no_status_of("The deal was cleared for take-off.", "agreement");
	/* a thing for sale, "up" or not */
	expect_status("The house is for sale.", SW_STATUS_EXPECTED, "sale", "is for sale");
	expect_status("The club is still up for sale.", SW_STATUS_EXPECTED, "sale", "is still up for sale");
	/* a marriage told as it stands, and its end begun */
	expect_status("The couple are married.", SW_STATUS_DONE, "wedding", "are married");
	expect_status("The couple are divorcing.", SW_STATUS_NEGATED, "wedding", "are divorcing");
	expect_status("She has filed for divorce.", SW_STATUS_NEGATED, "wedding", "filed for divorce");
	expect_status("The couple are to divorce.", SW_STATUS_NEGATED, "wedding", "are to divorce");
	expect_no_status_of("They are married to their jobs.", "wedding");
	expect_no_status_of("The wall is separating the two towns.", "wedding");
	/* a ban told by its verb, the verdict family's as "ban" is; not a
	 * banned thing */
	expect_status("A court banned the march.", SW_STATUS_DONE, "verdict", "banned the march");
	expect_status("TikTok has been banned in India.", SW_STATUS_DONE, "verdict", "has been banned");
	expect_status("The party was outlawed in 1990.", SW_STATUS_DONE, "verdict", "was outlawed");
	expect_no_status_of("He tested positive for a banned substance.", NULL);
	/* what comes into force is of its subject's family; told in the
	 * present with its time, it is ahead */
	expect_status("The law, passed in March, took effect in January.", SW_STATUS_DONE, "vote", "took effect");
	expect_status("The ceasefire took effect at midnight.", SW_STATUS_DONE, "agreement", "took effect");
	expect_status("The ban comes into force on Monday.", SW_STATUS_EXPECTED, "verdict", "comes into force");
	expect_status("The new rules take effect in January.", SW_STATUS_EXPECTED, NULL, "take effect");
	expect_no_status_of("It takes effect in the form of a tax.", NULL);
	/* a strike begun; not a walk out of talks, nor an air strike */
	expect_status("Nurses began a 48-hour strike on Tuesday.", SW_STATUS_EXPECTED, "agreement", "began a 48-hour strike");
	expect_no_status_of("The delegation walked out of the talks.", NULL);
	expect_no_status_of("The army began an air strike.", NULL);
	expect_status("The inquiry into the crash has been dropped.", SW_STATUS_NEGATED, "investigation", NULL);
	expect_no_status_of("The inquiry was closed to the public.", NULL);
	expect_status("The storm knocked out power to 20,000 homes.", SW_STATUS_NEGATED, "restore", "knocked out power");
	expect_status("About 20,000 homes lost power.", SW_STATUS_NEGATED, "restore", "homes lost power");
	expect_no_status_of("The party lost power in 2010.", NULL);
	/* one let out on parole, as from prison; no release of an album */
	expect_status("He was released on parole.", SW_STATUS_FOUND, "find", "was released on parole");
	expect_no_status_of("He was released early on licence.", "launch");
	/* "the drop" is relegation only as a whole: a fall is none */
	expect_status("Burnley escaped the drop on the final day.", SW_STATUS_NEGATED, "relegation", "escaped the drop");
	expect_status("Sales did not drop.", SW_STATUS_NEGATED, "drop", NULL);
	/* a place sealed is shut, a deal sealed done; a goal that sealed a
	 * win, or an area sealed off, neither */
	expect_status("Police have sealed the border.", SW_STATUS_NEGATED, "restore", "sealed the border");
	expect_status("The deal was sealed on Friday.", SW_STATUS_DONE, "agreement", "deal was sealed");
	expect_status("The two firms have sealed a merger.", SW_STATUS_DONE, "agreement", "have sealed");
	expect_no_status_of("Police sealed off the area.", NULL);
	expect_no_status_of("Zucker's empty-net goal sealed it.", NULL);
	/* an event ruled out; an election called, not called for; a player
	 * ruled out is his fitness's */
	expect_status("The government ruled out a deal.", SW_STATUS_NEGATED, "agreement", "ruled out a deal");
	expect_status("The prime minister called a snap election.", SW_STATUS_DONE, "vote", "called a snap election");
	expect_no_status_of("The opposition called for an election.", NULL);
	expect_no_status_of("The striker was ruled out of the final.", NULL);
	/* a question opened by an auxiliary asks and states nothing, nor
	 * does an auxiliary before a pronoun; a statement before a question
	 * still states */
	expect_no_status_of("Has the strike ended?", NULL);
	expect_no_status_of("Don’t tariffs produce revenue?", NULL);
	expect_no_status_of("Why did the talks collapse?", NULL);
	expect_no_status_of("It’s her music, so why can’t she sing it?", NULL);
	expect_no_status_of("Will Warren continue to face the heat?", NULL);
	expect_status("The talks collapsed, so what now?", SW_STATUS_NEGATED, "agreement", "talks collapsed");
	expect_status("Diplomatic relations with Iran were severed in 1980.", SW_STATUS_NEGATED, "restore", NULL);
	expect_status("Morocco re-established diplomatic relations with Israel.", SW_STATUS_DONE, "restore", NULL);
	/* a deal told as reached in the passive; an agreement that something
	 * is so is no deal */
	expect_status("A deal has been reached.", SW_STATUS_DONE, "agreement", "deal has been reached");
	expect_status("The ceasefire was finally agreed on Sunday.", SW_STATUS_DONE, NULL, NULL);
	expect_no_status_of("It was agreed that the plan was fair.", NULL);
	/* what still stands beside a stronger status has not turned */
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Volcano", "Iceland has declared a state of emergency.\nRest.\n"),
			    STORY("Volcano", "Iceland has declared a state of emergency, and flights are not affected.\nRest.\n"));
	assert_null(find_change(e, "status", "declared a state of emergency", NULL));
	assert_non_null(find_change(e, "status", NULL, "are not affected"));
	/* a count sacked is jobs cut, no dismissal */
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Ferries", "The ferry firm is cutting jobs.\nRest.\n"),
			    STORY("Ferries", "The ferry firm broke the law when it sacked 786 workers.\nRest.\n"));
	assert_null(find_change(e, "status", NULL, NULL));
	/* a headline's "to" after a verb or before a count is no future */
	{
		g_autoptr(SwStatus) h = sw_status_of_headline("Appeal court cuts former mayor's sentence to nine years");
		g_autoptr(SwStatus) i = sw_status_of_headline("Floods force 3,000 to leave their homes");
		g_autoptr(SwStatus) j = sw_status_of_headline("Chancellor to raise fuel duty");
		g_autoptr(SwStatus) k = sw_status_of_headline("Rail talks resume on Monday");
		g_autoptr(SwStatus) l = sw_status_of_headline("Work resumes on bridge");
		assert_non_null(k);
		assert_int_equal(k->kind, SW_STATUS_EXPECTED);
		assert_null(l);
		/* "will" before a denial is no future of its own */
		g_autoptr(GPtrArray) all = sw_status_all_of_sentence("The summit will no longer go ahead.");
		assert_int_equal(all->len, 1);
		assert_int_equal(((SwStatus *)g_ptr_array_index(all, 0))->kind, SW_STATUS_NEGATED);
		/* what will be or is to be freed is ahead, no one found */
		g_autoptr(SwStatus) o = sw_status_of_sentence("The hostages will be freed on Friday.");
		g_autoptr(SwStatus) p = sw_status_of_headline("Aid worker to be freed on Friday");
		assert_int_equal(o->kind, SW_STATUS_EXPECTED);
		assert_int_equal(p->kind, SW_STATUS_EXPECTED);
		assert_string_equal(p->phrase, "to be freed");
		/* an account hijacked holds no one */
		g_autoptr(SwStatus) n = sw_status_of_sentence("Hackers hijacked the account of the mayor.");
		/* home again after a tour: no evacuation over */
		g_autoptr(SwStatus) home = sw_status_of_sentence("She has returned home from the tour.");
		g_autoptr(SwStatus) back = sw_status_of_sentence("Residents can now return to their homes.");
		assert_null(n);
		assert_null(home);
		/* admitted to hospital: no plea */
		{
			g_autoptr(SwStatus) ward = sw_status_of_sentence("He was admitted to hospital.");
			assert_null(ward);
		}
		/* found safe: one sought; a finding of a thing is none */
		{
			g_autoptr(SwStatus) safe = sw_status_of_sentence("Rescuers found the climber safe and well.");
			g_autoptr(SwStatus) finding = sw_status_of_sentence("The study found the drug was safe.");
			assert_non_null(safe);
			assert_int_equal(safe->kind, SW_STATUS_FOUND);
			assert_null(finding);
		}
		/* a network down is a service stopped; its traffic down 5% is a
		 * figure */
		{
			g_autoptr(SwStatus) off = sw_status_of_sentence("The network went down on Monday.");
			g_autoptr(SwStatus) less = sw_status_of_sentence("The network was down 5% on the year.");
			assert_non_null(off);
			assert_string_equal(off->event, "restore");
			assert_null(less);
		}
		/* cleared of a charge: a verdict; a road of debris, open again:
		 * restored; skies cleared up: none */
		{
			g_autoptr(SwStatus) charge = sw_status_of_sentence("She has been cleared of all wrongdoing.");
			g_autoptr(SwStatus) road = sw_status_of_sentence("The road was cleared of debris.");
			g_autoptr(SwStatus) sky = sw_status_of_sentence("The skies cleared up by noon.");
			assert_non_null(charge);
			assert_int_equal(charge->kind, SW_STATUS_DONE);
			assert_string_equal(charge->event, "verdict");
			assert_non_null(road);
			assert_string_equal(road->event, "restore");
			assert_null(sky);
		}
		/* let out of prison: freed, not a product launched */
		{
			g_autoptr(SwStatus) prison = sw_status_of_sentence("She was released from prison on Tuesday.");
			g_autoptr(SwStatus) ward = sw_status_of_sentence("He was released from hospital.");
			g_autoptr(SwStatus) album = sw_status_of_sentence("The album was released on Friday.");
			assert_non_null(prison);
			assert_int_equal(prison->kind, SW_STATUS_FOUND);
			assert_string_equal(prison->event, "find");
			assert_null(ward);
			assert_non_null(album);
			assert_string_equal(album->event, "launch");
		}
		assert_non_null(back);
		assert_int_equal(back->kind, SW_STATUS_NEGATED);
		assert_string_equal(back->event, "warning");
		assert_null(h);
		assert_null(i);
		assert_non_null(j);
		assert_string_equal(j->phrase, "to raise");
	}
	/* what a thing would cost is no event */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Strike", "Talks between the two sides broke down on Wednesday.\nRest.\n"),
			    STORY("Strike", "No new talks have been scheduled.\nRest.\nThe airline said the strike would cost it about €60 million.\n"));
	assert_null(find_change(d, "status", NULL, "would cost"));
}

/* a person new to the story is named once, by the full name, though a
 * later sentence gives the family name alone */
static void
test_person_once(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Bank names chief", "Rest.\n"),
	    STORY("Bank names chief", "Linden Bank has named Sofia Marin as chief executive.\nRest.\nMs Marin, 48, joined the bank in 2015.\n"));
	(void)state;
	assert_non_null(find_change(d, "person", NULL, "Sofia Marin"));
	assert_null(find_change(d, "person", NULL, "Marin"));
	/* a person with a role is no body misread: an airline is not the new
	 * value of a chief executive */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(
	    STORY("Boeing 737 Max deliveries to resume",
		  "Boeing expects to resume deliveries of its 737 Max jet to China in the second quarter, chief executive Dave Calhoun said.\n"
		  "Deliveries have been halted since 2019.\n"),
	    STORY("Boeing resumes 737 Max deliveries to China",
		  "Boeing resumed deliveries of its 737 Max jet to China on Wednesday, handing over the first aircraft to China Southern Airlines.\n"
		  "Deliveries had been halted since 2019.\n"));
	assert_null(find_change(d, "org", "Dave Calhoun", NULL));
	assert_null(find_change(d, "person", "Dave Calhoun", "China Southern Airlines"));
}

/* a count of what another fact's label says reads as a count */
static void
test_count_labels(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Tour", "The singer will tour the UK.\nRest.\n"),
					      STORY("Tour", "The singer will tour the UK.\nRest.\nShe has cancelled the remaining 11 dates of her tour.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "new dates 11"));
	assert_null(strstr(d->summary, "new date 11"));
}

/* a headline's round figures give way to the lede's close ones; a
 * figure "first reported" is what the value was */
static void
test_headline_rounds(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Breach exposes 2 million customers", "Hackers took the data of about 2 million customers, the bank said.\nRest.\n"),
	    STORY("Breach hit 7 million customers", "Hackers took the data of 7.1 million customers, far more than the 2 million it first reported.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Results", "Net profit rose to $610 million, or $2.14 a share.\nRest.\n"),
	    STORY("Results", "Net profit was $480 million, or $1.68 a share, not $610 million as first reported.\nRest.\n"));
	(void)state;
	assert_non_null(find_change(d, "number", "about 2 million", "7.1 million"));
	assert_null(find_change(d, "number", "2 million", "7 million"));
	assert_null(find_change(d, "number", NULL, "2 million"));
	assert_non_null(find_change(e, "amount", "$610 million", "$480 million"));
	assert_non_null(find_change(e, "amount", "$2.14", "$1.68"));
	/* what had been expected is what the value was */
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Duty", "The chancellor is expected to raise fuel duty by 5p a litre.\nDuty raises £25 billion.\n"),
			    STORY("Duty", "The chancellor has raised fuel duty by 3p a litre, less than the 5p that had been expected.\nDuty raises £25 billion.\n"));
	assert_non_null(find_change(e, "amount", "5p", "3p"));
}

/* a name the new version still holds, if only in a possessive
 * ("Iceland's Met Office"), was not replaced by another */
static void
test_name_held_possessive(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Volcano alert raised in Iceland", "The alert near Grindavik was raised, Iceland's Met Office said.\nRest.\n"),
	    STORY("Volcano erupts near Grindavik", "The alert near Grindavik was raised, Iceland\u2019s Met Office said.\nRest.\n"));
	(void)state;
	assert_null(find_change(d, "place", "Iceland", NULL));
}

/* flights cancelled are a figure, no event, and an event is no
 * preposition ("cancelled at UK airports") */
static void
test_cancelled_count(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Storm", "Heathrow cancelled 240 flights on Sunday.\nRest.\n"),
					      STORY("Storm", "Heathrow grounded 600 flights on Sunday.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Deal", "Regulators are reviewing the £7.2bn merger.\nRest.\n"),
					      STORY("Deal", "Regulators have blocked the £7.2bn merger.\nRest.\n"));
	g_autoptr(SwDiff) f = sw_diff_stories(STORY("Storm", "Some flights were delayed at UK airports.\nRest.\n"),
					      STORY("Storm", "Some flights were cancelled at UK airports.\nRest.\n"));
	(void)state;
	assert_null(find_change(d, "status", NULL, NULL));
	assert_non_null(find_change(e, "status", NULL, "blocked the £7.2bn merger"));
	assert_null(find_change(f, "status", NULL, "cancelled at"));
}

/* "was not enough", "is not clear" deny a state, no event; a
 * participle, an end reached or "not yet" tell one */
static void
test_state_denied(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Deal", "The companies offered to sell 14 factories.\nRest.\n"),
					      STORY("Deal", "The companies offered to sell 14 factories, which the regulator said was not enough.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Fire", "The cause of the fire was under investigation.\nRest.\n"),
					      STORY("Fire", "The cause of the fire was not immediately clear.\nRest.\n"));
	g_autoptr(SwDiff) f = sw_diff_stories(STORY("Pact", "The text of the pact will be signed on Monday.\nRest.\n"),
					      STORY("Pact", "The text of the pact was not ready on Monday.\nRest.\n"));
	g_autoptr(SwDiff) g = sw_diff_stories(STORY("Pact", "The text of the pact will be signed on Monday.\nRest.\n"),
					      STORY("Pact", "The text of the pact is not yet available.\nRest.\n"));
	(void)state;
	assert_null(find_change(d, "status", NULL, NULL));
	assert_null(find_change(e, "status", NULL, NULL));
	assert_non_null(find_change(f, "status", NULL, "was not ready"));
	assert_non_null(find_change(g, "status", NULL, "is not yet available"));
}

/* a rate is its figure's: told with it ("new amount £70 a day"), or as
 * a rate when only it changed */
static void
test_rate(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Power", "The plant was shut.\nRest.\n"),
					      STORY("Power", "The plant was shut.\nStaff will get £70 a day.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Pay", "It costs £5 a week.\nRest.\n"),
					      STORY("Pay", "It costs £5 a month.\nRest.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "new amount £70 a day"));
	assert_null(strstr(d->summary, "date a day"));
	assert_non_null(strstr(e->summary, "rate a week → a month"));
}

/* a headline's figure that names nothing gives way to its body's with a
 * noun: one change */
static void
test_headline_bare_figure(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Floods force 3,000 to leave homes", "About 3,000 people have left their homes.\nRest.\n"),
	    STORY("Floods: 5,000 forced from homes", "About 5,000 people have left their homes.\nRest.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "people About 3,000 → About 5,000"));
	assert_null(find_change(d, "number", "3,000", "5,000"));
}

/* a new value told of one old value is no new value of another too */
static void
test_one_new_value(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("UK records hottest day of the year at 34.2C",
		  "Temperatures reached 34.2C at Heathrow on Tuesday, the hottest day of the year so far, the Met Office said.\n"
		  "Rest.\nForecasters say temperatures could reach 36C on Wednesday.\n"),
	    STORY("UK breaks temperature record as 40.3C recorded",
		  "Temperatures reached 40.3C in Coningsby, Lincolnshire, on Wednesday, the highest ever recorded in the UK, the Met Office said.\n"
		  "Rest.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "34.2 → 40.3"));
	assert_null(find_change(d, "number", "36", "40.3"));
}

/* one dead told by a noun its age opens: the toll shows the noun */
static void
test_dead_with_age(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Fire", "A fire broke out.\nRest.\n"),
					      STORY("Fire", "A fire broke out.\nA seven-year-old girl has died in hospital.\nRest.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "new death toll 1 (girl)"));
}

/* a speaker's one quote gone for one new, in sentences rewritten past
 * pairing, is one change; two of theirs gone are no one replaced */
static void
test_quote_replaced(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Appeal", "Rest.\nDetective Inspector Claire Dunn said: \"Someone knows who was driving that van.\"\n"),
	    STORY("Appeal", "Rest.\nDetective Inspector Claire Dunn said: \"We still need the public's help.\"\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Appeal", "Rest.\nClaire Dunn said: \"Someone knows who was driving.\"\n\"Please call us,\" Claire Dunn added.\n"),
	    STORY("Appeal", "Rest.\nClaire Dunn said: \"We still need the public's help.\"\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "Claire Dunn quote replaced"));
	assert_null(strstr(d->summary, "withdrawn"));
	assert_null(strstr(e->summary, "quote replaced"));
}

/* a count's choice ("three members voted for a cut") and cash "freed
 * up" are no status */
static void
test_vote_choice(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Rates", "The bank held rates at 4%.\nRest.\n"),
					      STORY("Rates", "The bank held rates at 4%, though three members voted for a cut.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Cash", "The sale raised £2m.\nRest.\n"),
					      STORY("Cash", "The sale raised £2m and freed up cash for the club.\nRest.\n"));
	(void)state;
	assert_null(find_change(d, "status", NULL, NULL));
	assert_null(find_change(e, "status", NULL, NULL));
	{
		g_autoptr(SwDiff) f = sw_diff_stories(STORY("Dig", "Builders began work on the car park.\nRest.\n"),
						      STORY("Dig", "Builders began work on the car park.\nThe remains of a Roman villa were found under it.\nRest.\n"));
		assert_null(find_change(f, "status", NULL, NULL));
	}
	{
		/* money withdrawn is no one pulling out, nor support withdrawn
		 * an event called off; a bid withdrawn is */
		g_autoptr(SwDiff) g = sw_diff_stories(STORY("Cash", "He spent £500 on Monday.\nRest.\n"),
						      STORY("Cash", "He withdrew £500 on Monday.\nRest.\n"));
		g_autoptr(SwDiff) h = sw_diff_stories(STORY("Vote", "Varga will face a confidence vote on Monday.\nRest.\n"),
						      STORY("Vote", "Rest.\nThe Greens withdrew their support before the confidence vote.\n"));
		g_autoptr(SwDiff) i = sw_diff_stories(STORY("Bid", "Calder is expected to raise its £4bn offer for Northwind.\nRest.\n"),
						      STORY("Bid", "Calder withdrew its £4bn offer for Northwind.\nRest.\n"));
		assert_null(find_change(g, "status", NULL, NULL));
		assert_null(find_change(h, "status", NULL, NULL));
		assert_non_null(find_change(i, "status", NULL, "withdrew its £4bn offer"));
	}
	{
		/* "remains" the verb finds nothing: the climber is still missing */
		g_autoptr(SwDiff) o = sw_diff_stories(STORY("Climber", "A climber went missing on Ben Nevis.\nRest.\n"),
						      STORY("Climber", "The climber remains missing, but rescuers found his tent.\nRest.\n"));
		assert_null(find_change(o, "status", NULL, NULL));
		/* a source that would not say denies nothing */
		g_autoptr(SwDiff) l = sw_diff_stories(STORY("Cuts", "The company said 200 jobs would go.\nRest.\n"),
						      STORY("Cuts", "The company did not say how many jobs would go.\nRest.\n"));
		assert_null(find_change(l, "status", NULL, NULL));
		/* another subject's denial is no turn of this one's event */
		g_autoptr(SwDiff) m = sw_diff_stories(STORY("Plant", "The company will open a plant in Ohio.\nRest.\n"),
						      STORY("Plant", "Rest.\nThe union has withdrawn from the talks.\n"));
		assert_null(find_change(m, "status", "will open", NULL));
		/* lengths of other things are no pair */
		g_autoptr(SwDiff) n = sw_diff_stories(STORY("Bank", "He worked for 10 years at the bank.\nRest.\n"),
						      STORY("Bank", "Rest.\nThe merger took two years.\n"));
		assert_null(find_change(n, "duration", "10 years", "two years"));
		/* still denied is not done */
		g_autoptr(SwDiff) k = sw_diff_stories(STORY("Trial", "Results have not yet been published.\nRest.\n"),
						      STORY("Trial", "Results will not be published until May.\nRest.\n"));
		assert_null(find_change(k, "status", NULL, "published"));
		/* rebels fighting an army fight no fire */
		g_autoptr(SwDiff) j = sw_diff_stories(STORY("War", "Rebels are fighting the army.\nRest.\n"),
						      STORY("War", "The fighting has been brought under control.\nRest.\n"));
		assert_null(find_change(j, "status", "are fighting the army", NULL));
	}
}

/* a count is paired with the same holder's, the noun a list leaves out
 * read from its first item; a sentence's opening words hold nothing */
static void
test_counts_by_owner(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Count", "With 40 of 60 seats declared, Labour had won 18 seats, Plaid Cymru 14 and Reform UK 6, officials said.\n"),
	    STORY("Count", "Plaid Cymru has won 24 of the 60 seats, ahead of Labour on 22 and Reform UK on 11, officials said.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Crash", "Police said 5 people were hurt in the crash.\n"),
					      STORY("Crash", "Officials said 7 people were hurt in the crash.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "Labour 18 → 22"));
	assert_non_null(strstr(d->summary, "Plaid Cymru 14 → 24"));
	assert_null(strstr(d->summary, "40 →"));
	assert_non_null(strstr(e->summary, "5 → 7"));
	/* shares held: a holder further back before "with", one named
	 * right before the figure without its "'s", and the share counted
	 * no one's */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Count", "With 60% of the votes counted, Jane Smith leads with 48% to Tom Jones's 45%, officials said.\n"),
			    STORY("Count", "Tom Jones has won the mayoral race with 51% of the vote to Jane Smith's 47%, with all votes "
					   "counted, officials said.\n"));
	assert_non_null(strstr(d->summary, "Tom Jones 45% → 51%"));
	assert_non_null(strstr(d->summary, "Jane Smith 48% → 47%"));
	assert_null(strstr(d->summary, "60% →"));
	/* what the holder won with it is no holder */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Count", "Maria Ruiz is projected to win Chile's presidential election with about 54% of the vote.\n"),
			    STORY("Count", "Maria Ruiz has won Chile's presidential election with 55.8% of the vote.\n"));
	assert_non_null(strstr(d->summary, "Maria Ruiz about 54% → 55.8%"));
	/* the same with the curly apostrophe most pages print */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Count", "Jane Smith leads with 48% to Tom Jones’s 45%.\n"),
			    STORY("Count", "Jane Smith leads with 47% to Tom Jones’s 46%.\n"));
	assert_non_null(strstr(d->summary, "Tom Jones 45% → 46%"));
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Count", "Maria Ruiz is projected to win Chile’s presidential election with about 54% of "
					   "the vote.\n"),
			    STORY("Count", "Maria Ruiz has won Chile’s presidential election with 55.8% of the vote.\n"));
	assert_non_null(strstr(d->summary, "Maria Ruiz about 54% → 55.8%"));
	/* a name's market figure is theirs whole: "Hollis shares" */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Bid", "Greystone made an offer, and Hollis shares rose 18%.\nOil prices were steady.\n"),
			    STORY("Bid", "Greystone raised its offer, and Hollis shares rose 4%.\nOil prices fell 2%.\n"));
	assert_non_null(strstr(d->summary, "Hollis shares 18% → 4%"));
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Growth", "The UK economy grew by 0.3% in the three months to September.\n"),
			    STORY("Growth", "The UK economy grew by 0.1% in the three months to September, revised down.\n"));
	assert_non_null(strstr(d->summary, "UK economy 0.3% → 0.1%"));
	/* or the measure named right after it */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Stake", "The fund bought a 10% stake in the firm.\nThe union rejected a 5% offer.\n"),
			    STORY("Stake", "The fund bought a 12% stake in the firm.\nThe union rejected a 5.5% offer.\n"));
	assert_non_null(strstr(d->summary, "stake 10% → 12%"));
	assert_non_null(strstr(d->summary, "offer 5% → 5.5%"));
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Vaccine", "Trials showed 83% efficacy.\n"), STORY("Vaccine", "Trials showed 84% efficacy.\n"));
	assert_non_null(strstr(d->summary, "efficacy 83% → 84%"));
	/* a market's figure in lower case holds its own */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Outlook", "The firm cut its outlook, and its shares fell 3% on Monday.\n"),
			    STORY("Outlook", "The firm cut its outlook again, and its shares fell 8% on Monday.\n"));
	assert_non_null(strstr(d->summary, "shares 3% → 8%"));
	/* an age is its person's: a man's is no old age of a woman */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Stabbing", "A 32-year-old man has been arrested after a woman was stabbed in Glasgow.\nRest.\n"),
			    STORY("Stabbing", "A 28-year-old woman who was stabbed in Glasgow has died in hospital.\nRest.\n"));
	assert_null(find_change(d, "number", "32", "28"));
	/* a holding foretold is held */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Exit poll", "The Liberal Democrats are forecast to win 61 seats.\nRest.\n"),
			    STORY("Results", "The Liberal Democrats won 72 seats, their best result.\nRest.\n"));
	assert_non_null(strstr(d->summary, "Liberal Democrats 61 → 72"));
}

/* the turn the headline and the lede both tell is told once, from the
 * lede, which says from what, though the headline names the event */
static void
test_status_headline_and_lede(void **state)
{
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Hearing in Marlow murder case set for Monday", "A 34-year-old man charged with the murder of a woman in Marlow will appear at Reading Crown Court on Monday, police said.\n"),
	    STORY("Marlow murder hearing adjourned until April", "A hearing for a man charged with the murder of a woman in Marlow was adjourned on Monday until 14 April.\n"));
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Rail workers to strike over pay", "Train drivers will walk out on 14 April after rejecting a 3% pay offer, the union said.\n"),
	    STORY("Rail strike called off after improved pay offer", "Train drivers have called off strikes planned for 14 April after the offer rose to 4.5%, the union said.\n"));
	(void)state;
	assert_int_equal(count_changes(d, "status"), 1);
	assert_non_null(strstr(d->summary, "status “will walk out” → “called off strikes”"));
	assert_int_equal(count_changes(e, "status"), 1);
	assert_non_null(strstr(e->summary, "status “will appear” → “hearing … was adjourned”"));
	/* the headline's "April" is the body's "14 April", told more closely */
	for (guint k = 0; k < e->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(e->changes, k);
		if (g_strcmp0(c->new, "April") == 0)
			fail_msg("told: %s", c->phrase);
	}
}

/* what an old figure was, gone from the new version, is no news */
static void
test_was_values(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Outbreak", "Officials confirmed 84 cases, up from 52 last week.\n"),
					      STORY("Outbreak", "Officials confirmed 131 cases, up from 84 a week ago.\n"));
	(void)state;
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (g_strcmp0(c->old, "52") == 0)
			fail_msg("told: %s", c->phrase);
	}
	assert_non_null(strstr(d->summary, "case 84 → 131"));
	/* a figure the new version gives again, beside what it was, moved
	 * nowhere: "a pay offer of 4%" → "6.5% this year and 4% next year,
	 * up from 4%" */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Pay", "The union rejected a pay offer of 4%.\nRest.\n"),
			    STORY("Pay", "The airline offered 6.5% this year and 4% next year, up from 4%.\nRest.\n"));
	assert_null(strstr(d->summary, "4% → 4%"));
}

/* a toll the headline and the lede both give is one value: the only
 * count of the dead on each side is the same count */
static void
test_toll_in_headline_and_lede(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Earthquake strikes Turkey", "At least 12 people were killed and more than 200 injured, the minister said.\n"),
	    STORY("Earthquake toll rises to 47", "The death toll from the earthquake has risen to 47, officials said.\nMore than 600 people were injured, the minister said.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "death toll At least 12 → 47"));
}

/* an old value the headline and the body both gave has one new value */
static void
test_old_value_once(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Storm leaves 200,000 homes without power", "The storm has left about 200,000 homes without power.\nEngineers were working to restore supplies.\n"),
	    STORY("Thousands still without power after storm", "About 45,000 homes were still without power on Monday.\nThe company said it had restored supplies to 155,000 homes.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "about 200,000 → About 45,000"));
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (g_strcmp0(c->new, "155,000") == 0 && c->old != NULL)
			fail_msg("told: %s", c->phrase);
	}
}

/* years and lengths in the same words of sentences rewritten past
 * pairing are the same ones moved */
static void
test_years_across(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Recall", "Drivemark is recalling about 120,000 Terra SUVs built between 2021 and 2023 because of a fault that can cause the brakes to fail, the company said on Monday.\n"),
	    STORY("Recall", "Drivemark has widened its recall to about 310,000 Terra and Terra Max SUVs built between 2020 and 2024 because of a brake fault, after regulators linked two deaths to the problem.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Talks", "The proposal under discussion would pause fighting for 42 days and free 33 hostages.\n"),
	    STORY("Talks", "Both sides have agreed to a ceasefire that will pause fighting for 60 days, officials said.\n"));
	(void)state;
	assert_non_null(strstr(e->summary, "42 days → 60 days"));
	assert_non_null(strstr(d->summary, "SUV about 120,000 → about 310,000"));
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if ((g_strcmp0(c->old, "2021") == 0 && g_strcmp0(c->new, "2020") != 0) ||
		    (g_strcmp0(c->old, "2023") == 0 && g_strcmp0(c->new, "2024") != 0) ||
		    ((g_strcmp0(c->new, "2020") == 0 || g_strcmp0(c->new, "2024") == 0) && c->old == NULL))
			fail_msg("told: %s", c->phrase);
	}
}

/* a date of the old headline the new version still gives did not move */
static void
test_headline_date_kept(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Heatwave to peak at 38C on Wednesday", "Temperatures are expected to reach 38C on Wednesday, forecasters said.\n"),
	    STORY("UK records hottest June day", "Temperatures reached 36.1C on Wednesday, forecasters said.\n"));
	(void)state;
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (g_strcmp0(c->old, "Wednesday") == 0)
			fail_msg("told: %s", c->phrase);
	}
}

/* a count of the threatened is no old value of a count of the destroyed */
static void
test_counts_by_fate(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Fire", "Officials said more than 1,000 structures were threatened.\n"),
					      STORY("Fire", "Officials said at least 5,300 structures have been destroyed.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Fire", "Officials said 1,000 structures were destroyed.\n"),
					      STORY("Fire", "Officials said 5,300 structures were destroyed.\n"));
	(void)state;
	assert_null(strstr(d->summary, "1,000 →"));
	assert_non_null(strstr(d->summary, "new structure destroyed at least 5,300"));
	assert_non_null(strstr(e->summary, "1,000 → 5,300"));
	/* a verb in the singular after many, or one denied, befell no
	 * one counted */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Measles", "Rest.\n"),
			    STORY("Measles", "Rest.\nAn outbreak that infected 51 people has been declared over.\n"
					     "Most were under 10 who had not been vaccinated.\n"));
	assert_non_null(strstr(d->summary, "new people 51"));
	assert_null(strstr(d->summary, "declared 51"));
	assert_null(strstr(d->summary, "vaccinated"));
	/* or that a verb says befell them: jobs at risk are not jobs saved,
	 * and jobs cut are workers let go */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Store chain", "The chain entered administration, putting 2,100 jobs at risk.\nRest.\n"),
			    STORY("Store chain", "The chain was bought out of administration, saving 1,400 jobs.\nRest.\n"));
	assert_null(find_change(d, "number", "2,100", "1,400"));
	assert_non_null(strstr(d->summary, "job at risk 2,100 removed"));
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Plant", "The carmaker is cutting 800 jobs at the plant.\nRest.\n"),
			    STORY("Plant", "The carmaker has sacked 786 workers at the plant.\nRest.\n"));
	assert_non_null(find_change(e, "number", "800", "786"));
	/* as many, their fate turned: told as a turn, with each fate */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Plant", "The carmaker will cut 200 jobs at the plant.\nRest.\n"),
			    STORY("Plant", "The carmaker will create 200 jobs at the plant.\nRest.\n"));
	assert_non_null(find_change(d, "number", "200", "200"));
	assert_non_null(strstr(d->summary, "job lost 200 → created 200"));
	/* people's fates are their status's to tell */
	g_clear_pointer(&e, sw_diff_free);
	e = sw_diff_stories(STORY("Climbers", "Ten climbers are missing on the mountain.\nRest.\n"),
			    STORY("Climbers", "Ten climbers were rescued on the mountain.\nRest.\n"));
	assert_null(find_change(e, "number", "Ten", "Ten"));
	assert_non_null(find_change(e, "status", "are missing", "were rescued"));
	/* the hostages freed are no new count of those held, which the new
	 * version still gives ("two of the three hostages") */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Gunman holds three hostages in bank",
				  "Police say a gunman is holding three people hostage inside a bank in Lyon.\nRest.\n"),
			    STORY("Two hostages freed from Lyon bank",
				  "Police say two of the three hostages held inside a bank in Lyon have been freed.\nRest.\n"));
	assert_null(find_change(d, "number", "three", "Two"));
	assert_non_null(strstr(d->summary, "new hostage freed Two"));
	/* the missing are counted as missing */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Quake", "Rescuers are searching collapsed buildings.\nRest.\n"),
			    STORY("Quake", "Rescuers are searching collapsed buildings, and 12 people are still missing.\nRest.\n"));
	assert_non_null(strstr(d->summary, "new people missing 12"));
}

/* a job another holds now is a change of its holder; the same words
 * given to another are a quote put right, no new holder */
static void
test_new_holder(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Waiting lists", "Health Secretary Wes Streeting said on Monday the government would publish a plan by the end of the year.\n"),
	    STORY("Waiting lists", "Health Secretary Anna Lowe said on Thursday the government would publish a plan by the spring, days after replacing Wes Streeting.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(
	    STORY("Talks", "Foreign Minister Ana Ruiz said on Monday the talks would go on.\n"),
	    STORY("Talks", "Foreign Minister Ana Ruiz said on Tuesday the talks would go on.\n"));
	g_autoptr(SwDiff) f = sw_diff_stories(STORY("Strike", "\"We will not back down,\" said union leader John Smith.\n"),
					      STORY("Strike", "\"We will not back down,\" said union leader Jane Doe.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "Health Secretary: Wes Streeting → Anna Lowe"));
	assert_null(strstr(e->summary, "Foreign Minister:"));
	assert_non_null(strstr(f->summary, "quote now attributed to Jane Doe (was John Smith)"));
	assert_null(strstr(f->summary, "leader:"));
	assert_null(strstr(f->summary, "name John Smith"));
}

/* a death told without a figure is shown with the count it tells */
static void
test_told_dead_shown(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Storm", "Gusts of up to 90mph were recorded.\n"),
					      STORY("Storm", "Gusts of up to 90mph were recorded.\nA man in his 60s died when a tree fell on his car.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "new death toll 1 (A man)"));
}

/* what the figure was may be named between ("down from a forecast of") */
static void
test_was_values_named(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Halden", "The company kept its full-year forecast of profit between £800 million and £850 million.\n"),
	    STORY("Halden", "The company now expects profit of between £740 million and £780 million, down from a forecast of £800 million to £850 million.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "£800 million and £850 million → £740 million and £780 million"));
}

/* a figure given as what was on both sides is the same history: the
 * figures before it are the pair */
static void
test_was_values_both(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Count", "Turnout was 46.2%, up from 44.6% at the last election.\n"),
					      STORY("Count", "Turnout was 46.5%, up from 44.6% at the last election.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "46.2% → 46.5%"));
	assert_null(strstr(d->summary, "44.6% →"));
	{
		/* the date of what was is history too */
		g_autoptr(SwDiff) e = sw_diff_stories(
		    STORY("List", "About 390,000 patients had waited a year, up from 380,000 in July.\n"),
		    STORY("List", "About 370,000 patients had waited a year, down from 390,000 in August.\n"));
		assert_non_null(strstr(e->summary, "390,000 → About 370,000"));
		assert_null(find_change(e, "date", NULL, NULL));
	}
	{
		/* what was, come with a new sentence, is no news either */
		g_autoptr(SwDiff) f = sw_diff_stories(STORY("Cases", "Officials confirmed 42 cases.\n"),
						      STORY("Cases", "Officials confirmed 84 cases, up from 52 last week.\n"));
		assert_non_null(strstr(f->summary, "case 42 → 84"));
		assert_null(find_change(f, "number", NULL, "52"));
		assert_null(find_change(f, "date", NULL, NULL));
	}
}

/* a measure or a market's figure that opens a sentence is no name: it
 * reads in lower case ("shares 4.5%"); a party that opens one stays */
static void
test_measure_label(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Count", "Turnout was 46.2% on the day.\nRest.\n"),
					      STORY("Count", "Turnout was 46.5% on the day.\nRest.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Deal", "The deal was agreed.\nRest.\n"),
					      STORY("Deal", "The deal was agreed.\nShares rose 4.5% in early trading.\nRest.\n"));
	g_autoptr(SwDiff) f = sw_diff_stories(STORY("Poll", "Labour was on 34% in the poll.\nRest.\n"),
					      STORY("Poll", "Labour was on 31% in the poll.\nRest.\n"));
	(void)state;
	assert_non_null(strstr(d->summary, "turnout 46.2% → 46.5%"));
	assert_non_null(find_change(e, "percent", NULL, "4.5%"));
	assert_non_null(strstr(find_change(e, "percent", NULL, "4.5%")->phrase, "new shares 4.5%"));
	assert_non_null(strstr(f->summary, "Labour 34% → 31%"));
	{
		/* an aside's holder is the word before its comma */
		g_autoptr(SwDiff) h = sw_diff_stories(STORY("Trial", "Rest.\n"),
						      STORY("Trial", "Rest.\nSide effects were mostly mild, with 3% reporting fever.\n"));
		g_autoptr(SwDiff) i = sw_diff_stories(STORY("Poll", "Labour, on 34%, leads.\nRest.\n"),
						      STORY("Poll", "Labour, on 31%, leads.\nRest.\n"));
		assert_non_null(strstr(h->summary, "new percentage 3%"));
		{
			/* a source is no holder: past its verb none is read */
			g_autoptr(SwDiff) j = sw_diff_stories(
			    STORY("Asteroid", "Rest.\n"),
			    STORY("Asteroid", "Rest.\nAstronomers said there remained a 1.7% chance that it would hit the Moon.\n"));
			g_autoptr(SwDiff) k = sw_diff_stories(STORY("Vote", "Turnout was reported at 38%.\nRest.\n"),
							      STORY("Vote", "Turnout was reported at 41%.\nRest.\n"));
			/* a common noun that opens a sentence, in lower case
			 * elsewhere, holds nothing */
			g_autoptr(SwDiff) l = sw_diff_stories(
			    STORY("Asteroid has 1.2% chance of hitting Earth", "The asteroid was found in December.\n"),
			    STORY("Asteroid has 0.004% chance of hitting Earth", "The asteroid was found in December.\n"));
			assert_non_null(strstr(l->summary, "percentage 1.2% → 0.004%"));
			{
				/* a market's figure keeps its name though written
				 * in lower case elsewhere */
				g_autoptr(SwDiff) m2 = sw_diff_stories(
				    STORY("Deal", "Shares rose 6% on Monday.\nRest.\nIts shares are traded in New York.\n"),
				    STORY("Deal", "Shares fell 18% on Monday.\nRest.\nIts shares are traded in New York.\n"));
				assert_non_null(strstr(m2->summary, "shares up 6% → down 18%"));
			}
			assert_non_null(strstr(j->summary, "new percentage 1.7%"));
			assert_non_null(strstr(k->summary, "turnout 38% → 41%"));
		}
		assert_non_null(strstr(i->summary, "Labour 34% → 31%"));
	}
	{
		g_autoptr(SwDiff) g = sw_diff_stories(STORY("Energy price cap to rise 10%", "Rest.\n"),
						      STORY("Energy price cap to rise 12%", "Rest.\n"));
		assert_non_null(strstr(g->summary, "rise 10% → 12%"));
	}
}

/* an event told to have reached a status is not told again from another
 * expectation that mentions it */
static void
test_status_once(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Rovers near deal", "Rovers are set to sign Ade Bello from Lyon for about £50m.\nBello is expected to undergo a medical on Monday and sign a five-year contract.\n"),
	    STORY("Rovers near deal", "Rovers have signed Ade Bello from Lyon for £55m.\nBello passed a medical on Monday and has signed a six-year contract.\n"));
	guint told = 0;
	(void)state;
	for (guint k = 0; k < d->changes->len; k++)
		told += g_str_equal(((const SwChange *)g_ptr_array_index(d->changes, k))->kind, "status");
	assert_non_null(strstr(d->summary, "status “are set to sign” → “have signed”"));
	assert_int_equal(told, 1);
	/* a move along a scale, its sentences not paired, is not told again
	 * as the plain status its new sentence states */
	{
		g_autoptr(SwDiff) e = sw_diff_stories(STORY("Officer", "The officer was suspended pending an investigation.\n"),
						      STORY("Officer", "The officer has been sacked.\n"));
		assert_non_null(find_change(e, "status", "suspended", "sacked"));
		assert_null(find_change(e, "status", NULL, "been sacked"));
	}
}

/* a name the new version still holds was not replaced by the one a
 * rewritten sentence sets beside it */
static void
test_name_kept(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Wildfire threatens homes near Redding", "Crews fought the fire.\nThe town of Redding waits.\n"),
	    STORY("Cedar Hill blaze grows, says Laura Mendes", "Crews fought the fire.\nThe town of Redding waits.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Fire", "Orders cover Oak Run and Millville.\n"),
					      STORY("Fire", "Orders cover Oak Run, Millville and Palo Cedro.\n"));
	(void)state;
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (g_strcmp0(c->old, "Redding") == 0)
			fail_msg("told as replaced: %s", c->phrase);
	}
	for (guint k = 0; k < e->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(e->changes, k);
		if (g_strcmp0(c->old, "Run") == 0)
			fail_msg("told as replaced: %s", c->phrase);
	}
}

/* a figure a change already tells of, repeated in the headline, is no
 * news of its own */
static void
test_told_once(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Quake kills dozens", "At least 37 people were killed when the quake struck.\n"),
	    STORY("Quake death toll rises to 112", "The death toll from the quake has risen to 112.\n"));
	(void)state;
	for (guint k = 0; k < d->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(d->changes, k);
		if (c->note != NULL && g_str_equal(c->note, "added") && !g_str_equal(c->kind, "sentence"))
			fail_msg("112 told twice: %s", c->phrase);
	}
	assert_non_null(strstr(d->summary, "death toll At least 37 → 112"));
	/* a place the headline and the lede both replace, as a place */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Explosion at factory in Leeds",
				  "An explosion at a chemical factory in Leeds injured four workers, police said.\nRest.\n"),
			    STORY("Explosion at factory in Bradford",
				  "An explosion at a chemical factory in Bradford injured four workers, police said.\nRest.\n"));
	{
		guint told = 0;
		for (guint k = 0; k < d->changes->len; k++) {
			const SwChange *c = g_ptr_array_index(d->changes, k);
			told += g_strcmp0(c->old_value, "Leeds") == 0;
		}
		assert_int_equal(told, 1);
		assert_non_null(find_change(d, "place", "Leeds", "Bradford"));
	}
}

static void
test_minor_rewording(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Head", "Officials met in the capital on a cold day.\n"),
					      STORY("Head", "Officials met in the capital on a rainy day.\n"));
	(void)state;
	assert_int_equal(d->significance, SW_SIGNIFICANCE_MINOR);
}

static void
test_moved_is_not_a_change(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Head", "Alpha one here.\nBeta two here.\nGamma three.\n"),
					      STORY("Head", "Gamma three.\nAlpha one here.\nBeta two here.\n"));
	(void)state;
	assert_int_equal(d->sentences_added, 0);
	assert_int_equal(d->sentences_removed, 0);
	assert_int_equal(d->sentences_unchanged, 3);
	assert_int_equal(d->changes->len, 0);
}

static void
test_added_removed(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Head", "Kept sentence one.\nA spokesman declined to comment.\n"),
	    STORY("Head", "Kept sentence one.\n\"It is a good deal,\" said Ian Wallace of Brookings.\n"));
	(void)state;
	assert_int_equal(d->sentences_added, 1);
	assert_int_equal(d->sentences_removed, 1);
	assert_int_equal(d->sentences_unchanged, 1);
	assert_true(d->significance >= SW_SIGNIFICANCE_MINOR);
	assert_non_null(strstr(d->summary, "1 added, 1 removed"));
}

static void
test_headline_and_correction(void **state)
{
	g_autoptr(SwDiff) h = sw_diff_stories(STORY("Pact near", "Same body here.\n"),
					      STORY("Pact collapses", "Same body here.\n"));
	g_autoptr(SwDiff) hl = sw_diff_stories(STORY("Pact near", "They will sign next month.\nRest.\n"),
					       STORY("Pact collapses", "Talks ended with no deal.\nRest.\n"));
	g_autoptr(SwDiff) c = sw_diff_stories(
	    STORY("Head", "Body text.\n"),
	    STORY("Head", "Body text.\nCorrection: An earlier version of this article misstated the toll.\n"));
	SwChange *ch;

	(void)state;
	assert_int_equal(h->significance, SW_SIGNIFICANCE_SUBSTANTIVE);
	ch = g_ptr_array_index(h->changes, 0);
	assert_string_equal(ch->kind, "headline");
	assert_string_equal(ch->old, "Pact near");
	assert_string_equal(ch->new, "Pact collapses");
	assert_non_null(strstr(h->summary, "headline now “Pact collapses”"));
	/* headline and lede both changed */
	assert_int_equal(hl->significance, SW_SIGNIFICANCE_MAJOR);
	assert_int_equal(c->significance, SW_SIGNIFICANCE_MAJOR);
	ch = g_ptr_array_index(c->changes, 0);
	assert_string_equal(ch->kind, "correction");
}

static void
test_words(void **state)
{
	g_autoptr(GPtrArray) w = sw_diff_words("expected to sign next month", "expected to sign in 2015");
	SwWordOp *op;

	(void)state;
	assert_int_equal(w->len, 3);
	op = g_ptr_array_index(w, 0);
	assert_int_equal(op->kind, SW_DIFF_OP_EQUAL);
	assert_string_equal(op->text, "expected to sign");
	op = g_ptr_array_index(w, 1);
	assert_int_equal(op->kind, SW_DIFF_OP_REMOVED);
	assert_string_equal(op->text, "next month");
	op = g_ptr_array_index(w, 2);
	assert_int_equal(op->kind, SW_DIFF_OP_ADDED);
	assert_string_equal(op->text, "in 2015");
	assert_true(sw_diff_similarity("a b c d", "a b c e") >= 0.74);
	assert_true(sw_diff_similarity("a b c d", "w x y z") == 0.0);
}

static void
test_empty_stories(void **state)
{
	/* found by fuzzing: an empty new version has no headline line */
	g_autoptr(SwDiff) a = sw_diff_stories("Head\n\nThe deal is worth $5.\n", "");
	g_autoptr(SwDiff) b = sw_diff_stories("", "Head\n\nText.\n");
	g_autoptr(SwDiff) c = sw_diff_stories("", "");
	(void)state;
	assert_int_equal(a->sentences_removed, 1);
	assert_true(a->significance >= SW_SIGNIFICANCE_SUBSTANTIVE);
	assert_int_equal(b->sentences_added, 1);
	assert_int_equal(c->significance, SW_SIGNIFICANCE_NONE);
}

static void
test_large(void **state)
{
	g_autoptr(GString) a = g_string_new("Head\n\n");
	g_autoptr(GString) b = g_string_new("Head\n\n");
	g_autoptr(SwDiff) d = NULL;

	(void)state;
	/* 3000 sentences each, a rewrite in the middle: bounded, and right */
	for (guint i = 0; i < 3000; i++) {
		g_string_append_printf(a, "Sentence number %u of the long story.\n", i);
		g_string_append_printf(b, "Sentence number %u of the long story%s.\n", i,
				       i == 1500 ? " today" : "");
	}
	d = sw_diff_stories(a->str, b->str);
	assert_int_equal(d->sentences_changed, 1);
	assert_int_equal(d->sentences_unchanged, 2999);
}

/* ---- the table: pairs of versions (ours) and what the diff must say ---- */

/* old and new are one sentence set in a fixed story, or a whole story
 * after '#'; kind (nullable) is a change the diff must list, with its old
 * and new phrases when given; a cosmetic or empty verdict must list no
 * change at all. The old version reads on 2014-10-24, the new on
 * 2014-10-27. */
typedef struct {
	const gchar *old;
	const gchar *new;
	SwSignificance significance;
	const gchar *kind;
	const gchar *old_phrase;
	const gchar *new_phrase;
} SwDiffCase;

static const SwDiffCase diff_cases[] = {
    /* ---- cosmetic traps: no fact changed, said another way ---- */
    {"Officials said the deal is worth $101 billion.", "Officials said the deal is worth $101B.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"Police said 5 people were hurt in the crash.", "Police said five people were hurt in the crash.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"Turnout rose to 64 % in the city.", "Turnout rose to 64 percent in the city.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"Turnout rose to 64% in the city.", "Turnout rose to 64 per cent in the city.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"He said “we are close” to a deal.", "He said \"we are close\" to a deal.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The U.S. objected to the plan.", "The US objected to the plan.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The goverment objected to the plan.", "The government objected to the plan.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The council  met on   Monday.", "The council met on Monday.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The council met on Monday, and it voted.", "The council met on Monday and it voted.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The Council Met On Monday.", "The council met on Monday.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The harbor master resigned.", "The harbor-master resigned.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The loan is $2.5 million.", "The loan is $2,500,000.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"Officials said more than 300 homes were hit.", "Officials said over 300 homes were hit.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The loan is $3 million.", "The loan is three million dollars.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The fund holds €2bn.", "The fund holds €2 billion.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"Talks resume on Oct. 24, 2014.", "Talks resume on October 24, 2014.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"Talks resume on 24 October 2014.", "Talks resume on October 24, 2014.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"Nine people were rescued.", "9 people were rescued.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The recieved letters were read aloud.", "The received letters were read aloud.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"It was a long and dificult meeting.", "It was a long and difficult meeting.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The vote was 12–3.", "The vote was 12-3.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"She said it was ‘final’.", "She said it was 'final'.", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"The ferry runs every day.", "The ferry runs every day .", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    /* ---- minor: reworded, no fact changed ---- */
    {"Officials met in the capital on a cold day.", "Officials met in the capital on a rainy day.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The plan drew sharp criticism from residents.", "The plan drew strong criticism from many residents.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The mayor called the plan bold.", "The mayor described the plan as bold.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Shops along the quay stayed shut.", "Shops along the quay remained closed.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Residents gathered outside the hall.", "A crowd of residents gathered outside the town hall.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The report was long and detailed.", "The report was lengthy and detailed.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* ---- amounts ---- */
    {"The cable deal is worth $60 million.", "The cable deal is worth $600 million.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$60 million", "$600 million"},
    {"The cable deal is worth $600 million.", "The cable deal is worth $60 million.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$600 million", "$60 million"},
    {"The port will pay €40m for dredging.", "The port will pay €45m for dredging.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "€40m", "€45m"},
    {"The fine was £2 million.", "The fine was £2 billion.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "£2 million", "£2 billion"},
    {"Bail was set at $5,000.", "Bail was set at $50,000.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$5,000", "$50,000"},
    {"The contract is worth 2.5bn rubles.", "The contract is worth 3bn rubles.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "2.5bn rubles", "3bn rubles"},
    {"The project costs about $10 million.", "The project costs about $12 million.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "about $10 million", "about $12 million"},
    {"Repairs will cost $3 million to $4 million.", "Repairs will cost $5 million to $6 million.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$3 million to $4 million", "$5 million to $6 million"},
    {"The grant was $800,000.", "The grant was $1.2 million.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$800,000", "$1.2 million"},
    {"A bonus of 500 euros was paid.", "A bonus of 500 dollars was paid.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "500 euros", "500 dollars"},
    /* ---- numbers ---- */
    {"The death toll rose to 28.", "The death toll rose to 176.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "28", "176"},
    {"Rescuers said 12 people were missing.", "Rescuers said 14 people were missing.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "12", "14"},
    {"Police arrested five soldiers.", "Police arrested seven soldiers.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "five", "seven"},
    {"The company will cut 900 jobs.", "The company will cut 1,200 jobs.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "900", "1,200"},
    {"About 300 families were moved.", "About 3,000 families were moved.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "About 300", "About 3,000"},
    {"The storm destroyed 600 homes.", "The storm destroyed 650 homes.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "600", "650"},
    {"Officials counted 1.5 million votes.", "Officials counted 1.7 million votes.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "1.5 million", "1.7 million"},
    {"Two reporters were expelled.", "Three reporters were expelled.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "Two", "Three"},
    {"Acme expects to ship 12-15 million units.", "Acme expects to ship 10-12 million units.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "12-15 million", "10-12 million"},
    /* a count of the dead, whatever it counts, is one toll */
    {"The blast killed 12 people, officials said.", "The death toll from the blast rose to 15, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "12", "15"},
    {"Five soldiers died in the attack.", "Seven soldiers died in the attack.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "Five", "Seven"},
    {"The attack wounded 30 people.", "In all, 45 were injured in the attack.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "30", "45"},
    /* a range that moves only its upper end, or a sum in cents */
    {"Between 3,000 and 4,000 people fled.", "Between 3,000 and 5,000 people fled.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "3,000 and 4,000", "3,000 and 5,000"},
    {"Profit was 85 cents a share.", "Profit was 92 cents a share.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "85 cents", "92 cents"},
    {"The fleet has 11 ships.", "The fleet has 12 ships.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "11", "12"},
    {"At least 40 villages lost power.", "At least 60 villages lost power.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "At least 40", "At least 60"},
    /* the same figure, the move turned */
    {"Shares in the company fell 2.3% on Monday.", "Shares in the company rose 2.3% on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "2.3%", "2.3%"},
    /* a floor turned a ceiling */
    {"More than 100 people attended the vigil.", "Fewer than 100 people attended the vigil.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "More than 100", "Fewer than 100"},
    /* the hurt as many as the dead are not them */
    {"Three people were injured in the blast.", "Three people were killed in the blast.", SW_SIGNIFICANCE_MAJOR, "number", NULL, "Three"},
    {"Three people were killed in the blast.", "Three people were injured in the blast.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "Three", NULL},
    /* an ordinal counts so far */
    {"It was the third case in the county this month.", "It was the fourth case in the county this month.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "third", "fourth"},
    {"Rovers lost at home to Hull.", "Rovers lost at home to Hull, their sixth straight defeat.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The album went to number one.", "The album went to number three.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "number one", "number three"},
    /* "from" one figure "to" another on both sides: the ends are the pair */
    {"The price rose from $5 to $7.", "The price rose from $5 to $9.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$7", "$9"},
    /* a measure in another unit, as rounded as it is written, is the
     * same measure; one that rounds to another is not */
    {"The bridge is 1.5 miles long.", "The bridge is 2.4km long.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Temperatures hit 40C on Tuesday.", "Temperatures hit 104F on Tuesday.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The trail is 3 miles long.", "The trail is 6km long.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "3", "6"},
    /* and one moved, told in another unit, is a new value of it; not a
     * measure of another quantity */
    {"Winds of 90mph battered the coast.", "Winds of 130km/h battered the coast.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "90", "130"},
    {"The fire has burned 5,000 acres.", "The fire has burned 4,000 hectares.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "5,000", "4,000"},
    {"The tunnel is 3 miles long.", "The tunnel weighs 6kg.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", NULL, "6"},
    /* a figure a hyphen joins to its unit */
    {"Developers plan a 12-storey tower on the site.", "Developers plan a 20-storey tower on the site.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "12", "20"},
    {"Chelsea hold a two-goal lead at half-time.", "Chelsea hold a one-goal lead at half-time.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "two", "one"},
    {"A 300-strong crowd marched to the town hall.", "A 500-strong crowd marched to the town hall.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "300", "500"},
    /* ---- percentages ---- */
    {"Support fell to 34 percent.", "Support fell to 31 percent.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "34 percent", "31 percent"},
    {"Inflation was 7.8%.", "Inflation was 8.1%.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "7.8%", "8.1%"},
    {"The index lost 12 per cent.", "The index lost 2 per cent.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "12 per cent", "2 per cent"},
    {"Shares have fallen by a third.", "Shares have fallen by half.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "a third", "half"},
    {"A third of the staff quit.", "A third of the staff quit on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", NULL, "Monday"},
    {"Unemployment hit 10 pct.", "Unemployment hit 11 pct.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "10 pct", "11 pct"},
    {"Turnout was about 40%.", "Turnout was about 45%.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "about 40%", "about 45%"},
    /* a figure given as what it was cut or raised from is history, the
     * figure before it the new value */
    {"The company was fined £3m.", "The company was fined £2.5m, reduced from £3m on appeal.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "£3m", "£2.5m"},
    {"The company was fined £2m.", "The company was fined £2.5m, reduced from £3m on appeal.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "£2m", "£2.5m"},
    /* what a move to a figure left ("to 5% from 5.25%") is history */
    {"The bank is expected to keep rates at 5.25%.", "The bank has cut rates to 5% from 5.25%.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "5.25%", "5%"},
    {"The firm expects sales of $2.1 billion.", "The firm lowered its sales forecast to $1.8 billion from $2.1 billion.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$2.1 billion", "$1.8 billion"},
    /* a measure's verb between "to"s names no measure */
    {"Economists had expected unemployment to stay at 4.1%.", "Economists had expected unemployment to rise to 4.4%.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "4.1%", "4.4%"},
    /* a length of the same thing, in sentences rewritten past pairing */
    {"Pilots begin a two-day strike over pay.", "Pilots extended their strike to four days.", SW_SIGNIFICANCE_SUBSTANTIVE, "duration", "two-day", "four days"},
    {"The court imposed a ban of six months.", "The appeal court cut the ban to three months.", SW_SIGNIFICANCE_SUBSTANTIVE, "duration", "six months", "three months"},
    /* a figure the new version says was changed to another */
    {"The car will go on sale at a price of €29,900.", "The car will go on sale at a price of €29,900, which Voss has now raised to €32,500.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "€29,900", "€32,500"},
    {"The union rejected an offer of 4%.", "The union accepted the offer of 4%, which was later increased to 5%.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "4%", "5%"},
    {"The bank kept rates at 4.5%.", "The bank kept rates at 4.5%, but two members voted for a cut to 4.25%.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", NULL, "4.25%"},
    /* a figure compared with what it was first said to be */
    {"The treatment will cost about $26,500 a year.", "The treatment will cost about $24,000 a year, lower than the $26,500 first indicated.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "about $26,500", "about $24,000"},
    {"Growth was 1.2% in the quarter.", "Growth was 1.5% in the quarter, higher than the 1.2% first reported.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "1.2%", "1.5%"},
    /* ---- dates and times ---- */
    {"The treaty is expected to be signed in November.", "The treaty is expected to be signed in the first half of 2015.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "November", "the first half of 2015"},
    {"The deal will be signed next month.", "The deal will be signed next year.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "next month", "next year"},
    {"Officials hope to sign on November 10.", "Officials hope to sign on November 12.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "November 10", "November 12"},
    {"The vote is planned for March 2015.", "The vote is planned for June 2015.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "March 2015", "June 2015"},
    {"Work will start in the spring of 2015.", "Work will start in the summer of 2015.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "the spring of 2015", "the summer of 2015"},
    {"The plant opened in 1998.", "The plant opened in 1989.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "1998", "1989"},
    {"The launch is due in the third quarter.", "The launch is due in the fourth quarter.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "the third quarter", "the fourth quarter"},
    {"Results are due on Dec. 5.", "Results are due on Jan. 9.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Dec. 5", "Jan. 9"},
    /* an event moved to another day, in a sentence rewritten: its date */
    {"The summit will take place on Dec. 5.", "The summit has been rescheduled for Dec. 12.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Dec. 5", "Dec. 12"},
    {"The vote is expected on Dec. 5.", "The vote has been pushed back to Dec. 12.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Dec. 5", "Dec. 12"},
    {"The match will be played on Dec. 7.", "The match has been brought forward to Dec. 5.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Dec. 7", "Dec. 5"},
    {"The final will be held on Dec. 5.", "The final has been moved to Dec. 12.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Dec. 5", "Dec. 12"},
    {"The meeting ran until 10 p.m.", "The meeting ran until 11 p.m.", SW_SIGNIFICANCE_SUBSTANTIVE, "time", "10 p.m.", "11 p.m."},
    {"The strike lasted two weeks.", "The strike lasted three weeks.", SW_SIGNIFICANCE_SUBSTANTIVE, "duration", "two weeks", "three weeks"},
    {"The ban will last 18 months.", "The ban will last 24 months.", SW_SIGNIFICANCE_SUBSTANTIVE, "duration", "18 months", "24 months"},
    {"The summit ended on Tuesday.", "The summit ended on Wednesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Tuesday", "Wednesday"},
    /* ---- names ---- */
    {"The report was written by Anna Patterson.", "The report was written by Anna Paxton.", SW_SIGNIFICANCE_SUBSTANTIVE, "person", "Anna Patterson", "Anna Paxton"},
    {"The boat was skippered by Patterson, a local man.", "The boat was skippered by Paxton, a local man.", SW_SIGNIFICANCE_SUBSTANTIVE, "person", "Patterson", "Paxton"},
    {"The bid was led by Goldman Sachs Group.", "The bid was led by Morgan Stanley Group.", SW_SIGNIFICANCE_SUBSTANTIVE, "org", "Goldman Sachs Group", "Morgan Stanley Group"},
    {"London's High Court upheld the ban on the camp.", "The Court of Appeal overturned the ban on the camp.", SW_SIGNIFICANCE_SUBSTANTIVE, "org", "High Court", "Court of Appeal"},
    {"The ship sailed to Norway.", "The ship sailed to Sweden.", SW_SIGNIFICANCE_SUBSTANTIVE, "place", "Norway", "Sweden"},
    {"The deal was signed by President Vladimir Putin.", "The deal was signed by President Xi Jinping.", SW_SIGNIFICANCE_SUBSTANTIVE, "person", "Vladimir Putin", "Xi Jinping"},
    {"The talks took place in Moscow.", "The talks took place in Beijing.", SW_SIGNIFICANCE_SUBSTANTIVE, "place", "Moscow", "Beijing"},
    {"The builder is based in Larvik, Norway.", "The builder is based in Halden, Norway.", SW_SIGNIFICANCE_SUBSTANTIVE, "place", "Larvik", "Halden"},
    /* a place moved "from" one "to" another, in a sentence rewritten past pairing */
    {"The summit will be held in Geneva.", "The summit has been moved from Geneva to Vienna.", SW_SIGNIFICANCE_SUBSTANTIVE, "place", "Geneva", "Vienna"},
    {"The firm is based in London.", "The firm has relocated its headquarters from London to Amsterdam.", SW_SIGNIFICANCE_SUBSTANTIVE, "place", "London", "Amsterdam"},
    {"The final will be held in St Petersburg.", "UEFA has moved the final from St Petersburg to Paris.", SW_SIGNIFICANCE_SUBSTANTIVE, "place", "St Petersburg", "Paris"},
    {"The inquiry was led by Judge Maria Lopez.", "The inquiry was led by Judge Maria Lopes.", SW_SIGNIFICANCE_SUBSTANTIVE, "person", "Maria Lopez", "Maria Lopes"},
    /* ---- quotes ---- */
    {"\"We are very close,\" said Elena Marsh.", "\"We are very disappointed,\" said Elena Marsh.", SW_SIGNIFICANCE_SUBSTANTIVE, "quote", "We are very close,", "We are very disappointed,"},
    {"The port said it would decide soon.", "\"The first estimate left out the dredging,\" said Tomas Reyes.", SW_SIGNIFICANCE_SUBSTANTIVE, "quote", NULL, "The first estimate left out the dredging,"},
    {"\"Nothing has been agreed,\" said Lavrov.", "Lavrov declined to comment on the talks.", SW_SIGNIFICANCE_SUBSTANTIVE, "quote", "Nothing has been agreed,", NULL},
    {"“It could take years,” said Ian Wallace, an expert.", "“It could take many years,” said Ian Wallace, an expert.", SW_SIGNIFICANCE_SUBSTANTIVE, "quote", "It could take years,", "It could take many years,"},
    /* who told the story is no fact of it */
    {"Veltro plans to cut 1,200 jobs, two people familiar with the matter said.", "Veltro plans to cut 1,200 jobs, three people familiar with the matter said.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The deal is near, according to two sources briefed on the talks.", "The deal is near, according to four sources briefed on the talks.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Two people were injured, police said.", "Three people were injured, police said.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "Two", "Three"},
    /* ---- status ---- */
    {"The two sides are expected to sign the accord.", "The two sides signed the accord.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are expected to sign", "signed the accord"},
    {"The company will launch the phone.", "The company launched the phone.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will launch", "launched"},
    {"Three hikers are missing in the hills.", "Three hikers were found alive in the hills.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are missing", "were found alive"},
    {"The leaders are on the verge of signing a pact.", "The leaders parted with no deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "on the verge of signing", "no deal"},
    {"The merger is expected to close soon.", "The merger has been called off.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "merger is expected to close", "merger has been called off"},
    {"Ministers plan to approve the budget.", "Ministers failed to approve the budget.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "plan to approve", "failed to approve"},
    {"The fisherman went missing at sea.", "The fisherman was rescued at sea.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "went missing", "was rescued"},
    /* missing as others tell it */
    {"The boy was reported missing on Sunday.", "The boy has been found safe and well.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "reported missing", "has been found safe and well"},
    /* found alive, then dead: how one was found is a turn */
    {"The missing boy has been found safe.", "The missing boy has been found dead.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "found alive", "found dead"},
    {"The missing woman was found safe and well.", "The body of the missing woman was found on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "found alive", "found dead"},
    {"Two climbers are feared missing.", "Two climbers have been rescued.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "feared missing", "have been rescued"},
    {"The talks will resume next week.", "The talks have collapsed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will resume", "talks have collapsed"},
    {"The council is set to approve the plan.", "The council rejected the plan.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is set to approve", "rejected the plan"},
    {"The firms hope to agree on a deal.", "The firms have agreed a deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hope to agree", "have agreed"},
    {"The minister is expected to resign.", "The minister resigned on Thursday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to resign", "resigned"},
    /* a vote held, told in the past alone with its tally or its aim;
     * not those who voted, a clause about people */
    {"The Senate is expected to vote on the bill on Thursday.", "The Senate voted 52-48 to pass the bill on Thursday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to vote", "voted"},
    {"Workers will vote on the offer next week.", "Workers voted overwhelmingly to accept the offer.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will vote", "voted"},
    /* an event told by its -ing form is done in its past ("selling" →
     * "sold", "closing" → "closed", "cutting" → "has cut") */
    {"Acme is on the verge of selling its stake.", "Acme sold its stake.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "on the verge of selling", "sold"},
    {"Acme is close to closing the plant.", "Acme closed the plant.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "close to closing", "closed"},
    {"The mill is close to setting a record.", "The mill has set a record.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "close to setting", "has set"},
    /* a past no other than the present tells it after an auxiliary, not
     * alone */
    {"The company plans to cut 1,000 jobs.", "The company has cut 1,000 jobs.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "plans to cut", "has cut"},
    {"The date is expected to be set soon.", "The date has been set.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to be set", "has been set"},
    {"The mill will cut its prices.", "The mill cut its prices when demand falls.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    /* a choice weighed is ahead; made, or made against, it is a turn */
    {"Acme is considering selling its stake.", "Acme sold its stake.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is considering selling", "sold"},
    {"The union is weighing whether to strike.", "The union has voted to strike.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is weighing whether to strike", "has voted"},
    {"Acme is considering selling its stake.", "Acme has decided against selling its stake.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is considering selling", "decided against selling"},
    {"The council will raise taxes.", "The council voted against raising taxes.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will raise", "voted against raising"},
    /* a choice made where the statuses tell no turn: a move of its own,
     * both ways; none where the sentences say the same */
    {"The council is considering closing the library.", "The council has decided to close the library.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "under consideration", "decided"},
    {"The firm is weighing a sale of its retail arm.", "The firm has agreed to sell its retail arm.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "under consideration", "decided"},
    {"The board took the decision to close the plant.", "The board is now reconsidering the closure of the plant.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "decided", "under consideration"},
    {"The council is considering closing the library.", "The council is still considering closing the library, officials said.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    /* a ruling on what was under review, told where the sentences
     * differ too much to pair, by their subject; both ways */
    {"The planning application is under review.", "The planning application was approved by the council.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "under review", "approved"},
    {"The application is awaiting approval.", "The application was rejected.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "awaiting approval", "rejected"},
    {"The bid was rejected in May.", "The bid has been approved after all.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "rejected", "approved"},
    {"The scheme was approved in May.", "The scheme is now under review after protests.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "approved", "under review"},
    {"The application is under review.", "A decision on the application is expected in June.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", NULL, "June"},
    /* a ballot closed, read across the versions */
    {"Polls are open until 10pm.", "Polls have closed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "polls open", "polls closed"},
    {"Voting is under way.", "Polls have closed and counting has begun.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "polls open", "polls closed"},
    {"Polls close at 10pm.", "Votes are being counted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "polls open", "polls closed"},
    /* a price's way turned, where no figure tells it */
    {"The pound fell against the dollar.", "The pound rebounded against the dollar.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "fell", "rebounded"},
    {"Shares fell 5% in early trading.", "Shares recovered their losses by the close.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "fell", "recovered"},
    {"Shares fell 5% in early trading.", "Shares rose 2% in early trading.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "5%", "2%"},
    {"The pound fell against the dollar.", "The pound fell against the euro.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"Profits rose to $2 billion.", "Profits fell to $2 billion.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "rose", "fell"},
    {"Inflation is expected to rise next year.", "Inflation is expected to fall next year.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to rise", "expected to fall"},
    {"Energy bills will go up in April.", "Energy bills will come down in April.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to rise", "expected to fall"},
    {"Inflation is expected to rise next year.", "Inflation is forecast to rise next year.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"Unemployment rose to 5.2%.", "Unemployment fell to 5.2%.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "rose", "fell"},
    /* a hearing ahead, then held or ended in a verdict */
    {"The suspect is due in court on Monday.", "The suspect appeared in court on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due in court", "appeared in court"},
    {"The man is due before magistrates on Monday.", "The man was jailed for six years.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due before magistrates", "jailed"},
    /* a journey's end told by another verb */
    {"The president is due to visit Kyiv.", "The president arrived in Kyiv on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due to visit", "arrived"},
    {"The president will travel to Kyiv next week.", "The president arrived in Kyiv on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will travel", "arrived"},
    /* a cause or a motive told otherwise; not told more fully */
    {"The airline said the outage was caused by a cyber attack.", "The airline said the outage was caused by a power failure.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "a cyber attack", "a power failure"},
    {"Police said the motive was robbery.", "Police said the motive was revenge.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "robbery", "revenge"},
    /* a count with a leader, then a winner */
    {"Smith leads by 2,000 votes with most ballots counted.", "Smith has won by 1,500 votes.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "leads by 2,000 votes", "won by 1,500 votes"},
    {"Labour is ahead in the count.", "Labour has won the election.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is ahead in the count", "won the election"},
    /* a ban faced, imposed, escaped or overturned */
    {"The player faces a ban.", "The player has been banned for three matches.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces a ban", "has been banned for three matches"},
    {"The player faces a lengthy ban.", "The player has escaped a ban.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces a lengthy ban", "escaped a ban"},
    {"The player has been banned for three matches.", "The player's ban has been overturned on appeal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has been banned for three matches", "ban has been overturned"},
    /* a motion faced, then survived; a resignation pressed for, then
     * given */
    {"The government is facing a no-confidence motion.", "The government survived the no-confidence motion.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is facing a no-confidence motion", "survived the no-confidence motion"},
    {"The prime minister is under pressure to resign.", "The prime minister has resigned.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "under pressure to resign", "resigned"},
    /* a stoppage or a fight going on, then over; a truce agreed, then
     * broken */
    {"The strike has entered its third week.", "The strike has ended after workers accepted a deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "strike has entered its third week", "strike has ended"},
    {"The siege is continuing.", "The siege is over.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "siege is continuing", "siege is over"},
    {"The two sides agreed a ceasefire on Monday.", "The ceasefire was broken within hours.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "agreed a ceasefire", "ceasefire was broken"},
    /* a firm's result turned: a profit, then a loss */
    {"Acme reported a profit of $2 billion.", "Acme reported a loss of $2 billion.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "profit", "loss"},
    {"The airline remains in the red.", "The airline is back in the black.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "loss", "profit"},
    {"The loss of life was enormous.", "The loss of life was terrible.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    /* hope given up of what was sought; what was hoped for, found */
    {"Rescuers hope to find more survivors.", "Rescuers have given up hope of finding more survivors.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hope to find", "given up hope of finding"},
    {"Rescuers are searching for survivors.", "Officials said there was little hope of finding more survivors.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "little hope of finding"},
    {"Rescuers hope to find more survivors.", "Rescuers found two more survivors.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hope to find", "found"},
    /* a ballot under way or its count to come, then a winner */
    {"Polls have closed.", "Smith has been declared the winner.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Polls have closed", "has been declared the winner"},
    {"Voting is under way in the election.", "Smith has won the election.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Voting is under way", "won the election"},
    /* a pair the same but for one word that denies it: a polarity
     * turned, told where no status told a turn; not a denial said
     * another way */
    {"The study found the drug was safe.", "The study found the drug was not safe.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was safe", "was not safe"},
    /* or by a prefix, which is no typo mended */
    {"The trial found the drug effective.", "The trial found the drug ineffective.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "effective", "ineffective"},
    {"He was unconscious when found.", "He was conscious when found.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "unconscious", "conscious"},
    {"He went to the shop.", "He went into the shop.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* nor by another first letter or a role's other end */
    {"Sales increased by 10% last year.", "Sales decreased by 10% last year.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "10%", "10%"},
    {"The internal inquiry found no fault.", "The external inquiry found no fault.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"The employer must pay the fee.", "The employee must pay the fee.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"The bridge is safe, engineers said.", "The bridge isn't safe, engineers said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is safe", "isn't safe"},
    {"Police said the death was not suspicious.", "Police said the death was suspicious.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was not suspicious", "was suspicious"},
    {"The firm will not sell the plant.", "The firm won't sell the plant.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    /* what the police make of a death or a fire, across sentences */
    {"The fire is not thought to be suspicious.", "Police believe the fire was started deliberately.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "not suspicious", "suspicious"},
    {"Police are treating the death as unexplained.", "Police have launched a murder investigation.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "unexplained", "suspicious"},
    {"Police are treating the death as unexplained.", "Police are treating the death as murder.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "unexplained", "murder"},
    /* an appeal lodged, then ruled on; a removal faced, then done; one
     * wanted, then given up */
    {"Smith has lodged an appeal.", "Smith's appeal was dismissed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "lodged an appeal", "appeal was dismissed"},
    {"The asylum seeker faces deportation.", "The asylum seeker has been deported.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces deportation", "has been deported"},
    {"The man is wanted by police.", "The man has handed himself in to police.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is wanted by police", "handed himself in"},
    {"Police are searching for the gunman.", "The gunman has handed himself in.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "handed himself in"},
    /* cases suspected, then confirmed */
    {"There are 12 suspected cases of measles.", "There are 12 confirmed cases of measles.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspected", "confirmed"},
    {"Officials are investigating a possible case of bird flu.", "Officials said the case of bird flu had been confirmed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspected", "confirmed"},
    /* a storm's strength by its name; not what it could become */
    {"The storm has been downgraded to a tropical storm.", "The storm has strengthened into a hurricane.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "tropical storm", "hurricane"},
    {"Lee is a tropical storm.", "Lee has become a hurricane.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "tropical storm", "hurricane"},
    /* a stoppage averted; not the deal that averted it */
    {"The strike will go ahead.", "The strike has been averted after a last-minute deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will go ahead", "strike has been averted"},
    {"Workers will strike on Monday.", "A last-minute deal averted the strike.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will strike", "averted the strike"},
    /* a bank's decision on rates, turned */
    {"The bank raised rates to 5%.", "The bank kept rates on hold at 5%.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "raised rates", "held rates"},
    {"The Fed held interest rates steady.", "The Fed cut interest rates by a quarter point.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "held rates", "cut rates"},
    {"The Bank of England cut interest rates on Thursday.", "The Bank of England held interest rates on Thursday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "cut rates", "held rates"},
    /* a service down for its users, then back up; a fault patched */
    {"Twitter is down for thousands of users.", "Twitter is back up.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is down for thousands", "is back up"},
    {"The bug has not been fixed.", "The bug has been patched.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has not been fixed", "been patched"},
    {"Prices are going back up.", "Prices are going back up sharply.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    /* a firm in administration, then wound up */
    {"The company is in administration.", "The company has gone into liquidation.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in administration", "in liquidation"},
    /* residents ordered out in the active; one taken into custody, an
     * arrest, let go without charges */
    {"Officials ordered residents to evacuate.", "Officials lifted the evacuation order.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ordered residents to evacuate", "lifted the evacuation order"},
    {"The suspect was taken into custody.", "The suspect was released without charges.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was taken into custody", "released without charges"},
    {"Police are searching for the gunman.", "The gunman was taken into custody.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "was taken into custody"},
    /* a deal let through by who rules on it; not a stain cleared up */
    {"The merger is under investigation by regulators.", "Regulators have cleared the merger.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "under investigation", "cleared the merger"},
    {"The deal is awaiting approval.", "Regulators gave the deal the green light.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is awaiting approval", "gave the deal the green light"},
    /* an economy into recession and out */
    {"The country is in recession.", "The country has emerged from recession.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in recession", "out of recession"},
    {"Germany avoided a recession last year.", "Germany fell into recession last year.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "out of recession", "in recession"},
    /* one disciplined: suspended, then out or back, told once */
    {"The MP has been suspended from the party.", "The MP has been expelled from the party.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspended", "expelled"},
    {"The striker was suspended by the club.", "The striker has been sacked by the club.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspended", "sacked"},
    {"The officer was suspended pending an investigation.", "The officer has been reinstated after an inquiry.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspended", "reinstated"},
    /* or sent on leave while it is looked into, and back at work */
    {"The officer has been placed on administrative leave.", "The officer has returned to work.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "on leave", "reinstated"},
    {"The head teacher remains on leave pending an inquiry.", "The head teacher has been sacked.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "on leave", "sacked"},
    {"She is on maternity leave.", "She has returned to work.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The cause was an electrical fault.", "The cause was an electrical fault in a fridge.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"The cause was an electrical fault.", "The cause was the electrical fault, officials said.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"Turnout was high.", "Turnout was high among those who voted to leave.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a forecast's future is expected */
    {"A tropical storm is forecast to strengthen into a hurricane.", "Tropical Storm Ana strengthened into a hurricane overnight.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is forecast to strengthen", "strengthened"},
    {"Smith is tipped to become the next chief executive.", "Smith became chief executive on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is tipped to become", "became"},
    /* under review: its outcome still to come */
    {"The merger is under review by regulators.", "Regulators blocked the merger on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is under review", "blocked the merger"},
    {"The takeover is under review.", "Regulators approved the takeover on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is under review", "approved"},
    /* an event of a family waits on the verb after its noun, whose past
     * tells it happened */
    {"The ceasefire was due to begin at midnight.", "The ceasefire began at midnight.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ceasefire was due to begin", "began"},
    {"The treaty is expected to take effect in January.", "The treaty took effect in January.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "took effect"},
    /* a noun of no family waits on its verb's: approval */
    {"The plan is expected to be approved next week.", "The plan was approved on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "plan is expected to be approved", "approved"},
    {"The sale is due to be completed in March.", "The sale was completed on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "sale is due to be completed", "completed"},
    {"Police are searching for the gunman.", "Police arrested the gunman on Wednesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "arrested"},
    {"The suspect remains at large.", "The suspect was caught near the border.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "remains at large", "was caught"},
    /* trapped where rescuers must reach them */
    {"Four miners are trapped underground.", "All four miners have been rescued.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are trapped underground", "have been rescued"},
    {"Many families are trapped in poverty.", "Many families have been rescued from poverty by the scheme.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Dozens of people are feared trapped.", "The search for survivors has been called off.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are feared trapped", NULL},
    {"Two people remain trapped in the rubble.", "Rescuers pulled two people alive from the rubble.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "remain trapped in the rubble", "pulled two people alive"},
    {"The jury is expected to deliver a verdict this week.", "The jury found him guilty on all counts.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to deliver", "found him guilty"},
    /* a lawsuit brought, then settled */
    {"The company is being sued by its former chief executive.", "The company settled the lawsuit for an undisclosed sum.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is being sued", "settled the lawsuit"},
    {"The firm faces a lawsuit from investors.", "The lawsuit was settled out of court.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces a lawsuit", "lawsuit was settled out of court"},
    {"The dust has settled after the vote.", "The dust has settled after the vote, and the case is closed.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a charge dropped turns the charge */
    {"The woman was charged with fraud.", "The charges against the woman were dropped.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was charged with", "charges against the woman were dropped"},
    {"Evans has been charged with assault.", "Prosecutors dropped all charges against Evans on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has been charged with", "dropped all charges"},
    /* an acquittal in other words; not a road cleared of debris */
    {"Evans denies murder.", "Evans was cleared of murder on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "denies murder", "cleared of murder"},
    {"The road was blocked by debris.", "The road was cleared of debris on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", NULL, "Tuesday"},
    /* a jury out: its verdict is ahead */
    {"The jury is still deliberating.", "The jury found Evans guilty of murder.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "jury is still deliberating", "found Evans guilty"},
    {"Jurors retired to consider their verdict on Monday.", "Jurors found Evans not guilty on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Jurors retired to consider their verdict", NULL},
    {"The board will consider the offer.", "The board will consider the offer on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", NULL, "Friday"},
    {"Two climbers are missing on the mountain.", "The bodies of two climbers were recovered.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are missing", "were recovered"},
    /* a player who pulls out; a guilty plea settles a case */
    {"Novak Petrov is expected to play his quarter-final on Wednesday.", "Novak Petrov has withdrawn from his quarter-final on Wednesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to play", "has withdrawn from"},
    {"Helen Marsh has pleaded not guilty to stealing £480,000.", "Helen Marsh has pleaded guilty to stealing £480,000.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "pleaded guilty"},
    /* an arrest or a charge is news where nothing was said missing */
    {"Police appealed for witnesses to the crash.", "A 45-year-old man was arrested on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "was arrested"},
    {"#Police name man killed in stabbing\n\nA man was arrested on suspicion of murder.\nRest.\n", "#Teenager charged with murder\n\nRest.\nA 19-year-old man has been charged with murder.\n", SW_SIGNIFICANCE_MAJOR, "status", "was arrested", "has been charged with"},
    /* a fire fought, then under control, told in other sentences */
    {"#Wildfire forces 5,000 to flee\n\nA wildfire has forced 5,000 people to flee.\nCrews are battling the blaze.\n", "#Wildfire brought under control\n\nA wildfire that forced 5,000 people to flee has been brought under control.\n", SW_SIGNIFICANCE_MAJOR, "status", "are battling the blaze", "brought under control"},
    /* what was not yet done, done: the participle alone tells it */
    {"Results have not yet been published.", "The results were published in The Lancet on Thursday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "have not yet been published", "published"},
    {"#Trial results awaited\n\nResults have not yet been published.\nRest.\n", "#Vaccine trial results published\n\nRest.\n", SW_SIGNIFICANCE_MAJOR, "status", "have not yet been published", "published"},
    /* told ahead, then called off by the same subject in another sentence */
    {"The firm is expected to bid for the rival.", "The firm has withdrawn from the bidding.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to bid", "has withdrawn from"},
    /* a measure through a vote; one sought, stopped by force; an outbreak
     * declared over; a service back up for most */
    {"The bill faces a vote in the Senate next week.", "The Senate passed the bill on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces a vote", "passed the bill"},
    {"Police are searching for the gunman.", "The gunman was shot dead by police.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "was shot dead by police"},
    {"A manhunt is under way for the suspect.", "The suspect was arrested on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "manhunt is under way", "was arrested"},
    {"The outbreak is continuing to spread, officials said.", "The outbreak has been declared over, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "outbreak has been declared over"},
    {"The website is down for many users.", "The website is back up for most users.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "website is down", "is back up"},
    {"Two soldiers were killed by a roadside bomb.", "Two soldiers were killed by a large roadside bomb.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"The house is back up for sale.", "The big house is back up for sale.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a fire out of control, then held; an inquiry under way, then closed;
     * the trapped, then brought out */
    {"The fire is out of control.", "The fire has been brought under control.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is out of control", "brought under control"},
    {"The company is being investigated by regulators.", "Regulators have closed their investigation into the company.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is being investigated", "closed their investigation"},
    {"Rescuers are trying to reach the trapped miners.", "All 33 miners have been brought to the surface.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "trying to reach the trapped", "have been brought to the surface"},
    /* a count under way, then over; a race too close to call, then called */
    {"Votes are still being counted.", "The election result has been declared.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Votes are still being counted", "election result has been declared"},
    {"The race is too close to call.", "Smith has been projected the winner.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "too close to call", "has been projected the winner"},
    {"The firm announced the results of its review.", "The firm announced the results of its long review.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* an end under way or threatened, then come */
    {"The ship is sinking.", "The ship has sunk.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is sinking", "sunk"},
    {"The dam is at risk of collapse.", "The dam has collapsed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is at risk of collapse", "collapsed"},
    {"The government is on the brink of collapse.", "The government collapsed on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is on the brink of collapse", "collapsed"},
    /* one ill, then over it, or the reverse */
    {"The president has tested positive for Covid.", "The president has recovered from Covid.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "tested positive", "recovered"},
    {"The president has tested positive for Covid, aides said.", "The president, who tested positive for Covid, has now recovered, aides said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "tested positive", "recovered"},
    {"The minister tested negative on Monday.", "The minister has tested positive for Covid.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "tested negative", "tested positive"},
    /* shares that recovered are a price's way, no one well again */
    {"Shares fell sharply on Monday.", "Shares have recovered from Monday's losses.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "fell", "recovered"},
    /* a restriction extended is no lifting: its end moves, if it is told */
    {"Ministers are expected to lift the restrictions next week.", "Ministers have extended the restrictions for another month.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are expected to lift", "extended the restrictions"},
    {"The ban is due to end in May.", "The ban has been extended by six months.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due to end", "has been extended"},
    {"The curfew will be lifted on Dec. 1.", "The curfew has been extended until Dec. 5.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Dec. 1", "Dec. 5"},
    /* one in talks who pulls out, walks away or backs out (the verb before
     * "in talks to" is passed to find the subject) */
    {"The actor is in talks to star in the film.", "The actor has pulled out of the film.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to star", "has pulled out of"},
    {"The striker is in talks to join Arsenal.", "The striker has pulled out of the move.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to join", "has pulled out of"},
    {"The firm is in talks to buy its rival.", "The firm has walked away from talks to buy its rival.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to buy", "has walked away from"},
    {"The bank is expected to buy the lender.", "The bank backed out of the deal on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to buy", "backed out of"},
    /* not the last of several subjects, nor one who walked away from a crash */
    {"The governments of Russia and China are close to signing a pact.", "China pulled out of a working group set up by the US.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Survivors walked away from the crash.", "Survivors walked away from the crash unhurt.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* the subject past an auxiliary the phrase leaves out; an event
     * past whose or when it is */
    {"The band is due to play on Friday.", "The band has cancelled the concert.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due to play", "cancelled the concert"},
    /* a fleet grounded, traffic blocked: what is restored turns them;
     * a study retracted */
    {"A computer outage grounded all of the airline's flights.", "The airline resumed flights on Friday afternoon.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "grounded all of the airline's flights", "resumed flights"},
    /* the craft's grounding, told first, is the turn's old side */
    {"A ship ran aground in the canal, blocking traffic.", "Traffic in the canal has resumed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ran aground", "has resumed"},
    {"A study in the journal linked the drug to heart attacks.", "The journal has retracted a study that linked the drug to heart attacks.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "retracted a study"},
    {"The hospital will have 600 beds.", "The hospital will have 450 beds, down from the 600 first planned.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "600", "450"},
    /* a fire that broke out is yet to be brought under control */
    {"A large fire broke out at a chemical factory on Tuesday.", "A fire at a chemical factory has been brought under control.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "fire broke out", "brought under control"},
    /* a warning issued, then lifted */
    {"A tsunami warning has been issued for the coast.", "The tsunami warning for the coast was lifted on Sunday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "warning has been issued", "warning for the coast was lifted"},
    {"The curfew remains in place across the city.", "The curfew across the city was lifted on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "curfew remains in place", "curfew across the city was lifted"},
    /* a utility's orders are issued and lifted as warnings are */
    {"A boil water notice remains in place.", "The boil water notice has been lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "boil water notice remains in place", "boil water notice has been lifted"},
    {"A hosepipe ban was imposed in June.", "The hosepipe ban has been lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hosepipe ban was imposed", "hosepipe ban has been lifted"},
    /* a status told new in a reworded pair, its event told otherwise in a
     * sentence gone */
    {"#Earthquake strikes off Japan\n\nA magnitude 6.8 earthquake struck off the coast of Japan on Saturday.\nA tsunami warning has been issued for the coast of Iwate.\n", "#Tsunami warning lifted after Japan quake\n\nJapan has lifted a tsunami warning issued after a magnitude 7.0 earthquake struck off its coast on Saturday.\nThree people were slightly injured.\n", SW_SIGNIFICANCE_MAJOR, "status", "warning has been issued", "lifted a tsunami warning"},
    {"The hospital has declared a critical incident after a surge in patients.", "The hospital has stood down the critical incident it declared on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "declared a critical incident", "stood down the critical incident"},
    /* a headline's future ("to cut") and its present done ("cuts") */
    /* a verb's particle is the verb's, not a place's preposition */
    {"The lander is set to touch down on Thursday.", "The lander touched down near the south pole on Thursday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is set to touch down", "touched down"},
    {"The ceasefire will take effect on Monday evening.", "The ceasefire collapsed on Monday evening.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will take effect", "ceasefire collapsed"},
    /* a condition and how it ended; a death is news where it appears, and no turn of an arrest */
    {"The singer is in a critical condition in hospital.", "The singer has died in hospital, his agent said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is in a critical condition", "has died"},
    {"#Man arrested after stabbing\n\nA man has been arrested after a woman was stabbed in Glasgow.\nRest.\n", "#Woman dies after stabbing\n\nA woman who was stabbed in Glasgow has died in hospital.\nRest.\n", SW_SIGNIFICANCE_MAJOR, "status", NULL, "has died"},
    /* an inquiry under way and its end */
    {"Police are investigating a complaint about the MP's expenses.", "Police will take no further action over a complaint about the MP's expenses.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are investigating", "will take no further action"},
    {"The fraud is under investigation, prosecutors said.", "Prosecutors have dropped the fraud investigation.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "under investigation", "dropped the fraud investigation"},
    {"The bank held rates, with the vote split six to three.", "The bank held rates, with the vote split five to four.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "three", "four"},
    /* a service stopped past where it runs, read across to its resuming */
    {"#Drones\n\nAll flights at Gatwick Airport have been suspended after drones were seen over the runway on Wednesday.\nRest.\n", "#Drones\n\nRest.\nTravellers were relieved when flights resumed after 33 hours.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "flights at Gatwick Airport have been suspended", "resumed"},
    /* an arrest besides another event's turn told across */
    {"#Drones\n\nAll flights at Gatwick Airport have been suspended after drones were seen over the runway on Wednesday.\nRest.\n", "#Drones\n\nRest.\nTravellers were relieved when flights resumed after 33 hours.\nTwo men have been arrested.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "have been arrested"},
    /* a place past where it is, closed and open */
    {"Schools in Aberdeenshire are open.", "More than 100 schools in Aberdeenshire are closed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Schools in Aberdeenshire are open", "schools in Aberdeenshire are closed"},
    {"The crew will be rescued soon.", "The crew was rescued off the coast of Wales.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will be rescued", "was rescued"},
    /* the event is the noun that ends its phrase, not its first word */
    {"The union will vote on the pay offer next week.", "The union has rejected the government's pay offer by 54% to 46%.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will vote", "rejected the government's pay offer"},
    {"Ministers will approve the clean air zone plan.", "Ministers have scrapped the clean air zone plan.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will approve", "scrapped the clean air zone plan"},
    {"#Roads closed after lorry fire\n\nRest.\n", "#Roads reopen after lorry fire\n\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Roads closed", "reopen"},
    /* what closed it */
    {"Snow has fallen across the Highlands, closing the A9 between Perth and Inverness.", "The A9 between Perth and Inverness has reopened after snow fell across the Highlands.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "closing the A9", "has reopened"},
    {"#Snow closes roads in Highlands\n\nRest.\n", "#Roads reopen after snow\n\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "closes roads", "reopen"},
    {"The firm is closing 20 stores in the north.", "The firm has reopened 20 stores in the north.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a day after it puts it ahead */
    {"#Rail talks suspended as strike looms\n\nRest.\n", "#Rail talks resume on Monday\n\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "talks suspended", "resume"},
    {"#Tech firm Zentra to cut 3,000 jobs\n\nRest.\n", "#Zentra cuts 4,500 jobs as profits fall\n\nRest.\n", SW_SIGNIFICANCE_MAJOR, "status", "to cut", "cuts"},
    /* and the same turn told in the lede is the lede's */
    {"#Chancellor to raise fuel duty\n\nThe chancellor is expected to raise fuel duty next week.\nRest.\n", "#Chancellor raises fuel duty\n\nThe chancellor has raised fuel duty.\nRest.\n", SW_SIGNIFICANCE_MAJOR, "status", "is expected to raise", "raised"},
    /* talks that ended without agreement */
    {"Talks between the union and the operators will resume on Monday.", "Talks between the union and the operators ended without agreement on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will resume", "ended without agreement"},
    /* a thing's future a source told, by an event's own verb */
    {"Sara Quinn said the new hospital would open in 2027.", "The new hospital will not open until 2029, Sara Quinn said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "would open", "will not open"},
    /* what a change moved a figure from and to */
    {"#MP jailed for fraud\n\nFormer MP David Hale has been jailed for four years for fraud.\nRest.\n", "#MP's sentence cut on appeal\n\nThe Court of Appeal has reduced the sentence of former MP David Hale from four years to 30 months.\nRest.\n", SW_SIGNIFICANCE_MAJOR, "duration", "four years", "30 months"},
    /* a date pairs with one of its precision before the day it was said on */
    {"Sara Quinn said the new hospital would open in 2027 as planned.", "The new hospital will not open until 2029, Sara Quinn said on Thursday.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "2027", "2029"},
    /* an arrest charged in another sentence, which tells a hearing too */
    {"#Man arrested after stabbing\n\nA 32-year-old man has been arrested after a woman was stabbed in Glasgow on Friday night.\nThe woman, 28, was taken to hospital.\n", "#Woman dies after stabbing\n\nA 28-year-old woman who was stabbed in Glasgow on Friday night has died in hospital.\nA 32-year-old man has been charged with her murder and will appear in court on Monday.\n", SW_SIGNIFICANCE_MAJOR, "status", "has been arrested", "has been charged with"},
    /* jobs cut are workers let go */
    {"#Ferry firm cuts jobs\n\nThe ferry firm is cutting 800 jobs, it said on Thursday.\nThe union called the move a disgrace.\n", "#Ferry boss admits breaking law\n\nThe ferry boss admitted the firm broke the law when it sacked 786 workers without consultation.\nThe union called the sackings a disgrace.\n", SW_SIGNIFICANCE_MAJOR, "number", "800", "786"},
    /* a measure named before its figure is no new value of a figure
     * whose sentence never names it */
    {"#Labour leads early count\n\nWith 120 of 650 seats declared, Labour has won 84, the BBC said.\nThe exit poll had predicted a Labour majority of 170.\n", "#Labour wins landslide\n\nLabour has won the election with 412 of 650 seats, a majority of 174, the BBC said.\n", SW_SIGNIFICANCE_MAJOR, "number", "170", "174"},
    /* the main clause's status before one a clause of time or cause
     * tells */
    {"A computer outage grounded all of the airline's flights.", "The airline resumed flights on Friday after an outage grounded its fleet for five hours.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "grounded all of the airline's flights", "resumed flights"},
    {"Nasa is preparing to launch the rocket on Saturday.", "Nasa has called off Saturday's launch of the rocket.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "preparing to launch", "called off Saturday's launch"},
    {"Members will be balloted next month.", "Members have voted to accept the offer.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will be balloted", "have voted"},
    /* a measure put to a vote, passed or defeated */
    {"Councillors will vote on the plans on 25 February.", "The vote was passed by 38 votes to 31.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will vote", "vote was passed"},
    {"An amber wind warning is in place until 18:00 on Saturday.", "The amber wind warning expired at 18:00 on Saturday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "warning is in place", "warning expired"},
    {"The A30 remains blocked in both directions.", "The A30 has now been cleared.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "A30 remains blocked", "A30 has now been cleared"},
    {"The CEO denied the claims.", "The CEO admitted the claims.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "denied", "admitted"},
    {"The bill passed its second reading.", "The bill was defeated at its second reading.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "bill passed", "bill was defeated"},
    {"MPs will vote on the bill on Tuesday.", "The bill was defeated by 310 votes to 260 on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will vote", "bill was defeated"},
    /* a first death is major wherever it is told */
    {"A train derailed near Salzburg.\nPolice are at the scene.", "A train derailed near Salzburg.\nPolice said one person was killed.", SW_SIGNIFICANCE_MAJOR, "number", NULL, "one"},
    /* a service suspended, then resumed */
    {"Ferry services are suspended because of the storm.", "Ferry services have resumed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "services are suspended", "have resumed"},
    {"Flights remain suspended at the airport.", "Flights resumed at the airport on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Flights remain suspended", "resumed"},
    /* what is left of the missing found */
    {"A plane with 62 people on board went missing over the Andes.", "Search teams have found the wreckage of the plane that went missing over the Andes.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "went missing", "found the wreckage"},
    {"A teenager who went missing on a hike in the Cairngorms is still being sought.", "Police have found the body of a teenager who went missing on a hike in the Cairngorms.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "went missing", "found the body"},
    {"A plane went missing over the Andes on Monday.", "Search teams have found the wreckage of the plane that went missing over the Andes on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "went missing", "found the wreckage"},
    {"A search is under way for a missing climber.", "Rescuers have found the missing climber.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "search is under way", "found the missing"},
    /* held by kidnappers, then let go; a ballot's result */
    {"Two journalists were kidnapped in the capital.", "The two journalists kidnapped in the capital have been freed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "were kidnapped", "have been freed"},
    /* what is no longer to be */
    {"The deal is expected to be signed this year.", "The deal is no longer expected to be signed this year.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "deal is expected to be signed", "no longer expected to be signed"},
    {"Rescuers are searching for survivors in the rubble.", "Rescuers say they no longer expect to find survivors in the rubble.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "no longer expect to find"},
    /* a craft out of touch, then crashed: where it is */
    {"A plane carrying 72 people has lost contact with air traffic control over Nepal.", "A plane carrying 72 people crashed near Pokhara in Nepal, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has lost contact with", "crashed"},
    /* what was to be released and was */
    {"Sarah Mills will be released on Friday, officials said.", "Sarah Mills was released on Friday, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will be released", "was released"},
    /* a volcano's eruption ahead, then done */
    {"Scientists say an eruption near the town could happen within days.", "A volcano has erupted near the town, sending lava into the air.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "eruption near the town could happen", "has erupted"},
    {"#Iceland volcano: Eruption expected within days\n\nRest.\n", "#Iceland volcano erupts near Grindavik\n\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Eruption expected", "volcano erupts"},
    /* a craft seized with those aboard */
    {"Pirates have hijacked a cargo ship with 22 crew members on board.", "All 22 crew members of the cargo ship have been freed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hijacked a cargo ship", "have been freed"},
    {"The airliner was hijacked on its way to Delhi.", "The passengers of the airliner have been freed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "airliner was hijacked", "have been freed"},
    {"#Aid workers taken hostage\n\nRest.\n", "#Aid workers freed\n\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "taken hostage", "freed"},
    {"Gunmen abducted two engineers on Monday.", "The hostages were released on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "abducted", "hostages were released"},
    {"Nurses will vote on strike action.", "Nurses have voted to strike.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will vote", "have voted"},
    {"The hiker failed to return from a walk on Saturday.", "The hiker was found alive on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "failed to return", "was found alive"},
    {"Ministers failed to agree a budget.", "Ministers agreed a budget.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "failed to agree", NULL},
    /* talks are a deal ahead; talks between two that collapsed, none */
    {"The star is in talks to join the cast.", "The star has joined the cast.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to join", "joined"},
    {"The appeal was rejected.", "The appeal was upheld.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "appeal was rejected", "appeal was upheld"},
    {"Acme is in talks to buy Beta.", "Acme has agreed to buy Beta.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to buy", "has agreed"},
    {"Acme is in talks to buy Beta.", "Talks between Acme and Beta collapsed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to buy", NULL},
    /* an outcome is news wherever it appears */
    {"The former minister went on trial over his expenses.", "The former minister was jailed over his expenses.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "jailed"},
    {"The former minister went on trial over his expenses.", "The former minister was found guilty over his expenses.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "found guilty"},
    {"The chief executive will step down.", "The chief executive stepped down in a surprise move.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will step down", "stepped down"},
    {"The manager is under pressure after a fifth defeat.", "The club has sacked the manager after a fifth defeat.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "has sacked"},
    {"Economists expect the central bank to raise rates on Wednesday.", "The central bank raised rates on Wednesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to raise rates", "raised rates"},
    {"Heathrow cancelled 240 flights on Sunday as Storm Ivo brought winds of up to 80 mph to southern England.", "More than 600 flights were cancelled at UK airports on Sunday, including 410 at Heathrow, as Storm Ivo brought winds of up to 96 mph.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "up to 80", "up to 96"},
    {"The firm knew of three crashes but no injuries linked to the fault.", "The firm knew of 11 crashes and four injuries linked to the fault.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "no injuries", "four"},
    {"Police said no one was injured in the blast.", "Police said two people were injured in the blast.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "no one", "two"},
    {"Officials said up to 300 homes were hit.", "Officials said at least 300 homes were hit.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "up to 300", "at least 300"},
    {"The fine will be at least $5m.", "The fine will be up to $5m.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "at least $5m", "up to $5m"},
    {"Rescuers are searching for two hikers.", "Rescuers found the two hikers alive.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "found the two hikers alive"},
    {"A ceasefire is expected to begin on Sunday.", "The ceasefire has collapsed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ceasefire is expected to begin", "ceasefire has collapsed"},
    {"#Ferry bid\n\nCoastline would pay 145p a share in cash.\nThe firm is worth £300m.\n", "#Ferry bid\n\nThe firm is worth £300m.\nAfter a rival approach from Baltic Star, the ferry group raised its offer and will now pay 166p a share, up from 145p.\n", SW_SIGNIFICANCE_MAJOR, "amount", "145p", "166p"},
    {"A 30-year-old man was arrested on suspicion of murder.", "A 30-year-old man has been charged with murder.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was arrested", "has been charged with"},
    {"A 30-year-old man was arrested on suspicion of murder.", "A 30-year-old man has been released without charge.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was arrested", "released without charge"},
    {"The airport is closed because of the ash cloud.", "The airport has reopened after the ash cloud cleared.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "airport is closed", "has reopened"},
    {"A man was in a critical condition in hospital.", "A man has died in hospital.", SW_SIGNIFICANCE_MAJOR, "number", NULL, "A man"},
    {"#Varga faces vote\n\nPrime Minister Elena Varga will face a confidence vote on Monday.\nRest.\n", "#Varga loses vote\n\nRest.\nOn Monday 108 of the 200 MPs voted against her, and Elena Varga lost the confidence vote.\n", SW_SIGNIFICANCE_MAJOR, "status", "will face", "lost the confidence vote"},
    {"#Varga to face confidence vote\n\nMPs meet at noon.\n", "#Varga loses confidence vote\n\nMPs meet at noon.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "loses confidence vote"},
    {"Engineers were working to restore the app on Tuesday.", "The bank said its app was working again on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "working to restore", "was working again"},
    {"#Engineers working to restore bank app\n\nRest.\n", "#Bank app restored after 40-hour outage\n\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "working to restore", "restored"},
    {"The High Court upheld the ban on the camp.", "The Court of Appeal overturned the ban on the camp.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "upheld the ban", "overturned the ban"},
    {"The firm said it found the breach on 3 March 2026.", "The firm said it found the breach on 27 February 2026, not 3 March 2026 as it had said.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "3 March 2026", "27 February 2026"},
    {"#Breach\n\nThe firm found the breach on 3 March 2026.\nRest.\n", "#Breach\n\nRest.\nIt now says it first saw suspicious activity on 27 February 2026, not 3 March 2026.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "3 March 2026", "27 February 2026"},
    {"The fine was set at $50 million.", "The fine was set at $5 million rather than $50 million, the regulator said.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$50 million", "$5 million"},
    {"His conviction was upheld by three judges.", "His conviction was quashed by three judges.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "conviction was upheld", "conviction was quashed"},
    {"The fans were calm before the derby against City.", "The fans were fired up before the derby against City.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* any verb told ahead, then in the past tense: it happened */
    {"The river is expected to peak near the bridge.", "The river peaked near the bridge.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to peak", "peaked"},
    {"Shares in the firm are expected to fall.", "Shares in the firm fell sharply.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are expected to fall", "fell"},
    {"The ferry is due to dock at the pier.", "The ferry docked at the pier.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due to dock", "docked"},
    {"The plant will stop production.", "The plant stopped production.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will stop", "stopped"},
    /* what a thing will do, in a clause about it, is not the event told */
    {"Negotiators will meet in Cairo for ceasefire talks.", "Both sides have agreed to a ceasefire that will pause fighting.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will meet", "have agreed"},
    /* a hearing adjourned; who it was for left out of the phrase */
    {"A man charged with the murder of a woman in Marlow will appear at court on Monday.", "A hearing for a man charged with the murder of a woman in Marlow was adjourned on Monday until 14 April.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will appear", "hearing … was adjourned"},
    /* the same words given to another: a quote put right */
    {"\"We will not back down,\" said union leader John Smith.", "\"We will not back down,\" said union leader Jane Doe.", SW_SIGNIFICANCE_SUBSTANTIVE, "quote", "We will not back down,", "We will not back down,"},
    /* a body said short is the same body */
    {"The House of Representatives passed the bill on Wednesday.", "The House passed the bill on Wednesday, officials said.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* past a sum in trillions */
    {"The Senate is expected to vote on the $1.2 trillion bill.", "The Senate rejected the $1.2 trillion bill.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to vote", "rejected the $1.2 trillion bill"},
    /* put off, whatever stands between the event and its verb */
    {"The new museum in Berlin will open to the public on 14 March, officials said.", "The opening of the new museum in Berlin, originally planned for 14 March, has been delayed until the autumn, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will open", "has been delayed"},
    /* past an amount to what was stopped */
    {"The regulator will decide on the £7.2bn merger.", "The regulator has blocked the £7.2bn merger.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will decide", "blocked the £7.2bn merger"},
    /* the future a source told, then done; the subject is the source's */
    {"The companies said they would apply for approval.", "The companies have applied for approval.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "would apply", "applied"},
    {"The companies said they would apply for approval in the United States by the end of March.", "The companies have applied for approval in the United States and expect a decision in early 2027.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "would apply", "applied"},
    {"The firm said the plan would create jobs.", "The firm said the plan created jobs.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* work under way, then done */
    {"Engineers were working to restore services.", "Engineers had restored services by Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "working to restore", "had restored"},
    {"Crews are battling to contain the fire.", "The fire has been contained, crews said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "battling to contain", "been contained"},
    {"Crews are working to reopen the line.", "The line was reopened to trains.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "working to reopen", "was reopened"},
    {"Prices are expected to rise in the spring.", "Prices are expected to rise again in the spring.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* the same across sentences, when the new one tells the same subject */
    {"The bill is expected to pass.", "The bill passed by 310 votes to 260.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to pass", "bill passed"},
    {"The bill is expected to pass.", "A lorry passed the gates at dawn.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a person missing in a reworded lede, found in an added sentence */
    {"#Police hunt gunman\n\nPolice are searching for a gunman who opened fire at the Trinity shopping centre in Leeds on Friday afternoon, wounding three people.\nThe suspect fled on foot.\n", "#Man charged over shooting\n\nA man has been charged with attempted murder after a shooting at the Trinity shopping centre in Leeds on Friday afternoon that wounded four people.\nPolice said Daniel Marsh, of Bradford, was arrested on Saturday.\n", SW_SIGNIFICANCE_MAJOR, "status", "searching for", "has been charged with"},
    /* told ahead in the passive: done when the participle, or its kin,
     * follows a past auxiliary */
    {"Tom Kelly is expected to be named as the new manager.", "Tom Kelly was appointed as the new manager.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to be named", "was appointed as the new manager"},
    {"Tom Kelly is expected to be named as the new manager.", "Tom Kelly was named as the new manager.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to be named", "was named as the new manager"},
    {"Tom Kelly is expected to be named as the new manager.", "Tom Kelly named his staff for the new season.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* the expected sentence reworded to tell something else, and the
     * event told done in another reworded one */
    {"#Storm nears coast\n\nThe storm grew to a Category 3 storm on Monday with winds of 120 mph, the centre said.\nThe storm is expected to make landfall near the port late on Wednesday, bringing up to 10 inches of rain and a surge of 8 to 12 feet.\n", "#Storm hits coast\n\nThe storm made landfall near the port early on Thursday as a Category 4 storm with winds of 140 mph, the centre said.\nThe storm brought up to 15 inches of rain and a surge of 10 to 14 feet.\n", SW_SIGNIFICANCE_MAJOR, "status", "is expected to make landfall", "made landfall"},
    /* a text's own dateline moves with each update: no news */
    {"Published 3 March 2025", "Published 3 March 2025, updated 4 March 2025", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* ---- facts added and removed ---- */
    {"The port will build a terminal.", "The port will build a terminal for $84 million.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", NULL, "$84 million"},
    {"The port will build a terminal for $84 million.", "The port will build a terminal.", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$84 million", NULL},
    {"The storm hit the coast.", "The storm hit the coast, killing 12 people.", SW_SIGNIFICANCE_MAJOR, "number", NULL, "12"},
    {"The board will vote on the plan.", "The board will vote on the plan in September.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", NULL, "September"},
    /* what was done, reworded away, turns in another sentence */
    {"#Wildfire\n\nThe wildfire has burned 12,000 acres and forced the evacuation of about 2,000 homes, officials said on Monday.\nRest.\n", "#Wildfire\n\nThe wildfire has burned 19,500 acres and is now 85% contained, officials said on Thursday.\nEvacuation orders for about 2,000 homes have been lifted.\nRest.\n", SW_SIGNIFICANCE_MAJOR, "status", "forced the evacuation of", NULL},
    /* a pronoun's expectation met in the new lede */
    {"#Storm nears Florida\n\nThe storm strengthened on Tuesday.\nIt is expected to make landfall near Tampa late on Wednesday.\nRest.\n", "#Storm hits Florida\n\nHurricane Delia made landfall near Sarasota early on Thursday as a stronger storm.\nRest.\n", SW_SIGNIFICANCE_MAJOR, "status", "is expected to make landfall", "made landfall"},
    /* the day an event was to be is the day it was called off; the day
     * now expected is its new value */
    {"#Launch\n\nThe agency will launch its rocket from Kourou on Thursday at 20:00 GMT.\nRest.\n", "#Launch\n\nThe launch of the rocket from Kourou was scrubbed on Thursday because of high winds.\nThe next attempt will be on Saturday at 19:30 GMT.\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Thursday", "Saturday"},
    {"#Launch\n\nThe agency will launch its rocket from Kourou on Thursday at 20:00 GMT.\nRest.\n", "#Launch\n\nThe launch of the rocket from Kourou was scrubbed on Thursday because of high winds.\nThe next attempt will be on Saturday at 19:30 GMT.\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "time", "20:00 GMT", "19:30 GMT"},
    {"#Launch\n\nThe agency will launch its rocket from Kourou on Thursday.\nRest.\n", "#Launch\n\nThe launch of the rocket from Kourou was scrubbed on Thursday because of high winds.\nThe next attempt will be on Saturday.\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Thursday", "Saturday"},
    {"#Launch\n\nThe agency will launch its rocket from Kourou on Thursday.\nRest.\n", "#Launch\n\nThe launch of the rocket from Kourou was scrubbed on Thursday because of high winds.\nThe next attempt will be on Saturday.\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will launch", "launch … was scrubbed"},
    /* a fire no longer under control, a vote that went ahead, a supply
     * cut and restored, an appeal lost */
    {"Officials said the outbreak was under control.", "Officials said the outbreak was not under control.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was under control", "was not under control"},
    {"The vote was postponed.", "The vote went ahead.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "vote was postponed", "vote went ahead"},
    {"The match was abandoned because of rain.", "The match went ahead despite the rain.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "match was abandoned", "match went ahead"},
    {"About 3,000 homes in the town are without power.", "Power has been restored to all homes in the town.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are without power", "been restored"},
    {"The government will appeal against the ruling.", "The government has lost its appeal against the ruling.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will appeal", "lost its appeal"},
    /* an evacuation ordered, its order lifted */
    {"The fire forced the evacuation of about 2,000 homes, officials said.", "Evacuation orders for about 2,000 homes have been lifted, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "forced the evacuation of", "Evacuation orders for about 2,000 homes have been lifted"},
    /* a law come into force, a rule taken effect */
    {"The law will come into force in January.", "The law came into force in January.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will come into force", "came into force"},
    {"The ban will take effect in January.", "The ban took effect in January.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will take effect", "took effect"},
    /* one hunted, recaptured */
    {"Police are hunting a man who escaped from prison.", "A man who escaped from prison has been recaptured.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are hunting", "has been recaptured"},
    /* still charged, in court */
    {"A 41-year-old man has been charged with the murder of a woman in Bristol.", "A 41-year-old man has appeared in court charged with the murder of a woman in Bristol.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* talks that got a deal (not an area secured) */
    {"The company is in talks with lenders.", "The company has secured a rescue deal with lenders.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks with", "has secured a rescue deal"},
    {"Police are at the scene.", "Police secured the area.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a fire thought started deliberately, then told an accident */
    {"Police believe the fire was started deliberately.", "Police now say the fire was an accident.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspicious", "not suspicious"},
    /* a craft aground or stuck, then refloated (not talks stuck) */
    {"The ship is stuck in the canal.", "The ship has been refloated.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ship is stuck", "refloated"},
    {"A container ship has run aground in the Suez Canal.", "The container ship was refloated on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "run aground", "refloated"},
    {"Talks are going well.", "Talks are stuck.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a favourite out of the contest (not a boxer knocked out cold) */
    {"The champion is favourite to win.", "The champion was knocked out in the first round.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is favourite to win", "was knocked out"},
    {"Murray is the clear favourite to win the title.", "Murray crashed out of Wimbledon on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is the clear favourite to win", "crashed out"},
    {"The boxer was fine.", "The boxer was knocked out.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* an operation or a mission under way, then called off */
    {"The rescue operation is under way.", "The rescue operation has been called off.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "operation is under way", "operation has been called off"},
    {"The mission is expected to launch in May.", "The mission has been postponed until next year.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "mission is expected to launch", "mission has been postponed"},
    /* who is under a ban or a curfew, then not */
    {"The region is under a hosepipe ban.", "The hosepipe ban has been lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is under a hosepipe ban", "hosepipe ban has been lifted"},
    {"The city remains under curfew.", "The curfew was lifted on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "remains under curfew", "curfew was lifted"},
    /* talks that went on, then broke down (not a car) */
    {"Talks are continuing.", "Talks have broken down.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Talks are continuing", "Talks have broken down"},
    {"The car is fine.", "The car has broken down.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a bill or a motion that fell, or became law */
    {"The bill is expected to pass the Senate.", "The bill failed in the Senate.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to pass", "bill failed"},
    {"The motion is expected to pass.", "The motion was narrowly defeated.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to pass", "motion was narrowly defeated"},
    {"The bill is set to become law.", "MPs voted down the bill.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is set to become", "voted down the bill"},
    {"#Bill\n\nThe bill passed the House on Tuesday.\n", "#Bill\n\nThe bill was signed into law by the president on Tuesday.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "passed", "law"},
    /* a going announced, gone, or not after all */
    {"The chief executive is stepping down.", "The chief executive will stay on.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is stepping down", "will stay on"},
    {"The minister is expected to resign.", "The minister will remain in office.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to resign", "will remain in office"},
    {"The coach is stepping down at the end of the season.", "The coach stepped down on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is stepping down", "stepped down"},
    {"She will stay on the island.", "She will stay on the island until June.", SW_SIGNIFICANCE_SUBSTANTIVE, NULL, NULL, NULL},
    /* one to be sacked who kept the job */
    {"The minister is expected to be sacked.", "The minister kept her job.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to be sacked", "kept her job"},
    {"The coach is expected to be sacked.", "The coach will keep his job.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to be sacked", "will keep his job"},
    /* strikers back at work */
    {"Workers are on strike.", "Workers have returned to work.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are on strike", "have returned to work"},
    {"Nurses remain on strike over pay.", "Nurses went back to work on Monday after accepting a deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "remain on strike", "went back to work"},
    /* a building shut, and open again */
    {"The embassy has been closed.", "The embassy has reopened.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "embassy has been closed", "has reopened"},
    {"The libraries will remain closed until further notice.", "The libraries reopened on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "libraries will remain closed", "reopened"},
    /* a jury that could not decide */
    {"The jury is considering its verdict.", "The jury has been discharged after failing to reach a verdict.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "jury is considering its verdict", "jury has been discharged"},
    {"Jurors retired to consider their verdict on Monday.", "The trial ended with a hung jury on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Jurors retired to consider their verdict", "hung jury"},
    {"The patient is in a stable condition.", "The patient was discharged from hospital.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "stable condition", "discharged from hospital"},
    /* charged in the active, by whom charges */
    {"Police have arrested a 34-year-old man.", "Police have charged a 34-year-old man with murder.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "arrested", "have charged a 34-year-old man with"},
    {"Police questioned the driver.", "Police charged the driver with dangerous driving offences.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "charged the driver with"},
    {"They tested the battery.", "They charged the battery with a solar panel.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a defeat conceded */
    {"Her rival, Pablo Ortega, has not conceded.", "Her rival, Pablo Ortega, has conceded defeat.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has not conceded", "has conceded"},
    /* a release delayed until a day, past what was delayed */
    {"The singer will release her album on 14 March, her label said.", "The singer has delayed the release of her fifth album, Glasshouse, until 9 May, her label said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will release", "delayed the release"},
    {"The singer will release her album on 14 March, her label said.", "The singer has delayed the release of her fifth album, Glasshouse, until 9 May, her label said.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "14 March", "9 May"},
    /* ---- whole stories: headline, lede, notices, none ---- */
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", SW_SIGNIFICANCE_NONE, NULL, NULL, NULL},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", "#Port weighs ferry plan\n\nThe board will vote soon.\nThe port met on Monday.\n", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", "#Port weighs new ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "headline", "Port weighs ferry plan", "Port weighs new ferry plan"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", "#port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"#Port near deal on ferry\n\nThe port is close to a deal with the builder.\nThe board will vote soon.\n", "#Ferry talks end with no deal\n\nTalks between the port and the builder ended without a deal.\nThe board will vote soon.\n", SW_SIGNIFICANCE_MAJOR, "headline", "Port near deal on ferry", "Ferry talks end with no deal"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe builder is based in Larvik.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nThe builder is based in Halden.\nCorrection: An earlier version of this article misstated where the builder is based.\n", SW_SIGNIFICANCE_MAJOR, "correction", NULL, "Correction: An earlier version of this article misstated where the builder is based."},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nAn earlier version of this story gave the wrong date for the vote.\n", SW_SIGNIFICANCE_MAJOR, "correction", NULL, "An earlier version of this story gave the wrong date for the vote."},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nUpdated at 10:40 with comment from the mayor.\n", SW_SIGNIFICANCE_MINOR, "correction", NULL, "Updated at 10:40 with comment from the mayor."},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nUpdated at 10:40.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nUpdated at 11:15.\n", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"#Flood toll rises\n\nThe flood has killed 28 people, officials said.\nRain is expected to continue.\n", "#Flood toll rises\n\nThe flood has killed 176 people, officials said.\nRain is expected to continue.\n", SW_SIGNIFICANCE_MAJOR, "number", "28", "176"},
    {"#Port signs $48 million deal\n\nThe port met on Monday.\n", "#Port signs $84 million deal\n\nThe port met on Monday.\n", SW_SIGNIFICANCE_MAJOR, "amount", "$48 million", "$84 million"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\nThe mayor said she supports the plan.\n", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\nThe mayor said she supports the plan.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n“We need the ferry back,” said Tomas Reyes, a fisherman.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "quote", NULL, "We need the ferry back,"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote in April.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nThe board is now expected to vote in September, after a review.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "April", "September"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe cable contract is worth $60 million, the ministry said.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nA deal worth $600 million was signed to build the cable link, officials said.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "amount", "$60 million", "$600 million"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe death toll stood at 28 on Monday night.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nBy Tuesday, officials said, the toll had climbed to 176 as more bodies were found.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "28", "176"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe pact is expected to be signed next month during the visit.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nBut the visit came and went with no deal.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "pact is expected to be signed", "came and went with no deal"},
    {"#Port weighs ferry plan\n\nThe port met on Monday.\nThe ferry will stop at Port Ansel.\nIt will carry 400 passengers.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nIt will carry 400 passengers.\nThe ferry will stop at Port Ansel.\n", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    {"#Port weighs ferry plan\n\nThe port met on Monday. The board will vote soon.\n", "#Port weighs ferry plan\n\nThe port met on Monday.\nThe board will vote soon.\n", SW_SIGNIFICANCE_COSMETIC, NULL, NULL, NULL},
    /* a headline's present and its bare nouns: "calls off Monday
     * strike", "weakens to tropical storm", "Death not suspicious" */
    {"#Union to strike on Monday\n\nThe union met on Monday.\n", "#Union calls off Monday strike\n\nThe union met on Monday.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "to strike", "calls off Monday strike"},
    {"#Storm Lee strengthens into hurricane\n\nThe port met on Monday.\n", "#Hurricane Lee weakens to tropical storm\n\nThe port met on Monday.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hurricane", "tropical storm"},
    {"#Police treat death as suspicious\n\nThe port met on Monday.\n", "#Death not suspicious, police say\n\nThe port met on Monday.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspicious", "not suspicious"},
    /* a score is both sides' goals: the same first figure is no same score */
    {"Leeds beat Everton 2-0 at Elland Road.", "Leeds drew 2-2 with Everton at Elland Road.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "2-0", "2-2"},
    /* a bid turned down, then taken */
    {"The takeover bid was rejected by the board.", "The board has accepted an improved takeover bid.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "bid was rejected", "accepted an improved takeover bid"},
    /* hostages still held, then freed */
    {"Two hostages are still being held.", "The last two hostages have been freed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hostages are still being held", "have been freed"},
    /* a road by its number, closed and reopened */
    {"The M6 is closed in both directions after a crash.", "The M6 has reopened after a crash.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "M6 is closed", "has reopened"},
    /* a guilty plea in other words */
    {"He denies murder.", "He admitted murder on the first day of his trial.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "admitted murder"},
    /* one let out of prison, as was to be */
    {"The singer will be released from prison next month.", "The singer was released from prison on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will be released", "was released from prison"},
    /* the evacuated let home: the evacuation over */
    {"About 3,000 people were evacuated from their homes.", "About 3,000 people have been allowed to return home.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "were evacuated", "allowed to return home"},
    {"Residents were ordered to evacuate their homes.", "Residents have been allowed to return to their homes.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "were ordered to evacuate", "allowed to return to their homes"},
    /* a search is an event: called off, then resumed */
    {"The search for the missing boy was called off at nightfall.", "The search for the missing boy resumed at first light.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "search for the missing boy was called off", "resumed"},
    /* "go" takes its particle as longer verbs do */
    {"The strike will go ahead on Friday.", "The strike has been called off after a late offer.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will go ahead", "strike has been called off"},
    /* a patient's condition moves along its scale */
    {"The boy is in a serious condition in hospital.", "The boy is now in a stable condition in hospital.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "serious condition", "stable condition"},
    {"Two men were hurt; one is in a stable condition.", "Two men were hurt; one is in a critical condition.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "stable condition", "critical condition"},
    /* out of hospital, the best of the scale */
    {"She is in a critical condition in hospital.", "She has been discharged from hospital.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "critical condition", "discharged from hospital"},
    {"He was in a stable condition on Monday.", "He has left hospital, his family said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "stable condition", "discharged from hospital"},
    /* a suspect held, then bailed, or the other way; beside a charge that stands */
    {"He was charged with theft and remanded in custody.", "He was charged with theft and granted conditional bail.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in custody", "on bail"},
    {"The driver was released on police bail.", "The driver was remanded in custody after a court hearing.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "on bail", "in custody"},
    /* a service cancelled is stopped, and resumes; an event that only
     * happens is its subject's */
    {"All ferry sailings were cancelled because of the storm.", "All ferry sailings have resumed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "sailings were cancelled", "have resumed"},
    {"Shares in the company were suspended.", "Shares in the company resumed trading on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Shares in the company were suspended", "resumed trading"},
    /* a website or a network down, then back */
    {"The website was down for several hours.", "The website is back online.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "website was down", "is back online"},
    {"Phone lines went down across the region.", "Phone lines are working again across the region.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Phone lines went down", "are working again"},
    /* an event of no family that resumes is its own again */
    {"The search was suspended overnight.", "The search for the missing climbers resumed on Sunday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "search was suspended", "resumed"},
    {"The match was suspended because of rain.", "The match resumed after a two-hour delay.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "match was suspended", "resumed"},
    {"The festival was cancelled because of the storm.", "The festival will go ahead, organisers said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "festival was cancelled", "will go ahead"},
    /* an appeal or a lawsuit is an event, which a court may throw out */
    {"The appeal will be heard in March.", "The appeal was dismissed in March.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will be heard", "appeal was dismissed"},
    {"The lawsuit is expected to go to trial in June.", "The lawsuit was thrown out by a federal judge in June.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "lawsuit is expected to go to trial", "lawsuit was thrown out"},
    /* what waits on another's word, then has it; a merger completed is
     * its agreement done */
    {"The drug is awaiting approval from regulators.", "The drug was approved by regulators on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is awaiting approval", "approved"},
    {"He is awaiting sentencing.", "He was sentenced to six years.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is awaiting sentencing", "sentenced"},
    {"The merger is expected to close in the third quarter.", "The merger was completed in the third quarter.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "merger is expected to close", "completed"},
    /* a figure corrected */
    {"The earthquake had a magnitude of 6.1, officials said.", "The earthquake's magnitude was later revised to 6.4, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "number", "6.1", "6.4"},
    /* a case moved on to its outcome: one kind, another family */
    {"He was charged with murder in May.", "He was found not guilty of murder in May.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was charged with", "found not guilty"},
    {"Two men were arrested after the raid.", "Two men were jailed after the raid.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "were arrested", "jailed"},
    /* an event still going on, then ended */
    {"Talks between the two sides are continuing.", "Talks between the two sides broke down on Sunday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Talks between the two sides are continuing", "Talks between the two sides broke down"},
    {"The search for the missing fishermen is ongoing.", "The search for the missing fishermen was called off at dusk.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "search for the missing fishermen is ongoing", "search … was called off"},
    {"The ceasefire in the north is holding.", "The ceasefire in the north collapsed on Sunday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ceasefire in the north is holding", "ceasefire in the north collapsed"},
    /* a pandemic or a famine is declared as an emergency is, and lifted */
    {"The WHO has not declared a pandemic.", "The WHO declared a pandemic on Wednesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has not declared", "declared a pandemic"},
    {"Officials declared a public health emergency.", "The public health emergency was lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "declared a public health emergency", "public health emergency was lifted"},
    /* what was expected reached in words of another family: a vote's */
    {"Exit polls suggest Smith will win.", "Smith has won the election, official results show.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will win", "won the election"},
    /* a defeat conceded is the vote's outcome */
    {"Jones has refused to concede.", "Jones has conceded defeat.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "refused to concede", "has conceded"},
    /* a participle's clause follows from the main one */
    {"The strike will go ahead on Monday.", "The strike went ahead on Monday, closing 300 schools.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will go ahead", "strike went ahead"},
    /* a firm insolvent, then rescued */
    {"The ferry operator collapsed into administration last week.", "The ferry operator has been bought out of administration by a rival.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in administration", "rescued"},
    {"The airline filed for bankruptcy in May.", "The airline emerged from bankruptcy in May.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in bankruptcy", "rescued"},
    /* a charge denied leaves the case ahead: its verdict or a guilty plea is the turn */
    {"He denies murder and the trial continues.", "He admitted murder and the trial ended.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "denies murder", "admitted murder"},
    {"She pleaded not guilty to fraud.", "She pleaded guilty to fraud.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "pleaded not guilty", "pleaded guilty"},
    {"The firm has denied any wrongdoing.", "The firm has admitted wrongdoing.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "denied any wrongdoing", "admitted wrongdoing"},
    /* a bill through a chamber, then into law */
    {"The bill passed the Senate on Tuesday.", "The bill was signed into law by the governor on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "passed", "law"},
    /* a stance reversed, in the same sentence rewritten */
    {"The council opposes the ferry plan.", "The council now supports the ferry plan.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "against", "in favour"},
    {"Two unions voted for the deal.", "Two unions voted against the deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in favour", "against"},
    /* a cause or a motive not known, then told */
    {"The cause of the fire was not known.", "The cause of the fire was a faulty heater, the fire service said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "cause not known", "a faulty heater"},
    {"It was not immediately clear what caused the crash.", "The crash was caused by a burst tyre, police said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "cause not known", "a burst tyre"},
    {"The motive for the attack remains unclear.", "Police said the motive appeared to be robbery.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "motive not known", "robbery"},
    /* a source not known, then found */
    {"Doctors are trying to identify the source of the outbreak.", "Doctors have traced the outbreak to a restaurant in Leeds.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "source not known", "a restaurant in Leeds"},
    {"The source of the leak is not yet known.", "The source of the leak was a cracked pipe, engineers said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "source not known", "a cracked pipe"},
    /* the noun after a telling denied, or no known one */
    {"Police have not released a motive.", "Police said the motive was robbery.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "motive not known", "robbery"},
    {"Investigators are yet to establish a cause.", "Investigators said the cause was an electrical fault.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "cause not known", "an electrical fault"},
    {"Police said there was no known motive.", "Police said the motive appeared to be revenge.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "motive not known", "revenge"},
    /* a fire's containment, in figures then in words */
    {"The fire was 60% contained on Monday.", "The fire was fully contained on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "60%", "fully"},
    {"The economy grew 0.4% in the quarter.", "The economy saw no growth in the quarter.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "0.4%", "no growth"},
    /* a move told as a multiple, its way its own */
    {"Sales rose 50% last year.", "Sales doubled last year.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "50%", "doubled"},
    {"Profits rose 10%.", "Profits halved.", SW_SIGNIFICANCE_SUBSTANTIVE, "percent", "10%", "halved"},
    /* a lead changed hands */
    {"Smith is ahead of Jones in the latest poll.", "Jones has moved ahead of Smith in the latest poll.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Smith ahead", "Jones ahead"},
    {"Leeds lead Everton 1-0 at half-time.", "Everton lead Leeds 2-1 with ten minutes left.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Leeds ahead", "Everton ahead"},
    /* dropped out of what was to be; suspended from one's work, then
     * back */
    {"The band will headline the festival.", "The band has dropped out of the festival.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will headline", "has dropped out of"},
    {"The teacher was suspended on full pay.", "The teacher was reinstated.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspended", "reinstated"},
    /* a term in prison is one length, however each version tells it;
     * not the length of a trial */
    {"He was jailed for eight years.", "His sentence was cut to six years on appeal.", SW_SIGNIFICANCE_SUBSTANTIVE, "duration", "eight years", "six years"},
    {"He faces ten years in prison.", "He was jailed for six years.", SW_SIGNIFICANCE_SUBSTANTIVE, "duration", "ten years", "six years"},
    {"He was jailed for eight years.\nThe trial lasted three weeks.", "The trial lasted four weeks.\nHis term was reduced to five years.", SW_SIGNIFICANCE_SUBSTANTIVE, "duration", "eight years", "five years"},
    /* the offence changed at the same step; a step on is the status's */
    {"A man has been charged with murder.", "A man has been charged with manslaughter.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "charged with murder", "charged with manslaughter"},
    {"She was convicted of attempted murder.", "She was convicted of murder.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "convicted of attempted murder", "convicted of murder"},
    {"He was charged with murder.", "He was convicted of murder.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was charged with", "convicted"},
    /* work halted, then resumed; a state expected to last, then ended */
    {"Construction has been halted.", "Construction has resumed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Construction has been halted", "has resumed"},
    {"The drug trial was halted.", "The drug trial has resumed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "trial was halted", "has resumed"},
    {"The road is expected to remain closed for several days.", "The road reopened on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to remain closed", "reopened"},
    /* a vote to do what is asked, then against it */
    {"Members voted to strike.", "Members voted against strike action.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in favour", "against"},
    {"Members voted to accept the offer.", "Members voted to reject the offer.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in favour", "against"},
    /* a defence against water that held, then breached; one ousted,
     * then back */
    {"The levee held overnight.", "The levee was breached overnight.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "holding", "breached"},
    {"The CEO was ousted by the board.", "The CEO has been reinstated by the board.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ousted", "reinstated"},
    /* a firm gone under is news, once; its rescue the scale's turn; a
     * service down, then restored */
    {"The chain is struggling, its owners said.", "The chain entered administration on Monday, its owners said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "entered administration"},
    {"The bank is solvent.", "The bank has collapsed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "bank has collapsed"},
    {"The chain entered administration on Monday.", "The chain was bought out of administration on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in administration", "rescued"},
    {"The company entered administration on Monday.", "The company was rescued by a buyer on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "entered administration", "was rescued"},
    {"The service has been down since Monday.", "The service was restored on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "service has been down", "was restored"},
    /* a title or a final won, then lost */
    {"The team won the cup.", "The team lost in the final.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "won the cup", "lost in the final"},
    {"The champion retained her title.", "The champion lost her title.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "retained her title", "lost her title"},
    /* a measure's way as it goes, turned; not one still going */
    {"Cases are rising.", "Cases are falling.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "rising", "falling"},
    {"The river is still rising, officials said.", "The river is now falling, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "rising", "falling"},
    {"Prices are rising.", "Prices are still rising fast.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* an outbreak growing, then over, however long its subject */
    {"A measles outbreak in Leeds has grown to 34 cases.", "A measles outbreak in Leeds that infected 51 people has been declared over.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "outbreak in Leeds has grown", "has been declared over"},
    /* a rocket away, then lost */
    {"The rocket lifted off on Tuesday.", "The rocket exploded shortly after lift-off on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "lifted off", "exploded"},
    {"The launch is scheduled for Tuesday.", "The launch failed on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "launch is scheduled", "failed"},
    /* a product off sale, and back */
    {"The drug was withdrawn from sale.", "The drug is back on sale.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "withdrawn from sale", "is back on sale"},
    {"The toy is on sale in 40 countries.", "The toy has been pulled from shelves in 40 countries.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "pulled from shelves"},
    /* a hostage freed, then killed: the captivity's end told */
    {"The hostage was freed on Monday.", "The hostage was killed by his captors.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was freed", "hostage was killed"},
    {"The hostages are still being held.", "Two of the hostages have been executed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hostages are still being held", "hostages have been executed"},
    /* one escaped, then caught */
    {"The prisoner escaped on Monday.", "The prisoner was recaptured on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "prisoner escaped", "was recaptured"},
    {"The driver escaped injury.", "The driver escaped serious injury.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a storm on its way to land, then ashore */
    {"The storm is heading for Florida.", "The storm made landfall in Florida on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "storm is heading for", "made landfall"},
    /* a referendum is an event of the vote family */
    {"The referendum is due in March.", "The referendum has been postponed until June.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "referendum is due", "referendum has been postponed"},
    {"The referendum is due in March.", "The referendum has been postponed until June.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "March", "June"},
    /* a child born */
    {"The couple are expecting their first child.", "The couple welcomed their first child, a daughter, on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are expecting their first child", "welcomed their first child"},
    {"She is due to give birth in May.", "She gave birth to a boy on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due to give birth", "gave birth"},
    {"She is pregnant with twins.", "Her twins were born on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is pregnant", "twins were born"},
    /* a fire put out, an eruption or a fight over */
    {"The fire is still burning, the fire service said.", "The fire has been put out, the fire service said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "fire is still burning", "fire has been put out"},
    {"Crews are battling the blaze.", "Crews put out the blaze.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are battling the blaze", "put out the blaze"},
    {"The volcano is erupting, officials said.", "The eruption has ended, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is erupting", "eruption has ended"},
    {"The volcano is erupting.", "The volcano has stopped erupting.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is erupting", "stopped erupting"},
    {"Fighting continues in the city.", "The fighting has stopped in the city.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Fighting continues", "fighting has stopped"},
    {"Fighting continues in the city.", "The fighting has not stopped in the city.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* ahead of the field, in one contest or by a figure; not in two
     * contests, nor one leader still ahead */
    {"Smith leads the race, the latest count shows.", "Jones leads the race, the latest count shows.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Smith ahead", "Jones ahead"},
    {"Leeds are top of the table.", "Arsenal are top of the table after beating Leeds.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Leeds ahead", "Arsenal ahead"},
    {"Adele tops the charts this week.", "Taylor Swift tops the charts this week.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Adele ahead", "Taylor Swift ahead"},
    {"Smith is ahead of Jones in the count.", "Jones now leads the count.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Smith ahead", "Jones ahead"},
    {"Jane Smith leads with 48%, officials said.", "Tom Jones leads with 49%, officials said.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Jane Smith ahead", "Tom Jones ahead"},
    {"Smith leads the race.", "Smith still leads the race comfortably.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Leeds top the league.", "Everton top the table.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Smith leads the Democratic race.\nBrown leads the Republican race.", "Brown leads the Republican race.\nSmith leads the Democratic race narrowly.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a figure told ahead, revised the other way; not one revised each
     * way in one sentence */
    {"The firm raised its profit forecast.", "The firm cut its profit forecast.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "raised forecast", "cut forecast"},
    {"The bank lowered its growth outlook for the year.", "The bank has raised its growth outlook for the year.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "cut outlook", "raised outlook"},
    {"The firm raised its profit forecast.", "The firm raised its sales forecast but cut its profit forecast.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a report denied, then confirmed, by whom it names */
    {"The minister denied the report.", "The minister confirmed the report.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "denied", "confirmed"},
    {"Acme denied reports that it was in talks to buy Beta.", "Acme confirmed that it was in talks to buy Beta.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "denied", "confirmed"},
    /* a warning, an emergency or an incident declared at the top of the
     * story is news as an outcome is; reworded, it is none */
    {"The hospital is at full capacity.", "The hospital has declared a critical incident.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "declared a critical incident"},
    {"#Storm\n\nThe storm hit the town.\nThe council declared a major incident.\n", "#Storm\n\nA major incident was declared after the storm hit the town.\nRest of it.\n", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"#Trial\n\nThe trial ended.\nThe jury found him guilty.\n", "#Trial\n\nHe was found guilty after the trial ended.\nRest of it.\n", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a wedding that will not be */
    {"The couple are due to marry in June.", "The couple have split up.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are due to marry", "have split up"},
    {"The couple are married.", "The couple are divorcing.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are married", "are divorcing"},
    {"The couple are happily married.", "The singer has filed for divorce.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are happily married", "filed for divorce"},
    {"The couple are due to marry in June.", "The wedding has been called off.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are due to marry", "wedding has been called off"},
    {"The singer is engaged to the actor and they are set to marry this summer.", "The singer and the actor broke up in May.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is engaged", "broke up"},
    /* engaged, then wed */
    {"The star is engaged to her co-star.", "The star has married her co-star.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is engaged", "has married"},
    {"The flight from London to New York was diverted to Shannon after a passenger fell ill.", "The flight from London to New York has landed safely in New York after a stop in Shannon.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was diverted", "has landed"},
    {"The case is being heard at the High Court this week.", "The judge ruled in favour of the council at the High Court.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "case is being heard", "judge ruled in favour"},
    {"Her appeal is being heard by three judges.", "Her appeal was dismissed by three judges.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "appeal is being heard", "appeal was dismissed"},
    {"The plane turned back to Heathrow an hour after take-off.", "The plane touched down at Heathrow an hour after take-off.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "turned back", "touched down"},
    {"The couple got engaged in Paris last year.", "The couple tied the knot in Rome on Saturday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "got engaged", "tied the knot"},
    /* a prize ahead, then won or lost; won, news wherever it is told */
    {"The author is shortlisted for the Booker Prize.", "The author has won the Booker Prize.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is shortlisted for the Booker Prize", "won the Booker Prize"},
    {"The film is nominated for best picture.", "The film won best picture at the Oscars.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is nominated for best picture", "won best picture"},
    {"The film is nominated for best picture.", "The film lost out on best picture to a rival.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is nominated for best picture", "lost out on best picture"},
    {"She competed in the final.", "She won a gold medal in the final.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "won a gold medal"},
    /* a closure feared, then a place saved; an alert stood down */
    {"The museum is on the brink of closure.", "The museum has been saved by a donor.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is on the brink of closure", "museum has been saved"},
    {"The library faces closure.", "The library will stay open after a council vote.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces closure", "will stay open"},
    {"Three lives were lost.", "Three lives were saved.", SW_SIGNIFICANCE_MINOR, "sentence", NULL, NULL},
    {"The hospital is on black alert.", "The hospital has stood down its critical incident.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is on black alert", "stood down its critical incident"},
    /* an athlete barred while a case is heard, then cleared */
    {"The athlete is provisionally suspended.", "The athlete has been cleared to compete.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "suspended", "cleared"},
    /* a sale ahead, then done; one standing again, elected; a case
     * ruled on; a way blocked, reopened; a hunger strike ended */
    {"The company is up for sale.", "The company has been sold to a rival.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is up for sale", "has been sold"},
    {"The house is for sale.", "The house was sold for $2 million.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is for sale", "was sold"},
    {"The merger was blocked by regulators.", "The merger was cleared by regulators.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "merger was blocked", "merger was cleared"},
    {"The tenants face eviction.", "The tenants have been evicted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "face eviction", "have been evicted"},
    {"The club is hoping to sign a striker.", "The club has signed a striker.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "hoping to sign", "has signed"},
    {"The embassy remains open.", "The embassy has been closed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "embassy remains open", "embassy has been closed"},
    {"The company is being investigated by regulators.", "Regulators found no wrongdoing.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is being investigated", "Regulators found no wrongdoing"},
    {"The storm is heading for the coast.", "The storm has turned away from the coast.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "storm is heading for", "storm has turned away from"},
    {"The mayor is seeking re-election.", "The mayor has been re-elected.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is seeking re-election", "has been re-elected"},
    {"The council faces a legal challenge over the plan.", "The judge ruled in favour of the council.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "judge ruled in favour"},
    {"The road is blocked by a fallen tree.", "The road has reopened.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "road is blocked", "has reopened"},
    {"The prisoner is on hunger strike.", "The prisoner has ended his hunger strike.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is on hunger strike", "ended his hunger strike"},
    {"Tickets went on sale on Monday.", "Tickets have been sold out.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", "Monday", NULL},
    /* a tour under way, cancelled in part: of the tour */
    {"The singer is touring Europe.", "The singer has cancelled the rest of her European tour.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is touring", "cancelled the rest of her European tour"},
    /* the plain "is to", a close ahead; not what an aim is */
    {"The factory is to close in May.", "The factory will stay open after a rescue deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is to close", "will stay open"},
    /* a closure that will not be */
    {"The plant is set to close next year.", "The plant will stay open.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is set to close", "will stay open"},
    {"The library is due to close in March.", "The library has been saved from closure.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is due to close", "saved from closure"},
    {"The hospital's maternity unit is set to close next year.", "The closure of the maternity unit at Westfield General Hospital has been averted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is set to close", "closure … has been averted"},
    {"The school is set to close in July.", "The school has been given a last-minute reprieve.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is set to close", "given a last-minute reprieve"},
    /* or left unanswered, a middle neither end is */
    {"The ministry would neither confirm nor deny the report.", "The ministry confirmed the report.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "no comment", "confirmed"},
    {"The minister denied the report.", "The minister declined to comment on the report.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "denied", "no comment"},
    {"Acme declined to comment.", "Acme denied that it was in talks to buy Beta.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "no comment", "denied"},
    /* a player's fitness: ruled out, in doubt, fit */
    {"The striker is injured.", "The striker has returned to training.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "injured", "back in training"},
    {"The carmaker has halted production at its Swindon plant.", "Production has resumed at the carmaker's Swindon plant.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has halted production", "has resumed"},
    {"The election result is being challenged in court.", "The court upheld the election result.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is being challenged in court", "upheld the election result"},
    {"Tickets for the festival are sold out.", "The festival has been cancelled because of the weather.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "festival has been cancelled"},
    {"Officials say the measles outbreak is under control.", "Officials say the measles outbreak is spreading.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is under control", "outbreak is spreading"},
    {"The wildfire is spreading towards the town.", "The wildfire has been brought under control.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "wildfire is spreading", "brought under control"},
    {"The talks between the union and the firm are deadlocked.", "The talks between the union and the firm have resumed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "talks … are deadlocked", "have resumed"},
    {"The senator says she will run for president.", "The senator has dropped out of the presidential race.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will run for president", "has dropped out of the presidential race"},
    {"The mayor plans to run for re-election.", "The mayor withdrew from the race on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "plans to run for re-election", "withdrew from the race"},
    {"A tornado watch is in effect until 9pm.", "The tornado watch has expired.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "tornado watch is in effect", "tornado watch has expired"},
    {"A flood warning is in force for the river.", "The flood warning for the river has expired.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "warning is in force", "warning for the river has expired"},
    {"The takeover still needs approval from regulators.", "Regulators have blocked the takeover.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "needs approval", "rejected"},
    {"The proposal was backed by the council.", "The proposal was thrown out by the council.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "approved", "rejected"},
    {"The rocket launch has been scrubbed because of high winds.", "The rocket lifted off successfully on Tuesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "launch has been scrubbed", "lifted off"},
    {"The launch of the probe was postponed after a fault.", "The probe has blasted off from Kourou.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "launch of the probe was postponed", "has blasted off"},
    {"The chemical plant is being evacuated after a gas leak.", "Residents have been allowed to return home after the gas leak.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is being evacuated", "allowed to return home"},
    {"The striker is expected to be fit for Saturday's match.", "The striker has been ruled out of Saturday's match.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to be fit", "ruled out"},
    {"Kane remains sidelined with a hamstring injury.", "Kane is fit to play on Saturday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "sidelined", "fit"},
    {"Kane is doubtful for Saturday's match with a hamstring injury.", "Kane has been ruled out of Saturday's match with a hamstring injury.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "doubtful", "ruled out"},
    {"Kane has been ruled out of Saturday's match.", "Kane has been passed fit for Saturday's match.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ruled out", "fit"},
    {"#Kane ruled out of final\n\nRest.\n", "#Kane passed fit for final\n\nRest.\n", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ruled out", "fit"},
    /* an event put off for a while, then for good, or back */
    {"The band postponed its tour.", "The band cancelled its tour.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "put off", "called off"},
    {"The match was called off.", "The match was postponed until next week.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "called off", "put off"},
    /* a vote faced in the present, then lost; a tour called off, then on;
     * men held for questioning, then let go */
    {"The bill faces a vote in the Senate next week.", "The bill was rejected by the Senate.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces a vote", "bill was rejected"},
    {"The singer cancelled her tour after falling ill.", "The singer has recovered and the tour will go ahead.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "cancelled her tour", "will go ahead"},
    {"Two men are being questioned by police.", "Two men have been released without charge.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are being questioned by police", "released without charge"},
    /* a count that has not yet told a winner, then one */
    {"The race is too close to call.", "Smith has won the race.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "too close to call", "won the race"},
    {"The contest in Leeds North remains too close to call.", "Labour has won the contest by 312 votes.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "too close to call", "won the contest"},
    /* a contest's outcome the other way for one side; not a win and a
     * loss in one sentence */
    {"The prime minister survived a confidence vote.", "The prime minister lost a confidence vote.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "survived confidence vote", "lost confidence vote"},
    {"The government was defeated in the vote.", "The government won the vote.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "lost vote", "won vote"},
    {"The party lost its majority in the election.", "The party won a majority in the election.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "lost majority", "won majority"},
    {"The party retained its majority.", "The party lost its majority.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "retained majority", "lost majority"},
    {"Labour won the seat.", "Labour won the seat but lost the election.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "lost the election"},
    /* a poll's lead told in its figures */
    {"Jane Smith leads with 48% to Tom Jones's 45%.", "Tom Jones leads with 49% to Jane Smith's 46%.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Jane Smith ahead", "Tom Jones ahead"},
    {"Labour is ahead on 41% against the Conservatives on 38%.", "The Conservatives lead with 40 per cent to Labour’s 39 per cent.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Labour ahead", "Conservatives ahead"},
    /* a service down for its users, then back up for them */
    {"The service is down for users across Europe.", "The service is back up for users across Europe.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "service is down", "is back up"},
    /* a fleet grounded, then flying again */
    {"The fleet remains grounded.", "The fleet has been cleared to fly again.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "fleet remains grounded", "has been cleared to fly again"},
    {"Boeing 737 Max jets remain grounded worldwide.", "Regulators lifted the grounding of the 737 Max on Wednesday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "jets remain grounded", "lifted the grounding"},
    /* a craft out of touch, told in the past, then in touch again */
    {"The satellite lost contact with ground control.", "Engineers have regained contact with the satellite.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "satellite lost contact", "regained contact with"},
    {"The probe has lost contact with Earth.", "The probe is back in contact with mission control.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "has lost contact with", "is back in contact with"},
    /* a start foreseen, told done by its twin verb */
    {"The trial is due to start in May.", "The trial began on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "trial is due to start", "began"},
    {"The ceasefire is due to begin at midnight.", "The ceasefire started at midnight.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ceasefire is due to begin", "started"},
    /* a thing stolen, then recovered; people stranded, then brought to
     * safety */
    {"The museum's painting was stolen.", "The stolen painting has been recovered.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was stolen", "has been recovered"},
    {"The climbers are stranded on the mountain.", "The climbers have been airlifted to safety.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are stranded", "airlifted to safety"},
    /* a bill waiting on a signature, vetoed, the veto overridden */
    {"The bill awaits the president's signature.", "The president vetoed the bill.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "bill awaits the president's signature", "vetoed the bill"},
    {"The president vetoed the bill.", "Congress overrode the veto.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "vetoed the bill", "overrode the veto"},
    /* one in a coma, then woken from it */
    {"The singer is in a coma.", "The singer has woken from a coma.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in a coma", "out of a coma"},
    {"The boy remains in a coma in hospital.", "The boy came out of his coma on Sunday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in a coma", "out of a coma"},
    /* news told beside a status that stands: a charge beside the
     * arrest, a jailing beside a fine; not the same charge reworded */
    {"Two people were arrested.", "Two people were arrested and one was charged with murder.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "was charged with"},
    {"The firm was fined.", "The firm was fined and its boss was jailed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "jailed"},
    {"A man has been charged with her murder and will appear in court.", "A man was charged with her murder and will appear in court on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "date", NULL, "Monday"},
    /* a removal fought, then done; a spill spreading, then contained */
    {"The suspect is fighting extradition.", "The suspect has been extradited to the US.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is fighting extradition", "has been extradited"},
    {"The oil spill is spreading.", "The oil spill has been contained.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "spill is spreading", "been contained"},
    /* an event told ahead in the passive by an irregular participle,
     * then done */
    {"The Olympics will be held in Paris.", "The Olympics were held in Paris.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will be held", "held"},
    {"The new bridge is to be built next year.", "The new bridge was built in record time.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is to be built", "built"},
    /* a past no other than the present, alone after a subject told
     * singular; not after a modal, nor in the plural */
    {"The storm is expected to hit the coast on Friday.", "The storm hit the coast on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to hit", "hit"},
    {"The storm is expected to hit the coast on Friday.", "The storm will hit the coast on Friday.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    {"Firms are expected to cut jobs.", "Firms cut jobs every winter.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* an update or sales paused, then taken up again */
    {"The update has been paused.", "The update has resumed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "update has been paused", "has resumed"},
    {"The vaccination programme was paused.", "The vaccination programme has restarted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "programme was paused", "has restarted"},
    /* a siege or a blockade lifted; a curfew to be imposed, then
     * lifted */
    {"The town is under siege.", "The siege of the town has been lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is under siege", "siege of the town has been lifted"},
    {"The port remains under blockade.", "The blockade was lifted on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "remains under blockade", "blockade was lifted"},
    {"The curfew will be imposed at 8pm.", "The curfew has been lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will be imposed", "curfew has been lifted"},
    /* one killed, told in the singular, is a death; the killed counted
     * are a toll */
    {"The president survived an assassination attempt.", "The president was killed in an assassination attempt.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "was killed"},
    {"The soldier was injured in the attack.", "The soldier was killed in the attack.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "was killed"},
    /* a move to a club, foreseen, then undone */
    {"The striker is set to join Arsenal.", "The striker's move to Arsenal has collapsed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is set to join", "move to Arsenal has collapsed"},
    /* one put in a post is news, as one resigned is; expected, then
     * named */
    {"Smith is expected to be named chief executive.", "Smith was named chief executive on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to be named", "was named chief executive"},
    {"The club is searching for a new manager.", "Jones has been appointed manager.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "has been appointed manager"},
    /* a signing foreseen, then no longer likely, or told dead */
    {"Russia and China are expected to sign the cyber pact in November.", "The pact is now unlikely to be signed this year.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are expected to sign", "is now unlikely to be signed"},
    {"Russia and China are expected to sign the cyber pact in November.", "Officials said the pact was dead.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are expected to sign", "pact was dead"},
    /* a signing foreseen, then still to be done: no turn */
    {"The leaders are expected to sign the pact.", "The pact must be signed by both leaders.", SW_SIGNIFICANCE_MINOR, NULL, NULL, NULL},
    /* a future denied, then done after all; or gone with no turn */
    {"The company said it would not cut jobs.", "The company has cut 300 jobs.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "would not cut", "has cut"},
    {"The owner said he would never sell the club.", "The owner has sold the club to a US group.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "would never sell", "sold"},
    {"The firm won't close the plant.", "The firm closed the plant on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "won't close", "closed"},
    {"The company said it would not cut jobs.", "The company said it was reviewing its options.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "would not cut", NULL},
    /* an impeachment faced, then voted; a seat expected won, then held */
    {"The president faces impeachment.", "The president has been impeached.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces impeachment", "has been impeached"},
    {"Smith is expected to win the seat.", "Smith has held the seat.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to win", "held the seat"},
    /* one last seen, then found */
    {"The missing boy was last seen on Friday.", "The missing boy has been found safe.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was last seen", "has been found safe"},
    /* a fine imposed, then overturned */
    {"The company was fined $5m.", "The fine was overturned on appeal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was fined", "fine was overturned"},
    /* what was ahead, agreed or decided though not yet done */
    {"The firm is in talks to buy the rival chain.", "The firm agreed to buy the rival chain.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to buy", "agreed to buy"},
    {"The club is in talks to sign the striker.", "The club agreed on Monday to sign the striker.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to sign", "agreed on Monday to sign"},
    {"The company is expected to close the plant.", "The company decided to close the plant.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is expected to close", "decided to close"},
    {"The firm agreed to buy the rival chain.", "The firm walked away from the deal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "agreed to buy", "walked away from"},
    {"The rebels agreed to lay down their arms.", "The rebels refused to lay down their arms.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "agreed to lay down", "refused to lay down"},
    /* a curb in force, then lifted */
    {"The sanctions remain in place.", "The sanctions were lifted on Monday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "sanctions remain in place", "sanctions were lifted"},
    {"The government imposed tariffs on steel.", "The government scrapped the tariffs on steel.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "imposed tariffs", "scrapped the tariffs"},
    {"The travel ban is still in place.", "The travel ban has been lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ban is still in place", "ban has been lifted"},
    /* a ruling awaited, then made, told in sentences rewritten past
     * pairing */
    {"The takeover is subject to regulatory approval.", "Regulators blocked the takeover.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "awaiting approval", "rejected"},
    {"The takeover still needs regulatory approval.", "Regulators approved the takeover.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "needs approval", "approved"},
    /* a gathering planned, then called off */
    {"The protest is planned for Saturday.", "The protest was cancelled.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "protest is planned", "protest was cancelled"},
    {"The meeting is scheduled for Monday.", "The meeting was called off.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "meeting is scheduled", "meeting was called off"},
    /* a law in force, or to be, then struck down or blocked: the law's
     * event, the vote family's */
    {"The law took effect in January.", "The law was struck down by the Supreme Court.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "took effect", "law was struck down"},
    {"The law comes into force on Monday.", "A judge blocked the law.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "comes into force", "blocked the law"},
    {"The law will come into force on Monday.", "A judge blocked the law.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "will come into force", "blocked the law"},
    /* a strike begun, then over */
    {"Workers walked out on Monday.", "Workers returned to work on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "walked out", "returned to work"},
    {"Nurses staged a walkout over pay.", "The nurses' strike has ended.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "staged a walkout", "strike has ended"},
    {"Workers went on strike on Monday.", "Workers have returned to work.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "went on strike", "have returned to work"},
    /* an inquiry closed, told in the passive */
    {"The company is under investigation.", "The investigation was closed without charges.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "under investigation", "investigation was closed"},
    /* a supply told cut, then restored */
    {"Power was cut to 10,000 homes.", "Power has been restored to all homes.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "Power was cut", "been restored"},
    /* a side that may go down, then down or safe */
    {"The team faces relegation.", "The team was relegated on Saturday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "faces relegation", "was relegated"},
    {"Leeds are in the relegation zone.", "Leeds escaped the drop on the final day.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are in the relegation zone", "escaped the drop"},
    {"The team was relegated.", "The team avoided relegation.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "was relegated", "avoided relegation"},
    /* a border sealed, then open again */
    {"The border was sealed on Monday.", "The border reopened on Friday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "border was sealed", "reopened"},
    /* martial law declared, then lifted */
    {"The president declared martial law.", "The president lifted martial law.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "declared martial law", "lifted martial law"},
    /* an election ruled out, then called */
    {"The prime minister has ruled out an early election.", "The prime minister called an early election.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "ruled out an early election", "called an early election"},
    /* a plea changed */
    {"He pleaded not guilty to the charges.", "He changed his plea to guilty.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "pleaded not guilty", "changed his plea to guilty"},
    /* ties between states cut, then restored */
    {"The two countries cut diplomatic ties.", "The two countries restored diplomatic ties.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "cut diplomatic ties", "restored diplomatic ties"},
    /* a ban by its verb, then lifted */
    {"A court banned the march.", "The ban on the march was lifted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "banned the march", "ban on the march was lifted"},
    /* an eruption, a landfall or a curb newly told is news as an outcome
     * is */
    {"The volcano is dormant.", "The volcano has erupted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "has erupted"},
    {"The hurricane is approaching the coast.", "The hurricane made landfall in Florida.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "made landfall"},
    {"Talks on the dispute went on.", "The US imposed sanctions on Russia.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", NULL, "imposed sanctions"},
    /* rates foreseen and decided, told of the rates */
    {"Interest rates are expected to rise.", "Interest rates were left unchanged.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to raise rates", "held rates"},
    /* a patient past the worst */
    {"The child is in a critical condition.", "The child is now out of danger.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "critical condition", "out of danger"},
    /* the missing all accounted for */
    {"Two crew members are still missing.", "All crew members have now been accounted for.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "are still missing", "have now been accounted for"},
    /* a deal paused, then back on */
    {"The deal is on hold.", "The deal is back on.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "deal is on hold", "deal is back on"},
    /* a player's suspension, overturned */
    {"The player is suspended for three matches.", "The suspension was overturned on appeal.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is suspended for three matches", "suspension was overturned"},
    /* a result against forecasts */
    {"The company beat forecasts.", "The company missed forecasts.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "above forecasts", "below forecasts"},
    {"The firm reported better-than-expected profits.", "The firm reported profits in line with forecasts, revised figures showed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "above forecasts", "in line with forecasts"},
    /* talks, then signed on */
    {"The actor is in talks to star in the film.", "The actor has signed on to star in the film.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "in talks to star", "has signed on to star"},
    /* a search for survivors ended without one */
    {"Rescuers are searching for survivors.", "Rescuers have found no survivors.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "searching for", "have found no survivors"},
    /* a plant out of use, then back */
    {"The refinery is shut.", "The refinery is back in operation.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "refinery is shut", "is back in operation"},
    {"The power station is offline.", "The power station is back online.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "is offline", "is back online"},
    /* a fire thought an accident, then arson */
    {"Police are treating the fire as an accident.", "Police are treating the fire as arson.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "not suspicious", "arson"},
    /* an app out of its store, then back */
    {"The app was removed from the App Store.", "The app is back on the App Store.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "removed from the App Store", "is back on the App Store"},
    /* an economy growing, then shrinking */
    {"The economy is growing.", "The economy has contracted.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "growing", "shrinking"},
    /* a measure's way ended, or taken again */
    {"Hospital admissions are rising.", "Hospital admissions have peaked.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "rising", "peaked"},
    {"Cases are falling.", "Cases are levelling off.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "falling", "steady"},
    /* a rate decision foreseen, then taken: as foreseen, or another */
    {"The central bank is expected to cut interest rates on Thursday.", "The central bank held interest rates on Thursday.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to cut rates", "held rates"},
    {"The central bank is expected to cut interest rates.", "The central bank cut interest rates.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to cut rates", "cut rates"},
    {"The bank is forecast to hold rates at 5%.", "The bank raised rates to 5.25%.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "expected to hold rates", "raised rates"},
    /* a deal agreed, told in the passive, then undone */
    {"The deal was agreed in March.", "The deal has collapsed.", SW_SIGNIFICANCE_SUBSTANTIVE, "status", "deal was agreed", "deal has collapsed"},
};

static gchar *
case_story(const gchar *s)
{
	if (s[0] == '#')
		return g_strdup(s + 1);
	return g_strdup_printf("Port weighs ferry plan\n\nThe port board met on a grey morning to weigh "
			       "the plan.\n%s\nThe meeting closed without questions.\n",
			       s);
}

/* the statuses @sentence states, read with the gates or without */
static gchar *
statuses_line(const gchar *sentence, gboolean open)
{
	g_autoptr(GPtrArray) all = NULL;
	g_autoptr(GString) s = g_string_new(NULL);

	sw_status_gates_open = open;
	all = sw_status_all_of_sentence(sentence);
	sw_status_gates_open = FALSE;
	for (guint i = 0; i < all->len; i++) {
		const SwStatus *st = g_ptr_array_index(all, i);
		g_string_append_printf(s, " %d[%zu,%zu]%s", (gint)st->kind, st->start, st->end,
				       st->event != NULL ? st->event : "");
	}
	return g_string_free(g_steal_pointer(&s), FALSE);
}

/* a rule's gate lets in every sentence its pattern reads: each line of
 * the table's versions states the same statuses with all gates open */
static void
test_gates_keep_nothing_out(void **state)
{
	guint failed = 0, read = 0;

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(diff_cases); i++) {
		const gchar *versions[] = {diff_cases[i].old, diff_cases[i].new};
		for (guint v = 0; v < G_N_ELEMENTS(versions); v++) {
			g_auto(GStrv) lines = g_strsplit(versions[v] + (versions[v][0] == '#' ? 1 : 0), "\n", -1);
			for (guint k = 0; lines[k] != NULL; k++) {
				g_autofree gchar *gated = NULL;
				g_autofree gchar *open = NULL;
				if (*lines[k] == '\0')
					continue;
				gated = statuses_line(lines[k], FALSE);
				open = statuses_line(lines[k], TRUE);
				read++;
				if (g_str_equal(gated, open))
					continue;
				print_error("\"%s\": gated:%s; open:%s\n", lines[k], gated, open);
				failed++;
			}
		}
	}
	assert_true(read > 1000);
	if (failed > 0)
		fail_msg("%u of %u lines lost statuses to their gates", failed, read);
}

static void
test_table(void **state)
{
	GDate a, b;
	SwDiffOptions opts = {&a, &b};
	guint failed = 0;

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_dmy(&a, 24, 10, 2014);
	g_date_set_dmy(&b, 27, 10, 2014);
	for (guint i = 0; i < G_N_ELEMENTS(diff_cases); i++) {
		const SwDiffCase *c = &diff_cases[i];
		g_autofree gchar *old = case_story(c->old);
		g_autofree gchar *new = case_story(c->new);
		g_autoptr(SwDiff) d = sw_diff_stories_full(old, new, &opts);
		const gchar *why = NULL;

		if (d->significance != c->significance) {
			why = "wrong significance";
		} else if (c->kind != NULL) {
			gboolean found = FALSE;
			for (guint k = 0; k < d->changes->len && !found; k++) {
				const SwChange *ch = g_ptr_array_index(d->changes, k);
				found = g_str_equal(ch->kind, c->kind) &&
					(c->old_phrase == NULL || g_strcmp0(ch->old, c->old_phrase) == 0) &&
					(c->new_phrase == NULL || g_strcmp0(ch->new, c->new_phrase) == 0);
			}
			if (!found)
				why = "change not listed";
		} else if (c->significance <= SW_SIGNIFICANCE_COSMETIC && d->changes->len > 0) {
			why = "changes listed for nothing";
		}
		if (why == NULL)
			continue;
		print_error("case %u: %s: expected %s %s [%s] -> [%s], got %s: %s\n", i, why,
			    sw_significance_to_string(c->significance), c->kind != NULL ? c->kind : "-",
			    c->old_phrase != NULL ? c->old_phrase : "", c->new_phrase != NULL ? c->new_phrase : "",
			    sw_significance_to_string(d->significance), d->summary);
		failed++;
	}
	if (failed > 0)
		fail_msg("%u of %u pairs failed", failed, (guint)G_N_ELEMENTS(diff_cases));
}

/* the values of the changes the table only names */
static void
test_change_values(void **state)
{
	GDate a, b;
	SwDiffOptions opts = {&a, &b};
	g_autoptr(SwDiff) d = NULL;
	const SwChange *c;

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_dmy(&a, 24, 10, 2014);
	g_date_set_dmy(&b, 12, 11, 2014);
	d = sw_diff_stories_full(
	    STORY("Pact", "Officials met.\nThe treaty is expected to be signed in November.\nRest.\n"),
	    STORY("Pact", "Officials met.\nThe treaty is expected to be signed in the first half of "
			  "2015.\nRest.\n"),
	    &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->kind, "date");
	assert_string_equal(c->old, "November");
	assert_string_equal(c->new, "the first half of 2015");
	assert_string_equal(c->old_value, "2014-11");
	assert_string_equal(c->new_value, "2015-H1");
	assert_string_equal(c->note, "expected date; about seven months later");
	assert_true(g_str_has_prefix(d->summary, "expected date November → the first half of 2015; "));
	assert_non_null(c->old_sentence);
	assert_non_null(c->new_sentence);
	/* a range's note follows the end that moved */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Flood", "Between 3,000 and 4,000 people fled.\n"),
				 STORY("Flood", "Between 3,000 and 5,000 people fled.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->kind, "number");
	assert_string_equal(c->note, "people; +1,000");
	/* clock times that name no day are of the story's day, whichever day
	 * each version was read on, and the shorter way round the clock */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Vote", "Polls close at 10pm GMT.\n"), STORY("Vote", "Polls close at 9pm GMT.\n"),
				 &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->note, "about one hour earlier");
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Vote", "The count ends at 11pm.\n"), STORY("Vote", "The count ends at 1am.\n"),
				 &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->note, "about two hours later");
	/* what will not be before a date puts the date ahead, as "will stay
	 * closed until" does */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Pact", "The deal will not be signed before 20 May 2015.\n"),
				 STORY("Pact", "The deal will not be signed before 20 June 2015.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->note, "expected date; about one month later");
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Schools", "Schools will stay closed until 20 May 2015.\n"),
				 STORY("Schools", "Schools will stay closed until 27 May 2015.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->note, "expected date; about one week later");
	/* a bound that turned says which it is now */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Flood", "Up to 3,000 people fled.\n"),
				 STORY("Flood", "At least 3,000 people fled.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->note, "people; now a minimum");
	/* the offence one is charged with */
	{
		g_autofree gchar *phrase = NULL;
		g_autofree gchar *charge = sw_status_charge("He pleaded guilty to two counts of fraud.", &phrase);
		assert_string_equal(charge, "fraud");
		assert_string_equal(phrase, "pleaded guilty to two counts of fraud");
		assert_null(sw_status_charge("He was charged with the task.", &phrase));
	}
	/* a term in prison says so */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Court", "He was jailed for eight years.\n"),
				 STORY("Court", "His sentence was cut to six years on appeal.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->phrase, "prison term eight years → six years");
	assert_true(sw_status_prison_term("a six-year sentence", 2, 10));
	assert_true(sw_status_prison_term("faces ten years in jail", 6, 15));
	assert_false(sw_status_prison_term("The trial lasted three weeks.", 17, 28));
	/* a measure told in another unit says both, and the new value in
	 * the old unit */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Tunnel", "The tunnel is 1.5 miles long.\n"),
				 STORY("Tunnel", "The tunnel is 3km long.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->phrase, "length 1.5 mile → 3 km");
	assert_string_equal(c->note, "3 km is about 1.86 mile; +0.36");
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Heat", "It was 40C at noon.\n"), STORY("Heat", "It was 95F at noon.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->phrase, "temperature 40 °C → 95 °F");
	assert_string_equal(c->note, "95 °F is about 35.0 °C; -5.0");
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories_full(STORY("Fire", "The fire has burned 5,000 acres.\n"),
				 STORY("Fire", "The fire has burned 4,000 hectares.\n"), &opts);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->note, "4,000 hectare is about 9,884 acre; +4,884");
}

/* ---- the seed articles, read in date order as versions of one story ---- */

static gchar *
seed_story(const gchar *dir, const gchar *file)
{
	g_autofree gchar *path = g_build_filename(dir, file, NULL);
	g_autofree gchar *text = NULL;
	gsize len = 0;
	g_autoptr(SwStory) story = NULL;

	assert_true(g_file_get_contents(path, &text, &len, NULL));
	story = sw_extract_text(text, len);
	return sw_story_to_text(story, NULL);
}

/* how many changes of @kind @d tells */
static guint
count_changes(const SwDiff *d, const gchar *kind)
{
	guint n = 0;

	for (guint i = 0; i < d->changes->len; i++)
		n += g_str_equal(((const SwChange *)g_ptr_array_index(d->changes, i))->kind, kind);
	return n;
}

static const SwChange *
find_change(const SwDiff *d, const gchar *kind, const gchar *old, const gchar *new)
{
	for (guint i = 0; i < d->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(d->changes, i);
		if (g_str_equal(c->kind, kind) && (old == NULL || g_strcmp0(c->old, old) == 0) &&
		    (new == NULL || g_strcmp0(c->new, new) == 0))
			return c;
	}
	return NULL;
}

/* the diff of the stories @a and @b tells the status turn @old → @new
 * with the note @note */
static void
expect_turn(const gchar *a, const gchar *b, const gchar *old, const gchar *new, const gchar *note)
{
	g_autoptr(SwDiff) d = sw_diff_stories(a, b);
	const SwChange *c = find_change(d, "status", old, new);

	if (c == NULL || g_strcmp0(c->note, note) != 0)
		fail_msg("no status “%s” → “%s” noted %s: %s", old, new, note, d->summary);
}

/* the diff of the stories @a and @b tells no status turn */
static void
expect_no_turn(const gchar *a, const gchar *b)
{
	g_autoptr(SwDiff) d = sw_diff_stories(a, b);

	if (find_change(d, "status", NULL, NULL) != NULL)
		fail_msg("a status turn told: %s", d->summary);
}

/* a speaker's quote carried on in a rewritten sentence is reworded, not
 * withdrawn and added; a quote inside another's sentence is not run on
 * from the last speaker: it is the opposition leader's, who called the
 * affair so */
static void
test_quotes_across(void **state)
{
	GDate a, b;
	SwDiffOptions opts = {&a, &b};
	g_autoptr(SwDiff) d = NULL;

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_dmy(&a, 18, 11, 2026);
	g_date_set_dmy(&b, 19, 11, 2026);
	d = sw_diff_stories_full(
	    STORY("Minister may go", "The minister, Peter Grant, is expected to resign on Friday.\n"
				     "\"I have done nothing wrong,\" Grant said on Wednesday.\n"
				     "The opposition leader called the affair \"a disgrace and a shame\".\n"),
	    STORY("Minister resigns", "The minister, Peter Grant, resigned on Thursday.\n"
				      "\"I have done nothing wrong, but I will not be a distraction,\" Grant "
				      "wrote in a letter to the prime minister.\n"),
	    &opts);
	for (guint i = 0; i < d->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(d->changes, i);
		if (g_strcmp0(c->old, "a disgrace and a shame") == 0)
			assert_string_equal(c->phrase, "quote by the opposition leader withdrawn");
		if (g_strcmp0(c->old, "I have done nothing wrong,") == 0) {
			assert_string_equal(c->note, "quote reworded");
			/* "Grant said", sentences after "Peter Grant" */
			assert_string_equal(c->old_value, "Peter Grant");
			assert_string_equal(c->phrase, "Peter Grant quote reworded");
		}
	}
	assert_non_null(find_change(d, "quote", "I have done nothing wrong,",
				    "I have done nothing wrong, but I will not be a distraction,"));
	sw_diff_free(g_steal_pointer(&d));
	/* a new source, then more of their words under the family name */
	d = sw_diff_stories_full(
	    STORY("Talks", "The talks ended on Tuesday.\n"),
	    STORY("Talks", "The talks ended on Tuesday.\n"
			   "\"It seems plausible,\" said Ian Wallace, a fellow at the institute.\n"
			   "\"They are focused on regime stability,\" Wallace said.\n"),
	    &opts);
	{
		const SwChange *c = find_change(d, "quote", NULL, "They are focused on regime stability,");
		assert_non_null(c);
		assert_string_equal(c->new_value, "Ian Wallace");
		assert_string_equal(c->note, "quote added");
		/* told once, with the source: a change each for scripts */
		assert_null(c->phrase);
		c = find_change(d, "quote", NULL, "It seems plausible,");
		assert_non_null(c);
		assert_string_equal(c->phrase, "new source quoted: Ian Wallace, 2 quotes");
	}
}

/* a headline that repeats the lede's count moves with it: one change;
 * the body's own counts of another thing stay apart */
static void
test_headline_repeats_lede(void **state)
{
	g_autoptr(SwDiff) d = NULL;
	guint tolls = 0;

	(void)state;
	d = sw_diff_stories(STORY("Storm Bert: two dead as floods hit Wales",
				  "At least two people have died after Storm Bert hit, police said.\n"
				  "About 30,000 homes lost power.\n"),
			    STORY("Storm Bert: four dead as floods hit Wales",
				  "At least four people have died after Storm Bert hit, police said.\n"
				  "About 34,000 homes lost power.\n"));
	for (guint i = 0; i < d->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(d->changes, i);
		if (g_str_equal(c->kind, "number") && g_strcmp0(c->old_value, "2") == 0 &&
		    g_strcmp0(c->new_value, "4") == 0)
			tolls++;
	}
	assert_int_equal(tolls, 1);
	assert_non_null(find_change(d, "number", "About 30,000", "About 34,000"));
	/* the headline's figure counts nothing its body's counts cases: one
	 * change still */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Measles cases rise to 84", "Officials have confirmed 84 cases of measles, up from 52 last week.\n"),
			    STORY("Measles outbreak grows to 131 cases",
				  "A child has died, and 131 cases have been confirmed, up from 84 a week ago.\n"));
	tolls = 0;
	for (guint i = 0; i < d->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(d->changes, i);
		tolls += g_str_equal(c->kind, "number") && g_strcmp0(c->old_value, "84") == 0;
	}
	assert_int_equal(tolls, 1);
}

/* a headline's month or year gives way to the body's day or month; a
 * day an event was put off to is its expected date, and a headline's
 * "set for" its future */
static void
test_headline_dates_give_way(void **state)
{
	static const struct {
		const gchar *old, *new, *exact_old, *exact_new, *coarse_old, *coarse_new;
	} cases[] = {
	    {STORY("Trial of former mayor set for June", "The corruption trial of former mayor Ray Dunn is set to begin on June 3 in federal court in Newark.\n"
		   "Rest.\n"),
	     STORY("Trial of former mayor delayed to September",
		   "The corruption trial of former mayor Ray Dunn has been postponed until September 9, a federal "
		   "judge in Newark ruled on Friday.\nRest.\n"),
	     "June 3", "September 9", "June", "September"},
	    /* sentences too far apart to pair */
	    {STORY("Trial of former mayor set for June", "The trial is set to begin on June 3.\nRest.\n"),
	     STORY("Trial of former mayor delayed to September", "The trial has been postponed until September 9.\nRest.\n"),
	     "June 3", "September 9", "June", "September"},
	    {STORY("Stadium to open in 2027", "The stadium is expected to open in March 2027.\nRest.\n"),
	     STORY("Stadium delayed to 2029", "The stadium will not open until June 2029.\nRest.\n"), "March 2027",
	     "June 2029", "2027", "2029"},
	};
	GDate a, b;
	SwDiffOptions opts = {&a, &b};

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_dmy(&a, 1, 4, 2014);
	g_date_set_dmy(&b, 8, 4, 2014);
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(SwDiff) d = sw_diff_stories_full(cases[i].old, cases[i].new, &opts);
		if (find_change(d, "date", cases[i].exact_old, cases[i].exact_new) == NULL)
			fail_msg("case %u: %s → %s not told: %s", i, cases[i].exact_old, cases[i].exact_new, d->summary);
		if (find_change(d, "date", cases[i].coarse_old, cases[i].coarse_new) != NULL)
			fail_msg("case %u: the headline's %s → %s told too", i, cases[i].coarse_old, cases[i].coarse_new);
	}
	/* a day the new version still gives, in a list, is no day gone */
	{
		g_autoptr(SwDiff) d = sw_diff_stories_full(
		    STORY("Teachers to strike on 12 and 13 May", "Teachers will strike on 12 and 13 May over pay.\nRest.\n"),
		    STORY("Teachers' strike extended to three days",
			  "Teachers will now strike on 12, 13 and 14 May over pay.\nRest.\n"),
		    &opts);
		for (guint k = 0; k < d->changes->len; k++) {
			const SwChange *c = g_ptr_array_index(d->changes, k);
			if (g_strcmp0(c->old, "13 May") == 0 || g_strcmp0(c->old, "12") == 0)
				fail_msg("told: %s", c->phrase);
		}
		assert_non_null(find_change(d, "date", NULL, "14 May"));
	}
	/* the day an event was to happen is no old day of the day it
	 * collapsed; a day it was put off to is */
	{
		/* said on a Friday, then on the Sunday after */
		GDate fri, sun;
		SwDiffOptions days = {&fri, &sun};
		g_autoptr(SwDiff) d = NULL;
		g_autoptr(SwDiff) e = NULL;
		g_date_clear(&fri, 1);
		g_date_clear(&sun, 1);
		g_date_set_dmy(&fri, 1, 5, 2026);
		g_date_set_dmy(&sun, 3, 5, 2026);
		d = sw_diff_stories_full(STORY("Ceasefire agreed in Sudan",
					       "A seven-day ceasefire between the army and the RSF will take effect on "
					       "Monday evening, mediators said.\nRest.\n"),
					 STORY("Sudan ceasefire collapses",
					       "The seven-day ceasefire between the army and the RSF collapsed on Wednesday "
					       "after heavy fighting in Khartoum, mediators said.\nRest.\n"),
					 &days);
		e = sw_diff_stories_full(STORY("Summit", "The summit of the two leaders will open on Monday in Geneva.\nRest.\n"),
					 STORY("Summit", "The summit of the two leaders has been postponed until Friday in Geneva.\nRest.\n"),
					 &days);
		assert_null(find_change(d, "date", "Monday evening", "Wednesday"));
		assert_non_null(find_change(e, "date", "Monday", "Friday"));
		/* nor is another event's day, told ahead */
		g_clear_pointer(&d, sw_diff_free);
		d = sw_diff_stories_full(STORY("Vote", "The prime minister will face a vote of no confidence on Wednesday.\nRest.\n"),
					 STORY("Vote", "The prime minister has lost a vote of no confidence by 91 votes to 84.\n"
						       "She is expected to resign on Thursday.\nRest.\n"),
					 &days);
		assert_null(find_change(d, "date", "Wednesday", "Thursday"));
		assert_non_null(find_change(d, "date", NULL, "Thursday"));
	}
	/* the headline's schedule is a status of its own */
	{
		g_autoptr(SwDiff) d = sw_diff_stories_full(cases[1].old, cases[1].new, &opts);
		assert_non_null(find_change(d, "status", "Trial of former mayor set", "Trial of former mayor delayed"));
	}
}

/* a warning's colour is its level: raised or lowered is a status told */
static void
test_warning_level(void **state)
{
	static const struct {
		const gchar *sentence;
		gint level;
		const gchar *colour, *noun;
	} levels[] = {
	    {"The Met Office has issued an amber weather warning for rain.", 2, "amber", "warning"},
	    {"An amber heat-health alert is in place.", 2, "amber", "alert"},
	    {"Officials raised the alert level to red on Tuesday.", 3, "red", "alert"},
	    {"Yellow and amber warnings are in force.", 2, "amber", "warning"},
	    {"An orange alert was issued for the coast.", 2, "orange", "alert"},
	    {"Police put up red tape around the scene.", 0, NULL, NULL},
	    {"The red warning lights came on.", 0, NULL, NULL},
	    /* the colour a warning is graded to holds, not the highest */
	    {"The amber warning has now been downgraded to yellow.", 1, "yellow", "warning"},
	    {"The red alert was lowered to amber on Friday.", 2, "amber", "alert"},
	    {"A red alert and a yellow warning were issued.", 3, "red", "alert"},
	};
	g_autoptr(SwDiff) d = NULL;
	const SwChange *c;

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(levels); i++) {
		const gchar *colour = NULL, *noun = NULL;
		gint level = sw_status_warning_level(levels[i].sentence, &colour, &noun);
		if (level != levels[i].level || g_strcmp0(colour, levels[i].colour) != 0 ||
		    g_strcmp0(noun, levels[i].noun) != 0)
			fail_msg("\"%s\": level %d %s %s", levels[i].sentence, level, colour, noun);
	}
	d = sw_diff_stories(STORY("Storm Isha: amber warning for wind", "The Met Office has issued an amber warning for wind "
									  "covering much of Scotland.\nRest.\n"),
			    STORY("Storm Isha: red warning for wind",
				  "The Met Office has upgraded its warning to red for parts of Scotland.\nRest.\n"));
	expect_turn(STORY("Storm", "An amber warning for wind is in place across Scotland.\nRest.\n"),
		    STORY("Storm", "The amber warning for wind across Scotland has been downgraded to yellow.\nRest.\n"),
		    "amber warning", "yellow warning", "lowered");
	c = find_change(d, "status", "amber warning", "red warning");
	assert_non_null(c);
	assert_string_equal(c->note, "raised");
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Storm", "A red warning for wind is in force across the north.\nRest.\n"),
			    STORY("Storm", "The warning for wind across the north was downgraded to yellow.\nRest.\n"));
	c = find_change(d, "status", "red warning", "yellow warning");
	assert_non_null(c);
	assert_string_equal(c->note, "lowered");
	/* across sentences rewritten past pairing */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Heatwave", "Temperatures could reach 35C on Friday.\nAn amber heat-health alert is in "
					      "place until Monday.\nRest.\n"),
			    STORY("Heatwave", "Temperatures reached 34.1C on Friday.\nRest.\nThe health agency has raised "
					      "its heat alert for London to red.\n"));
	c = find_change(d, "status", "amber alert", "red alert");
	assert_non_null(c);
	assert_string_equal(c->note, "raised");
	/* one colour said another way is no change */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Storm", "An amber warning for wind is in force across the north.\nRest.\n"),
			    STORY("Storm", "An orange warning for wind is in force across the north.\nRest.\n"));
	assert_null(find_change(d, "status", NULL, NULL));
	/* a colour in capitals is the warning's, no name replaced */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Storm Nia: Yellow wind warning for Wales", "Gusts are expected on Saturday.\nRest.\n"),
			    STORY("Storm Nia: Amber wind warning for Wales", "Gusts are expected on Saturday.\nRest.\n"));
	assert_non_null(find_change(d, "status", "yellow warning", "amber warning"));
	for (guint i = 0; i < d->changes->len; i++)
		assert_false(g_strcmp0(((const SwChange *)g_ptr_array_index(d->changes, i))->old_value, "Yellow") == 0);
}

/* a patient's condition is a scale too: better or worse is a status
 * told */
static void
test_condition_level(void **state)
{
	static const struct {
		const gchar *sentence;
		gint level;
		const gchar *word;
		const gchar *noun;
	} levels[] = {
	    {"He is in a critical condition in hospital.", 1, "critical", "condition"},
	    {"The boy is in a serious but stable condition.", 2, "serious", "condition"},
	    {"His condition was described as stable on Tuesday.", 4, "stable", "condition"},
	    {"Her condition has been upgraded to comfortable.", 5, "comfortable", "condition"},
	    {"The house is in good condition.", 0, NULL, NULL},
	    {"Conditions on the roads are critical.", 0, NULL, NULL},
	    {"The president has been hospitalised.", 3, "in hospital", NULL},
	    {"She remains in hospital.", 3, "in hospital", NULL},
	    {"He was discharged from hospital on Friday.", 6, "discharged", "from hospital"},
	    /* hurt or ill, how badly told */
	    {"A cyclist was critically injured in the crash.", 1, "critically injured", NULL},
	    {"Two people were seriously hurt.", 2, "seriously injured", NULL},
	    {"She is seriously ill in hospital.", 2, "seriously ill", NULL},
	    {"He suffered life-threatening injuries.", 1, "life-threatening", "injuries"},
	    {"He suffered non-life-threatening injuries.", 0, NULL, NULL},
	    {"The firm was seriously ill-prepared for the audit.", 0, NULL, NULL},
	    /* a sentence that tells a move: what holds now, not the worst */
	    {"He was in a critical condition but is now stable.", 4, "stable", "condition"},
	    {"The boy, who was critically injured, is now in a stable condition.", 4, "stable", "condition"},
	    {"His condition has been upgraded from critical to stable.", 4, "stable", "condition"},
	    {"She has been downgraded to critical, the hospital said.", 1, "critical", "condition"},
	    {"He was critical but has now been discharged from hospital.", 6, "discharged", "from hospital"},
	    {"In hospital, the test is now critical to the case.", 0, NULL, NULL},
	    /* in hospital, how ill told: the word that says */
	    {"He remains in hospital but is now in a stable condition.", 4, "stable", "condition"},
	    {"He was taken to hospital in a critical condition.", 1, "critical", "condition"},
	    /* well again: as good as out of hospital; not a market's rise */
	    {"She has fully recovered, her family said.", 6, "recovered", NULL},
	    {"The driver has recovered from his injuries.", 6, "recovered", NULL},
	    {"He has made a full recovery.", 6, "recovered", NULL},
	    {"Shares have fully recovered.", 0, NULL, NULL},
	    {"Police have recovered the stolen car.", 0, NULL, NULL},
	    /* the gravest care, and out of it; not a ward's beds, nor life
	     * support withdrawn */
	    {"He is in intensive care.", 2, "in intensive care", NULL},
	    {"The patient remains on a ventilator.", 1, "on a ventilator", NULL},
	    {"She is in a medically induced coma.", 1, "in an induced coma", NULL},
	    {"She remains on life support.", 1, "on life support", NULL},
	    {"He has been moved out of intensive care.", 3, "out of intensive care", NULL},
	    {"He has been taken off a ventilator.", 3, "off a ventilator", NULL},
	    {"She has been brought out of her coma.", 3, "out of a coma", NULL},
	    {"He was moved out of intensive care and is in a stable condition.", 4, "stable", "condition"},
	    {"The hospital has 20 beds in intensive care.", 0, NULL, NULL},
	    {"He was taken off life support.", 0, NULL, NULL},
	    {"The boy is fighting for his life in hospital.", 1, "fighting for life", NULL},
	    {"The child is now out of danger.", 4, "out of danger", NULL},
	    {"She is no longer in danger, doctors said.", 4, "out of danger", NULL},
	    {"The firm is fighting for its life.", 0, NULL, NULL},
	};
	g_autoptr(SwDiff) d = NULL;
	g_autoptr(SwDiff) d2 = NULL;
	const SwChange *c;

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(levels); i++) {
		const gchar *word = NULL, *noun = NULL;
		gint level = sw_status_condition_level(levels[i].sentence, &word, &noun);
		if (level != levels[i].level || g_strcmp0(word, levels[i].word) != 0 ||
		    (level > 0 && g_strcmp0(noun, levels[i].noun) != 0))
			fail_msg("\"%s\": level %d %s %s", levels[i].sentence, level, word, noun);
	}
	d = sw_diff_stories(STORY("Man hurt in crash", "A man is in a critical condition in hospital after the crash.\nRest.\n"),
			    STORY("Man hurt in crash", "A man is now in a stable condition in hospital after the crash.\nRest.\n"));
	c = find_change(d, "status", "critical condition", "stable condition");
	assert_non_null(c);
	assert_string_equal(c->note, "improved");
	/* one in hospital, how ill untold, then said to be stable: better */
	expect_turn(STORY("Crash", "A man was taken to hospital after the crash.\nRest.\n"),
		    STORY("Crash", "A man is in a stable condition after the crash.\nRest.\n"), "in hospital",
		    "stable condition", "improved");
	expect_turn(STORY("President", "The president has been hospitalised.\nRest.\n"),
		    STORY("President", "The president has been discharged from hospital.\nRest.\n"), "in hospital",
		    "discharged from hospital", "improved");
	/* hurt badly, then better or worse; a sentence rewritten to tell the
	 * move is read at its end */
	expect_turn(STORY("Crash", "A cyclist was critically injured in the crash.\nRest.\n"),
		    STORY("Crash", "The cyclist is now in a stable condition.\nRest.\n"), "critically injured",
		    "stable condition", "improved");
	expect_turn(STORY("Crash", "Two people were seriously injured.\nRest.\n"),
		    STORY("Crash", "Two people were seriously injured.\nOne of them is now in a critical condition.\nRest.\n"),
		    "seriously injured", "critical condition", "worsened");
	expect_turn(STORY("Singer", "The singer is in intensive care after a fall.\nRest.\n"),
		    STORY("Singer", "The singer has been moved out of intensive care after a fall.\nRest.\n"),
		    "in intensive care", "out of intensive care", "improved");
	expect_turn(STORY("Singer", "The singer is in a stable condition in hospital.\nRest.\n"),
		    STORY("Singer", "The singer remains on a ventilator in hospital.\nRest.\n"), "stable condition",
		    "on a ventilator", "worsened");
	/* well again after a stay in hospital, told once where an illness
	 * scale ends at the same word */
	expect_turn(STORY("Flu", "He is in hospital with pneumonia.\nRest.\n"),
		    STORY("Flu", "He has fully recovered.\nRest.\n"), "in hospital", "recovered", "improved");
	d2 = sw_diff_stories(STORY("Flu", "He tested positive for Covid and is in hospital.\nRest.\n"),
			     STORY("Flu", "He has fully recovered.\nRest.\n"));
	assert_non_null(find_change(d2, "status", "in hospital", "recovered"));
	assert_null(find_change(d2, "status", "tested positive", "recovered"));
	expect_turn(STORY("Crash", "A man is in a critical condition in hospital, police said.\nRest.\n"),
		    STORY("Crash", "A man was in a critical condition but is now stable, police said.\nRest.\n"),
		    "critical condition", "stable condition", "improved");
	assert_int_equal(d->significance, SW_SIGNIFICANCE_SUBSTANTIVE);
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Crash", "One man is in a serious but stable condition.\nRest.\n"),
			    STORY("Crash", "Rest.\nThe man's condition is now critical, police said.\n"));
	c = find_change(d, "status", "serious condition", "critical condition");
	assert_non_null(c);
	assert_string_equal(c->note, "worsened");
	/* the same word said another way is no change */
	g_clear_pointer(&d, sw_diff_free);
	d = sw_diff_stories(STORY("Crash", "A man is in a critical condition in hospital.\nRest.\n"),
			    STORY("Crash", "A man remains in a critical condition in hospital.\nRest.\n"));
	assert_null(find_change(d, "status", NULL, NULL));
}

/* two states read as a scale (their levels are test_scale_levels'): a
 * suspect held or bailed, a stance against or for; a stance is read only
 * in a pair, as a story may give several */
static void
test_two_states(void **state)
{
	static const gchar *const storm_a = STORY("Storm: amber warning for wind",
						  "The Met Office has issued an amber warning for wind.\n"
						  "The chain entered administration, putting 2,100 jobs at risk.\nRest.\n");
	static const gchar *const storm_b = STORY("Storm: red warning for wind",
						  "The Met Office has upgraded its warning to red.\n"
						  "The chain was bought out of administration, saving 1,400 jobs.\nRest.\n");

	(void)state;
	expect_turn(STORY("Man held", "Rest.\nThe man was remanded in custody on Monday.\n"),
		    STORY("Man bailed", "The man has been released on bail pending an appeal.\nRest.\n"), "in custody",
		    "on bail", "bailed");
	/* held, then free, and free, then held again */
	expect_turn(STORY("Arrest", "Police arrested the suspect on Friday.\nRest.\n"),
		    STORY("Arrest", "The suspect was freed without charge on Friday.\nRest.\n"), "held", "free", "freed");
	expect_turn(STORY("Hostages", "The hostages were released on Sunday.\nRest.\n"),
		    STORY("Hostages", "The hostages were recaptured on Sunday.\nRest.\n"), "free", "held", "held again");
	/* one stance for, another against, in two versions of a story: no
	 * one's stance turned */
	expect_no_turn(STORY("Vote", "The mayor opposes the scheme.\nRest.\n"),
		       STORY("Vote", "The mayor opposes the scheme.\nRest.\nHer deputy backs it, aides said.\n"));
	expect_turn(STORY("Vote", "The mayor opposes the scheme.\nRest.\n"),
		    STORY("Vote", "The mayor now backs the scheme.\nRest.\n"), "against", "in favour", "now for");
	/* a headline's move along one scale and a lede's along another are
	 * two turns, not one told twice */
	expect_turn(storm_a, storm_b, "amber warning", "red warning", "raised");
	expect_turn(storm_a, storm_b, "in administration", "rescued", "rescued");
	/* a scale with a middle: a move to it is noted by where it came
	 * from */
	expect_turn(STORY("Treaty", "The two leaders signed the treaty.\nRest.\n"),
		    STORY("Treaty", "Parliament ratified the treaty.\nRest.\n"), "signed", "ratified", "ratified");
	expect_turn(STORY("Treaty", "The treaty was signed in March.\nRest.\n"),
		    STORY("Treaty", "The treaty came into force on Monday.\nRest.\n"), "signed", "in force", "in force");
	expect_turn(STORY("Treaty", "The treaty came into force on Monday.\nRest.\n"),
		    STORY("Treaty", "Parliament ratified the treaty on Monday.\nRest.\n"), "in force", "ratified",
		    "not yet in force");
}

/* a cause or a motive not known, then told: in a pair, or across
 * sentences rewritten past pairing; not while the new version still says
 * it is not known, nor when it tells the other */
static void
test_now_known(void **state)
{
	static const struct {
		const gchar *sentence;
		const gchar *unknown; /* the noun not known, or NULL */
		const gchar *cause;   /* the cause told, or NULL */
	} reads[] = {
	    {"The cause of the blaze has not yet been determined.", "cause", NULL},
	    {"The cause of the fire is under investigation.", "cause", NULL},
	    {"It is unclear what started the fire.", "cause", NULL},
	    {"The motive was not known.", "motive", NULL},
	    {"The fire was started deliberately by a man with a lighter, police said.", NULL, "a man with a lighter"},
	    {"The cause was believed to be an electrical fault.", NULL, "an electrical fault"},
	    {"No cause is so great that it can justify this.", NULL, NULL},
	    {"The cause is still unknown.", "cause", NULL},
	    {"The fire was started deliberately.", NULL, "deliberately"},
	    {"Police said the blaze was set on purpose.", NULL, "on purpose"},
	    {"The fire was set at 9pm.", NULL, NULL},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(reads); i++) {
		const gchar *noun = NULL;
		g_autofree gchar *told = sw_status_told(reads[i].sentence, "cause");
		gboolean unknown = sw_status_unknown(reads[i].sentence, &noun);
		if (unknown != (reads[i].unknown != NULL) || (unknown && g_strcmp0(noun, reads[i].unknown) != 0) ||
		    g_strcmp0(told, reads[i].cause) != 0)
			fail_msg("\"%s\": unknown %d %s, told %s", reads[i].sentence, unknown, noun, told);
	}
	expect_turn(STORY("Fire", "Rest.\nThe cause of the fire is not yet known.\n"),
		    STORY("Fire", "Investigators said the fire had been caused by a discarded cigarette.\nRest.\n"),
		    "cause not known", "a discarded cigarette", "now known");
	expect_turn(STORY("Fire", "Rest.\nThe cause of the fire is unknown.\n"),
		    STORY("Fire", "The fire was started deliberately.\nRest.\n"), "cause not known", "deliberately",
		    "now known");
	expect_no_turn(STORY("Fire", "Rest.\nThe cause of the fire is not yet known.\n"),
		       STORY("Fire", "The fire was caused by a discarded cigarette, a witness said.\nRest.\n"
				     "The cause of the fire is not yet known, police said.\n"));
	expect_no_turn(STORY("Attack", "The motive was not known.\nRest.\n"),
		       STORY("Attack", "The attack was sparked by a row over parking.\nRest.\n"));
}

/* a move along a scale read in pairs only, told in sentences rewritten
 * past pairing about the same subject; not of another subject, nor while
 * a sentence kept still says the old level */
static void
test_scale_by_subject(void **state)
{
	(void)state;
	expect_turn(STORY("Plan", "Rest.\nThe minister is in favour of the plan.\n"),
		    STORY("Plan", "Rest.\nThe minister has changed her mind and now opposes the plan.\n"), "in favour",
		    "against", "now against");
	expect_no_turn(STORY("Plan", "Rest.\nThe minister is in favour of the plan.\n"),
		       STORY("Plan", "Rest.\nThe mayor has changed his mind and now opposes the plan.\n"));
	expect_no_turn(STORY("Plan", "The minister supports the plan.\nThe minister is in favour of the plan.\n"),
		       STORY("Plan", "The minister supports the plan.\nThe minister, once a critic, now opposes the rival bill.\n"));
}

/* one turn for each event a story tells of, its sentences rewritten
 * past pairing; of one event, one */
static void
test_turn_per_event(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(STORY("Court", "The woman was charged with fraud.\nThe jury is still deliberating.\n"),
					      STORY("Court", "The charges against the woman were dropped.\n"
							     "The jury found Evans guilty of murder.\n"));
	g_autoptr(SwDiff) e = sw_diff_stories(STORY("Deal", "The deal is expected to be signed on Friday.\nA deal is set to be signed.\n"),
					      STORY("Deal", "Rest of it.\nThe deal was signed on Friday.\n"));
	guint turns = 0;

	(void)state;
	assert_non_null(find_change(d, "status", "was charged with", "charges against the woman were dropped"));
	assert_non_null(find_change(d, "status", "jury is still deliberating", "found Evans guilty"));
	for (guint i = 0; i < e->changes->len; i++)
		turns += g_str_equal(((SwChange *)g_ptr_array_index(e->changes, i))->kind, "status");
	assert_int_equal(turns, 1);
}

/* a lead changing hands, read across the versions: not a lead kept, nor
 * one still told beside its turn */
static void
test_lead(void **state)
{
	static const struct {
		const gchar *sentence;
		const gchar *ahead; /* NULL: no lead read */
		const gchar *behind;
		const gchar *contest; /* of a lead over the field */
	} reads[] = {
	    {"The Conservatives lead Labour by two points.", "Conservatives", "Labour", NULL},
	    {"Labour has overtaken the Conservatives.", "Labour", "Conservatives", NULL},
	    {"Paribas is Allianz's lead French bank.", NULL, NULL, NULL},
	    {"Arsenal led Chelsea at half-time but lost.", NULL, NULL, NULL},
	    {"Jane Smith now leads the Democratic race.", "Jane Smith", NULL, "Democratic race"},
	    {"Leeds are top of the Premier League.", "Leeds", NULL, "Premier League"},
	    {"Jones is in the lead by 150 votes.", "Jones", NULL, ""},
	    {"Smith leads the team of doctors.", NULL, NULL, NULL},
	    {"Smith no longer leads the race.", NULL, NULL, NULL},
	    /* the side behind told first */
	    {"Smith now trails Jones in the polls.", "Jones", "Smith", NULL},
	    {"Labour is trailing the Conservatives.", "Conservatives", "Labour", NULL},
	    {"Smith has fallen behind Jones's campaign.", "Jones", "Smith", NULL},
	    {"Officials said Russia was behind Monday's attack.", NULL, NULL, NULL},
	    {"The group behind Hamas said so.", NULL, NULL, NULL},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(reads); i++) {
		g_autofree gchar *ahead = NULL;
		g_autofree gchar *behind = NULL;
		g_autofree gchar *contest = NULL;
		gboolean lead = sw_status_lead(reads[i].sentence, &ahead, &behind, &contest);
		if (lead != (reads[i].ahead != NULL) || g_strcmp0(ahead, reads[i].ahead) != 0 ||
		    g_strcmp0(behind, reads[i].behind) != 0 || g_strcmp0(contest, reads[i].contest) != 0)
			fail_msg("\"%s\": %d %s over %s in %s", reads[i].sentence, lead, ahead, behind, contest);
	}
	expect_turn(STORY("Poll", "Labour leads the Conservatives by four points.\nRest.\n"),
		    STORY("Poll", "Rest.\nThe Conservatives now lead Labour, a new poll suggests.\n"), "Labour ahead",
		    "Conservatives ahead", "lead changed hands");
	expect_no_turn(STORY("Poll", "Labour leads the Conservatives by four points.\nRest.\n"),
		       STORY("Poll", "Labour leads the Conservatives by six points.\nRest.\n"));
	expect_turn(STORY("Poll", "Smith is leading in the polls.\nRest.\n"),
		    STORY("Poll", "Smith now trails Jones in the polls.\nRest.\n"), "Smith ahead", "Jones ahead",
		    "lead changed hands");
	/* one poll has the Conservatives ahead, another still Labour: no
	 * turn */
	expect_no_turn(STORY("Poll", "Labour leads the Conservatives by four points.\nRest.\n"),
		       STORY("Poll", "Labour leads the Conservatives by four points.\nRest.\n"
				     "A second poll has the Conservatives ahead of Labour.\n"));
}

/* a decision foreseen and then taken is noted as foreseen or not, in a
 * pair or across sentences rewritten past pairing; one still foreseen
 * in the new version is no turn */
static void
test_decision_met(void **state)
{
	(void)state;
	expect_turn(STORY("Rates", "The central bank is expected to cut interest rates.\nRest.\n"),
		    STORY("Rates", "The central bank held interest rates.\nRest.\n"), "expected to cut rates",
		    "held rates", "not as expected");
	expect_turn(STORY("Rates", "The central bank is expected to cut interest rates.\nRest.\n"),
		    STORY("Rates", "The central bank cut interest rates.\nRest.\n"), "expected to cut rates", "cut rates",
		    "as expected");
	expect_turn(STORY("Rates", "The Bank of England is widely expected to cut interest rates on Thursday, economists say.\n"
				   "Inflation fell to 2.1% in October.\n"),
		    STORY("Rates", "In a surprise move the Bank of England held rates at 4% on Thursday.\n"
				   "Inflation fell to 2.1% in October.\nThe committee was split.\n"),
		    "expected to cut rates", "held rates", "not as expected");
	expect_no_turn(STORY("Rates", "The bank is expected to hold rates on Thursday.\nRest.\n"),
		       STORY("Rates", "The bank cut rates in May and is expected to hold rates on Thursday.\nRest.\n"));
}

/* an arrest, a charge or an outcome told beside a status that stands is
 * news; the same told again in other words is not */
static void
test_status_beside(void **state)
{
	(void)state;
	expect_turn(STORY("Arrests", "Two people were arrested.\nRest.\n"),
		    STORY("Arrests", "Two people were arrested and one was charged with murder.\nRest.\n"), NULL,
		    "was charged with", "find");
	expect_no_turn(STORY("Charge", "A man has been charged with her murder and will appear in court.\nRest.\n"),
		       STORY("Charge", "A man was charged with her murder and will appear in court on Monday.\nRest.\n"));
	expect_no_turn(STORY("Charge", "Two men were arrested and one was charged with theft.\nRest.\n"),
		       STORY("Charge", "Two men were arrested on Friday and one was charged with theft.\nRest.\n"));
}

/* a span a superlative is measured within is no date told */
static void
test_superlative_frame(void **state)
{
	GDate a, b;
	SwDiffOptions opts = {&a, &b};
	g_autoptr(SwDiff) d = NULL;
	g_autoptr(SwDiff) e = NULL;

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_dmy(&a, 1, 5, 2026);
	g_date_set_dmy(&b, 8, 5, 2026);
	d = sw_diff_stories_full(STORY("Heat", "Temperatures are expected to reach 30C on Saturday.\nRest.\n"),
				 STORY("Heat", "Temperatures reached 32.4C on Saturday, the hottest day of the year so "
					       "far.\nRest.\n"),
				 &opts);
	e = sw_diff_stories_full(STORY("Talks", "Rest.\n"),
				 STORY("Talks", "Rest.\nThe talks were the main event of the week.\n"), &opts);
	assert_non_null(find_change(d, "status", NULL, NULL));
	assert_null(find_change(d, "date", NULL, NULL));
	/* a span no superlative measures within is told */
	assert_non_null(find_change(e, "date", NULL, NULL));
}

/* a match's score is the match's: no side owns it, no sum notes it */
static void
test_score(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories(
	    STORY("Arsenal lead Chelsea at half-time", "Arsenal lead Chelsea 2-1 at half-time at the Emirates Stadium.\nRest.\n"),
	    STORY("Arsenal beat Chelsea 3-1", "Arsenal beat Chelsea 3-1 at the Emirates Stadium.\nRest.\n"));
	const SwChange *c = find_change(d, "number", "2-1", "3-1");

	(void)state;
	assert_non_null(c);
	assert_string_equal(c->phrase, "score 2-1 → 3-1");
	assert_string_equal(c->note, "score");
}

/* a person's role that changes is told once, as the role; one that is
 * the same job said another way, or given on one side only, is not */
static void
test_role_change(void **state)
{
	static const struct {
		const gchar *old;
		const gchar *new;
		const gchar *note; /* NULL: no person change */
	} cases[] = {
	    {"Prime Minister Boris Johnson said the talks would go on.",
	     "Former Prime Minister Boris Johnson said the talks would go on.", "role: Prime Minister → former Prime Minister"},
	    {"Vice President Kamala Harris said the talks would go on.",
	     "President Kamala Harris said the talks would go on.", "role: Vice President → President"},
	    {"Interim CEO Jane Doe said the talks would go on.", "CEO Jane Doe said the talks would go on.",
	     "role: Interim CEO → CEO"},
	    {"Prime Minister Ana Ruiz said the talks would go on.",
	     "Deputy Prime Minister Ana Ruiz said the talks would go on.", "role: Prime Minister → Deputy Prime Minister"},
	    /* a sentence rewritten around the name */
	    {"Prime Minister Boris Johnson said the talks would go on.",
	     "In a long speech to party members in the hall, former Prime Minister Boris Johnson argued for leaving.",
	     "role: Prime Minister → former Prime Minister"},
	    {"Defense Secretary Lloyd Austin said the talks would go on.",
	     "Secretary Lloyd Austin said the talks would go on.", NULL},
	    {"CEO Jane Doe said the talks would go on.", "Chief Executive Jane Doe said the talks would go on.", NULL},
	    {"Sen. Ana Ruiz said the talks would go on.", "Senator Ana Ruiz said the talks would go on.", NULL},
	    {"Ana Ruiz said the talks would go on.", "Prime Minister Ana Ruiz said the talks would go on.", NULL},
	};
	GDate a, b;
	SwDiffOptions opts = {&a, &b};

	(void)state;
	g_date_clear(&a, 1);
	g_date_clear(&b, 1);
	g_date_set_dmy(&a, 24, 10, 2014);
	g_date_set_dmy(&b, 27, 10, 2014);
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree gchar *old = case_story(cases[i].old);
		g_autofree gchar *new = case_story(cases[i].new);
		g_autoptr(SwDiff) d = sw_diff_stories_full(old, new, &opts);
		const SwChange *role = NULL;
		for (guint k = 0; k < d->changes->len; k++) {
			const SwChange *c = g_ptr_array_index(d->changes, k);
			if (g_str_equal(c->kind, "person") && g_str_has_prefix(c->note != NULL ? c->note : "", "role:")) {
				assert_null(role); /* told once */
				role = c;
			}
		}
		if (cases[i].note == NULL) {
			if (role != NULL)
				fail_msg("case %u: role change listed: %s", i, role->note);
			continue;
		}
		if (role == NULL)
			fail_msg("case %u: no role change in \"%s\"", i, d->summary);
		assert_string_equal(role->note, cases[i].note);
		assert_true(d->significance >= SW_SIGNIFICANCE_SUBSTANTIVE);
	}
}

static void
test_seeds_if_present(void **state)
{
	g_autofree gchar *dir = sw_test_shared_path("seeds");
	static const struct {
		const gchar *file;
		guint day, month;
	} order[] = {
	    {"004_c3a08c2fcaf44687.txt", 20, 10}, {"000_10be102d5d4422e8.txt", 24, 10},
	    {"001_f6b276616a063818.txt", 27, 10}, {"002_931199b91c26bc93.txt", 27, 10},
	    {"003_213e587e123d416e.txt", 12, 11},
	};
	g_autoptr(GPtrArray) diffs = NULL;
	const SwChange *c;

	(void)state;
	/* skip() jumps out: nothing may be allocated before it */
	if (dir == NULL) {
		print_message("../shared/seeds absent: skipped\n");
		skip();
	}
	diffs = g_ptr_array_new_with_free_func((GDestroyNotify)sw_diff_free);
	for (guint i = 0; i + 1 < G_N_ELEMENTS(order); i++) {
		g_autofree gchar *a = seed_story(dir, order[i].file);
		g_autofree gchar *b = seed_story(dir, order[i + 1].file);
		GDate da, db;
		SwDiffOptions opts = {&da, &db};
		g_date_clear(&da, 1);
		g_date_clear(&db, 1);
		g_date_set_dmy(&da, (GDateDay)order[i].day, (GDateMonth)order[i].month, 2014);
		g_date_set_dmy(&db, (GDateDay)order[i + 1].day, (GDateMonth)order[i + 1].month, 2014);
		g_ptr_array_add(diffs, sw_diff_stories_full(a, b, &opts));
	}
	/* October 20 to 24: the cable contract's $60 million against $600 million */
	c = find_change(g_ptr_array_index(diffs, 0), "amount", "$60 million", "$600 million");
	assert_non_null(c);
	assert_string_equal(c->note, "ten times as much");
	/* October 27 to November 12: the expected date moves, the status is no
	 * deal, and Ian Wallace is a new source */
	c = find_change(g_ptr_array_index(diffs, 3), "date", "next month", "the first half of 2015");
	assert_non_null(c);
	assert_string_equal(c->old_value, "2014-11");
	assert_string_equal(c->new_value, "2015-H1");
	c = find_change(g_ptr_array_index(diffs, 3), "status", NULL, "came and went with no deal");
	assert_non_null(c);
	assert_string_equal(c->new_value, "negated");
	c = find_change(g_ptr_array_index(diffs, 3), "quote", NULL, NULL);
	assert_non_null(c);
	for (guint i = 0; i < ((SwDiff *)g_ptr_array_index(diffs, 3))->changes->len; i++) {
		c = g_ptr_array_index(((SwDiff *)g_ptr_array_index(diffs, 3))->changes, i);
		if (g_strcmp0(c->note, "new source quoted: Ian Wallace") == 0)
			break;
		c = NULL;
	}
	assert_non_null(c);
	assert_true(((SwDiff *)g_ptr_array_index(diffs, 3))->significance >= SW_SIGNIFICANCE_SUBSTANTIVE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_identical_and_first),
	    cmocka_unit_test(test_scale_levels),
	    cmocka_unit_test(test_level_now),
	    cmocka_unit_test(test_choice_and_ruling),
	    cmocka_unit_test(test_search_found_once),
	    cmocka_unit_test(test_market_way),
	    cmocka_unit_test(test_cosmetic),
	    cmocka_unit_test(test_gates_keep_nothing_out),
	    cmocka_unit_test(test_reworded_and_numbers),
	    cmocka_unit_test(test_duration_range),
	    cmocka_unit_test(test_duration_notes),
	    cmocka_unit_test(test_number_notes),
	    cmocka_unit_test(test_told_once),
	    cmocka_unit_test(test_casualties_first),
	    cmocka_unit_test(test_name_kept),
	    cmocka_unit_test(test_story_cues),
	    cmocka_unit_test(test_status_once),
	    cmocka_unit_test(test_counts_by_owner),
	    cmocka_unit_test(test_status_headline_and_lede),
	    cmocka_unit_test(test_shares_by_measure),
	    cmocka_unit_test(test_value_restated),
	    cmocka_unit_test(test_place_not_body),
	    cmocka_unit_test(test_figure_on_top),
	    cmocka_unit_test(test_shares_in_a_race),
	    cmocka_unit_test(test_headline_threshold),
	    cmocka_unit_test(test_cancelled_count),
	    cmocka_unit_test(test_state_denied),
	    cmocka_unit_test(test_vote_choice),
	    cmocka_unit_test(test_rate),
	    cmocka_unit_test(test_dead_with_age),
	    cmocka_unit_test(test_headline_bare_figure),
	    cmocka_unit_test(test_one_new_value),
	    cmocka_unit_test(test_quote_replaced),
	    cmocka_unit_test(test_was_values),
	    cmocka_unit_test(test_was_values_both),
	    cmocka_unit_test(test_measure_label),
	    cmocka_unit_test(test_was_values_named),
	    cmocka_unit_test(test_told_dead_shown),
	    cmocka_unit_test(test_new_holder),
	    cmocka_unit_test(test_counts_by_fate),
	    cmocka_unit_test(test_headline_date_kept),
	    cmocka_unit_test(test_years_across),
	    cmocka_unit_test(test_old_value_once),
	    cmocka_unit_test(test_toll_in_headline_and_lede),
	    cmocka_unit_test(test_shares_by_owner),
	    cmocka_unit_test(test_source_told_once),
	    cmocka_unit_test(test_pronoun_speaker),
	    cmocka_unit_test(test_quotes_tallied),
	    cmocka_unit_test(test_ages),
	    cmocka_unit_test(test_minor_rewording),
	    cmocka_unit_test(test_moved_is_not_a_change),
	    cmocka_unit_test(test_added_removed),
	    cmocka_unit_test(test_headline_and_correction),
	    cmocka_unit_test(test_words),
	    cmocka_unit_test(test_empty_stories),
	    cmocka_unit_test(test_large),
	    cmocka_unit_test(test_table),
	    cmocka_unit_test(test_change_values),
	    cmocka_unit_test(test_quotes_across),
	    cmocka_unit_test(test_role_change),
	    cmocka_unit_test(test_headline_repeats_lede),
	    cmocka_unit_test(test_name_held_possessive),
	    cmocka_unit_test(test_headline_rounds),
	    cmocka_unit_test(test_headline_dates_give_way),
	    cmocka_unit_test(test_warning_level),
	    cmocka_unit_test(test_condition_level),
	    cmocka_unit_test(test_two_states),
	    cmocka_unit_test(test_now_known),
	    cmocka_unit_test(test_lead),
	    cmocka_unit_test(test_decision_met),
	    cmocka_unit_test(test_status_beside),
	    cmocka_unit_test(test_turn_per_event),
	    cmocka_unit_test(test_scale_by_subject),
	    cmocka_unit_test(test_superlative_frame),
	    cmocka_unit_test(test_score),
	    cmocka_unit_test(test_outcome_this_week),
	    cmocka_unit_test(test_status_clauses),
	    cmocka_unit_test(test_person_once),
	    cmocka_unit_test(test_count_labels),
	    cmocka_unit_test(test_seeds_if_present),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
