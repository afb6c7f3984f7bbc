/* SPDX-License-Identifier: MIT
 * The watchlist: parsing, FILE:LINE errors for every kind of bad line,
 * editing that keeps comments and writes nothing on error, names. */
#include "testlib.h"

#include "sw/error.h"
#include "sw/watchlist.h"

typedef struct {
	gchar *dir;
	gchar *path;
} Fixture;

static int
setup(void **state)
{
	Fixture *f = g_new0(Fixture, 1);
	f->dir = sw_test_tmpdir();
	f->path = g_build_filename(f->dir, "watchlist.ini", NULL);
	sw_test_reset_warnings();
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	Fixture *f = *state;
	sw_test_rmtree(f->dir);
	g_free(f->dir);
	g_free(f->path);
	g_free(f);
	assert_int_equal(sw_test_warnings(), 0);
	return 0;
}

static void
test_load_full(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = NULL;
	SwWatch *w;

	sw_test_write(f->dir, "watchlist.ini",
		      "# my watches\n"
		      "[cyber-pact]\n"
		      "url = https://news.example/cyber-pact.html\n"
		      "every = 1h30m\n"
		      "select = article .body\n"
		      "exclude = .related\n"
		      "ignore = ^Updated;^Share\n"
		      "notify = desktop, hook\n"
		      "threshold = major\n"
		      "hook = hooks/mail\n"
		      "timeout = 20s\n"
		      "maxsize = 2M\n"
		      "captions = true\n"
		      "insecure = yes\n"
		      "\n"
		      "[plain]\n"
		      "url=http://example.org/\n"
		      "\n"
		      "[fresh]\n"
		      "url=http://example.org/fresh\n"
		      "every = auto\n"
		      "max_age = 2w\n");
	wl = sw_watchlist_load(f->path, FALSE, &error);
	assert_null(error);
	assert_non_null(wl);
	assert_int_equal(sw_watchlist_get_watches(wl)->len, 3);
	w = sw_watchlist_find(wl, "cyber-pact");
	assert_non_null(w);
	assert_string_equal(w->url, "https://news.example/cyber-pact.html");
	assert_int_equal(w->every, 5400);
	assert_string_equal(w->select, "article .body");
	assert_string_equal(w->exclude, ".related");
	assert_int_equal(w->ignore_re->len, 2);
	assert_int_equal(w->notify, SW_NOTIFY_DESKTOP | SW_NOTIFY_HOOK);
	assert_int_equal(w->threshold, SW_SIGNIFICANCE_MAJOR);
	assert_true(g_str_has_suffix(w->hook, "/hooks/mail"));
	assert_true(g_path_is_absolute(w->hook));
	assert_int_equal(w->timeout, 20);
	assert_int_equal(w->maxsize, 2 * 1024 * 1024);
	assert_true(w->captions);
	assert_true(w->insecure);
	w = sw_watchlist_find(wl, "plain");
	assert_false(w->insecure);
	assert_int_equal(w->every, SW_WATCH_DEFAULT_EVERY);
	assert_int_equal(w->threshold, SW_SIGNIFICANCE_SUBSTANTIVE);
	assert_int_equal(w->notify, SW_NOTIFY_DESKTOP | SW_NOTIFY_HOOK);
	assert_false(w->every_auto);
	w = sw_watchlist_find(wl, "fresh");
	assert_true(w->every_auto);
	assert_int_equal(w->max_age, 14 * 24 * 3600);
	assert_int_equal(w->every, 10 * 60);
	assert_null(sw_watchlist_find(wl, "nope"));
}

static void
test_missing_file(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = sw_watchlist_load(f->path, TRUE, &error);

	assert_non_null(wl);
	assert_int_equal(sw_watchlist_get_watches(wl)->len, 0);
	g_clear_pointer(&wl, sw_watchlist_free);
	wl = sw_watchlist_load(f->path, FALSE, &error);
	assert_null(wl);
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_INVALID_CONFIG));
}

/* each bad file, and the "LINE: message" its error must name */
static const struct {
	const gchar *text;
	const gchar *expect;
} bad_cases[] = {
    {"[a]\nurl = http://x/\nfoo = 1\n", ":3: unknown key \"foo\" in [a]"},
    {"url = http://x/\n", ":1: \"url\" is outside any [watch] group"},
    {"[a]\nurl = http://x/\n[a]\nurl = http://y/\n", ":3: duplicate watch [a] (first at line 1)"},
    {"[a]\nurl = http://x/\nurl = http://y/\n", ":3: duplicate key \"url\" in [a]"},
    {"[../../etc]\nurl = http://x/\n", ":1: invalid watch name \"../../etc\""},
    {"[a/b]\nurl = http://x/\n", ":1: invalid watch name \"a/b\""},
    {"[a]\nurl = http://x/; file:///etc/passwd\n", ":2: url: each of several addresses"},
    {"[a]\nurl = http://x/\nfollow = 2d\n", ":3: follow: only with feed = true"},
    {"[a]\nurl = http://x/\nfeed = true\nfollow = 1s\n", ":4: follow: "},
    {"[a]\nurl = http://x/\nrobots = maybe\n", ":3: robots: \"maybe\" is not true or false"},
    {"[a]\nurl = http://x/\nmatch = ferry\n", ":3: match: only with feed = true"},
    {"[a]\nurl = http://x/\nfeed = true\nmatch = (x\n", ":4: match: "},
    {"[.git]\nurl = http://x/\n", ":1: invalid watch name \".git\""},
    {"[a]\nurl = http://x/\njust words\n", ":3: expected \"key = value\""},
    {"[a]\n; comment\n", ":2: comments start with '#'"},
    {"[a\nurl = http://x/\n", ":1: group header must end with ']'"},
    {"[a]\nurl = file:///etc/passwd\n", ":2: only http and https"},
    {"[a]\nurl = gopher://x/\n", ":2: only http and https"},
    {"[ a]\nurl = http://x/\n", ":1: invalid watch name \" a\""},
    {"[a ]\nurl = http://x/\n", ":1: invalid watch name \"a \""},
    {"[a]\nurl = https://n cap = 8\n", ":2: spaces or control characters in URL"},
    {"[a]\nurl = http://ex'ample.com/\n", ":2: not a host name"},
    {"[a]\nevery = 1h\n", ":1: [a] has no url"},
    {"[a]\nurl = http://x/\nevery = soon\n", ":3: every: \"soon\" is not a duration"},
    {"[a]\nurl = http://x/\nevery = 2s\n", ":3: every: \"2s\" is too short"},
    {"[a]\nurl = http://x/\nnotify = pager\n", ":3: notify: \"pager\""},
    {"[a]\nurl = http://x/\nnotify = none;desktop\n", ":3: notify:"},
    {"[a]\nurl = http://x/\nthreshold = huge\n", ":3: threshold: \"huge\""},
    {"[a]\nurl = http://x/\nignore = ([a-\n", ":3: ignore:"},
    {"[a]\nurl = http://x/\nselect = div[\n", ":3: select: bad selector"},
    {"[a]\nurl = http://x/\ncaptions = maybe\n", ":3: captions:"},
    {"[a]\nurl = http://x/\ninsecure = 1\n", ":3: insecure: \"1\" is not true or false"},
    {"[a]\nurl = http://x/\nmax_age = 2d\n", ":3: max_age: only with every = auto"},
    {"[a]\nurl = http://x/\nevery = auto\nmax_age = soon\n", ":4: max_age: "},
    {"[a]\nurl = http://x/\nmaxsize = lots\n", ":3: maxsize:"},
    {"[a]\nurl = http://x/\ntimeout = 1h\n", ":3: timeout: \"1h\" is not a duration"},
    {"[a]\nurl = http://x/\ntimeout = 0s\n", ":3: timeout: \"0s\" is too short"},
    {"[a]\nurl = http://x/\n= 3\n", ":3: missing key before '='"},
    {"[a]\nurl = http://x/\nname = \xff\xfe\n", ":3: invalid UTF-8"},
};

static void
test_bad_lines(void **state)
{
	Fixture *f = *state;

	for (guint i = 0; i < G_N_ELEMENTS(bad_cases); i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(SwWatchlist) wl = NULL;
		g_autofree gchar *expect = g_strconcat(f->path, bad_cases[i].expect, NULL);

		sw_test_write(f->dir, "watchlist.ini", bad_cases[i].text);
		wl = sw_watchlist_load(f->path, FALSE, &error);
		if (wl != NULL || error == NULL || !g_str_has_prefix(error->message, expect))
			fail_msg("case %u: expected \"%s\", got \"%s\"", i, expect,
				 error != NULL ? error->message : "(loaded)");
		assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_INVALID_CONFIG));
	}
}

/* several addresses: one story, a source each, named by site or, when
 * sites repeat, by page */
static void
test_sources(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = NULL;
	SwWatch *a, *b;

	sw_test_write(f->dir, "watchlist.ini",
		      "[pact]\nurl = https://www.siliconangle.com/2014/pact/; "
		      "http://thehill.com/policy/223; https://news.example.co.uk/x\n"
		      "[local]\nurl = http://127.0.0.1:8080/news/ledger.html;"
		      "http://127.0.0.1:8080/news/courier.html\n"
		      "[one]\nurl = http://x.example/a;b=1\n");
	wl = sw_watchlist_load(f->path, FALSE, &error);
	assert_non_null(wl);
	a = sw_watchlist_find(wl, "pact");
	assert_int_equal(g_strv_length(a->sources), 3);
	assert_string_equal(a->sources[0], "siliconangle");
	assert_string_equal(a->sources[1], "thehill");
	assert_string_equal(a->sources[2], "example");
	assert_string_equal(a->source_urls[1], "http://thehill.com/policy/223");
	b = sw_watchlist_find(wl, "local");
	assert_string_equal(b->sources[0], "ledger");
	assert_string_equal(b->sources[1], "courier");
	/* a ';' inside one address is not a list */
	assert_null(sw_watchlist_find(wl, "one")->sources);
}

static void
test_nul_byte(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = NULL;
	const gchar data[] = "[a]\nurl = http://x/\nevery = 1\0h\n";

	g_file_set_contents(f->path, data, sizeof(data) - 1, NULL);
	wl = sw_watchlist_load(f->path, FALSE, &error);
	assert_null(wl);
	assert_non_null(strstr(error->message, ":3: NUL byte"));
}

static void
test_add_remove_keeps_comments(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = NULL;
	g_autoptr(SwWatchlist) again = NULL;
	g_autofree gchar *text = NULL;

	sw_test_write(f->dir, "watchlist.ini", "# my own comment\n[first]\nurl = http://a.example/\n");
	wl = sw_watchlist_load(f->path, FALSE, &error);
	assert_non_null(wl);
	assert_true(sw_watchlist_add(wl, "second", "https://b.example/x", "6h", "#main", &error));
	assert_null(error);
	g_file_get_contents(f->path, &text, NULL, NULL);
	assert_non_null(strstr(text, "# my own comment"));
	again = sw_watchlist_load(f->path, FALSE, &error);
	assert_non_null(again);
	assert_int_equal(sw_watchlist_find(again, "second")->every, 6 * 3600);
	assert_string_equal(sw_watchlist_find(again, "second")->select, "#main");
	assert_true(sw_watchlist_remove(wl, "first", &error));
	g_clear_pointer(&again, sw_watchlist_free);
	again = sw_watchlist_load(f->path, FALSE, &error);
	assert_null(sw_watchlist_find(again, "first"));
	assert_non_null(sw_watchlist_find(again, "second"));
}

static void
test_add_refused_writes_nothing(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = NULL;
	g_autofree gchar *before = NULL;
	g_autofree gchar *after = NULL;
	const gchar *orig = "[first]\nurl = http://a.example/\n";

	sw_test_write(f->dir, "watchlist.ini", orig);
	wl = sw_watchlist_load(f->path, FALSE, &error);
	/* duplicate name, duplicate URL, bad URL, bad interval, bad name, bad selector */
	assert_false(sw_watchlist_add(wl, "first", "http://c.example/", NULL, NULL, &error));
	g_clear_error(&error);
	assert_false(sw_watchlist_add(wl, "other", "http://a.example/", NULL, NULL, &error));
	g_clear_error(&error);
	assert_false(sw_watchlist_add(wl, "other", "ftp://c.example/", NULL, NULL, &error));
	g_clear_error(&error);
	assert_false(sw_watchlist_add(wl, "other", "http://c.example/", "often", NULL, &error));
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_INVALID_CONFIG));
	g_clear_error(&error);
	assert_false(sw_watchlist_add(wl, "../x", "http://c.example/", NULL, NULL, &error));
	g_clear_error(&error);
	assert_false(sw_watchlist_add(wl, "other", "http://c.example/", NULL, "p[", &error));
	g_clear_error(&error);
	assert_false(sw_watchlist_remove(wl, "absent", &error));
	g_file_get_contents(f->path, &after, NULL, NULL);
	assert_string_equal(after, orig);
	assert_int_equal(sw_watchlist_get_watches(wl)->len, 1);
	(void)before;
}

static void
test_suggest_name(void **state)
{
	static const struct {
		const gchar *url;
		const gchar *name;
	} cases[] = {
	    {"https://news.example/2014/10/24/russia-china-cyber-pact.html", "russia-china-cyber-pact"},
	    {"https://www.example.com/", "example-com"},
	    {"https://news.example/world/12345", "world"},
	    {"https://news.example/story/index.html", "news-example"},
	    {"https://news.example/a/Big_Story%20Now/", "big-story-now"},
	    {"https://x.example/" "aaaaaaaaaa-bbbbbbbbbb-cccccccccc-dddddddddd-eeeeeeeeee-ffff",
	     "aaaaaaaaaa-bbbbbbbbbb-cccccccccc-dddddddddd"},
	};
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwWatchlist) wl = NULL;

	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree gchar *n = sw_watchlist_suggest_name(NULL, cases[i].url);
		assert_string_equal(n, cases[i].name);
		assert_true(sw_watchlist_name_is_valid(n));
	}
	sw_test_write(f->dir, "watchlist.ini", "[world]\nurl = http://a.example/\n");
	wl = sw_watchlist_load(f->path, FALSE, &error);
	{
		g_autofree gchar *n = sw_watchlist_suggest_name(wl, "https://news.example/world/1");
		assert_string_equal(n, "world-2");
	}
}

static void
test_names(void **state)
{
	(void)state;
	assert_true(sw_watchlist_name_is_valid("cyber-pact"));
	assert_true(sw_watchlist_name_is_valid("A.b_c-9"));
	assert_false(sw_watchlist_name_is_valid(""));
	assert_false(sw_watchlist_name_is_valid(".."));
	assert_false(sw_watchlist_name_is_valid("-x"));
	assert_false(sw_watchlist_name_is_valid("a b"));
	assert_false(sw_watchlist_name_is_valid("a/b"));
	assert_false(sw_watchlist_name_is_valid("café"));
	assert_false(sw_watchlist_name_is_valid(
	    "a1234567890123456789012345678901234567890123456789012345678901234"));
}

static void
test_shipped_examples_load(void **state)
{
	g_autofree gchar *dir = sw_test_source_path("watchlist");
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const gchar *name;
	guint n = 0;

	(void)state;
	assert_non_null(d);
	while ((name = g_dir_read_name(d)) != NULL) {
		g_autofree gchar *p = g_build_filename(dir, name, NULL);
		g_autoptr(GError) error = NULL;
		g_autoptr(SwWatchlist) wl = NULL;
		if (!g_str_has_suffix(name, ".ini"))
			continue;
		wl = sw_watchlist_load(p, FALSE, &error);
		if (wl == NULL)
			fail_msg("%s: %s", name, error->message);
		assert_true(sw_watchlist_get_watches(wl)->len > 0);
		n++;
	}
	assert_true(n >= 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_load_full, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_missing_file, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_bad_lines, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_sources, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_nul_byte, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_add_remove_keeps_comments, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_add_refused_writes_nothing, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_suggest_name, setup, teardown),
	    cmocka_unit_test(test_names),
	    cmocka_unit_test(test_shipped_examples_load),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
