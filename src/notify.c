/* SPDX-License-Identifier: MIT
 *
 * Desktop notifications through libnotify (the freedesktop notification
 * service on the session bus). Page text is escaped before it goes into
 * the body, which servers read as markup. With no server on the bus the
 * call fails quickly and the caller logs it: storywatch goes on.
 */
#define G_LOG_DOMAIN "storywatch-notify"

#include "sw/notify.h"

#include <libnotify/notify.h>

#include "sw/error.h"

/* libnotify 0.8.1 defines no autoptr for its notification */
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NotifyNotification, g_object_unref)

#define SW_NOTIFY_BODY_MAX 400

gchar *
sw_notify_escape(const gchar *text)
{
	return g_markup_escape_text(text, -1);
}

static NotifyUrgency
sw_notify_urgency(SwSignificance sig)
{
	if (sig >= SW_SIGNIFICANCE_MAJOR)
		return NOTIFY_URGENCY_CRITICAL;
	if (sig >= SW_SIGNIFICANCE_SUBSTANTIVE)
		return NOTIFY_URGENCY_NORMAL;
	return NOTIFY_URGENCY_LOW;
}

gboolean
sw_notify_desktop(const gchar *story, const gchar *body, SwSignificance sig, GError **error)
{
	g_autoptr(NotifyNotification) n = NULL;
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *clipped = NULL;
	g_autofree gchar *escaped = NULL;

	g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

	if (!notify_is_initted() && !notify_init("storywatch")) {
		g_set_error_literal(error, SW_ERROR, SW_ERROR_FAILED,
				    "cannot initialise desktop notifications");
		return FALSE;
	}
	if (g_getenv("DBUS_SESSION_BUS_ADDRESS") == NULL && g_getenv("DISPLAY") == NULL &&
	    g_getenv("XDG_RUNTIME_DIR") == NULL) {
		g_set_error_literal(error, SW_ERROR, SW_ERROR_FAILED, "no desktop session bus");
		return FALSE;
	}
	if (g_utf8_strlen(body, -1) > SW_NOTIFY_BODY_MAX) {
		g_autofree gchar *head = g_utf8_substring(body, 0, SW_NOTIFY_BODY_MAX);
		clipped = g_strconcat(head, "…", NULL);
	} else {
		clipped = g_strdup(body);
	}
	escaped = sw_notify_escape(clipped);
	/* the summary is plain text by the spec; the body is markup */
	n = notify_notification_new(story, escaped, "dialog-information");
	notify_notification_set_app_name(n, "storywatch");
	notify_notification_set_urgency(n, sw_notify_urgency(sig));
	notify_notification_set_category(n, "x-storywatch.change");
	if (!notify_notification_show(n, &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "desktop notification: %s",
			    error_local->message);
		return FALSE;
	}
	return TRUE;
}

void
sw_notify_shutdown(void)
{
	if (notify_is_initted())
		notify_uninit();
}
