/* SPDX-License-Identifier: MIT
 *
 * Furniture learned per site. The extractor knows furniture by its markup;
 * this knows it by repetition: the same short paragraph on several
 * different pages of one site is the site talking, not a story. Each
 * paragraph is kept as a hash of its cosmetic key with the hashes of up to
 * SW_FURNITURE_MIN_PAGES pages it was seen on, so the table stays small.
 * Pages are extracted on several threads: the table has a lock, held for
 * lookups only (the keys are made outside it).
 */
#define G_LOG_DOMAIN "storywatch-furniture"

#include "sw/furniture.h"

#include <errno.h>
#include <string.h>

#include "sw/error.h"
#include "sw/text.h"

/* per site, at most this many paragraphs are remembered */
#define SW_FURNITURE_MAX_ENTRIES 4000

struct _SwFurniture {
	GMutex lock;
	gchar *path;
	GHashTable *sites; /* site -> (paragraph hash -> GPtrArray of page hashes) */
	gboolean dirty;
};

void
sw_furniture_free(SwFurniture *self)
{
	if (self == NULL)
		return;
	g_free(self->path);
	g_hash_table_unref(self->sites);
	g_mutex_clear(&self->lock);
	g_free(self);
}

static GHashTable *
sw_furniture_new_site(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
}

static GHashTable *
sw_furniture_site(SwFurniture *self, const gchar *site, gboolean create)
{
	GHashTable *t = g_hash_table_lookup(self->sites, site);
	if (t == NULL && create) {
		t = sw_furniture_new_site();
		g_hash_table_insert(self->sites, g_strdup(site), t);
	}
	return t;
}

/* 16 hex digits of SHA-1: collisions among a site's few thousand
 * paragraphs are not a concern */
static gchar *
sw_furniture_hash(const gchar *text)
{
	g_autofree gchar *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA1, text, -1);
	return g_strndup(sum, 16);
}

SwFurniture *
sw_furniture_load(const gchar *path, GError **error)
{
	g_autoptr(SwFurniture) self = g_new0(SwFurniture, 1);
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GError) error_local = NULL;
	g_auto(GStrv) groups = NULL;

	g_mutex_init(&self->lock);
	self->path = g_strdup(path);
	self->sites = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
					    (GDestroyNotify)g_hash_table_unref);
	if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &error_local)) {
		if (g_error_matches(error_local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
			return g_steal_pointer(&self);
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "%s: %s", path, error_local->message);
		return NULL;
	}
	groups = g_key_file_get_groups(kf, NULL);
	for (guint i = 0; groups[i] != NULL; i++) {
		GHashTable *t = sw_furniture_site(self, groups[i], TRUE);
		g_auto(GStrv) keys = g_key_file_get_keys(kf, groups[i], NULL, NULL);
		for (guint k = 0; keys != NULL && keys[k] != NULL; k++) {
			g_auto(GStrv) pages = g_key_file_get_string_list(kf, groups[i], keys[k], NULL, NULL);
			GPtrArray *arr = g_ptr_array_new_with_free_func(g_free);
			for (guint p = 0; pages != NULL && pages[p] != NULL && p < SW_FURNITURE_MIN_PAGES; p++)
				g_ptr_array_add(arr, g_strdup(pages[p]));
			g_hash_table_insert(t, g_strdup(keys[k]), arr);
		}
	}
	return g_steal_pointer(&self);
}

gboolean
sw_furniture_save(SwFurniture *self, GError **error)
{
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *data = NULL;
	g_autofree gchar *dir = NULL;
	GHashTableIter si;
	gpointer site, table;
	gsize len = 0;

	g_mutex_lock(&self->lock);
	if (!self->dirty) {
		g_mutex_unlock(&self->lock);
		return TRUE;
	}
	/* marked clean now: what is learned while it is written is saved next time */
	self->dirty = FALSE;
	g_hash_table_iter_init(&si, self->sites);
	while (g_hash_table_iter_next(&si, &site, &table)) {
		GHashTableIter pi;
		gpointer hash, pages;
		g_hash_table_iter_init(&pi, table);
		while (g_hash_table_iter_next(&pi, &hash, &pages)) {
			GPtrArray *arr = pages;
			g_key_file_set_string_list(kf, site, hash, (const gchar *const *)arr->pdata, arr->len);
		}
	}
	g_mutex_unlock(&self->lock);
	data = g_key_file_to_data(kf, &len, NULL);
	dir = g_path_get_dirname(self->path);
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot create %s: %s", dir,
			    g_strerror(errno));
		self->dirty = TRUE;
		return FALSE;
	}
	if (!g_file_set_contents_full(self->path, data, len, G_FILE_SET_CONTENTS_CONSISTENT, 0666,
				      &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "saving furniture: %s",
			    error_local->message);
		self->dirty = TRUE;
		return FALSE;
	}
	return TRUE;
}

gchar *
sw_furniture_site_of(const gchar *url)
{
	g_autoptr(GUri) uri = g_uri_parse(url, G_URI_FLAGS_NONE, NULL);
	const gchar *host = uri != NULL ? g_uri_get_host(uri) : NULL;

	if (host == NULL || *host == '\0')
		return NULL;
	if (g_ascii_strncasecmp(host, "www.", 4) == 0)
		host += 4;
	return g_ascii_strdown(host, -1);
}

/* the key a paragraph is known by, or NULL when it cannot be furniture */
static gchar *
sw_furniture_key(const gchar *paragraph)
{
	g_autofree gchar *key = NULL;

	if (strlen(paragraph) > SW_FURNITURE_MAX_LEN)
		return NULL;
	key = sw_text_cosmetic_key(paragraph);
	/* a few letters ("Share", "1") are for the markup rules to judge */
	if (strlen(key) < 12)
		return NULL;
	return sw_furniture_hash(key);
}

/* @h in site table @t (nullable), seen on enough pages: the lock held */
static gboolean
sw_furniture_known(GHashTable *t, const gchar *h)
{
	GPtrArray *pages = t != NULL && h != NULL ? g_hash_table_lookup(t, h) : NULL;
	return pages != NULL && pages->len >= SW_FURNITURE_MIN_PAGES;
}

gboolean
sw_furniture_contains(SwFurniture *self, const gchar *site, const gchar *paragraph)
{
	g_autofree gchar *h = sw_furniture_key(paragraph);
	gboolean known;

	if (site == NULL || h == NULL)
		return FALSE;
	g_mutex_lock(&self->lock);
	known = sw_furniture_known(sw_furniture_site(self, site, FALSE), h);
	g_mutex_unlock(&self->lock);
	return known;
}

/* keep the table bounded: forget paragraphs seen on one page only */
static void
sw_furniture_prune(GHashTable *t)
{
	GHashTableIter it;
	gpointer pages;

	if (g_hash_table_size(t) <= SW_FURNITURE_MAX_ENTRIES)
		return;
	g_hash_table_iter_init(&it, t);
	while (g_hash_table_iter_next(&it, NULL, &pages)) {
		if (((GPtrArray *)pages)->len < 2)
			g_hash_table_iter_remove(&it);
	}
}

guint
sw_furniture_learn_and_filter(SwFurniture *self, const gchar *site, const gchar *page, SwStory *story)
{
	g_autofree gchar *page_hash = NULL;
	g_autoptr(GPtrArray) keys = NULL;
	GHashTable *t;
	guint removed = 0;

	if (site == NULL || page == NULL)
		return 0;
	page_hash = sw_furniture_hash(page);
	keys = g_ptr_array_new_full(story->paragraphs->len, g_free);
	for (guint i = 0; i < story->paragraphs->len; i++)
		g_ptr_array_add(keys, sw_furniture_key(g_ptr_array_index(story->paragraphs, i)));
	g_mutex_lock(&self->lock);
	t = sw_furniture_site(self, site, TRUE);
	for (guint i = 0; i < keys->len; i++) {
		const gchar *h = g_ptr_array_index(keys, i);
		GPtrArray *pages;
		gboolean seen = FALSE;
		if (h == NULL)
			continue;
		pages = g_hash_table_lookup(t, h);
		if (pages == NULL) {
			pages = g_ptr_array_new_with_free_func(g_free);
			g_hash_table_insert(t, g_strdup(h), pages);
		}
		for (guint p = 0; p < pages->len && !seen; p++)
			seen = g_strcmp0(g_ptr_array_index(pages, p), page_hash) == 0;
		if (!seen && pages->len < SW_FURNITURE_MIN_PAGES) {
			g_ptr_array_add(pages, g_strdup(page_hash));
			self->dirty = TRUE;
		}
	}
	sw_furniture_prune(t);
	for (guint i = keys->len; i > 0; i--) {
		if (sw_furniture_known(t, g_ptr_array_index(keys, i - 1))) {
			g_ptr_array_remove_index(story->paragraphs, i - 1);
			removed++;
		}
	}
	g_mutex_unlock(&self->lock);
	return removed;
}
