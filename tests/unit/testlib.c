/* SPDX-License-Identifier: MIT
 *
 * Shared test plumbing. The log writer counts rather than aborts: cmocka
 * cannot catch SIGABRT, so a fatal critical would end the whole binary and
 * hide the later tests; teardowns assert the count instead, and at exit a
 * binary with warnings nobody expected fails even where no teardown looked.
 */
#include "testlib.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static guint sw_test_warning_count;

static GLogWriterOutput
sw_test_writer(GLogLevelFlags level, const GLogField *fields, gsize n_fields, gpointer user_data)
{
	(void)user_data;
	if (level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
		g_atomic_int_inc(&sw_test_warning_count);
	return g_log_writer_default(level, fields, n_fields, NULL);
}

static void
sw_test_check_at_exit(void)
{
	guint n = sw_test_warnings();

	if (n > 0) {
		fprintf(stderr, "%u warning(s) or critical(s) logged that no test expected\n", n);
		_exit(1);
	}
}

void
sw_test_init(void)
{
	atexit(sw_test_check_at_exit);
	g_log_set_writer_func(sw_test_writer, NULL, NULL);
	g_log_writer_default_set_use_stderr(TRUE);
	/* as the programs do: a hook that ignores stdin must not kill us */
	signal(SIGPIPE, SIG_IGN);
	/* never reach the developer's desktop from a unit test */
	g_unsetenv("DBUS_SESSION_BUS_ADDRESS");
	g_unsetenv("DISPLAY");
	g_unsetenv("WAYLAND_DISPLAY");
}

guint
sw_test_warnings(void)
{
	return (guint)g_atomic_int_get(&sw_test_warning_count);
}

void
sw_test_reset_warnings(void)
{
	g_atomic_int_set(&sw_test_warning_count, 0);
}

void
sw_test_forget_warnings(guint n)
{
	g_assert_cmpuint(sw_test_warnings(), >=, n);
	g_atomic_int_add(&sw_test_warning_count, -(gint)n);
}

gchar *
sw_test_tmpdir(void)
{
	g_autoptr(GError) error = NULL;
	gchar *dir = g_dir_make_tmp("sw-test-XXXXXX", &error);
	g_assert_no_error(error);
	return dir;
}

void
sw_test_rmtree(const gchar *path)
{
	g_autoptr(GDir) dir = NULL;
	const gchar *name;

	if (path == NULL)
		return;
	dir = g_dir_open(path, 0, NULL);
	if (dir == NULL) {
		g_unlink(path);
		return;
	}
	while ((name = g_dir_read_name(dir)) != NULL) {
		g_autofree gchar *child = g_build_filename(path, name, NULL);
		if (g_file_test(child, G_FILE_TEST_IS_DIR) && !g_file_test(child, G_FILE_TEST_IS_SYMLINK))
			sw_test_rmtree(child);
		else
			g_unlink(child);
	}
	g_rmdir(path);
}

gchar *
sw_test_source_path(const gchar *rel)
{
	return g_build_filename(SW_SOURCE_DIR, rel, NULL);
}

gchar *
sw_test_shared_path(const gchar *rel)
{
	g_autofree gchar *p = g_build_filename(SW_SOURCE_DIR, "..", "shared", rel, NULL);
	if (!g_file_test(p, G_FILE_TEST_EXISTS))
		return NULL;
	return g_steal_pointer(&p);
}

gboolean
sw_test_httpd_start(SwTestHttpd *httpd, const gchar *root)
{
	g_autofree gchar *self = g_file_read_link("/proc/self/exe", NULL);
	g_autofree gchar *dir = g_path_get_dirname(self);
	g_autofree gchar *bin = g_build_filename(dir, "sw-httpd", NULL);
	g_autofree gchar *out = NULL;
	gint out_fd = -1;
	gchar buf[32] = {0};
	gssize n;
	g_autoptr(GError) error = NULL;
	gchar *argv[] = {bin, (gchar *)"--log", NULL, (gchar *)root, NULL};

	memset(httpd, 0, sizeof(*httpd));
	httpd->log = g_build_filename(root, ".requests.log", NULL);
	argv[2] = httpd->log;
	if (!g_spawn_async_with_pipes(NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &httpd->pid, NULL,
				      &out_fd, NULL, &error)) {
		g_printerr("cannot start %s: %s\n", bin, error->message);
		return FALSE;
	}
	/* the port is the first line it prints */
	n = read(out_fd, buf, sizeof(buf) - 1);
	close(out_fd);
	if (n <= 0)
		return FALSE;
	httpd->port = (guint16)g_ascii_strtoull(buf, NULL, 10);
	return httpd->port != 0;
}

void
sw_test_httpd_stop(SwTestHttpd *httpd)
{
	if (httpd->pid > 0) {
		kill(httpd->pid, SIGTERM);
		waitpid(httpd->pid, NULL, 0);
		g_spawn_close_pid(httpd->pid);
	}
	httpd->pid = 0;
	g_clear_pointer(&httpd->log, g_free);
}

gchar *
sw_test_httpd_url(SwTestHttpd *httpd, const gchar *path)
{
	return g_strdup_printf("http://127.0.0.1:%u%s", httpd->port, path);
}

guint
sw_test_httpd_requests(SwTestHttpd *httpd)
{
	g_autofree gchar *data = NULL;
	guint n = 0;

	if (!g_file_get_contents(httpd->log, &data, NULL, NULL))
		return 0;
	for (const gchar *p = data; *p != '\0'; p++)
		n += *p == '\n';
	return n;
}

void
sw_test_write(const gchar *dir, const gchar *name, const gchar *text)
{
	g_autofree gchar *path = g_build_filename(dir, name, NULL);
	g_autofree gchar *parent = g_path_get_dirname(path);
	g_autoptr(GError) error = NULL;

	g_mkdir_with_parents(parent, 0755);
	g_file_set_contents(path, text, -1, &error);
	g_assert_no_error(error);
}
