/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `storywatch run`: one GMainLoop for timers, fetches and signals. Each
 * watch is checked on its own interval; SIGTERM/SIGINT stop after the
 * commit in flight; SIGHUP reloads the watchlist. */

typedef struct {
	const gchar *config_path;
	const gchar *repo_path;
	const gchar *hooks_dir;
} SwServiceOptions;

/* returns when stopped by a signal (TRUE) or on a fatal error (FALSE) */
gboolean
sw_service_run(const SwServiceOptions *opts, GError **error);

/* the pid of the service running on @repo_path's repository, or 0: it
 * writes storywatch/service.pid in the git dir while it runs */
gint
sw_service_running_pid(const gchar *pid_path);

/* the systemd user unit that runs `@exec_path run` */
gchar *
sw_service_unit(const gchar *exec_path);

G_END_DECLS
