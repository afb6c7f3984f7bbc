/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/store.h"

G_BEGIN_DECLS

/* An Atom feed (RFC 4287) of the changes in the history, newest first: one
 * entry per committed change (first snapshots included) of story @story
 * (NULL: of all), at most @max (0: 50). Each entry's title is the change's
 * summary; its content, HTML, the fact changes and the sentences with the
 * words marked. Any feed reader can follow storywatch with it. */
gchar *
sw_feed_atom(SwStore *store, const gchar *story, guint max, GError **error);

G_END_DECLS
