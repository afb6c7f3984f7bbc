/* SPDX-License-Identifier: MIT
 *
 * Schedule state persisted between runs, one key-file group per watch. The
 * file lives in the repository's git dir (it belongs to that history) and
 * is replaced atomically with an fsync before the rename, so a crash leaves
 * either the old or the new state, never a torn one.
 */
#define G_LOG_DOMAIN "storywatch-state"

#include "sw/state.h"

#include <errno.h>

#include "sw/error.h"

struct _SwState {
	gchar *path;
	GHashTable *watches; /* name -> SwWatchState */
};

static void
sw_watch_state_free(SwWatchState *ws)
{
	g_free(ws->etag);
	g_free(ws->last_modified);
	g_free(ws->body_hash);
	g_free(ws->last_result);
	g_free(ws->watch_digest);
	g_free(ws->entry_url);
	g_free(ws->entry_title);
	g_free(ws->disagreement);
	g_free(ws);
}

void
sw_watch_state_set_string(gchar **field, const gchar *value)
{
	if (g_strcmp0(*field, value) == 0)
		return;
	g_free(*field);
	*field = g_strdup(value);
}

void
sw_state_free(SwState *self)
{
	if (self == NULL)
		return;
	g_free(self->path);
	g_hash_table_unref(self->watches);
	g_free(self);
}

static gchar *
sw_state_get_opt(GKeyFile *kf, const gchar *group, const gchar *key)
{
	gchar *v = g_key_file_get_string(kf, group, key, NULL);
	if (v != NULL && *v == '\0')
		g_clear_pointer(&v, g_free);
	return v;
}

static gint
sw_state_cmp_names(gconstpointer a, gconstpointer b)
{
	return g_strcmp0(*(const gchar *const *)a, *(const gchar *const *)b);
}

SwState *
sw_state_load(const gchar *path, GError **error)
{
	g_autoptr(SwState) self = g_new0(SwState, 1);
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GError) error_local = NULL;
	g_auto(GStrv) groups = NULL;

	self->path = g_strdup(path);
	self->watches =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)sw_watch_state_free);
	if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &error_local)) {
		if (g_error_matches(error_local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
			return g_steal_pointer(&self);
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "%s: %s", path, error_local->message);
		return NULL;
	}
	groups = g_key_file_get_groups(kf, NULL);
	for (guint i = 0; groups[i] != NULL; i++) {
		const gchar *g = groups[i];
		SwWatchState *ws = sw_state_get(self, g);
		ws->last_check = g_key_file_get_int64(kf, g, "last_check", NULL);
		ws->first_seen = g_key_file_get_int64(kf, g, "first_seen", NULL);
		ws->next_due = g_key_file_get_int64(kf, g, "next_due", NULL);
		ws->failures = (guint)MIN(g_key_file_get_uint64(kf, g, "failures", NULL), 1000);
		ws->etag = sw_state_get_opt(kf, g, "etag");
		ws->last_modified = sw_state_get_opt(kf, g, "last_modified");
		ws->body_hash = sw_state_get_opt(kf, g, "body_hash");
		ws->last_result = sw_state_get_opt(kf, g, "last_result");
		ws->watch_digest = sw_state_get_opt(kf, g, "watch_digest");
		ws->entry_url = sw_state_get_opt(kf, g, "entry_url");
		ws->entry_title = sw_state_get_opt(kf, g, "entry_title");
		ws->disagreement = sw_state_get_opt(kf, g, "disagreement");
	}
	return g_steal_pointer(&self);
}

static void
sw_state_set_opt(GKeyFile *kf, const gchar *group, const gchar *key, const gchar *value)
{
	if (value != NULL)
		g_key_file_set_string(kf, group, key, value);
}

gboolean
sw_state_save(SwState *self, GError **error)
{
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GList) names = g_hash_table_get_keys(self->watches);
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *data = NULL;
	g_autofree gchar *dir = g_path_get_dirname(self->path);
	gsize len = 0;

	names = g_list_sort(names, (GCompareFunc)g_strcmp0);
	for (GList *l = names; l != NULL; l = l->next) {
		const gchar *g = l->data;
		SwWatchState *ws = g_hash_table_lookup(self->watches, g);
		g_key_file_set_int64(kf, g, "last_check", ws->last_check);
		if (ws->first_seen > 0)
			g_key_file_set_int64(kf, g, "first_seen", ws->first_seen);
		g_key_file_set_int64(kf, g, "next_due", ws->next_due);
		g_key_file_set_uint64(kf, g, "failures", ws->failures);
		sw_state_set_opt(kf, g, "etag", ws->etag);
		sw_state_set_opt(kf, g, "last_modified", ws->last_modified);
		sw_state_set_opt(kf, g, "body_hash", ws->body_hash);
		sw_state_set_opt(kf, g, "last_result", ws->last_result);
		sw_state_set_opt(kf, g, "watch_digest", ws->watch_digest);
		sw_state_set_opt(kf, g, "entry_url", ws->entry_url);
		sw_state_set_opt(kf, g, "entry_title", ws->entry_title);
		sw_state_set_opt(kf, g, "disagreement", ws->disagreement);
	}
	data = g_key_file_to_data(kf, &len, NULL);
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot create %s: %s", dir,
			    g_strerror(errno));
		return FALSE;
	}
	/* CONSISTENT|DURABLE: write a temporary file, fsync it, rename */
	if (!g_file_set_contents_full(self->path, data, len,
				      G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
				      0666, &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "saving state: %s",
			    error_local->message);
		return FALSE;
	}
	return TRUE;
}

SwWatchState *
sw_state_lookup(SwState *self, const gchar *name)
{
	return g_hash_table_lookup(self->watches, name);
}

SwWatchState *
sw_state_get(SwState *self, const gchar *name)
{
	SwWatchState *ws = g_hash_table_lookup(self->watches, name);
	if (ws == NULL) {
		ws = g_new0(SwWatchState, 1);
		g_hash_table_insert(self->watches, g_strdup(name), ws);
	}
	return ws;
}

void
sw_state_forget(SwState *self, const gchar *name)
{
	g_hash_table_remove(self->watches, name);
}

GPtrArray *
sw_state_entries_of(SwState *self, const gchar *feed)
{
	g_autofree gchar *prefix = g_strconcat(feed, "/", NULL);
	GPtrArray *out = g_ptr_array_new();
	GHashTableIter it;
	gpointer key, value;

	g_hash_table_iter_init(&it, self->watches);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		const SwWatchState *ws = value;
		if (ws->entry_url != NULL && g_str_has_prefix(key, prefix))
			g_ptr_array_add(out, key);
	}
	g_ptr_array_sort(out, (GCompareFunc)sw_state_cmp_names);
	return out;
}

/* ---- muted stories: "<gitdir>/storywatch/muted", a name per line, kept
 * apart from state.ini so the command line and the service's "Mute story"
 * can both change it while the service holds its state in memory ---- */

gboolean
sw_state_is_muted(const gchar *path, const gchar *story)
{
	g_autofree gchar *data = NULL;
	g_auto(GStrv) lines = NULL;

	if (!g_file_get_contents(path, &data, NULL, NULL))
		return FALSE;
	lines = g_strsplit(data, "\n", -1);
	return g_strv_contains((const gchar *const *)lines, story);
}

gboolean
sw_state_set_muted(const gchar *path, const gchar *story, gboolean muted, GError **error)
{
	g_autofree gchar *data = NULL;
	g_autofree gchar *dir = g_path_get_dirname(path);
	g_auto(GStrv) lines = NULL;
	g_autoptr(GString) out = g_string_new(NULL);
	g_autoptr(GError) error_local = NULL;

	if (g_file_get_contents(path, &data, NULL, NULL))
		lines = g_strsplit(data, "\n", -1);
	for (guint i = 0; lines != NULL && lines[i] != NULL; i++) {
		if (lines[i][0] != '\0' && g_strcmp0(lines[i], story) != 0)
			g_string_append_printf(out, "%s\n", lines[i]);
	}
	if (muted)
		g_string_append_printf(out, "%s\n", story);
	if (g_mkdir_with_parents(dir, 0777) != 0 ||
	    !g_file_set_contents_full(path, out->str, (gssize)out->len,
				      G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0666,
				      &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "%s: %s", path,
			    error_local != NULL ? error_local->message : g_strerror(errno));
		return FALSE;
	}
	return TRUE;
}
