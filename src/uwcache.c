/* SPDX-License-Identifier: MIT
 *
 * urlwatch's cache, read with SQLite (the only module that links it): a
 * way in for the history a urlwatch user already has. Opened read only
 * (urlwatch may be running); a file that is not such a cache is refused by
 * name.
 */
#define G_LOG_DOMAIN "storywatch-uwcache"

#include "sw/uwcache.h"

#include <sqlite3.h>

#include "sw/error.h"

/* a cache larger than this is not read: a replay is not a bulk import */
#define SW_UWCACHE_MAX_ROWS 100000

void
sw_uwcache_entry_free(SwUwcacheEntry *entry)
{
	if (entry == NULL)
		return;
	g_free(entry->guid);
	g_free(entry->data);
	g_free(entry);
}

gchar *
sw_uwcache_guid(const gchar *url)
{
	return g_compute_checksum_for_string(G_CHECKSUM_SHA1, url, -1);
}

GPtrArray *
sw_uwcache_read(const gchar *path, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_uwcache_entry_free);
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	gint rc;

	if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT, "%s: no such file", path);
		return NULL;
	}
	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db,
					"SELECT guid, timestamp, data FROM CacheEntry "
					"WHERE guid IS NOT NULL AND data IS NOT NULL ORDER BY timestamp, rowid",
					-1, &st, NULL);
	if (rc != SQLITE_OK) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
			    "%s: not an urlwatch cache (%s)", path,
			    db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		sqlite3_close(db);
		return NULL;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && out->len < SW_UWCACHE_MAX_ROWS) {
		SwUwcacheEntry *e = g_new0(SwUwcacheEntry, 1);
		const gchar *data = (const gchar *)sqlite3_column_text(st, 2);
		e->guid = g_strdup((const gchar *)sqlite3_column_text(st, 0));
		/* urlwatch writes seconds, as an integer or a float */
		e->timestamp = (gint64)sqlite3_column_double(st, 1);
		/* page text from a stranger: kept only when it is UTF-8 */
		e->data = g_utf8_make_valid(data != NULL ? data : "", -1);
		g_ptr_array_add(out, e);
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "%s: %s", path, sqlite3_errmsg(db));
		sqlite3_finalize(st);
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return g_steal_pointer(&out);
}
