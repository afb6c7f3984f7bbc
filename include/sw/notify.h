/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/significance.h"

G_BEGIN_DECLS

/* Desktop notifications through libnotify. Text from pages is escaped
 * here: the body is Pango-like markup for most servers. */

/* Shows one notification: @story as summary, @body (plain text) escaped
 * as body, urgency from @sig (major is critical), an "Open" action for
 * @url (nullable) where the server has actions. A story's notification
 * replaces its previous one still on screen. Past five a minute, stories
 * wait for the digest sw_notify_flush() shows. Fails (never blocks for
 * long) when no notification server answers. */
gboolean
sw_notify_desktop(const gchar *story, const gchar *body, SwSignificance sig, const gchar *url,
		  GError **error);

/* @action is "changes" (show the story's changes) or "mute" */
typedef void (*SwNotifyActionFunc)(const gchar *story, const gchar *action, gpointer user_data);

/* A process that stays to hear them (the service) offers "Show changes"
 * and "Mute story" on each story's notification; @func runs in the main
 * loop when one is chosen. NULL: no such actions. */
void
sw_notify_set_action_handler(SwNotifyActionFunc func, gpointer user_data);

/* a change of @source of @story (a story told by several sources): one
 * notification for the story, its body naming each source that changed in
 * this pass (until sw_notify_flush) */
gboolean
sw_notify_source(const gchar *story, const gchar *source, const gchar *body, SwSignificance sig,
		 const gchar *url, GError **error);

/* one notification for the stories held back by the rate limit, if any;
 * ends the pass */
gboolean
sw_notify_flush(GError **error);

/* @text with &, <, >, ', " escaped for notification markup */
gchar *
sw_notify_escape(const gchar *text);

void
sw_notify_shutdown(void);

G_END_DECLS
