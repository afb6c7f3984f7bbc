/* SPDX-License-Identifier: MIT
 *
 * urlwatch's history into ours: each version urlwatch kept of a job's page
 * (text it filtered, or the page itself) goes through the same extractor,
 * sentence splitter and diff as a check, and is committed at the time
 * urlwatch saw it, so `storywatch log` and `git log` read the story from
 * its start. Only a story with no history of its own is replayed: the
 * history is never rewritten.
 */
#define G_LOG_DOMAIN "storywatch-replay"

#include "sw/replay.h"

#include <string.h>

#include "sw/diff.h"
#include "sw/error.h"
#include "sw/extract.h"
#include "sw/facts.h"
#include "sw/report.h"
#include "sw/story.h"
#include "sw/uwcache.h"

gboolean
sw_replay_urlwatch(SwStore *store, const SwWatch *watch, GPtrArray *entries, guint *out_versions,
		   GError **error)
{
	g_autofree gchar *guid = sw_uwcache_guid(watch->url);
	g_autofree gchar *path = g_strconcat(watch->name, "/story.txt", NULL);
	g_autoptr(GBytes) had = sw_store_read(store, NULL, path, NULL);
	g_autofree gchar *prev = NULL;
	gint64 prev_time = 0;
	guint n = 0;

	*out_versions = 0;
	if (had != NULL) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
			    "%s has a history already; urlwatch's is not replayed into it", watch->name);
		return FALSE;
	}
	if (!sw_store_lock(store, 120, error))
		return FALSE;
	for (guint i = 0; i < entries->len; i++) {
		const SwUwcacheEntry *e = g_ptr_array_index(entries, i);
		gsize len = strlen(e->data);
		g_autoptr(SwStory) story = NULL;
		g_autoptr(SwDiff) diff = NULL;
		g_autofree gchar *text = NULL;
		g_autofree gchar *message = NULL;
		g_autofree gchar *commit = NULL;
		GDate old_day, new_day;
		SwDiffOptions opts = {&old_day, &new_day};

		if (g_strcmp0(e->guid, guid) != 0)
			continue;
		if (sw_extract_looks_like_html(e->data, len)) {
			SwExtractOptions xo = {watch->url, NULL, watch->select, watch->exclude,
					       watch->captions};
			story = sw_extract_html(e->data, len, &xo, NULL);
		} else {
			story = sw_extract_text(e->data, len);
		}
		if (story == NULL)
			continue;
		text = sw_story_to_text(story, watch->ignore_re);
		/* nothing to keep, or what is kept already */
		if (text == NULL || *text == '\0' || g_strcmp0(text, prev) == 0)
			continue;
		sw_facts_date_of_time(prev_time > 0 ? prev_time : e->timestamp, &old_day);
		sw_facts_date_of_time(e->timestamp, &new_day);
		diff = sw_diff_stories_full(prev, text, &opts);
		message = sw_report_commit_message(watch->name, diff, watch->url, 0);
		{
			g_autofree gchar *full = g_strconcat(message, "Imported-From: urlwatch cache\n", NULL);
			SwStoreFile files[] = {{"story.txt", text, strlen(text)}};
			commit = sw_store_commit(store, watch->name, files, G_N_ELEMENTS(files), full,
						 e->timestamp, error);
		}
		if (commit == NULL) {
			sw_store_unlock(store);
			return FALSE;
		}
		g_free(prev);
		prev = g_steal_pointer(&text);
		prev_time = e->timestamp;
		n++;
	}
	sw_store_unlock(store);
	*out_versions = n;
	return TRUE;
}
