/* SPDX-License-Identifier: MIT
 * The JSON contracts: `diff --json`, `extract --json`, meta.json. Parsed
 * back with GLib's own variant parser would not do; check fields by text
 * and by jansson through the module's reader. */
#include "testlib.h"

#include "sw/diff.h"
#include "sw/json.h"

static void
test_diff_json(void **state)
{
	g_autoptr(SwDiff) d = sw_diff_stories("Old head\n\nA $5 toll.\n", "New head\n\nA $6 toll.\n");
	SwJsonContext ctx = {"story-a", "story-a", "http://x/", "abc123"};
	g_autofree gchar *j = sw_json_diff(d, &ctx);
	static const gchar *const fields[] = {
	    "\"story\": \"story-a\"", "\"url\": \"http://x/\"", "\"commit\": \"abc123\"",
	    "\"significance\": \"major\"", "\"summary\":", "\"changes\": [",
	    "\"kind\": \"headline\"", "\"old\": \"Old head\"", "\"new\": \"New head\"",
	    "\"old_value\": null", "\"new_value\": null", "\"old_sentence\":", "\"new_sentence\":",
	    "\"note\":", "\"stats\": {", "\"sentences_added\": 0", "\"sentences_removed\": 0",
	    "\"sentences_changed\": 1", "\"sentences_unchanged\": 0", NULL,
	};
	(void)state;
	for (guint i = 0; fields[i] != NULL; i++) {
		if (strstr(j, fields[i]) == NULL)
			fail_msg("no %s in %s", fields[i], j);
	}
}

static void
test_story_json(void **state)
{
	g_autoptr(SwStory) s = sw_story_new();
	g_autofree gchar *j = NULL;

	(void)state;
	s->title = g_strdup("A \"quoted\" head");
	s->published = g_strdup("2014-10-24");
	g_ptr_array_add(s->paragraphs, g_strdup("One."));
	g_ptr_array_add(s->paragraphs, g_strdup("Two."));
	j = sw_json_story(s);
	assert_non_null(strstr(j, "\"title\": \"A \\\"quoted\\\" head\""));
	assert_non_null(strstr(j, "\"byline\": null"));
	assert_non_null(strstr(j, "\"published\": \"2014-10-24\""));
	assert_non_null(strstr(j, "\"modified\": null"));
	assert_non_null(strstr(j, "\"lang\": null"));
	assert_non_null(strstr(j, "\"url\": null"));
	assert_non_null(strstr(j, "\"body\": \"One.\\n\\nTwo.\""));
}

static void
test_meta_json(void **state)
{
	SwFetchResult res = {0};
	g_autofree gchar *j = NULL;
	g_autofree gchar *url = NULL;

	(void)state;
	res.url = (gchar *)"http://x/a";
	res.final_url = (gchar *)"http://x/b";
	res.status = 200;
	res.etag = (gchar *)"\"e1\"";
	res.fetched_at = 1414144800;
	j = sw_json_meta(&res, NULL);
	assert_non_null(strstr(j, "\"final_url\": \"http://x/b\""));
	assert_non_null(strstr(j, "\"status\": 200"));
	assert_non_null(strstr(j, "\"fetched\": \"2014-10-24T10:00:00Z\""));
	assert_non_null(strstr(j, "\"last_modified\": null"));
	url = sw_json_meta_get_url(j);
	assert_string_equal(url, "http://x/a");
	/* sorted keys, one per line, so git diffs of it read well */
	assert_true(strstr(j, "\"etag\"") < strstr(j, "\"url\""));
}

/* the day a stored version speaks from: its page's modified date, else
 * its published one when asked, else none */
static void
test_meta_day(void **state)
{
	const gchar *both = "{\"modified\": \"2026-03-10T17:40:00-05:00\", \"published\": \"2026-03-03\"}";
	const gchar *published = "{\"modified\": null, \"published\": \"2026-03-03\"}";
	g_autofree gchar *a = sw_json_meta_day(both, TRUE);
	g_autofree gchar *b = sw_json_meta_day(published, TRUE);
	g_autofree gchar *c = sw_json_meta_day(published, FALSE);
	g_autofree gchar *d = sw_json_meta_day(NULL, TRUE);

	(void)state;
	assert_string_equal(a, "2026-03-10T17:40:00-05:00");
	assert_string_equal(b, "2026-03-03");
	assert_null(c);
	assert_null(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_diff_json),
	    cmocka_unit_test(test_story_json),
	    cmocka_unit_test(test_meta_json),
	    cmocka_unit_test(test_meta_day),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
