/* SPDX-License-Identifier: MIT
 * Fuzz target: feeds in. Whatever the XML, every entry kept is an absolute
 * http(s) address with no tracking left, its folder name is safe, and the
 * count stays under the bound. */
#include "fuzz.h"

#include <string.h>

#include "sw/rss.h"
#include "sw/text.h"
#include "sw/watchlist.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GError *error = NULL;
	GPtrArray *entries =
	    sw_rss_parse((const gchar *)data, size, "https://ledger.example/feed.xml", &error);

	if (entries == NULL && error == NULL)
		__builtin_trap();
	for (guint i = 0; entries != NULL && i < entries->len; i++) {
		const SwRssEntry *e = g_ptr_array_index(entries, i);
		gchar *slug = sw_text_slug(e->url, e->title);
		gchar *again = sw_rss_clean_url(e->url);
		if (!g_str_has_prefix(e->url, "http://") && !g_str_has_prefix(e->url, "https://"))
			__builtin_trap();
		/* cleaning is done once and for all */
		if (g_strcmp0(again, e->url) != 0)
			__builtin_trap();
		g_free(again);
		if (!sw_watchlist_name_is_valid(slug))
			__builtin_trap();
		g_free(slug);
	}
	if (entries != NULL && entries->len > SW_RSS_MAX_ENTRIES)
		__builtin_trap();
	g_clear_error(&error);
	g_clear_pointer(&entries, g_ptr_array_unref);
	return 0;
}
