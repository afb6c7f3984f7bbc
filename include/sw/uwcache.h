/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* urlwatch's cache.db (SQLite, table CacheEntry: guid, timestamp, data,
 * tries, etag), read only, for replaying its history into ours. */

typedef struct {
	gchar *guid;	   /* sha1 of the job's url, hex */
	gint64 timestamp;  /* seconds since the epoch */
	gchar *data;	   /* what urlwatch kept: filtered text, or the page */
} SwUwcacheEntry;

void
sw_uwcache_entry_free(SwUwcacheEntry *entry);

/* the entries of @path, oldest first; "PATH: problem" when it is not an
 * urlwatch cache */
GPtrArray *
sw_uwcache_read(const gchar *path, GError **error);

/* the guid urlwatch gives the job of @url */
gchar *
sw_uwcache_guid(const gchar *url);

G_END_DECLS
