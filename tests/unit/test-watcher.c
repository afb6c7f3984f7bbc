/* SPDX-License-Identifier: MIT
 * One check, end to end, against the loopback server and a real
 * repository: first snapshot, 304, furniture-only change, real change,
 * failures, the hook, parking and due times. */
#include "testlib.h"

#include <glib/gstdio.h>

#include "sw/error.h"
#include "sw/schedule.h"
#include "sw/watcher.h"

typedef struct {
	gchar *dir;
	gchar *www;
	gchar *hooks;
	SwTestHttpd httpd;
	SwStore *store;
	SwState *state;
	SwWatcher *watcher;
	SwCheckResult last;
	SwSignificance last_sig;
	gchar *last_error;
	gchar *last_summary;
	gboolean last_notified;
	GThread *report_thread;
} Fixture;

static void
report_cb(const SwCheckReport *r, gpointer user_data)
{
	Fixture *f = user_data;
	f->last = r->result;
	f->last_sig = r->diff != NULL ? r->diff->significance : SW_SIGNIFICANCE_NONE;
	g_free(f->last_error);
	f->last_error = r->error != NULL ? g_strdup(r->error->message) : NULL;
	g_free(f->last_summary);
	f->last_summary = r->diff != NULL ? g_strdup(r->diff->summary) : NULL;
	f->last_notified = r->notified;
	f->report_thread = g_thread_self();
}

static int
setup(void **state)
{
	Fixture *f = g_new0(Fixture, 1);
	g_autofree gchar *repo = NULL;
	g_autofree gchar *state_path = NULL;

	f->dir = sw_test_tmpdir();
	f->www = g_build_filename(f->dir, "www", NULL);
	f->hooks = g_build_filename(f->dir, "hooks", NULL);
	g_mkdir_with_parents(f->www, 0755);
	if (!sw_test_httpd_start(&f->httpd, f->www))
		return -1;
	repo = g_build_filename(f->dir, "repo", NULL);
	f->store = sw_store_open(repo, TRUE, NULL);
	state_path = sw_store_get_private_path(f->store, "state.ini");
	f->state = sw_state_load(state_path, NULL);
	f->watcher = sw_watcher_new(f->store, f->state, f->hooks, NULL);
	sw_watcher_set_report_func(f->watcher, report_cb, f);
	sw_test_reset_warnings();
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	Fixture *f = *state;
	sw_watcher_free(f->watcher);
	sw_state_free(f->state);
	sw_store_free(f->store);
	sw_test_httpd_stop(&f->httpd);
	sw_test_rmtree(f->dir);
	g_free(f->dir);
	g_free(f->www);
	g_free(f->hooks);
	g_free(f->last_error);
	g_free(f->last_summary);
	g_free(f);
	assert_int_equal(sw_test_warnings(), 0);
	return 0;
}

static SwWatch *
watch(Fixture *f, const gchar *name, const gchar *path)
{
	SwWatch *w = g_new0(SwWatch, 1);
	w->name = g_strdup(name);
	w->url = sw_test_httpd_url(&f->httpd, path);
	w->every = 1800;
	w->notify = SW_NOTIFY_HOOK;
	w->threshold = SW_SIGNIFICANCE_SUBSTANTIVE;
	w->timeout = 5;
	w->maxsize = 1024 * 1024;
	w->ignore_re = g_ptr_array_new();
	return w;
}

static void
serve(Fixture *f, guint version)
{
	g_autofree gchar *rel = g_strdup_printf("demo/site/v%u.html", version);
	g_autofree gchar *src = sw_test_source_path(rel);
	g_autofree gchar *data = NULL;
	gsize len = 0;
	g_autofree gchar *dst = g_build_filename(f->www, "story.html", NULL);

	g_assert_true(g_file_get_contents(src, &data, &len, NULL));
	g_assert_true(g_file_set_contents(dst, data, len, NULL));
}

static void
check(Fixture *f, SwWatch *w)
{
	g_autoptr(GPtrArray) one = g_ptr_array_new();
	g_ptr_array_add(one, w);
	sw_watcher_check_all(f->watcher, one);
}

static guint
versions(Fixture *f, const gchar *name)
{
	g_autoptr(GPtrArray) log = sw_store_log(f->store, name, NULL, 0, NULL);
	return log->len;
}

/* A check's end runs on the thread that iterates the watcher's context,
 * even when that thread is busy elsewhere as the work ends: here it
 * iterates in short turns with sleeps between, the gaps in which a pool
 * thread, given g_main_context_invoke() on a free default context, ran the
 * end itself (a race, and `storywatch check` then slept in poll for good) */
static void
test_ends_on_its_own_thread(void **state)
{
	Fixture *f = *state;
	g_autoptr(SwWatch) w = watch(f, "ferry", "/story.html");
	gint64 deadline = g_get_monotonic_time() + 30 * G_USEC_PER_SEC;

	serve(f, 1);
	sw_watcher_check(f->watcher, w);
	while (sw_watcher_get_busy(f->watcher) > 0 && g_get_monotonic_time() < deadline) {
		g_main_context_iteration(NULL, FALSE);
		g_usleep(20 * 1000);
	}
	assert_int_equal(sw_watcher_get_busy(f->watcher), 0);
	assert_int_equal(f->last, SW_CHECK_FIRST);
	assert_true(f->report_thread == g_thread_self());
}

static void
test_lifecycle(void **state)
{
	Fixture *f = *state;
	g_autoptr(SwWatch) w = watch(f, "ferry", "/story.html");
	g_autoptr(GBytes) story = NULL;
	g_autofree gchar *hook_out = g_build_filename(f->dir, "hook.json", NULL);
	g_autofree gchar *hook_text = g_strdup_printf("#!/bin/sh\ncat > '%s'\n", hook_out);
	g_autofree gchar *hook = g_build_filename(f->hooks, "on-change", NULL);
	g_autofree gchar *json = NULL;
	SwWatchState *ws;

	sw_test_write(f->hooks, "on-change", hook_text);
	g_chmod(hook, 0755);

	serve(f, 1);
	check(f, w);
	assert_int_equal(f->last, SW_CHECK_FIRST);
	assert_int_equal(versions(f, "ferry"), 1);
	story = sw_store_read(f->store, NULL, "ferry/story.txt", NULL);
	assert_true(g_str_has_prefix(g_bytes_get_data(story, NULL),
				     "Bellhaven and Norvik Marine near deal on new ferry terminal\n\nThe Port"));
	/* a first snapshot notifies nobody */
	assert_false(g_file_test(hook_out, G_FILE_TEST_EXISTS));
	ws = sw_state_lookup(f->state, "ferry");
	assert_non_null(ws->etag);
	assert_int_equal(ws->failures, 0);
	assert_true(ws->next_due > ws->last_check);

	/* unchanged bytes: the server answers 304 */
	check(f, w);
	assert_int_equal(f->last, SW_CHECK_NOT_MODIFIED);
	assert_int_equal(versions(f, "ferry"), 1);

	/* only the furniture moved */
	serve(f, 2);
	check(f, w);
	assert_int_equal(f->last, SW_CHECK_UNCHANGED);
	assert_int_equal(versions(f, "ferry"), 1);

	/* the story changed */
	serve(f, 3);
	check(f, w);
	assert_int_equal(f->last, SW_CHECK_CHANGED);
	/* the lede's amount changed: the story's key number */
	assert_int_equal(f->last_sig, SW_SIGNIFICANCE_MAJOR);
	assert_true(g_str_has_prefix(f->last_summary, "amount $48 million → $84 million; "));
	assert_true(f->last_notified);
	assert_int_equal(versions(f, "ferry"), 2);
	assert_true(g_file_get_contents(hook_out, &json, NULL, NULL));
	assert_non_null(strstr(json, "\"story\": \"ferry\""));
	assert_non_null(strstr(json, "\"commit\": \""));
	assert_non_null(strstr(json, "\"significance\": \"major\""));
	assert_non_null(strstr(json, "\"kind\": \"amount\""));
	assert_non_null(strstr(json, "$84"));
	/* four checks of the page, and robots.txt once: its rules are kept a day */
	assert_int_equal(sw_test_httpd_requests(&f->httpd), 5);

	/* back to the first version within the day: a flip-flop, committed
	 * and named, not told again */
	g_remove(hook_out);
	serve(f, 1);
	check(f, w);
	assert_int_equal(f->last, SW_CHECK_CHANGED);
	assert_int_equal(versions(f, "ferry"), 3);
	assert_true(g_str_has_prefix(f->last_summary, "flip-flop: back to the version of "));
	assert_false(f->last_notified);
	assert_false(g_file_test(hook_out, G_FILE_TEST_EXISTS));
	{
		g_autoptr(GPtrArray) log = sw_store_log(f->store, "ferry", NULL, 1, NULL);
		const SwLogEntry *e = g_ptr_array_index(log, 0);
		assert_non_null(strstr(e->body, "Flip-Flop: "));
	}
}

static void
test_failures_back_off(void **state)
{
	Fixture *f = *state;
	g_autoptr(SwWatch) w = watch(f, "broken", "/_status/500");
	g_autoptr(SwWatch) gone = watch(f, "gone", "/_status/404");
	SwWatchState *ws;
	gint64 first_due;

	check(f, w);
	assert_int_equal(f->last, SW_CHECK_FAILED);
	assert_non_null(strstr(f->last_error, "HTTP 500"));
	ws = sw_state_lookup(f->state, "broken");
	assert_int_equal(ws->failures, 1);
	first_due = ws->next_due - ws->last_check;
	check(f, w);
	check(f, w);
	assert_int_equal(ws->failures, 3);
	assert_true(ws->next_due - ws->last_check >= 4 * 1800);
	assert_true(first_due >= 1800);
	assert_int_equal(versions(f, "broken"), 0);

	/* permanent: parked until the watch itself changes */
	check(f, gone);
	ws = sw_state_lookup(f->state, "gone");
	assert_non_null(ws->watch_digest);
	assert_false(sw_watcher_is_due(f->state, gone, ws->last_check + 3600));
	g_free(gone->url);
	gone->url = sw_test_httpd_url(&f->httpd, "/elsewhere.html");
	assert_true(sw_watcher_is_due(f->state, gone, ws->last_check + 3600));
}

static void
test_empty_keeps_last_version(void **state)
{
	Fixture *f = *state;
	g_autoptr(SwWatch) w = watch(f, "ferry", "/story.html");

	serve(f, 1);
	check(f, w);
	assert_int_equal(f->last, SW_CHECK_FIRST);
	/* a selector that stops matching must not erase the story */
	w->select = g_strdup("#gone");
	serve(f, 3);
	check(f, w);
	assert_int_equal(f->last, SW_CHECK_EMPTY);
	assert_int_equal(versions(f, "ferry"), 1);
}

static void
test_due(void **state)
{
	Fixture *f = *state;
	g_autoptr(SwWatch) w = watch(f, "new", "/x.html");
	SwWatchState *ws;

	assert_true(sw_watcher_is_due(f->state, w, 1000));
	ws = sw_state_get(f->state, "new");
	ws->next_due = 2000;
	assert_false(sw_watcher_is_due(f->state, w, 1999));
	assert_true(sw_watcher_is_due(f->state, w, 2000));
}

static void
write_dated_page(Fixture *f, const gchar *file, GDateTime *published)
{
	g_autofree gchar *day = g_date_time_format(published, "%Y-%m-%d");
	g_autofree gchar *html = g_strdup_printf(
	    "<html><head><title>Ferry</title>"
	    "<meta property=\"article:published_time\" content=\"%s\"></head>"
	    "<body><article><p>The harbor board voted on Tuesday to keep the night ferry "
	    "running through the winter, after a long debate.</p></article></body></html>",
	    day);
	g_autofree gchar *path = g_build_filename(f->www, file, NULL);
	g_assert_true(g_file_set_contents(path, html, -1, NULL));
}

/* every = auto: the story's age, from its own date, sets the pace; a story
 * older than max_age is checked no more */
static void
test_auto_by_age(void **state)
{
	Fixture *f = *state;
	g_autoptr(GDateTime) now = g_date_time_new_now_utc();
	g_autoptr(GDateTime) two_days = g_date_time_add_days(now, -2);
	g_autoptr(GDateTime) old = g_date_time_add_days(now, -60);
	g_autoptr(SwWatch) fresh = watch(f, "fresh", "/fresh.html");
	g_autoptr(SwWatch) stale = watch(f, "stale", "/stale.html");
	SwWatchState *ws;
	gint64 gap;

	for (SwWatch **w = (SwWatch *[]){fresh, stale, NULL}; *w != NULL; w++) {
		(*w)->every_auto = TRUE;
		(*w)->every = sw_schedule_auto_interval(0);
		(*w)->max_age = SW_WATCH_DEFAULT_MAX_AGE;
	}
	write_dated_page(f, "fresh.html", two_days);
	write_dated_page(f, "stale.html", old);

	check(f, fresh);
	assert_int_equal(f->last, SW_CHECK_FIRST);
	ws = sw_state_lookup(f->state, "fresh");
	gap = ws->next_due - ws->last_check;
	/* two days old: every two hours, plus at most a tenth of jitter */
	assert_true(gap >= 2 * 3600 && gap <= 2 * 3600 + 720);

	check(f, stale);
	assert_int_equal(f->last, SW_CHECK_FIRST);
	ws = sw_state_lookup(f->state, "stale");
	assert_non_null(strstr(ws->last_result, "stopped: older than 30d"));
	assert_false(sw_watcher_is_due(f->state, stale, ws->last_check + 365 * 24 * 3600));
	/* editing the watch starts it again */
	stale->max_age = 0;
	assert_true(sw_watcher_is_due(f->state, stale, ws->last_check + 3600));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_lifecycle, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_ends_on_its_own_thread, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_failures_back_off, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_empty_keeps_last_version, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_due, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_auto_by_age, setup, teardown),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
