/* SPDX-License-Identifier: MIT
 *
 * Every JSON storywatch writes or reads, on jansson, so the field names of
 * its contracts (`diff --json`, hooks' stdin, meta.json, `extract --json`)
 * live in one place. Strings are returned g_malloc'd; jansson's own
 * allocations never leave this file.
 */
#define G_LOG_DOMAIN "storywatch-json"

#include "sw/json.h"

#include <jansson.h>
#include <stdlib.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC(json_t, json_decref)

static json_t *
sw_json_str(const gchar *s)
{
	/* jansson refuses invalid UTF-8; our text is valid, but never trust */
	if (s == NULL)
		return json_null();
	if (!g_utf8_validate(s, -1, NULL)) {
		g_autofree gchar *v = g_utf8_make_valid(s, -1);
		return json_string(v);
	}
	return json_string(s);
}

static gchar *
sw_json_dump(json_t *root, size_t flags)
{
	char *s = json_dumps(root, flags);
	gchar *out = g_strdup(s != NULL ? s : "null");
	free(s);
	return out;
}

gchar *
sw_json_diff(const SwDiff *diff, const SwJsonContext *ctx)
{
	g_autoptr(json_t) root = json_object();
	json_t *changes = json_array();
	json_t *stats = json_object();

	if (ctx != NULL) {
		if (ctx->story != NULL)
			json_object_set_new(root, "story", sw_json_str(ctx->story));
		if (ctx->source != NULL)
			json_object_set_new(root, "source", sw_json_str(ctx->source));
		if (ctx->url != NULL)
			json_object_set_new(root, "url", sw_json_str(ctx->url));
		if (ctx->commit != NULL)
			json_object_set_new(root, "commit", sw_json_str(ctx->commit));
	}
	json_object_set_new(root, "significance",
			    json_string(sw_significance_to_string(diff->significance)));
	json_object_set_new(root, "summary", sw_json_str(diff->summary));
	for (guint i = 0; i < diff->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(diff->changes, i);
		json_t *o = json_object();
		json_object_set_new(o, "kind", sw_json_str(c->kind));
		json_object_set_new(o, "old", sw_json_str(c->old));
		json_object_set_new(o, "new", sw_json_str(c->new));
		json_object_set_new(o, "old_value", sw_json_str(c->old_value));
		json_object_set_new(o, "new_value", sw_json_str(c->new_value));
		json_object_set_new(o, "old_sentence", sw_json_str(c->old_sentence));
		json_object_set_new(o, "new_sentence", sw_json_str(c->new_sentence));
		json_object_set_new(o, "note", sw_json_str(c->note));
		json_array_append_new(changes, o);
	}
	json_object_set_new(root, "changes", changes);
	json_object_set_new(stats, "sentences_added", json_integer(diff->sentences_added));
	json_object_set_new(stats, "sentences_removed", json_integer(diff->sentences_removed));
	json_object_set_new(stats, "sentences_changed", json_integer(diff->sentences_changed));
	json_object_set_new(stats, "sentences_unchanged", json_integer(diff->sentences_unchanged));
	json_object_set_new(root, "stats", stats);
	return sw_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
}

gchar *
sw_json_story(const SwStory *story)
{
	g_autoptr(json_t) root = json_object();
	g_autofree gchar *body = sw_story_body(story);

	json_object_set_new(root, "title", sw_json_str(story->title));
	json_object_set_new(root, "byline", sw_json_str(story->byline));
	json_object_set_new(root, "published", sw_json_str(story->published));
	json_object_set_new(root, "modified", sw_json_str(story->modified));
	json_object_set_new(root, "lang", sw_json_str(story->lang));
	json_object_set_new(root, "url", sw_json_str(story->url));
	json_object_set_new(root, "body", sw_json_str(body));
	return sw_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
}

gchar *
sw_json_meta(const SwFetchResult *res, const SwStory *story)
{
	g_autoptr(json_t) root = json_object();
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(res->fetched_at);
	g_autofree gchar *fetched = dt != NULL ? g_date_time_format_iso8601(dt) : NULL;

	/* sorted keys, one per line: `git log -p` shows what moved */
	json_object_set_new(root, "url", sw_json_str(res->url));
	json_object_set_new(root, "final_url", sw_json_str(res->final_url));
	json_object_set_new(root, "status", json_integer(res->status));
	json_object_set_new(root, "etag", sw_json_str(res->etag));
	json_object_set_new(root, "last_modified", sw_json_str(res->last_modified));
	json_object_set_new(root, "fetched", sw_json_str(fetched));
	json_object_set_new(root, "content_type", sw_json_str(res->content_type));
	if (story != NULL) {
		json_object_set_new(root, "title", sw_json_str(story->title));
		json_object_set_new(root, "byline", sw_json_str(story->byline));
		json_object_set_new(root, "published", sw_json_str(story->published));
		json_object_set_new(root, "modified", sw_json_str(story->modified));
		json_object_set_new(root, "canonical_url", sw_json_str(story->url));
	}
	{
		gchar *s = sw_json_dump(root, JSON_INDENT(2) | JSON_SORT_KEYS);
		gchar *out = g_strconcat(s, "\n", NULL);
		g_free(s);
		return out;
	}
}

gchar *
sw_json_meta_get_url(const gchar *meta)
{
	g_autoptr(json_t) root = json_loads(meta, JSON_REJECT_DUPLICATES, NULL);
	json_t *v;

	if (root == NULL)
		return NULL;
	v = json_object_get(root, "url");
	return json_is_string(v) ? g_strdup(json_string_value(v)) : NULL;
}

gchar *
sw_json_log_entry(const gchar *story, const gchar *id, gint64 time, const gchar *subject)
{
	g_autoptr(json_t) root = json_object();
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local(time);
	g_autofree gchar *when = dt != NULL ? g_date_time_format_iso8601(dt) : NULL;

	json_object_set_new(root, "story", sw_json_str(story));
	json_object_set_new(root, "commit", sw_json_str(id));
	json_object_set_new(root, "date", sw_json_str(when));
	json_object_set_new(root, "subject", sw_json_str(subject));
	return sw_json_dump(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
}
