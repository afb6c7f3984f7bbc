/* SPDX-License-Identifier: MIT
 * Sentence splitting, whitespace, cosmetic keys. */
#include "testlib.h"

#include "sw/text.h"

/* a paragraph and its sentences, separated by '|' */
static const struct {
	const gchar *para;
	const gchar *sentences;
} split_cases[] = {
    {"One sentence.", "One sentence."},
    {"First one. Second one.", "First one.|Second one."},
    {"Is it? Yes! Done.", "Is it?|Yes!|Done."},
    {"The U.S. and China agreed. Talks went on.", "The U.S. and China agreed.|Talks went on."},
    {"He lives in the U.S. The talks went on.", "He lives in the U.S.|The talks went on."},
    {"Dr. Smith met Gen. Jones at 10 a.m. on Monday.", "Dr. Smith met Gen. Jones at 10 a.m. on Monday."},
    {"Shares of Apple Inc. rose. Microsoft Corp. fell.", "Shares of Apple Inc. rose.|Microsoft Corp. fell."},
    {"Apple Inc. The company said so.", "Apple Inc.|The company said so."},
    {"John F. Kennedy was president.", "John F. Kennedy was president."},
    {"It grew 3.5 percent. Then it fell.", "It grew 3.5 percent.|Then it fell."},
    {"\"We are close.\" Then he left.", "\"We are close.\"|Then he left."},
    {"“We are close.” Then he left.", "“We are close.”|Then he left."},
    {"He said \"no.\" and left.", "He said \"no.\" and left."},
    {"(See the chart.) It shows growth.", "(See the chart.)|It shows growth."},
    {"Wait... What happened?", "Wait...|What happened?"},
    {"It was... fine.", "It was... fine."},
    {"Wait… Then it rained.", "Wait…|Then it rained."},
    {"Yahoo! and Google both bid.", "Yahoo! and Google both bid."},
    {"See example.com for details.", "See example.com for details."},
    {"Mr. and Mrs. Smith arrived. They sat.", "Mr. and Mrs. Smith arrived.|They sat."},
    {"It costs $1.5 billion. That is a lot.", "It costs $1.5 billion.|That is a lot."},
    {"Signed on Oct. 24 in Beijing. Next came talks.", "Signed on Oct. 24 in Beijing.|Next came talks."},
    {"The toll rose to 176. 28 were hurt.", "The toll rose to 176.|28 were hurt."},
    {"No terminator here", "No terminator here"},
    {"", ""},
};

static void
test_split(void **state)
{
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(split_cases); i++) {
		g_autoptr(GPtrArray) s = sw_text_split_sentences(split_cases[i].para);
		g_autofree gchar *joined = NULL;
		g_ptr_array_add(s, NULL);
		joined = g_strjoinv("|", (gchar **)s->pdata);
		if (g_strcmp0(joined, split_cases[i].sentences) != 0)
			fail_msg("split \"%s\": expected \"%s\", got \"%s\"", split_cases[i].para,
				 split_cases[i].sentences, joined);
	}
}

static void
test_normalize(void **state)
{
	g_autofree gchar *a = sw_text_normalize_space("  one\t two\n\nthree\xc2\xa0" "four  ");
	g_autofree gchar *b = sw_text_normalize_space("soft\xc2\xadhy\xe2\x80\x8bphen\x01");
	g_autofree gchar *c = sw_text_normalize_space("   ");
	(void)state;
	assert_string_equal(a, "one two three four");
	assert_string_equal(b, "softhyphen");
	assert_string_equal(c, "");
}

static void
test_cosmetic_key(void **state)
{
	g_autofree gchar *a = sw_text_cosmetic_key("The U.S. said: “No deal”!");
	g_autofree gchar *b = sw_text_cosmetic_key("the US said \"no deal\"");
	g_autofree gchar *c = sw_text_cosmetic_key("the US said \"a deal\"");
	(void)state;
	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
}

/* the words a full stop does not end a sentence after: initials (in any
 * script), titles and abbreviations; the facts clause finder asks too */
static void
test_keeps_stop(void **state G_GNUC_UNUSED)
{
	assert_true(sw_text_keeps_stop("j"));
	assert_true(sw_text_keeps_stop("\u00e9"));
	assert_true(sw_text_keeps_stop("mr"));
	assert_true(sw_text_keeps_stop("sept"));
	assert_false(sw_text_keeps_stop("7"));
	assert_false(sw_text_keeps_stop("jo"));
	assert_false(sw_text_keeps_stop("monday"));
}

/* a word stands whole: not inside another, at either end of the text */
static void
test_find_word(void **state G_GNUC_UNUSED)
{
	const gchar *text = "she said he left; the shed";

	assert_ptr_equal(sw_text_find_word(text, "he"), text + 9);
	assert_ptr_equal(sw_text_find_word(text, "she"), text);
	assert_ptr_equal(sw_text_find_word(text, "shed"), text + 22);
	assert_null(sw_text_find_word(text, "hed"));
	assert_null(sw_text_find_word(text, "sai"));
	assert_null(sw_text_find_word(text, ""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_split),
	    cmocka_unit_test(test_normalize),
	    cmocka_unit_test(test_cosmetic_key),
	    cmocka_unit_test(test_keeps_stop),
	    cmocka_unit_test(test_find_word),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
