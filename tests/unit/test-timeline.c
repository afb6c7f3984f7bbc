/* SPDX-License-Identifier: MIT
 * A story across versions and sources: which date is the expected one,
 * runs of agreeing sightings, a move against a disagreement, speakers
 * once, the story's own status; the seed articles when present. */
#include "testlib.h"

#include "sw/facts.h"
#include "sw/timeline.h"

static SwTimelineVersion *
version(const gchar *source, const gchar *day, const gchar *text)
{
	SwTimelineVersion *v = g_new0(SwTimelineVersion, 1);
	v->source = source;
	v->commit = "0000000";
	v->text = text;
	g_assert_true(sw_facts_parse_ref_date(day, &v->day));
	return v;
}

static const SwTrack *
track(const SwTimeline *tl, const gchar *label)
{
	for (guint i = 0; i < tl->tracks->len; i++) {
		const SwTrack *t = g_ptr_array_index(tl->tracks, i);
		if (g_strcmp0(t->label, label) == 0)
			return t;
	}
	return NULL;
}

static const gchar *
run_value(const SwTrack *t, guint i)
{
	return sw_track_run_label(g_ptr_array_index(t->runs, i))->value;
}

static void
test_expected_date(void **state)
{
	g_autoptr(GPtrArray) v = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(SwTimeline) tl = NULL;
	const SwTrack *t;

	(void)state;
	/* a past day ("said on Monday") is no expected date; a later sentence
	 * refines the first ("next year", then "the first half of next year");
	 * another date of the first sentence, not the one expected, is not it */
	g_ptr_array_add(v, version("a", "2026-03-02",
				   "Port close to deal\n\nThe port is expected to sign the contract next "
				   "month, officials said on Monday.\n"));
	g_ptr_array_add(v, version("b", "2026-03-03",
				   "Deal in April\n\nThe port will sign the contract on April 14.\n"));
	g_ptr_array_add(v, version("c", "2026-05-20",
				   "No deal\n\nThe talks failed this week, and a deal is now expected "
				   "next year.\nOfficials said a deal is expected in the first half of "
				   "next year.\nThe tender reopens next month.\n"));
	tl = sw_timeline_build("port", v);
	t = track(tl, "expected date");
	assert_int_equal(t->sightings->len, 3);
	assert_int_equal(t->runs->len, 2);
	/* "2026-04" and "2026-04-14" agree: one run, named by the wider */
	assert_string_equal(run_value(t, 0), "2026-04");
	assert_string_equal(run_value(t, 1), "2027-H1");
	assert_null(t->disagreement);
	assert_int_equal(tl->sources->len, 3);
	assert_string_equal(tl->first_day, "2026-03-02");
	assert_string_equal(tl->last_day, "2026-05-20");
}

static void
test_amounts(void **state)
{
	g_autoptr(GPtrArray) same = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) apart = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(SwTimeline) a = NULL;
	g_autoptr(SwTimeline) b = NULL;
	g_autofree gchar *text = NULL;
	const SwTrack *t;

	(void)state;
	/* the same week, different sums: a disagreement, with its sources */
	g_ptr_array_add(same, version("ledger", "2026-03-02", "A $48 million contract was agreed.\n"));
	g_ptr_array_add(same, version("courier", "2026-03-03",
				      "A 400 million kroner ($84 million) contract was agreed.\n"));
	g_ptr_array_add(same, version("post", "2026-03-04", "The $48 million contract was agreed.\n"));
	a = sw_timeline_build("port", same);
	t = track(a, "amount");
	assert_non_null(t->disagreement);
	assert_int_equal(t->disagreement->len, 2);
	text = sw_timeline_to_text(a);
	/* the dollar figure of a sentence that also gives another currency */
	assert_non_null(strstr(text, "amount: $48 million (ledger, post) vs $84 million (courier) "
				     "[sources disagree]\n"));
	/* months apart: the amount moved, nobody disagrees */
	g_ptr_array_add(apart, version("ledger", "2026-03-02", "A $48 million contract was agreed.\n"));
	g_ptr_array_add(apart, version("ledger", "2026-06-02", "The contract grew to $52 million.\n"));
	b = sw_timeline_build("port", apart);
	t = track(b, "amount");
	assert_null(t->disagreement);
	assert_int_equal(t->runs->len, 2);
	assert_int_equal(b->sources->len, 1);
	assert_int_equal(b->versions, 2);
}

static void
test_quoted_and_status(void **state)
{
	g_autoptr(GPtrArray) v = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(SwTimeline) tl = NULL;
	const SwTrack *q, *st;

	(void)state;
	g_ptr_array_add(v, version("a", "2026-03-02",
				   "Port to sign deal\n\nThe port is expected to sign the deal next "
				   "month.\n“We are close,” said Mara Lind.\n“Very close,” Lind said.\n"
				   "“Nothing yet,” the report said.\n"));
	g_ptr_array_add(v, version("b", "2026-03-20",
				   "No deal\n\nThe port failed to sign the deal.\n"
				   "“We could not agree,” said Ana Ferreira.\n"));
	tl = sw_timeline_build("port", v);
	q = track(tl, "quoted");
	/* a short form after the full name is the same person; "the report"
	 * is nobody */
	assert_int_equal(q->sightings->len, 2);
	st = track(tl, "status");
	assert_int_equal(st->runs->len, 2);
	assert_string_equal(run_value(st, 0), "expected");
	assert_string_equal(run_value(st, 1), "negated");
}

static void
test_seeds_if_present(void **state)
{
	g_autofree gchar *dir = sw_test_shared_path("seeds");
	static const struct {
		const gchar *file, *source, *day;
	} seeds[] = {
	    {"004_c3a08c2fcaf44687.txt", "huffpost", "2014-10-20"},
	    {"000_10be102d5d4422e8.txt", "siliconangle", "2014-10-24"},
	    {"001_f6b276616a063818.txt", "weekly", "2014-10-27"},
	    {"002_931199b91c26bc93.txt", "infosecurity", "2014-10-27"},
	    {"003_213e587e123d416e.txt", "thehill", "2014-11-12"},
	};
	g_autoptr(GPtrArray) v = NULL;
	g_autoptr(GPtrArray) texts = NULL;
	g_autoptr(SwTimeline) tl = NULL;
	g_autofree gchar *out = NULL;

	(void)state;
	/* skip() jumps out: nothing may be allocated before it */
	if (dir == NULL) {
		print_message("../shared/seeds absent: skipped\n");
		skip();
	}
	v = g_ptr_array_new_with_free_func(g_free);
	texts = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < G_N_ELEMENTS(seeds); i++) {
		g_autofree gchar *path = g_build_filename(dir, seeds[i].file, NULL);
		gchar *text = NULL;
		assert_true(g_file_get_contents(path, &text, NULL, NULL));
		g_ptr_array_add(texts, text);
		g_ptr_array_add(v, version(seeds[i].source, seeds[i].day, text));
	}
	tl = sw_timeline_build("cyber-pact", v);
	out = sw_timeline_to_text(tl);
	print_message("%s", out);
	assert_string_equal(run_value(track(tl, "expected date"), 0), "2014-11");
	assert_string_equal(run_value(track(tl, "expected date"), 1), "2015-H1");
	assert_non_null(track(tl, "amount")->disagreement);
	assert_non_null(strstr(out, "$600 million (siliconangle)"));
	assert_non_null(strstr(out, "Ian Wallace (thehill)"));
	assert_non_null(strstr(out, "status: expected ("));
	assert_non_null(strstr(out, "→ negated (thehill"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_expected_date),
	    cmocka_unit_test(test_amounts),
	    cmocka_unit_test(test_quoted_and_status),
	    cmocka_unit_test(test_seeds_if_present),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
