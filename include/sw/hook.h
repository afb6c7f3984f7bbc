/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* User hooks, in the spirit of git hooks: an executable gets the change as
 * JSON on stdin and a few STORYWATCH_* variables in a clean environment.
 * Nothing from a page ever reaches its argv or a shell. */

#define SW_HOOK_DEFAULT_TIMEOUT 30

typedef struct {
	const gchar *story;
	const gchar *url;
	const gchar *commit;
	const gchar *significance;
	const gchar *event;   /* change, alert or error */
	const gchar *summary; /* the change (or the error) in one line */
} SwHookEnv;

/* the hook points, as files in the hooks folder */
#define SW_HOOK_ON_CHANGE "on-change" /* every committed change */
#define SW_HOOK_ON_ALERT  "on-alert"  /* changes at or above the watch's threshold */
#define SW_HOOK_ON_ERROR  "on-error"  /* a watch that starts failing */

/* the executable @name in @dir, or NULL */
gchar *
sw_hook_find(const gchar *dir, const gchar *name);

/* Runs @path with @input on stdin and waits (the process must ignore
 * SIGPIPE: a hook may close stdin unread), killing it after @timeout
 * seconds (0: default). @out_status gets its wait status (nullable),
 * @out_stderr what it wrote to stderr (nullable, at most 64 KiB). FALSE
 * when it could not start, timed out, or exited non-zero. */
gboolean
sw_hook_run(const gchar *path,
	    const gchar *input,
	    const SwHookEnv *env,
	    guint timeout,
	    gint *out_status,
	    gchar **out_stderr,
	    GError **error);

G_END_DECLS
