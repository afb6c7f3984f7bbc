/* SPDX-License-Identifier: MIT
 * The sentence diff: alignment, pairing, moves, significance, summary,
 * word marks. */
#include "testlib.h"

#include "sw/diff.h"

#define STORY(title, body) title "\n\n" body

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
	assert_int_equal(d->significance, SW_SIGNIFICANCE_SUBSTANTIVE);
	assert_int_equal(d->sentences_changed, 1);
	assert_int_equal(d->sentences_added, 0);
	assert_int_equal(d->sentences_removed, 0);
	assert_int_equal(d->changes->len, 1);
	c = g_ptr_array_index(d->changes, 0);
	assert_string_equal(c->kind, "sentence");
	assert_string_equal(c->old, "$60");
	assert_string_equal(c->new, "$600");
	assert_non_null(strstr(d->summary, "“$60 million” → “$600 million”"));
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_identical_and_first),
	    cmocka_unit_test(test_cosmetic),
	    cmocka_unit_test(test_reworded_and_numbers),
	    cmocka_unit_test(test_minor_rewording),
	    cmocka_unit_test(test_moved_is_not_a_change),
	    cmocka_unit_test(test_added_removed),
	    cmocka_unit_test(test_headline_and_correction),
	    cmocka_unit_test(test_words),
	    cmocka_unit_test(test_empty_stories),
	    cmocka_unit_test(test_large),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
