/* SPDX-License-Identifier: MIT
 * Hooks: JSON on stdin, STORYWATCH_* in a clean environment, argv never
 * built from page text, timeouts that kill the whole process group, exit
 * statuses reported, no descriptors inherited. */
#include "testlib.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "sw/hook.h"

typedef struct {
	gchar *dir;
} Fixture;

static int
setup(void **state)
{
	Fixture *f = g_new0(Fixture, 1);
	f->dir = sw_test_tmpdir();
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
	g_free(f);
	assert_int_equal(sw_test_warnings(), 0);
	return 0;
}

static gchar *
script(Fixture *f, const gchar *name, const gchar *body)
{
	g_autofree gchar *text = g_strdup_printf("#!/bin/sh\n%s\n", body);
	gchar *path = g_build_filename(f->dir, name, NULL);
	sw_test_write(f->dir, name, text);
	g_chmod(path, 0755);
	return path;
}

static gchar *
slurp(Fixture *f, const gchar *name)
{
	g_autofree gchar *p = g_build_filename(f->dir, name, NULL);
	gchar *data = NULL;
	g_file_get_contents(p, &data, NULL, NULL);
	return data;
}

static void
test_input_and_env(void **state)
{
	Fixture *f = *state;
	g_autofree gchar *hook = script(f, "on-change",
					"cat > stdin.out\n"
					"env | sort > env.out\n"
					"echo \"$#\" > argc.out\n"
					"echo to-stderr >&2");
	/* hostile text travels only as data */
	const gchar *json = "{\"summary\": \"$(touch pwned) `touch pwned2` <a href=x> & \\n\"}";
	SwHookEnv env = {"cyber-pact", "http://x/a?b=1&c=$(id)", "abc123", "major", "change",
			 "it said $(touch pwned3) `x`"};
	g_autoptr(GError) error = NULL;
	g_autofree gchar *err = NULL;
	g_autofree gchar *in = NULL;
	g_autofree gchar *envs = NULL;
	g_autofree gchar *argc = NULL;
	g_autofree gchar *pwned = g_build_filename(f->dir, "pwned", NULL);
	g_autofree gchar *pwned2 = g_build_filename(f->dir, "pwned2", NULL);
	gint status = -1;

	/* set before any thread exists (see main) */
	assert_true(sw_hook_run(hook, json, &env, 5, &status, &err, &error));
	assert_null(error);
	assert_int_equal(status, 0);
	assert_string_equal(err, "to-stderr\n");
	in = slurp(f, "stdin.out");
	assert_string_equal(in, json);
	envs = slurp(f, "env.out");
	assert_non_null(strstr(envs, "STORYWATCH_STORY=cyber-pact\n"));
	assert_non_null(strstr(envs, "STORYWATCH_URL=http://x/a?b=1&c=$(id)\n"));
	assert_non_null(strstr(envs, "STORYWATCH_COMMIT=abc123\n"));
	assert_non_null(strstr(envs, "STORYWATCH_SIGNIFICANCE=major\n"));
	assert_non_null(strstr(envs, "STORYWATCH_EVENT=change\n"));
	/* page text in a variable is data too: nothing runs it */
	assert_non_null(strstr(envs, "STORYWATCH_SUMMARY=it said $(touch pwned3) `x`\n"));
	assert_non_null(strstr(envs, "PATH=/usr/local/bin:/usr/bin:/bin\n"));
	/* nothing of ours leaks in */
	assert_null(strstr(envs, "SW_SECRET_TOKEN"));
	argc = slurp(f, "argc.out");
	assert_string_equal(argc, "0\n");
	assert_false(g_file_test(pwned, G_FILE_TEST_EXISTS));
	assert_false(g_file_test(pwned2, G_FILE_TEST_EXISTS));
}

static void
test_exit_status(void **state)
{
	Fixture *f = *state;
	g_autofree gchar *hook = script(f, "bad", "echo broken mailer >&2; exit 3");
	g_autoptr(GError) error = NULL;
	g_autofree gchar *err = NULL;

	assert_false(sw_hook_run(hook, "{}", NULL, 5, NULL, &err, &error));
	assert_non_null(strstr(error->message, "exited with status 3"));
	assert_string_equal(err, "broken mailer\n");
}

static void
test_ignores_stdin(void **state)
{
	Fixture *f = *state;
	g_autofree gchar *hook = script(f, "quiet", "exit 0");
	g_autoptr(GError) error = NULL;
	g_autoptr(GString) big = g_string_new(NULL);

	/* more than a pipe holds, to a hook that never reads it */
	for (guint i = 0; i < 20000; i++)
		g_string_append(big, "0123456789");
	assert_true(sw_hook_run(hook, big->str, NULL, 5, NULL, NULL, &error));
	assert_null(error);
}

/* running, not dead nor a zombie waiting for init to reap it */
static gboolean
alive(gint pid)
{
	g_autofree gchar *path = g_strdup_printf("/proc/%d/stat", pid);
	g_autofree gchar *stat = NULL;
	const gchar *paren;

	if (pid <= 1 || !g_file_get_contents(path, &stat, NULL, NULL))
		return FALSE;
	paren = strrchr(stat, ')');
	return paren != NULL && paren[1] == ' ' && paren[2] != 'Z' && paren[2] != 'X';
}

static void
test_timeout_kills_group(void **state)
{
	Fixture *f = *state;
	/* a child of the hook keeps running unless the whole group dies */
	g_autofree gchar *hook = script(f, "slow", "sleep 30 & echo $! > child.pid; sleep 30");
	g_autoptr(GError) error = NULL;
	g_autofree gchar *pid = NULL;
	gint64 start = g_get_monotonic_time();

	assert_false(sw_hook_run(hook, "{}", NULL, 1, NULL, NULL, &error));
	assert_non_null(strstr(error->message, "timed out after 1s"));
	assert_true(g_get_monotonic_time() - start < 6 * G_USEC_PER_SEC);
	pid = slurp(f, "child.pid");
	assert_non_null(pid);
	g_usleep(200 * 1000);
	assert_false(alive(atoi(pid)));
}

static void
test_no_inherited_fds(void **state)
{
	Fixture *f = *state;
	g_autofree gchar *hook = script(f, "fds", "exec ls /proc/self/fd > fds.out");
	g_autoptr(GError) error = NULL;
	g_autofree gchar *fds = NULL;
	g_autofree gchar *leak_path = g_build_filename(f->dir, "leak", NULL);
	gint leak = open(leak_path, O_CREAT | O_RDWR, 0600);
	g_auto(GStrv) lines = NULL;

	assert_true(leak >= 0);
	assert_true(sw_hook_run(hook, "{}", NULL, 5, NULL, NULL, &error));
	close(leak);
	fds = slurp(f, "fds.out");
	lines = g_strsplit(g_strstrip(fds), "\n", -1);
	/* 0, 1, 2 and the one ls opens to read the folder */
	assert_true(g_strv_length(lines) <= 4);
	for (guint i = 0; lines[i] != NULL; i++)
		assert_true(atoi(lines[i]) <= 3);
}

static void
test_find(void **state)
{
	Fixture *f = *state;
	g_autofree gchar *hook = script(f, "on-change", "exit 0");
	g_autofree gchar *found = sw_hook_find(f->dir, "on-change");
	g_autofree gchar *none = sw_hook_find(f->dir, "on-alert");
	g_autofree gchar *notexec = NULL;

	assert_string_equal(found, hook);
	assert_null(none);
	sw_test_write(f->dir, "plain", "x");
	notexec = sw_hook_find(f->dir, "plain");
	assert_null(notexec);
	assert_null(sw_hook_find(NULL, "on-change"));
}

static void
test_missing(void **state)
{
	Fixture *f = *state;
	g_autofree gchar *path = g_build_filename(f->dir, "nope", NULL);
	g_autoptr(GError) error = NULL;

	assert_false(sw_hook_run(path, "{}", NULL, 5, NULL, NULL, &error));
	assert_non_null(strstr(error->message, "could not start"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_input_and_env, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_exit_status, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_ignores_stdin, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_timeout_kills_group, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_no_inherited_fds, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_find, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_missing, setup, teardown),
	};
	g_setenv("SW_SECRET_TOKEN", "hunter2", TRUE);
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
