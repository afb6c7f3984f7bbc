/* SPDX-License-Identifier: MIT
 *
 * Desktop notifications through libnotify (the freedesktop notification
 * service on the session bus). Page text is escaped before it goes into
 * the body, which servers read as markup. With no server on the bus the
 * call fails quickly and the caller logs it: storywatch goes on.
 */
#define G_LOG_DOMAIN "storywatch-notify"

#include "sw/notify.h"

#include <gio/gio.h>
#include <libnotify/notify.h>

#include "sw/error.h"

/* libnotify 0.8.1 defines no autoptr for its notification */
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NotifyNotification, g_object_unref)

#define SW_NOTIFY_BODY_MAX 400
/* at most this many notifications a minute; the rest wait for a digest */
#define SW_NOTIFY_BURST	       5
#define SW_NOTIFY_BURST_WINDOW 60

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

/* Notifications shown in this process, by story: a new one for a story
 * replaces the last (its id is reused), so a story has one notification
 * on screen however often it changes. Shown ones within the last minute
 * are counted: past SW_NOTIFY_BURST, stories wait for one digest. */
typedef struct {
	GHashTable *shown;  /* story -> NotifyNotification */
	GQueue times;	    /* monotonic times of the last shows */
	GPtrArray *waiting; /* stories held for the digest */
	GHashTable *pass;   /* story -> what this pass told of it, for its sources */
} SwNotifyState;

static SwNotifyState sw_notify_state;

/* set by the service, which stays to hear them: "Show changes", "Mute story" */
static SwNotifyActionFunc sw_notify_action_func;
static gpointer sw_notify_action_data;

void
sw_notify_set_action_handler(SwNotifyActionFunc func, gpointer user_data)
{
	sw_notify_action_func = func;
	sw_notify_action_data = user_data;
}

static void
sw_notify_story_action_cb(NotifyNotification *n, gchar *action, gpointer user_data)
{
	(void)n;
	if (sw_notify_action_func != NULL)
		sw_notify_action_func(user_data, action, sw_notify_action_data);
}

static gboolean
sw_notify_init(GError **error)
{
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
	if (sw_notify_state.shown == NULL) {
		sw_notify_state.shown = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
							      g_object_unref);
		sw_notify_state.waiting = g_ptr_array_new_with_free_func(g_free);
		sw_notify_state.pass = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	}
	return TRUE;
}

static gboolean
sw_notify_server_has(const gchar *cap)
{
	GList *caps = notify_get_server_caps();
	gboolean found = g_list_find_custom(caps, cap, (GCompareFunc)g_strcmp0) != NULL;

	g_list_free_full(caps, g_free);
	return found;
}

/* "Open": the page, through the desktop's handler for its scheme */
static void
sw_notify_open_cb(NotifyNotification *n, gchar *action, gpointer user_data)
{
	const gchar *url = user_data;
	g_autoptr(GError) error = NULL;

	(void)n;
	(void)action;
	if (!g_app_info_launch_default_for_uri(url, NULL, &error))
		g_warning("opening %s: %s", url, error->message);
}

/* TRUE when a notification may be shown now; counts it */
static gboolean
sw_notify_take_slot(void)
{
	gint64 now = g_get_monotonic_time();

	while (!g_queue_is_empty(&sw_notify_state.times) &&
	       now - GPOINTER_TO_SIZE(g_queue_peek_head(&sw_notify_state.times)) >
		   SW_NOTIFY_BURST_WINDOW * G_USEC_PER_SEC)
		g_queue_pop_head(&sw_notify_state.times);
	if (g_queue_get_length(&sw_notify_state.times) >= SW_NOTIFY_BURST)
		return FALSE;
	g_queue_push_tail(&sw_notify_state.times, GSIZE_TO_POINTER((gsize)now));
	return TRUE;
}

static gboolean
sw_notify_show(const gchar *key, const gchar *summary, const gchar *body, SwSignificance sig,
	       const gchar *url, GError **error)
{
	NotifyNotification *n = g_hash_table_lookup(sw_notify_state.shown, key);
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *clipped = NULL;
	g_autofree gchar *escaped = NULL;

	if (g_utf8_strlen(body, -1) > SW_NOTIFY_BODY_MAX) {
		g_autofree gchar *head = g_utf8_substring(body, 0, SW_NOTIFY_BODY_MAX);
		clipped = g_strconcat(head, "…", NULL);
	} else {
		clipped = g_strdup(body);
	}
	escaped = sw_notify_escape(clipped);
	/* the summary is plain text by the spec; the body is markup */
	if (n == NULL) {
		n = notify_notification_new(summary, escaped, "dialog-information");
		g_hash_table_insert(sw_notify_state.shown, g_strdup(key), n);
	} else {
		notify_notification_update(n, summary, escaped, "dialog-information");
		notify_notification_clear_actions(n);
	}
	notify_notification_set_app_name(n, "storywatch");
	notify_notification_set_urgency(n, sw_notify_urgency(sig));
	notify_notification_set_category(n, "x-storywatch.change");
	if (url != NULL && sw_notify_server_has("actions"))
		notify_notification_add_action(n, "open", "Open", sw_notify_open_cb, g_strdup(url),
					       g_free);
	/* a story's own actions, when someone stays to hear them (not the digest) */
	if (sw_notify_action_func != NULL && key[0] != '\n' && sw_notify_server_has("actions")) {
		notify_notification_add_action(n, "changes", "Show changes", sw_notify_story_action_cb,
					       g_strdup(key), g_free);
		notify_notification_add_action(n, "mute", "Mute story", sw_notify_story_action_cb,
					       g_strdup(key), g_free);
	}
	if (!notify_notification_show(n, &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "desktop notification: %s",
			    error_local->message);
		return FALSE;
	}
	return TRUE;
}

gboolean
sw_notify_desktop(const gchar *story, const gchar *body, SwSignificance sig, const gchar *url,
		  GError **error)
{
	g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
	if (!sw_notify_init(error))
		return FALSE;
	/* a story already on screen is replaced, whatever the rate */
	if (!g_hash_table_contains(sw_notify_state.shown, story) && !sw_notify_take_slot()) {
		if (!g_ptr_array_find_with_equal_func(sw_notify_state.waiting, story, g_str_equal, NULL))
			g_ptr_array_add(sw_notify_state.waiting, g_strdup(story));
		return TRUE;
	}
	return sw_notify_show(story, story, body, sig, url, error);
}

gboolean
sw_notify_source(const gchar *story, const gchar *source, const gchar *body, SwSignificance sig,
		 const gchar *url, GError **error)
{
	const gchar *before;
	g_autofree gchar *all = NULL;

	if (!sw_notify_init(error))
		return FALSE;
	/* one notification for the story, telling each source changed this pass */
	before = g_hash_table_lookup(sw_notify_state.pass, story);
	all = before != NULL ? g_strdup_printf("%s\n%s: %s", before, source, body)
			     : g_strdup_printf("%s: %s", source, body);
	g_hash_table_insert(sw_notify_state.pass, g_strdup(story), g_strdup(all));
	return sw_notify_desktop(story, all, sig, url, error);
}

gboolean
sw_notify_flush(GError **error)
{
	g_autoptr(GString) body = NULL;
	g_autofree gchar *summary = NULL;
	guint n;

	/* the pass is over: a story's next notification starts afresh */
	if (sw_notify_state.pass != NULL)
		g_hash_table_remove_all(sw_notify_state.pass);
	if (sw_notify_state.waiting == NULL || sw_notify_state.waiting->len == 0)
		return TRUE;
	n = sw_notify_state.waiting->len;
	body = g_string_new(NULL);
	for (guint i = 0; i < n && i < 20; i++)
		g_string_append_printf(body, "%s%s", i > 0 ? ", " : "",
				       (const gchar *)g_ptr_array_index(sw_notify_state.waiting, i));
	if (n > 20)
		g_string_append_printf(body, " and %u more", n - 20);
	summary = g_strdup_printf("%u more stories changed", n);
	g_ptr_array_set_size(sw_notify_state.waiting, 0);
	/* the digest is one notification, replaced by the next digest */
	return sw_notify_show("\n digest", summary, body->str, SW_SIGNIFICANCE_SUBSTANTIVE, NULL, error);
}

void
sw_notify_shutdown(void)
{
	g_clear_pointer(&sw_notify_state.shown, g_hash_table_unref);
	g_clear_pointer(&sw_notify_state.waiting, g_ptr_array_unref);
	g_clear_pointer(&sw_notify_state.pass, g_hash_table_unref);
	g_queue_clear(&sw_notify_state.times);
	sw_notify_action_func = NULL;
	if (notify_is_initted())
		notify_uninit();
}
