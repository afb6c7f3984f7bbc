/* SPDX-License-Identifier: MIT
 * The way in from urlwatch and out to it: jobs read from YAML with what
 * each filter becomes, what is left out and why; broken YAML refused by
 * line; the watchlist written back as jobs and as OPML (read back with
 * libxml2). */
#include "testlib.h"

#include <libxml/parser.h>
#include <string.h>

#include <sqlite3.h>

#include "sw/error.h"
#include "sw/replay.h"
#include "sw/urlwatch.h"
#include "sw/uwcache.h"
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

/* a cache.db as urlwatch 2.25 writes it (table and columns as minidb
 * makes them), with our own texts */
static void
make_cache(const gchar *path, const gchar *url)
{
	g_autofree gchar *guid = sw_uwcache_guid(url);
	sqlite3 *db = NULL;
	const struct {
		const gchar *guid;
		gint64 t;
		const gchar *data;
	} rows[] = {
	    {guid, 1767960000, "Ferry terminal delayed\n\nThe new ferry terminal will open in May, the "
			       "port said on Friday. Work began last spring."},
	    {guid, 1768046400, "Ferry terminal delayed\n\nThe new ferry terminal will open in May, the "
			       "port said on Friday. Work began last spring."},
	    {"0000000000000000000000000000000000000000", 1768050000, "Another job's page."},
	    {guid, 1768132800, "Ferry terminal delayed again\n\nThe new ferry terminal will open in "
			       "September, the port said on Monday. Work began last spring."},
	};

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
				      "CREATE TABLE CacheEntry (id INTEGER PRIMARY KEY, guid TEXT, "
				      "timestamp INTEGER, data TEXT, tries INTEGER, etag TEXT)",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		sqlite3_stmt *st = NULL;
		assert_int_equal(sqlite3_prepare_v2(db,
						    "INSERT INTO CacheEntry (guid, timestamp, data, tries, etag) "
						    "VALUES (?, ?, ?, 0, NULL)",
						    -1, &st, NULL),
				 SQLITE_OK);
		sqlite3_bind_text(st, 1, rows[i].guid, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, rows[i].t);
		sqlite3_bind_text(st, 3, rows[i].data, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
}

static void
test_cache_replay(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *db = g_build_filename(dir, "cache.db", NULL);
	g_autofree gchar *repo = g_build_filename(dir, "repo", NULL);
	g_autofree gchar *junk = g_build_filename(dir, "junk.db", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) entries = NULL;
	g_autoptr(GPtrArray) log = NULL;
	g_autoptr(SwStore) store = NULL;
	g_autoptr(SwWatch) w = g_new0(SwWatch, 1);
	guint n = 0;

	(void)state;
	/* urlwatch's guid: the sha1 of the job's location (this pair from urlwatch 2.25) */
	{
		g_autofree gchar *g = sw_uwcache_guid("http://127.0.0.1:34727/p.html");
		assert_string_equal(g, "157b4e6ce85f238d8bfdc4dc8c7a3d488339c67e");
	}
	w->name = g_strdup("ferry");
	w->url = g_strdup("https://ledger.example/news/ferry-terminal.html");
	w->ignore_re = g_ptr_array_new();
	make_cache(db, w->url);
	entries = sw_uwcache_read(db, &error);
	assert_non_null(entries);
	assert_int_equal(entries->len, 4);
	store = sw_store_open(repo, TRUE, &error);
	assert_true(sw_replay_urlwatch(store, w, entries, &n, &error));
	/* the same text twice is one version; another job's row is not ours */
	assert_int_equal(n, 2);
	log = sw_store_log(store, "ferry", NULL, 0, &error);
	assert_int_equal(log->len, 2);
	assert_int_equal(((SwLogEntry *)g_ptr_array_index(log, 0))->time, 1768132800);
	assert_int_equal(((SwLogEntry *)g_ptr_array_index(log, 1))->time, 1767960000);
	assert_non_null(strstr(((SwLogEntry *)g_ptr_array_index(log, 0))->subject, "May"));
	assert_non_null(strstr(((SwLogEntry *)g_ptr_array_index(log, 0))->body, "Imported-From: urlwatch cache"));
	/* never into a history that exists */
	assert_false(sw_replay_urlwatch(store, w, entries, &n, &error));
	assert_non_null(strstr(error->message, "has a history already"));
	g_clear_error(&error);
	/* not a cache */
	sw_test_write(dir, "junk.db", "this is not SQLite");
	assert_null(sw_uwcache_read(junk, &error));
	assert_non_null(strstr(error->message, "not an urlwatch cache"));
	sw_test_rmtree(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_read),
	    cmocka_unit_test(test_bad_yaml),
	    cmocka_unit_test(test_write),
	    cmocka_unit_test(test_cache_replay),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
