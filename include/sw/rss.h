/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Feeds in: RSS 2.0, RSS 1.0 (RDF) and Atom, read with libxml2 without
 * entities, DTDs or network. Each entry is the address of a page to follow,
 * with its title. */

#define SW_RSS_MAX_ENTRIES 500

typedef struct {
	gchar *url;   /* absolute http(s), tracking parameters removed */
	gchar *title; /* nullable */
} SwRssEntry;

void
sw_rss_entry_free(SwRssEntry *entry);

/* the entries of the feed in @data, newest first as the feed lists them;
 * SW_ERROR_PERMANENT when @data is not a feed. @base resolves relative
 * links. */
GPtrArray *
sw_rss_parse(const gchar *data, gsize len, const gchar *base, GError **error);

/* @url without what only tracks the reader: utm_* parameters, fbclid,
 * gclid and the like, and the fragment; NULL when not http(s) */
gchar *
sw_rss_clean_url(const gchar *url);


G_END_DECLS
