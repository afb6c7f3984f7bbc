/* SPDX-License-Identifier: MIT
 * The way in from urlwatch and out to it: jobs read from YAML with what
 * each filter becomes, what is left out and why; broken YAML refused by
 * line; the watchlist written back as jobs and as OPML (read back with
 * libxml2). */
#include "testlib.h"

#include <libxml/parser.h>
#include <string.h>

#include "sw/error.h"
#include "sw/urlwatch.h"
#include "sw/watchlist.h"

static gboolean
has(GPtrArray *a, const gchar *prefix)
{
	for (guint i = 0; i < a->len; i++) {
		if (g_str_has_prefix(g_ptr_array_index(a, i), prefix))
			return TRUE;
	}
	return FALSE;
}

static void
test_read(void **state)
{
	g_autofree gchar *path = sw_test_source_path("tests/data/urlwatch-urls.yaml");
	g_autofree gchar *data = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) jobs = NULL;
	SwUrlwatchJob *j;
	gsize len = 0;

	(void)state;
	assert_true(g_file_get_contents(path, &data, &len, NULL));
	jobs = sw_urlwatch_read(path, data, len, &error);
	assert_null(error);
	assert_int_equal(jobs->len, 5);
	/* css with exclude, grepi, a re.sub deleting whole lines */
	j = g_ptr_array_index(jobs, 0);
	assert_string_equal(j->name, "Ferry terminal story");
	assert_string_equal(j->url, "https://ledger.example/news/ferry-terminal.html");
	assert_string_equal(j->select, "article .story-body");
	assert_string_equal(j->exclude, ".related, .ad");
	assert_int_equal(j->ignore->len, 2);
	assert_string_equal(g_ptr_array_index(j->ignore, 0), "^Updated");
	assert_string_equal(g_ptr_array_index(j->ignore, 1), "^Share this.*$");
	assert_int_equal(j->left_out->len, 0);
	assert_int_equal(j->line, 2);
	/* the legacy string form; an unknown key listed */
	j = g_ptr_array_index(jobs, 1);
	assert_null(j->name);
	assert_string_equal(j->select, "//div[@id='content']");
	assert_true(has(j->left_out, "max_tries: "));
	/* what cannot be said the same way is listed */
	j = g_ptr_array_index(jobs, 2);
	assert_string_equal(j->select, "#minutes");
	assert_true(has(j->left_out, "grep: storywatch cannot keep only the lines that match"));
	assert_true(has(j->left_out, "re.sub: "));
	assert_true(has(j->left_out, "sort: no storywatch equivalent"));
	/* jobs that are no web page */
	j = g_ptr_array_index(jobs, 3);
	assert_null(j->url);
	assert_true(has(j->left_out, "command: "));
	j = g_ptr_array_index(jobs, 4);
	assert_null(j->url);
	assert_true(has(j->left_out, "url: storywatch fetches only http and https"));
}

static void
test_bad_yaml(void **state)
{
	static const struct {
		const gchar *yaml;
		const gchar *message;
	} cases[] = {
	    {"name: a\nurl: [unclosed\n", "jobs.yaml:3: "},
	    {"- just\n- a list\n", "jobs.yaml:1: a job must be a mapping"},
	    {"url: \"http://x/\"\n---\n\tbad: tab\n", "jobs.yaml:3: "},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(GPtrArray) jobs =
		    sw_urlwatch_read("jobs.yaml", cases[i].yaml, strlen(cases[i].yaml), &error);
		assert_null(jobs);
		assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_INVALID_CONFIG));
		if (!g_str_has_prefix(error->message, cases[i].message))
			fail_msg("\"%s\": %s", cases[i].yaml, error->message);
	}
}

static void
test_write(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *ini = g_build_filename(dir, "w.ini", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = NULL;
	g_autoptr(GPtrArray) back = NULL;
	g_autofree gchar *yaml = NULL;
	g_autofree gchar *opml = NULL;
	xmlDoc *doc;
	SwUrlwatchJob *j;

	(void)state;
	sw_test_write(dir, "w.ini",
		      "[ferry]\nurl = https://ledger.example/a?x=1&y=\"2\"\n"
		      "select = article .body\nexclude = .ad\nignore = ^Updated;^Share \\\\d+\n\n"
		      "[pact]\nurl = https://news.example/b\nselect = //div[@id='c']\n");
	wl = sw_watchlist_load(ini, FALSE, &error);
	assert_null(error);
	yaml = sw_urlwatch_write(sw_watchlist_get_watches(wl));
	/* what storywatch writes, urlwatch (and storywatch) read back */
	back = sw_urlwatch_read("out.yaml", yaml, strlen(yaml), &error);
	assert_null(error);
	assert_int_equal(back->len, 2);
	j = g_ptr_array_index(back, 0);
	assert_string_equal(j->name, "ferry");
	assert_string_equal(j->url, "https://ledger.example/a?x=1&y=\"2\"");
	assert_string_equal(j->select, "article .body");
	assert_string_equal(j->exclude, ".ad");
	assert_int_equal(j->ignore->len, 2);
	assert_string_equal(g_ptr_array_index(j->ignore, 1), "^Share \\d+");
	j = g_ptr_array_index(back, 1);
	assert_string_equal(j->select, "//div[@id='c']");
	opml = sw_opml_write(sw_watchlist_get_watches(wl), "mine & yours");
	doc = xmlReadMemory(opml, (int)strlen(opml), "w.opml", "utf-8", XML_PARSE_NONET);
	assert_non_null(doc);
	assert_non_null(strstr(opml, "url=\"https://ledger.example/a?x=1&amp;y=&quot;2&quot;\""));
	xmlFreeDoc(doc);
	sw_test_rmtree(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_read),
	    cmocka_unit_test(test_bad_yaml),
	    cmocka_unit_test(test_write),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
