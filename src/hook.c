/* SPDX-License-Identifier: MIT
 *
 * Running user hooks. A hook is an executable named for its hook point
 * (on-change) in the hooks folder, or named by the watch. It gets the
 * change as JSON on stdin and STORYWATCH_* variables in an environment
 * built from scratch; its argv is only its own path, so nothing from a
 * page reaches a shell. It runs in its own process group so that a timeout
 * kills whatever it started, and no descriptor of ours leaks into it.
 */
#define G_LOG_DOMAIN "storywatch-hook"

#include "sw/hook.h"

#include <gio/gio.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "sw/error.h"

#define SW_HOOK_OUTPUT_MAX (64 * 1024)
/* after a kill, how long to wait for the pipes to close */
#define SW_HOOK_GRACE 2

gchar *
sw_hook_find(const gchar *dir, const gchar *name)
{
	g_autofree gchar *path = NULL;

	if (dir == NULL)
		return NULL;
	path = g_build_filename(dir, name, NULL);
	if (!g_file_test(path, G_FILE_TEST_IS_REGULAR) || access(path, X_OK) != 0)
		return NULL;
	return g_steal_pointer(&path);
}

typedef struct {
	guint pending; /* stdin written, output read to its end, exit seen */
	gboolean timed_out;
	GByteArray *output;
	GSubprocess *proc;
	GCancellable *cancel;
} SwHookState;

static void
sw_hook_write_cb(GObject *source, GAsyncResult *res, gpointer user_data)
{
	SwHookState *st = user_data;

	/* a hook may exit without reading: a broken pipe is not a failure */
	g_output_stream_write_all_finish(G_OUTPUT_STREAM(source), res, NULL, NULL);
	g_output_stream_close(G_OUTPUT_STREAM(source), NULL, NULL);
	st->pending--;
}

static void
sw_hook_read_cb(GObject *source, GAsyncResult *res, gpointer user_data)
{
	SwHookState *st = user_data;
	g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish(G_INPUT_STREAM(source), res, NULL);

	if (chunk == NULL || g_bytes_get_size(chunk) == 0) {
		st->pending--;
		return;
	}
	/* keep the first 64 KiB, drain the rest so the hook never blocks */
	if (st->output->len < SW_HOOK_OUTPUT_MAX) {
		gsize n = MIN(g_bytes_get_size(chunk), SW_HOOK_OUTPUT_MAX - st->output->len);
		g_byte_array_append(st->output, g_bytes_get_data(chunk, NULL), (guint)n);
	}
	g_input_stream_read_bytes_async(G_INPUT_STREAM(source), 8192, G_PRIORITY_DEFAULT, st->cancel,
					sw_hook_read_cb, st);
}

static void
sw_hook_wait_cb(GObject *source, GAsyncResult *res, gpointer user_data)
{
	SwHookState *st = user_data;

	g_subprocess_wait_finish(G_SUBPROCESS(source), res, NULL);
	st->pending--;
}

static void
sw_hook_kill_group(SwHookState *st)
{
	const gchar *id = g_subprocess_get_identifier(st->proc);
	gint64 pid = id != NULL ? g_ascii_strtoll(id, NULL, 10) : 0;

	/* the whole group: a shell hook's children hold our pipes open */
	if (pid > 1)
		kill(-(pid_t)pid, SIGKILL);
	g_subprocess_force_exit(st->proc);
}

static gboolean
sw_hook_timeout_cb(gpointer user_data)
{
	SwHookState *st = user_data;

	st->timed_out = TRUE;
	sw_hook_kill_group(st);
	return G_SOURCE_REMOVE;
}

static gboolean
sw_hook_deadline_cb(gpointer user_data)
{
	SwHookState *st = user_data;

	/* something escaped the group and keeps the pipe open: stop reading */
	g_cancellable_cancel(st->cancel);
	sw_hook_kill_group(st);
	return G_SOURCE_REMOVE;
}

static void
sw_hook_child_setup(gpointer user_data)
{
	(void)user_data;
	setpgid(0, 0);
}

static gchar **
sw_hook_environ(const SwHookEnv *env)
{
	g_autoptr(GStrvBuilder) b = g_strv_builder_new();
	const gchar *lang = g_getenv("LANG");
	const gchar *tz = g_getenv("TZ");

	const gchar *vars[][2] = {
	    {"HOME", g_get_home_dir()},
	    {"LANG", lang},
	    {"TZ", tz},
	    {"STORYWATCH_STORY", env != NULL ? env->story : NULL},
	    {"STORYWATCH_URL", env != NULL ? env->url : NULL},
	    {"STORYWATCH_COMMIT", env != NULL ? env->commit : NULL},
	    {"STORYWATCH_SIGNIFICANCE", env != NULL ? env->significance : NULL},
	    {"STORYWATCH_EVENT", env != NULL ? env->event : NULL},
	    {"STORYWATCH_SUMMARY", env != NULL ? env->summary : NULL},
	};

	g_strv_builder_add(b, "PATH=/usr/local/bin:/usr/bin:/bin");
	for (guint i = 0; i < G_N_ELEMENTS(vars); i++) {
		g_autofree gchar *kv = NULL;
		if (vars[i][1] == NULL)
			continue;
		kv = g_strdup_printf("%s=%s", vars[i][0], vars[i][1]);
		g_strv_builder_add(b, kv);
	}
	return g_strv_builder_end(b);
}

gboolean
sw_hook_run(const gchar *path,
	    const gchar *input,
	    const SwHookEnv *env,
	    guint timeout,
	    gint *out_status,
	    gchar **out_stderr,
	    GError **error)
{
	g_autoptr(GMainContext) ctx = g_main_context_new();
	g_autoptr(GSubprocessLauncher) launcher = NULL;
	g_autoptr(GSubprocess) proc = NULL;
	g_autoptr(GBytes) stdin_bytes = g_bytes_new(input != NULL ? input : "",
						    input != NULL ? strlen(input) : 0);
	g_autoptr(GCancellable) cancel = g_cancellable_new();
	g_auto(GStrv) envp = sw_hook_environ(env);
	g_autoptr(GSource) timer = NULL;
	g_autoptr(GSource) deadline = NULL;
	g_autofree gchar *dir = g_path_get_dirname(path);
	g_autofree gchar *base = g_path_get_basename(path);
	g_autoptr(GError) error_local = NULL;
	SwHookState st = {0};
	gint status = -1;
	gboolean ok;

	g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

	if (timeout == 0)
		timeout = SW_HOOK_DEFAULT_TIMEOUT;
	g_main_context_push_thread_default(ctx);
	launcher = g_subprocess_launcher_new(G_SUBPROCESS_FLAGS_STDIN_PIPE |
					     G_SUBPROCESS_FLAGS_STDOUT_PIPE |
					     G_SUBPROCESS_FLAGS_STDERR_MERGE);
	g_subprocess_launcher_set_environ(launcher, envp);
	g_subprocess_launcher_set_cwd(launcher, dir);
	g_subprocess_launcher_set_child_setup(launcher, sw_hook_child_setup, NULL, NULL);
	proc = g_subprocess_launcher_spawn(launcher, &error_local, path, NULL);
	if (proc == NULL) {
		g_main_context_pop_thread_default(ctx);
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "hook %s could not start: %s", path,
			    error_local->message);
		return FALSE;
	}
	st.proc = proc;
	st.cancel = cancel;
	st.output = g_byte_array_new();
	st.pending = 3;
	g_output_stream_write_all_async(g_subprocess_get_stdin_pipe(proc),
					g_bytes_get_data(stdin_bytes, NULL),
					g_bytes_get_size(stdin_bytes), G_PRIORITY_DEFAULT, cancel,
					sw_hook_write_cb, &st);
	g_input_stream_read_bytes_async(g_subprocess_get_stdout_pipe(proc), 8192, G_PRIORITY_DEFAULT,
					cancel, sw_hook_read_cb, &st);
	g_subprocess_wait_async(proc, NULL, sw_hook_wait_cb, &st);
	timer = g_timeout_source_new_seconds(timeout);
	g_source_set_callback(timer, sw_hook_timeout_cb, &st, NULL);
	g_source_attach(timer, ctx);
	deadline = g_timeout_source_new_seconds(timeout + SW_HOOK_GRACE);
	g_source_set_callback(deadline, sw_hook_deadline_cb, &st, NULL);
	g_source_attach(deadline, ctx);
	while (st.pending > 0)
		g_main_context_iteration(ctx, TRUE);
	g_source_destroy(timer);
	g_source_destroy(deadline);
	g_main_context_pop_thread_default(ctx);

	if (g_subprocess_get_if_exited(proc))
		status = g_subprocess_get_exit_status(proc);
	if (out_status != NULL)
		*out_status = g_subprocess_get_status(proc);
	if (out_stderr != NULL)
		*out_stderr = st.output->len > 0
				  ? g_utf8_make_valid((const gchar *)st.output->data, st.output->len)
				  : g_strdup("");
	g_byte_array_unref(st.output);

	if (st.timed_out) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "hook %s timed out after %us and was killed",
			    base, timeout);
		ok = FALSE;
	} else if (status != 0) {
		if (g_subprocess_get_if_signaled(proc))
			g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "hook %s killed by signal %d",
				    base, g_subprocess_get_term_sig(proc));
		else
			g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "hook %s exited with status %d",
				    base, status);
		ok = FALSE;
	} else {
		ok = TRUE;
	}
	return ok;
}
