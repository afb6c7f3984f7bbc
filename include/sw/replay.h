/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/store.h"
#include "sw/watchlist.h"

G_BEGIN_DECLS

/* urlwatch's history of @watch's page (@entries: SwUwcacheEntry, oldest
 * first, from its cache.db) committed as the story's first versions, each
 * at its original time, through the same extractor and diff as a check.
 * Refused for a story that already has a history. */
gboolean
sw_replay_urlwatch(SwStore *store, const SwWatch *watch, GPtrArray *entries, guint *out_versions,
		   GError **error);

G_END_DECLS
