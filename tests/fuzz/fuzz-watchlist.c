/* SPDX-License-Identifier: MIT
 * Fuzz target: the watchlist parser; whatever it refuses, it says where. */
#include "fuzz.h"

#include <string.h>

#include "sw/watchlist.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GError *error = NULL;
	SwWatchlist *wl = sw_watchlist_parse("fuzz.ini", (const gchar *)data, size, &error);

	if (wl == NULL && (error == NULL || !g_str_has_prefix(error->message, "fuzz.ini:")))
		__builtin_trap();
	if (wl != NULL) {
		GPtrArray *w = sw_watchlist_get_watches(wl);
		for (guint i = 0; i < w->len; i++) {
			SwWatch *watch = g_ptr_array_index(w, i);
			if (!sw_watchlist_name_is_valid(watch->name))
				__builtin_trap();
		}
	}
	g_clear_error(&error);
	g_clear_pointer(&wl, sw_watchlist_free);
	return 0;
}
