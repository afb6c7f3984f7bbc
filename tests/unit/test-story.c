/* SPDX-License-Identifier: MIT
 * The story.txt shape: headline, blank, a sentence per line, blank lines
 * between paragraphs; ignore rules drop lines. */
#include "testlib.h"

#include "sw/story.h"

static void
test_render(void **state)
{
	g_autoptr(SwStory) s = sw_story_new();
	g_autofree gchar *text = NULL;
	g_autofree gchar *body = NULL;

	(void)state;
	s->title = g_strdup("Pact due next month");
	g_ptr_array_add(s->paragraphs, g_strdup("Russia and China will sign. Officials said so."));
	g_ptr_array_add(s->paragraphs, g_strdup("Updated 07:30 EDT."));
	g_ptr_array_add(s->paragraphs, g_strdup("The deal is worth $600 million."));
	text = sw_story_to_text(s, NULL);
	assert_string_equal(text, "Pact due next month\n"
				  "\n"
				  "Russia and China will sign.\n"
				  "Officials said so.\n"
				  "\n"
				  "Updated 07:30 EDT.\n"
				  "\n"
				  "The deal is worth $600 million.\n");
	body = sw_story_body(s);
	assert_string_equal(body, "Russia and China will sign. Officials said so.\n\nUpdated 07:30 "
				  "EDT.\n\nThe deal is worth $600 million.");
}

static void
test_ignore(void **state)
{
	g_autoptr(SwStory) s = sw_story_new();
	g_autoptr(GPtrArray) ignore = g_ptr_array_new_with_free_func((GDestroyNotify)g_regex_unref);
	g_autofree gchar *text = NULL;

	(void)state;
	g_ptr_array_add(ignore, g_regex_new("^Updated", 0, 0, NULL));
	s->title = g_strdup("T");
	g_ptr_array_add(s->paragraphs, g_strdup("Updated 07:30 EDT."));
	g_ptr_array_add(s->paragraphs, g_strdup("Body. Updated twice."));
	text = sw_story_to_text(s, ignore);
	assert_string_equal(text, "T\n\nBody.\n");
}

static void
test_empty(void **state)
{
	g_autoptr(SwStory) s = sw_story_new();
	g_autofree gchar *a = sw_story_to_text(s, NULL);
	g_autofree gchar *b = NULL;
	(void)state;
	assert_string_equal(a, "");
	g_ptr_array_add(s->paragraphs, g_strdup("No headline here."));
	b = sw_story_to_text(s, NULL);
	assert_string_equal(b, "\n\nNo headline here.\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_render),
	    cmocka_unit_test(test_ignore),
	    cmocka_unit_test(test_empty),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
