/* SPDX-License-Identifier: MIT
 * Schedule state: round trip, missing file, atomic replacement. */
#include "testlib.h"

#include "sw/state.h"

static void
test_round_trip(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *path = g_build_filename(dir, "sub", "state.ini", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwState) s = sw_state_load(path, &error);
	g_autoptr(SwState) t = NULL;
	SwWatchState *ws;
	g_autoptr(GDir) d = NULL;
	g_autofree gchar *sub = g_build_filename(dir, "sub", NULL);
	const gchar *name;

	(void)state;
	assert_non_null(s);
	assert_null(sw_state_lookup(s, "a"));
	ws = sw_state_get(s, "a");
	ws->last_check = 1414100000;
	ws->next_due = 1414101800;
	ws->failures = 3;
	sw_watch_state_set_string(&ws->etag, "\"abc;def\"");
	sw_watch_state_set_string(&ws->last_modified, "Fri, 24 Oct 2014 10:00:00 GMT");
	sw_watch_state_set_string(&ws->last_result, "failed: HTTP 500 = bad\nsecond line");
	sw_state_get(s, "b");
	assert_true(sw_state_save(s, &error));
	t = sw_state_load(path, &error);
	assert_non_null(t);
	ws = sw_state_lookup(t, "a");
	assert_non_null(ws);
	assert_int_equal(ws->last_check, 1414100000);
	assert_int_equal(ws->next_due, 1414101800);
	assert_int_equal(ws->failures, 3);
	assert_string_equal(ws->etag, "\"abc;def\"");
	assert_string_equal(ws->last_modified, "Fri, 24 Oct 2014 10:00:00 GMT");
	assert_string_equal(ws->last_result, "failed: HTTP 500 = bad\nsecond line");
	assert_null(ws->body_hash);
	assert_non_null(sw_state_lookup(t, "b"));
	sw_state_forget(t, "b");
	assert_null(sw_state_lookup(t, "b"));
	/* no temporary file left beside it */
	d = g_dir_open(sub, 0, NULL);
	while ((name = g_dir_read_name(d)) != NULL)
		assert_string_equal(name, "state.ini");
	sw_test_rmtree(dir);
}

static void
test_corrupt(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autoptr(GError) error = NULL;
	g_autofree gchar *path = g_build_filename(dir, "state.ini", NULL);
	g_autoptr(SwState) s = NULL;

	(void)state;
	sw_test_write(dir, "state.ini", "this is [not a key file\n");
	s = sw_state_load(path, &error);
	assert_null(s);
	assert_non_null(error);
	sw_test_rmtree(dir);
}

/* muted stories: a list of names, set and unset, "a/b" not "a" */
static void
test_muted(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *path = g_build_filename(dir, "storywatch", "muted", NULL);
	g_autoptr(GError) error = NULL;

	(void)state;
	assert_false(sw_state_is_muted(path, "ferry"));
	assert_true(sw_state_set_muted(path, "ferry", TRUE, &error));
	assert_true(sw_state_set_muted(path, "pact/thehill", TRUE, &error));
	assert_true(sw_state_set_muted(path, "ferry", TRUE, &error)); /* twice: once */
	assert_true(sw_state_is_muted(path, "ferry"));
	assert_true(sw_state_is_muted(path, "pact/thehill"));
	assert_false(sw_state_is_muted(path, "pact"));
	assert_false(sw_state_is_muted(path, "ferr"));
	assert_true(sw_state_set_muted(path, "ferry", FALSE, &error));
	assert_false(sw_state_is_muted(path, "ferry"));
	assert_true(sw_state_is_muted(path, "pact/thehill"));
	{
		g_autofree gchar *data = NULL;
		assert_true(g_file_get_contents(path, &data, NULL, NULL));
		assert_string_equal(data, "pact/thehill\n");
	}
	sw_test_rmtree(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_round_trip),
	    cmocka_unit_test(test_corrupt),
	    cmocka_unit_test(test_muted),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
