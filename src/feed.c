/* SPDX-License-Identifier: MIT
 *
 * The history as an Atom feed: each commit of a story is an entry whose
 * title is its summary and whose content (HTML, escaped once as XML text)
 * is the diff against the story's previous version, worked out again from
 * the repository. Written with GLib's markup escaping: the feed is a
 * handful of elements, no XML library is needed to write them.
 */
#define G_LOG_DOMAIN "storywatch-feed"

#include "sw/feed.h"

#include <string.h>

#include "sw/diff.h"
#include "sw/json.h"
#include "sw/report.h"

#define SW_FEED_DEFAULT_MAX 50

static gchar *
sw_feed_time(gint64 t)
{
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t);
	return g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
}

/* "name: summary" -> name, or NULL */
static gchar *
sw_feed_story_of(const gchar *subject)
{
	const gchar *colon = strchr(subject, ':');
	return colon != NULL ? g_strndup(subject, colon - subject) : NULL;
}

/* the entry's content: the change's facts and its marked sentences, as
 * HTML (which the element then holds escaped) */
static gchar *
sw_feed_content(SwStore *store, const SwLogEntry *e, const gchar *story)
{
	g_autofree gchar *path = g_strdup_printf("%s/story.txt", story);
	g_autofree gchar *parent = g_strdup_printf("%s~1", e->id);
	g_autoptr(GBytes) now = sw_store_read(store, e->id, path, NULL);
	g_autoptr(GBytes) before = sw_store_read(store, parent, path, NULL);
	g_autoptr(SwDiff) diff = NULL;
	g_autofree gchar *text = NULL;
	g_autofree gchar *escaped = NULL;
	g_autofree gchar *summary = NULL;

	if (now == NULL)
		return g_strdup("");
	diff = sw_diff_stories(before != NULL ? g_bytes_get_data(before, NULL) : NULL,
			       g_bytes_get_data(now, NULL));
	text = sw_report_diff(diff, FALSE);
	escaped = g_markup_escape_text(text, -1);
	summary = g_markup_escape_text(diff->summary, -1);
	return g_strdup_printf("<p>%s</p><pre>%s</pre>", summary, escaped);
}

static gchar *
sw_feed_url(SwStore *store, const gchar *id, const gchar *story)
{
	g_autofree gchar *path = g_strdup_printf("%s/meta.json", story);
	g_autoptr(GBytes) meta = sw_store_read(store, id, path, NULL);
	return meta != NULL ? sw_json_meta_get_url(g_bytes_get_data(meta, NULL)) : NULL;
}

static void
sw_feed_element(GString *out, const gchar *indent, const gchar *name, const gchar *text)
{
	g_autofree gchar *escaped = g_markup_escape_text(text != NULL ? text : "", -1);
	g_string_append_printf(out, "%s<%s>%s</%s>\n", indent, name, escaped, name);
}

gchar *
sw_feed_atom(SwStore *store, const gchar *story, guint max, GError **error)
{
	g_autoptr(GPtrArray) log = sw_store_log(store, story, NULL, max > 0 ? max : SW_FEED_DEFAULT_MAX,
						error);
	g_autoptr(GString) out = NULL;
	g_autofree gchar *updated = NULL;
	g_autofree gchar *title = NULL;
	g_autofree gchar *feed_id = NULL;

	if (log == NULL)
		return NULL;
	out = g_string_new("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
			   "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
	title = story != NULL ? g_strdup_printf("storywatch: %s", story) : g_strdup("storywatch");
	feed_id = g_strdup_printf("urn:storywatch:feed:%s", story != NULL ? story : "all");
	updated = sw_feed_time(log->len > 0 ? ((SwLogEntry *)g_ptr_array_index(log, 0))->time
					    : g_get_real_time() / G_USEC_PER_SEC);
	sw_feed_element(out, "  ", "title", title);
	sw_feed_element(out, "  ", "id", feed_id);
	sw_feed_element(out, "  ", "updated", updated);
	g_string_append(out, "  <author><name>storywatch</name></author>\n"
			     "  <generator>storywatch " SW_VERSION "</generator>\n");
	for (guint i = 0; i < log->len; i++) {
		const SwLogEntry *e = g_ptr_array_index(log, i);
		g_autofree gchar *name = story != NULL ? g_strdup(story) : sw_feed_story_of(e->subject);
		g_autofree gchar *when = sw_feed_time(e->time);
		g_autofree gchar *id = g_strdup_printf("urn:storywatch:commit:%s", e->id);
		g_autofree gchar *content = NULL;
		g_autofree gchar *url = NULL;
		g_autofree gchar *escaped = NULL;

		if (name == NULL)
			continue;
		content = sw_feed_content(store, e, name);
		url = sw_feed_url(store, e->id, name);
		g_string_append(out, "  <entry>\n");
		sw_feed_element(out, "    ", "title", e->subject);
		sw_feed_element(out, "    ", "id", id);
		sw_feed_element(out, "    ", "updated", when);
		if (url != NULL) {
			g_autofree gchar *href = g_markup_escape_text(url, -1);
			g_string_append_printf(out, "    <link rel=\"alternate\" href=\"%s\"/>\n", href);
		}
		/* the significance, for readers that filter by category */
		{
			const gchar *sig = e->body != NULL ? strstr(e->body, "Significance: ") : NULL;
			if (sig != NULL) {
				g_autofree gchar *term = g_strndup(sig + 14, strcspn(sig + 14, "\n"));
				g_autofree gchar *t = g_markup_escape_text(term, -1);
				g_string_append_printf(out, "    <category term=\"%s\"/>\n", t);
			}
		}
		escaped = g_markup_escape_text(content, -1);
		g_string_append_printf(out, "    <content type=\"html\">%s</content>\n", escaped);
		g_string_append(out, "  </entry>\n");
	}
	g_string_append(out, "</feed>\n");
	return g_string_free(g_steal_pointer(&out), FALSE);
}
